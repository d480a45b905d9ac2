"""Finding a volunteer: a 双报到 member (with the unit) or a resident, as the desk's search does.

A search line (name, pinyin initials, the phone's last digits or the whole phone) and the
matches below it, members first, phones masked; the chosen row is the volunteer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from hall_desk.domain.errors import DomainError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.activities.activity_records import VolunteerCandidate
from hall_desk.services.activities.volunteers import VolunteerService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import make_table_view, message_text, name_widget
from hall_desk.ui.kit.list_panel import selected_row
from hall_desk.ui.kit.table_model import RowTableModel

SEARCH_DELAY_MS = 200


class CandidateTableModel(RowTableModel):
    KIND, NAME, UNIT, PHONE = range(4)
    CONTEXT = "CandidateTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CandidateTableModel", "Who"),
        QT_TRANSLATE_NOOP("CandidateTableModel", "Name"),
        QT_TRANSLATE_NOOP("CandidateTableModel", "Unit"),
        QT_TRANSLATE_NOOP("CandidateTableModel", "Phone"),
    )

    def row_key(self, record: Any) -> Any:
        return record.ref

    def text(self, candidate: VolunteerCandidate, column: int) -> str:
        match column:
            case self.KIND:
                return self.tr("Party member") if candidate.is_member else self.tr("Resident")
            case self.NAME:
                return candidate.name
            case self.UNIT:
                return candidate.unit_name
            case self.PHONE:
                return candidate.masked_phone
        return ""


class VolunteerPicker(QWidget):
    """Search line and matches; ``chosen()`` is the selected member or resident."""

    #: The chosen volunteer changed (None: nobody chosen).
    changed = Signal()

    def __init__(
        self,
        volunteers: VolunteerService,
        session: StaffSession,
        prefix: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._volunteers = volunteers
        self._session = session
        self.search = QLineEdit()
        name_widget(
            self.search,
            f"{prefix}.search",
            self.tr("Find a party member or resident by name, initials or phone"),
        )
        self.search.setPlaceholderText(self.tr("Name, pinyin initials or phone"))
        self.search.setToolTip(
            self.tr(
                "Reporting party members come first, with their unit, then residents. "
                "Type a name, its pinyin initials, the phone's last 4 digits or the whole phone."
            )
        )
        self.search.setClearButtonEnabled(True)
        self.model = CandidateTableModel()
        self.table: QTableView = make_table_view(
            self.model,
            f"{prefix}.matches",
            self.tr("Party members and residents found"),
            stretch=CandidateTableModel.UNIT,
        )
        self.table.setMinimumHeight(150)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.changed.emit())
        self.note = QLabel()
        self.note.setObjectName(f"{prefix}.searchNote")
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.note.hide()
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
        layout.addWidget(self.note)

    def run_search(self) -> None:
        """Search now (also called when the pause after typing is over)."""
        self._timer.stop()
        text = self.search.text().strip()
        keep = self.chosen()
        found: list[VolunteerCandidate] = []
        note = ""
        if text:
            try:
                found = self._volunteers.find_volunteers(self._session, text)
            except DomainError as exc:
                note = message_text(exc)
            else:
                if not found:
                    note = self.tr("Nobody found. A resident is registered at the visitor desk.")
        self.model.set_rows(found)
        row = None if keep is None else self.model.row_of(keep.ref)
        if row is not None:
            self.table.selectRow(row)
        elif len(found) == 1:
            self.table.selectRow(0)
        self.note.setText(note)
        self.note.setVisible(bool(note))
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

    def chosen(self) -> VolunteerCandidate | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_at(row)

    def _to_matches(self) -> None:
        self.run_search()
        if self.model.rowCount():
            if selected_row(self.table) is None:
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
