"""Dispatch suggestions: right pool > same 小区 > same 网格 > fewest open > best ratings."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from hall_desk.db.party_models import PartyMember, PartyUnit
from hall_desk.domain.demand_intake import pools_for_category
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from tests.services.party.demand_helpers import form, other_center
from tests.services.party.rows import add_member, add_unit, seed_lists


@pytest.fixture
def cats(services: Services, admin: StaffSession) -> dict[str, int]:
    return seed_lists(services.db, admin.site_id)[1]


def names(suggestions) -> list[str]:
    return [s.name for s in suggestions]


def test_the_category_table_maps_kinds_to_pools() -> None:
    assert pools_for_category("矛盾化解") == ("法律服务", "心理疏导")
    assert pools_for_category("电梯更新") == ("家政维修", "科技信息")
    assert pools_for_category("养老助老") == ("医疗健康", "志愿服务")
    assert pools_for_category("一个新分类") == ("志愿服务",)


def test_each_criterion_ranks_after_the_one_before(
    services: Services, admin: StaffSession, clerk: StaffSession, cats: dict[str, int]
) -> None:
    db, site = services.db, admin.site_id
    unit = add_unit(db, site, "明理律师事务所", "private")
    # Each pair differs in one criterion only, below the ones they share.
    add_member(db, site, unit, "甲", "13900000001", pools=["法律服务"], neighbourhood="和平小区")
    add_member(db, site, unit, "乙", "13900000002", pools=["家政维修"],
               neighbourhood="幸福小区", grid="1网格")  # fmt: skip
    add_member(db, site, unit, "丙", "13900000003", pools=["心理疏导"],
               neighbourhood="幸福小区")  # fmt: skip
    add_member(db, site, unit, "丁", "13900000004", pools=["法律服务"],
               neighbourhood="和平小区", grid="1网格")  # fmt: skip
    add_member(db, site, unit, "戊", "13900000005", pools=["法律服务"],
               neighbourhood="幸福小区", grid="1网格")  # fmt: skip
    add_member(db, site, unit, "己", "13900000006", pools=["法律服务"],
               neighbourhood="幸福小区", grid="1网格")  # fmt: skip
    d = services.demands
    # 己 has one demand with them now: fewer open demands wins among equals (戊 before 己).
    busy = d.take(clerk, form(cats["矛盾化解"], neighbourhood="别处"))
    ji = _member_id(services, "己")
    d.dispatch(clerk, busy.number, member_id=ji)
    number = d.take(clerk, form(cats["矛盾化解"], neighbourhood="幸福小区", grid="1网格")).number
    got = d.suggest(clerk, number)
    # The unit has members in the pool and in the 小区 and 网格, and nothing open: it ranks
    # with 戊 (members first at a tie).
    assert names(got)[:5] == ["戊", "明理律师事务所", "己", "丙", "丁"]
    first = got[0]
    assert first.pool_match and first.same_neighbourhood and first.same_grid
    assert first.open_count == 0 and first.unit_name == "明理律师事务所"
    assert first.pools == ("法律服务",) and first.masked_phone == "139****0005"
    ji_row = next(s for s in got if s.name == "己")
    assert ji_row.open_count == 1
    assert not next(s for s in got if s.name == "丁").same_neighbourhood
    assert names(got).index("甲") > names(got).index("丁")  # same 网格 beats none
    assert names(got)[-1] == "乙"  # not in a fitting pool: last despite 小区 and 网格


def test_better_ratings_and_more_solved_break_ties(
    services: Services, admin: StaffSession, clerk: StaffSession, cats: dict[str, int]
) -> None:
    db, site = services.db, admin.site_id
    unit = add_unit(db, site)
    good = add_member(db, site, unit, "好评", "13900000001", pools=["志愿服务"])
    poor = add_member(db, site, unit, "差评", "13900000002", pools=["志愿服务"])
    add_member(db, site, unit, "新人", "13900000003", pools=["志愿服务"])
    d = services.demands
    for member, rating in ((good, "very_satisfied"), (poor, "very_dissatisfied")):
        n = d.take(clerk, form(cats["综合服务"])).number
        d.dispatch(clerk, n, member_id=member)
        d.accept(clerk, n, "phone")
        d.solve(clerk, n, "好了", 10)
        d.call_back(clerk, n, rating)
    number = d.take(clerk, form(cats["综合服务"])).number
    got = [s for s in d.suggest(clerk, number) if s.kind == "member"]
    # Someone not rated yet counts as "fairly satisfied" (3 of 5).
    assert names(got) == ["好评", "新人", "差评"]
    assert got[0].average_rating == 5.0 and got[0].rated_count == 1 and got[0].solved_count == 1
    assert got[1].average_rating is None and got[1].solved_count == 0


def test_members_who_left_units_retired_and_other_centers_are_never_suggested(
    services: Services, admin: StaffSession, clerk: StaffSession, cats: dict[str, int]
) -> None:
    db, site = services.db, admin.site_id
    unit = add_unit(db, site, "县人民医院")
    gone_unit = add_unit(db, site, "已撤单位")
    stays = add_member(db, site, unit, "在册", "13900000001", pools=["志愿服务"])
    left = add_member(db, site, unit, "离开", "13900000002", pools=["志愿服务"])
    add_member(db, site, gone_unit, "撤单位的人", "13900000003", pools=["志愿服务"])
    other = other_center(services)
    add_member(db, other.site_id, add_unit(db, other.site_id, "外中心单位"), "外人", "13900000004")
    with db.write() as s:
        s.get(PartyMember, left).left_on = date(2026, 6, 1)  # type: ignore[union-attr]
        s.get(PartyUnit, gone_unit).active = False  # type: ignore[union-attr]
    number = services.demands.take(clerk, form(cats["综合服务"])).number
    assert names(services.demands.suggest(clerk, number)) == ["在册", "县人民医院"]
    assert stays == services.demands.suggest(clerk, number)[0].member_id


def test_search_reaches_every_active_member_and_unit(
    services: Services, admin: StaffSession, clerk: StaffSession, cats: dict[str, int]
) -> None:
    db, site = services.db, admin.site_id
    unit = add_unit(db, site, "县人民医院")
    for i in range(12):
        add_member(db, site, unit, f"王{chr(0x4E00 + i)}", f"139000000{i:02d}")
    add_member(db, site, unit, "李四", "13912345678")
    number = services.demands.take(clerk, form(cats["综合服务"])).number
    assert len(services.demands.suggest(clerk, number)) == 8
    assert len(services.demands.suggest(clerk, number, limit=3)) == 3
    assert names(services.demands.candidates(clerk, number, "李四")) == ["李四"]
    assert names(services.demands.candidates(clerk, number, "5678")) == ["李四"]
    assert len(services.demands.candidates(clerk, number, "王")) == 12
    assert names(services.demands.candidates(clerk, number, "人民医院"))[-1] == "县人民医院"


def test_suggestions_take_a_fixed_number_of_queries(
    services: Services, admin: StaffSession, clerk: StaffSession, cats: dict[str, int]
) -> None:
    """Not one query per member: the count stays the same with 5 or 60 members."""
    db, site = services.db, admin.site_id
    unit = add_unit(db, site)
    number = services.demands.take(clerk, form(cats["综合服务"])).number

    def count_queries() -> int:
        seen: list[str] = []

        def before(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
            seen.append(statement)

        event.listen(db.engine, "before_cursor_execute", before)
        try:
            services.demands.suggest(clerk, number)
        finally:
            event.remove(db.engine, "before_cursor_execute", before)
        return len([q for q in seen if q.lstrip().upper().startswith("SELECT")])

    for i in range(5):
        add_member(db, site, unit, f"甲{chr(0x4E00 + i)}", f"1390000{i:04d}", pools=["志愿服务"])
    few = count_queries()
    for i in range(5, 60):
        add_member(db, site, unit, f"乙{chr(0x4E00 + i)}", f"1390000{i:04d}", pools=["志愿服务"])
    assert count_queries() == few <= 8


def _member_id(services: Services, name: str) -> int:
    from sqlalchemy import select

    with services.db.read() as s:
        return s.scalar(select(PartyMember.id).where(PartyMember.name == name))  # type: ignore[return-value]
