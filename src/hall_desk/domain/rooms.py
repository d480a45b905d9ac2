"""Function rooms (功能室): what a room is, when it is open and the default room list.

A room has opening hours for each weekday as minutes since midnight (``(510, 1200)`` is
08:30-20:00, ``None`` is closed that day). A room in the 24-hour zone (24小时自助区) is open
every minute of every day, public holidays included; the other rooms also close on the
public holidays of the center's calendar and on the closures an administrator enters. The
shared study room (共享自习室) is booked seat by seat; every other room is booked whole.
The default list ships in ``resources/rooms/rooms.toml`` (read by ``domain.room_list``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.text import clean_text, normalize_line

MINUTES_PER_DAY = 24 * 60
MAX_ROOM_NAME = 30
MAX_ROOM_CODE = 10
MAX_CAPACITY = 1000
MAX_SEATS = 300
MAX_RULES = 12
MAX_RULE_LENGTH = 120
MAX_CLOSURE_REASON = 40
MAX_CLOSURE_DAYS = 366


_CODE = re.compile(r"[A-Z0-9-]{2,10}")
_HOURS = re.compile(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")

DayHours = tuple[int, int] | None
"""Opening and closing minute of one weekday, or ``None`` when the room is closed all day."""


class RoomKind(StrEnum):
    READING = "reading"
    STUDY = "study"
    MEETING = "meeting"
    HALL = "hall"
    PARTY = "party"
    ARTS = "arts"
    SPORTS = "sports"
    COUNSELLING = "counselling"
    MEDIATION = "mediation"
    YOUTH = "youth"
    WOMEN = "women"
    NURSING = "nursing"
    OTHER = "other"


ROOM_KIND_LABELS: dict[RoomKind, str] = {
    RoomKind.READING: QT_TRANSLATE_NOOP("Messages", "Reading room"),
    RoomKind.STUDY: QT_TRANSLATE_NOOP("Messages", "Study room (booked by seat)"),
    RoomKind.MEETING: QT_TRANSLATE_NOOP("Messages", "Meeting room"),
    RoomKind.HALL: QT_TRANSLATE_NOOP("Messages", "Residents' council hall"),
    RoomKind.PARTY: QT_TRANSLATE_NOOP("Messages", "Party members' room"),
    RoomKind.ARTS: QT_TRANSLATE_NOOP("Messages", "Arts room (dance, calligraphy)"),
    RoomKind.SPORTS: QT_TRANSLATE_NOOP("Messages", "Sports and recreation room"),
    RoomKind.COUNSELLING: QT_TRANSLATE_NOOP("Messages", "Counselling room"),
    RoomKind.MEDIATION: QT_TRANSLATE_NOOP("Messages", "Mediation room"),
    RoomKind.YOUTH: QT_TRANSLATE_NOOP("Messages", "Children's room"),
    RoomKind.WOMEN: QT_TRANSLATE_NOOP("Messages", "Women's home"),
    RoomKind.NURSING: QT_TRANSLATE_NOOP("Messages", "Mother and baby room"),
    RoomKind.OTHER: QT_TRANSLATE_NOOP("Messages", "Other room"),
}

WEEKDAY_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Messages", "Monday"),
    QT_TRANSLATE_NOOP("Messages", "Tuesday"),
    QT_TRANSLATE_NOOP("Messages", "Wednesday"),
    QT_TRANSLATE_NOOP("Messages", "Thursday"),
    QT_TRANSLATE_NOOP("Messages", "Friday"),
    QT_TRANSLATE_NOOP("Messages", "Saturday"),
    QT_TRANSLATE_NOOP("Messages", "Sunday"),
)


@dataclass(frozen=True)
class RoomSpec:
    """A room as the default list and the settings editor describe it."""

    code: str
    name: str
    kind: RoomKind
    capacity: int
    """How many people the room holds."""
    seats: int
    """Bookable seats of the study room; 0 for rooms booked whole."""
    hours: tuple[DayHours, ...]
    """Opening hours Monday to Sunday."""
    zone_24h: bool
    needs_approval: bool
    rules: tuple[str, ...]

    @property
    def by_seat(self) -> bool:
        return self.seats > 0

    def hours_on(self, day: date) -> DayHours:
        """Opening hours on ``day`` by weekday alone (closures are checked separately)."""
        if self.zone_24h:
            return (0, MINUTES_PER_DAY)
        return self.hours[day.weekday()]


@dataclass(frozen=True)
class Closure:
    """Days a room (or, with ``room_id`` ``None``, every room of the center) is closed."""

    first: date
    last: date
    reason: str
    room_id: int | None = None
    id: int | None = None

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last


def format_minute(minute: int) -> str:
    """``510`` -> ``"08:30"``; the end of the day is ``"24:00"``."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def format_hours(hours: DayHours) -> str:
    """``(510, 1200)`` -> ``"08:30-20:00"``; a closed day is ``""``."""
    if hours is None:
        return ""
    return f"{format_minute(hours[0])}-{format_minute(hours[1])}"


