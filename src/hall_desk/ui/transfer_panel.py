"""Party membership transfers (党员组织关系转接) after intake: receipts still out, letters
running out, every transfer, and recording the receipt (回执) when it comes back."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_transfer import (
    DIRECTION_LABELS,
    RECEIPT_EXPECTED_DAYS,
    SCOPE_LABELS,
    TransferChannel,
)
from hall_desk.services.session import StaffSession
from hall_desk.services.transfers import TransferRow, TransferService
from hall_desk.ui.common import (
    FieldErrors,
    dialog_buttons,
    from_qdate,
    make_table_view,
    message_text,
    name_widget,
    restyle,
    submit_form,
    to_qdate,
    translate_message,
)
from hall_desk.ui.events import DataEvents
from hall_desk.ui.list_tab import ListTab
from hall_desk.ui.table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex

EXPIRED_COLOUR = QColor("#c62828")
DONE_COLOUR = QColor("#78909c")


class TransferTableModel(RowTableModel):
    """Transfer letters as rows; ``columns`` picks the columns, in order. Expired letters of
    open cases are red."""

    CASE, RESIDENT, DIRECTION, LETTER, FROM, TO, ISSUED, VALID, CHANNEL, RECEIPT, DAYS = range(11)
    CONTEXT = "TransferTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("TransferTableModel", "Case number"),
        QT_TRANSLATE_NOOP("TransferTableModel", "Member"),
        QT_TRANSLATE_NOOP("TransferTableModel", "Direction"),
        QT_TRANSLATE_NOOP("TransferTableModel", "Letter number"),
        QT_TRANSLATE_NOOP("TransferTableModel", "From"),
        QT_TRANSLATE_NOOP("TransferTableModel", "To"),
        QT_TRANSLATE_NOOP("TransferTableModel", "Issued"),
        QT_TRANSLATE_NOOP("TransferTableModel", "Valid until"),
        QT_TRANSLATE_NOOP("TransferTableModel", "Channel"),
        QT_TRANSLATE_NOOP("TransferTableModel", "Receipt back"),
        QT_TRANSLATE_NOOP("TransferTableModel", "Days since issue"),
    )

    def transfer_at(self, row: int) -> TransferRow:
        return self._rows[row]

    def column_index(self, column: int) -> int:
        """Where one of the known columns is shown (``-1`` when it is not)."""
        return self._columns.index(column) if column in self._columns else -1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.expired and row.case_open:
                return QBrush(EXPIRED_COLOUR)
            if row.receipt_back_on is not None:
                return QBrush(DONE_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DIRECTION:
                return translate_message(SCOPE_LABELS[row.scope])
            if column in (self.FROM, self.TO):
                return self._text(row, column)
            if column == self.RECEIPT and row.receipt_note:
                return row.receipt_note
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: TransferRow, column: int) -> str:
        match column:
            case self.CASE:
                return row.case_number
            case self.RESIDENT:
                return row.resident_name
            case self.DIRECTION:
                return translate_message(DIRECTION_LABELS[row.direction])
            case self.LETTER:
                return row.letter_number
            case self.FROM:
                return row.from_org
            case self.TO:
                return row.to_org
            case self.ISSUED:
                return row.issued_on.isoformat()
            case self.VALID:
                return self._validity(row)
            case self.CHANNEL:
                if row.channel is TransferChannel.ONLINE:
                    return self.tr("Online")
                return self.tr("Paper")
            case self.RECEIPT:
                return row.receipt_back_on.isoformat() if row.receipt_back_on else ""
            case self.DAYS:
                return str(row.days_since_issue)
        return ""

    def _validity(self, row: TransferRow) -> str:
        text = row.valid_until.isoformat()
        if not row.case_open:
            return text
        if row.expired:
            return self.tr("{date} (expired)").format(date=text)
        # Counted from the day the row was read, like ``expired`` and ``days_since_issue``.
        read_on = row.issued_on + timedelta(days=row.days_since_issue)
        left = (row.valid_until - read_on).days
        if left == 0:
            return self.tr("{date} (last day)").format(date=text)
        if left <= 7:
            return self.tr("{date} ({days} days left)").format(date=text, days=left)
        return text


class ReceiptDialog(QDialog):
    """The receipt (回执) of a letter came back: on which day, with an optional note."""

    def __init__(
        self,
        transfers: TransferService,
        session: StaffSession,
        row: TransferRow,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._transfers = transfers
        self._session = session
        self.row = row
        self.saved: TransferRow | None = None
        self.setObjectName("transfers.receiptDialog")
        self.setWindowTitle(self.tr("Receipt came back"))
        self.setMinimumWidth(500)

        what = QLabel(
            self.tr("Letter {letter} of {name}, issued {date}").format(
                letter=row.letter_number, name=row.resident_name, date=row.issued_on.isoformat()
            )
        )
        what.setProperty("role", "summary")
        what.setWordWrap(True)
        route = QLabel(
            self.tr("{direction}: {source} → {target}").format(
                direction=translate_message(DIRECTION_LABELS[row.direction]),
                source=row.from_org,
                target=row.to_org,
            )
        )
        route.setWordWrap(True)
        route.setProperty("role", "hint")
        general = QLabel()
        general.setObjectName("transfers.receiptDialog.message")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.received_on = QDateEdit(to_qdate(today))
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.errors.add_row(
            form,
            "received_on",
            self.received_on,
            "transfers.receiptDialog.date",
            self.tr("Came back &on"),
            self.tr("Date the receipt came back"),
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional, e.g. who sent it"))
        self.errors.add_row(
            form,
            "receipt_note",
            self.note,
            "transfers.receiptDialog.note",
            self.tr("&Note"),
            self.tr("Note on the receipt"),
        )
        buttons, self.submit = dialog_buttons(
            self,
            "transfers.receiptDialog",
            self.tr("Record receipt"),
            self.tr("Record the receipt"),
            self.tr("Cancel"),
        )
        buttons.accepted.connect(self._save)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(route)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.received_on.setFocus()

    def _save(self) -> None:
        result = submit_form(
            self.errors,
            lambda: self._transfers.record_receipt(
                self._session, self.row.id, from_qdate(self.received_on.date()), self.note.text()
            ),
        )
        if result is not None:
            self.saved = result
            self.accept()


def _hinted_tab(hint: str, table: QTableView, empty_text: str, empty_name: str) -> ListTab:
    return ListTab(table, empty_text, empty_name, hint=hint)


class TransferPanel(QWidget):
    """The three lists of transfer letters and the receipt action on a selected letter."""

    def __init__(
        self,
        transfers: TransferService,
        session: StaffSession,
        events: DataEvents,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transfers.panel")
        self._transfers = transfers
        self._session = session
        self._events = events
        self._clock = clock
        self.open_dialog: ReceiptDialog | None = None

        m = TransferTableModel
        self.receipts_model = TransferTableModel(
            (m.CASE, m.RESIDENT, m.DIRECTION, m.LETTER, m.ISSUED, m.DAYS, m.FROM, m.TO)
        )
        self.expiring_model = TransferTableModel(
            (m.CASE, m.RESIDENT, m.DIRECTION, m.LETTER, m.ISSUED, m.VALID, m.FROM, m.TO)
        )
        self.all_model = TransferTableModel(
            (
                m.CASE,
                m.RESIDENT,
                m.DIRECTION,
                m.LETTER,
                m.ISSUED,
                m.VALID,
                m.RECEIPT,
                m.CHANNEL,
                m.FROM,
                m.TO,
            )
        )
        self.receipts_tab = _hinted_tab(
            self.tr(
                "Letters whose receipt has not come back more than {days} days after they "
                "were issued. Chase the receiving organisation, then record the receipt here."
            ).format(days=RECEIPT_EXPECTED_DAYS),
            self._table(
                self.receipts_model, "transfers.receiptsTable", self.tr("Receipts not back")
            ),
            self.tr("Every receipt is back or not yet a month late."),
            "transfers.receiptsEmpty",
        )
        self.expiring_tab = _hinted_tab(
            self.tr(
                "Letters of open cases that run out within a week, or already have (in red): "
                "finish the case or ask for a new letter."
            ),
            self._table(
                self.expiring_model, "transfers.expiringTable", self.tr("Letters expiring soon")
            ),
            self.tr("No letter of an open case runs out within a week."),
            "transfers.expiringEmpty",
        )
        self.all_tab = _hinted_tab(
            self.tr("Every transfer letter, newest first."),
            self._table(self.all_model, "transfers.allTable", self.tr("All transfers")),
            self.tr("No party membership transfer has been taken in yet."),
            "transfers.allEmpty",
        )

        self.tabs = QTabWidget()
        name_widget(self.tabs, "transfers.tabs", self.tr("Party membership transfer lists"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.receipts_tab, "")
        self.tabs.addTab(self.expiring_tab, "")
        self.tabs.addTab(self.all_tab, "")
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

        self.receipt_button = QPushButton(self.tr("Receipt came back..."))
        name_widget(
            self.receipt_button,
            "transfers.recordReceipt",
            self.tr("Record that the receipt of the selected letter came back"),
        )
        self.receipt_button.clicked.connect(self.record_receipt)
        self.message = QLabel()
        name_widget(self.message, "transfers.message", self.tr("Transfers message"))
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.receipt_button)
        actions.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)

        events.changed.connect(self._on_changed)
        self.refresh()

    def _table(self, model: TransferTableModel, name: str, accessible: str) -> QTableView:
        table = make_table_view(model, name, accessible)
        table.setWordWrap(False)
        table.setMinimumHeight(200)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Organisation names are long: they share what room is left and show whole in a tooltip.
        for column in (TransferTableModel.FROM, TransferTableModel.TO):
            section = model.column_index(column)
            if section >= 0:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )
        table.doubleClicked.connect(lambda _index: self.record_receipt())
        return table

    # -- data ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_changed(self, what: str) -> None:
        if what in ("case", "transfer"):
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected_transfer()
        try:
            receipts = self._transfers.outstanding_receipts(self._session)
            expiring = self._transfers.expiring_letters(self._session)
            everything = self._transfers.all_transfers(self._session)
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            return
        self.receipts_model.set_rows(receipts)
        self.expiring_model.set_rows(expiring)
        self.all_model.set_rows(everything)
        self.receipts_tab.show_empty(not receipts)
        self.expiring_tab.show_empty(not expiring)
        self.all_tab.show_empty(not everything)
        self.tabs.setTabText(
            0, self.tr("Receipts not back after a month ({count})").format(count=len(receipts))
        )
        self.tabs.setTabText(
            1, self.tr("Letters expiring soon ({count})").format(count=len(expiring))
        )
        self.tabs.setTabText(2, self.tr("All transfers"))
        if keep is not None:
            self.select_transfer(keep.id)
        self._update_buttons()

    # -- selection -----------------------------------------------------------------------
    def _current(self) -> tuple[QTableView, TransferTableModel]:
        page = self.tabs.currentWidget()
        if page is self.expiring_tab:
            return self.expiring_tab.table, self.expiring_model
        if page is self.all_tab:
            return self.all_tab.table, self.all_model
        return self.receipts_tab.table, self.receipts_model

    def selected_transfer(self) -> TransferRow | None:
        table, model = self._current()
        selection = table.selectionModel()
        rows = selection.selectedRows() if selection else []
        return model.transfer_at(rows[0].row()) if rows else None

    def select_transfer(self, transfer_id: int) -> bool:
        table, model = self._current()
        row = model.row_of(transfer_id)
        if row is None:
            table.clearSelection()
            return False
        table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        row = self.selected_transfer()
        self.receipt_button.setEnabled(row is not None and row.receipt_back_on is None)

    def _say(self, text: str, *, ok: bool) -> None:
        restyle(self.message, "role", "ok" if ok else "error")
        self.message.setText(text)

    # -- actions -------------------------------------------------------------------------
    def record_receipt(self) -> ReceiptDialog | None:
        """Open the receipt dialog for the selected letter (window-modal, not blocking)."""
        row = self.selected_transfer()
        if row is None:
            self._say(self.tr("Select a letter in the list first."), ok=False)
            return None
        if row.receipt_back_on is not None:
            self._say(
                self.tr("The receipt of letter {letter} came back on {date}.").format(
                    letter=row.letter_number, date=row.receipt_back_on.isoformat()
                ),
                ok=False,
            )
            return None
        dialog = ReceiptDialog(self._transfers, self._session, row, self._clock.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(partial(self._receipt_recorded, dialog))
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _receipt_recorded(self, dialog: ReceiptDialog) -> None:
        self._events.changed.emit("transfer")
        self._say(
            self.tr("The receipt of letter {letter} ({name}) is recorded.").format(
                letter=dialog.row.letter_number, name=dialog.row.resident_name
            ),
            ok=True,
        )

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
