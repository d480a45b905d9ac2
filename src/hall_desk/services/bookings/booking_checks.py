"""What a booking form must hold, and finding a free slot or seat inside the transaction.

The checks here run inside the booking service's write transaction, after the room is
locked, so what they find cannot change before the booking is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import Activity, ActivitySession
from hall_desk.db.models import Resident, Site
from hall_desk.db.room_models import Booking, BookingCounter, Room
from hall_desk.domain.bookings import (
    ACTIVE_STATUSES,
    BOOKING_STATUS_LABELS,
    SEAT_PURPOSE,
    BookerKind,
    BookingChannel,
    BookingStatus,
    check_attendees,
    check_slot,
    format_booking_number,
    free_seat,
    minute_of,
)
from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.phones import parse_phone
from hall_desk.domain.rooms import RoomSpec, format_minute
from hall_desk.domain.text import clean_text
from hall_desk.services.bookings.booking_records import not_found
from hall_desk.services.numbering import take_running_number
from hall_desk.services.session import StaffSession

MAX_PURPOSE = 60
MAX_ORGANISATION = 60
MAX_CONTACT_NAME = 40
MAX_NOTE = 200
ACTIVE = [s.value for s in ACTIVE_STATUSES]
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
class CleanBooking:
    """The form after its checks: canonical text, phone and counts."""

    kind: BookerKind
    resident_id: int | None
    organisation: str
    purpose: str
    attendees: int
    contact_name: str
    contact_phone: str
    channel: BookingChannel
    note: str


def slot_label(start: datetime, end: datetime) -> str:
    day = start.date()
    start_text = format_minute(minute_of(start, day))
    return f"{day.isoformat()} {start_text}-{format_minute(minute_of(end, day))}"


def validate_booking(
    s: Session,
    form: BookingForm,
    spec: RoomSpec,
    room_id: int,
    now: datetime,
    closed: dict[str, Any],
    *,
    site_id: int,
    check_time: bool = True,
) -> CleanBooking:
    """Every field of the form; all problems are reported at once.

    The resident must be one of ``site_id``'s: another center's is refused exactly as one
    that does not exist, so a desk learns nothing about other centers' residents.

    ``closed`` holds the closures and public holidays for :func:`check_slot`; with
    ``check_time`` False (a repeat, whose dates are checked one by one) only the order of
    start and end is checked.
    """
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
                **closed,
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
    if resident is not None and resident.site_id != site_id:
        resident = None
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
    # A study-room seat is for studying: it needs no purpose (it is 自习).
    purpose = attempt(lambda: clean_text(
        form.purpose, field="booking_purpose", max_length=MAX_PURPOSE,
        what=QT_TRANSLATE_NOOP("Messages", "the purpose"), required=not spec.by_seat,
    ))  # fmt: skip
    if spec.by_seat and purpose == "":
        purpose = SEAT_PURPOSE
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
                QT_TRANSLATE_NOOP("Messages", "Please enter a phone number to reach the booker."),
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
        attempt(lambda: check_seat(spec, form.seat or 0))
    try:
        channel = BookingChannel(form.channel)
    except ValueError:
        channel = BookingChannel.COUNTER
    if errors:
        raise ValidationError.many(errors)
    return CleanBooking(
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


def overlapping(
    s: Session, room_id: int, start: datetime, end: datetime, exclude: int | None = None
) -> list[Booking]:
    query = select(Booking).where(
        Booking.room_id == room_id,
        Booking.status.in_(ACTIVE),
        Booking.starts_at < end,
        Booking.ends_at > start,
    )
    if exclude is not None:
        query = query.where(Booking.id != exclude)
    return list(s.scalars(query.order_by(Booking.starts_at)))


def take_slot(
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
    clash = overlapping(s, room.id, start, end, exclude)
    if not spec.by_seat:
        if clash:
            other = clash[0]
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{room} is already booked {slot} by {booker} (booking {number}).",
                ),
                room=room.name,
                slot=slot_label(other.starts_at, other.ends_at),
                booker=booker_name(s, other),
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
                slot=slot_label(taken[0].starts_at, taken[0].ends_at),
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
            slot=slot_label(start, end),
        )
    return chosen


def check_seat(spec: RoomSpec, seat: int) -> None:
    """A seat asked for by number must exist; a room booked whole ignores the seat."""
    if spec.by_seat and not 1 <= seat <= spec.seats:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{room} has seats 1 to {seats}."),
            field="booking_seat",
            room=spec.name,
            seats=spec.seats,
        )


def booker_name(s: Session, row: Booking) -> str:
    if row.resident_id is not None:
        resident = s.get(Resident, row.resident_id)
        if resident is not None:
            return resident.name
    return row.organisation or row.contact_name or row.purpose


def bookable_room(s: Session, actor: StaffSession, room_id: int | None) -> Room:
    """The chosen room of the actor's center, if it still takes bookings."""
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


def lock_room(s: Session, actor: StaffSession, room_id: int | None) -> Room:
    """The room, locked against other desks' bookings of it until this transaction ends."""
    room = bookable_room(s, actor, room_id)
    if s.get_bind().dialect.name == "postgresql":
        s.execute(select(Room.id).where(Room.id == room.id).with_for_update())
    return room


def find_booking(s: Session, actor: StaffSession, booking_id: int, *, lock: bool) -> Booking:
    """A booking of the actor's center, locked on PostgreSQL when it is about to change."""
    query = select(Booking).where(Booking.id == booking_id)
    if lock and s.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    row = s.scalar(query)
    if row is None or row.site_id != actor.site_id:
        raise not_found()
    return row


def insert_booking(
    s: Session,
    actor: StaffSession,
    room: Room,
    spec: RoomSpec,
    clean: CleanBooking,
    start: datetime,
    end: datetime,
    seat: int,
    now: datetime,
) -> Booking:
    """Add the booking with the center's next number; pending when the room needs approval."""
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
    flush_booking(s)
    s.refresh(row)
    return row


def flush_booking(s: Session) -> None:
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


def end_booking(row: Booking, status: BookingStatus, now: datetime, reason: str) -> None:
    """A booking ends (cancelled, declined, released): its slot is free again."""
    row.status = status.value
    row.ended_at = now
    row.end_reason = reason
    row.updated_at = now


def not_active(row: Booking) -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Messages", "Booking {number} has already ended ({status})."),
        number=row.number,
        status=BOOKING_STATUS_LABELS[BookingStatus(row.status)],
    )


def refuse_activity_booking(s: Session, row: Booking) -> None:
    """A session of an activity holds its room through this booking: it is moved or cancelled
    with the session on the activities page, so the two never drift apart."""
    held = s.execute(
        select(Activity.number, Activity.title)
        .join(ActivitySession, ActivitySession.activity_id == Activity.id)
        .where(ActivitySession.booking_id == row.id, ActivitySession.status == "planned")
    ).first()
    if held is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Booking {number} holds the room for a session of the activity {title} "
                "({activity}); change or cancel that session on the Activities page.",
            ),
            number=row.number,
            title=held.title,
            activity=held.number,
        )
