"""Demo data: a few busy weeks of a community center, so a newcomer sees a living hall.

On an empty database the demo creates its own center (marked as made by the demo), an
administrator with a one-time password and a few colleagues. A database that already holds
a real center is refused unless the caller insists (``into_existing``): made-up records mixed
into real ones could never be told apart again.

Then come residents and visits with a real hall's long tail (``demo_visits``), the history of
the elderly-age subsidy (``demo_elderly``) and of party membership transfers
(``demo_transfers``), the service cases of the period (``demo_cases``), room bookings into
the coming week (``demo_bookings``) and three months of the party-service desk: 双报到 units
and members, demands, problem lists and projects (``demo_party``), and the activities of
the center: last summer's care class, monthly 义诊 and lectures, volunteer days with their
shifts and hours (``demo_activities``). Everything but the visits
goes through the services' public functions with the clock set to the moment, so it obeys the
same rules as the desk.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from hall_desk.db.database import Database
from hall_desk.db.models import Resident, ServiceCase, Site
from hall_desk.domain.clock import Clock
from hall_desk.services import audit
from hall_desk.services.demo.demo_activities import fill_demo_activities
from hall_desk.services.demo.demo_bookings import fill_demo_bookings
from hall_desk.services.demo.demo_cases import demo_staff, fill_demo_cases
from hall_desk.services.demo.demo_center import (
    RealCenterError,
    add_demo_clerks,
    demo_center,
    real_centers,
)
from hall_desk.services.demo.demo_elderly import fill_demo_elderly
from hall_desk.services.demo.demo_party import fill_demo_party
from hall_desk.services.demo.demo_transfers import fill_demo_transfers
from hall_desk.services.demo.demo_visits import fill_demo_visits
from hall_desk.services.passwords import Passwords

__all__ = ["DemoResult", "RealCenterError", "fill_demo", "real_centers"]


@dataclass(frozen=True)
class DemoResult:
    site_name: str
    days: int
    residents: int
    visits: int
    walk_ins: int
    admin_login: tuple[str, str] | None  # user name and one-time password, when created
    cases: int = 0  # taken in during the ``days``
    bookings: int = 0
    history_cases: int = 0  # subsidy and transfer cases of the months before
    subsidised: int = 0  # elders whose subsidy history was made up
    transfers: int = 0
    regulars: int = 0
    units: int = 0  # 双报到 units, members, and the party desk's three months
    members: int = 0
    demands: int = 0
    problems: int = 0
    projects: int = 0
    activities: int = 0  # activities, sign-ups, volunteer shifts and certificates made
    signups: int = 0
    volunteer_shifts: int = 0
    certificates: int = 0


def fill_demo(
    db: Database,
    clock: Clock,
    passwords: Passwords,
    *,
    days: int = 21,
    visits_per_day: int = 90,
    seed: int = 2024,
    cases_per_day: int | None = None,
    bookings_per_day: int | None = None,
    demands_per_day: int | None = None,
    activities: bool | None = None,
    into_existing: bool = True,
) -> DemoResult:
    """Add ``days`` days of visits, service cases and room bookings ending now (bookings also
    run into the coming week), with the subsidy and transfer history before them.

    On an empty database, first create a demo center, its administrator with a random
    one-time password (returned, never stored) and colleagues. With ``into_existing`` false
    a database holding a center not created by the demo raises :class:`RealCenterError`
    before anything is written. ``activities`` (by default: whenever the party-service desk is
    filled, whose members serve as volunteers) adds the activities desk's months.
    """
    if cases_per_day is None:
        cases_per_day = max(1, visits_per_day // 9)
    if bookings_per_day is None:
        bookings_per_day = max(1, visits_per_day // 12)
    if demands_per_day is None:
        demands_per_day = max(1, visits_per_day // 20)
    center = demo_center(db, clock, passwords, into_existing=into_existing)
    site_id = center.site_id
    staff = demo_staff(db, site_id)
    admin = next((m for m in staff if m.is_admin), None)
    if admin is not None:
        add_demo_clerks(db, clock, passwords, admin)
        staff = demo_staff(db, site_id)
    # The administrator is at the desk less often than the clerks.
    desk = [m.staff_id for m in staff if not m.is_admin] * 4 + [m.staff_id for m in staff]
    made = fill_demo_visits(db, clock, site_id, desk, days=days, per_day=visits_per_day, seed=seed)
    subsidies = transfers = 0
    before = _cases(db, site_id)
    if cases_per_day:
        subsidies = fill_demo_elderly(db, clock, site_id, seed=seed).subsidised
        transfers = fill_demo_transfers(db, clock, site_id, seed=seed).taken
    history = _cases(db, site_id) - before
    if cases_per_day:
        fill_demo_cases(db, clock, site_id, days=days, per_day=cases_per_day, seed=seed)
    cases = _cases(db, site_id) - before - history
    bookings = 0
    if bookings_per_day:
        bookings = fill_demo_bookings(
            db, clock, site_id, days=days, per_day=bookings_per_day, seed=seed
        ).booked
    party = None
    if demands_per_day:
        party = fill_demo_party(db, clock, site_id, per_day=demands_per_day, seed=seed)
    events = None
    if activities if activities is not None else bool(demands_per_day):
        events = fill_demo_activities(db, clock, site_id, seed=seed)
    now = clock.now()
    with db.write() as s:
        audit.record(
            s,
            at=now,
            actor=None,
            site_id=site_id,
            action="demo",
            entity="site",
            entity_id=site_id,
            residents=made.residents,
            visits=made.visits,
            cases=cases,
            bookings=bookings,
            demands=party.demands if party else 0,
            activities=events.activities if events else 0,
        )
        site = s.get_one(Site, site_id)
        total = s.scalar(select(func.count(Resident.id)).where(Resident.site_id == site_id))
        return DemoResult(
            site_name=site.name,
            days=days,
            residents=int(total or 0),
            visits=made.visits,
            walk_ins=made.walk_ins,
            admin_login=center.admin_login,
            cases=cases,
            bookings=bookings,
            history_cases=history,
            subsidised=subsidies,
            transfers=transfers,
            regulars=made.regulars,
            units=party.units if party else 0,
            members=party.members if party else 0,
            demands=party.demands if party else 0,
            problems=party.problems if party else 0,
            projects=party.projects if party else 0,
            activities=events.activities if events else 0,
            signups=events.signups if events else 0,
            volunteer_shifts=events.shifts if events else 0,
            certificates=events.certificates if events else 0,
        )


def _cases(db: Database, site_id: int) -> int:
    with db.read() as s:
        found = s.scalar(select(func.count(ServiceCase.id)).where(ServiceCase.site_id == site_id))
        return int(found or 0)
