"""The records behind each demand figure hold exactly what the figure counts."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from hall_desk.domain.demand_figures import DemandBreakdown, DemandCounts
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.periods import Period
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from tests.conftest import NOW
from tests.services.figures.demand_scenario import Scenario, build, running_overdue

OCTOBER = Period.month(date(2026, 10, 1))


@pytest.fixture
def scenario(services: Services, admin: StaffSession) -> Scenario:
    return build(services.db, admin)


def test_every_count_lists_exactly_its_demands(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    figures = services.demand_stats.figures(admin, OCTOBER)
    for f in fields(DemandCounts):
        if f.name == "service_minutes":
            continue
        records = services.demand_stats.records(admin, OCTOBER, f"demands.{f.name}")
        assert len(records) == getattr(figures, f.name), f.name
        assert all(r.kind == "demand" and OCTOBER.start <= r.at < OCTOBER.end for r in records)
    solved = services.demand_stats.records(admin, OCTOBER, "demands.solved")
    assert [r.at for r in solved] == sorted((r.at for r in solved), reverse=True)
    ours = {d.number for d in scenario.counted()}
    assert {r.ref for r in solved} <= ours  # nothing of the other center, nothing merged
    reopened = services.demand_stats.records(admin, OCTOBER, "demands.reopened")
    assert len(reopened) == figures.reopened
    # Callers' ratings are listed too, marked as merged calls, with no phone anywhere.
    rated = services.demand_stats.records(admin, OCTOBER, "demands.rated")
    assert any(r.detail == "Call merged in" for r in rated)
    assert all("138" not in r.who and "139" not in r.who for r in rated)


def test_what_stands_open_and_the_problems_overdue(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    day = Period.day(NOW.date())
    figures = services.demand_stats.figures(admin, day)
    overdue = services.demand_stats.records(admin, day, "demands.overdue")
    assert {r.ref for r in overdue} == {d.number for d in running_overdue(scenario)}
    due_soon = services.demand_stats.records(admin, day, "demands.due_soon")
    assert len(due_soon) == figures.backlog.due_soon
    opened = services.demand_stats.records(admin, day, "demands.open")
    assert len(opened) == figures.backlog.open_now
    problems = services.demand_stats.records(admin, day, "problems.overdue")
    assert len(problems) == 2 and {p.kind for p in problems} == {"problem"}
    assert all(p.who == "物业" and p.detail == "十一月居民议事会" for p in problems)


@pytest.mark.parametrize("by", list(DemandBreakdown))
def test_a_breakdown_row_lists_its_demands(
    services: Services, admin: StaffSession, scenario: Scenario, by: DemandBreakdown
) -> None:
    rows = services.demand_stats.breakdown(admin, OCTOBER, by)
    assert rows
    for row in rows:
        records = services.demand_stats.records(admin, OCTOBER, f"demands.{by.value}:{row.key}")
        # Every demand of the row with something counted, each once.
        assert len(records) == len({r.ref for r in records}) >= row.collected
        collected = [r for r in records if r.at is not None and OCTOBER.start <= r.at]
        assert len(collected) == row.collected


def test_a_day_lists_the_demands_collected_that_day(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    figures = services.demand_stats.figures(admin, OCTOBER)
    busiest = max(figures.per_day, key=lambda d: d.collected)
    key = f"demands.day:{busiest.day.isoformat()}"
    assert len(services.demand_stats.records(admin, OCTOBER, key)) == busiest.collected


@pytest.mark.parametrize(
    "figure",
    [
        "demands.nothing",
        "visitors",
        "demands.unit:abc",
        "demands.day:2026-13-01",
        "demands.street:1",
    ],
)
def test_an_unknown_figure_is_refused(services: Services, admin: StaffSession, figure: str) -> None:
    with pytest.raises(ValidationError) as raised:
        services.demand_stats.records(admin, OCTOBER, figure)
    assert raised.value.field == "figure"
