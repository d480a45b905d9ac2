"""The center's function rooms, their closures and the booking settings, kept by administrators."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hall_desk.bundled import default_rooms
from hall_desk.db.database import Database
from hall_desk.db.room_models import Booking, Room, RoomClosure, SiteSetting
from hall_desk.domain.bookings import ACTIVE_STATUSES, DEFAULT_GRACE_MINUTES, MAX_GRACE_MINUTES
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.rooms import (
    Closure,
    RoomKind,
    RoomSpec,
    clean_closure,
    clean_room,
    format_hours,
    parse_hours,
)
from hall_desk.services import audit
from hall_desk.services.session import StaffSession

GRACE_KEY = "booking.no_show_grace_minutes"


@dataclass(frozen=True)
class RoomInfo:
    id: int
    spec: RoomSpec
    active: bool

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def by_seat(self) -> bool:
        return self.spec.by_seat


@dataclass(frozen=True)
class RoomForm:
    """A room as typed in the settings editor; hours are seven "08:30-20:00" texts."""

    code: str
    name: str
    kind: str
    capacity: int | str
    seats: int | str
    hours: tuple[str, ...]
    zone_24h: bool
    needs_approval: bool
    rules: str | tuple[str, ...] = ()


def room_spec(row: Room) -> RoomSpec:
    """The domain view of a stored room."""
    hours = tuple(parse_hours(text, day) for day, text in enumerate(json.loads(row.hours)))
    return RoomSpec(
        code=row.code,
        name=row.name,
        kind=RoomKind(row.kind),
        capacity=row.capacity,
        seats=row.seats,
        hours=hours,
        zone_24h=row.zone_24h,
        needs_approval=row.needs_approval,
        rules=tuple(json.loads(row.rules)),
    )


def room_info(row: Room) -> RoomInfo:
    return RoomInfo(id=row.id, spec=room_spec(row), active=row.active)


def _apply(row: Room, spec: RoomSpec) -> None:
    row.code = spec.code
    row.name = spec.name
    row.kind = spec.kind.value
    row.capacity = spec.capacity
    row.seats = spec.seats
    row.hours = json.dumps([format_hours(h) for h in spec.hours])
    row.zone_24h = spec.zone_24h
    row.needs_approval = spec.needs_approval
    row.rules = json.dumps(list(spec.rules), ensure_ascii=False)


def closures_between(s: Session, site_id: int, first: date, last: date) -> list[Closure]:
    """Closures of the center (any room) touching the days ``first`` to ``last``."""
    rows = s.scalars(
        select(RoomClosure)
        .where(
            RoomClosure.site_id == site_id,
            RoomClosure.first_day <= last,
            RoomClosure.last_day >= first,
        )
        .order_by(RoomClosure.first_day, RoomClosure.id)
    )
    return [
        Closure(first=r.first_day, last=r.last_day, reason=r.reason, room_id=r.room_id, id=r.id)
        for r in rows
    ]


def grace_minutes(s: Session, site_id: int) -> int:
    value = s.get(SiteSetting, (site_id, GRACE_KEY))
    try:
        return int(value.value) if value is not None else DEFAULT_GRACE_MINUTES
    except ValueError:
        return DEFAULT_GRACE_MINUTES


class RoomService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def ensure_default(self, site_id: int) -> int:
        """Give a center the shipped room list if it has no rooms yet; return how many."""
        with self._db.read() as s:
            if s.scalar(select(func.count()).where(Room.site_id == site_id)):
                return 0
        specs = default_rooms()
        now = self._clock.now()
        with self._db.write() as s:
            if s.scalar(select(func.count()).where(Room.site_id == site_id)):
                return 0
            for order, spec in enumerate(specs):
                row = Room(site_id=site_id, sort_order=order, active=True, updated_at=now)
                _apply(row, spec)
                s.add(row)
            audit.record(
                s, at=now, actor=None, site_id=site_id, action="seed", entity="room",
                count=len(specs),
            )  # fmt: skip
        return len(specs)

    def rooms(self, actor: StaffSession, *, include_retired: bool = False) -> list[RoomInfo]:
        """The center's rooms in display order; retired ones only when asked for."""
        self.ensure_default(actor.site_id)
        with self._db.read() as s:
            query = select(Room).where(Room.site_id == actor.site_id)
            if not include_retired:
                query = query.where(Room.active.is_(True))
            return [room_info(r) for r in s.scalars(query.order_by(Room.sort_order, Room.id))]

    def get(self, actor: StaffSession, room_id: int) -> RoomInfo:
        with self._db.read() as s:
            return room_info(self._row(s, actor, room_id))

    def add_room(self, actor: StaffSession, form: RoomForm) -> RoomInfo:
        actor.require_admin()
        spec = _clean(form)
        now = self._clock.now()
        with self._db.write() as s:
            self._check_unique(s, actor, spec)
            last = s.scalar(select(func.max(Room.sort_order)).where(Room.site_id == actor.site_id))
            row = Room(site_id=actor.site_id, sort_order=(last or 0) + 1, active=True)
            _apply(row, spec)
            row.updated_at = now
            s.add(row)
            s.flush()
            audit.record(s, at=now, actor=actor, action="add", entity="room", entity_id=row.id,
                         code=spec.code, name=spec.name)  # fmt: skip
            return room_info(row)

    def update_room(self, actor: StaffSession, room_id: int, form: RoomForm) -> RoomInfo:
        """Change a room; bookings already made keep their times (the desk sees any clash)."""
        actor.require_admin()
        spec = _clean(form)
        now = self._clock.now()
        with self._db.write() as s:
            row = self._row(s, actor, room_id)
            self._check_unique(s, actor, spec, room_id)
            if row.seats and spec.seats < row.seats:
                _check_seats_free(s, row, spec.seats, now)
            _apply(row, spec)
            row.updated_at = now
            audit.record(s, at=now, actor=actor, action="update", entity="room",
                         entity_id=room_id, code=spec.code)  # fmt: skip
            return room_info(row)

    def set_retired(self, actor: StaffSession, room_id: int, retired: bool) -> RoomInfo:
        """Retire a room (no new bookings; its history stays) or bring it back."""
        actor.require_admin()
        now = self._clock.now()
        with self._db.write() as s:
            row = self._row(s, actor, room_id)
            row.active = not retired
            row.updated_at = now
            audit.record(s, at=now, actor=actor, action="retire" if retired else "restore",
                         entity="room", entity_id=room_id)  # fmt: skip
            return room_info(row)

    # -- closures --------------------------------------------------------------------------
    def closures(self, actor: StaffSession, first: date, last: date) -> list[Closure]:
        with self._db.read() as s:
            return closures_between(s, actor.site_id, first, last)

    def add_closure(
        self,
        actor: StaffSession,
        room_id: int | None,
        first: date | None,
        last: date | None,
        reason: str,
    ) -> Closure:
        """Close one room (or, with ``room_id`` None, all rooms) for a day or a range of days."""
        actor.require_admin()
        closure = clean_closure(first, last, reason)
        now = self._clock.now()
        with self._db.write() as s:
            if room_id is not None:
                self._row(s, actor, room_id)
            row = RoomClosure(
                site_id=actor.site_id,
                room_id=room_id,
                first_day=closure.first,
                last_day=closure.last,
                reason=closure.reason,
                created_by_id=actor.staff_id,
                created_at=now,
            )
            s.add(row)
            s.flush()
            audit.record(s, at=now, actor=actor, action="add", entity="room_closure",
                         entity_id=row.id, room_id=room_id, first=closure.first,
                         last=closure.last, reason=closure.reason)  # fmt: skip
            return Closure(closure.first, closure.last, closure.reason, room_id, row.id)

    def remove_closure(self, actor: StaffSession, closure_id: int) -> None:
        actor.require_admin()
        now = self._clock.now()
        with self._db.write() as s:
            row = s.get(RoomClosure, closure_id)
            if row is None or row.site_id != actor.site_id:
                raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This closure no longer exists."))
            s.delete(row)
            audit.record(s, at=now, actor=actor, action="remove", entity="room_closure",
                         entity_id=closure_id)  # fmt: skip

    # -- settings --------------------------------------------------------------------------
    def grace_minutes(self, actor: StaffSession) -> int:
        """Minutes after the start a booking waits for check-in before it is released."""
        with self._db.read() as s:
            return grace_minutes(s, actor.site_id)

    def set_grace_minutes(self, actor: StaffSession, minutes: int | str) -> int:
        actor.require_admin()
        try:
            value = int(str(minutes).strip())
        except ValueError:
            value = -1
        if not 0 <= value <= MAX_GRACE_MINUTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The check-in grace period must be 0 to {max} minutes."
                ),
                field="grace_minutes",
                max=MAX_GRACE_MINUTES,
            )
        now = self._clock.now()
        with self._db.write() as s:
            row = s.get(SiteSetting, (actor.site_id, GRACE_KEY))
            if row is None:
                s.add(SiteSetting(site_id=actor.site_id, key=GRACE_KEY, value=str(value),
                                  updated_at=now))  # fmt: skip
            else:
                row.value = str(value)
                row.updated_at = now
            audit.record(s, at=now, actor=actor, action="set", entity="site_setting",
                         entity_id=GRACE_KEY, value=value)  # fmt: skip
        return value

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _row(s: Session, actor: StaffSession, room_id: int) -> Room:
        row = s.get(Room, room_id)
        if row is None or row.site_id != actor.site_id:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This room no longer exists."))
        return row

    @staticmethod
    def _check_unique(
        s: Session, actor: StaffSession, spec: RoomSpec, room_id: int | None = None
    ) -> None:
        clash = s.scalar(
            select(Room).where(
                Room.site_id == actor.site_id,
                or_(Room.code == spec.code, Room.name == spec.name),
                Room.id != (room_id or 0),
            )
        )
        if clash is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Another room already has the code {code} or the name {name}."
                ),
                field="room_code" if clash.code == spec.code else "room_name",
                code=clash.code,
                name=clash.name,
            )


def _clean(form: RoomForm) -> RoomSpec:
    return clean_room(
        code=form.code,
        name=form.name,
        kind=form.kind,
        capacity=form.capacity,
        seats=form.seats,
        hours=form.hours,
        zone_24h=form.zone_24h,
        needs_approval=form.needs_approval,
        rules=form.rules,
    )


def _check_seats_free(s: Session, row: Room, seats: int, now: datetime) -> None:
    """Fewer seats only when no future active booking sits on a seat that would go."""
    taken = s.scalar(
        select(func.max(Booking.seat)).where(
            Booking.room_id == row.id,
            Booking.seat > seats,
            Booking.ends_at > now,
            Booking.status.in_([st.value for st in ACTIVE_STATUSES]),
        )
    )
    if taken:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Seat {seat} still has bookings to come; move or cancel them before "
                "removing seats.",
            ),
            seat=taken,
        )
