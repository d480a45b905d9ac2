"""The records behind a figure (drill-down): a read-only list with a filter box.

The figure pages open it without blocking (``show`` rather than ``exec``), so a person can
keep several lists open side by side and compare them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import DomainError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import RecordRow
from hall_desk.services import Services
from hall_desk.services.figures.activity_drill import PREFIXES as ACTIVITY_KEYS
from hall_desk.services.figures.demand_records import PREFIXES as DEMAND_KEYS
from hall_desk.services.figures.stats_records import PURPOSE_SEPARATOR
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import (
    make_table_view,
    message_text,
    name_widget,
    size_within_screen,
    translate_message,
)
from hall_desk.ui.kit.table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex

#: ``StatsService.records`` returns at most this many records, newest first.
RECORDS_LIMIT = 2000

KIND_LABELS = {
    "visit": QT_TRANSLATE_NOOP("RecordsModel", "Visit"),
    "walk_in": QT_TRANSLATE_NOOP("RecordsModel", "Walk-in"),
    "case": QT_TRANSLATE_NOOP("RecordsModel", "Case"),
    "booking": QT_TRANSLATE_NOOP("RecordsModel", "Booking"),
    "subsidy": QT_TRANSLATE_NOOP("RecordsModel", "Elderly subsidy"),
    "transfer": QT_TRANSLATE_NOOP("RecordsModel", "Party transfer"),
    "follow_up": QT_TRANSLATE_NOOP("RecordsModel", "Follow-up call"),
    "demand": QT_TRANSLATE_NOOP("RecordsModel", "Demand"),
    "problem": QT_TRANSLATE_NOOP("RecordsModel", "Meeting problem"),
    "session": QT_TRANSLATE_NOOP("RecordsModel", "Activity session"),
    "signup": QT_TRANSLATE_NOOP("RecordsModel", "Sign-up"),
    "attendance": QT_TRANSLATE_NOOP("RecordsModel", "Attendance"),
    "shift": QT_TRANSLATE_NOOP("RecordsModel", "Volunteer shift"),
}


class RecordsModel(RowTableModel):
    KIND, REF, AT, WHO, WHAT, STATUS, DETAIL = range(7)
    CONTEXT = "RecordsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RecordsModel", "Type"),
        QT_TRANSLATE_NOOP("RecordsModel", "Number"),
        QT_TRANSLATE_NOOP("RecordsModel", "Time"),
        QT_TRANSLATE_NOOP("RecordsModel", "Name / booked by"),
        QT_TRANSLATE_NOOP("RecordsModel", "Item"),
        QT_TRANSLATE_NOOP("RecordsModel", "Status"),
        QT_TRANSLATE_NOOP("RecordsModel", "Details"),
    )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        record: RecordRow = self._rows[index.row()]
        column = index.column()
        if column == self.KIND:
            label = KIND_LABELS.get(record.kind)
            return QCoreApplication.translate(self.CONTEXT, label) if label else record.kind
        if column == self.REF:
            return record.ref
        if column == self.AT:
            return record.at.strftime("%Y-%m-%d %H:%M") if record.at is not None else ""
        if column == self.WHO:
            return record.who
        if column == self.WHAT:
            # A visit's purposes are label templates joined together; names stay as they are.
            parts = record.what.split(PURPOSE_SEPARATOR) if record.what else []
            return PURPOSE_SEPARATOR.join(translate_message(p) for p in parts)
        if column == self.STATUS:
            return translate_message(record.status) if record.status else ""
        return translate_message(record.detail) if record.detail else ""


class RecordsDialog(QDialog):
    """The list of one figure's records; Escape closes it."""

    def __init__(
        self, records: Sequence[RecordRow], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("records_dialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        size_within_screen(self, 900, 520)

        heading = QLabel(title)
        heading.setProperty("role", "summary")
        heading.setObjectName("records.heading")
        heading.setWordWrap(True)
        self.filter = QLineEdit()
        name_widget(self.filter, "records.filter", self.tr("Filter the records"))
        self.filter.setPlaceholderText(self.tr("Filter: name, number, item ..."))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("records.count")

        self.model = RecordsModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = make_table_view(self.proxy, "records.table", self.tr("Records"))
        self.table.setWordWrap(False)

        self.note = QLabel(
            self.tr(
                "Only the newest {limit} records are listed; choose a shorter period to "
                "see the rest."
            ).format(limit=RECORDS_LIMIT)
        )
        self.note.setObjectName("records.note")
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        self.empty = QLabel(self.tr("No records."))
        self.empty.setObjectName("records.empty")
        self.empty.setProperty("role", "muted")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        name_widget(close, "records.close", self.tr("Close"))
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

        self.filter.textChanged.connect(self._filter_changed)
        self.set_records(records)
        self.table.setFocus()

    def set_records(self, records: Sequence[RecordRow]) -> None:
        """Show these records (the list is read again when its figure is picked again)."""
        self.model.set_rows(records)
        self.note.setVisible(len(records) >= RECORDS_LIMIT)
        self.empty.setVisible(not records)
        self._show_count()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("{n} records").format(n=total))
        else:
            self.count.setText(self.tr("{shown} of {n} records").format(shown=shown, n=total))

    def row_count(self) -> int:
        """Records shown (after the filter)."""
        return self.proxy.rowCount()


class RecordsOpener(QObject):
    """Reads the records behind a figure and shows them in a ``RecordsDialog`` that does not
    block. Picking a figure whose list is still open brings that list forward, read again.

    ``opened`` carries each dialog shown (tests answer it there); ``failed`` the text of a
    domain error, for the page's status line.
    """

    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, services: Services, session: StaffSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._session = session
        self._parent = parent
        self._open: dict[tuple[Period, str], RecordsDialog] = {}
        self.last: RecordsDialog | None = None

    def open(
        self, period: Period, key: str, title: str, *, shown: Period | None = None
    ) -> RecordsDialog | None:
        """List the records of figure ``key`` in ``period``; the dialog is headed with
        ``title`` and the period (``shown`` when the key itself narrows the period)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # The party-service desk's figures have their own records (``demand_records``).
            if key.startswith(DEMAND_KEYS):
                records = self._services.demand_stats.records(self._session, period, key)
            elif key.startswith(ACTIVITY_KEYS):
                records = self._services.activity_stats.records(self._session, period, key)
            else:
                records = self._services.stats.records(self._session, period, key)
        except DomainError as exc:
            self.failed.emit(message_text(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        heading = QCoreApplication.translate("RecordsDialog", "{figure}: {period}").format(
            figure=title, period=(shown or period).text()
        )
        dialog = self._open.get((period, key))
        if dialog is None:
            dialog = RecordsDialog(records, heading, self._parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.setModal(False)
            dialog.finished.connect(lambda _result, k=(period, key): self._open.pop(k, None))
            self._open[(period, key)] = dialog
        else:
            dialog.set_records(records)
        self.last = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.opened.emit(dialog)
        return dialog

    def close_all(self) -> None:
        for dialog in list(self._open.values()):
            dialog.close()