def parse_hours(raw: str, weekday: int = 0) -> DayHours:
    """``"08:30-20:00"`` -> ``(510, 1200)``; empty text is a closed day (field ``room_hours``)."""
    text = unicodedata.normalize("NFKC", raw).strip().replace("–", "-").replace("~", "-")
    if not text:
        return None
    match = _HOURS.fullmatch(text)
    if match is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The opening hours of {weekday} ({text}) do not fit; write them like 08:30-20:00, "
                "or leave them empty when the room is closed that day.",
            ),
            field="room_hours",
            weekday=WEEKDAY_NAMES[weekday],
            text=text[:20],
        )
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if h1 > 23 or m1 > 59 or m2 > 59 or end > MINUTES_PER_DAY or end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The opening hours of {weekday} ({text}) are not a time span within one day; "
                "the closing time must come after the opening time and be at most 24:00.",
            ),
            field="room_hours",
            weekday=WEEKDAY_NAMES[weekday],
            text=text[:20],
        )
    return (start, end)


def clean_room_code(raw: str) -> str:
    code = unicodedata.normalize("NFKC", raw).strip().upper()
    if not _CODE.fullmatch(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The room code must be 2 to 10 letters, digits or hyphens, e.g. HY01.",
            ),
            field="room_code",
        )
    return code


def _whole_number(raw: int | str, field: str, low: int, high: int, what: str) -> int:
    try:
        value = int(unicodedata.normalize("NFKC", str(raw)).strip())
    except ValueError:
        value = None
    if value is None or isinstance(raw, bool) or not low <= value <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Please enter {what} as a whole number from {low} to {high}."
            ),
            field=field,
            what=what,
            low=low,
            high=high,
        )
    return value


def clean_rules(raw: Iterable[str] | str) -> tuple[str, ...]:
    """The room's rules, one per line; blank lines dropped (field ``room_rules``)."""
    lines = raw.splitlines() if isinstance(raw, str) else list(raw)
    rules = tuple(
        clean_text(
            line,
            field="room_rules",
            what=QT_TRANSLATE_NOOP("Messages", "a rule"),
            max_length=MAX_RULE_LENGTH,
        )
        for line in lines
        if normalize_line(line)
    )
    if len(rules) > MAX_RULES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A room has at most {max} rules; there are {count}."),
            field="room_rules",
            max=MAX_RULES,
            count=len(rules),
        )
    return rules


_T = TypeVar("_T")


def _attempt(errors: list[ValidationError], check: Callable[[], _T]) -> _T | None:
    try:
        return check()
    except ValidationError as exc:
        errors.append(exc)
        return None


