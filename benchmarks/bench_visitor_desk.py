"""Visitor desk at the scale of a busy center: a year of visits, ~11,000 residents.

Measures what a clerk waits for: the returning-resident search (per keystroke), registering
a visit, and refreshing the hall and today's list; plus peak memory. Writes JSON to
benchmarks/results/visitor_desk.json and prints a summary.

    python benchmarks/bench_visitor_desk.py [--days 365] [--per-day 120] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import func, select

from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.db.models import Resident, Visit
from hall_desk.domain.clock import FixedClock
from hall_desk.services import create_services
from hall_desk.services.demo.demo import fill_demo
from hall_desk.services.passwords import Passwords
from hall_desk.services.staff import SetupForm
from hall_desk.services.visitors.visits import VisitForm

RESULTS = Path(__file__).with_name("results")


def timed(fn: Callable[[], object], rounds: int) -> dict[str, float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {
        "rounds": rounds,
        "p50_ms": round(statistics.median(samples), 3),
        "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 3),
        "max_ms": round(samples[-1], 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=120)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    args = parser.parse_args()

    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='hd-bench-')) / 'bench.sqlite3'}"
    db = Database(url)
    upgrade_to_head(db)
    clock = FixedClock(datetime(2026, 11, 20, 16, 0))
    passwords = Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    services = create_services(db, clock, passwords)
    admin = services.staff.set_up_center(
        SetupForm(
            "基准测试社区党群服务中心",
            "BM01",
            "bench",
            "测试员",
            "Desk-2024-perf",
            "Desk-2024-perf",
        )
    )

    start = time.perf_counter()
    demo = fill_demo(db, clock, passwords, days=args.days, visits_per_day=args.per_day)
    fill_seconds = time.perf_counter() - start
    with db.read() as s:
        residents = s.scalar(select(func.count(Resident.id))) or 0
        visits = s.scalar(select(func.count(Visit.id))) or 0
        sample = s.execute(
            select(Resident.name, Resident.phone, Resident.id_number).limit(2000)
        ).all()

    rng = random.Random(7)
    names = [n for n, _p, _i in sample]
    phones = [p for _n, p, _i in sample if p]
    ids = [i for _n, _p, i in sample if i]

    def pick(values: list[str]) -> str:
        return rng.choice(values)

    search = {
        "surname_1_char": timed(lambda: services.residents.search(admin, pick(names)[0]), 300),
        "full_name": timed(lambda: services.residents.search(admin, pick(names)), 300),
        "initials_2": timed(lambda: services.residents.search(admin, "zs"), 300),
        "phone_tail_4": timed(lambda: services.residents.search(admin, pick(phones)[-4:]), 300),
        "id_suffix_6": timed(lambda: services.residents.search(admin, pick(ids)[-6:]), 300),
        "full_id_scan": timed(lambda: services.residents.search(admin, pick(ids)), 300),
    }

    counter = iter(range(10**6))

    def register() -> None:
        n = next(counter)
        clock.advance(seconds=5)
        services.visits.register_visit(
            admin,
            VisitForm(
                name=f"基准{'甲乙丙丁戊己庚辛'[n % 8]}", phone=f"139{n:08d}", purposes=("errand",)
            ),
        )

    writes = {"register_visit": timed(register, 200)}
    refresh = {
        "in_hall": timed(lambda: services.visits.in_hall(admin), 50),
        "visits_today": timed(lambda: services.visits.visits_on(admin), 50),
        "day_summary": timed(lambda: services.visits.day_summary(admin), 50),
    }
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "database": db.engine.dialect.name,
        "scale": {
            "days": args.days,
            "residents": residents,
            "visits": visits,
            "demo_fill_seconds": round(fill_seconds, 1),
            "visits_today": len(services.visits.visits_on(admin)),
        },
        "search": search,
        "writes": writes,
        "refresh": refresh,
        "peak_rss_mb": round(peak_rss_mb, 1),
        "python": sys.version.split()[0],
    }
    db.dispose()
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"visitor_desk_{result['database']}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"written to {out}; demo added {demo.visits} visits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
