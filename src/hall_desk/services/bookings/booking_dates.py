"""The dates of a repeating booking (or of an activity's course) and whether each can be booked.

Each date is checked like a single booking, inside the caller's transaction: the slot rules
(opening hours, closures, holidays) and the bookings already holding the room or seat. Internal
to the booking service; ``bookings`` re-exports the records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from hall_desk.db.room_models import Room
from hall_desk.domain.bookings import check_slot, shift_to
from hall_desk.domain.errors import ConflictError, Message, ValidationError
from hall_desk.domain.rooms import RoomSpec
from hall_desk.services.bookings.booking_checks import BookingForm, take_slot
from hall_desk.services.bookings.booking_records import BookingInfo


@dataclass(frozen=True)
class SeriesDate:
    """One date of a repeating booking and, when it cannot be booked, why not."""

    day: date
    starts_at: datetime
    ends_at: datetime
    problem: Message | None = None

    @property
    def free(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class SeriesResult:
    series_id: int
    booked: list[BookingInfo]
    skipped: list[SeriesDate] = field(default_factory=list)


def series_date(
    s: Session,
    room: Room,
    spec: RoomSpec,
    form: BookingForm,
    day: date,
    now: datetime,
    closed: dict[str, Any],
) -> SeriesDate:
    """The form's times on ``day`` checked like a single booking; ``closed`` holds the
    closures and public holidays for ``check_slot``."""
    assert form.starts_at is not None and form.ends_at is not None
    start, end = shift_to(day, form.starts_at, form.ends_at)
    try:
        check_slot(spec, room.id, start, end, now=now, **closed)
        take_slot(s, room, spec, start, end, form.seat)
    except (ValidationError, ConflictError) as exc:
        return SeriesDate(day, start, end, exc.message)
    return SeriesDate(day, start, end)
