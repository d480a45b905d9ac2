"""Never a double booking: a Hypothesis state machine over the real BookingService on SQLite.

The machine books, moves, extends, cancels, repeats, checks in and lets the clock run so that
no-shows are released. After every step it reads the booking table with plain SQL and checks
that no two active bookings of one room (or one study seat) overlap, that the study room never
holds more people than seats, and that the table agrees with a small model kept here. The model
also predicts every outcome on its own: a step must succeed exactly when the model says the
slot is free and valid, and be refused (``ValidationError`` / ``ConflictError``) otherwise.
"""

from __future__ import annotations

import itertools
import sqlite3
import time as timer
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import text

from hall_desk.db.database import Database
from hall_desk.domain.bookings import RepeatFrequency, clean_repeat
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.rooms import format_hours
from hall_desk.services import Services, create_services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.bookings.rooms import RoomForm
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from tests.conftest import NOW, add_clerk, set_up_center

READING = "YL01"  # booked whole: 08:30-20:00 on weekdays, 09:00-17:00 at weekends
STUDY = "ZX01"  # 24-hour zone, booked by seat
STUDY_SEATS = 3  # lowered from 40 so that every seat is taken now and then
READING_HOURS = {day: (510, 1200) if day < 5 else (540, 1020) for day in range(7)}
GRACE = timedelta(minutes=15)  # the default check-in grace period
CHECK_IN_EARLY = timedelta(minutes=60)
ACTIVE = ("pending", "confirmed", "checked_in")
SQL_ACTIVE = "('pending', 'confirmed', 'checked_in')"
MAX_SERIES_SPAN = 366

# Days ahead of "today" (of the moving clock), weighted towards the next two days so that
# bookings collide often; -1 is "around now", for check-ins, no-shows and walk-ins.
SOON = -1
days_ahead = st.sampled_from([SOON, SOON, SOON, 0, 1, 1, 1, 2, 3, 4, 5, 6])
quarters = st.integers(0, 51)
lengths = st.integers(1, 12)  # 15 minutes to 3 hours
picks = st.integers(0, 10**6)

# Outcome tallies over the whole run, printed at the end (pytest -s).
TALLY: Counter[str] = Counter()


@dataclass(frozen=True)
class Held:
    """What the model knows about one booking."""

    room: str
    seat: int
    start: datetime
    end: datetime
    status: str
    series: int | None
    number: str

    @property
    def active(self) -> bool:
        return self.status in ACTIVE


@dataclass
class Context:
    template: Path
    workdir: Path
    passwords: Passwords


def _copy(template: Path, target: Path) -> str:
    src, dst = sqlite3.connect(template), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return f"sqlite:///{target}"


