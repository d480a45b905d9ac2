"""The elderly-age subsidy as table rows: everyone subsidised, and band changes next month."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from hall_desk.domain.elderly import STOP_REASON_LABELS, format_yuan
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.cases.elderly_rows import BandChangeRow, SubsidyRow
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

OVERDUE_COLOUR = QColor("#c62828")
STOPPED_COLOUR = QColor("#78909c")


def amount_text(fen: int | None) -> str:
    """``100.00 yuan``, or ``not set`` while an administrator has not entered the amount."""
    if fen is None:
        return QCoreApplication.translate("SubsidyTableModel", "not set")
    return QCoreApplication.translate("SubsidyTableModel", "{amount} yuan").format(
        amount=format_yuan(fen)
    )


def due_month_text(row: SubsidyRow) -> str:
    """The month of the next annual check, with what it means today."""
    year, month = row.due_month
    text = f"{year}-{month:02d}"
    if row.stopped:
        return ""
    if row.check_status == "overdue":
        return QCoreApplication.translate("SubsidyTableModel", "{month} (overdue)").format(
            month=text
        )
    if row.check_status == "due":
        return QCoreApplication.translate("SubsidyTableModel", "{month} (this month)").format(
            month=text
        )
    return text


def person_text(row: SubsidyRow, column: int) -> str:
    """The first three columns of both lists: name, masked ID number, masked phone."""
    return (row.name, row.masked_id, row.masked_phone)[column]


class SubsidyTableModel(RowTableModel):
    """People receiving the subsidy; ``columns`` picks which columns to show, in order.
    Overdue checks are red, stopped payments grey."""

    NAME, ID, PHONE, AGE, BAND, AMOUNT, STARTED, LAST_CHECK, DUE, STOPPED = range(10)
    CONTEXT = "SubsidyTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Name"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "ID number"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Phone"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Age"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Band"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Monthly amount"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Paid since"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Last check"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Check due"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Stopped"),
    )

    def styled(self, row: SubsidyRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.stopped:
                return QBrush(STOPPED_COLOUR)
            if row.check_status == "overdue":
                return QBrush(OVERDUE_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STOPPED and row.stop_note:
            return row.stop_note
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AGE, self.AMOUNT):
            return RIGHT_ALIGNED
        return None

    def text(self, row: SubsidyRow, column: int) -> str:
        if column <= self.PHONE:
            return person_text(row, column)
        match column:
            case self.AGE:
                return "" if row.age is None else str(row.age)
            case self.BAND:
                return row.band_label
            case self.AMOUNT:
                return amount_text(row.monthly_amount_fen) if row.band_label else ""
            case self.STARTED:
                return row.started_on.isoformat()
            case self.LAST_CHECK:
                if row.last_checked_on is None:
                    return QCoreApplication.translate("SubsidyTableModel", "none yet")
                return row.last_checked_on.isoformat()
            case self.DUE:
                return due_month_text(row)
            case self.STOPPED:
                if row.stopped_on is None:
                    return ""
                reason = (
                    translate_message(STOP_REASON_LABELS[row.stop_reason])
                    if row.stop_reason
                    else ""
                )
                return f"{row.stopped_on.isoformat()} {reason}".strip()
        return ""


class BandChangeModel(RowTableModel):
    """People who reach a higher band next month, with the amount they move to."""

    NAME, ID, PHONE, BAND, BIRTHDAY, NEW_BAND, NEW_AMOUNT = range(7)
    CONTEXT = "BandChangeModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("BandChangeModel", "Name"),
        QT_TRANSLATE_NOOP("BandChangeModel", "ID number"),
        QT_TRANSLATE_NOOP("BandChangeModel", "Phone"),
        QT_TRANSLATE_NOOP("BandChangeModel", "Band now"),
        QT_TRANSLATE_NOOP("BandChangeModel", "Birthday"),
        QT_TRANSLATE_NOOP("BandChangeModel", "New band"),
        QT_TRANSLATE_NOOP("BandChangeModel", "New monthly amount"),
    )

    def row_key(self, record: Any) -> Any:
        return record.subsidy.id

    def text(self, change: BandChangeRow, column: int) -> str:
        row = change.subsidy
        if column <= self.PHONE:
            return person_text(row, column)
        match column:
            case self.BAND:
                return row.band_label
            case self.BIRTHDAY:
                return QCoreApplication.translate("BandChangeModel", "{date} (turns {age})").format(
                    date=change.birthday.isoformat(), age=change.new_age
                )
            case self.NEW_BAND:
                return change.new_band_label
            case self.NEW_AMOUNT:
                return amount_text(change.new_monthly_amount_fen)
        return ""
