"""并单: several residents' calls under one demand, each called back on its own."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hall_desk.db.party_models import Demand
from hall_desk.domain.cases import Rating
from hall_desk.domain.demand_intake import DemandSource
from hall_desk.domain.demands import DemandStatus
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


@pytest.fixture
def reg(services: Services, admin: StaffSession) -> Registry:
    return registry(services, admin.site_id)


def test_similar_open_demands_are_offered_same_place_first(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    env = reg.categories["小区环境"]
    elsewhere = services.demands.take(clerk, form(env, place="7号楼"))
    here = services.demands.take(clerk, form(env, place="3号楼2单元"))
    services.demands.take(clerk, form(env, neighbourhood="和平小区"))  # another 小区
    services.demands.take(clerk, form(reg.categories["综合服务"]))  # another kind
    closed = services.demands.take(clerk, form(env, place="3号楼2单元"))
    d = services.demands
    d.dispatch(clerk, closed.number, member_id=reg.zhao)
    d.accept(clerk, closed.number, "phone")
    d.solve(clerk, closed.number, "修好了", 10)  # solved: no longer open
    found = d.similar_open(clerk, env, " 幸福小区 ", "3号楼2单元")
    assert [r.number for r in found] == [here.number, elsewhere.number]
    assert d.similar_open(clerk, env, "", "") == []
    # Without a 小区, the very same place is what makes a demand similar.
    assert [r.number for r in d.similar_open(clerk, env, "", "7号楼")] == [elsewhere.number]


def test_a_new_call_merged_into_an_open_demand_becomes_a_caller(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    first = resident(services, clerk, "刘阿姨", "13812345678")
    second = resident(services, clerk, "周大爷", "13898765432")
    env = reg.categories["小区环境"]
    demand = services.demands.take(clerk, form(env, resident_id=first))
    merged = services.demands.merge_into(
        clerk,
        demand.number,
        form(env, resident_id=second, source="phone", description="也反映楼道灯"),
    )
    assert merged.number == demand.number and merged.status is DemandStatus.PENDING
    assert len(merged.callers) == 1 and merged.caller_count == 1
    caller = merged.callers[0]
    assert caller.name == "周大爷" and caller.masked_phone == "138****5432"
    assert caller.source is DemandSource.PHONE and caller.called_back_at is None
    assert merged.events[-1].action == "add_caller" and merged.events[-1].note == "也反映楼道灯"
    with services.db.read() as s:
        assert s.scalar(select(Demand.id).where(Demand.number != demand.number)) is None
    with pytest.raises(ConflictError):  # the same resident twice
        services.demands.merge_into(clerk, demand.number, form(env, resident_id=second))
    with pytest.raises(ConflictError):
        services.demands.merge_into(clerk, demand.number, form(env, resident_id=first))
    entry = audit_rows(services)[-1]
    assert entry.action == "add_caller" and "周大爷" not in entry.detail
    assert "13898765432" not in entry.detail


def test_each_caller_is_called_back_on_their_own(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    env = reg.categories["小区环境"]
    demand = services.demands.take(clerk, form(env, contact_name="刘阿姨"))
    merged = services.demands.merge_into(
        clerk, demand.number, form(env, contact_name="周大爷", contact_phone="13898765432")
    )
    caller_id = merged.callers[0].id
    with pytest.raises(ConflictError):  # nothing solved yet
        services.demands.call_back_caller(clerk, caller_id, "satisfied")
    d = services.demands
    d.dispatch(clerk, demand.number, member_id=reg.zhao)
    d.accept(clerk, demand.number, "phone")
    d.solve(clerk, demand.number, "换了灯", 20)
    d.call_back(clerk, demand.number, "very_satisfied")
    with pytest.raises(ValidationError):
        d.call_back_caller(clerk, caller_id, "")
    done = d.call_back_caller(clerk, caller_id, "fairly_satisfied", "希望更快")
    assert done.callers[0].rating is Rating.FAIRLY_SATISFIED
    assert done.callers[0].note == "希望更快" and done.callers_owed == ()
    assert done.rating is Rating.VERY_SATISFIED  # the first resident's rating is their own
    assert done.events[-1].action == "caller_call_back"
    assert done.events[-1].rating is Rating.FAIRLY_SATISFIED
    with pytest.raises(ConflictError):
        d.call_back_caller(clerk, caller_id, "satisfied")
    with pytest.raises(NotFoundError):
        d.call_back_caller(other_center(services), caller_id, "satisfied")


def test_a_pending_demand_folded_into_another_leaves_every_list(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    person = resident(services, clerk, "周大爷", "13898765432")
    env = reg.categories["小区环境"]
    keep = services.demands.take(clerk, form(env))
    fold = services.demands.take(clerk, form(env, resident_id=person, source="grid"))
    joined = services.demands.merge_into(
        clerk, fold.number, form(env, contact_name="吴女士", contact_phone="13711112222")
    )
    assert joined.caller_count == 1
    services.demands.dispatch(clerk, keep.number, member_id=reg.zhao)
    result = services.demands.merge_demand(clerk, fold.number, keep.number)
    assert result.number == keep.number and result.merged_numbers == (fold.number,)
    assert {c.name for c in result.callers} == {"周大爷", "吴女士"}
    folded_caller = next(c for c in result.callers if c.name == "周大爷")
    assert folded_caller.source is DemandSource.GRID and folded_caller.raised_at == fold.created_at
    assert [r.number for r in services.demands.open_demands(clerk)] == [keep.number]
    gone = services.demands.detail(clerk, fold.number)
    assert gone.merged_into_number == keep.number and gone.allowed == ()
    assert gone.events[-1].action == "merged_into"
    with pytest.raises(ConflictError) as moved:
        services.demands.dispatch(clerk, fold.number, member_id=reg.zhang)
    assert keep.number in moved.value.render()
    assert services.demands.similar_open(clerk, env, "幸福小区", "") == [
        services.demands.open_demands(clerk)[0]
    ]


def test_only_a_pending_demand_can_be_folded_and_never_into_itself_or_a_closed_one(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    env = reg.categories["小区环境"]
    a = services.demands.take(clerk, form(env)).number
    b = services.demands.take(clerk, form(env)).number
    c = services.demands.take(clerk, form(env)).number
    with pytest.raises(ValidationError):
        services.demands.merge_demand(clerk, a, a)
    services.demands.dispatch(clerk, b, member_id=reg.zhao)
    with pytest.raises(ConflictError):
        services.demands.merge_demand(clerk, b, a)  # b is under way
    services.demands.accept(clerk, b, "phone")
    services.demands.solve(clerk, b, "好了", 5)
    with pytest.raises(ConflictError):
        services.demands.merge_demand(clerk, c, b)  # b is solved
    with pytest.raises(ConflictError):
        services.demands.merge_into(clerk, b, form(env, contact_name="某人"))
    with pytest.raises(NotFoundError):
        services.demands.merge_demand(clerk, c, "CN01-D2026-00099")
