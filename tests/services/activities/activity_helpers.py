"""Helpers for tests of the activities desk: rooms, residents, activities and courses, made
through the services themselves. The fixture clock is Friday 2026-11-20 09:30
(``tests.conftest.NOW``); the course helpers start on the Monday after.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from hall_desk.db.models import AuditEntry, Site, Staff
from hall_desk.domain.activities import ActivityKind, Audience
from hall_desk.domain.bookings import RepeatFrequency, RepeatRule
from hall_desk.domain.staff import Role
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import (
    ActivityDetail,
    ActivityForm,
    SessionPlan,
    SignupForm,
    SignupRow,
)
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm

MONDAY = date(2026, 11, 23)
#: Mondays and Wednesdays for six weeks from MONDAY: 12 sessions, no public holiday among them.
COURSE_END = MONDAY + timedelta(weeks=6) - timedelta(days=5)
COURSE_RULE = RepeatRule(RepeatFrequency.WEEKLY, frozenset({0, 2}), until=COURSE_END)
COURSE_SESSIONS = 12
#: A party room that needs no approval (holds 30) and the calligraphy room (holds 20).
PARTY_ROOM = "DY01"
CALLIGRAPHY_ROOM = "SF01"


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


def room_id(services: Services, actor: StaffSession, code: str = PARTY_ROOM) -> int:
    """The id of one of the default rooms (seeded on first use)."""
    return next(r.id for r in services.rooms.rooms(actor) if r.spec.code == code)


def resident(services: Services, actor: StaffSession, name: str, phone: str = "") -> int:
    """A resident on file, registered as a visitor at the desk; no phone when ``phone`` is ""."""
    form = VisitForm(name=name, phone=phone, purposes=["errand"])
    return services.visits.register_visit(actor, form).resident_id


def residents(services: Services, actor: StaffSession, count: int, *, start: int = 0) -> list[int]:
    """``count`` residents with distinct names and mobile phones."""
    digits = "零一二三四五六七八九"
    return [
        resident(
            services,
            actor,
            "居民" + "".join(digits[int(c)] for c in f"{n:03d}"),
            f"1391234{n:04d}",
        )
        for n in range(start, start + count)
    ]


def activity_form(**changes: Any) -> ActivityForm:
    """A lecture for 30 people by the center; any field can be changed."""
    base = ActivityForm(title="健康知识讲座", kind=ActivityKind.LECTURE.value, capacity=30)
    return replace(base, **changes)


def children_form(**changes: Any) -> ActivityForm:
    """A summer care class for children aged 6 to 12."""
    base = ActivityForm(
        title="暑期托管班",
        kind=ActivityKind.SUMMER_CARE.value,
        capacity=20,
        audience=Audience.CHILDREN.value,
        age_min=6,
        age_max=12,
        description="请带水杯和文具。",
    )
    return replace(base, **changes)


def plan(
    room: int | None,
    day: date = MONDAY,
    start: tuple[int, int] = (9, 0),
    end: tuple[int, int] = (11, 0),
    *,
    rule: RepeatRule | None = None,
    place: str = "",
) -> SessionPlan:
    return SessionPlan(at(day, *start), at(day, *end), room_id=room, place=place, rule=rule)


def make_activity(
    services: Services,
    actor: StaffSession,
    *,
    form: ActivityForm | None = None,
    session_plan: SessionPlan | None = None,
    room: str | None = PARTY_ROOM,
) -> ActivityDetail:
    """An activity with one session on MONDAY 09:00-11:00 in ``room`` (or the plan given)."""
    if session_plan is None:
        rid = room_id(services, actor, room) if room is not None else None
        session_plan = plan(rid, place="" if rid else "社区广场")
    return services.activities.create(actor, form or activity_form(), session_plan)


def make_course(
    services: Services, actor: StaffSession, form: ActivityForm | None = None
) -> ActivityDetail:
    """A six-week course (Mondays and Wednesdays 15:00-17:00) in the calligraphy room."""
    rid = room_id(services, actor, CALLIGRAPHY_ROOM)
    course = plan(rid, start=(15, 0), end=(17, 0), rule=COURSE_RULE)
    return services.activities.create(actor, form or children_form(), course)


def sign_up_all(
    services: Services, actor: StaffSession, activity_id: int, resident_ids: list[int]
) -> list[SignupRow]:
    return [
        services.signups.sign_up(actor, activity_id, SignupForm(resident_id=r))
        for r in resident_ids
    ]


def child(resident_id: int, name: str = "王小明", born: date = date(2017, 5, 1)) -> SignupForm:
    """A child (nine on MONDAY) signed up by the guardian ``resident_id``."""
    return SignupForm(
        resident_id=resident_id, child_name=name, child_birth_date=born, guardian_relation="母亲"
    )


def other_center(services: Services) -> StaffSession:
    """A clerk of a second center on the same database."""
    now = services.clock.now()
    with services.db.write() as s:
        site = Site(code="BJ02", name="北街社区党群服务中心", created_at=now)
        s.add(site)
        s.flush()
        staff = Staff(
            site_id=site.id, username="bei.clerk", full_name="北街前台", role="clerk",
            password_hash="x", created_at=now,
        )  # fmt: skip
        s.add(staff)
        s.flush()
        return StaffSession(staff.id, site.id, "bei.clerk", "北街前台", Role.CLERK, site.name)


def audit_rows(services: Services, entity: str) -> list[AuditEntry]:
    """The audit rows about ``entity`` in the order written."""
    with services.db.read() as s:
        return list(
            s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id))
        )
