"""Finding a registered unit or party member: for a project's claim or a problem's owner.

A search line over the registry (name, pinyin initials or a phone's last digits) and the
matches below it, phones masked; the chosen row is the claimant.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

from hall_desk.domain.errors import DomainError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.party.project_records import UNIT, Claimant
from hall_desk.services.party.projects import ProjectService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import make_table_view, message_text, name_widget
from hall_desk.ui.kit.list_panel import selected_row
from hall_desk.ui.kit.table_model import RowTableModel

SEARCH_DELAY_MS = 200


class ClaimantTableModel(RowTableModel):
    KIND, NAME, UNIT_NAME, PHONE, NEIGHBOURHOOD = range(5)
    CONTEXT = "ClaimantTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ClaimantTableModel", "Kind"),
        QT_TRANSLATE_NOOP("ClaimantTableModel", "Name"),
        QT_TRANSLATE_NOOP("ClaimantTableModel", "Unit"),
        QT_TRANSLATE_NOOP("ClaimantTableModel", "Phone"),
        QT_TRANSLATE_NOOP("ClaimantTableModel", "Neighbourhood"),
    )

    def row_key(self, record: Any) -> Any:
        return (record.kind, record.id)

    def text(self, claimant: Claimant, column: int) -> str:
        match column:
            case self.KIND:
                return self.tr("Unit") if claimant.kind == UNIT else self.tr("Member")
            case self.NAME:
                return claimant.name
            case self.UNIT_NAME:
                return "" if claimant.kind == UNIT else claimant.unit_name
            case self.PHONE:
                return claimant.masked_phone
            case self.NEIGHBOURHOOD:
                return claimant.neighbourhood
        return ""


class ClaimantPicker(QWidget):
    """Search line and matches; ``chosen()`` is the selected unit or member."""

    #: The chosen claimant changed (None: nothing chosen).
    changed = Signal()

    def __init__(
        self,
        projects: ProjectService,
        session: StaffSession,
        prefix: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._projects = projects
        self._session = session
        self.search = QLineEdit()
        name_widget(
            self.search,
            f"{prefix}.search",
            self.tr("Find a unit or member by name, pinyin initials or phone's last 4 digits"),
        )
        self.search.setPlaceholderText(
            self.tr("Unit or member: name, pinyin initials or phone's last 4 digits")
        )
        self.search.setClearButtonEnabled(True)
        self.model = ClaimantTableModel()
        self.table: QTableView = make_table_view(
            self.model,
            f"{prefix}.matches",
            self.tr("Units and members found"),
            stretch=ClaimantTableModel.NAME,
        )
        self.table.setMinimumHeight(150)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.changed.emit())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        # Enter in the search line goes to the matches (it does not submit the dialog yet).
        self.search.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.error = ""

    def run_search(self) -> None:
        """Search now (also called when the pause after typing is over)."""
        self._timer.stop()
        try:
            found = self._projects.claimants(self._session, self.search.text())
            self.error = ""
        except DomainError as exc:
            found, self.error = [], message_text(exc)
        keep = self.chosen()
        self.model.set_rows(found)
        if keep is not None and self.model.row_of((keep.kind, keep.id)) is not None:
            self.table.selectRow(self.model.row_of((keep.kind, keep.id)) or 0)
        elif len(found) == 1:
            self.table.selectRow(0)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
        ):
            self._to_matches()
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> Claimant | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_at(row)

    def _to_matches(self) -> None:
        self.run_search()
        if self.model.rowCount():
            if selected_row(self.table) is None:
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
