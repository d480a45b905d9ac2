"""Concurrent desks: 8 processes booking the same slot and accepting cases at the same moment.

Each desk is its own process (multiprocessing ``spawn``) with its own engine, signed in as the
clerk, like tests/services/bookings/test_bookings_concurrent.py. Every round the desks meet at
a barrier;
then each books the same reading-room slot and accepts a case (half the desks book first, half
take the case first, so both writes contend with each other). Afterwards the database is asked
directly: overlapping active bookings (0 allowed), repeated case numbers (0 allowed), and every
outcome is sorted into won / refused as taken (a ``ConflictError``, the expected answer for the
losers) / any other desk message / unhandled exception (0 allowed). The audit hash chain, which
every desk extends at every commit, must still verify.

Runs on a new SQLite file and on PostgreSQL: a throwaway server is started (tests/pg_cluster.py)
unless ``--db`` names a PostgreSQL database; without the PostgreSQL binaries that part is skipped
with a note in the figures.

    python -m tests.trials.concurrent_desks [--rounds 50] [--desks 8] [--db URL] [--only sqlite]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError, DomainError
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.cases.case_intake import IntakeForm
from hall_desk.services.catalogue import ItemForm
from tests.trials.common import (
    NOW,
    RESULTS,
    audit_chain,
    migrated,
    open_services,
    set_up,
    sign_in_clerk,
    sqlite_url,
    write_figures,
)

MONDAY = date(2026, 11, 23)
ACTIVE = "('pending', 'confirmed', 'checked_in')"


def slot(number: int) -> tuple[datetime, datetime]:
    """Round ``number``'s reading-room slot: five 90-minute slots per weekday from Monday."""
    day, weekdays = MONDAY, number // 5
    while weekdays:
        day += timedelta(days=1)
        weekdays -= day.weekday() < 5
    start = datetime.combine(day, datetime.min.time()) + timedelta(hours=9 + 2 * (number % 5))
    return start, start + timedelta(minutes=90)


def _attempt(kind: str, call: Any) -> tuple[str, str, str]:
    try:
        return (kind, "won", call())
    except ConflictError as exc:
        return (kind, "taken" if kind == "booking" else "other_message", exc.render())
    except DomainError as exc:
        return (kind, "other_message", f"{type(exc).__name__}: {exc.render()}")
    except Exception as exc:
        return (kind, "unhandled", f"{type(exc).__name__}: {exc}")


def _desk(url: str, ids: dict[str, int], desk: int, rounds: int, barrier: Any, out: Any) -> None:
    """One desk: its own engine and services, signed in, booking and accepting every round."""
    rows: list[tuple[int, str, str, str, float, float]] = []
    try:
        services = open_services(url, FixedClock(NOW))
        actor = sign_in_clerk(services)
    except Exception as exc:  # reported to the parent
        barrier.abort()
        out.put((desk, [(-1, "start", "unhandled", f"{type(exc).__name__}: {exc}", 0.0, 0.0)]))
        return
    for number in range(rounds):
        start, end = slot(number)
        booking = BookingForm(
            room_id=ids["YL01"],
            starts_at=start,
            ends_at=end,
            booker_kind="partner",
            organisation=f"第{desk + 1}号共建单位",
            purpose="读书会",
            attendees=1,
            contact_name="赵老师",
            contact_phone="13812345678",
        )
        case = IntakeForm(
            item_id=ids["item"],
            name="张三",
            phone=f"139{desk:04d}{number:04d}",
            note=f"第{number}轮",
        )
        calls = [
            ("booking", lambda f=booking: services.bookings.book(actor, f).number),
            ("case", lambda f=case: services.cases.accept_case(actor, f).number),
        ]
        if desk % 2:
            calls.reverse()
        barrier.wait(timeout=300)
        for kind, call in calls:
            began = time.monotonic()
            rows.append((number, *_attempt(kind, call), began, time.monotonic()))
    services.db.dispose()
    out.put((desk, rows))


def _prepare(url: str) -> dict[str, int]:
    migrated(url)
    services = open_services(url)
    try:
        admin, _clerk = set_up(services)
        item = services.catalogue.add_item(
            admin, ItemForm("CD001", "居住证明", "社区居委会", "general", [], 3, True)
        )
        rooms = {r.spec.code: r.id for r in services.rooms.rooms(admin)}
        return {"item": item.id, "YL01": rooms["YL01"]}
    finally:
        services.db.dispose()


