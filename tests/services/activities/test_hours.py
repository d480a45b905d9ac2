"""Hours over a period: a person's ledger, everyone's totals and a unit's members' totals,
counted by SQL on SQLite and PostgreSQL; cancelled shifts, shifts below the minimum share,
other periods and other centers never add up."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hall_desk.domain.errors import NotFoundError, ValidationError
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from tests.services.activities.volunteer_rows import (
    NOVEMBER,
    HoursScenario,
    add_resident,
    add_role,
    add_shift,
    hours_scenario,
    volunteer_day,
)
from tests.services.party.demand_rows import other_center


@pytest.fixture
def other(services: Services) -> StaffSession:
    return other_center(services.db)


@pytest.fixture
def scenario(services: Services, admin: StaffSession, other: StaffSession) -> HoursScenario:
    built = hours_scenario(services.db, admin)
    # Another center's volunteer on the same server, in the same month.
    day = volunteer_day(services.db, other, date(2026, 11, 10))
    stranger = add_resident(services.db, other.site_id, "周北", "13700001234")
    start = day.starts[0]
    add_shift(services.db, other, day.guide, day.sessions[0], resident_id=stranger,
              present=(start, start.replace(hour=12)))  # fmt: skip
    return built


def test_totals_of_a_period_most_hours_first(
    services: Services, clerk: StaffSession, scenario: HoursScenario
) -> None:
    totals = services.hours.totals(clerk, *NOVEMBER)
    assert [(t.name, t.shifts, t.total_minutes) for t in totals] == [
        (name, *scenario.november[name]) for name in ("李明", "王芳", "赵强", "张三丰")
    ]
    by_name = {t.name: t for t in totals}
    assert (
        by_name["李明"].unit_name == "县供电公司" and by_name["李明"].masked_phone == "139****1111"
    )
    assert by_name["张三丰"].ref == scenario.refs["张三丰"] and by_name["张三丰"].unit_name == ""
    october = services.hours.totals(clerk, date(2026, 10, 1), date(2026, 10, 31))
    assert [(t.name, t.total_minutes) for t in october] == [("李明", 180)]
    assert services.hours.totals(clerk, date(2026, 9, 1), date(2026, 9, 30)) == []


def test_unit_totals_list_the_units_members_with_hours(
    services: Services, clerk: StaffSession, other: StaffSession, scenario: HoursScenario
) -> None:
    power = services.hours.unit_totals(clerk, scenario.power_unit, *NOVEMBER)
    assert [(t.name, t.total_minutes) for t in power] == [("李明", 330), ("王芳", 180)]
    hospital = services.hours.unit_totals(clerk, scenario.hospital_unit, *NOVEMBER)
    assert [(t.name, t.shifts, t.total_minutes) for t in hospital] == [("赵强", 1, 180)]
    with pytest.raises(NotFoundError):
        services.hours.unit_totals(other, scenario.power_unit, *NOVEMBER)


def test_ledger_itemises_served_shifts_with_supplements_marked(
    services: Services, clerk: StaffSession, other: StaffSession, scenario: HoursScenario
) -> None:
    li = services.hours.ledger(clerk, scenario.refs["李明"], *NOVEMBER)
    assert (li.name, li.unit_name, li.masked_phone, li.total_minutes) == (
        "李明",
        "县供电公司",
        "139****1111",
        330,
    )
    assert [(i.day, i.role_name, i.minutes, i.supplementary) for i in li.items] == [
        (date(2026, 11, 7), "引导员", 180, False),
        (date(2026, 11, 14), "引导员", 150, True),
    ]
    assert li.items[0].activity_title == "周末社区志愿服务日"
    assert li.items[0].activity_number.endswith("-A2026-" + li.items[0].activity_number[-4:])
    # A shift below the minimum share is on the ledger with no hours; a cancelled one is not.
    wang = services.hours.ledger(clerk, scenario.refs["王芳"], *NOVEMBER)
    assert [(i.day.day, i.minutes) for i in wang.items] == [(7, 0), (14, 180)]
    assert wang.total_minutes == 180
    zhang = services.hours.ledger(
        clerk, scenario.refs["张三丰"], date(2026, 10, 1), date(2026, 12, 31)
    )
    assert zhang.masked_id_number == "1422**********4565"
    assert [i.minutes for i in zhang.items] == [120, 180]
    with pytest.raises(ValidationError):
        services.hours.ledger(clerk, scenario.refs["李明"], date(2026, 11, 30), date(2026, 11, 1))
    with pytest.raises(NotFoundError):
        services.hours.ledger(other, scenario.refs["李明"], *NOVEMBER)


def test_a_role_deactivated_keeps_its_hours(
    services: Services, admin: StaffSession, clerk: StaffSession, scenario: HoursScenario
) -> None:
    extra = add_role(services.db, admin, scenario.activity_id, "摄影", 1, active=False)
    add_shift(services.db, admin, extra, scenario.sessions["11-07"],
              member_id=scenario.refs["赵强"].member_id,
              present=(datetime(2026, 11, 7, 9), datetime(2026, 11, 7, 12)))  # fmt: skip
    hospital = services.hours.unit_totals(clerk, scenario.hospital_unit, *NOVEMBER)
    assert [(t.shifts, t.total_minutes) for t in hospital] == [(2, 360)]