def _minute(moment: datetime, day: date) -> int:
    return int((moment - datetime.combine(day, time())).total_seconds() // 60)


class BookingMachine(RuleBasedStateMachine):
    context: ClassVar[Context | None] = None
    _files = itertools.count()

    def __init__(self) -> None:
        super().__init__()
        context = type(self).context
        assert context is not None, "run through test_no_double_booking_ever"
        self.path = context.workdir / f"machine-{next(self._files)}.sqlite3"
        self.db = Database(_copy(context.template, self.path))
        self.clock = FixedClock(NOW)
        self.services = create_services(
            self.db, self.clock, context.passwords, slips_dir=context.workdir / "slips"
        )
        admin = set_up_center(self.services)
        self.clerk = add_clerk(self.services, admin)
        rooms = {r.spec.code: r for r in self.services.rooms.rooms(admin)}
        spec = rooms[STUDY].spec
        self.services.rooms.update_room(
            admin,
            rooms[STUDY].id,
            RoomForm(
                spec.code,
                spec.name,
                spec.kind.value,
                spec.capacity,
                STUDY_SEATS,
                tuple(format_hours(h) for h in spec.hours),
                spec.zone_24h,
                spec.needs_approval,
                spec.rules,
            ),
        )
        self.room_id = {code: rooms[code].id for code in (READING, STUDY)}
        self.room_code = {v: k for k, v in self.room_id.items()}
        self.holiday: Callable[[date], str | None] = (
            self.services.calendar.calendar().public_holiday
        )
        self.model: dict[int, Held] = {}

    def teardown(self) -> None:
        self.db.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    # -- the model -----------------------------------------------------------------------
    def span(self, room: str, ahead: int, quarter: int, length: int) -> tuple[datetime, datetime]:
        """A quarter-hour span: around the reading room's hours, or an evening in the study."""
        now = self.clock.now()
        if ahead == SOON:  # from half an hour ago to two hours ahead
            start = now.replace(minute=now.minute // 15 * 15, second=0)
            start += timedelta(minutes=15 * (quarter % 11 - 2))
            return start, start + timedelta(minutes=15 * length)
        day = now.date() + timedelta(days=ahead)
        first = 8 * 60 + 15 * quarter if room == READING else 17 * 60 + 15 * (quarter % 28)
        start = datetime.combine(day, time()) + timedelta(minutes=first)
        return start, start + timedelta(minutes=15 * length)

    def bookable(self, room: str, start: datetime, end: datetime) -> bool:
        """The slot rules, computed independently of ``check_slot``."""
        day = start.date()
        if end <= start or _minute(end, day) > 24 * 60 or end <= self.clock.now():
            return False
        if room == STUDY:
            return True
        if self.holiday(day) is not None:
            return False
        opens, closes = READING_HOURS[day.weekday()]
        return opens <= _minute(start, day) and _minute(end, day) <= closes

    def seat_for(
        self, room: str, seat: int | None, start: datetime, end: datetime, exclude: int = 0
    ) -> int | None:
        """The seat the booking gets (0 for the whole room), or None when it is taken."""
        clash = [
            h
            for i, h in self.model.items()
            if i != exclude and h.active and h.room == room and h.start < end and start < h.end
        ]
        if room == READING:
            return None if clash else 0
        taken = {h.seat for h in clash}
        if seat is not None:
            return None if seat in taken else seat
        return next((n for n in range(1, STUDY_SEATS + 1) if n not in taken), None)

    def pick(self, which: int, ids: list[int]) -> int:
        """Mostly an active booking (or one from ``ids``), now and then any booking."""
        pool = ids or [i for i, h in self.model.items() if h.active]
        if not pool or which % 10 == 0:
            pool = sorted(self.model)
        return pool[which // 10 % len(pool)]

    def form(self, room: str, start: datetime, end: datetime, seat: int | None) -> BookingForm:
        return BookingForm(
            room_id=self.room_id[room],
            starts_at=start,
            ends_at=end,
            contact_name="张三",
            contact_phone="13812345678",
            purpose="自习",
            attendees=1,
            seat=seat,
        )

    # -- rules ---------------------------------------------------------------------------
    @rule(
        room=st.sampled_from([READING, STUDY]),
        ahead=days_ahead,
        quarter=quarters,
        length=lengths,
        seat=st.none() | st.integers(0, STUDY_SEATS + 1),
    )
    def book(self, room: str, ahead: int, quarter: int, length: int, seat: int | None) -> None:
        start, end = self.span(room, ahead, quarter, length)
        self.book_and_compare(room, start, end, seat)

    @rule(
        quarter=st.integers(0, 3),
        length=st.integers(2, 8),
        seat=st.none() | st.none() | st.integers(1, STUDY_SEATS),
    )
    def crowd_the_study_room(self, quarter: int, length: int, seat: int | None) -> None:
        """Everybody wants a seat tomorrow evening: the three seats run out."""
        tomorrow = self.clock.now().date() + timedelta(days=1)
        start = datetime.combine(tomorrow, time(19)) + timedelta(minutes=15 * quarter)
        self.book_and_compare(STUDY, start, start + timedelta(minutes=15 * length), seat)

    def book_and_compare(self, room: str, start: datetime, end: datetime, seat: int | None) -> None:
        bad_seat = room == STUDY and seat is not None and not 1 <= seat <= STUDY_SEATS
        valid = not bad_seat and self.bookable(room, start, end)
        expected = self.seat_for(room, seat, start, end) if valid else None
        try:
            info = self.services.bookings.book(self.clerk, self.form(room, start, end, seat))
        except ValidationError:
            TALLY["book refused (invalid)"] += 1
            assert not valid, "the service refused a valid slot"
            return
        except ConflictError as exc:
            TALLY[
                "book refused (all seats taken)"
                if "All" in exc.render()
                else "book refused (taken)"
            ] += 1
            assert valid and expected is None, f"the service found a free slot taken: {exc}"
            assert "already booked" in exc.render()
            return
        TALLY[f"book {room}"] += 1
        assert valid and expected is not None, "the service booked a slot the model holds"
        assert info.seat == expected
        assert (info.starts_at, info.ends_at, info.status.value) == (start, end, "confirmed")
        self.model[info.id] = Held(room, info.seat, start, end, "confirmed", None, info.number)

    @precondition(lambda self: bool(self.model))
    @rule(
        which=picks,
        how=st.sampled_from(["extend", "move", "move", "other room"]),
        ahead=days_ahead,
        quarter=quarters,
        length=lengths,
        seat=st.none() | st.integers(1, STUDY_SEATS),
    )
    def move(
        self, which: int, how: str, ahead: int, quarter: int, length: int, seat: int | None
    ) -> None:
        booking_id = self.pick(which, [])
        held = self.model[booking_id]
        target = held.room
        if how == "extend":  # by -3 to +8 quarter hours
            start, end = held.start, held.end + timedelta(minutes=15 * (length - 4))
        else:
            if how == "other room":
                target = STUDY if held.room == READING else READING
            start, end = self.span(target, ahead, quarter, length)
        expected: int | None = None
        if not held.active or (
            held.status == "checked_in" and (target != held.room or start != held.start)
        ):
            outcome = "conflict"
        elif not self.bookable(target, start, end):
            outcome = "invalid"
        else:
            keep = seat if seat is not None else (held.seat if target == held.room else None)
            expected = self.seat_for(target, keep, start, end, exclude=booking_id)
            outcome = "conflict" if expected is None else "ok"
        try:
            info = self.services.bookings.move(
                self.clerk,
                booking_id,
                starts_at=start,
                ends_at=end,
                room_id=self.room_id[target],
                seat=seat,
            )
        except ValidationError:
            TALLY["move refused (invalid)"] += 1
            assert outcome == "invalid"
            return
        except ConflictError:
            TALLY["move refused (taken or ended)"] += 1
            assert outcome == "conflict"
            return
        TALLY[f"move ({how})"] += 1
        assert outcome == "ok", "the service moved a booking onto a slot the model holds"
        assert info.seat == expected and info.number == held.number
        assert (info.starts_at, info.ends_at) == (start, end)
        self.model[booking_id] = replace(held, room=target, seat=info.seat, start=start, end=end)

    @precondition(lambda self: bool(self.model))
    @rule(which=picks, whole_series=st.booleans())
    def cancel(self, which: int, whole_series: bool) -> None:
        booking_id = self.pick(
            which,
            [
                i
                for i, h in self.model.items()
                if h.active and h.series is not None and whole_series
            ],
        )
        held = self.model[booking_id]
        now = self.clock.now()
        expected = {booking_id}  # and with the series, its later dates that have not begun
        if whole_series and held.series is not None:
            expected |= {
                i
                for i, h in self.model.items()
                if h.series == held.series and h.active and h.start > now and h.start >= held.start
            }
        try:
            ended = self.services.bookings.cancel(
                self.clerk, booking_id, "居民临时有事", whole_series=whole_series
            )
        except ConflictError:
            TALLY["cancel refused (ended)"] += 1
            assert not held.active
            return
        TALLY["cancel series" if len(ended) > 1 else "cancel"] += 1
        assert held.active
        assert {b.id for b in ended} == expected
        for i in expected:
            self.model[i] = replace(self.model[i], status="cancelled")

    @rule(
        room=st.sampled_from([READING, STUDY]),
        ahead=days_ahead,
        quarter=quarters,
        length=lengths,
        seat=st.none() | st.integers(1, STUDY_SEATS + 1),
        weekly=st.booleans(),
        weekdays=st.frozensets(st.integers(0, 6), min_size=1, max_size=3),
        count=st.integers(1, 4),
        until=st.none() | st.integers(0, 10),
        skip_conflicts=st.booleans(),
    )
    def book_series(
        self,
        room: str,
        ahead: int,
        quarter: int,
        length: int,
        seat: int | None,
        weekly: bool,
        weekdays: frozenset[int],
        count: int,
        until: int | None,
        skip_conflicts: bool,
    ) -> None:
        start, end = self.span(room, ahead, quarter, length)
        first = start.date()
        last = first + timedelta(days=until if until is not None else MAX_SERIES_SPAN)
        repeat = clean_repeat(
            RepeatFrequency.WEEKLY.value if weekly else RepeatFrequency.DAILY.value,
            weekdays,
            None if until is None else last,
            None if until is not None else count,
            first,
        )
        # The dates, one day at a time: every matching day up to the end date or the count.
        dates: list[date] = []
        day = first
        while day <= last and len(dates) < (count if until is None else 200):
            if not weekly or day.weekday() in weekdays:
                dates.append(day)
            day += timedelta(days=1)
        plan: list[tuple[date, datetime, datetime, int | None]] = []
        for d in dates:
            shift = timedelta(days=(d - first).days)
            s, e = start + shift, end + shift
            plan.append(
                (d, s, e, self.seat_for(room, seat, s, e) if self.bookable(room, s, e) else None)
            )
        free = [p for p in plan if p[3] is not None]
        bad_seat = room == STUDY and seat is not None and seat > STUDY_SEATS
        try:
            result = self.services.bookings.book_series(
                self.clerk,
                self.form(room, start, end, seat),
                repeat,
                skip_conflicts=skip_conflicts,
            )
        except ValidationError:
            TALLY["series refused (invalid)"] += 1
            assert bad_seat
            return
        except ConflictError:
            TALLY["series refused (taken)"] += 1
            assert not bad_seat and (not free or (len(free) < len(plan) and not skip_conflicts))
            return
        TALLY["series booked"] += 1
        assert not bad_seat and free and (skip_conflicts or len(free) == len(plan))
        assert [(b.starts_at, b.ends_at, b.seat) for b in result.booked] == [
            (s, e, n) for _, s, e, n in free
        ]
        assert [d.day for d in result.skipped] == [p[0] for p in plan if p[3] is None]
        for b in result.booked:
            assert b.series_id == result.series_id
            self.model[b.id] = Held(
                room, b.seat, b.starts_at, b.ends_at, "confirmed", result.series_id, b.number
            )

    @precondition(lambda self: bool(self.model))
    @rule(which=picks)
    def check_in(self, which: int) -> None:
        now = self.clock.now()
        due = [
            i
            for i, h in self.model.items()
            if h.status == "confirmed" and h.start - CHECK_IN_EARLY <= now < h.end
        ]
        booking_id = self.pick(which, due)
        held = self.model[booking_id]
        allowed = held.status == "confirmed" and held.start - CHECK_IN_EARLY <= now < held.end
        try:
            info = self.services.bookings.check_in(self.clerk, booking_id)
        except ConflictError:
            TALLY["check-in refused"] += 1
            assert not allowed
            return
        TALLY["check in"] += 1
        assert allowed and info.status.value == "checked_in"
        self.model[booking_id] = replace(held, status="checked_in")

    @rule(minutes=st.sampled_from([5, 15, 30, 45, 60, 120, 240]))
    def let_time_pass(self, minutes: int) -> None:
        self.clock.advance(minutes=minutes)
        now = self.clock.now()
        late = {
            i for i, h in self.model.items() if h.status == "confirmed" and h.start <= now - GRACE
        }
        released = self.services.bookings.release_no_shows(self.clerk.site_id)
        TALLY["time passed"] += 1
        TALLY["no-shows released"] += len(released)
        assert sorted(released) == sorted(self.model[i].number for i in late)
        for i in late:
            self.model[i] = replace(self.model[i], status="no_show")

    # -- invariants, straight from the table ----------------------------------------------
    def query(self, sql: str, **params: object) -> list[tuple[object, ...]]:
        with self.db.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql), params)]

    @invariant()
    def no_two_active_bookings_overlap(self) -> None:
        clashes = self.query(
            "SELECT a.number, b.number FROM booking a JOIN booking b"
            " ON a.room_id = b.room_id AND a.seat = b.seat AND a.id < b.id"
            " AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"
            f" WHERE a.status IN {SQL_ACTIVE} AND b.status IN {SQL_ACTIVE}"
        )
        assert clashes == []

    @invariant()
    def seats_exist_and_are_never_overbooked(self) -> None:
        bad_seats = self.query(
            "SELECT b.number, b.seat, r.seats FROM booking b JOIN room r ON r.id = b.room_id"
            " WHERE (r.seats = 0 AND b.seat <> 0)"
            " OR (r.seats > 0 AND (b.seat < 1 OR b.seat > r.seats))"
        )
        assert bad_seats == []
        crowded = self.query(
            "SELECT a.number, COUNT(*) FROM booking a JOIN booking b ON b.room_id = a.room_id"
            " AND b.starts_at <= a.starts_at AND a.starts_at < b.ends_at"
            f" WHERE a.room_id = :study AND a.status IN {SQL_ACTIVE}"
            f" AND b.status IN {SQL_ACTIVE} GROUP BY a.id, a.number HAVING COUNT(*) > :seats",
            study=self.room_id[STUDY],
            seats=STUDY_SEATS,
        )
        assert crowded == []
        assert self.query("SELECT seats FROM room WHERE id = :id", id=self.room_id[STUDY]) == [
            (STUDY_SEATS,)
        ]

    @invariant()
    def the_table_agrees_with_the_model(self) -> None:
        rows = self.query(
            "SELECT id, room_id, seat, starts_at, ends_at, status, series_id, number FROM booking"
        )
        stored = {
            int(str(i)): Held(
                self.room_code[int(str(room))],
                int(str(seat)),
                datetime.fromisoformat(str(start)),
                datetime.fromisoformat(str(end)),
                str(status),
                None if series is None else int(str(series)),
                str(number),
            )
            for i, room, seat, start, end, status, series, number in rows
        }
        assert stored == self.model


