"""Excel ledgers of a busy year: 100,000 visits, 20,000 cases and 10,000 room bookings.

The database is filled in bulk (executemany, not through the services: only the export is
measured). Then a month and the whole year are exported with every sheet (summary, visitors,
cases, bookings), each in a fresh process so that its peak memory is the export's own: with
rows streamed from the database into a constant-memory workbook, the year should cost about
as much memory as the month. Writes JSON to benchmarks/results/ledgers_<dialect>.json.

    python benchmarks/bench_ledgers.py [--visits 100000] [--cases 20000] [--bookings 10000]
                                       [--db URL]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import insert, select

from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.db.models import Resident, ServiceCase, ServiceItem, Visit, VisitPurposeRow
from hall_desk.db.room_models import Booking, Room
from hall_desk.domain.cases import CaseStatus, Rating
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.id_numbers import check_character
from hall_desk.domain.periods import Period
from hall_desk.domain.visits import VisitorCategory, VisitPurpose
from hall_desk.services import create_services
from hall_desk.services.figures.ledgers import LedgerKind
from hall_desk.services.passwords import Passwords
from hall_desk.services.staff import SetupForm

RESULTS = Path(__file__).with_name("results")
YEAR = 2026
NOW = datetime(YEAR, 12, 31, 18, 0)
USER, PASSWORD = "bench", "Desk-2024-perf"
CHUNK = 5000
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉梅华建国志红晓东海燕"
NOTES = ("", "", "", "", "", "代父母咨询高龄补贴", "带孩子来自习", "=SUM(A1:A9) 居民原话")


def _passwords() -> Passwords:
    return Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(db: Database, model: Any, rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    for batch in _chunks(rows):
        with db.write() as s:
            s.execute(insert(model), batch)
        count += len(batch)
    return count


def _moment(rng: random.Random, day: date) -> datetime:
    minutes = rng.randrange(8 * 60 + 30, 17 * 60 + 30)
    return datetime(day.year, day.month, day.day) + timedelta(minutes=minutes)


def fill(db: Database, visits: int, cases: int, bookings: int) -> dict[str, Any]:
    """A center of a whole year, inserted in bulk; returns how much of everything."""
    clock = FixedClock(NOW)
    services = create_services(db, clock, _passwords())
    admin = services.staff.set_up_center(
        SetupForm("基准测试社区党群服务中心", "BM01", USER, "测试员", PASSWORD, PASSWORD)
    )
    services.catalogue.ensure_default(admin.site_id)
    services.rooms.ensure_default(admin.site_id)
    site, staff = admin.site_id, admin.staff_id
    with db.read() as s:
        items = s.execute(select(ServiceItem.id, ServiceItem.office)).all()
        rooms = s.execute(select(Room.id, Room.seats)).all()
    rng = random.Random(11)
    days = [date(YEAR, 1, 1) + timedelta(days=d) for d in range(365)]
    people = max(visits // 5, 100)

    def residents() -> Iterator[dict[str, Any]]:
        for i in range(people):
            # The running number tells apart people born on the same day.
            birth = date(1940, 1, 1) + timedelta(days=(i // 1000) * 1200 + i % 7)
            body = f"140105{birth:%Y%m%d}{i % 1000:03d}"
            phone = f"13{rng.randrange(10**9):09d}"
            yield {
                "id": i + 1, "site_id": site, "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
                "id_kind": "resident_id", "id_number": body + check_character(body),
                "birth_date": birth, "phone": phone, "phone_tail": phone[-4:],
                "category": VisitorCategory.RESIDENT.value, "created_at": NOW, "updated_at": NOW,
            }  # fmt: skip

    categories = list(VisitorCategory)
    purposes = list(VisitPurpose)

    def visit_rows() -> Iterator[dict[str, Any]]:
        for i in range(visits):
            arrived = _moment(rng, days[i * len(days) // visits])
            yield {
                "id": i + 1, "site_id": site, "resident_id": rng.randrange(1, people + 1),
                "category": rng.choice(categories).value, "party_size": rng.choice((1, 1, 1, 2)),
                "note": rng.choice(NOTES), "arrived_at": arrived,
                "left_at": arrived + timedelta(minutes=rng.randrange(5, 120)),
                "registered_by_id": staff,
            }  # fmt: skip

    def purpose_rows() -> Iterator[dict[str, Any]]:
        for i in range(visits):
            for purpose in rng.sample(purposes, rng.choice((1, 1, 2))):
                yield {"visit_id": i + 1, "purpose": purpose.value}

    statuses = [CaseStatus.COMPLETED] * 14 + [
        CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_DOCS,
        CaseStatus.RETURNED, CaseStatus.REFUSED, CaseStatus.PAUSED,
    ]  # fmt: skip

    def case_rows() -> Iterator[dict[str, Any]]:
        for i in range(cases):
            item_id, office = rng.choice(items)
            accepted = _moment(rng, days[i * len(days) // cases])
            status = rng.choice(statuses)
            closed = accepted + timedelta(days=rng.randrange(0, 12))
            done = status is CaseStatus.COMPLETED
            yield {
                "site_id": site, "number": f"BM01-{YEAR}-{i + 1:05d}", "item_id": item_id,
                "resident_id": rng.randrange(1, people + 1), "status": status.value,
                "office": office, "clerk_id": staff, "accepted_at": accepted,
                "clock_start": accepted.date(), "time_limit_days": 7,
                "due_date": accepted.date() + timedelta(days=9),
                "agent_name": "李代办" if i % 9 == 0 else "",
                "agent_phone": "13900001111" if i % 9 == 0 else "",
                "closed_at": closed if done or status is CaseStatus.RETURNED else None,
                "rating": rng.choice(list(Rating)).value if done and i % 2 else None,
                "rated_at": closed if done and i % 2 else None, "updated_at": closed,
            }  # fmt: skip

    lanes = [(room_id, 0) for room_id, seats in rooms if not seats]
    lanes += [(room_id, seat) for room_id, seats in rooms if seats for seat in range(1, 11)]
    slots = ((9, 11), (14, 16), (19, 21))

    def booking_rows() -> Iterator[dict[str, Any]]:
        made = 0
        per_day = -(-bookings // len(days))  # spread over the year, rounded up
        for day in days:
            today = 0
            for room_id, seat in lanes:
                for start, end in slots:
                    if made == bookings or today == per_day:
                        break
                    today += 1
                    made += 1
                    at = datetime(day.year, day.month, day.day, start)
                    status = rng.choice(("checked_in", "checked_in", "no_show", "cancelled"))
                    yield {
                        "site_id": site, "number": f"BM01-B{YEAR}-{made:05d}",
                        "room_id": room_id, "seat": seat, "starts_at": at,
                        "ends_at": at.replace(hour=end), "status": status,
                        "booker_kind": "partner", "organisation": "城南小学", "purpose": "读书会",
                        "attendees": 12, "contact_name": "赵老师", "contact_phone": "13812345678",
                        "channel": "counter", "clerk_id": staff, "created_at": at,
                        "updated_at": at,
                        "checked_in_at": at if status == "checked_in" else None,
                    }  # fmt: skip

    start = time.perf_counter()
    made = {
        "residents": _insert(db, Resident, residents()),
        "visits": _insert(db, Visit, visit_rows()),
        "visit_purposes": _insert(db, VisitPurposeRow, purpose_rows()),
        "cases": _insert(db, ServiceCase, case_rows()),
        "bookings": _insert(db, Booking, booking_rows()),
    }
    made["fill_seconds"] = round(time.perf_counter() - start, 1)
    return made


def export_once(url: str, kind: str, out: Path) -> dict[str, Any]:
    """One export of every sheet, in this process (run as a child of ``main``)."""
    from hall_desk.translation import load_translator, translate_with

    label = translate_with(load_translator("zh_CN"), "Messages")
    db = Database(url)
    services = create_services(db, FixedClock(NOW), _passwords())
    admin = services.staff.sign_in(USER, PASSWORD)
    period = Period.year(NOW.date()) if kind == "year" else Period.month(NOW.date())
    kinds = list(LedgerKind)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    services.stats.compare(admin, period)
    summary_seconds = time.perf_counter() - start
    progress_calls = 0

    def progress(done: int, total: int) -> None:
        nonlocal progress_calls
        progress_calls += 1

    start = time.perf_counter()
    result = services.ledgers.export(admin, period, kinds, out, label=label, progress=progress)
    seconds = time.perf_counter() - start
    rows = sum(n for k, n in result.rows.items() if k is not LedgerKind.SUMMARY)
    db.dispose()
    return {
        "period": period.text(),
        "rows": {k.value: n for k, n in result.rows.items()},
        "seconds": round(seconds, 2),
        "stats_compare_seconds": round(summary_seconds, 2),
        "rows_per_second": round(rows / seconds),
        "output_mb": round(out.stat().st_size / 2**20, 2),
        "progress_calls": progress_calls,
        "rss_before_export_mb": round(baseline, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--bookings", type=int, default=10_000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    parser.add_argument("--export", choices=("month", "year"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.export:
        print(json.dumps(export_once(args.db, args.export, args.out)))
        return 0

    work = Path(tempfile.mkdtemp(prefix="hd-bench-ledgers-"))
    url = args.db or f"sqlite:///{work / 'bench.sqlite3'}"
    db = Database(url)
    upgrade_to_head(db)
    scale = fill(db, args.visits, args.cases, args.bookings)
    dialect = db.engine.dialect.name
    db.dispose()
    exports = {}
    for kind in ("month", "year"):
        child = subprocess.run(
            [sys.executable, __file__, "--db", url, "--export", kind,
             "--out", str(work / f"ledger-{kind}.xlsx")],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        exports[kind] = json.loads(child.stdout.strip().splitlines()[-1])
    result = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "database": dialect,
        "python": sys.version.split()[0],
        "scale": scale,
        "exports": exports,
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"ledgers_{dialect}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
