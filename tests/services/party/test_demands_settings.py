"""The desk's settings and helpers for demands: the center's clock, the kinds of demand,
checking a form before looking for similar demands, places for completion."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from hall_desk.domain.demands import ResponseClock
from hall_desk.domain.errors import PermissionDenied, ValidationError
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from tests.services.party.demand_helpers import Registry, audit_rows, form, other_center, registry


@pytest.fixture
def reg(services: Services, admin: StaffSession) -> Registry:
    return registry(services, admin.site_id)


def test_the_clock_is_a_center_setting_changed_by_an_administrator(
    services: Services, clerk: StaffSession, admin: StaffSession, reg: Registry, clock
) -> None:
    assert services.demands.response_clock(clerk) == ResponseClock()
    with pytest.raises(PermissionDenied):
        services.demands.set_response_clock(clerk, ResponseClock(general_minutes=20))
    services.demands.set_response_clock(
        admin, ResponseClock(on_site_minutes=15, general_minutes=20, complex_minutes=180)
    )
    assert services.demands.response_clock(clerk) == ResponseClock(15, 20, 180, 24 * 60)
    entry = audit_rows(services, "site_setting")[-1]
    assert json.loads(entry.detail)["general_minutes"] == 20
    number = services.demands.take(clerk, form(reg.categories["综合服务"], needs_visit=True)).number
    services.demands.dispatch(clerk, number, member_id=reg.zhao)
    taken = services.demands.accept(clerk, number, "phone")
    assert taken.due_at == clock.now() + timedelta(minutes=20)
    assert taken.on_site_by == clock.now() + timedelta(minutes=15)
    # A later change keeps the clock the demand was taken on with.
    services.demands.set_response_clock(admin, ResponseClock())
    assert services.demands.detail(clerk, number).due_at == taken.due_at


def test_categories_are_seeded_on_first_use(services: Services, clerk: StaffSession) -> None:
    names = [name for _id, name in services.demands.categories(clerk)]
    assert names[:3] == ["小区环境", "综合服务", "电梯更新"] and len(names) == 13
    assert services.demands.categories(clerk) == services.demands.categories(clerk)


def test_checking_a_form_refuses_what_taking_would_and_saves_nothing(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    with pytest.raises(ValidationError) as bad:
        services.demands.check_form(clerk, form(reg.categories["综合服务"], description=""))
    assert bad.value.field == "description"
    services.demands.check_form(clerk, form(reg.categories["综合服务"]))
    assert services.demands.open_demands(clerk, include_closed=True) == []


def test_places_already_used_are_offered_for_completion(
    services: Services, clerk: StaffSession, reg: Registry
) -> None:
    services.demands.take(
        clerk, form(reg.categories["综合服务"], neighbourhood="建设里", grid="9网格")
    )
    hoods, grids = services.demands.places(clerk)
    assert hoods == sorted(hoods) and grids == sorted(grids)
    assert {"建设里", "幸福小区", "和平小区"} <= set(hoods)
    assert {"1网格", "2网格", "5网格", "9网格"} <= set(grids)
    assert services.demands.places(other_center(services)) == ([], [])