def clean_room(
    *,
    code: str,
    name: str,
    kind: str,
    capacity: int | str,
    seats: int | str,
    hours: Sequence[str | DayHours],
    zone_24h: bool,
    needs_approval: bool,
    rules: Iterable[str] | str = (),
) -> RoomSpec:
    """Check a whole room; one ``ValidationError`` lists every bad field."""
    errors: list[ValidationError] = []
    clean_code = _attempt(errors, lambda: clean_room_code(code))
    clean_name = _attempt(
        errors,
        lambda: clean_text(
            name,
            field="room_name",
            what=QT_TRANSLATE_NOOP("Messages", "the room name"),
            max_length=MAX_ROOM_NAME,
        ),
    )
    room_kind: RoomKind | None = None
    try:
        room_kind = RoomKind(kind)
    except ValueError:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please choose the kind of room."),
                field="room_kind",
            )
        )
    clean_capacity = _attempt(
        errors,
        lambda: _whole_number(
            capacity,
            "room_capacity",
            1,
            MAX_CAPACITY,
            QT_TRANSLATE_NOOP("Messages", "the capacity"),
        ),
    )
    clean_seats = _attempt(
        errors,
        lambda: _whole_number(
            seats, "room_seats", 0, MAX_SEATS, QT_TRANSLATE_NOOP("Messages", "the number of seats")
        ),
    )
    if room_kind is RoomKind.STUDY and clean_seats == 0:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A study room is booked by seat; please enter how many seats."
                ),
                field="room_seats",
            )
        )
    if room_kind is not None and room_kind is not RoomKind.STUDY and clean_seats:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Only a study room is booked by seat; set the seats to 0."
                ),
                field="room_seats",
            )
        )
    if clean_seats and clean_capacity is not None and clean_seats > clean_capacity:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The room has more seats ({seats}) than people it holds ({cap})."
                ),
                field="room_seats",
                seats=clean_seats,
                cap=clean_capacity,
            )
        )
    week: list[DayHours] = []
    if len(hours) != 7:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Opening hours are needed for all seven weekdays."),
                field="room_hours",
            )
        )
    else:
        for weekday, entry in enumerate(hours):
            if entry is None or isinstance(entry, tuple):
                week.append(entry)
                continue
            day = _attempt(errors, lambda e=entry, w=weekday: parse_hours(e, w))  # type: ignore[misc]
            week.append(day)
    if not zone_24h and len(hours) == 7 and all(day is None for day in week) and not errors:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The room is closed every day; enter its opening hours or retire it.",
                ),
                field="room_hours",
            )
        )
    clean_rule_lines = _attempt(errors, lambda: clean_rules(rules))
    if errors:
        raise ValidationError.many(errors)
    assert clean_code and clean_name and room_kind and clean_capacity is not None
    assert clean_seats is not None and clean_rule_lines is not None
    return RoomSpec(
        code=clean_code,
        name=clean_name,
        kind=room_kind,
        capacity=clean_capacity,
        seats=clean_seats,
        hours=tuple(week),
        zone_24h=bool(zone_24h),
        needs_approval=bool(needs_approval),
        rules=clean_rule_lines,
    )


def clean_closure(first: date | None, last: date | None, reason: str) -> Closure:
    """A closure typed in settings: a first and last day (the same for one day) and why."""
    errors: list[ValidationError] = []
    if first is None:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please enter the first closed day."),
                field="closure_first",
            )
        )
    last = last or first
    if first is not None and last is not None:
        if last < first:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The last closed day comes before the first one."
                    ),
                    field="closure_last",
                )
            )
        elif (last - first).days >= MAX_CLOSURE_DAYS:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "A closure is at most {max} days; retire the room if it is gone for good.",
                    ),
                    field="closure_last",
                    max=MAX_CLOSURE_DAYS,
                )
            )
    clean_reason = _attempt(
        errors,
        lambda: clean_text(
            reason,
            field="closure_reason",
            what=QT_TRANSLATE_NOOP("Messages", "the reason"),
            max_length=MAX_CLOSURE_REASON,
        ),
    )
    if errors:
        raise ValidationError.many(errors)
    assert first is not None and last is not None and clean_reason is not None
    return Closure(first=first, last=last, reason=clean_reason)
