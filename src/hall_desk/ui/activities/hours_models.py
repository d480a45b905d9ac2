"""Table models of the hours tab: everyone's totals, one person's ledger, the certificates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from hall_desk.domain.activities import format_hours
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.activities.activity_records import (
    CertificateInfo,
    HoursItem,
    HoursTotal,
)
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

SUPPLEMENT_COLOUR = QColor("#9a6700")


class HoursTotalModel(RowTableModel):
    """One row per volunteer with hours in the period."""

    NAME, UNIT, PHONE, SHIFTS, HOURS = range(5)
    CONTEXT = "HoursTotalModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HoursTotalModel", "Volunteer"),
        QT_TRANSLATE_NOOP("HoursTotalModel", "Unit"),
        QT_TRANSLATE_NOOP("HoursTotalModel", "Phone"),
        QT_TRANSLATE_NOOP("HoursTotalModel", "Shifts"),
        QT_TRANSLATE_NOOP("HoursTotalModel", "Hours"),
    )

    def row_key(self, record: Any) -> Any:
        return record.ref

    def text(self, total: HoursTotal, column: int) -> str:
        match column:
            case self.NAME:
                return total.name
            case self.UNIT:
                return total.unit_name
            case self.PHONE:
                return total.masked_phone
            case self.SHIFTS:
                return str(total.shifts)
            case self.HOURS:
                return format_hours(total.total_minutes)
        return ""

    def styled(self, total: HoursTotal, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SHIFTS, self.HOURS):
            return RIGHT_ALIGNED
        return None


class LedgerModel(RowTableModel):
    """A volunteer's served shifts; hours added afterwards (补录) are marked and amber, a
    shift credited nothing says why."""

    DAY, ACTIVITY, ROLE, HOURS, NOTE = range(5)
    CONTEXT = "LedgerModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("LedgerModel", "Date"),
        QT_TRANSLATE_NOOP("LedgerModel", "Activity"),
        QT_TRANSLATE_NOOP("LedgerModel", "Role"),
        QT_TRANSLATE_NOOP("LedgerModel", "Hours"),
        QT_TRANSLATE_NOOP("LedgerModel", "Note"),
    )

    def row_key(self, record: Any) -> Any:
        return None

    def text(self, item: HoursItem, column: int) -> str:
        match column:
            case self.DAY:
                return item.day.isoformat()
            case self.ACTIVITY:
                return item.activity_title
            case self.ROLE:
                return item.role_name
            case self.HOURS:
                return format_hours(item.minutes)
            case self.NOTE:
                notes = [self.tr("Added afterwards")] if item.supplementary else []
                if not item.minutes:
                    notes.append(self.tr("No hours: present less than the minimum share"))
                return "; ".join(notes)
        return ""

    def styled(self, item: HoursItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.HOURS:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ForegroundRole and item.supplementary:
            return QBrush(SUPPLEMENT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ACTIVITY:
            return item.activity_number or None
        return None


class CertificateModel(RowTableModel):
    """The register of certificates of volunteer service issued."""

    NUMBER, NAME, PERIOD, HOURS, ISSUED_BY, ISSUED_AT, PRINTS = range(7)
    CONTEXT = "CertificateModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CertificateModel", "Number"),
        QT_TRANSLATE_NOOP("CertificateModel", "Volunteer"),
        QT_TRANSLATE_NOOP("CertificateModel", "Period"),
        QT_TRANSLATE_NOOP("CertificateModel", "Hours"),
        QT_TRANSLATE_NOOP("CertificateModel", "Issued by"),
        QT_TRANSLATE_NOOP("CertificateModel", "Issued at"),
        QT_TRANSLATE_NOOP("CertificateModel", "Prints"),
    )

    def text(self, certificate: CertificateInfo, column: int) -> str:
        match column:
            case self.NUMBER:
                return certificate.number
            case self.NAME:
                return certificate.name
            case self.PERIOD:
                return (
                    f"{certificate.period_from.isoformat()} ~ {certificate.period_to.isoformat()}"
                )
            case self.HOURS:
                return format_hours(certificate.total_minutes)
            case self.ISSUED_BY:
                return certificate.issued_by
            case self.ISSUED_AT:
                at = certificate.issued_at
                return f"{at:%Y-%m-%d %H:%M}" if at is not None else ""
            case self.PRINTS:
                return str(certificate.prints)
        return ""

    def styled(self, certificate: CertificateInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.HOURS, self.PRINTS):
            return RIGHT_ALIGNED
        return None
