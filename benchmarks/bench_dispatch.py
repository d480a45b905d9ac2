"""Dispatch suggestions at the scale of a large 双报到 registry: 1,500 members, 5,000 demands.

A center with 75 reporting units and 1,500 members (each in one to three talent pools, living
in one of 12 小区 and 40 网格) has 5,000 demands over the year: most called back with a
rating, some still with a member or unit, some waiting to be dispatched. Measured, over 200
calls each: the suggestions for a waiting demand (what the dispatch chooser opens with; the
goal is p95 ≤ 50 ms), the chooser's search over everyone, opening a demand, the desk's list
and the overdue list, and taking and dispatching a demand. Writes JSON to
benchmarks/results/dispatch_<dialect>.json and prints it.

    python benchmarks/bench_dispatch.py [--members 1500] [--demands 5000] [--rounds 200]
        [--db URL]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from bench_visitor_desk import timed
from sqlalchemy import func, insert, select

from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.db.party_models import Demand, DemandCounter, MemberSkill, PartyMember, PartyUnit
from hall_desk.domain.cases import Rating
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.demands import format_demand_number
from hall_desk.domain.names import name_initials
from hall_desk.services import create_services
from hall_desk.services.party.demand_forms import DemandForm
from hall_desk.services.party.lists import category_ids, ensure_party_lists, pool_ids
from hall_desk.services.passwords import Passwords
from hall_desk.services.staff import SetupForm

RESULTS = Path(__file__).with_name("results")
NOW = datetime(2026, 11, 20, 10, 0)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉"
HOODS = [
    f"{name}小区"
    for name in [
        "幸福",
        "阳光",
        "和平",
        "建设",
        "东关",
        "南街",
        "北苑",
        "西城",
        "锦绣",
        "康乐",
        "春晖",
        "翠园",
    ]
]
KINDS = ("government", "institution", "state_owned", "private", "social_org", "property")
CHUNK = 1000


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def fill(db: Database, site_id: int, clerk_id: int, members: int, demands: int) -> dict[str, Any]:
    """Units, members with their pools, and a year of demands, inserted in bulk."""
    rng = random.Random(14)
    with db.write() as s:
        ensure_party_lists(s, site_id)
        pools = list(pool_ids(s, site_id).values())
        categories = list(category_ids(s, site_id).values())
        unit_rows = [
            {"site_id": site_id, "name": f"第{i + 1}报到单位", "kind": KINDS[i % len(KINDS)],
             "contact_name": "联络员", "contact_phone": f"1380000{i:04d}", "active": True,
             "agreement_number": "", "agreement_commitments": "",
             "created_at": NOW, "updated_at": NOW}
            for i in range(max(1, members // 20))
        ]  # fmt: skip
        s.execute(insert(PartyUnit), unit_rows)
        units = list(s.scalars(select(PartyUnit.id).where(PartyUnit.site_id == site_id)))
        member_rows = []
        for i in range(members):
            name = _name(rng)
            hood = rng.randrange(len(HOODS))
            member_rows.append(
                {"site_id": site_id, "unit_id": rng.choice(units), "name": name,
                 "name_initials": " " + " ".join(name_initials(name)) + " ",
                 "phone": f"139{i:08d}", "phone_tail": f"{i:08d}"[-4:],
                 "neighbourhood": HOODS[hood], "grid": f"{hood * 4 + rng.randrange(4) + 1}网格",
                 "reported_on": date(2026, 1, 5), "last_reported_on": date(2026, 7, 5),
                 "left_on": date(2026, 9, 1) if rng.random() < 0.03 else None,
                 "left_reason": "", "note": "", "created_at": NOW, "updated_at": NOW}
            )  # fmt: skip
        for start in range(0, len(member_rows), CHUNK):
            s.execute(insert(PartyMember), member_rows[start : start + CHUNK])
        ids = list(s.scalars(select(PartyMember.id).where(PartyMember.site_id == site_id)))
        skills = [
            {"member_id": m, "pool_id": p}
            for m in ids
            for p in rng.sample(pools, rng.choice((1, 1, 2, 3)))
        ]
        for start in range(0, len(skills), CHUNK):
            s.execute(insert(MemberSkill), skills[start : start + CHUNK])
        demand_rows = []
        ratings = [r.value for r in Rating]
        for i in range(demands):
            taken = NOW - timedelta(minutes=rng.randrange(1, 330 * 24 * 60))
            status = rng.choices(
                ["called_back", "solved", "in_progress", "accepted", "dispatched", "pending"],
                weights=[70, 8, 5, 5, 6, 6],
            )[0]
            to_unit = rng.random() < 0.1
            holder = {"member_id": None, "unit_id": None}
            if status != "pending":
                holder = {"member_id": None if to_unit else rng.choice(ids),
                          "unit_id": rng.choice(units) if to_unit else None}  # fmt: skip
            hood = rng.randrange(len(HOODS))
            demand_rows.append(
                {"site_id": site_id, "number": format_demand_number("BM01", 2026, i + 1),
                 "kind": "demand", "source": "desk", "category_id": rng.choice(categories),
                 "description": "基准测试诉求", "neighbourhood": HOODS[hood],
                 "grid": f"{hood * 4 + rng.randrange(4) + 1}网格", "place": f"{i % 30 + 1}号楼",
                 "level": "general", "needs_visit": False, "status": status,
                 "contact_name": "", "contact_phone": "", "accepted_how": "",
                 "dispatched_at": taken if status != "pending" else None,
                 "accepted_at": taken if status not in ("pending", "dispatched") else None,
                 "clock_minutes": 30, "due_at": taken + timedelta(minutes=30),
                 "solved_at": taken if status in ("solved", "called_back") else None,
                 "rating": rng.choice(ratings) if status == "called_back" else None,
                 "result_note": "", "service_minutes": 30, "rating_note": "",
                 "reopen_count": 0, "clerk_id": clerk_id, "created_at": taken,
                 "updated_at": taken, "slips_printed": 0, **holder}
            )  # fmt: skip
        for start in range(0, len(demand_rows), CHUNK):
            s.execute(insert(Demand), demand_rows[start : start + CHUNK])
        s.execute(Demand.__table__.update().values(due_at=None).where(Demand.accepted_at.is_(None)))
        s.add(DemandCounter(site_id=site_id, year=2026, last_number=demands))
        pending = list(
            s.scalars(
                select(Demand.number).where(Demand.site_id == site_id, Demand.status == "pending")
            )
        )
    return {"units": len(units), "members": len(ids), "skills": len(skills),
            "pending": pending, "categories": categories}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=1500)
    parser.add_argument("--demands", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="hd-bench-dispatch-"))
    url = args.db or f"sqlite:///{work / 'bench.sqlite3'}"
    db = Database(url)
    upgrade_to_head(db)
    clock = FixedClock(NOW)
    passwords = Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    services = create_services(db, clock, passwords, slips_dir=work / "slips")
    admin = services.staff.set_up_center(
        SetupForm("基准测试社区党群服务中心", "BM01", "bench", "测试员", "Desk-2024-perf",
                  "Desk-2024-perf")
    )  # fmt: skip
    start = time.perf_counter()
    made = fill(db, admin.site_id, admin.staff_id, args.members, args.demands)
    fill_seconds = time.perf_counter() - start
    with db.read() as s:
        total = s.scalar(select(func.count(Demand.id)).where(Demand.site_id == admin.site_id))
    rng = random.Random(7)
    pending = made["pending"]
    demands = services.demands

    first = demands.suggest(admin, pending[0])
    suggestions = {
        "suggest_8": timed(lambda: demands.suggest(admin, rng.choice(pending)), args.rounds),
        "search_all_members_and_units": timed(
            lambda: demands.candidates(admin, rng.choice(pending), rng.choice(SURNAMES)),
            args.rounds,
        ),
    }
    reading = {
        "open_demand": timed(lambda: demands.detail(admin, rng.choice(pending)), args.rounds),
        "desk_list": timed(lambda: demands.open_demands(admin), 30),
        "overdue_list": timed(lambda: demands.overdue(admin), 30),
        "search_list": timed(lambda: demands.open_demands(admin, search="幸福"), 30),
    }
    members = [
        s_.id for s_ in demands.candidates(admin, pending[0], "", 200) if s_.kind == "member"
    ]

    def take_and_dispatch() -> None:
        clock.advance(seconds=30)
        taken = demands.take(
            admin,
            DemandForm(kind="demand", source="desk", category_id=rng.choice(made["categories"]),
                       description="基准测试：新诉求", neighbourhood=rng.choice(HOODS),
                       place="1号楼"),
        )  # fmt: skip
        demands.dispatch(admin, taken.number, member_id=rng.choice(members))

    writes = {"take_and_dispatch": timed(take_and_dispatch, 100)}
    p95 = suggestions["suggest_8"]["p95_ms"]
    result = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "database": db.engine.dialect.name,
        "python": sys.version.split()[0],
        "scale": {
            "units": made["units"],
            "members": made["members"],
            "member_pools": made["skills"],
            "demands": total,
            "waiting_to_dispatch": len(pending),
            "fill_seconds": round(fill_seconds, 1),
        },
        "first_suggestions": [f"{x.name} {x.unit_name}".strip() for x in first],
        "suggestions": suggestions,
        "reading": reading,
        "writes": writes,
        "goal": {"suggest_p95_ms": 50, "met": p95 <= 50},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"dispatch_{result['database']}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    db.dispose()
    return 0 if p95 <= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
