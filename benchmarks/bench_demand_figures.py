"""The party-service desk's figures for a busy center: 5,000 demands over a year.

A center with 40 units and 600 members takes 5,000 demands over the year (most solved in
time, some late, a few reopened, some merged with residents' calls rated on their own); a
second center on the same database has 2,000 more, which the first center's figures must
skip. Measured: the figures of a month and of the year (what the Today and Review pages,
the printed report and ``hall-desk demands`` ask for), their comparison with the period
before, the four breakdowns of the year, the overdue list and the county view. The goal is
a month within 100 ms and a year within 300 ms (p95). Writes JSON to
benchmarks/results/demand_figures_<dialect>.json and prints it.

    python benchmarks/bench_demand_figures.py [--demands 5000] [--other 2000] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from bench_ledgers import CHUNK, _passwords
from bench_visitor_desk import timed
from sqlalchemy import insert

from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.db.party_models import (
    Demand,
    DemandCaller,
    DemandEvent,
    MeetingProblem,
    PartyMember,
    PartyUnit,
    ResidentMeeting,
)
from hall_desk.domain.cases import Rating
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.demand_figures import DemandBreakdown
from hall_desk.domain.demands import format_demand_number
from hall_desk.domain.periods import Period
from hall_desk.domain.staff import Role
from hall_desk.services import create_services
from hall_desk.services.centers import CenterAdmin
from hall_desk.services.party.lists import category_ids, ensure_party_lists
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import SetupForm

RESULTS = Path(__file__).with_name("results")
YEAR = 2026
NOW = datetime(YEAR, 12, 31, 18, 0)
USER, PASSWORD = "bench", "Desk-2024-perf"
LEVELS = (("general", 30), ("general", 30), ("complex", 240), ("major", 1440))
PLACES = ("幸福小区", "阳光花园", "建设里", "东关新村", "南街小区", "")
RATINGS = [Rating.VERY_SATISFIED] * 5 + [Rating.SATISFIED] * 3 + list(Rating)


def _insert(db: Database, model: Any, rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == CHUNK:
            with db.write() as s:
                s.execute(insert(model), batch)
            count += len(batch)
            batch = []
    if batch:
        with db.write() as s:
            s.execute(insert(model), batch)
        count += len(batch)
    return count


class _Center:
    """One center's registry and demands, inserted in bulk with ids chosen here."""

    #: The next id of each table, shared by every center (ids are chosen here, in bulk).
    next_id: ClassVar[dict[str, int]] = {"unit": 1, "member": 1, "demand": 1}

    def __init__(self, db: Database, site_id: int, code: str, staff_id: int, seed: int) -> None:
        self.db, self.site_id, self.code, self.staff_id = db, site_id, code, staff_id
        self.rng = random.Random(seed)
        with db.write() as s:
            ensure_party_lists(s, site_id)
            self.categories = list(category_ids(s, site_id).values())
        self.units: list[int] = []
        self.members: list[int] = []

    def registry(self, units: int, members: int) -> None:
        first_unit = self.next_id["unit"]
        self.units = list(range(first_unit, first_unit + units))
        self.next_id["unit"] += units
        _insert(
            self.db,
            PartyUnit,
            (
                {
                    "id": unit,
                    "site_id": self.site_id,
                    "name": f"{self.code}报到单位{unit:03d}",
                    "kind": "institution",
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for unit in self.units
            ),
        )
        first = self.next_id["member"]
        self.members = list(range(first, first + members))
        self.next_id["member"] += members

        def rows() -> Iterator[dict[str, Any]]:
            for member in self.members:
                phone = f"139{member:08d}"
                yield {
                    "id": member, "site_id": self.site_id, "unit_id": self.rng.choice(self.units),
                    "name": f"党员{member}", "phone": phone, "phone_tail": phone[-4:],
                    "neighbourhood": self.rng.choice(PLACES), "reported_on": date(YEAR, 1, 5),
                    "last_reported_on": date(YEAR, 7, 5), "created_at": NOW, "updated_at": NOW,
                }  # fmt: skip

        _insert(self.db, PartyMember, rows())

    def demands(self, count: int) -> dict[str, int]:
        """``count`` demands spread over the year; callers and reopen moves beside them."""
        rng = self.rng
        first = self.next_id["demand"]
        self.next_id["demand"] += count
        callers: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        start = datetime(YEAR, 1, 1, 8, 0)
        minutes = int((NOW - start).total_seconds() // 60) - 120

        def rows() -> Iterator[dict[str, Any]]:
            for n in range(count):
                demand_id = first + n
                created = start + timedelta(minutes=minutes * n // count + rng.randrange(60))
                level, clock = rng.choice(LEVELS)
                row: dict[str, Any] = {
                    "id": demand_id, "site_id": self.site_id,
                    "number": format_demand_number(self.code, YEAR, n + 1),
                    "kind": "wish" if rng.random() < 0.15 else "demand", "source": "desk",
                    "category_id": rng.choice(self.categories), "description": "楼道灯不亮",
                    "neighbourhood": rng.choice(PLACES), "place": "3号楼", "level": level,
                    "needs_visit": rng.random() < 0.5, "status": "pending",
                    "clerk_id": self.staff_id, "created_at": created, "updated_at": created,
                    "contact_name": "张大妈", "contact_phone": "13800138000",
                    "merged_into_id": None, "member_id": None, "unit_id": None,
                    "dispatched_at": None, "accepted_at": None, "clock_minutes": None,
                    "due_at": None, "solved_at": None, "called_back_at": None, "rating": None,
                    "service_minutes": 0, "reopen_count": 0,
                }  # fmt: skip
                fate = rng.random()
                if created > NOW - timedelta(days=2) or fate < 0.03:
                    yield row  # still waiting, or folded into the one before (below)
                    if fate < 0.03 and n:
                        row["merged_into_id"] = demand_id - 1
                        callers.append(self._caller(demand_id - 1, created, None))
                    continue
                if rng.random() < 0.8:
                    row["member_id"] = rng.choice(self.members)
                else:
                    row["unit_id"] = rng.choice(self.units)
                dispatched = created + timedelta(minutes=rng.randrange(2, 60))
                accepted = dispatched + timedelta(minutes=rng.choice((3, 5, 8, 9, 12, 25)))
                due = accepted + timedelta(minutes=clock)
                took = int(clock * rng.choice((0.3, 0.5, 0.8, 0.9, 1.2)))
                solved = accepted + timedelta(minutes=took)
                called = solved + timedelta(hours=rng.randrange(2, 30))
                rating = rng.choice(RATINGS)
                row.update(
                    status="called_back", dispatched_at=dispatched, accepted_at=accepted,
                    accepted_how="phone", clock_minutes=clock, due_at=due, solved_at=solved,
                    service_minutes=rng.choice((20, 40, 60, 120)), called_back_at=called,
                    rating=rating.value,
                )  # fmt: skip
                if rating in (Rating.DISSATISFIED, Rating.VERY_DISSATISFIED) and fate < 0.5:
                    row.update(status="dispatched", reopen_count=1)
                    events.append(
                        {
                            "demand_id": demand_id,
                            "at": called + timedelta(hours=1),
                            "staff_id": self.staff_id,
                            "action": "reopen",
                            "from_status": "called_back",
                            "to_status": "dispatched",
                        }
                    )
                if rng.random() < 0.1:
                    callers.append(self._caller(demand_id, created, called))
                yield row

        made = _insert(self.db, Demand, rows())
        _insert(self.db, DemandCaller, iter(callers))
        _insert(self.db, DemandEvent, iter(events))
        return {"demands": made, "callers": len(callers), "reopened": len(events)}

    def _caller(self, demand_id: int, raised: datetime, called: datetime | None) -> dict[str, Any]:
        return {
            "demand_id": demand_id, "contact_name": "李大爷", "source": "phone",
            "raised_at": raised, "called_back_at": called,
            "rating": self.rng.choice(RATINGS).value if called else None, "note": "",
        }  # fmt: skip

    def problems(self, meetings: int) -> int:
        made = 0
        with self.db.write() as s:
            for m in range(meetings):
                held = date(YEAR, 1, 10) + timedelta(days=m * 30)
                meeting = ResidentMeeting(
                    site_id=self.site_id, held_on=held, kind="council", title=f"议事会{m + 1}",
                    clerk_id=self.staff_id, created_at=NOW,
                )  # fmt: skip
                s.add(meeting)
                s.flush()
                for seq in range(1, 7):
                    done = datetime.combine(held, datetime.min.time()) + timedelta(days=seq)
                    s.add(
                        MeetingProblem(
                            site_id=self.site_id, meeting_id=meeting.id, seq=seq,
                            description="路灯不亮", responsible="物业", working_days=5,
                            due_date=held + timedelta(days=7),
                            done_at=None if seq == 6 else done, created_at=NOW,
                        )
                    )  # fmt: skip
                    made += 1
        return made


def fill(db: Database, demands: int, other: int) -> tuple[StaffSession, dict[str, Any]]:
    clock = FixedClock(NOW)
    services = create_services(db, clock, _passwords())
    admin = services.staff.set_up_center(
        SetupForm("基准测试社区党群服务中心", "BM01", USER, "测试员", PASSWORD, PASSWORD)
    )
    second = CenterAdmin(db, clock, _passwords()).add_center(
        "BM02", "基准测试第二服务中心", "bench2", "第二测试员"
    )
    second_session = services.staff.sign_in("bench2", second.one_time_password)
    here = _Center(db, admin.site_id, "BM01", admin.staff_id, 21)
    there = _Center(db, second_session.site_id, "BM02", second_session.staff_id, 22)
    here.registry(40, 600)
    there.registry(20, 300)
    scale = {"units": 40, "members": 600, **here.demands(demands)}
    scale["other_center_demands"] = there.demands(other)["demands"]
    scale["meeting_problems"] = here.problems(12) + there.problems(6)
    return admin, scale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--demands", type=int, default=5000)
    parser.add_argument("--other", type=int, default=2000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    args, _ignored = parser.parse_known_args()  # ``./dev bench`` hands every script its args

    work = Path(tempfile.mkdtemp(prefix="hd-bench-demands-"))
    db = Database(args.db or f"sqlite:///{work / 'bench.sqlite3'}")
    upgrade_to_head(db)
    start = time.perf_counter()
    admin, scale = fill(db, args.demands, args.other)
    scale["fill_seconds"] = round(time.perf_counter() - start, 1)
    services = create_services(db, FixedClock(NOW), _passwords())
    stats = services.demand_stats
    month, year = Period.month(date(YEAR, 6, 15)), Period.year(NOW.date())
    county = StaffSession(
        admin.staff_id, admin.site_id, admin.username, admin.full_name, Role.COUNTY,
        admin.site_name,
    )  # fmt: skip

    timings = {
        "month_figures": timed(lambda: stats.figures(admin, month), 30),
        "month_comparison": timed(lambda: stats.compare(admin, month), 20),
        "year_figures": timed(lambda: stats.figures(admin, year), 10),
        "year_comparison": timed(lambda: stats.compare(admin, year), 10),
        "today_figures": timed(lambda: stats.compare(admin, Period.day(NOW.date())), 30),
        "overdue_list": timed(lambda: stats.overdue_now(admin), 30),
        "county_year": timed(lambda: stats.county(county, year), 5),
    }
    for by in DemandBreakdown:
        timings[f"year_by_{by.value}"] = timed(lambda b=by: stats.breakdown(admin, year, b), 10)
    figures = stats.figures(admin, year)
    result = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "database": db.engine.dialect.name,
        "python": sys.version.split()[0],
        "scale": scale,
        "year_figures": {
            "collected": figures.collected,
            "solved": figures.solved,
            "response_rate": round(figures.response_rate or 0, 4),
            "on_time_rate": round(figures.on_time_rate or 0, 4),
            "satisfaction_rate": round(figures.satisfaction_rate or 0, 4),
            "reopened": figures.reopened,
        },
        "goals_ms": {"month_figures_p95": 100, "year_figures_p95": 300},
        "timings": timings,
    }
    db.dispose()
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"demand_figures_{result['database']}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
