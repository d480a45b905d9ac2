"""Case desk at the scale of a busy center: a year of cases taken in and moved on.

Measures what a clerk waits for: accepting a case (number, promised date, audit), the list
views with their counts, search by case number / name / phone tail, opening a case, and
rendering and archiving a slip in both layouts; plus peak memory. Writes JSON to
benchmarks/results/cases_<dialect>.json and prints a summary.

    python benchmarks/bench_cases.py [--days 365] [--cases-per-day 30] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from argon2 import PasswordHasher
from bench_visitor_desk import timed
from sqlalchemy import func, select

from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.db.models import ServiceCase
from hall_desk.domain.catalogue import ItemKind
from hall_desk.domain.clock import FixedClock
from hall_desk.printing.slips import SlipLayout
from hall_desk.services import create_services
from hall_desk.services.cases.case_intake import IntakeForm
from hall_desk.services.cases.case_lists import CaseQuery, CaseView
from hall_desk.services.demo.demo import fill_demo
from hall_desk.services.passwords import Passwords
from hall_desk.services.staff import SetupForm

RESULTS = Path(__file__).with_name("results")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--cases-per-day", type=int, default=30)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="hd-bench-cases-"))
    url = args.db or f"sqlite:///{work / 'bench.sqlite3'}"
    db = Database(url)
    upgrade_to_head(db)
    clock = FixedClock(datetime(2026, 11, 20, 16, 0))
    passwords = Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    services = create_services(db, clock, passwords, slips_dir=work / "slips")
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
    demo = fill_demo(
        db,
        clock,
        passwords,
        days=args.days,
        visits_per_day=40,
        cases_per_day=args.cases_per_day,
    )
    fill_seconds = time.perf_counter() - start
    with db.read() as s:
        total = s.scalar(select(func.count(ServiceCase.id))) or 0
        numbers = list(s.scalars(select(ServiceCase.number).limit(3000)))
    rng = random.Random(11)
    items = [i for i in services.catalogue.items(admin) if i.kind is ItemKind.GENERAL]

    def accept() -> None:
        clock.advance(seconds=20)
        item = rng.choice(items)
        services.cases.accept_case(
            admin,
            IntakeForm(
                item_id=item.id,
                name="基准居民",
                phone=f"139{rng.randrange(10**8):08d}",
                documents_received=item.documents,
            ),
        )

    writes = {"accept_case": timed(accept, 200)}
    lists = {
        view.value: timed(
            lambda v=view: services.case_lists.list_cases(admin, CaseQuery(view=v)), 30
        )
        for view in (CaseView.OPEN, CaseView.OVERDUE, CaseView.DUE_SOON, CaseView.ALL)
    }
    lists["view_counts"] = timed(lambda: services.case_lists.view_counts(admin), 30)
    search = {
        "case_number": timed(
            lambda: services.case_lists.list_cases(
                admin, CaseQuery(view=CaseView.ALL, text=rng.choice(numbers))
            ),
            100,
        ),
        "scan_and_open": timed(
            lambda: services.case_lists.find_by_number(admin, rng.choice(numbers)), 100
        ),
        "name_or_initials": timed(
            lambda: services.case_lists.list_cases(admin, CaseQuery(view=CaseView.ALL, text="zs")),
            30,
        ),
        "phone_tail": timed(
            lambda: services.case_lists.list_cases(
                admin, CaseQuery(view=CaseView.ALL, text="1234")
            ),
            30,
        ),
    }
    with db.read() as s:
        some_case = s.scalar(select(ServiceCase.id).order_by(ServiceCase.id.desc()))
    slips = {
        layout.value: timed(
            lambda lay=layout: services.slips.issue(admin, case_id=some_case, layout=lay), 30
        )
        for layout in SlipLayout
    }
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    dialect = db.engine.dialect.name
    result = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "database": dialect,
        "python": sys.version.split()[0],
        "scale": {
            "days": args.days,
            "cases": total,
            "demo_cases_accepted": demo.cases,
            "fill_seconds": round(fill_seconds, 1),
        },
        "writes": writes,
        "lists": lists,
        "search": search,
        "slip_issue": slips,
        "peak_rss_mb": round(peak_mb, 1),
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"cases_{dialect}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
