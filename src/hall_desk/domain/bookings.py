"""Room bookings (功能室预约): statuses, the rules a time slot must meet, repeats and numbers.

Nothing here touches the database. The service checks a slot with :func:`check_slot` before
it writes and again inside the write transaction, where it also looks for overlaps.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.rooms import MINUTES_PER_DAY, Closure, RoomSpec, format_minute

SLOT_MINUTES = 15
"""Bookings start and end on quarter hours."""
MAX_REPEATS = 200
MAX_REPEAT_SPAN_DAYS = 366
MAX_BOOK_AHEAD_DAYS = 366
DEFAULT_GRACE_MINUTES = 15
MAX_GRACE_MINUTES = 120
CHECK_IN_EARLY_MINUTES = 60
"""How long before the start a booking may be checked in."""
SEAT_PURPOSE = "自习"
"""The purpose of a study-room seat booked without one (kept as data, printed on the slip)."""

_NUMBER = re.compile(r"([A-Z0-9]{1,16})-B(\d{4})-(\d{5})")


class BookingStatus(StrEnum):
    PENDING = "pending"
    """Waiting for an administrator's approval; the slot is held."""
    CONFIRMED = "confirmed"
    CHECKED_IN = "checked_in"
    NO_SHOW = "no_show"
    """Not checked in within the grace period: released."""
    CANCELLED = "cancelled"
    DECLINED = "declined"


ACTIVE_STATUSES: frozenset[BookingStatus] = frozenset(
    {BookingStatus.PENDING, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN}
)
"""Bookings that hold their room or seat."""

BOOKING_STATUS_LABELS: dict[BookingStatus, str] = {
    BookingStatus.PENDING: QT_TRANSLATE_NOOP("Messages", "Awaiting approval"),
    BookingStatus.CONFIRMED: QT_TRANSLATE_NOOP("Messages", "Booked"),
    BookingStatus.CHECKED_IN: QT_TRANSLATE_NOOP("Messages", "Checked in"),
    BookingStatus.NO_SHOW: QT_TRANSLATE_NOOP("Messages", "No-show (released)"),
    BookingStatus.CANCELLED: QT_TRANSLATE_NOOP("Messages", "Cancelled"),
    BookingStatus.DECLINED: QT_TRANSLATE_NOOP("Messages", "Declined"),
}


class BookerKind(StrEnum):
    RESIDENT = "resident"
    PARTNER = "partner"
    """A partner organisation (共建单位), a school, a club."""
    STAFF = "staff"
    """An activity run by the center's own staff."""


BOOKER_KIND_LABELS: dict[BookerKind, str] = {
    BookerKind.RESIDENT: QT_TRANSLATE_NOOP("Messages", "Resident"),
    BookerKind.PARTNER: QT_TRANSLATE_NOOP("Messages", "Partner organisation"),
    BookerKind.STAFF: QT_TRANSLATE_NOOP("Messages", "Staff activity"),
}


