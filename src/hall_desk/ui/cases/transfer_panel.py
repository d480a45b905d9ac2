"""Party membership transfers (党员组织关系转接) after intake: receipts still out, letters
running out, every transfer, and recording the receipt (回执) when it comes back."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.clock import Clock
from hall_desk.domain.party_transfer import DIRECTION_LABELS, RECEIPT_EXPECTED_DAYS
from hall_desk.services.cases.transfers import TransferRow, TransferService
from hall_desk.services.session import StaffSession
from hall_desk.ui.cases.transfer_models import EXPIRED_COLOUR, TransferTableModel
from hall_desk.ui.kit.common import from_qdate, hint_label, name_widget, to_qdate, translate_message
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.form_dialog import FormDialog
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.kit.list_tab import ListTab, shown_list
from hall_desk.ui.kit.table_model import RowTableModel

__all__ = ["EXPIRED_COLOUR", "ReceiptDialog", "TransferPanel", "TransferTableModel"]


class ReceiptDialog(FormDialog):
    """The receipt (回执) of a letter came back: on which day, with an optional note."""

    def __init__(
        self,
        transfers: TransferService,
        session: StaffSession,
        row: TransferRow,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "transfers.receiptDialog",
            parent,
            growth=QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow,
        )
        self._transfers = transfers
        self._session = session
        self.row = row
        self.setWindowTitle(self.tr("Receipt came back"))
        self.setMinimumWidth(500)

        what = QLabel(
            self.tr("Letter {letter} of {name}, issued {date}").format(
                letter=row.letter_number, name=row.resident_name, date=row.issued_on.isoformat()
            )
        )
        what.setProperty("role", "summary")
        what.setWordWrap(True)
        route = hint_label(
            self.tr("{direction}: {source} → {target}").format(
                direction=translate_message(DIRECTION_LABELS[row.direction]),
                source=row.from_org,
                target=row.to_org,
            )
        )
        self.received_on = QDateEdit(to_qdate(today))
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.add_field(
            "received_on",
            self.received_on,
            "date",
            self.tr("Came back &on"),
            self.tr("Date the receipt came back"),
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional, e.g. who sent it"))
        self.add_field(
            "receipt_note", self.note, "note", self.tr("&Note"), self.tr("Note on the receipt")
        )
        self.finish(
            self.tr("Record receipt"),
            self.tr("Record the receipt"),
            self.tr("Cancel"),
            above=[what, route],
        )
        self.received_on.setFocus()

    def save(self) -> TransferRow:
        received_on = from_qdate(self.received_on.date())
        return self._transfers.record_receipt(
            self._session, self.row.id, received_on, self.note.text()
        )


class TransferPanel(ListPanel):
    """The three lists of transfer letters and the receipt action on a selected letter."""

    def __init__(
        self,
        transfers: TransferService,
        session: StaffSession,
        events: DataEvents,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, events, "transfer", parent)
        self.setObjectName("transfers.panel")
        self._transfers = transfers
        self._clock = clock

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
        self.receipts_tab = ListTab(
            self._table(
                self.receipts_model, "transfers.receiptsTable", self.tr("Receipts not back")
            ),
            self.tr("Every receipt is back or not yet a month late."),
            "transfers.receiptsEmpty",
            hint=self.tr(
                "Letters whose receipt has not come back more than {days} days after they "
                "were issued. Chase the receiving organisation, then record the receipt here."
            ).format(days=RECEIPT_EXPECTED_DAYS),
        )
        self.expiring_tab = ListTab(
            self._table(
                self.expiring_model, "transfers.expiringTable", self.tr("Letters expiring soon")
            ),
            self.tr("No letter of an open case runs out within a week."),
            "transfers.expiringEmpty",
            hint=self.tr(
                "Letters of open cases that run out within a week, or already have (in red): "
                "finish the case or ask for a new letter."
            ),
        )
        self.all_tab = ListTab(
            self._table(self.all_model, "transfers.allTable", self.tr("All transfers")),
            self.tr("No party membership transfer has been taken in yet."),
            "transfers.allEmpty",
            hint=self.tr("Every transfer letter, newest first."),
        )

        self.tabs = QTabWidget()
        name_widget(self.tabs, "transfers.tabs", self.tr("Party membership transfer lists"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.receipts_tab, "")
        self.tabs.addTab(self.expiring_tab, "")
        self.tabs.addTab(self.all_tab, "")
        self.tabs.currentChanged.connect(lambda _i: self.update_actions())

        receipt = ListAction(
            "transfers.recordReceipt",
            self.tr("Receipt came back..."),
            self.tr("Record that the receipt of the selected letter came back"),
            self.record_receipt,
            allowed=lambda row: row.receipt_back_on is None,
        )
        message = self.message_line("transfers.message", self.tr("Transfers message"), hidden=False)
        self.action_row([receipt], message)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.button_row)

        events.changed.connect(self._on_changed)
        self.refresh()

    def _table(self, model: TransferTableModel, name: str, accessible: str) -> QTableView:
        # Organisation names are long: they share what room is left and show whole in a tooltip.
        columns = [model.column_index(c) for c in (TransferTableModel.FROM, TransferTableModel.TO)]
        return self.list_table(
            model,
            name,
            accessible,
            stretch=[c for c in columns if c >= 0],
            min_height=200,
            wrap=False,
            opens=self.record_receipt,
        )

    # -- data ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_changed(self, what: str) -> None:
        if what in ("case", "transfer"):
            self.refresh()

    def load(self) -> None:
        receipts = self._transfers.outstanding_receipts(self._session)
        expiring = self._transfers.expiring_letters(self._session)
        everything = self._transfers.all_transfers(self._session)
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

    def current_list(self) -> tuple[QTableView, RowTableModel] | None:
        return shown_list(self.tabs)

    def selected_transfer(self) -> TransferRow | None:
        row: TransferRow | None = self.selected()
        return row

    # -- actions -------------------------------------------------------------------------
    def record_receipt(self) -> ReceiptDialog | None:
        """Open the receipt dialog for the selected letter (window-modal, not blocking)."""
        row = self.chosen(self.tr("Select a letter in the list first."))
        if row is None:
            return None
        if row.receipt_back_on is not None:
            self.say(
                self.tr("The receipt of letter {letter} came back on {date}.").format(
                    letter=row.letter_number, date=row.receipt_back_on.isoformat()
                ),
                ok=False,
            )
            return None
        dialog = ReceiptDialog(self._transfers, self._session, row, self._clock.today(), self)
        return self.open_window(dialog, self._receipt_recorded)

    def _receipt_recorded(self, dialog: ReceiptDialog) -> None:
        self.notify()
        self.say(
            self.tr("The receipt of letter {letter} ({name}) is recorded.").format(
                letter=dialog.row.letter_number, name=dialog.row.resident_name
            ),
            ok=True,
        )
