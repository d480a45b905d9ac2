"""The rooms and their closures as table rows, and a room's opening hours as text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.rooms import (
    ROOM_KIND_LABELS,
    Closure,
    DayHours,
    RoomSpec,
    format_minute,
)
from hall_desk.services.bookings.rooms import RoomInfo
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

_RETIRED = QColor("#78909c")


def short_weekday(weekday: int) -> str:
    """``0`` -> Mon (周一 in Chinese), in the interface language (the default locale)."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def span_text(hours: tuple[int, int]) -> str:
    return f"{format_minute(hours[0])}–{format_minute(hours[1])}"


def hours_summary(spec: RoomSpec) -> str:
    """The week in one line, equal neighbouring days together:
    ``Mon–Fri 08:30–17:30; Sat 09:00–12:00; Sun closed``."""
    if spec.zone_24h:
        return QCoreApplication.translate("RoomTableModel", "24 hours")
    groups: list[tuple[int, int, DayHours]] = []
    day = 0
    for hours, run in groupby(spec.hours):
        length = len(list(run))
        groups.append((day, day + length - 1, hours))
        day += length
    if len(groups) == 1 and groups[0][2] is not None:
        return QCoreApplication.translate("RoomTableModel", "Every day {hours}").format(
            hours=span_text(groups[0][2])
        )
    parts = []
    for first, last, hours in groups:
        days = short_weekday(first)
        if last > first:
            days = f"{days}–{short_weekday(last)}"
        if hours is None:
            text = QCoreApplication.translate("RoomTableModel", "{days} closed")
            parts.append(text.format(days=days))
        else:
            text = QCoreApplication.translate("RoomTableModel", "{days} {hours}")
            parts.append(text.format(days=days, hours=span_text(hours)))
    return QCoreApplication.translate("RoomTableModel", "; ").join(parts)


def hours_by_day(spec: RoomSpec) -> str:
    """Every weekday on its own line, for a tooltip."""
    lines = []
    for weekday, hours in enumerate(spec.hours):
        name = QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)
        if hours is None:
            text = QCoreApplication.translate("RoomTableModel", "closed")
        else:
            text = span_text(hours)
        lines.append(f"{name}  {text}")
    return "\n".join(lines)


class RoomTableModel(RowTableModel):
    """One row per room; retired rooms are greyed out."""

    CODE, NAME, KIND, CAPACITY, SEATS, HOURS, APPROVAL, STATUS = range(8)
    CONTEXT = "RoomTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RoomTableModel", "Code"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Room"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Kind"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Holds"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Seats"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Opening hours"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Needs approval"),
        QT_TRANSLATE_NOOP("RoomTableModel", "Status"),
    )

    def styled(self, room: RoomInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.HOURS and not room.spec.zone_24h:
            return hours_by_day(room.spec)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and room.spec.rules:
            return "\n".join(room.spec.rules)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.CAPACITY, self.SEATS):
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ForegroundRole and not room.active:
            return _RETIRED
        return None

    def text(self, room: RoomInfo, column: int) -> str:
        spec = room.spec
        match column:
            case self.CODE:
                return spec.code
            case self.NAME:
                return spec.name
            case self.KIND:
                return translate_message(ROOM_KIND_LABELS[spec.kind])
            case self.CAPACITY:
                return str(spec.capacity)
            case self.SEATS:
                return str(spec.seats) if spec.by_seat else ""
            case self.HOURS:
                return hours_summary(spec)
            case self.APPROVAL:
                return self.tr("Yes") if spec.needs_approval else self.tr("No")
            case self.STATUS:
                return self.tr("In use") if room.active else self.tr("Retired")
        return ""


@dataclass(frozen=True)
class ClosureRow:
    closure: Closure
    room_name: str
    """The room's name, or "All rooms"."""

    @property
    def id(self) -> int | None:
        return self.closure.id


def day_text(day: date) -> str:
    """``2026-12-01 周二``: the date and its weekday."""
    return f"{day.isoformat()} {short_weekday(day.weekday())}"


class ClosureTableModel(RowTableModel):
    FIRST, LAST, ROOM, REASON = range(4)
    CONTEXT = "ClosureTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ClosureTableModel", "First day"),
        QT_TRANSLATE_NOOP("ClosureTableModel", "Last day"),
        QT_TRANSLATE_NOOP("ClosureTableModel", "Room"),
        QT_TRANSLATE_NOOP("ClosureTableModel", "Reason"),
    )

    def text(self, item: ClosureRow, column: int) -> str:
        match column:
            case self.FIRST:
                return day_text(item.closure.first)
            case self.LAST:
                return day_text(item.closure.last)
            case self.ROOM:
                return item.room_name
            case self.REASON:
                return item.closure.reason
        return ""
