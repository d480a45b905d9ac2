"""Room booking at the scale of a busy center: a year of bookings in every room.

Measures what the desk waits for: booking a room (the overlap check and number inside the
write lock), a study seat, the day view of all rooms, the week view of one room, previewing
and booking a repeating class, check-in, the no-show sweep the app runs every minute, the
booking slip and the .ics export; plus peak memory. Writes JSON to
benchmarks/results/bookings_<dialect>.json and prints it.

    python benchmarks/bench_bookings.py [--days 365] [--per-day 14] [--db URL]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import resource
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from bench_visitor_desk import timed
from sqlalchemy import func, select

from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.db.room_models import Booking
from hall_desk.domain.bookings import BookerKind, RepeatFrequency, RepeatRule
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError
from hall_desk.printing.slip_layout import SlipLayout
from hall_desk.services import create_services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.demo.demo import fill_demo
from hall_desk.services.demo.demo_bookings import fill_demo_bookings
from hall_desk.services.passwords import Passwords
from hall_desk.services.staff import SetupForm

RESULTS = Path(__file__).with_name("results")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=14)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="hd-bench-bookings-"))
    db = Database(args.db or f"sqlite:///{work / 'bench.sqlite3'}")
    upgrade_to_head(db)
    clock = FixedClock(datetime(2026, 11, 20, 9, 0))
    passwords = Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    services = create_services(db, clock, passwords, slips_dir=work / "slips")
    admin = services.staff.set_up_center(
        SetupForm("基准测试社区党群服务中心", "BM01", "bench", "测试员",
                  "Desk-2024-perf", "Desk-2024-perf")
    )  # fmt: skip
    fill_demo(db, clock, passwords, days=30, visits_per_day=30, cases_per_day=0,
              bookings_per_day=0)  # fmt: skip
    start = time.perf_counter()
    made = fill_demo_bookings(db, clock, admin.site_id, days=args.days, per_day=args.per_day,
                              seed=7)  # fmt: skip
    fill_seconds = time.perf_counter() - start
    with db.read() as s:
        total = s.scalar(select(func.count(Booking.id))) or 0
        numbers = list(s.scalars(select(Booking.number).limit(2000)))

    rooms = {r.spec.code: r for r in services.rooms.rooms(admin)}
    rng = random.Random(3)
    day = date(2026, 12, 1)

    def book_room() -> None:
        nonlocal day
        day += timedelta(days=1)
        room = rooms["WD01"]  # open every day
        start_at = datetime.combine(day, datetime.min.time()) + timedelta(hours=19)
        services.bookings.book(admin, BookingForm(
            room_id=room.id, starts_at=start_at, ends_at=start_at + timedelta(hours=1),
            booker_kind=BookerKind.PARTNER.value, organisation="基准舞蹈队", purpose="排练",
            attendees=10, contact_phone="13812345678"))  # fmt: skip

    def book_seat() -> None:
        start_at = datetime(2026, 12, 20, rng.randrange(0, 22), 0)
        with contextlib.suppress(ConflictError):  # a full hour is a legitimate answer too
            services.bookings.book(admin, BookingForm(
                room_id=rooms["ZX01"].id, starts_at=start_at,
                ends_at=start_at + timedelta(hours=2), purpose="自习", contact_name="基准学生",
                contact_phone="13812345678"))  # fmt: skip

    def refused() -> None:
        with contextlib.suppress(ConflictError):
            book_room_at(datetime(2026, 12, 2, 19, 30))

    def book_room_at(start_at: datetime) -> None:
        services.bookings.book(admin, BookingForm(
            room_id=rooms["WD01"].id, starts_at=start_at, ends_at=start_at + timedelta(hours=1),
            booker_kind=BookerKind.PARTNER.value, organisation="基准", purpose="排练",
            attendees=5, contact_phone="13812345678"))  # fmt: skip

    writes = {
        "book_room": timed(book_room, 200),
        "book_study_seat": timed(book_seat, 200),
        "refused_overlap": timed(refused, 100),
    }
    series_form = BookingForm(
        room_id=rooms["SF01"].id, starts_at=datetime(2027, 3, 1, 14),
        ends_at=datetime(2027, 3, 1, 16),
        booker_kind=BookerKind.PARTNER.value, organisation="书法协会", purpose="书法课",
        attendees=12, contact_phone="13812345678")  # fmt: skip
    rule = RepeatRule(RepeatFrequency.WEEKLY, frozenset({0, 1, 2, 3, 4}), count=30)
    series = {
        "preview_30_dates": timed(
            lambda: services.bookings.preview_series(admin, series_form, rule), 20
        ),
        "book_30_dates": timed(
            lambda: services.bookings.book_series(admin, series_form, rule, skip_conflicts=True), 1
        ),
    }
    today = clock.now().date()
    reads = {
        "day_view_all_rooms": timed(lambda: services.booking_plans.day_plan(admin, today), 50),
        "week_view_one_room": timed(
            lambda: services.booking_plans.week_plan(admin, rooms["WD01"].id, today), 50
        ),
        "scan_and_open": timed(
            lambda: services.booking_plans.find_by_number(admin, rng.choice(numbers)), 100
        ),
        "no_show_sweep": timed(lambda: services.bookings.release_no_shows(admin.site_id), 50),
    }
    with db.read() as s:
        some = s.scalar(select(Booking.id).where(Booking.series_id.is_not(None)))
    assert some is not None
    documents = {
        f"slip_{layout.value}": timed(
            lambda lay=layout: services.booking_documents.issue_slip(admin, some, lay), 20
        )
        for layout in SlipLayout
    }
    documents["ics_series"] = timed(
        lambda: services.booking_documents.calendar_file(admin, some, whole_series=True), 20
    )
    result = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "database": db.engine.dialect.name,
        "python": sys.version.split()[0],
        "scale": {
            "days": args.days,
            "bookings": total,
            "demo_booked": made.booked,
            "demo_refused": made.refused,
            "fill_seconds": round(fill_seconds, 1),
        },
        "writes": writes,
        "series": series,
        "reads": reads,
        "documents": documents,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"bookings_{db.engine.dialect.name}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
