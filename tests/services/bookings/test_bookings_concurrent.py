"""Eight desks booking the same slot at the same moment: exactly one of them gets it.

Each desk is its own process (``spawn``) with its own engine, signed in as the clerk. Every
round the desks meet at a barrier and then all book one slot of the reading room; the losers
must hear "already booked" (the service's message naming the booking, or the database's own
refusal turned into the desk's message) and nothing else may go wrong. Further rounds send all
eight desks after "any free seat" of the study room, lowered to three seats: exactly three
win, on three different seats. Runs on a SQLite file and on PostgreSQL.
"""

from __future__ import annotations

import multiprocessing as mp
import statistics
import time
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import text

from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError
from hall_desk.domain.rooms import format_hours
from hall_desk.services import Services, create_services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.bookings.rooms import RoomForm
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from tests.conftest import CLERK_PASSWORD, NOW

DESKS = 8
ROOM_ROUNDS = 15
SEAT_ROUNDS = 5
STUDY_SEATS = 3
MONDAY = date(2026, 11, 23)
ACTIVE = "('pending', 'confirmed', 'checked_in')"
NAMED = "is already booked"  # "{room} is already booked {slot} by {booker} (booking {number})."
DATABASE_LEVEL = "This time is already booked"  # the database refused the overlap itself
ALL_SEATS = "seats of"  # "All 3 seats of {room} are already booked for {slot}."


def rounds() -> list[tuple[str, datetime, datetime]]:
    """Every round's room and slot: fifteen reading-room slots, then five study evenings."""
    out = []
    for r in range(ROOM_ROUNDS):
        start = datetime.combine(MONDAY + timedelta(days=r // 5), datetime.min.time())
        start += timedelta(hours=9 + 2 * (r % 5))
        out.append(("YL01", start, start + timedelta(minutes=90)))
    for r in range(SEAT_ROUNDS):
        start = datetime.combine(MONDAY + timedelta(days=r), datetime.min.time())
        start += timedelta(hours=20)
        out.append(("ZX01", start, start + timedelta(hours=2)))
    return out


def _desk(url: str, room_ids: dict[str, int], desk: int, barrier: Any, results: Any) -> None:
    """One desk: its own engine and services, signed in, booking once per round."""
    outcomes: list[tuple[int, str, str, int, float, float]] = []
    try:
        db = Database(url)
        passwords = Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        services = create_services(db, FixedClock(NOW), passwords)
        actor = services.staff.sign_in("li.clerk", CLERK_PASSWORD)
    except Exception as exc:  # reported to the parent, which fails the test
        barrier.abort()
        results.put((desk, [(-1, "error", f"{type(exc).__name__}: {exc}", 0, 0.0, 0.0)]))
        return
    for number, (code, start, end) in enumerate(rounds()):
        form = BookingForm(
            room_id=room_ids[code],
            starts_at=start,
            ends_at=end,
            booker_kind="partner",
            organisation=f"第{desk + 1}号共建单位",
            purpose="读书会",
            attendees=1,
            contact_name="赵老师",
            contact_phone="13812345678",
        )
        barrier.wait(timeout=120)
        began = time.monotonic()
        try:
            info = services.bookings.book(actor, form)
            outcome = (number, "won", info.number, info.seat)
        except ConflictError as exc:
            outcome = (number, "conflict", exc.render(), 0)
        except Exception as exc:
            outcome = (number, "error", f"{type(exc).__name__}: {exc}", 0)
        outcomes.append((*outcome, began, time.monotonic()))
    db.dispose()
    results.put((desk, outcomes))


def _lower_study_seats(services: Services, admin: StaffSession) -> dict[str, int]:
    rooms = {r.spec.code: r for r in services.rooms.rooms(admin)}
    spec = rooms["ZX01"].spec
    services.rooms.update_room(
        admin,
        rooms["ZX01"].id,
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
    return {code: rooms[code].id for code in ("YL01", "ZX01")}


def test_exactly_one_desk_wins_each_slot(
    db_url: str, services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    backend = services.db.url.get_backend_name()
    room_ids = _lower_study_seats(services, admin)
    services.db.dispose()
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(DESKS)
    results = ctx.Queue()
    began = time.monotonic()
    desks = [
        ctx.Process(target=_desk, args=(db_url, room_ids, d, barrier, results))
        for d in range(DESKS)
    ]
    for p in desks:
        p.start()
    collected = dict(results.get(timeout=300) for _ in desks)
    for p in desks:
        p.join(timeout=60)
    took = time.monotonic() - began

    outcomes = [(desk, *o) for desk, rows in collected.items() for o in rows]
    errors = [o for o in outcomes if o[2] == "error"]
    assert errors == []
    plan = rounds()
    assert len(outcomes) == DESKS * len(plan)
    winners_per_round: list[int] = []
    round_ms: list[float] = []
    messages: Counter[str] = Counter()
    wins_per_desk: Counter[int] = Counter()
    for number, (code, _start, _end) in enumerate(plan):
        this = [o for o in outcomes if o[1] == number]
        won = [o for o in this if o[2] == "won"]
        lost = [o for o in this if o[2] == "conflict"]
        winners_per_round.append(len(won))
        round_ms.append((max(o[6] for o in this) - min(o[5] for o in this)) * 1000)
        wins_per_desk.update(o[0] for o in won)
        if code == "YL01":
            assert len(won) == 1, f"round {number}: {this}"
            assert [o[4] for o in won] == [0]
        else:
            assert len(won) == STUDY_SEATS, f"round {number}: {this}"
            assert sorted(o[4] for o in won) == list(range(1, STUDY_SEATS + 1))
        assert len(lost) == DESKS - len(won)
        for o in lost:
            message = str(o[3])
            assert "already booked" in message, message
            kind = (
                "database-level"
                if DATABASE_LEVEL in message
                else "all seats taken"
                if ALL_SEATS in message
                else "named booking"
                if NAMED in message
                else "other"
            )
            messages[kind] += 1
        assert messages["other"] == 0

    with services.db.engine.connect() as conn:
        clashes = conn.execute(
            text(
                "SELECT a.number, b.number FROM booking a JOIN booking b"
                " ON a.room_id = b.room_id AND a.seat = b.seat AND a.id < b.id"
                " AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"
                f" WHERE a.status IN {ACTIVE} AND b.status IN {ACTIVE}"
            )
        ).all()
        per_room = dict(
            conn.execute(
                text(
                    "SELECT r.code, COUNT(*) FROM booking b JOIN room r ON r.id = b.room_id"
                    f" WHERE b.status IN {ACTIVE} GROUP BY r.code"
                )
            ).all()
        )
        numbers = conn.execute(text("SELECT COUNT(DISTINCT number), COUNT(*) FROM booking")).one()
    services.db.dispose()
    assert clashes == []
    assert per_room == {"YL01": ROOM_ROUNDS, "ZX01": SEAT_ROUNDS * STUDY_SEATS}
    assert numbers[0] == numbers[1] == ROOM_ROUNDS + SEAT_ROUNDS * STUDY_SEATS

    print(
        f"\n[{backend}] {DESKS} desks x {len(plan)} rounds ({ROOM_ROUNDS} same-slot, "
        f"{SEAT_ROUNDS} any-free-seat of {STUDY_SEATS}) in {took:.1f} s with process start;"
        f"\n  winners per round: {winners_per_round}"
        f"\n  round time ms: median {statistics.median(round_ms):.0f}, "
        f"max {max(round_ms):.0f}; wins per desk: {dict(sorted(wins_per_desk.items()))}"
        f"\n  refusals: {dict(messages)}; other exceptions: {len(errors)}"
    )
