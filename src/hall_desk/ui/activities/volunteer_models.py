"""Table models of the volunteers tab: a session's roles with their places, and its shifts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from hall_desk.domain.activities import DEFAULT_MIN_SHARE_PERCENT, ShiftStatus, format_hours
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.rooms import WEEKDAY_NAMES
from hall_desk.services.activities.activity_records import RoleInfo, SessionInfo, ShiftRow
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

CANCELLED_COLOUR = QColor("#78909c")
FULL_COLOUR = QColor("#9a6700")
NO_HOURS_COLOUR = QColor("#c62828")


@dataclass(frozen=True)
class RoleLine:
    """A role as the session sees it: its places and how many volunteers hold one."""

    id: int
    name: str
    places: int
    filled: int
    description: str

    @property
    def full(self) -> bool:
        return self.filled >= self.places


def role_lines(roles: Iterable[RoleInfo], shifts: Iterable[ShiftRow]) -> list[RoleLine]:
    """The active roles with the places taken at the session of ``shifts``."""
    taken: dict[int, int] = {}
    for shift in shifts:
        if shift.status is ShiftStatus.SIGNED:
            taken[shift.role_id] = taken.get(shift.role_id, 0) + 1
    return [
        RoleLine(r.id, r.name, r.places, taken.get(r.id, 0), r.description)
        for r in roles
        if r.active
    ]


def session_text(session: SessionInfo) -> str:
    """``2026-11-20 Friday 09:00-11:00 活动室``: when and where a session is."""
    weekday = translate_message(WEEKDAY_NAMES[session.starts_at.weekday()])
    text = f"{session.starts_at:%Y-%m-%d} {weekday} {session.starts_at:%H:%M}-"
    text += f"{session.ends_at:%H:%M}"
    return f"{text} {session.place}" if session.place else text


def clock_time(moment: datetime | None, day: datetime) -> str:
    """``09:05``, or ``11-21 09:05`` on another day than the session's; "" when not yet."""
    if moment is None:
        return ""
    if moment.date() != day.date():
        return moment.strftime("%m-%d %H:%M")
    return moment.strftime("%H:%M")


def shift_state(shift: ShiftRow) -> str:
    """Signed up, signed in, signed out or cancelled, in the interface language."""
    translate = QCoreApplication.translate
    if shift.status is ShiftStatus.CANCELLED:
        return translate("ShiftTableModel", "Cancelled")
    if shift.signed_out_at is not None:
        return translate("ShiftTableModel", "Signed out")
    if shift.signed_in_at is not None:
        return translate("ShiftTableModel", "Signed in")
    return translate("ShiftTableModel", "Signed up")


def no_hours(shift: ShiftRow) -> bool:
    """Signed out (or added afterwards) and credited nothing."""
    return (
        shift.status is ShiftStatus.SIGNED
        and shift.signed_out_at is not None
        and shift.credited_minutes == 0
    )


def shift_note(shift: ShiftRow, min_share: int) -> str:
    """Why a shift has no hours, and whether its hours were added afterwards (补录)."""
    translate = QCoreApplication.translate
    notes: list[str] = []
    if shift.supplementary:
        notes.append(
            translate("ShiftTableModel", "Added afterwards: {reason}").format(
                reason=shift.supplement_reason.replace("\n", " ")
            )
        )
    if no_hours(shift):
        notes.append(
            translate(
                "ShiftTableModel", "No hours: present less than {share}% of the shift"
            ).format(share=min_share)
        )
    return "; ".join(notes)


class RoleTableModel(RowTableModel):
    """The roles of the activity, with places filled at the chosen session; full ones amber."""

    NAME, PLACES, DESCRIPTION = range(3)
    CONTEXT = "RoleTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RoleTableModel", "Role"),
        QT_TRANSLATE_NOOP("RoleTableModel", "Filled / places"),
        QT_TRANSLATE_NOOP("RoleTableModel", "What the role does"),
    )

    def text(self, line: RoleLine, column: int) -> str:
        match column:
            case self.NAME:
                return line.name
            case self.PLACES:
                return f"{line.filled} / {line.places}"
            case self.DESCRIPTION:
                return line.description.replace("\n", " ")
        return ""

    def styled(self, line: RoleLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PLACES:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ForegroundRole and line.full:
            return QBrush(FULL_COLOUR)
        return None


class ShiftTableModel(RowTableModel):
    """The volunteers of a session: who, which role, when they signed in and out, the hours.

    Cancelled shifts are grey; a shift credited nothing is red and says why.
    """

    NAME, UNIT, PHONE, ROLE, STATE, SIGNED_IN, SIGNED_OUT, HOURS, NOTE = range(9)
    CONTEXT = "ShiftTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ShiftTableModel", "Volunteer"),
        QT_TRANSLATE_NOOP("ShiftTableModel", "Unit"),
        QT_TRANSLATE_NOOP("ShiftTableModel", "Phone"),
        QT_TRANSLATE_NOOP("ShiftTableModel", "Role"),
        QT_TRANSLATE_NOOP("ShiftTableModel", "Status"),
        QT_TRANSLATE_NOOP("ShiftTableModel", "Signed in"),
        QT_TRANSLATE_NOOP("ShiftTableModel", "Signed out"),
        QT_TRANSLATE_NOOP("ShiftTableModel", "Hours"),
        QT_TRANSLATE_NOOP("ShiftTableModel", "Note"),
    )

    def __init__(self) -> None:
        super().__init__()
        #: The center's minimum share of a shift, for the "no hours" note.
        self.min_share = DEFAULT_MIN_SHARE_PERCENT

    def text(self, shift: ShiftRow, column: int) -> str:
        match column:
            case self.NAME:
                return shift.name
            case self.UNIT:
                return shift.unit_name
            case self.PHONE:
                return shift.masked_phone
            case self.ROLE:
                return shift.role_name
            case self.STATE:
                return shift_state(shift)
            case self.SIGNED_IN:
                return clock_time(shift.signed_in_at, shift.starts_at)
            case self.SIGNED_OUT:
                return clock_time(shift.signed_out_at, shift.starts_at)
            case self.HOURS:
                if shift.status is ShiftStatus.CANCELLED or shift.signed_out_at is None:
                    return ""
                return format_hours(shift.credited_minutes)
            case self.NOTE:
                return shift_note(shift, self.min_share)
        return ""

    def styled(self, shift: ShiftRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.HOURS:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ForegroundRole:
            if shift.status is ShiftStatus.CANCELLED:
                return QBrush(CANCELLED_COLOUR)
            if no_hours(shift) and column in (self.HOURS, self.NOTE):
                return QBrush(NO_HOURS_COLOUR)
        return None
