"""The demand figures against a real database (SQLite and PostgreSQL).

Seven weeks of a center's demands are written with the ORM (``demand_scenario``); every figure
is compared with the count the test makes from its own list of what it wrote, including a
second center whose demands, callers and meeting problems must never count.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, timedelta

import pytest

from hall_desk.domain.demand_figures import NO_NEIGHBOURHOOD, DemandCounts, DemandFigures
from hall_desk.domain.errors import PermissionDenied, ValidationError
from hall_desk.domain.periods import Period, PeriodKind
from hall_desk.domain.staff import Role
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from tests.conftest import NOW
from tests.services.figures.demand_scenario import (
    EDGE_PLACE,
    Scenario,
    build,
    expected_backlog,
    expected_counts,
    expected_merged_calls,
    expected_per_day,
    running_overdue,
)

TODAY = NOW.date()
NOVEMBER = Period.month(TODAY)
OCTOBER = Period.month(date(2026, 10, 1))


@pytest.fixture
def scenario(services: Services, admin: StaffSession) -> Scenario:
    return build(services.db, admin)


def counts_of(figures: DemandCounts) -> DemandCounts:
    return DemandCounts(**{f.name: getattr(figures, f.name) for f in fields(DemandCounts)})


def check_figures(figures: DemandFigures, scenario: Scenario, period: Period) -> None:
    demands = scenario.counted()
    assert figures.period == period
    assert counts_of(figures) == expected_counts(scenario, period, demands)
    assert figures.merged_calls == expected_merged_calls(scenario, period)
    assert figures.calls == figures.collected + figures.merged_calls
    reopened = sum(
        d.reopened_at is not None and period.start <= d.reopened_at < period.end for d in demands
    )
    assert figures.reopened == reopened
    per_day = expected_per_day(scenario, period)
    assert {d.day: (d.collected, d.solved) for d in figures.per_day} == per_day
    by_category = {
        row.label: counts_of(row) for row in figures.by_category
    }  # every kind with something counted
    expected = {
        name: expected_counts(scenario, period, [d for d in demands if d.category == name])
        for name in {d.category for d in demands}
    }
    assert by_category == {k: v for k, v in expected.items() if not v.is_empty()}


def test_a_month_counts_every_figure_of_this_center_only(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    october = services.demand_stats.figures(admin, OCTOBER)
    check_figures(october, scenario, OCTOBER)
    # The scenario has every outcome, so no figure is trivially zero.
    for name in ("collected", "wishes", "dispatched", "accepted", "solved", "rated"):
        assert getattr(october, name) > 0, name
    assert 0 < october.on_time_responses < october.accepted
    assert 0 < october.solved_on_time < october.solved
    assert 0 < october.satisfied < october.rated
    assert october.response_rate == october.on_time_responses / october.accepted
    assert october.on_time_rate == october.solved_on_time / october.solved
    assert october.satisfaction_rate == october.satisfied / october.rated
    assert october.on_site_minutes == 15 and october.site_code == "CN01"
    # The other center's demands, callers and ratings would change every one of these.
    other = services.demand_stats.site_figures(scenario.other_site_id, OCTOBER)
    mine = expected_counts(scenario, OCTOBER, scenario.counted(scenario.other_site_id))
    assert counts_of(other) == mine
    assert other.on_site_minutes == 10  # its clock was never changed


def test_a_year_and_a_week_and_a_day(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    for period in (
        Period.year(TODAY),
        Period.week(date(2026, 11, 9)),
        Period.day(date(2026, 11, 10)),
    ):
        check_figures(services.demand_stats.figures(admin, period), scenario, period)


def test_taken_on_at_the_on_site_limit_and_solved_at_the_due_time_are_on_time(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    # One demand taken on 15 minutes after dispatch and solved at its due time, one a minute
    # late for both.
    day = Period.day(date(2026, 11, 10))
    rows = services.demand_stats.breakdown(admin, day, "neighbourhood")
    edge = next(row for row in rows if row.label == EDGE_PLACE)
    assert (edge.accepted, edge.on_time_responses) == (2, 1)
    assert (edge.solved, edge.solved_on_time, edge.solved_late) == (2, 1, 1)
    assert edge.response_rate == edge.on_time_rate == 0.5
    check_figures(services.demand_stats.figures(admin, day), scenario, day)


def test_the_running_month_is_compared_with_the_same_days_of_the_month_before(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    both = services.demand_stats.compare(admin, NOVEMBER)
    current, previous = both.current, both.previous
    assert current.period == Period(date(2026, 11, 1), TODAY, PeriodKind.MONTH)
    assert previous.period == Period(date(2026, 10, 1), date(2026, 10, 20), PeriodKind.MONTH)
    assert current.as_of == NOW and previous.as_of == datetime(2026, 10, 20, 9, 30)
    check_figures(current, scenario, current.period)
    check_figures(previous, scenario, previous.period)
    # A month that is over is compared with the whole month before.
    september = services.demand_stats.compare(admin, OCTOBER)
    assert september.previous.period == Period.month(date(2026, 9, 1))
    assert september.current.as_of is None
    check_figures(september.previous, scenario, Period.month(date(2026, 9, 1)))


def test_what_stands_open_now(services: Services, admin: StaffSession, scenario: Scenario) -> None:
    figures = services.demand_stats.figures(admin, Period.day(TODAY))
    open_now, overdue, due_soon = expected_backlog(scenario)
    assert (figures.backlog.open_now, figures.overdue_open, figures.backlog.due_soon) == (
        open_now,
        overdue,
        due_soon,
    )
    assert overdue >= 2 and due_soon >= 1
    assert figures.backlog.problems_overdue == scenario.problems_overdue == 2
    listed = services.demand_stats.overdue_now(admin)
    assert [d.number for d in listed] == [d.number for d in running_overdue(scenario)]
    late = next(d for d in listed if d.due_at == NOW - timedelta(minutes=20))
    assert late.minutes_late == 20
    assert late.holder == "王强（县供电公司）" and late.place == "3号楼2单元"
    assert late.neighbourhood == "阳光花园" and late.level == "Ordinary"
    unit_only = next(d for d in listed if d.due_at == NOW - timedelta(minutes=10))
    assert unit_only.holder == "县人民医院" and unit_only.minutes_late == 10
    # Ten minutes on, the demand due soon is overdue too.
    services.clock.advance(minutes=10)  # type: ignore[attr-defined]
    later = services.demand_stats.figures(admin, Period.day(TODAY))
    assert later.overdue_open == expected_backlog(scenario, NOW + timedelta(minutes=10))[1]
    assert later.overdue_open == overdue + 1


@pytest.mark.parametrize("by", ["category", "neighbourhood", "unit", "member"])
def test_breakdowns_count_each_kind_place_unit_and_member(
    services: Services, admin: StaffSession, scenario: Scenario, by: str
) -> None:
    period = Period(date(2026, 10, 1), TODAY)
    rows = services.demand_stats.breakdown(admin, period, by)
    demands = scenario.counted()
    if by == "category":
        groups = {d.category for d in demands}
        member_of = {name: [d for d in demands if d.category == name] for name in groups}
    elif by == "neighbourhood":
        groups = {d.neighbourhood for d in demands}
        member_of = {
            name or NO_NEIGHBOURHOOD: [d for d in demands if d.neighbourhood == name]
            for name in groups
        }
    elif by == "unit":
        groups = {u for d in demands for u in scenario.units_of(d)}
        member_of = {u: [d for d in demands if u in scenario.units_of(d)] for u in groups}
    else:
        groups = {d.member for d in demands if d.member}
        member_of = {m: [d for d in demands if d.member == m] for m in groups}
    expected = {name: expected_counts(scenario, period, made) for name, made in member_of.items()}
    assert {row.label: counts_of(row) for row in rows} == {
        k: v for k, v in expected.items() if not v.is_empty()
    }
    # Most collected first.
    assert [r.collected for r in rows] == sorted((r.collected for r in rows), reverse=True)
    if by == "unit":
        # The demand given to a unit and to another unit's member counts for both.
        total = services.demand_stats.figures(admin, period)
        assert sum(r.dispatched for r in rows) > total.dispatched
    if by == "member":
        assert {r.detail for r in rows} == {"县人民医院", "县供电公司"}


def test_an_unknown_breakdown_is_refused(services: Services, admin: StaffSession) -> None:
    with pytest.raises(ValidationError) as raised:
        services.demand_stats.breakdown(admin, NOVEMBER, "street")
    assert raised.value.field == "by"


def test_nothing_to_divide_by_gives_no_rate(services: Services, admin: StaffSession) -> None:
    figures = services.demand_stats.figures(admin, NOVEMBER)
    assert counts_of(figures) == DemandCounts()
    assert figures.response_rate is None
    assert figures.on_time_rate is None
    assert figures.satisfaction_rate is None
    assert figures.by_category == () and figures.overdue_open == 0
    assert all(d.collected == d.solved == 0 for d in figures.per_day)
    assert len(figures.per_day) == NOVEMBER.days
    assert services.demand_stats.breakdown(admin, NOVEMBER, "unit") == []
    assert services.demand_stats.overdue_now(admin) == []


def test_the_county_sees_every_center_side_by_side(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    with pytest.raises(PermissionDenied):
        services.demand_stats.county(admin, OCTOBER)
    county_admin = StaffSession(
        admin.staff_id, admin.site_id, admin.username, admin.full_name, Role.COUNTY,
        admin.site_name,
    )  # fmt: skip
    county = services.demand_stats.county(county_admin, OCTOBER)
    assert [f.site_code for f in county.sites] == ["BJ02", "CN01"]
    other, mine = county.sites
    assert counts_of(mine) == expected_counts(scenario, OCTOBER, scenario.counted())
    theirs = expected_counts(scenario, OCTOBER, scenario.counted(scenario.other_site_id))
    assert counts_of(other) == theirs
    for f in fields(DemandCounts):
        assert getattr(county.total, f.name) == getattr(mine, f.name) + getattr(other, f.name)
    assert county.total.site_id == 0
    assert county.total.overdue_open == mine.overdue_open + other.overdue_open
    assert county.total.backlog.problems_overdue == 3  # two here, one there
    assert sum(r.collected for r in county.total.by_category) == county.total.collected