class BookingChannel(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"


CHANNEL_LABELS: dict[BookingChannel, str] = {
    BookingChannel.COUNTER: QT_TRANSLATE_NOOP("Messages", "At the counter"),
    BookingChannel.PHONE: QT_TRANSLATE_NOOP("Messages", "By phone"),
}


def format_booking_number(site_code: str, year: int, running: int) -> str:
    """``CN01-B2026-00017``: center code, B for booking, year, running number."""
    return f"{site_code}-B{year:04d}-{running:05d}"


def parse_booking_number(raw: str) -> str | None:
    """The canonical booking number in ``raw`` (typed or scanned), or ``None``."""
    text = unicodedata.normalize("NFKC", raw).strip().upper()
    return text if _NUMBER.fullmatch(text) else None


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open intervals: a booking ending at 10:00 does not overlap one starting at 10:00."""
    return a_start < b_end and b_start < a_end


def minute_of(moment: datetime, day: date) -> int:
    """Minutes since midnight of ``day``; the next midnight is 1440."""
    return int((moment - datetime.combine(day, time())).total_seconds() // 60)


HolidayName = Callable[[date], "str | None"]
"""The public holiday a day belongs to: its name ("" if unnamed), or ``None`` on other days."""


def _no_holidays(_day: date) -> str | None:
    return None


def closure_on(
    room: RoomSpec,
    room_id: int,
    day: date,
    closures: Iterable[Closure] = (),
    holiday_name: HolidayName = _no_holidays,
) -> str | None:
    """Why the room is closed all day on ``day`` (a closure or a public holiday), or ``None``.

    Rooms of the 24-hour zone stay open on public holidays but not through a closure.
    """
    for closure in closures:
        if (closure.room_id is None or closure.room_id == room_id) and closure.covers(day):
            return closure.reason
    if not room.zone_24h:
        name = holiday_name(day)
        if name is not None:
            return name or QT_TRANSLATE_NOOP("Messages", "public holiday")
    return None


def check_slot(
    room: RoomSpec,
    room_id: int,
    starts_at: datetime | None,
    ends_at: datetime | None,
    *,
    now: datetime,
    closures: Iterable[Closure] = (),
    holiday_name: HolidayName = _no_holidays,
) -> None:
    """Raise a specific ``ValidationError`` (field ``booking_time``) if the slot is not bookable.

    The slot must be on quarter hours, end after it starts within one day, not have ended
    already, lie within the room's opening hours and not fall on a closure or holiday.
    """

    def refuse(template: str, **params: object) -> ValidationError:
        return ValidationError(template, field="booking_time", **params)

    if starts_at is None or ends_at is None:
        raise refuse(QT_TRANSLATE_NOOP("Messages", "Please enter the start and end time."))
    if ends_at <= starts_at:
        raise refuse(QT_TRANSLATE_NOOP("Messages", "The end time must come after the start."))
    day = starts_at.date()
    end_minute = minute_of(ends_at, day)
    start_minute = minute_of(starts_at, day)
    if end_minute > MINUTES_PER_DAY:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Messages", "A booking must end on the day it starts; book each day separately."
            )
        )
    if (
        starts_at.second
        or ends_at.second
        or start_minute % SLOT_MINUTES
        or end_minute % SLOT_MINUTES
    ):
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Messages", "Bookings start and end on the quarter hour (:00, :15, :30, :45)."
            )
        )
    if ends_at <= now:
        raise refuse(
            QT_TRANSLATE_NOOP("Messages", "{start}-{end} on {day} has already passed."),
            day=day.isoformat(),
            start=format_minute(start_minute),
            end=format_minute(end_minute),
        )
    if (day - now.date()).days > MAX_BOOK_AHEAD_DAYS:
        raise refuse(
            QT_TRANSLATE_NOOP("Messages", "Bookings can be made at most {days} days ahead."),
            days=MAX_BOOK_AHEAD_DAYS,
        )
    closed = closure_on(room, room_id, day, closures, holiday_name)
    if closed is not None:
        raise refuse(
            QT_TRANSLATE_NOOP("Messages", "{room} is closed on {day} ({reason})."),
            room=room.name,
            day=day.isoformat(),
            reason=closed,
        )
    hours = room.hours_on(day)
    if hours is None:
        raise refuse(
            QT_TRANSLATE_NOOP("Messages", "{room} is not open on {day}."),
            room=room.name,
            day=day.isoformat(),
        )
    if start_minute < hours[0] or end_minute > hours[1]:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{start}-{end} is outside the opening hours of {room} on {day}, {open}-{close}.",
            ),
            start=format_minute(start_minute),
            end=format_minute(end_minute),
            room=room.name,
            day=day.isoformat(),
            open=format_minute(hours[0]),
            close=format_minute(hours[1]),
        )


def check_attendees(room: RoomSpec, attendees: int) -> None:
    """Raise (field ``booking_attendees``) when the group does not fit the room."""
    if attendees < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter how many people are expected."),
            field="booking_attendees",
        )
    if room.by_seat and attendees != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "{room} is booked one seat per person; book a seat for each person."
            ),
            field="booking_attendees",
            room=room.name,
        )
    if attendees > room.capacity:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "{count} people are over the capacity of {room}, which holds {cap}."
            ),
            field="booking_attendees",
            count=attendees,
            room=room.name,
            cap=room.capacity,
        )


# -- repeats --------------------------------------------------------------------------------


class RepeatFrequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"


@dataclass(frozen=True)
class RepeatRule:
    """Daily, or weekly on chosen weekdays (0 = Monday), until a date or for a count."""

    frequency: RepeatFrequency
    weekdays: frozenset[int] = frozenset()
    until: date | None = None
    count: int | None = None

    def describe(self) -> str:
        """A short Chinese description for slips and lists, e.g. ``每周一、三、五``."""
        names = "一二三四五六日"
        if self.frequency is RepeatFrequency.DAILY:
            text = "每天"
        else:
            text = "每周" + "、".join(names[d] for d in sorted(self.weekdays))
        if self.until is not None:
            text += f"，至{self.until.year}年{self.until.month}月{self.until.day}日"
        if self.count is not None:
            text += f"，共{self.count}次"
        return text


def clean_repeat(
    frequency: str, weekdays: Iterable[int], until: date | None, count: int | None, first: date
) -> RepeatRule:
    """Check a repeat typed in the booking form (field ``booking_repeat``)."""
    try:
        freq = RepeatFrequency(frequency)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please choose how the booking repeats."),
            field="booking_repeat",
        ) from None
    days = frozenset(int(d) for d in weekdays)
    if freq is RepeatFrequency.WEEKLY and (not days or not days <= set(range(7))):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please tick the weekdays the booking repeats on."),
            field="booking_repeat",
        )
    if (until is None) == (count is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Please say when the repeats end: on a date or after a number of times."
            ),
            field="booking_repeat",
        )
    if until is not None and (until < first or (until - first).days > MAX_REPEAT_SPAN_DAYS):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The repeats must end on or after the first day and within a year of it.",
            ),
            field="booking_repeat",
        )
    if count is not None and not 1 <= count <= MAX_REPEATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A booking repeats at most {max} times."),
            field="booking_repeat",
            max=MAX_REPEATS,
        )
    return RepeatRule(freq, days if freq is RepeatFrequency.WEEKLY else frozenset(), until, count)


def repeat_dates(rule: RepeatRule, first: date) -> list[date]:
    """The dates of a repeating booking from ``first`` on, at most :data:`MAX_REPEATS`."""
    out: list[date] = []
    day = first
    last = rule.until or first + timedelta(days=MAX_REPEAT_SPAN_DAYS)
    while day <= last and len(out) < (rule.count or MAX_REPEATS):
        if rule.frequency is RepeatFrequency.DAILY or day.weekday() in rule.weekdays:
            out.append(day)
        day += timedelta(days=1)
    return out


def shift_to(day: date, starts_at: datetime, ends_at: datetime) -> tuple[datetime, datetime]:
    """The same times of day on another date."""
    delta = datetime.combine(day, time()) - datetime.combine(starts_at.date(), time())
    return starts_at + delta, ends_at + delta


def free_seat(taken: Sequence[int], seats: int) -> int | None:
    """The lowest seat number not in ``taken``, or ``None`` when every seat is taken."""
    used = set(taken)
    return next((n for n in range(1, seats + 1) if n not in used), None)
