"""The 双报到 registry on SQLite and PostgreSQL: units, members, search, re-report, isolation."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry
from hall_desk.db.party_models import PartyMember
from hall_desk.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from hall_desk.domain.party_registry import AgreementState, UnitKind
from hall_desk.domain.party_rereport import ReportState
from hall_desk.services import Services
from hall_desk.services.centers import CenterAdmin
from hall_desk.services.party.registry import (
    MemberFilter,
    MemberForm,
    PartyList,
    UnitForm,
)
from hall_desk.services.party.registry_records import MemberState
from hall_desk.services.session import StaffSession
from tests.conftest import ADMIN_PASSWORD

HOSPITAL = UnitForm(
    name="县人民医院",
    kind="institution",
    contact_name="赵书记",
    contact_phone="13912345678",
    agreement_number="GJ-2026-01",
    agreement_signed_on=date(2026, 1, 5),
    agreement_ends_on=date(2026, 12, 10),
    agreement_commitments="每月义诊一次",
)


def pool_id(services: Services, session: StaffSession, name: str) -> int:
    return next(
        e.id for e in services.registry.list_entries(session, PartyList.POOLS) if e.name == name
    )


def member_form(unit_id: int, **changes: object) -> MemberForm:
    fields: dict[str, object] = {
        "name": "王小明",
        "unit_id": unit_id,
        "phone": "13812345678",
        "id_number": "",
        "neighbourhood": "幸福小区",
        "grid": "第一网格",
        "reported_on": date(2026, 3, 2),
    }
    fields.update(changes)
    return MemberForm(**fields)  # type: ignore[arg-type]


def audit_rows(services: Services, entity: str) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity)))


# -- units ---------------------------------------------------------------------------------


def test_a_unit_with_its_agreement_is_listed_with_members_counted(
    services: Services, clerk: StaffSession
) -> None:
    registry = services.registry
    hospital = registry.add_unit(clerk, HOSPITAL)
    tax = registry.add_unit(clerk, UnitForm(name="县税务局", kind="government"))
    registry.add_member(clerk, member_form(hospital.id))
    registry.add_member(clerk, member_form(hospital.id, name="李娜", phone="13912340000"))
    left = registry.add_member(clerk, member_form(tax.id, name="周强", phone="13700001111"))
    registry.mark_left(clerk, left.id, date(2026, 10, 1), "调离本县")

    units = {u.name: u for u in registry.units(clerk)}
    assert units["县人民医院"].member_count == 2
    assert units["县税务局"].member_count == 0
    # Today is 20 November; the agreement ends on 10 December.
    assert units["县人民医院"].agreement_state is AgreementState.ENDING
    assert units["县税务局"].agreement_state is AgreementState.NONE
    assert units["县人民医院"].masked_contact_phone == "139****5678"
    assert units["县人民医院"].kind is UnitKind.INSTITUTION
    assert audit_rows(services, "party_unit")[0].detail.count("县人民医院") == 1


def test_unit_names_are_unique_in_a_center(services: Services, clerk: StaffSession) -> None:
    registry = services.registry
    registry.add_unit(clerk, HOSPITAL)
    with pytest.raises(ValidationError) as exc:
        registry.add_unit(clerk, UnitForm(name=" 县人民医院", kind="institution"))
    assert exc.value.field == "unit_name"


def test_changing_a_unit_keeps_its_contact_phone_when_left_empty(
    services: Services, clerk: StaffSession
) -> None:
    registry = services.registry
    unit = registry.add_unit(clerk, HOSPITAL)
    changed = registry.update_unit(
        clerk,
        unit.id,
        UnitForm(
            name="县人民医院（东院）",
            kind="institution",
            contact_name="钱主任",
            contact_phone="",
            agreement_number="GJ-2026-01",
            agreement_signed_on=date(2026, 1, 5),
            agreement_ends_on=date(2028, 1, 4),
        ),
    )
    assert changed.name == "县人民医院（东院）"
    assert changed.masked_contact_phone == "139****5678"
    assert changed.agreement_state is AgreementState.IN_FORCE
    with pytest.raises(ValidationError) as exc:
        registry.update_unit(
            clerk,
            unit.id,
            UnitForm(name="县人民医院", kind="institution", agreement_signed_on=date(2026, 5, 1),
                     agreement_ends_on=date(2026, 4, 1)),
        )  # fmt: skip
    assert exc.value.field == "agreement_ends_on"


def test_a_unit_with_members_is_not_retired(services: Services, clerk: StaffSession) -> None:
    registry = services.registry
    unit = registry.add_unit(clerk, HOSPITAL)
    member = registry.add_member(clerk, member_form(unit.id))
    with pytest.raises(ConflictError) as exc:
        registry.set_unit_retired(clerk, unit.id, True)
    assert "1" in exc.value.render() and "县人民医院" in exc.value.render()
    registry.mark_left(clerk, member.id, date(2026, 11, 1), "退休")
    assert registry.set_unit_retired(clerk, unit.id, True).active is False
    assert registry.units(clerk) == []
    assert [u.name for u in registry.units(clerk, include_retired=True)] == ["县人民医院"]
    # A retired unit sends no new members, and its members cannot come back until it does.
    with pytest.raises(ValidationError) as new:
        registry.add_member(clerk, member_form(unit.id, name="李娜", phone="13912340000"))
    assert new.value.field == "unit"
    with pytest.raises(ConflictError):
        registry.bring_back(clerk, member.id)
    registry.set_unit_retired(clerk, unit.id, False)
    assert registry.bring_back(clerk, member.id).active


# -- members -------------------------------------------------------------------------------


def test_a_member_is_stored_in_full_and_handed_out_masked(
    services: Services, clerk: StaffSession
) -> None:
    registry = services.registry
    unit = registry.add_unit(clerk, HOSPITAL)
    law, health = pool_id(services, clerk, "法律服务"), pool_id(services, clerk, "医疗健康")
    member = registry.add_member(
        clerk,
        member_form(unit.id, id_number="11010519491231002x", pool_ids=(health, law)),
    )
    assert member.masked_phone == "138****5678"
    assert member.masked_id == "1101**********002X"
    assert member.pools == ("法律服务", "医疗健康")  # in the list's order
    assert member.unit_name == "县人民医院"
    assert member.last_reported_on == date(2026, 3, 2)
    assert member.rereport_due_on == date(2026, 9, 2)
    assert member.report_state is ReportState.DUE
    with services.db.read() as s:
        row = s.get(PartyMember, member.id)
        assert row is not None
        assert (row.phone, row.phone_tail, row.id_number) == (
            "13812345678",
            "5678",
            "11010519491231002X",
        )
        assert " wxm " in row.name_initials
    detail = audit_rows(services, "party_member")[0].detail
    assert "王小明" not in detail and "13812345678" not in detail and "002X" not in detail


def test_the_same_member_twice_is_refused_naming_the_unit(
    services: Services, clerk: StaffSession
) -> None:
    registry = services.registry
    hospital = registry.add_unit(clerk, HOSPITAL)
    tax = registry.add_unit(clerk, UnitForm(name="县税务局", kind="government"))
    registry.add_member(clerk, member_form(hospital.id, id_number="11010519491231002X"))
    with pytest.raises(ValidationError) as same_contact:
        registry.add_member(clerk, member_form(tax.id))
    assert same_contact.value.field == "phone"
    assert "县人民医院" in same_contact.value.render()
    with pytest.raises(ValidationError) as same_id:
        registry.add_member(
            clerk, member_form(tax.id, name="王晓明", phone="13700000000",
                               id_number="11010519491231002X")
        )  # fmt: skip
    assert same_id.value.field == "id_number"
    assert "县人民医院" in same_id.value.render()
    # The same name with another phone is another person.
    assert registry.add_member(clerk, member_form(tax.id, phone="13700000000")).id


def test_changing_a_member_keeps_phone_and_id_when_left_empty(
    services: Services, clerk: StaffSession
) -> None:
    registry = services.registry
    hospital = registry.add_unit(clerk, HOSPITAL)
    tax = registry.add_unit(clerk, UnitForm(name="县税务局", kind="government"))
    law = pool_id(services, clerk, "法律服务")
    member = registry.add_member(
        clerk, member_form(hospital.id, id_number="11010519491231002X", pool_ids=(law,))
    )
    other = registry.add_member(clerk, member_form(tax.id, name="李娜", phone="13912340000"))
    changed = registry.update_member(
        clerk,
        member.id,
        member_form(tax.id, phone="", id_number="", grid="第二网格", pool_ids=()),
    )
    assert changed.masked_phone == "138****5678" and changed.masked_id.endswith("002X")
    assert (changed.unit_name, changed.grid, changed.pools) == ("县税务局", "第二网格", ())
    detail = audit_rows(services, "party_member")[-1].detail
    assert "unit" in detail and "pools" in detail and "place" in detail
    # Changing 李娜 into someone already registered is refused.
    with pytest.raises(ValidationError) as exc:
        registry.update_member(
            clerk, other.id, member_form(tax.id, name="王小明", phone="138 1234 5678")
        )
    assert "县税务局" in exc.value.render()
    # Keeping her own phone and ID under a new name is fine.
    assert registry.update_member(clerk, other.id, member_form(tax.id, name="李 娜", phone="")).name


def test_search_by_name_initials_phone_unit_and_pool(
    services: Services, clerk: StaffSession
) -> None:
    registry = services.registry
    hospital = registry.add_unit(clerk, HOSPITAL)
    tax = registry.add_unit(clerk, UnitForm(name="县税务局", kind="government"))
    law = pool_id(services, clerk, "法律服务")
    wang = registry.add_member(clerk, member_form(hospital.id, pool_ids=(law,)))
    zeng = registry.add_member(
        clerk,
        member_form(tax.id, name="曾丽", phone="0351-7654321", id_number="11010519491231002X"),
    )

    def found(**wanted: object) -> list[int]:
        return [m.id for m in registry.members(clerk, MemberFilter(**wanted))]  # type: ignore[arg-type]

    assert found(text="小明") == [wang.id]
    assert found(text="WXM") == [wang.id]
    assert found(text="zl") == [zeng.id]  # 曾 read as the surname zeng
    assert found(text="5678") == [wang.id]
    assert found(text="03517654321") == [zeng.id]  # a whole landline, across the hyphen
    assert found(text="7654321") == []  # longer tails than 4 find no one
    assert found(text="11010519491231002x") == [zeng.id]
    assert found(text="002x") == [zeng.id]
    assert found(text="税务") == [zeng.id]
    assert found(unit_id=hospital.id) == [wang.id]
    assert found(pool_id=law) == [wang.id]
    assert found(text="100%") == []


def test_the_re_report_list_and_reporting_again(services: Services, clerk: StaffSession) -> None:
    registry = services.registry
    unit = registry.add_unit(clerk, HOSPITAL)
    # Today is 2026-11-20: due since September, due on 20 December, due next year.
    late = registry.add_member(clerk, member_form(unit.id, reported_on=date(2026, 3, 2)))
    soon = registry.add_member(
        clerk, member_form(unit.id, name="李娜", phone="13912340000", reported_on=date(2026, 6, 20))
    )
    fine = registry.add_member(
        clerk, member_form(unit.id, name="周强", phone="13700001111", reported_on=date(2026, 7, 1))
    )
    due = registry.members(clerk, MemberFilter(state=MemberState.DUE))
    assert [(m.id, m.report_state) for m in due] == [
        (late.id, ReportState.DUE),
        (soon.id, ReportState.DUE_SOON),
    ]
    again = registry.report_again(clerk, late.id)
    assert again.last_reported_on == date(2026, 11, 20)
    assert again.reported_on == date(2026, 3, 2)
    assert again.report_state is ReportState.ON_TIME
    assert [m.id for m in registry.members(clerk, MemberFilter(state=MemberState.DUE))] == [soon.id]
    assert any(a.action == "report_again" for a in audit_rows(services, "party_member"))
    assert fine.report_state is ReportState.ON_TIME


def test_leaving_and_coming_back(services: Services, clerk: StaffSession) -> None:
    registry = services.registry
    unit = registry.add_unit(clerk, HOSPITAL)
    member = registry.add_member(clerk, member_form(unit.id))
    with pytest.raises(ValidationError) as exc:
        registry.mark_left(clerk, member.id, date(2026, 1, 1), "")
    assert {e.field for e in exc.value.errors} == {"left_on", "left_reason"}
    left = registry.mark_left(clerk, member.id, date(2026, 11, 2), "调离本县")
    assert (left.left_on, left.left_reason, left.report_state) == (
        date(2026, 11, 2),
        "调离本县",
        ReportState.LEFT,
    )
    assert registry.members(clerk) == []
    assert [m.id for m in registry.members(clerk, MemberFilter(state=MemberState.LEFT))] == [
        member.id
    ]
    with pytest.raises(ConflictError):
        registry.report_again(clerk, member.id)
    with pytest.raises(ConflictError):
        registry.mark_left(clerk, member.id, date(2026, 11, 3), "again")
    # Registering them anew is refused: bring them back instead.
    with pytest.raises(ValidationError) as again:
        registry.add_member(clerk, member_form(unit.id))
    assert "left" in again.value.render()
    assert registry.bring_back(clerk, member.id).left_on is None


def test_a_members_full_phone_is_shown_on_request_and_audited(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    registry = services.registry
    unit = registry.add_unit(clerk, HOSPITAL)
    member = registry.add_member(clerk, member_form(unit.id, id_number="11010519491231002X"))
    assert registry.reveal_member(clerk, member.id, "phone") == "13812345678"
    with pytest.raises(PermissionDenied):
        registry.reveal_member(clerk, member.id, "id_number")
    assert registry.reveal_member(admin, member.id, "id_number") == "11010519491231002X"
    reveals = [a for a in audit_rows(services, "party_member") if a.action == "reveal"]
    assert len(reveals) == 2 and all("138123" not in a.detail for a in reveals)


def test_places_already_used_are_offered(services: Services, clerk: StaffSession) -> None:
    registry = services.registry
    unit = registry.add_unit(clerk, HOSPITAL)
    registry.add_member(clerk, member_form(unit.id))
    registry.add_member(
        clerk, member_form(unit.id, name="李娜", phone="13912340000", neighbourhood="", grid="")
    )
    places = registry.places(clerk)
    assert places.neighbourhoods == ("幸福小区",) and places.grids == ("第一网格",)


def test_a_second_center_never_sees_the_first_ones_registry(
    services: Services, admin: StaffSession, clerk: StaffSession, passwords
) -> None:
    registry = services.registry
    unit = registry.add_unit(clerk, HOSPITAL)
    member = registry.add_member(clerk, member_form(unit.id))
    made = CenterAdmin(services.db, services.clock, passwords).add_center(
        "cn02", "城北社区党群服务站", "zhao.admin", "赵站长"
    )
    other = services.staff.sign_in("zhao.admin", made.one_time_password)
    assert registry.units(other) == [] and registry.members(other) == []
    assert registry.members(other, MemberFilter(text="5678", state=MemberState.ALL)) == []
    with pytest.raises(NotFoundError):
        registry.member(other, member.id)
    with pytest.raises(NotFoundError):
        registry.report_again(other, member.id)
    with pytest.raises(NotFoundError):
        registry.add_member(other, member_form(unit.id))
    # The same unit name and the same person may be registered at the second center.
    second = registry.add_unit(other, HOSPITAL)
    assert registry.add_member(other, member_form(second.id)).unit_name == "县人民医院"
    assert registry.places(other).neighbourhoods == ("幸福小区",)
    assert len(registry.members(clerk)) == 1
    assert ADMIN_PASSWORD  # the first center's administrator is untouched


# -- talent pools and kinds of demand --------------------------------------------------------


def test_administrators_keep_the_pools(services: Services, admin: StaffSession, clerk) -> None:
    registry = services.registry
    pools = registry.list_entries(admin, PartyList.POOLS)
    assert [p.name for p in pools][:2] == ["法律服务", "医疗健康"] and len(pools) == 8
    with pytest.raises(PermissionDenied):
        registry.add_entry(clerk, PartyList.POOLS, "应急救援")
    added = registry.add_entry(admin, PartyList.POOLS, " 应急救援 ")
    assert registry.list_entries(admin, PartyList.POOLS)[-1] == added
    with pytest.raises(ValidationError):
        registry.add_entry(admin, PartyList.POOLS, "法律服务")
    renamed = registry.rename_entry(admin, PartyList.POOLS, added.id, "应急救援队")
    assert renamed.name == "应急救援队"
    moved = registry.move_entry(admin, PartyList.POOLS, added.id, -1)
    assert [p.name for p in moved][-2:] == ["应急救援队", "志愿服务"]
    unit = registry.add_unit(clerk, HOSPITAL)
    registry.add_member(clerk, member_form(unit.id, pool_ids=(added.id,)))
    retired = registry.set_entry_retired(admin, PartyList.POOLS, added.id, True)
    assert (retired.active, retired.use_count) == (False, 1)
    with pytest.raises(ValidationError) as taken:
        registry.add_entry(admin, PartyList.POOLS, "应急救援队")
    assert "restore" in taken.value.render()
    # A retired pool is offered no more, but a member keeps it through an edit.
    member = registry.members(clerk)[0]
    kept = registry.update_member(
        clerk, member.id, member_form(unit.id, phone="", pool_ids=(added.id,))
    )
    assert kept.pools == ("应急救援队",)
    other = registry.add_member(clerk, member_form(unit.id, name="李娜", phone="13912340000"))
    with pytest.raises(ValidationError):
        registry.update_member(
            clerk, other.id, member_form(unit.id, name="李娜", phone="", pool_ids=(added.id,))
        )


def test_kinds_of_demand_keep_one_in_use(services: Services, admin: StaffSession) -> None:
    registry = services.registry
    kinds = registry.list_entries(admin, PartyList.CATEGORIES)
    assert len(kinds) == 13 and kinds[0].name == "小区环境"
    for kind in kinds[1:]:
        registry.set_entry_retired(admin, PartyList.CATEGORIES, kind.id, True)
    with pytest.raises(ValidationError):
        registry.set_entry_retired(admin, PartyList.CATEGORIES, kinds[0].id, True)
    assert registry.move_entry(admin, PartyList.CATEGORIES, kinds[0].id, -1)[0].id == kinds[0].id


def test_desks_registering_the_same_member_at_once_register_them_once(
    services: Services, clerk: StaffSession
) -> None:
    """Eight desks type in the same member at the same moment: one registers them, the
    others are told they are already registered (no ID number, so no unique index helps)."""
    unit = services.registry.add_unit(clerk, HOSPITAL)
    start = threading.Barrier(8)
    outcomes: list[str] = []

    def desk() -> None:
        start.wait()
        try:
            services.registry.add_member(clerk, member_form(unit.id))
            outcomes.append("added")
        except (ValidationError, ConflictError):
            outcomes.append("refused")

    threads = [threading.Thread(target=desk) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["added"] + ["refused"] * 7
    assert len(services.registry.members(clerk)) == 1
