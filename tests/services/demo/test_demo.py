"""Demo data looks like a real center, and a real center is never filled with it by accident.

The fixture clock is Friday 2026-11-20 09:30; the demo fills the three weeks before it.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from hall_desk.db.activity_models import SessionAttendance, VolunteerShift
from hall_desk.db.models import AuditEntry, Resident, ServiceCase, Staff, Visit
from hall_desk.db.party_models import Demand, DemandCaller
from hall_desk.domain.activities import ActivityKind
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.staff import Role
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import ActivityQuery
from hall_desk.services.centers import CenterAdmin
from hall_desk.services.demo.demo import RealCenterError, fill_demo
from hall_desk.services.demo.demo_cases import demo_staff
from hall_desk.services.party.registry_records import MemberFilter, MemberState
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from tests.conftest import set_up_center

CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def counts(services: Services) -> dict[str, int]:
    with services.db.read() as s:
        return {
            model.__name__: int(s.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Resident, Visit, ServiceCase, Staff, AuditEntry)
        }


def demo_admin(services: Services) -> StaffSession:
    site_id = services.stats.sites()[0][0]
    return next(m for m in demo_staff(services.db, site_id) if m.is_admin)


def test_a_real_center_is_refused_and_nothing_is_written(
    services: Services, clock: FixedClock, passwords: Passwords
) -> None:
    set_up_center(services)
    before = counts(services)
    with pytest.raises(RealCenterError) as refused:
        fill_demo(
            services.db,
            clock,
            passwords,
            days=3,
            visits_per_day=20,
            into_existing=False,
            demands_per_day=0,
        )
    assert "城南社区党群服务中心" in refused.value.render()
    assert "not one created by the demo" in refused.value.render()
    assert counts(services) == before


def test_the_demo_fills_its_own_center_again_but_a_real_one_only_when_asked(
    services: Services, clock: FixedClock, passwords: Passwords
) -> None:
    first = fill_demo(services.db, clock, passwords, days=2, visits_per_day=20, into_existing=False)
    assert first.admin_login is not None and first.admin_login[0] == "admin"
    again = fill_demo(services.db, clock, passwords, days=2, visits_per_day=20, into_existing=False)
    assert again.admin_login is None and again.visits > 0
    assert counts(services)["Staff"] == 5  # nobody added twice

    # A real center added beside it on the same server makes the database a real one.
    CenterAdmin(services.db, clock, passwords).add_center(
        "CN02", "城北社区党群服务站", "zhao.admin", "赵站长"
    )
    with pytest.raises(RealCenterError):
        fill_demo(
            services.db,
            clock,
            passwords,
            days=2,
            visits_per_day=20,
            into_existing=False,
            demands_per_day=0,
        )


def test_into_an_existing_center_when_asked_keeps_its_own_amounts(
    services: Services, clock: FixedClock, passwords: Passwords
) -> None:
    admin = set_up_center(services)
    services.elderly.set_bands(admin, {80: "150"})
    result = fill_demo(
        services.db, clock, passwords, days=5, visits_per_day=30, seed=3, demands_per_day=0
    )
    assert result.visits > 50 and result.admin_login is None
    amounts = {b.min_age: b.monthly_amount_fen for b in services.elderly.bands(admin)}
    assert amounts[80] == 15000  # the center's own amount stays
    assert amounts[90] is not None and amounts[100] is not None  # the missing ones are filled


def test_an_empty_database_gets_a_center_that_looks_real(
    services: Services, clock: FixedClock, passwords: Passwords
) -> None:
    result = fill_demo(services.db, clock, passwords, days=21, visits_per_day=60, seed=11)
    admin = demo_admin(services)

    # Staff: an administrator and clerks with ordinary names and user names.
    staff = services.staff.list_staff(admin)
    assert all(CHINESE_NAME.fullmatch(m.full_name) for m in staff), [m.full_name for m in staff]
    assert all(re.fullmatch(r"[a-z]+(\.[a-z]+)?", m.username) for m in staff)
    active = [m for m in staff if m.active]
    assert [m.role for m in active].count(Role.ADMIN) == 1
    assert [m.role for m in active].count(Role.CLERK) >= 3
    with services.db.read() as s:
        registered_by = Counter(s.scalars(select(Visit.registered_by_id)))
    assert len(registered_by) == len(active)  # everyone at the desk takes turns

    # Visits: a long tail, nobody in more than twice a day.
    with services.db.read() as s:
        arrivals = s.execute(select(Visit.resident_id, Visit.arrived_at)).all()
    per_person = Counter(r for r, _ in arrivals)
    per_day = Counter((r, at.date()) for r, at in arrivals)
    assert max(per_day.values()) <= 2
    assert sum(1 for n in per_person.values() if n <= 3) >= 0.75 * len(per_person)
    working_days = sum(1 for d in {at.date() for _, at in arrivals} if d.weekday() < 5)
    regulars = [r for r, n in per_person.items() if n >= working_days / 2]
    assert 3 <= len(regulars) <= 0.05 * len(per_person)
    assert max(per_person.values()) <= 21 * 2
    assert result.visits == len(arrivals)
    assert 0.7 * 60 * 18 < result.visits < 1.2 * 60 * 21
    assert all(at <= clock.now() for _, at in arrivals)

    # The elderly-age subsidy tab has work in it.
    bands = services.elderly.bands(admin)
    assert all(b.monthly_amount_fen for b in bands)
    assert len(services.elderly.subsidised(admin)) >= 10
    due = Counter(r.check_status for r in services.elderly.checks_due(admin))
    assert due["due"] >= 1 and due["overdue"] >= 1
    changes = services.elderly.band_changes_next_month(admin)
    assert any(c.new_age == 90 and c.birthday.month == 12 for c in changes)
    assert any(r.stopped for r in services.elderly.subsidised(admin, include_stopped=True))

    # Party transfers: receipts not back after a month, letters about to run out.
    late = services.transfers.outstanding_receipts(admin)
    assert late and all(r.days_since_issue > 30 for r in late)
    expiring = services.transfers.expiring_letters(admin)
    assert expiring and all(
        date(2026, 11, 20) <= r.valid_until <= date(2026, 11, 27) for r in expiring
    )
    assert result.history_cases >= result.subsidised + result.transfers >= 18
    assert result.cases > 50

    # The party-service desk: 双报到 units and members, three months of demands.
    assert result.units == 14
    assert 100 <= result.members <= 130
    with services.db.read() as s:
        statuses = Counter(s.scalars(select(Demand.status).where(Demand.merged_into_id.is_(None))))
        reopened = s.scalar(select(func.count(Demand.id)).where(Demand.reopen_count > 0))
        callers = s.scalar(select(func.count(DemandCaller.id)))
        first = s.scalar(select(func.min(Demand.created_at)))
    assert result.demands == sum(statuses.values()) > 100
    assert statuses["called_back"] >= 0.8 * result.demands  # most solved and rated
    assert reopened and callers  # a few reopened after a poor rating, some calls merged
    assert first is not None and (clock.now() - first).days >= 80
    due = services.registry.members(admin, MemberFilter(state=MemberState.DUE))
    assert 1 <= len(due) <= 0.25 * result.members
    assert len(services.problem_lists.overdue_problems(admin)) >= 1
    meetings = services.problem_lists.meetings(admin, None, None)
    assert len(meetings) == 2 and result.problems == 8
    projects = services.projects.projects(admin, None)
    assert len(projects) == result.projects == 6
    assert {p.status.value for p in projects} >= {"claimed", "done"}

    # The activities desk: last summer's care class, the monthly events, volunteer days.
    assert result.activities >= 15 and result.certificates == 3
    activities = services.activities.list(admin, ActivityQuery(include_cancelled=True))
    care = [a for a in activities if a.kind is ActivityKind.SUMMER_CARE]
    assert len(care) == 3 and all(a.sessions == 30 for a in care)
    assert 90 <= sum(a.enrolled for a in care) <= 104  # about 100 children in three groups
    assert all(a.enrolled <= a.capacity for a in activities)
    assert {a.kind for a in activities} >= {
        ActivityKind.CLINIC,
        ActivityKind.LECTURE,
        ActivityKind.VOLUNTEER,
    }
    with services.db.read() as s:
        marks = Counter(s.scalars(select(SessionAttendance.status)))
        supplementary = s.scalar(
            select(func.count(VolunteerShift.id)).where(VolunteerShift.supplementary)
        )
    assert marks["present"] > 5 * (marks["absent"] + marks["excused"]) > 0
    year = services.hours.totals(admin, date(2026, 1, 1), date(2026, 12, 31))
    assert len(year) >= 20 and sum(t.total_minutes for t in year) > 0
    assert supplementary is not None and result.volunteer_shifts > 200
    assert len(services.certificates.register(admin)) == 3
