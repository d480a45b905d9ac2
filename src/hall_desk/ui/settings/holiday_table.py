"""The table of one year's holidays and make-up working days in Settings → Holidays."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.workdays import DAY_KIND_LABELS, DayKind
from hall_desk.services.calendar import RULE_SOURCE, CalendarEntry
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RowTableModel


def weekday_name(day: date) -> str:
    """The day of the week in the interface language (the default locale), e.g. 星期五."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


class HolidayTableModel(RowTableModel):
    """The entries of one year: holidays in red, make-up working days in the normal colour."""

    DATE, WEEKDAY, KIND, NAME, SOURCE = range(5)
    CONTEXT = "HolidayTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HolidayTableModel", "Date"),
        QT_TRANSLATE_NOOP("HolidayTableModel", "Day of the week"),
        QT_TRANSLATE_NOOP("HolidayTableModel", "Kind"),
        QT_TRANSLATE_NOOP("HolidayTableModel", "Name"),
        QT_TRANSLATE_NOOP("HolidayTableModel", "Entered by"),
    )

    def row_key(self, record: Any) -> Any:
        return record.day

    def styled(self, entry: CalendarEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind is DayKind.HOLIDAY:
            return QColor("#c62828")
        return None

    def text(self, entry: CalendarEntry, column: int) -> str:
        match column:
            case self.DATE:
                return entry.day.isoformat()
            case self.WEEKDAY:
                return weekday_name(entry.day)
            case self.KIND:
                return translate_message(DAY_KIND_LABELS[entry.kind])
            case self.NAME:
                return entry.name
            case self.SOURCE:
                return self.source_text(entry.source)
        return ""

    def source_text(self, source: str) -> str:
        if source == "seed":
            return self.tr("Built-in calendar")
        if source == "admin":
            return self.tr("An administrator")
        if source == RULE_SOURCE:
            return self.tr("National holiday rule")
        return source
