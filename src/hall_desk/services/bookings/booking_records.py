"""What the booking screens read: bookings as plain records and the plan of a day or a week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hall_desk.db.database import Database
from hall_desk.db.room_models import Booking, BookingSeries, Room
from hall_desk.domain.bookings import (
    ACTIVE_STATUSES,
    BookerKind,
    BookingChannel,
    BookingStatus,
    closure_on,
    parse_booking_number,
)
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import NotFoundError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.phones import mask_phone
from hall_desk.domain.rooms import DayHours
from hall_desk.services.bookings.rooms import RoomInfo, closures_between, room_info
from hall_desk.services.calendar import CalendarService
from hall_desk.services.session import StaffSession


@dataclass(frozen=True)
class BookingInfo:
    id: int
    number: str
    room_id: int
    room_name: str
    seat: int
    """Seat number in the study room; 0 when the room is booked whole."""
    series_id: int | None
    series_description: str
    starts_at: datetime
    ends_at: datetime
    status: BookingStatus
    booker_kind: BookerKind
    booker: str
    """Who booked: the resident's name, the organisation, or the organiser of a staff activity."""
    resident_id: int | None
    organisation: str
    purpose: str
    attendees: int
    contact_name: str
    contact_phone: str
    """Masked (``138****5678``): the full number never leaves the service."""
    channel: BookingChannel
    note: str
    clerk_name: str
    created_at: datetime
    checked_in_at: datetime | None
    ended_at: datetime | None
    end_reason: str

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


@dataclass(frozen=True)
class RoomDay:
    """One room on one day: its hours, why it is closed (if it is) and its active bookings."""

    room: RoomInfo
    day: date
    hours: DayHours
    closed_reason: str | None
    bookings: tuple[BookingInfo, ...]


def booking_info(row: Booking, series: BookingSeries | None = None) -> BookingInfo:
    kind = BookerKind(row.booker_kind)
    if kind is BookerKind.RESIDENT:
        booker = row.resident.name if row.resident is not None else row.contact_name
    else:
        booker = row.organisation or row.contact_name
    return BookingInfo(
        id=row.id,
        number=row.number,
        room_id=row.room_id,
        room_name=row.room.name,
        seat=row.seat,
        series_id=row.series_id,
        series_description=series.description if series is not None else "",
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        status=BookingStatus(row.status),
        booker_kind=kind,
        booker=booker,
        resident_id=row.resident_id,
        organisation=row.organisation,
        purpose=row.purpose,
        attendees=row.attendees,
        contact_name=row.contact_name,
        contact_phone=mask_phone(row.contact_phone) if row.contact_phone else "",
        channel=BookingChannel(row.channel),
        note=row.note,
        clerk_name=row.clerk.full_name,
        created_at=row.created_at,
        checked_in_at=row.checked_in_at,
        ended_at=row.ended_at,
        end_reason=row.end_reason,
    )


def _loaded() -> tuple[Any, ...]:
    return (
        selectinload(Booking.room),
        selectinload(Booking.resident),
        selectinload(Booking.clerk),
    )


def infos(s: Session, rows: list[Booking]) -> list[BookingInfo]:
    """Records of ``rows`` with their series descriptions, in one extra query at most."""
    series_ids = {r.series_id for r in rows if r.series_id is not None}
    series = (
        {x.id: x for x in s.scalars(select(BookingSeries).where(BookingSeries.id.in_(series_ids)))}
        if series_ids
        else {}
    )
    return [booking_info(r, series.get(r.series_id or 0)) for r in rows]


def not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("Messages", "This booking no longer exists."))


class BookingPlans:
    """Read-only views of the bookings: one booking, the day of every room, a room's week."""

    def __init__(self, db: Database, clock: Clock, calendar: CalendarService) -> None:
        self._db = db
        self._clock = clock
        self._calendar = calendar

    def get(self, actor: StaffSession, booking_id: int) -> BookingInfo:
        with self._db.read() as s:
            row = s.scalar(select(Booking).options(*_loaded()).where(Booking.id == booking_id))
            if row is None or row.site_id != actor.site_id:
                raise not_found()
            return infos(s, [row])[0]

    def find_by_number(self, actor: StaffSession, raw: str) -> BookingInfo | None:
        """The booking whose number was typed or scanned, in this center, or ``None``."""
        number = parse_booking_number(raw)
        if number is None:
            return None
        with self._db.read() as s:
            row = s.scalar(
                select(Booking)
                .options(*_loaded())
                .where(Booking.number == number, Booking.site_id == actor.site_id)
            )
            return infos(s, [row])[0] if row is not None else None

    def series(self, actor: StaffSession, series_id: int) -> list[BookingInfo]:
        """Every date of a repeating booking, cancelled ones included, in date order."""
        with self._db.read() as s:
            rows = list(
                s.scalars(
                    select(Booking)
                    .options(*_loaded())
                    .where(Booking.series_id == series_id, Booking.site_id == actor.site_id)
                    .order_by(Booking.starts_at)
                )
            )
            return infos(s, rows)

    def pending(self, actor: StaffSession) -> list[BookingInfo]:
        """Bookings awaiting an administrator's approval that have not ended, soonest first."""
        with self._db.read() as s:
            rows = list(
                s.scalars(
                    select(Booking)
                    .options(*_loaded())
                    .where(
                        Booking.site_id == actor.site_id,
                        Booking.status == BookingStatus.PENDING.value,
                        Booking.ends_at > self._clock.now(),
                    )
                    .order_by(Booking.starts_at, Booking.id)
                )
            )
            return infos(s, rows)

    def day_plan(self, actor: StaffSession, day: date) -> list[RoomDay]:
        """Every active room on ``day`` with its active bookings, in display order."""
        with self._db.read() as s:
            rooms = list(
                s.scalars(
                    select(Room)
                    .where(Room.site_id == actor.site_id, Room.active.is_(True))
                    .order_by(Room.sort_order, Room.id)
                )
            )
            return self._plans(s, actor, rooms, [day])

    def week_plan(self, actor: StaffSession, room_id: int, first: date) -> list[RoomDay]:
        """One room on the seven days from ``first``."""
        with self._db.read() as s:
            room = s.get(Room, room_id)
            if room is None or room.site_id != actor.site_id:
                raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This room no longer exists."))
            return self._plans(s, actor, [room], [first + timedelta(days=n) for n in range(7)])

    def _plans(
        self, s: Session, actor: StaffSession, rooms: list[Room], days: list[date]
    ) -> list[RoomDay]:
        start = datetime.combine(days[0], time())
        end = datetime.combine(days[-1] + timedelta(days=1), time())
        rows = list(
            s.scalars(
                select(Booking)
                .options(*_loaded())
                .where(
                    Booking.room_id.in_([r.id for r in rooms]),
                    Booking.starts_at < end,
                    Booking.ends_at > start,
                    Booking.status.in_([st.value for st in ACTIVE_STATUSES]),
                )
                .order_by(Booking.starts_at, Booking.seat)
            )
        )
        records = infos(s, rows)
        closures = closures_between(s, actor.site_id, days[0], days[-1])
        holiday = self._calendar.calendar().public_holiday
        plans: list[RoomDay] = []
        for room in rooms:
            info = room_info(room)
            for day in days:
                plans.append(
                    RoomDay(
                        room=info,
                        day=day,
                        hours=info.spec.hours_on(day),
                        closed_reason=closure_on(info.spec, room.id, day, closures, holiday),
                        bookings=tuple(
                            b for b in records if b.room_id == room.id and b.starts_at.date() == day
                        ),
                    )
                )
        return plans
