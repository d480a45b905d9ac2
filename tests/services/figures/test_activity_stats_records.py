"""The records behind each activity figure: exactly what the figure counts, of this center."""

from __future__ import annotations

from datetime import date

import pytest

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.periods import Period
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from tests.services.figures.activity_scenario import Scenario, build

OCTOBER = Period.month(date(2026, 10, 1))


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def scenario(services: Services, admin: StaffSession) -> Scenario:
    return build(services.db, admin)


def test_every_figure_lists_as_many_records_as_it_counts(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    stats = services.activity_stats
    figures = stats.figures(admin, OCTOBER)
    for key, count in (
        ("activities.sessions", figures.sessions),
        ("activities.signups", figures.signups),
        ("activities.cancellations", figures.cancellations),
        ("activities.present", figures.present),
        ("activities.absent", figures.absent),
        ("activities.excused", figures.excused),
        ("activities.marked", figures.marked),
        ("activities.waiting", figures.waiting_now),
        ("volunteers.shifts", figures.shifts),
        ("volunteers.supplementary", figures.supplementary_shifts),
        ("volunteers.signed_in", figures.signed_in),
    ):
        assert len(stats.records(admin, OCTOBER, key)) == count, key
    for row in figures.by_kind + figures.by_organiser:
        by = "kind" if row in figures.by_kind else "organiser"
        records = stats.records(admin, OCTOBER, f"activities.{by}:{row.key}")
        assert len(records) == row.sessions, row.key
    present = stats.records(admin, OCTOBER, "activities.present")
    assert {r.kind for r in present} == {"attendance"} and {r.status for r in present} == {
        "Present"
    }
    assert all(r.who.startswith("孩子CN01") for r in present)  # never the other center's
    assert all(r.at is not None and OCTOBER.contains(r.at.date()) for r in present)
    shifts = stats.records(admin, OCTOBER, "volunteers.supplementary")
    assert [(r.who, r.what, r.status) for r in shifts] == [("孙磊", "引导员", "Entered afterwards")]
    assert "3.3 h" in shifts[0].detail
    sessions = stats.records(admin, OCTOBER, f"activities.organiser:unit:{scenario.unit_id}")
    assert [r.what for r in sessions] == ["义诊进社区"] and sessions[0].who == "县人民医院"
    # No phone number anywhere in a list.
    for key in ("activities.signups", "volunteers.shifts"):
        for record in stats.records(admin, OCTOBER, key):
            assert "1370000" not in f"{record}" and "139111" not in f"{record}"


@pytest.mark.parametrize(
    "key",
    ["activities.rooms", "activities.kind", "activities.organiser:unit:x", "volunteers.x", "x"],
)
def test_an_unknown_figure_is_refused(services: Services, admin: StaffSession, key: str) -> None:
    with pytest.raises(ValidationError) as raised:
        services.activity_stats.records(admin, OCTOBER, key)
    assert raised.value.field == "figure"