def test_no_double_booking_ever(
    sqlite_template: Path, passwords: Passwords, tmp_path: Path
) -> None:
    BookingMachine.context = Context(sqlite_template, tmp_path, passwords)
    TALLY.clear()
    began = timer.perf_counter()
    try:
        run_state_machine_as_test(
            BookingMachine,
            settings=settings(
                max_examples=60,
                stateful_step_count=30,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow],
            ),
        )
    finally:
        BookingMachine.context = None
    took = timer.perf_counter() - began
    print(f"\nstate machine: {took:.1f} s; outcomes: {dict(sorted(TALLY.items()))}")
    # The run must really exercise both the successes and each kind of refusal.
    for outcome in (
        "book YL01",
        "book ZX01",
        "book refused (taken)",
        "book refused (invalid)",
        "move (move)",
        "series booked",
        "check in",
    ):
        assert TALLY[outcome] > 0, outcome


@pytest.mark.parametrize("seat", [0, STUDY_SEATS + 1])
def test_move_refuses_a_seat_the_study_room_does_not_have(
    services: Services, admin: StaffSession, clerk: StaffSession, seat: int
) -> None:
    study = next(r for r in services.rooms.rooms(admin) if r.spec.code == STUDY)
    spec = study.spec
    services.rooms.update_room(
        admin,
        study.id,
        RoomForm(
            spec.code,
            spec.name,
            spec.kind.value,
            spec.capacity,
            STUDY_SEATS,
            tuple(format_hours(h) for h in spec.hours),
            spec.zone_24h,
            spec.needs_approval,
            spec.rules,
        ),
    )
    evening = datetime(2026, 11, 23, 19)
    form = BookingForm(
        room_id=study.id,
        starts_at=evening,
        ends_at=evening + timedelta(hours=2),
        contact_name="张三",
        contact_phone="13812345678",
        purpose="自习",
    )
    for _ in range(STUDY_SEATS):  # every seat of the evening is taken
        services.bookings.book(clerk, form)
    earlier = services.bookings.book(
        clerk, replace(form, starts_at=evening - timedelta(hours=2), ends_at=evening)
    )
    with pytest.raises(ValidationError) as err:
        # Today this succeeds: a fourth person sits in the three-seat room on seat 0 or 4.
        services.bookings.move(
            clerk, earlier.id, starts_at=form.starts_at, ends_at=form.ends_at, seat=seat
        )
    assert [e.field for e in err.value.errors] == ["booking_seat"]
