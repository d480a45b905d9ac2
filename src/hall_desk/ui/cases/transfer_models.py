"""Party membership transfer letters as table rows."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_transfer import DIRECTION_LABELS, SCOPE_LABELS, TransferChannel
from hall_desk.services.cases.transfers import TransferRow
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

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

    def column_index(self, column: int) -> int:
        """Where one of the known columns is shown (``-1`` when it is not)."""
        return self._columns.index(column) if column in self._columns else -1

    def styled(self, row: TransferRow, column: int, role: int) -> Any:
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
                return self.text(row, column)
            if column == self.RECEIPT and row.receipt_note:
                return row.receipt_note
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS:
            return RIGHT_ALIGNED
        return None

    def text(self, row: TransferRow, column: int) -> str:
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