def trial(url: str, desks: int, rounds: int) -> dict[str, Any]:
    """Run the desks against ``url`` (a fresh database) and count what happened."""
    ids = _prepare(url)
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(desks)
    out = ctx.Queue()
    began = time.monotonic()
    procs = [
        ctx.Process(target=_desk, args=(url, ids, d, rounds, barrier, out)) for d in range(desks)
    ]
    for p in procs:
        p.start()
    collected = dict(out.get(timeout=600 + 30 * rounds) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    took = time.monotonic() - began
    outcomes = [(desk, *row) for desk, rows in collected.items() for row in rows]
    verdicts = Counter((o[2], o[3]) for o in outcomes)
    winners = Counter(o[1] for o in outcomes if o[2] == "booking" and o[3] == "won")
    spans = []
    for number in range(rounds):
        this = [o for o in outcomes if o[1] == number]
        if this:
            spans.append((max(o[6] for o in this) - min(o[5] for o in this)) * 1000)

    services = open_services(url)
    with services.db.engine.connect() as conn:
        double = conn.execute(
            text(
                "SELECT COUNT(*) FROM booking a JOIN booking b ON a.room_id = b.room_id"
                " AND a.seat = b.seat AND a.id < b.id AND a.starts_at < b.ends_at"
                f" AND b.starts_at < a.ends_at WHERE a.status IN {ACTIVE} AND b.status IN {ACTIVE}"
            )
        ).scalar_one()
        repeated = conn.execute(
            text(
                "SELECT COUNT(*) FROM (SELECT number FROM service_case GROUP BY number"
                " HAVING COUNT(*) > 1) AS d"
            )
        ).scalar_one()
        numbers = sorted(conn.execute(text("SELECT number FROM service_case")).scalars())
        bookings = conn.execute(text(f"SELECT COUNT(*) FROM booking WHERE status IN {ACTIVE}"))
        active = bookings.scalar_one()
    services.db.dispose()
    chain = audit_chain(url)
    running = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    unhandled = [o for o in outcomes if o[3] == "unhandled"]
    other = [o for o in outcomes if o[3] == "other_message"]
    return {
        "desks": desks,
        "rounds": rounds,
        "seconds_with_process_start": round(took, 1),
        "booking_attempts": sum(n for (k, _), n in verdicts.items() if k == "booking"),
        "bookings_won": verdicts[("booking", "won")],
        "rounds_with_exactly_one_winner": sum(1 for n in range(rounds) if winners[n] == 1),
        "refused_as_taken_handled": verdicts[("booking", "taken")],
        "active_bookings_in_database": active,
        "double_bookings": double,
        "case_attempts": sum(n for (k, _), n in verdicts.items() if k == "case"),
        "cases_accepted": verdicts[("case", "won")],
        "case_numbers_in_database": len(numbers),
        "duplicate_case_numbers": repeated,
        "case_number_gaps": (running[-1] - len(running)) if running else 0,
        "other_desk_messages": len(other),
        "unhandled_errors": len(unhandled),
        "audit_chain": chain,
        "examples": [str(o) for o in (unhandled + other)[:5]],
        "round_ms": {
            "median": round(statistics.median(spans or [0])),
            "max": round(max(spans or [0])),
        },
    }


def _postgres(url: str | None, desks: int, rounds: int) -> dict[str, Any]:
    if url is not None:
        return trial(url, desks, rounds)
    from tests.pg_cluster import ThrowawayPostgres

    reason = ThrowawayPostgres.available()
    if reason is not None:
        return {"skipped": f"PostgreSQL unavailable: {reason}"}
    server = ThrowawayPostgres.temporary()
    server.start()
    try:
        return {**trial(server.create_database("hd_trials"), desks, rounds), "server": "throwaway"}
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--db", help="an empty database to use instead of a new one")
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the JSON goes")
    args = parser.parse_args(argv)
    given = args.db or ""
    figures: dict[str, Any] = {}
    if args.only != "postgresql":
        work = Path(tempfile.mkdtemp(prefix="hd-desks-"))
        url = given if given.startswith("sqlite") else sqlite_url(work / "desks.sqlite3")
        figures["sqlite"] = trial(url, args.desks, args.rounds)
    if args.only != "sqlite":
        pg = given if given.startswith("postgresql") else None
        figures["postgresql"] = _postgres(pg, args.desks, args.rounds)
    out = write_figures("concurrent_desks", figures, args.results)
    failed = False
    parts = []
    for name, f in figures.items():
        if "skipped" in f:
            parts.append(f"{name}: skipped ({f['skipped']})")
            continue
        bad = f["double_bookings"] + f["duplicate_case_numbers"] + f["unhandled_errors"]
        failed |= bool(bad) or f["rounds_with_exactly_one_winner"] != f["rounds"]
        failed |= f["audit_chain"]["ok"] is False
        parts.append(
            f"{name}: {f['desks']} desks x {f['rounds']} rounds, double bookings "
            f"{f['double_bookings']}, duplicate case numbers {f['duplicate_case_numbers']}, "
            f"unhandled errors {f['unhandled_errors']} ({f['refused_as_taken_handled']} "
            f"refused as taken), audit chain ok {f['audit_chain']['ok']}"
        )
    print("concurrent desks: " + "; ".join(parts) + f" -> {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
