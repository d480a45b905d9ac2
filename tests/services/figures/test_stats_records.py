"""The records behind every figure, every center of a county, and demo data adding up
(SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date, datetime

import pytest

from hall_desk.db.models import Site, Staff
from hall_desk.domain.cases import SATISFIED_RATINGS, CaseStatus
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import PermissionDenied, ValidationError
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import PeriodReport
from hall_desk.domain.staff import Role
from hall_desk.services import Services
from hall_desk.services.demo.demo import fill_demo
from hall_desk.services.demo.demo_cases import demo_staff
from hall_desk.services.figures.report_data import total_report
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from tests.conftest import NOW
from tests.services.cases.test_cases import add_item, intake
from tests.services.figures.test_stats import DAY, MONTH, TODAY, Desk, build, inside

COUNTY_PASSWORD = "County-2024-pass"


def figure_keys(report: PeriodReport) -> dict[str, int]:
    """Every drill-down key of ``report`` and the figure it stands for."""
    v, c, rooms, r = report.visitors, report.cases, report.rooms, report.ratings
    keys: dict[str, int] = {"visitors": v.visits, "walk_ins": v.walk_ins_total}
    keys |= {f"visitors.category:{row.key}": row.count for row in v.by_category}
    keys |= {f"visitors.purpose:{row.key}": row.count for row in v.by_purpose}
    keys |= {f"visitors.hour:{hour}": count for hour, count in enumerate(v.by_hour)}
    keys |= {f"visitors.day:{row.day.isoformat()}": row.count for row in v.per_day}
    keys |= {f"walk_ins.kind:{row.key}": row.count for row in v.walk_ins}
    for name in ("received", "accepted", "refused", "notified", "completed", "completed_late",
                 "returned", "agent"):  # fmt: skip
        keys[f"cases.{name}"] = getattr(c, name)
    keys |= {f"cases.item:{row.key}": row.accepted for row in c.by_item}
    keys |= {f"cases.office:{row.key}": row.accepted for row in c.by_office}
    for name in ("bookings", "checked_in", "no_shows", "cancelled"):
        keys[f"rooms.{name}"] = getattr(rooms, name)
    keys |= {f"rooms.room:{row.key}": row.bookings for row in rooms.per_room}
    keys |= {"ratings": r.count, "ratings.satisfied": r.satisfied}
    keys |= {f"ratings.rating:{row.key}": row.count for row in r.by_rating}
    keys |= {f"ratings.day:{row.day.isoformat()}": row.count for row in r.per_day}
    keys |= {f"backlog.{name}": count for name, count in asdict(report.backlog).items()}
    return keys


def check_records(services: Services, actor: StaffSession, period: Period) -> PeriodReport:
    report = services.stats.report(actor, period)
    keys = figure_keys(report)
    assert len(keys) > 80
    for key, figure in keys.items():
        records = services.stats.records(actor, period, key)
        assert len(records) == figure, key
        moments = [r.at for r in records if r.at is not None]
        assert moments == sorted(moments, reverse=True), key
        for record in records:  # names only: never an ID number or a phone
            for text in (record.who, record.what, record.detail):
                assert not re.search(r"\d{7}", text), (key, record)
    return report


@pytest.fixture
def desk(services: Services, admin: StaffSession, clerk: StaffSession) -> Desk:
    return build(services, admin, clerk)


def test_every_figure_lists_exactly_its_records(services: Services, desk: Desk) -> None:
    for period in (DAY, MONTH):
        check_records(services, desk.clerk, period)


def test_records_say_what_they_are(services: Services, desk: Desk) -> None:
    made, clerk, stats = desk.made, desk.clerk, services.stats
    late = stats.records(clerk, MONTH, "cases.completed_late")
    assert {r.ref for r in late} == {
        c.number
        for c in made.cases.values()
        if c.status is CaseStatus.COMPLETED
        and inside(c.closed_at, MONTH)
        and c.closed_at.date() > c.due_date  # type: ignore[union-attr,operator]
    }
    assert all(r.kind == "case" and r.status == "Completed" for r in late)
    overdue = stats.records(clerk, MONTH, "backlog.overdue")
    assert {r.ref for r in overdue} == {
        c.number
        for c in made.cases.values()
        if c.status in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS) and c.due_date < TODAY  # type: ignore[operator]
    }
    [today_visit] = stats.records(clerk, DAY, "visitors.purpose:deliberation")
    assert today_visit.kind == "visit" and today_visit.what == (
        "Activity / Residents' council / Other purpose"
    )
    assert today_visit.detail == "Party member" and today_visit.at == datetime(2026, 11, 20, 8, 50)
    study = stats.records(clerk, MONTH, "rooms.room:ZX01")
    assert [r.status for r in study] == ["Checked in"] * 3
    assert {r.who for r in study} == {stats.records(clerk, MONTH.previous(), "visitors")[-1].who}
    assert "#3" in study[0].detail and study[0].what == "共享自习室"
    [declined] = [
        r for r in stats.records(clerk, MONTH, "rooms.cancelled") if r.status == "Declined"
    ]
    assert declined.who == "城南小学"
    [rated] = stats.records(clerk, DAY, "ratings.rating:very_dissatisfied")
    assert rated.status == "Very dissatisfied" and rated.kind == "case"
    [call] = stats.records(clerk, DAY, "backlog.follow_ups_open")
    assert call.kind == "follow_up" and call.ref == rated.ref
    [check] = stats.records(clerk, DAY, "backlog.checks_due")
    assert (check.kind, check.who, check.detail) == ("subsidy", "王寿星", "2026-11")
    [receipt] = stats.records(clerk, DAY, "backlog.receipts_outstanding")
    assert receipt.kind == "transfer" and "转字001" in receipt.detail
    walk_ins = stats.records(clerk, DAY, "walk_ins.kind:rider_rest")
    assert [(r.kind, r.what) for r in walk_ins] == [("walk_in", "Rider resting")] * 2


@pytest.mark.parametrize(
    "figure",
    [
        "nope",
        "backlog",
        "visitors:x",
        "visitors.hour:24",
        "visitors.hour:nine",
        "visitors.category:alien",
        "visitors.day:2026-13-01",
        "ratings.rating:great",
        "walk_ins.kind:",
        "cases.item",
    ],
)
def test_an_unknown_figure_is_refused(services: Services, clerk: StaffSession, figure: str) -> None:
    with pytest.raises(ValidationError) as err:
        services.stats.records(clerk, DAY, figure)
    assert err.value.field == "figure"


# -- a county of centers -----------------------------------------------------------------------


def county_admin(services: Services, passwords: Passwords) -> StaffSession:
    """A second center (code AB01, so it sorts first) with a county administrator."""
    with services.db.write() as s:
        site = Site(code="AB01", name="城北社区服务站", created_at=NOW)
        s.add(site)
        s.flush()
        s.add(Staff(site_id=site.id, username="county.chief", full_name="县管理员",
                    role=Role.COUNTY.value, password_hash=passwords.hash(COUNTY_PASSWORD),
                    active=True, failed_logins=0, created_at=NOW))  # fmt: skip
    return services.staff.sign_in("county.chief", COUNTY_PASSWORD)


def test_county_sees_every_center_and_their_total(
    services: Services, admin: StaffSession, clerk: StaffSession, passwords: Passwords
) -> None:
    county = county_admin(services, passwords)
    assert county.is_county and county.site_id != clerk.site_id
    for who, name, size in ((clerk, "张三", 1), (clerk, "李四", 3), (county, "王五", 2)):
        services.visits.register_visit(who, VisitForm(name=name, purposes=("errand",),
                                                      party_size=size))  # fmt: skip
    services.visits.count_walk_in(county, "reader")
    item = add_item(services, admin)
    services.cases.accept_case(clerk, intake(item))
    north = add_item(services, county, code="TS009")
    services.cases.complete(
        county, services.cases.accept_case(county, intake(north)).id, "已办结", "satisfied"
    )

    for plain in (admin, clerk):
        with pytest.raises(PermissionDenied) as err:
            services.stats.county(plain, DAY)
        assert "county administrator" in err.value.render()
    report = services.stats.county(county, DAY)
    assert [r.site_code for r in report.sites] == ["AB01", "CN01"]
    assert services.stats.sites() == [
        (county.site_id, "AB01", "城北社区服务站"),
        (clerk.site_id, "CN01", "城南社区党群服务中心"),
    ]
    for site in report.sites:
        # Today is still running: counted as the Review page counts it, room hours to now.
        assert site == services.stats.site_compare(site.site_id, DAY).current
        assert site.as_of == NOW
    north_day, south_day = report.sites
    assert (north_day.visitors.visits, north_day.visitors.people) == (1, 2)
    assert (south_day.visitors.visits, south_day.visitors.people) == (2, 4)
    assert (north_day.cases.completed, south_day.cases.completed) == (1, 0)
    total = report.total
    assert (total.site_code, total.site_name, total.period) == ("ALL", "", DAY)
    assert (total.visitors.visits, total.visitors.people, total.visitors.walk_ins_total) == (
        3,
        6,
        1,
    )
    assert (total.cases.received, total.cases.accepted, total.ratings.count) == (2, 2, 1)
    assert total.backlog.open_cases == 1
    assert total == total_report(report.sites, DAY, NOW, NOW)
    # The county administrator's own center is still theirs alone.
    assert services.stats.compare(county, DAY).current == north_day


# -- demo data adds up --------------------------------------------------------------------------


def check_consistent(report: PeriodReport) -> None:
    v, c, rooms, r = report.visitors, report.cases, report.rooms, report.ratings
    assert sum(x.count for x in v.by_category) == v.visits
    assert sum(x.count for x in v.per_day) == v.visits == sum(v.by_hour)
    assert sum(x.count for x in v.by_purpose) >= v.visits and v.people >= v.visits
    assert sum(x.count for x in v.walk_ins) == v.walk_ins_total
    assert c.accepted + c.refused == c.received and c.completed_late <= c.completed
    for rows in (c.by_item, c.by_office):
        assert sum(x.accepted for x in rows) == c.accepted
        assert sum(x.completed for x in rows) == c.completed
        assert sum(x.agent for x in rows) == c.agent
        assert list(rows) == sorted(rows, key=lambda x: (-x.accepted, x.key))
    for name in ("bookings", "checked_in", "no_shows", "cancelled"):
        assert sum(getattr(x, name) for x in rooms.per_room) == getattr(rooms, name)
    assert rooms.checked_in + rooms.no_shows <= rooms.bookings
    assert sum(x.open_hours for x in rooms.per_room) == pytest.approx(rooms.open_hours)
    assert sum(x.count for x in r.by_rating) == r.count == sum(d.count for d in r.per_day)
    assert sum(d.satisfied for d in r.per_day) == r.satisfied
    assert r.satisfied == sum(x.count for x in r.by_rating if x.key in SATISFIED_RATINGS)
    assert [d.day for d in r.per_day] == list(report.period.dates())


def test_demo_data_adds_up(services: Services, clock: FixedClock, passwords: Passwords) -> None:
    fill_demo(services.db, clock, passwords, days=21, visits_per_day=40, seed=7, demands_per_day=0)
    site_id = services.stats.sites()[0][0]
    actor = demo_staff(services.db, site_id)[0]
    for period in (DAY, MONTH, Period.year(TODAY), Period(date(2026, 11, 1), date(2026, 11, 20))):
        report = services.stats.report(actor, period)
        check_consistent(report)
    month = check_records(services, actor, MONTH)
    check_records(services, actor, DAY)
    assert month.visitors.visits > 400 and month.cases.completed > 0 and month.ratings.count > 0
    assert month.rooms.checked_in > 0 and month.rooms.used_hours > 0
    assert 0 < month.rooms.used_hours < month.rooms.open_hours
