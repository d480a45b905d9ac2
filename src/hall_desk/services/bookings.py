"""Booking rooms and study seats, with no double booking ever.

Every write runs in one transaction that first makes sure no other desk is between its check
and its insert: on SQLite the write transaction began IMMEDIATE (one writer at a time); on
PostgreSQL the room's row is locked ``FOR UPDATE``. Inside, the slot rules are checked again
and overlapping active bookings are looked up, so the losing desk hears which booking it ran
into. Below that, the database refuses any overlap itself (see ``db.room_models``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Resident, Site
from hall_desk.db.room_models import Booking, BookingCounter, BookingSeries, Room
from hall_desk.domain.bookings import (
    ACTIVE_STATUSES,
    BOOKING_STATUS_LABELS,
    CHECK_IN_EARLY_MINUTES,
    BookerKind,
    BookingChannel,
    BookingStatus,
    HolidayName,
    RepeatRule,
    check_attendees,
    check_slot,
    format_booking_number,
    free_seat,
    minute_of,
    repeat_dates,
    shift_to,
)
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, Message, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.phones import parse_phone
from hall_desk.domain.rooms import RoomSpec, clean_text, format_minute
from hall_desk.services import audit
from hall_desk.services.booking_records import BookingInfo, infos, not_found
from hall_desk.services.calendar import CalendarService
from hall_desk.services.case_numbers import take_running_number
from hall_desk.services.rooms import closures_between, grace_minutes, room_spec
from hall_desk.services.session import StaffSession

MAX_PURPOSE = 60
MAX_ORGANISATION = 60
MAX_CONTACT_NAME = 40
MAX_NOTE = 200
_ACTIVE = [s.value for s in ACTIVE_STATUSES]
T = TypeVar("T")


@dataclass(frozen=True)
class BookingForm:
    """A booking as typed at the desk; ``seat`` None books the first free study seat."""

    room_id: int | None
    starts_at: datetime | None
    ends_at: datetime | None
    booker_kind: str = BookerKind.RESIDENT.value
    resident_id: int | None = None
    organisation: str = ""
    purpose: str = ""
    attendees: int | str = 1
    contact_name: str = ""
    contact_phone: str = ""
    channel: str = BookingChannel.COUNTER.value
    seat: int | None = None
    note: str = ""


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


@dataclass(frozen=True)
class _Clean:
    kind: BookerKind
    resident_id: int | None
    organisation: str
    purpose: str
    attendees: int
    contact_name: str
    contact_phone: str
    channel: BookingChannel
    note: str


def _slot_label(start: datetime, end: datetime) -> str:
    day = start.date()
    start_text = format_minute(minute_of(start, day))
    return f"{day.isoformat()} {start_text}-{format_minute(minute_of(end, day))}"


class BookingService:
    def __init__(self, db: Database, clock: Clock, calendar: CalendarService) -> None:
        self._db = db
        self._clock = clock
        self._calendar = calendar

    # -- booking -------------------------------------------------------------------------
    def book(self, actor: StaffSession, form: BookingForm) -> BookingInfo:
        """Book a room (or a study seat) for one span; pending when the room needs approval."""
        holidays = self._holidays()
        now = self._clock.now()
        with self._db.write() as s:
            room = self._lock_room(s, actor, form.room_id)
            spec = room_spec(room)
            clean = self._validate(s, actor, form, spec, room.id, now, holidays)
            assert form.starts_at is not None and form.ends_at is not None
            seat = self._take_slot(s, room, spec, form.starts_at, form.ends_at, form.seat)
            row = self._insert(s, actor, room, spec, clean, form.starts_at, form.ends_at, seat, now)
            audit.record(s, at=now, actor=actor, action="book", entity="booking",
                         entity_id=row.number, room=room.code, seat=seat,
                         starts_at=row.starts_at, ends_at=row.ends_at,
                         status=row.status)  # fmt: skip
            return infos(s, [row])[0]

    def preview_series(
        self, actor: StaffSession, form: BookingForm, rule: RepeatRule
    ) -> list[SeriesDate]:
        """Each date of a repeating booking and whether it can be booked now (nothing saved)."""
        holidays = self._holidays()
        now = self._clock.now()
        with self._db.read() as s:
            room = self._room(s, actor, form.room_id)
            spec = room_spec(room)
            self._validate(s, actor, form, spec, room.id, now, holidays, check_time=False)
            closed = self._closed(s, actor.site_id, holidays)
            return [
                self._series_date(s, room, spec, form, day, now, closed)
                for day in self._days(form, rule)
            ]

    def book_series(
        self,
        actor: StaffSession,
        form: BookingForm,
        rule: RepeatRule,
        *,
        skip_conflicts: bool,
    ) -> SeriesResult:
        """Book every date of a repeat in one transaction.

        With ``skip_conflicts`` the dates that cannot be booked are left out (and listed in the
        result); without it the first such date refuses the whole series and nothing is saved.
        """
        holidays = self._holidays()
        now = self._clock.now()
        with self._db.write() as s:
            room = self._lock_room(s, actor, form.room_id)
            spec = room_spec(room)
            clean = self._validate(s, actor, form, spec, room.id, now, holidays, check_time=False)
            closed = self._closed(s, actor.site_id, holidays)
            planned = [
                self._series_date(s, room, spec, form, day, now, closed)
                for day in self._days(form, rule)
            ]
            skipped = [d for d in planned if not d.free]
            if skipped and not skip_conflicts:
                problem = skipped[0].problem
                assert problem is not None
                raise ConflictError(problem.template, **problem.params)
            free = [d for d in planned if d.free]
            if not free:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "None of the {count} dates can be booked; nothing was saved."
                    ),
                    count=len(planned),
                )
            series = BookingSeries(
                site_id=actor.site_id,
                rule=json.dumps(
                    {
                        "frequency": rule.frequency.value,
                        "weekdays": sorted(rule.weekdays),
                        "until": rule.until.isoformat() if rule.until else None,
                        "count": rule.count,
                    }
                ),
                description=rule.describe()[:120],
                skipped=json.dumps([d.day.isoformat() for d in skipped]),
                created_at=now,
            )
            s.add(series)
            s.flush()
            rows = []
            for d in free:
                seat = self._take_slot(s, room, spec, d.starts_at, d.ends_at, form.seat)
                row = self._insert(s, actor, room, spec, clean, d.starts_at, d.ends_at, seat, now)
                row.series_id = series.id
                rows.append(row)
            s.flush()
            audit.record(s, at=now, actor=actor, action="book_series", entity="booking_series",
                         entity_id=series.id, room=room.code, dates=len(rows),
                         skipped=[d.day for d in skipped])  # fmt: skip
            return SeriesResult(series.id, infos(s, rows), skipped)

    def move(
        self,
        actor: StaffSession,
        booking_id: int,
        *,
        starts_at: datetime | None,
        ends_at: datetime | None,
        room_id: int | None = None,
        seat: int | None = None,
    ) -> BookingInfo:
        """Move or extend a booking to another span (and room); it keeps its number."""
        holidays = self._holidays()
        now = self._clock.now()
        with self._db.write() as s:
            row = self._booking(s, actor, booking_id, lock=True)
            if row.status not in _ACTIVE:
                raise _not_active(row)
            target = row.room_id if room_id is None else room_id
            room = self._lock_room(s, actor, target)
            spec = room_spec(room)
            if row.status == BookingStatus.CHECKED_IN and (
                target != row.room_id or starts_at != row.starts_at
            ):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Booking {number} is already checked in; it can only be extended.",
                    ),
                    number=row.number,
                )
            check_slot(
                spec,
                room.id,
                starts_at,
                ends_at,
                now=now,
                **self._closed(s, actor.site_id, holidays),
            )
            check_attendees(spec, row.attendees)
            if seat is not None:
                _check_seat(spec, seat)
            assert starts_at is not None and ends_at is not None
            keep = seat if seat is not None else (row.seat if target == row.room_id else None)
            new_seat = self._take_slot(s, room, spec, starts_at, ends_at, keep, exclude=row.id)
            before = (row.room_id, row.seat, row.starts_at, row.ends_at)
            row.room_id, row.seat = room.id, new_seat
            row.starts_at, row.ends_at = starts_at, ends_at
            if target != before[0] and row.status != BookingStatus.CHECKED_IN:
                # Approval follows the room: into a room that needs it, the booking waits
                # again (unless an administrator moved it); into one that does not, it stands.
                pending = spec.needs_approval and not actor.is_admin
                row.status = (BookingStatus.PENDING if pending else BookingStatus.CONFIRMED).value
            row.updated_at = now
            self._flush(s, row)
            s.refresh(row)
            audit.record(s, at=now, actor=actor, action="move", entity="booking",
                         entity_id=row.number, before=list(before),
                         after=[room.id, new_seat, starts_at, ends_at])  # fmt: skip
            return infos(s, [row])[0]

    # -- status changes -------------------------------------------------------------------
    def cancel(
        self, actor: StaffSession, booking_id: int, reason: str, *, whole_series: bool = False
    ) -> list[BookingInfo]:
        """Cancel a booking, or it and every later date of its series that has not begun.

        Returns every booking that ended, in date order.
        """
        text = clean_text(
            reason, field="booking_reason", what=QT_TRANSLATE_NOOP("Messages", "the reason"),
            max_length=MAX_NOTE,
        )  # fmt: skip
        now = self._clock.now()
        with self._db.write() as s:
            row = self._booking(s, actor, booking_id, lock=True)
            if row.status not in _ACTIVE:
                raise _not_active(row)
            rows = [row]
            if whole_series and row.series_id is not None:
                rows += list(
                    s.scalars(
                        select(Booking).where(
                            Booking.series_id == row.series_id,
                            Booking.id != row.id,
                            Booking.status.in_(_ACTIVE),
                            Booking.starts_at > now,
                            Booking.starts_at >= row.starts_at,
                        )
                    )
                )
            for r in rows:
                self._end(r, BookingStatus.CANCELLED, now, text)
            s.flush()
            audit.record(s, at=now, actor=actor, action="cancel", entity="booking",
                         entity_id=row.number, count=len(rows), series=whole_series,
                         reason=text)  # fmt: skip
            return infos(s, sorted(rows, key=lambda r: r.starts_at))

    def approve(self, actor: StaffSession, booking_id: int) -> BookingInfo:
        """An administrator confirms a booking that waited for approval."""
        actor.require_admin()
        return self._decide(actor, booking_id, BookingStatus.CONFIRMED, "")

    def decline(self, actor: StaffSession, booking_id: int, reason: str) -> BookingInfo:
        """An administrator turns a pending booking down; the slot is free again."""
        actor.require_admin()
        text = clean_text(
            reason, field="booking_reason", what=QT_TRANSLATE_NOOP("Messages", "the reason"),
            max_length=MAX_NOTE,
        )  # fmt: skip
        return self._decide(actor, booking_id, BookingStatus.DECLINED, text)

    def check_in(self, actor: StaffSession, booking_id: int) -> BookingInfo:
        """The booker arrived: from an hour before the start until the end."""
        now = self._clock.now()
        with self._db.write() as s:
            row = self._booking(s, actor, booking_id, lock=True)
            if row.status == BookingStatus.PENDING:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Booking {number} still awaits an administrator's approval; "
                        "it cannot be checked in yet.",
                    ),
                    number=row.number,
                )
            if row.status != BookingStatus.CONFIRMED:
                raise _not_active(row)
            opens = row.starts_at - timedelta(minutes=CHECK_IN_EARLY_MINUTES)
            if now < opens:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Check-in for booking {number} opens at {time} on {day}."
                    ),
                    number=row.number,
                    time=opens.strftime("%H:%M"),
                    day=opens.date().isoformat(),
                )
            if now >= row.ends_at:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "Booking {number} has already ended."),
                    number=row.number,
                )
            row.status = BookingStatus.CHECKED_IN.value
            row.checked_in_at = now
            row.updated_at = now
            audit.record(s, at=now, actor=actor, action="check_in", entity="booking",
                         entity_id=row.number)  # fmt: skip
            s.flush()
            return infos(s, [row])[0]

    def release_no_shows(self, site_id: int) -> list[str]:
        """Release confirmed bookings not checked in within the grace period; their numbers.

        Run by a timer inside the app and when it starts, so no outside scheduler is needed.
        """
        now = self._clock.now()
        with self._db.write() as s:
            grace = grace_minutes(s, site_id)
            rows = list(
                s.scalars(
                    select(Booking).where(
                        Booking.site_id == site_id,
                        Booking.status == BookingStatus.CONFIRMED.value,
                        Booking.starts_at <= now - timedelta(minutes=grace),
                    )
                )
            )
            for row in rows:
                self._end(row, BookingStatus.NO_SHOW, now, f"{grace}")
            if rows:
                audit.record(s, at=now, actor=None, site_id=site_id, action="release_no_shows",
                             entity="booking", numbers=[r.number for r in rows],
                             grace_minutes=grace)  # fmt: skip
            return [r.number for r in rows]

    # -- inside the transaction -----------------------------------------------------------
    def _decide(
        self, actor: StaffSession, booking_id: int, status: BookingStatus, reason: str
    ) -> BookingInfo:
        now = self._clock.now()
        with self._db.write() as s:
            row = self._booking(s, actor, booking_id, lock=True)
            if row.status != BookingStatus.PENDING:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Booking {number} is not awaiting approval any more."
                    ),
                    number=row.number,
                )
            if status is BookingStatus.DECLINED:
                self._end(row, status, now, reason)
            else:
                row.status = status.value
                row.updated_at = now
            row.decided_by_id = actor.staff_id
            row.decided_at = now
            audit.record(s, at=now, actor=actor, action=status.value, entity="booking",
                         entity_id=row.number, reason=reason)  # fmt: skip
            s.flush()
            return infos(s, [row])[0]

    @staticmethod
    def _end(row: Booking, status: BookingStatus, now: datetime, reason: str) -> None:
        row.status = status.value
        row.ended_at = now
        row.end_reason = reason
        row.updated_at = now

    def _room(self, s: Session, actor: StaffSession, room_id: int | None) -> Room:
        room = s.get(Room, room_id) if room_id is not None else None
        if room is None or room.site_id != actor.site_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please choose a room."), field="booking_room"
            )
        if not room.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{room} has been retired and takes no bookings."),
                field="booking_room",
                room=room.name,
            )
        return room

    def _lock_room(self, s: Session, actor: StaffSession, room_id: int | None) -> Room:
        """The room, locked against other desks' bookings of it until this transaction ends."""
        room = self._room(s, actor, room_id)
        if s.get_bind().dialect.name == "postgresql":
            s.execute(select(Room.id).where(Room.id == room.id).with_for_update())
        return room

    def _booking(self, s: Session, actor: StaffSession, booking_id: int, *, lock: bool) -> Booking:
        query = select(Booking).where(Booking.id == booking_id)
        if lock and s.get_bind().dialect.name == "postgresql":
            query = query.with_for_update()
        row = s.scalar(query)
        if row is None or row.site_id != actor.site_id:
            raise not_found()
        return row

    def _holidays(self) -> HolidayName:
        """The public holidays, read before any write begins (reading may seed the calendar)."""
        return self._calendar.calendar().public_holiday

    def _closed(self, s: Session, site_id: int, holidays: HolidayName) -> dict[str, Any]:
        """What closes rooms from today on: closures and the public holidays."""
        today = self._clock.now().date()
        return {
            "closures": closures_between(s, site_id, today - timedelta(days=1), date.max),
            "holiday_name": holidays,
        }

    def _validate(
        self,
        s: Session,
        actor: StaffSession,
        form: BookingForm,
        spec: RoomSpec,
        room_id: int,
        now: datetime,
        holidays: HolidayName,
        *,
        check_time: bool = True,
    ) -> _Clean:
        """Every field of the form; all problems are reported at once."""
        errors: list[ValidationError] = []

        def attempt(check: Callable[[], T]) -> T | None:
            try:
                return check()
            except ValidationError as exc:
                errors.append(exc)
                return None

        if check_time:
            attempt(
                lambda: check_slot(
                    spec, room_id, form.starts_at, form.ends_at, now=now,
                    **self._closed(s, actor.site_id, holidays),
                )
            )  # fmt: skip
        elif form.starts_at is None or form.ends_at is None or form.ends_at <= form.starts_at:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Please enter a start and a later end time."),
                    field="booking_time",
                )
            )
        try:
            kind = BookerKind(form.booker_kind)
        except ValueError:
            kind = BookerKind.RESIDENT
        resident = s.get(Resident, form.resident_id) if form.resident_id is not None else None
        if form.resident_id is not None and resident is None:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "The resident chosen no longer exists."),
                    field="booking_resident",
                )
            )
        organisation = attempt(lambda: clean_text(
            form.organisation, field="booking_organisation", max_length=MAX_ORGANISATION,
            what=QT_TRANSLATE_NOOP("Messages", "the organisation"),
            required=kind is BookerKind.PARTNER,
        ))  # fmt: skip
        purpose = attempt(lambda: clean_text(
            form.purpose, field="booking_purpose", max_length=MAX_PURPOSE,
            what=QT_TRANSLATE_NOOP("Messages", "the purpose"),
        ))  # fmt: skip
        contact_name = attempt(lambda: clean_text(
            form.contact_name, field="booking_contact_name", max_length=MAX_CONTACT_NAME,
            what=QT_TRANSLATE_NOOP("Messages", "the contact's name"), required=False,
        ))  # fmt: skip
        if (
            kind is BookerKind.RESIDENT
            and form.resident_id is None
            and not contact_name
            and not any(e.field == "booking_contact_name" for e in errors)
        ):
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Please find the resident, or enter the name of the person booking.",
                    ),
                    field="booking_resident",
                )
            )
        phone = ""
        if form.contact_phone.strip():
            try:
                phone = parse_phone(form.contact_phone).canonical
            except ValidationError as exc:
                template, params = exc.message.template, exc.message.params
                errors.append(ValidationError(template, field="booking_contact_phone", **params))
        elif resident is not None and resident.phone:
            phone = resident.phone
        elif kind is not BookerKind.STAFF:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Please enter a phone number to reach the booker."
                    ),
                    field="booking_contact_phone",
                )
            )
        attendees: int | None = None
        try:
            attendees = int(str(form.attendees).strip())
        except ValueError:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Please enter how many people are expected."),
                    field="booking_attendees",
                )
            )
        if attendees is not None:
            count = attendees
            attempt(lambda: check_attendees(spec, count))
        note = attempt(lambda: clean_text(
            form.note, field="booking_note", max_length=MAX_NOTE,
            what=QT_TRANSLATE_NOOP("Messages", "the note"), required=False,
        ))  # fmt: skip
        if form.seat is not None:
            attempt(lambda: _check_seat(spec, form.seat or 0))
        try:
            channel = BookingChannel(form.channel)
        except ValueError:
            channel = BookingChannel.COUNTER
        if errors:
            raise ValidationError.many(errors)
        return _Clean(
            kind=kind,
            resident_id=resident.id if resident is not None else None,
            organisation=organisation or "",
            purpose=purpose or "",
            attendees=attendees or 1,
            contact_name=contact_name or (resident.name if resident is not None else ""),
            contact_phone=phone,
            channel=channel,
            note=note or "",
        )

    @staticmethod
    def _overlapping(
        s: Session, room_id: int, start: datetime, end: datetime, exclude: int | None = None
    ) -> list[Booking]:
        query = select(Booking).where(
            Booking.room_id == room_id,
            Booking.status.in_(_ACTIVE),
            Booking.starts_at < end,
            Booking.ends_at > start,
        )
        if exclude is not None:
            query = query.where(Booking.id != exclude)
        return list(s.scalars(query.order_by(Booking.starts_at)))

    def _take_slot(
        self,
        s: Session,
        room: Room,
        spec: RoomSpec,
        start: datetime,
        end: datetime,
        seat: int | None,
        *,
        exclude: int | None = None,
    ) -> int:
        """The seat (0 for a whole room) this span gets; ``ConflictError`` if it is taken."""
        clash = self._overlapping(s, room.id, start, end, exclude)
        if not spec.by_seat:
            if clash:
                other = clash[0]
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{room} is already booked {slot} by {booker} (booking {number}).",
                    ),
                    room=room.name,
                    slot=_slot_label(other.starts_at, other.ends_at),
                    booker=_booker_name(s, other),
                    number=other.number,
                )
            return 0
        if seat is not None:
            taken = [b for b in clash if b.seat == seat]
            if taken:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Seat {seat} of {room} is already booked {slot} (booking {number}).",
                    ),
                    seat=seat,
                    room=room.name,
                    slot=_slot_label(taken[0].starts_at, taken[0].ends_at),
                    number=taken[0].number,
                )
            return seat
        chosen = free_seat([b.seat for b in clash], spec.seats)
        if chosen is None:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages", "All {seats} seats of {room} are already booked for {slot}."
                ),
                seats=spec.seats,
                room=room.name,
                slot=_slot_label(start, end),
            )
        return chosen

    def _insert(
        self,
        s: Session,
        actor: StaffSession,
        room: Room,
        spec: RoomSpec,
        clean: _Clean,
        start: datetime,
        end: datetime,
        seat: int,
        now: datetime,
    ) -> Booking:
        site = s.get(Site, actor.site_id)
        assert site is not None
        running = take_running_number(s, BookingCounter, actor.site_id, start.year)
        pending = spec.needs_approval and not actor.is_admin
        row = Booking(
            site_id=actor.site_id,
            number=format_booking_number(site.code, start.year, running),
            room_id=room.id,
            seat=seat,
            starts_at=start,
            ends_at=end,
            status=(BookingStatus.PENDING if pending else BookingStatus.CONFIRMED).value,
            booker_kind=clean.kind.value,
            resident_id=clean.resident_id,
            organisation=clean.organisation,
            purpose=clean.purpose,
            attendees=clean.attendees,
            contact_name=clean.contact_name,
            contact_phone=clean.contact_phone,
            channel=clean.channel.value,
            note=clean.note,
            clerk_id=actor.staff_id,
            created_at=now,
            updated_at=now,
            end_reason="",
        )
        s.add(row)
        self._flush(s, row)
        s.refresh(row)
        return row

    @staticmethod
    def _flush(s: Session, row: Booking) -> None:
        """Flush, turning the database's own overlap refusal into the desk's message."""
        try:
            s.flush()
        except IntegrityError as exc:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This time is already booked: another desk saved a booking for it a moment "
                    "ago. Nothing was saved; please choose another time.",
                )
            ) from exc

    def _days(self, form: BookingForm, rule: RepeatRule) -> list[date]:
        if form.starts_at is None:
            return []
        return repeat_dates(rule, form.starts_at.date())

    def _series_date(
        self,
        s: Session,
        room: Room,
        spec: RoomSpec,
        form: BookingForm,
        day: date,
        now: datetime,
        closed: dict[str, Any],
    ) -> SeriesDate:
        """One date of a series checked like a single booking; ``closed`` from ``_closed``."""
        assert form.starts_at is not None and form.ends_at is not None
        start, end = shift_to(day, form.starts_at, form.ends_at)
        try:
            check_slot(spec, room.id, start, end, now=now, **closed)
            self._take_slot(s, room, spec, start, end, form.seat)
        except (ValidationError, ConflictError) as exc:
            return SeriesDate(day, start, end, exc.message)
        return SeriesDate(day, start, end)


def _check_seat(spec: RoomSpec, seat: int) -> None:
    """A seat asked for by number must exist; a room booked whole ignores the seat."""
    if spec.by_seat and not 1 <= seat <= spec.seats:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{room} has seats 1 to {seats}."),
            field="booking_seat",
            room=spec.name,
            seats=spec.seats,
        )


def _booker_name(s: Session, row: Booking) -> str:
    if row.resident_id is not None:
        resident = s.get(Resident, row.resident_id)
        if resident is not None:
            return resident.name
    return row.organisation or row.contact_name or row.purpose


def _not_active(row: Booking) -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Messages", "Booking {number} has already ended ({status})."),
        number=row.number,
        status=BOOKING_STATUS_LABELS[BookingStatus(row.status)],
    )
