"""Taking demands and moving them from dispatch to the call back (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from hall_desk.db.party_models import Demand, DemandEvent, PartyMember
from hall_desk.domain.cases import Rating
from hall_desk.domain.demand_intake import AcceptedHow, DemandKind
from hall_desk.domain.demands import ACTION_LABELS, DemandAction, DemandStatus
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from tests.services.party.demand_helpers import (
    Registry,
    audit_rows,
    form,
    other_center,
    registry,
    resident,
)
from tests.services.party.rows import add_member, add_unit, seed_lists

S, A = DemandStatus, DemandAction


@pytest.fixture
def reg(services: Services, admin: StaffSession) -> Registry:
    return registry(services, admin.site_id)


def test_taking_a_demand_gives_a_number_and_waits_for_dispatch(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    person = resident(services, clerk, "刘阿姨", "13812345678")
    taken = services.demands.take(
        clerk, form(reg.categories["小区环境"], resident_id=person, needs_visit=True)
    )
    assert taken.number == "CN01-D2026-00001"
    assert taken.status is S.PENDING and taken.allowed == (A.DISPATCH,)
    assert taken.resident_name == "刘阿姨" and taken.masked_phone == "138****5678"
    assert taken.category_name == "小区环境" and taken.clerk_name == "李晓燕"
    assert [e.action for e in taken.events] == ["take"] and taken.version > 0
    assert taken.clock_state == "" and taken.deadline is None
    second = services.demands.take(clerk, form(reg.categories["小区环境"]))
    assert second.number == "CN01-D2026-00002" and second.resident_name == ""
    entry = audit_rows(services)[0]
    assert entry.action == "take" and entry.entity_id == taken.number
    assert "刘阿姨" not in entry.detail and "13812345678" not in entry.detail


def test_an_anonymous_demand_keeps_its_contact_masked(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    taken = services.demands.take(
        clerk,
        form(
            reg.categories["综合服务"],
            source="hotline",
            contact_name="陈先生",
            contact_phone="139 1234 5678",
        ),
    )
    assert taken.resident_id is None and taken.resident_name == "陈先生"
    assert taken.masked_phone == taken.masked_contact_phone == "139****5678"
    assert "13912345678" not in repr(taken)
    with services.db.read() as s:
        assert s.scalar(select(Demand.contact_phone)) == "13912345678"


def test_every_bad_field_is_named_at_once(
    services: Services, clerk: StaffSession, reg: Registry, clock
) -> None:
    with pytest.raises(ValidationError) as bad:
        services.demands.take(
            clerk,
            form(
                None,
                kind="wish",
                source="fax",
                level="urgent",
                description="  ",
                neighbourhood="",
                place="",
                contact_phone="12345",
                wish_target_date=clock.today() - timedelta(days=1),
            ),
        )
    fields = {e.field for e in bad.value.errors}
    assert fields >= {"source", "level", "description", "neighbourhood", "category", "phone"}
    assert "wish_target_date" in fields
    with pytest.raises(ValidationError) as no_date:
        services.demands.take(clerk, form(reg.categories["困难帮扶"], kind="wish"))
    assert no_date.value.field == "wish_target_date"
    wish = services.demands.take(
        clerk,
        form(reg.categories["困难帮扶"], kind="wish", wish_target_date=date(2026, 12, 24)),
    )
    assert wish.kind is DemandKind.WISH and wish.wish_target_date == date(2026, 12, 24)
    plain = services.demands.take(
        clerk, form(reg.categories["困难帮扶"], wish_target_date=date(2026, 12, 24))
    )
    assert plain.wish_target_date is None  # only a wish has a target date


def test_the_whole_way_from_dispatch_to_the_call_back(
    services: Services, clerk: StaffSession, reg: Registry, clock
) -> None:
    d = services.demands
    taken = d.take(clerk, form(reg.categories["小区环境"], level="complex", needs_visit=True))
    clock.advance(minutes=5)
    sent = d.dispatch(clerk, taken.number, member_id=reg.wang, note="请尽快")
    assert sent.status is S.DISPATCHED and sent.holder_name == "王师傅"
    assert sent.holder_unit_name == "安居物业公司" and sent.dispatched_at == clock.now()
    assert sent.allowed == (A.ACCEPT, A.HAND_BACK, A.REASSIGN)
    # Needs a visit and not yet taken on: the on-site minutes run from the dispatch.
    assert sent.deadline == clock.now() + timedelta(minutes=10)
    clock.advance(minutes=3)
    taken_on_at = clock.now() - timedelta(minutes=1)
    accepted = d.accept(clerk, taken.number, "phone", at=taken_on_at)
    assert accepted.status is S.ACCEPTED and accepted.accepted_how is AcceptedHow.PHONE
    assert accepted.accepted_at == taken_on_at and accepted.clock_minutes == 240
    assert accepted.due_at == taken_on_at + timedelta(hours=4)
    assert accepted.on_site_by == taken_on_at + timedelta(minutes=10)
    clock.advance(minutes=4)
    there = d.record_on_site(clerk, taken.number)
    assert there.on_site_at == clock.now() and there.clock_state == "on_time"
    assert there.deadline == accepted.due_at
    started = d.start(clerk, taken.number)
    assert started.status is S.IN_PROGRESS and started.started_at == clock.now()
    clock.advance(hours=1)
    solved = d.solve(clerk, taken.number, "换了楼道灯", 45)
    assert solved.status is S.SOLVED and solved.service_minutes == 45
    assert solved.result_note == "换了楼道灯" and solved.clock_state == ""
    done = d.call_back(clerk, taken.number, "very_satisfied", "很及时")
    assert done.status is S.CALLED_BACK and done.rating is Rating.VERY_SATISFIED
    assert done.allowed == (A.REOPEN,)
    assert [e.action for e in done.events] == [
        "take", "dispatch", "accept", "on_site", "start", "solve", "call_back",
    ]  # fmt: skip
    assert done.events[1].holder_name == "王师傅" and done.events[1].note == "请尽快"
    assert done.events[2].at == taken_on_at  # the time the member took it on
    assert done.events[-1].rating is Rating.VERY_SATISFIED
    assert all(e.staff_name == "李晓燕" for e in done.events)
    actions = [e.action for e in audit_rows(services)]
    assert actions == ["take", "dispatch", "accept", "on_site", "start", "solve", "call_back"]


@pytest.mark.parametrize(
    ("moves", "refused"),
    [
        ([], A.ACCEPT),
        ([], A.SOLVE),
        ([], A.CALL_BACK),
        ([A.DISPATCH], A.DISPATCH),
        ([A.DISPATCH], A.START),
        ([A.DISPATCH, A.ACCEPT], A.CALL_BACK),
        ([A.DISPATCH, A.ACCEPT, A.SOLVE], A.HAND_BACK),
        ([A.DISPATCH, A.ACCEPT, A.SOLVE, A.CALL_BACK], A.REASSIGN),
        ([A.DISPATCH, A.ACCEPT, A.SOLVE], A.REOPEN),
    ],
)
def test_an_illegal_move_is_refused_naming_the_moves_allowed(
    services: Services,
    clerk: StaffSession,
    reg: Registry,
    moves: list[DemandAction],
    refused: DemandAction,
) -> None:
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    for move in moves:
        do(services, clerk, reg, number, move)
    before = services.demands.detail(clerk, number)
    with pytest.raises(ConflictError) as caught:
        do(services, clerk, reg, number, refused)
    text = caught.value.render()
    assert "Allowed now:" in text
    for allowed in before.allowed:
        assert ACTION_LABELS[allowed] in text
    after = services.demands.detail(clerk, number)
    assert after.status is before.status and after.version == before.version


def do(
    services: Services, actor: StaffSession, reg: Registry, number: str, move: DemandAction
) -> None:
    d = services.demands
    match move:
        case A.DISPATCH:
            d.dispatch(actor, number, member_id=reg.zhang)
        case A.ACCEPT:
            d.accept(actor, number, "in_person")
        case A.START:
            d.start(actor, number)
        case A.SOLVE:
            d.solve(actor, number, "已解决", 30)
        case A.CALL_BACK:
            d.call_back(actor, number, "satisfied")
        case A.HAND_BACK:
            d.hand_back(actor, number, "不是我的专业")
        case A.REASSIGN:
            d.reassign(actor, number, member_id=reg.li, reason="换人")
        case A.REOPEN:
            d.reopen(actor, number, "还是坏的")


def test_a_second_dispatch_is_told_who_has_it(
    services: Services, clerk: StaffSession, admin: StaffSession, reg: Registry
) -> None:
    number = services.demands.take(clerk, form(reg.categories["矛盾化解"])).number
    services.demands.dispatch(clerk, number, member_id=reg.zhang)
    with pytest.raises(ConflictError) as late:
        services.demands.dispatch(admin, number, unit_id=reg.hospital)
    text = late.value.render()
    assert "张**（明理律师事务所）" in text and "09:30" in text and "张律师" not in text
    services.demands.accept(clerk, number, "phone")
    with pytest.raises(ConflictError) as again:
        services.demands.accept(admin, number, "in_person")
    assert "already taken on by 张**（明理律师事务所） at 09:30" in again.value.render()


def test_a_desk_that_looked_before_a_change_is_refused(
    services: Services, clerk: StaffSession, admin: StaffSession, reg: Registry
) -> None:
    number = services.demands.take(clerk, form(reg.categories["矛盾化解"])).number
    seen = services.demands.dispatch(clerk, number, member_id=reg.zhang)
    services.demands.reassign(
        admin, number, member_id=reg.li, reason="张律师出差", version=seen.version
    )
    with pytest.raises(ConflictError) as stale:
        services.demands.reassign(
            clerk, number, unit_id=reg.lawyers, reason="换单位", version=seen.version
        )
    assert "changed at another desk" in stale.value.render()
    assert "李**（县人民医院）" in stale.value.render()
    now = services.demands.detail(clerk, number)
    assert now.holder_name == "李医生" and now.unit_id is None


def test_hand_back_clears_who_had_it_and_needs_a_reason(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    services.demands.dispatch(clerk, number, member_id=reg.zhao)
    services.demands.accept(clerk, number, "phone")
    with pytest.raises(ValidationError) as no_reason:
        services.demands.hand_back(clerk, number, "   ")
    assert no_reason.value.field == "reason"
    back = services.demands.hand_back(clerk, number, "本周出差")
    assert back.status is S.PENDING and back.member_id is None and back.holder_name == ""
    assert back.accepted_at is None and back.due_at is None and back.dispatched_at is None
    assert back.events[-1].holder_name == "赵志愿"  # who handed it back
    assert back.events[-1].note == "本周出差"
    assert back.allowed == (A.DISPATCH,)


def test_reassign_starts_the_clock_again_with_the_new_holder(
    services: Services, clerk: StaffSession, reg: Registry, clock
) -> None:
    number = services.demands.take(clerk, form(reg.categories["电梯更新"])).number
    services.demands.dispatch(clerk, number, member_id=reg.wang)
    services.demands.accept(clerk, number, "phone")
    with pytest.raises(ValidationError):
        services.demands.reassign(clerk, number, member_id=reg.wang, reason="再派")
    with pytest.raises(ValidationError):
        services.demands.reassign(clerk, number, member_id=reg.li, unit_id=reg.hospital, reason="x")
    clock.advance(minutes=20)
    moved = services.demands.reassign(clerk, number, unit_id=reg.property_co, reason="需要专业队伍")
    assert moved.status is S.DISPATCHED and moved.holder_name == "安居物业公司"
    assert moved.member_id is None and moved.accepted_at is None and moved.due_at is None
    assert moved.dispatched_at == clock.now()
    clock.advance(minutes=5)
    again = services.demands.accept(clerk, number, "in_person")
    assert again.due_at == clock.now() + timedelta(minutes=30)


def test_accept_time_may_be_earlier_today_but_not_future_nor_before_dispatch(
    services: Services, clerk: StaffSession, reg: Registry, clock
) -> None:
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    services.demands.dispatch(clerk, number, member_id=reg.zhao)
    for bad in (
        clock.now() + timedelta(minutes=5),
        clock.now() - timedelta(minutes=30),
        clock.now() - timedelta(days=1),
    ):
        with pytest.raises(ValidationError) as caught:
            services.demands.accept(clerk, number, "phone", at=bad)
        assert caught.value.field == "at"
    with pytest.raises(ValidationError) as how:
        services.demands.accept(clerk, number, "email")
    assert how.value.field == "how"
    assert services.demands.detail(clerk, number).status is S.DISPATCHED


def test_reopen_keeps_the_history_and_starts_again_at_the_next_accept(
    services: Services, clerk: StaffSession, reg: Registry, clock
) -> None:
    d = services.demands
    number = d.take(clerk, form(reg.categories["安全隐患"])).number
    d.dispatch(clerk, number, member_id=reg.wang)
    d.accept(clerk, number, "phone")
    d.solve(clerk, number, "加固了护栏", 60)
    d.call_back(clerk, number, "dissatisfied", "护栏还在晃")
    with pytest.raises(ValidationError):
        d.reopen(clerk, number, "")
    clock.advance(hours=2)
    reopened = d.reopen(clerk, number, "居民反映护栏还在晃")
    assert reopened.status is S.DISPATCHED and reopened.reopen_count == 1
    assert reopened.holder_name == "王师傅" and reopened.accepted_at is None
    assert reopened.due_at is None and reopened.solved_at is None
    assert reopened.rating is Rating.DISSATISFIED  # the last call back stands until the next
    assert [e.action for e in reopened.events][-2:] == ["call_back", "reopen"]
    assert reopened.events[-2].rating is Rating.DISSATISFIED
    clock.advance(minutes=10)
    again = d.accept(clerk, number, "in_person")
    assert again.due_at == clock.now() + timedelta(minutes=30)
    d.solve(clerk, number, "换了新护栏", 30)
    final = d.call_back(clerk, number, "satisfied")
    assert final.service_minutes == 90  # both visits count for the unit
    assert final.rating is Rating.SATISFIED
    ratings = [e.rating for e in final.events if e.action == "call_back"]
    assert ratings == [Rating.DISSATISFIED, Rating.SATISFIED]


def test_solve_needs_a_result_and_sane_minutes(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    services.demands.dispatch(clerk, number, member_id=reg.zhao)
    services.demands.accept(clerk, number, "phone")
    with pytest.raises(ValidationError) as empty:
        services.demands.solve(clerk, number, "", 10)
    assert empty.value.field == "result_note"
    with pytest.raises(ValidationError) as minutes:
        services.demands.solve(clerk, number, "好了", -5)
    assert minutes.value.field == "service_minutes"
    services.demands.solve(clerk, number, "好了", 5)
    with pytest.raises(ValidationError) as rating:
        services.demands.call_back(clerk, number, "great")
    assert rating.value.field == "rating"


def test_dispatch_refuses_members_who_left_and_other_centers_people(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    with services.db.write() as s:
        member = s.get(PartyMember, reg.zhao)
        assert member is not None
        member.left_on = date(2026, 10, 1)
    with pytest.raises(ValidationError) as left:
        services.demands.dispatch(clerk, number, member_id=reg.zhao)
    assert "赵**" in left.value.render() and "赵志愿" not in left.value.render()
    other = other_center(services)
    unit = add_unit(services.db, other.site_id)
    theirs = add_member(services.db, other.site_id, unit, "钱某", "13700000000")
    with pytest.raises(ValidationError):
        services.demands.dispatch(clerk, number, member_id=theirs)
    with pytest.raises(ValidationError):
        services.demands.dispatch(clerk, number)


def test_another_center_never_sees_or_moves_the_demand(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    other = other_center(services)
    with pytest.raises(NotFoundError):
        services.demands.detail(other, number)
    with pytest.raises(NotFoundError):
        services.demands.dispatch(other, number, member_id=reg.zhao)
    assert services.demands.open_demands(other) == []
    assert services.demands.similar_open(other, reg.categories["综合服务"], "幸福小区", "") == []
    with pytest.raises(NotFoundError):
        services.demands.suggest(other, number)
    # Their own numbers start at 1 with their own code.
    _, theirs = seed_lists(services.db, other.site_id)
    own = services.demands.take(other, form(theirs["综合服务"]))
    assert own.number == "BJ02-D2026-00001"
    assert [r.number for r in services.demands.open_demands(clerk)] == [number]


def test_detail_accepts_a_scanned_number_and_refuses_unknown_ones(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    assert services.demands.detail(clerk, " cn01-d2026-00001 ").number == number
    assert services.demands.detail(clerk, "ＣＮ０１-Ｄ2026-00001").number == number
    for unknown in ("CN01-D2026-00009", "hello", ""):
        with pytest.raises(NotFoundError):
            services.demands.detail(clerk, unknown)


def test_history_rows_are_written_for_every_move(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    services.demands.dispatch(clerk, number, member_id=reg.zhao)
    services.demands.hand_back(clerk, number, "没空")
    with services.db.read() as s:
        rows = list(s.execute(select(DemandEvent.action, DemandEvent.from_status,
                                     DemandEvent.to_status).order_by(DemandEvent.id)))  # fmt: skip
    assert rows == [
        ("take", None, "pending"),
        ("dispatch", "pending", "dispatched"),
        ("hand_back", "dispatched", "pending"),
    ]


def test_arrival_on_site_only_while_running_and_once(
    services: Services, clerk: StaffSession, reg: Registry, clock
) -> None:
    number = services.demands.take(clerk, form(reg.categories["安全隐患"], needs_visit=True)).number
    with pytest.raises(ConflictError):
        services.demands.record_on_site(clerk, number)
    services.demands.dispatch(clerk, number, member_id=reg.wang)
    services.demands.accept(clerk, number, "phone")
    clock.advance(minutes=12)
    late = services.demands.record_on_site(clerk, number, at=clock.now() - timedelta(minutes=1))
    assert late.on_site_at == clock.now() - timedelta(minutes=1)
    assert json.loads(audit_rows(services)[-1].detail)["late"] is True
    with pytest.raises(ConflictError) as twice:
        services.demands.record_on_site(clerk, number)
    assert "09:41" in twice.value.render()
