"""How the function rooms were booked and used in a period, and how long they were open.

A room's open hours are its opening hours on each day of the period (a room of the 24-hour
zone is open all day), leaving out the days it is closed by a closure or a public holiday,
by the same rule as the day plan (``domain.bookings.closure_on``). For a period still running
both open and used hours stop at a moment (``as_of``, now), so the share of open hours used
is not diluted by hours that have not come yet.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hall_desk.db.room_models import Booking, Room
from hall_desk.domain.bookings import ACTIVE_STATUSES, BookingStatus, HolidayName, closure_on
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import RoomFigures, RoomRow
from hall_desk.domain.rooms import Closure, RoomSpec
from hall_desk.services.bookings.rooms import closures_between, room_spec
from hall_desk.services.figures import stats_rules as rules
from hall_desk.services.figures.stats_rules import SqlDialect

_ACTIVE = frozenset(s.value for s in ACTIVE_STATUSES)


@dataclass
class _Tally:
    counts: Counter[str] = field(default_factory=Counter)
    seconds: Counter[str] = field(default_factory=Counter)
    used_after: float = 0.0
    """Seconds of checked-in bookings after the report's ``as_of``, not counted as used."""

    def count(self, *statuses: str) -> int:
        return sum(self.counts[s] for s in statuses)

    def hours(self, statuses: frozenset[str]) -> float:
        return sum(self.seconds[s] for s in statuses) / 3600


def open_hours(
    spec: RoomSpec,
    room_id: int,
    period: Period,
    closures: list[Closure],
    holiday: HolidayName,
    until: datetime | None = None,
) -> float:
    """Hours ``spec`` is open on the days of ``period`` (the study room once, not per seat),
    only those before ``until`` when given."""
    minutes = 0.0
    for day in period.dates():
        if until is not None and day > until.date():
            break
        if closure_on(spec, room_id, day, closures, holiday) is not None:
            continue
        hours = spec.hours_on(day)
        if hours is None:
            continue
        opens, closes = float(hours[0]), float(hours[1])
        if until is not None and day == until.date():
            closes = min(closes, until.hour * 60 + until.minute + until.second / 60)
        minutes += max(0.0, closes - opens)
    return minutes / 60


def _used_after(s: Session, site_id: int, period: Period, until: datetime) -> dict[int, float]:
    """Per room, the seconds of checked-in bookings of the period that lie after ``until``."""
    after: dict[int, float] = {}
    for room_id, starts_at, ends_at in s.execute(
        select(Booking.room_id, Booking.starts_at, Booking.ends_at).where(
            *rules.bookings_in(site_id, period),
            Booking.status == BookingStatus.CHECKED_IN.value,
            Booking.ends_at > until,
        )
    ):
        cut = (ends_at - max(starts_at, until)).total_seconds()
        after[room_id] = after.get(room_id, 0.0) + cut
    return after


def room_figures(
    s: Session,
    sql: SqlDialect,
    site_id: int,
    period: Period,
    holiday: HolidayName,
    as_of: datetime | None = None,
) -> RoomFigures:
    """Bookings starting in the period, per room and in total.

    ``bookings`` leaves out cancelled and declined ones (counted in ``cancelled``); booked
    hours are those of pending, confirmed and checked-in bookings, used hours those of
    checked-in ones. A study-room row counts seat-hours; in the total a seat-hour counts
    1/seats of a room-hour. Rooms: every active room in its order, then retired rooms that
    had bookings in the period; each listed room adds its open hours. With ``as_of`` (a
    period still running) used and open hours count only up to that moment.
    """
    tallies: dict[int, _Tally] = {}
    for room_id, status, count, seconds in s.execute(
        select(
            Booking.room_id,
            Booking.status,
            func.count(),
            func.coalesce(func.sum(sql.seconds(Booking.starts_at, Booking.ends_at)), 0),
        )
        .where(*rules.bookings_in(site_id, period))
        .group_by(Booking.room_id, Booking.status)
    ):
        tally = tallies.setdefault(room_id, _Tally())
        tally.counts[status] += int(count)
        tally.seconds[status] += round(float(seconds))
    if as_of is not None and as_of < period.end:
        for room_id, seconds in _used_after(s, site_id, period, as_of).items():
            tallies.setdefault(room_id, _Tally()).used_after += seconds

    rooms = [
        room
        for room in s.scalars(
            select(Room)
            .where(Room.site_id == site_id)
            .order_by(Room.active.desc(), Room.sort_order, Room.id)
        )
        if room.active or room.id in tallies
    ]
    closures = closures_between(s, site_id, period.first, period.last)
    rows: list[RoomRow] = []
    used_total = 0.0
    for room in rooms:
        spec = room_spec(room)
        tally = tallies.get(room.id, _Tally())
        used = tally.hours(frozenset({BookingStatus.CHECKED_IN.value})) - tally.used_after / 3600
        rows.append(
            RoomRow(
                key=room.code,
                label=room.name,
                seats=room.seats,
                bookings=sum(tally.counts.values()) - tally.count(*rules.CALLED_OFF),
                checked_in=tally.count(BookingStatus.CHECKED_IN.value),
                no_shows=tally.count(BookingStatus.NO_SHOW.value),
                cancelled=tally.count(*rules.CALLED_OFF),
                booked_hours=tally.hours(_ACTIVE),
                used_hours=used,
                open_hours=open_hours(spec, room.id, period, closures, holiday, as_of),
            )
        )
        used_total += used / room.seats if room.seats > 0 else used
    return RoomFigures(
        bookings=sum(r.bookings for r in rows),
        checked_in=sum(r.checked_in for r in rows),
        no_shows=sum(r.no_shows for r in rows),
        cancelled=sum(r.cancelled for r in rows),
        used_hours=used_total,
        open_hours=sum(r.open_hours for r in rows),
        per_room=tuple(rows),
    )
