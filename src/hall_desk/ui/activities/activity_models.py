"""Table models of the activities desk: the list of activities and an activity's sessions.

Cancelled activities and sessions are grey; an activity whose places are all taken shows its
waiting list in amber, so the desk sees at a glance who still has room.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from hall_desk.domain.activities import (
    ACTIVITY_KIND_LABELS,
    ActivityStatus,
    SessionStatus,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.rooms import WEEKDAY_NAMES
from hall_desk.services.activities.activity_records import ActivityRow, SessionInfo
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

#: Grey for what was cancelled, amber for a full activity with people waiting.
CANCELLED_COLOUR = QColor("#757575")
FULL_COLOUR = QColor("#9a6700")


def weekday_name(day: date) -> str:
    return translate_message(WEEKDAY_NAMES[day.weekday()])


def day_text(at: datetime) -> str:
    """``2026-11-20 Friday``."""
    return f"{at:%Y-%m-%d} {weekday_name(at.date())}"


def span_text(starts_at: datetime, ends_at: datetime) -> str:
    """``09:00-10:30``; an end at the next midnight is ``24:00``."""
    end = "24:00" if ends_at.date() > starts_at.date() and ends_at.time().hour == 0 else None
    return f"{starts_at:%H:%M}-{end or f'{ends_at:%H:%M}'}"


def dates_text(first: datetime | None, last: datetime | None) -> str:
    """One date, or the first and last date of a course."""
    if first is None:
        return ""
    if last is None or last.date() == first.date():
        return f"{first:%Y-%m-%d}"
    return f"{first:%Y-%m-%d} – {last:%Y-%m-%d}"


def places_text(row: ActivityRow) -> str:
    """``28 / 30``: signed up of the places."""
    return f"{row.enrolled} / {row.capacity}"


def cancelled_brush(cancelled: bool, role: int) -> Any:
    if cancelled and role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(CANCELLED_COLOUR)
    return None


class ActivityTableModel(RowTableModel):
    NUMBER, TITLE, KIND, ORGANISER, DATES, SESSIONS, PLACES, WAITING, OPEN = range(9)
    CONTEXT = "ActivityTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ActivityTableModel", "Number"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Title"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Kind"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Organiser"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Dates"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Sessions"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Signed up"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Waiting"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Sign-up"),
    )

    def activity_at(self, row: int) -> ActivityRow:
        record: ActivityRow = self.row_at(row)
        return record

    def text(self, record: Any, column: int) -> str:
        row: ActivityRow = record
        if column == self.NUMBER:
            return row.number
        if column == self.TITLE:
            return row.title
        if column == self.KIND:
            return translate_message(ACTIVITY_KIND_LABELS[row.kind])
        if column == self.ORGANISER:
            return row.organiser_name
        if column == self.DATES:
            return dates_text(row.first_starts_at, row.last_ends_at)
        if column == self.SESSIONS:
            return str(row.sessions)
        if column == self.PLACES:
            return places_text(row)
        if column == self.WAITING:
            return str(row.waiting) if row.waiting else ""
        if column == self.OPEN:
            if row.status is ActivityStatus.CANCELLED:
                return QCoreApplication.translate("ActivityTableModel", "cancelled")
            if row.signup_open:
                return QCoreApplication.translate("ActivityTableModel", "open")
            return QCoreApplication.translate("ActivityTableModel", "closed")
        return ""

    def styled(self, record: Any, column: int, role: int) -> Any:
        row: ActivityRow = record
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.SESSIONS,
            self.PLACES,
            self.WAITING,
        ):
            return RIGHT_ALIGNED
        if row.status is ActivityStatus.CANCELLED:
            return cancelled_brush(True, role)
        full = row.enrolled >= row.capacity
        if full and column in (self.PLACES, self.WAITING):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(FULL_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "ActivityTableModel",
                    "Every place is taken; new sign-ups go on the waiting list.",
                )
        return None


class SessionTableModel(RowTableModel):
    SEQ, DAY, TIME, PLACE, BOOKING, STATUS, PRESENT, ABSENT, EXCUSED = range(9)
    CONTEXT = "SessionTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SessionTableModel", "No."),
        QT_TRANSLATE_NOOP("SessionTableModel", "Date"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Time"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Room or place"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Booking"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Status"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Present"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Absent"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Excused"),
    )

    def session_at(self, row: int) -> SessionInfo:
        record: SessionInfo = self.row_at(row)
        return record

    def text(self, record: Any, column: int) -> str:
        info: SessionInfo = record
        marked = info.attendance_saved_at is not None
        if column == self.SEQ:
            return str(info.seq)
        if column == self.DAY:
            return day_text(info.starts_at)
        if column == self.TIME:
            return span_text(info.starts_at, info.ends_at)
        if column == self.PLACE:
            return info.place or info.room_name
        if column == self.BOOKING:
            return info.booking_number
        if column == self.STATUS:
            if info.status is SessionStatus.CANCELLED:
                return QCoreApplication.translate("SessionTableModel", "cancelled")
            if marked:
                return QCoreApplication.translate("SessionTableModel", "attendance taken")
            return QCoreApplication.translate("SessionTableModel", "planned")
        counts = {self.PRESENT: info.present, self.ABSENT: info.absent, self.EXCUSED: info.excused}
        if column in counts:
            return str(counts[column]) if marked or counts[column] else ""
        return ""

    def styled(self, record: Any, column: int, role: int) -> Any:
        info: SessionInfo = record
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.SEQ,
            self.PRESENT,
            self.ABSENT,
            self.EXCUSED,
        ):
            return RIGHT_ALIGNED
        return cancelled_brush(info.status is SessionStatus.CANCELLED, role)
