"""The activities desk at the scale of a busy center: a 100-child class and a year of volunteering.

Two goals from the issue, measured (not asserted):
- attendance for a session of 100 children marked and saved (the class's whole list sent at once,
  as the attendance screen saves it), then read back as the screen shows it: goal ≤ 200 ms;
- a year's volunteer-hours ledger for 1,500 members (the hours tab's totals of everyone with hours
  over the year, the volunteer-hours sheet of the Excel ledgers, a unit's members and one
  person's ledger): goal ≤ 500 ms.

The registry (75 units, 1,500 members), a summer class of 100 children over 30 sessions and a
year of volunteer days (each member serving about 12 shifts: 18,000 shifts) are inserted in bulk
through the real schema; the measured calls go through the real services. Writes JSON to
benchmarks/results/activities_<dialect>.json and prints it.

    python benchmarks/bench_activities.py [--members 1500] [--shifts-each 12] [--rounds 50]
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
from sqlalchemy import insert, select

from hall_desk.db.activity_models import (
    Activity,
    ActivitySession,
    ActivitySignup,
    VolunteerRole,
    VolunteerShift,
)
from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.db.models import Resident
from hall_desk.db.party_models import PartyMember, PartyUnit
from hall_desk.domain.activities import (
    AttendanceSource,
    AttendanceStatus,
    NumberSeries,
    format_activity_number,
)
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.names import name_initials
from hall_desk.domain.periods import Period
from hall_desk.services import create_services
from hall_desk.services.activities.activity_records import VolunteerRef
from hall_desk.services.figures.ledger_rows import LedgerKind
from hall_desk.services.passwords import Passwords
from hall_desk.services.staff import SetupForm

RESULTS = Path(__file__).with_name("results")
NOW = datetime(2026, 11, 20, 10, 0)
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉"
CHUNK = 1000


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _activity(site_id: int, clerk_id: int, number: int, title: str, kind: str) -> dict[str, Any]:
    return {"site_id": site_id, "number": format_activity_number(NumberSeries.ACTIVITY, "BM01",
            2026, number), "title": title, "kind": kind, "organiser_kind": "center",
            "capacity": 100, "audience": "all", "description": "", "status": "open",
            "cancel_reason": "", "created_by_id": clerk_id, "created_at": NOW - timedelta(days=300),
            "updated_at": NOW - timedelta(days=300)}  # fmt: skip


def fill_class(db: Database, site_id: int, clerk_id: int) -> int:
    """A class of 100 children (guardians are residents) with a session starting now."""
    rng = random.Random(15)
    with db.write() as s:
        s.execute(insert(Activity), [_activity(site_id, clerk_id, 1, "暑期托管班", "summer_care")])
        activity_id = s.scalar(select(Activity.id).where(Activity.site_id == site_id))
        s.execute(
            insert(ActivitySession),
            [{"site_id": site_id, "activity_id": activity_id, "starts_at": NOW,
              "ends_at": NOW + timedelta(hours=2, minutes=30), "place": "未成年活动室",
              "status": "planned", "cancel_reason": ""}],
        )  # fmt: skip
        guardians = []
        for i in range(100):
            name = _name(rng)
            guardians.append(
                {"site_id": site_id, "name": name,
                 "name_initials": " " + " ".join(name_initials(name)) + " ",
                 "phone": f"1370000{i:04d}", "phone_tail": f"{i:04d}", "category": "resident",
                 "created_at": NOW, "updated_at": NOW}
            )  # fmt: skip
        s.execute(insert(Resident), guardians)
        ids = list(s.scalars(select(Resident.id).where(Resident.site_id == site_id).limit(100)))
        s.execute(
            insert(ActivitySignup),
            [{"site_id": site_id, "activity_id": activity_id, "resident_id": rid,
              "number": format_activity_number(NumberSeries.SIGNUP, "BM01", 2026, i + 1),
              "child_name": _name(rng), "child_birth_date": date(2016, 5, 1),
              "guardian_relation": "母亲", "contact_phone": "", "status": "enrolled",
              "queued_at": NOW - timedelta(days=30, minutes=i), "cancel_reason": "",
              "clerk_id": clerk_id, "created_at": NOW - timedelta(days=30),
              "updated_at": NOW - timedelta(days=30), "slips_printed": 1}
             for i, rid in enumerate(ids)],
        )  # fmt: skip
        session_id = s.scalar(
            select(ActivitySession.id).where(ActivitySession.activity_id == activity_id)
        )
    assert session_id is not None
    return session_id


def fill_volunteering(
    db: Database, site_id: int, clerk_id: int, members: int, shifts_each: int
) -> dict[str, Any]:
    """75 units, ``members`` members and a year of weekly volunteer days with three roles."""
    rng = random.Random(16)
    with db.write() as s:
        s.execute(
            insert(PartyUnit),
            [{"site_id": site_id, "name": f"第{i + 1}报到单位", "kind": "institution",
              "contact_name": "联络员", "contact_phone": f"1380000{i:04d}", "active": True,
              "agreement_number": "", "agreement_commitments": "", "created_at": NOW,
              "updated_at": NOW} for i in range(max(1, members // 20))],
        )  # fmt: skip
        units = list(s.scalars(select(PartyUnit.id).where(PartyUnit.site_id == site_id)))
        rows = []
        for i in range(members):
            name = _name(rng)
            rows.append(
                {"site_id": site_id, "unit_id": rng.choice(units), "name": name,
                 "name_initials": " " + " ".join(name_initials(name)) + " ",
                 "phone": f"139{i:08d}", "phone_tail": f"{i:08d}"[-4:],
                 "reported_on": date(2025, 1, 5), "last_reported_on": date(2026, 7, 5),
                 "left_reason": "", "note": "", "created_at": NOW, "updated_at": NOW}
            )  # fmt: skip
        for start in range(0, len(rows), CHUNK):
            s.execute(insert(PartyMember), rows[start : start + CHUNK])
        member_ids = list(s.scalars(select(PartyMember.id).where(PartyMember.site_id == site_id)))
        days = [YEAR[0] + timedelta(days=d) for d in range(0, 320, 7)]
        s.execute(
            insert(Activity),
            [_activity(site_id, clerk_id, n + 2, f"{day:%m月%d日}志愿服务日", "volunteer")
             for n, day in enumerate(days)],
        )  # fmt: skip
        activities = list(
            s.scalars(
                select(Activity.id)
                .where(Activity.site_id == site_id, Activity.kind == "volunteer")
                .order_by(Activity.id)
            )
        )
        s.execute(
            insert(ActivitySession),
            [{"site_id": site_id, "activity_id": a, "place": "小区广场", "status": "planned",
              "starts_at": datetime.combine(day, datetime.min.time()) + timedelta(hours=8),
              "ends_at": datetime.combine(day, datetime.min.time()) + timedelta(hours=11),
              "cancel_reason": ""} for a, day in zip(activities, days, strict=True)],
        )  # fmt: skip
        s.execute(
            insert(VolunteerRole),
            [{"site_id": site_id, "activity_id": a, "name": name, "places": 200,
              "description": "", "active": True}
             for a in activities for name in ("环境整治", "政策宣传", "秩序引导")],
        )  # fmt: skip
        sessions = dict(
            s.execute(
                select(ActivitySession.activity_id, ActivitySession.id).where(
                    ActivitySession.site_id == site_id
                )
            ).all()
        )
        roles = list(s.execute(select(VolunteerRole.activity_id, VolunteerRole.id)).all())
        shift_rows = []
        for member_id in member_ids:
            for activity_id, role_id in rng.sample(roles, shifts_each):
                session_start = datetime.combine(
                    days[activities.index(activity_id)], datetime.min.time()
                ) + timedelta(hours=8)
                shift_rows.append(
                    {"site_id": site_id, "role_id": role_id, "session_id": sessions[activity_id],
                     "member_id": member_id, "status": "signed",
                     "signed_in_at": session_start,
                     "signed_out_at": session_start + timedelta(hours=3),
                     "credited_minutes": rng.choice((180, 180, 150, 0)),
                     "supplementary": rng.random() < 0.03, "supplement_reason": "",
                     "cancel_reason": "", "clerk_id": clerk_id, "created_at": session_start,
                     "updated_at": session_start}
                )  # fmt: skip
        for start in range(0, len(shift_rows), CHUNK):
            s.execute(insert(VolunteerShift), shift_rows[start : start + CHUNK])
    return {"units": len(units), "members": len(member_ids), "volunteer_days": len(days),
            "shifts": len(shift_rows), "member_ids": member_ids, "unit_ids": units}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=1500)
    parser.add_argument("--shifts-each", type=int, default=12)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hd-bench-activities-"))
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
    session_id = fill_class(db, admin.site_id, admin.staff_id)
    made = fill_volunteering(db, admin.site_id, admin.staff_id, args.members, args.shifts_each)
    fill_seconds = time.perf_counter() - start
    rng = random.Random(7)
    lines = services.attendance.sheet(admin, session_id).lines
    statuses = [AttendanceStatus.PRESENT] * 8 + [AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED]

    def mark_class() -> None:
        marks: dict[int, AttendanceStatus | None] = {
            line.signup_id: rng.choice(statuses) for line in lines
        }
        services.attendance.mark(admin, session_id, marks, AttendanceSource.DESK)

    attendance = {
        "mark_and_save_100": timed(mark_class, args.rounds),
        "all_present_100": timed(lambda: services.attendance.all_present(admin, session_id), 20),
        "read_sheet_100": timed(lambda: services.attendance.sheet(admin, session_id), args.rounds),
    }
    members = made.pop("member_ids")
    units = made.pop("unit_ids")
    hours = {
        "year_totals_all_members": timed(
            lambda: services.hours.totals(admin, YEAR[0], YEAR[1]), args.rounds
        ),
        "one_member_year_ledger": timed(
            lambda: services.hours.ledger(
                admin, VolunteerRef(member_id=rng.choice(members)), YEAR[0], YEAR[1]
            ),
            args.rounds,
        ),
    }
    year = Period.year(YEAR[0])
    hours["year_hours_sheet_xlsx"] = timed(
        lambda: services.ledgers.export(
            admin, year, [LedgerKind.VOLUNTEER_HOURS], work / "hours.xlsx", label=str
        ),
        10,
    )
    hours["unit_members_year"] = timed(
        lambda: services.hours.unit_totals(admin, rng.choice(units), YEAR[0], YEAR[1]),
        args.rounds,
    )
    mark_p50 = attendance["mark_and_save_100"]["p50_ms"]
    totals_p50 = max(
        hours["year_totals_all_members"]["p50_ms"], hours["year_hours_sheet_xlsx"]["p50_ms"]
    )
    result = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "database": db.engine.dialect.name,
        "python": sys.version.split()[0],
        "scale": {**made, "class_children": len(lines), "fill_seconds": round(fill_seconds, 1)},
        "attendance": attendance,
        "hours": hours,
        "goals": {
            "attendance_100_ms": 200,
            "attendance_met": mark_p50 <= 200,
            "year_hours_ledger_ms": 500,
            "year_hours_met": totals_p50 <= 500,
        },
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"activities_{result['database']}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
