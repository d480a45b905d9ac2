"""Figures and printed reports of a busy year: 100,000 visits, 20,000 cases, 10,000 bookings.

Measures what the desk and the director wait for: the Today page's figures (a day compared
with the day before), the Review page's month and year comparisons, the records behind a
figure, and the printed report (PDF with charts) of a day, a month and a year; plus peak
memory. The year is filled in bulk as in bench_ledgers.py. Writes JSON to
benchmarks/results/reports_<dialect>.json and prints it.

    python benchmarks/bench_reports.py [--visits 100000] [--cases 20000] [--bookings 10000]
                                       [--db URL]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from bench_ledgers import NOW, PASSWORD, USER, _passwords, fill
from bench_visitor_desk import timed

from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.periods import Period
from hall_desk.printing.report_pdf import render_report
from hall_desk.services import create_services
from hall_desk.translation import load_translator, message_translator

RESULTS = Path(__file__).with_name("results")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--bookings", type=int, default=10_000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="hd-bench-reports-"))
    db = Database(args.db or f"sqlite:///{work / 'bench.sqlite3'}")
    upgrade_to_head(db)
    start = time.perf_counter()
    scale = fill(db, args.visits, args.cases, args.bookings)
    scale["fill_seconds"] = round(time.perf_counter() - start, 1)
    services = create_services(db, FixedClock(NOW), _passwords())
    admin = services.staff.sign_in(USER, PASSWORD)
    label = message_translator(load_translator("zh_CN"))
    stats = services.stats
    day, month, year = Period.day(NOW.date()), Period.month(NOW.date()), Period.year(NOW.date())
    busy_day = Period.day(date(NOW.year, 6, 16))

    comparisons = {p: stats.compare(admin, p) for p in (day, month, year)}
    timings = {
        "today_page_figures": timed(lambda: stats.compare(admin, day), 30),
        "month_comparison": timed(lambda: stats.compare(admin, month), 10),
        "year_comparison": timed(lambda: stats.compare(admin, year), 5),
        "records_behind_a_day_of_visits": timed(
            lambda: stats.records(admin, busy_day, "visitors"), 20
        ),
        "records_behind_a_month_of_cases": timed(
            lambda: stats.records(admin, month, "cases.accepted"), 10
        ),
    }
    pdf_sizes = {}
    for name, period in (("day", day), ("month", month), ("year", year)):
        comparison = comparisons[period]
        pdf = render_report(comparison, label, printed_at=NOW, printed_by="测试员")
        pdf_sizes[name] = round(len(pdf) / 1024, 1)
        timings[f"report_pdf_{name}"] = timed(
            lambda c=comparison: render_report(c, label, printed_at=NOW), 5
        )
    timings = {k: v for k, v in timings.items() if v is not None}
    result = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "database": db.engine.dialect.name,
        "python": sys.version.split()[0],
        "scale": scale,
        "year_figures": {
            "visits": comparisons[year].current.visitors.visits,
            "cases_accepted": comparisons[year].current.cases.accepted,
            "bookings": comparisons[year].current.rooms.bookings,
        },
        "timings": timings,
        "report_pdf_kb": pdf_sizes,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    db.dispose()
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"reports_{result['database']}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
