"""The desk's lists: open, filtered, searched, overdue and due soon by the 1341 clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hall_desk.domain.demands import DemandStatus
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from tests.services.party.demand_helpers import Registry, form, registry, resident


@pytest.fixture
def reg(services: Services, admin: StaffSession) -> Registry:
    return registry(services, admin.site_id)


def taken_on(services: Services, actor: StaffSession, reg: Registry, **fields: object) -> str:
    category = fields.pop("category", reg.categories["综合服务"])
    number = services.demands.take(actor, form(category, **fields)).number  # type: ignore[arg-type]
    services.demands.dispatch(actor, number, member_id=reg.zhao)
    services.demands.accept(actor, number, "phone")
    return number


@pytest.mark.parametrize(
    ("level", "minutes"), [("general", 30), ("complex", 4 * 60), ("major", 24 * 60)]
)
def test_due_time_follows_the_level_and_turns_due_soon_then_overdue(
    services: Services, clerk: StaffSession, reg: Registry, clock, level: str, minutes: int
) -> None:
    started = clock.now()
    number = taken_on(services, clerk, reg, level=level)
    row = services.demands.detail(clerk, number)
    assert row.due_at == started + timedelta(minutes=minutes)
    assert row.clock_state == "on_time" and row.deadline == row.due_at
    clock.advance(minutes=minutes - max(5, minutes // 5))
    assert services.demands.detail(clerk, number).clock_state == "due_soon"
    assert services.demands.overdue(clerk) == []
    clock.advance(minutes=max(5, minutes // 5) + 1)
    late = services.demands.detail(clerk, number)
    assert late.clock_state == "overdue" and late.is_overdue
    assert [r.number for r in services.demands.overdue(clerk)] == [number]
    services.demands.solve(clerk, number, "办完了", 10)
    assert services.demands.overdue(clerk) == []  # a solved demand's clock has stopped


def test_a_visit_not_made_within_the_on_site_minutes_is_overdue(
    services: Services, clerk: StaffSession, reg: Registry, clock
) -> None:
    waiting = services.demands.take(
        clerk, form(reg.categories["安全隐患"], needs_visit=True, level="complex")
    ).number
    services.demands.dispatch(clerk, waiting, member_id=reg.wang)
    running = taken_on(
        services, clerk, reg, category=reg.categories["安全隐患"], needs_visit=True, level="complex"
    )
    arrived = taken_on(
        services, clerk, reg, category=reg.categories["安全隐患"], needs_visit=True, level="complex"
    )
    clock.advance(minutes=4)
    services.demands.record_on_site(clerk, arrived)
    clock.advance(minutes=7)
    overdue = {r.number: r for r in services.demands.overdue(clerk)}
    # Dispatched but not taken on within 10 minutes, and taken on but nobody there yet.
    assert set(overdue) == {waiting, running}
    assert overdue[running].deadline == overdue[running].accepted_at + timedelta(minutes=10)
    assert services.demands.detail(clerk, arrived).clock_state == "on_time"


def test_open_list_filters_and_puts_the_most_urgent_first(
    services: Services, clerk: StaffSession, reg: Registry, clock
) -> None:
    d = services.demands
    waiting = d.take(clerk, form(reg.categories["小区环境"])).number
    slow = taken_on(services, clerk, reg, level="complex")
    clock.advance(minutes=10)
    quick = taken_on(services, clerk, reg)
    wish = d.take(
        clerk,
        form(reg.categories["困难帮扶"], kind="wish", wish_target_date=clock.today()),
    ).number
    clock.advance(minutes=25)  # quick is due soon (5 minutes left), slow is on time
    done = taken_on(services, clerk, reg)
    d.solve(clerk, done, "好了", 5)
    called = taken_on(services, clerk, reg)
    d.solve(clerk, called, "好了", 5)
    d.call_back(clerk, called, "satisfied")
    numbers = [r.number for r in d.open_demands(clerk)]
    assert numbers[0] == quick and called not in numbers
    assert set(numbers) == {waiting, slow, quick, wish, done}
    assert [r.number for r in d.open_demands(clerk, status=DemandStatus.SOLVED)] == [done]
    assert [r.number for r in d.open_demands(clerk, status="pending")] == [wish, waiting]
    assert called in [r.number for r in d.open_demands(clerk, include_closed=True)]
    env = [r.number for r in d.open_demands(clerk, category_id=reg.categories["小区环境"])]
    assert env == [waiting]
    assert [r.number for r in d.open_demands(clerk, kind="wish")] == [wish]
    clock.advance(minutes=10)
    assert [r.number for r in d.open_demands(clerk, overdue_only=True)] == [quick]
    states = {r.number: r.clock_state for r in d.open_demands(clerk)}
    assert states[quick] == "overdue" and states[waiting] == ""


def test_search_by_number_name_phone_place_and_member(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    person = resident(services, clerk, "刘阿姨", "13812345678")
    d = services.demands
    mine = d.take(clerk, form(reg.categories["小区环境"], resident_id=person)).number
    anon = d.take(
        clerk,
        form(
            reg.categories["综合服务"],
            neighbourhood="和平小区",
            place="菜市场门口",
            contact_name="陈先生",
            contact_phone="13911119999",
        ),
    ).number
    d.dispatch(clerk, anon, member_id=reg.wang)

    def found(text: str) -> list[str]:
        return [r.number for r in d.open_demands(clerk, search=text)]

    assert found(mine) == [mine]
    assert found(mine.lower()) == [mine]
    assert found("00002") == [anon]
    assert found("刘阿姨") == [mine] and found("lay") == [mine]
    assert found("5678") == [mine] and found("9999") == [anon]
    assert found("菜市场") == [anon] and found("和平") == [anon]
    assert found("陈先生") == [anon] and found("王师傅") == [anon]
    assert found("安居物业") == []  # the member's unit is not who has it
    assert found("nobody") == []


def test_lists_hand_out_masked_phones_only(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    person = resident(services, clerk, "刘阿姨", "13812345678")
    services.demands.take(clerk, form(reg.categories["小区环境"], resident_id=person))
    services.demands.take(
        clerk, form(reg.categories["小区环境"], contact_name="陈先生", contact_phone="0351-7654321")
    )
    rows = services.demands.open_demands(clerk)
    assert {r.masked_phone for r in rows} == {"138****5678", "0351-***4321"}
    assert all("13812345678" not in repr(r) and "0351-7654321" not in repr(r) for r in rows)
