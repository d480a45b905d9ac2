"""Issuing a demand's receipt and dispatch slip: archived, recorded, 补打 on the second print,
masked contacts (shown in full only on request, audited without the number), the center's
clock in words, refusals for unknown, foreign, merged and undispatched demands."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry
from hall_desk.db.party_models import Demand, DemandSlipPrint
from hall_desk.domain.demand_documents import DemandSlipKind
from hall_desk.domain.demands import ResponseClock
from hall_desk.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from hall_desk.printing.slip_layout import SlipLayout
from hall_desk.services import Services
from hall_desk.services.party.demand_settings import write_response_clock
from hall_desk.services.session import StaffSession, terminal_session
from tests.printing.test_slips import _flat, _page_sizes, _pypdf_text
from tests.services.party.demand_rows import (
    add_demand,
    add_event,
    add_resident,
    other_center,
)
from tests.services.party.rows import add_member, add_unit

PHONE = "13812345678"
MASKED = "138****5678"


def _text(pdf: bytes) -> str:
    return _flat(_pypdf_text(pdf))


def _prints(services: Services, number: str) -> list[DemandSlipPrint]:
    with services.db.read() as s:
        demand = s.scalar(select(Demand).where(Demand.number == number))
        assert demand is not None
        return list(
            s.scalars(
                select(DemandSlipPrint)
                .where(DemandSlipPrint.demand_id == demand.id)
                .order_by(DemandSlipPrint.id)
            )
        )


def _audits(services: Services) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.entity == "demand").order_by(AuditEntry.id)
            )
        )


def _pending(services: Services, admin: StaffSession, seq: int = 42, **fields: object) -> str:
    resident = add_resident(services.db, admin.site_id, "张三丰", PHONE)
    fields = {"needs_visit": True, **fields}
    return add_demand(services.db, admin.site_id, admin.staff_id, seq, resident_id=resident,
                      **fields)  # fmt: skip


def _dispatched(services: Services, admin: StaffSession, clerk: StaffSession) -> str:
    unit = add_unit(services.db, admin.site_id)
    member = add_member(services.db, admin.site_id, unit, "李明", "13900001111")
    number = _pending(services, admin, status="dispatched", member_id=member, unit_id=unit,
                      dispatched_at=datetime(2026, 3, 2, 9, 10))  # fmt: skip
    add_event(services.db, number, clerk.staff_id, "dispatch", "dispatched",
              datetime(2026, 3, 2, 9, 10))  # fmt: skip
    return number


def test_receipt_is_archived_recorded_and_the_second_is_a_reprint(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    number = _pending(services, admin)
    first = services.demand_slips.issue(clerk, number, "receipt", SlipLayout.A5)
    assert (first.number, first.kind, first.layout, first.reprint) == (
        number,
        DemandSlipKind.RECEIPT,
        SlipLayout.A5,
        False,
    )
    assert first.archived is not None and first.archived.read_bytes() == first.pdf
    assert first.archived.parent.parts[-2:] == ("2026", "11")  # the month it was printed
    text = _text(first.pdf)
    for expected in (
        *(number, "群众点单回执", "城南社区党群服务中心", "幸福路 88 号", "0351-1234567"),
        *("张**", MASKED, "小区环境", "幸福里小区 3号楼2单元", "楼道灯坏了，晚上看不见。"),
        *("一般问题：接单后30分钟内办结", "接单后10分钟内到达现场", "待派单", "王主任"),
    ):
        assert _flat(expected) in text, expected
    assert "张三丰" not in text and PHONE not in text and PHONE.encode() not in first.pdf
    assert "补打" not in text

    second = services.demand_slips.issue(clerk, number.lower(), "receipt", SlipLayout.ROLL80)
    assert second.reprint
    assert second.archived is not None and second.archived.name.endswith("_reprint.pdf")
    assert "补打" in _text(second.pdf)
    assert len(_page_sizes(second.pdf)) == 1

    prints = _prints(services, number)
    assert [(p.kind, p.layout, p.reprint, p.staff_id) for p in prints] == [
        ("receipt", "a5", False, clerk.staff_id),
        ("receipt", "roll80", True, clerk.staff_id),
    ]
    assert [Path(p.path) for p in prints] == [first.archived, second.archived]
    with services.db.read() as s:
        assert s.scalar(select(Demand.slips_printed).where(Demand.number == number)) == 2
    assert [(a.action, a.entity_id) for a in _audits(services)] == [
        ("print", number),
        ("reprint", number),
    ]


def test_the_promise_follows_the_centers_clock_and_the_demands_own(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    with services.db.write() as s:
        clock = ResponseClock(on_site_minutes=15, general_minutes=45, complex_minutes=180)
        write_response_clock(s, admin.site_id, clock, services.clock.now())
    general = _pending(services, admin, 1)
    complex_ = _pending(services, admin, 2, level="complex")
    major = _pending(services, admin, 3, level="major", needs_visit=False)
    texts = [_text(services.demand_slips.issue(clerk, n, "receipt").pdf)
             for n in (general, complex_, major)]  # fmt: skip
    assert "一般问题：接单后45分钟内办结" in texts[0]
    assert "接单后15分钟内到达现场" in texts[0]
    assert "复杂问题：接单后3小时内办结" in texts[1]
    assert "重大问题：接单后1天内拿出解决方案" in texts[2]
    assert "到达现场" not in texts[2]
    # Once taken on, the clock as it stood then is kept, whatever the setting says now.
    taken = _pending(services, admin, 4, status="accepted", clock_minutes=30,
                     accepted_at=datetime(2026, 3, 2, 9, 20), due_at=datetime(2026, 3, 2, 9, 50),
                     on_site_by=datetime(2026, 3, 2, 9, 30))  # fmt: skip
    text = _text(services.demand_slips.issue(clerk, taken, "receipt").pdf)
    assert "一般问题：接单后30分钟内办结" in text
    assert "接单后10分钟内到达现场" in text
    assert "已接单" in text


def test_dispatch_slip_names_who_has_it_and_masks_the_contact(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    number = _dispatched(services, admin, clerk)
    receipt = services.demand_slips.issue(clerk, number, "receipt")
    slip = services.demand_slips.issue(clerk, number, "dispatch", SlipLayout.ROLL80)
    assert not receipt.reprint and not slip.reprint  # each kind has its own first print
    assert slip.kind is DemandSlipKind.DISPATCH
    text = _text(slip.pdf)
    for expected in ("派单单", number, "李明（县人民医院）", "2026-03-02 09:10", "李晓燕",
                     "张**", MASKED, "号码已隐藏", "接单后30分钟内办结", "承接人签收"):  # fmt: skip
        assert _flat(expected) in text, expected
    assert PHONE not in text and "张三丰" not in text
    assert not [a for a in _audits(services) if a.action == "reveal"]
    again = services.demand_slips.issue(clerk, number, "dispatch")
    assert again.reprint and "补打" in _text(again.pdf)


def test_showing_the_contact_in_full_is_audited_without_the_number(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    number = _dispatched(services, admin, clerk)
    slip = services.demand_slips.issue(clerk, number, "dispatch", reveal_contact=True)
    text = _text(slip.pdf)
    assert _flat(f"张三丰 {PHONE}") in text and "号码已隐藏" not in text
    (reveal,) = [a for a in _audits(services) if a.action == "reveal"]
    assert reveal.entity_id == number and reveal.staff_id == clerk.staff_id
    assert json.loads(reveal.detail) == {"field": "contact", "slip": "dispatch"}
    with services.db.read() as s:
        every = list(s.scalars(select(AuditEntry)))
    for entry in every:
        assert PHONE not in entry.detail + entry.entity_id and "张三丰" not in entry.detail
    # A receipt never shows the contact in full, asked or not, and nothing is revealed.
    receipt = services.demand_slips.issue(clerk, number, "receipt", reveal_contact=True)
    assert MASKED in _text(receipt.pdf) and PHONE not in _text(receipt.pdf)
    assert len([a for a in _audits(services) if a.action == "reveal"]) == 1


def test_a_dispatch_slip_needs_someone_to_have_the_demand(
    services: Services, admin: StaffSession, clerk: StaffSession, tmp_path: Path
) -> None:
    number = _pending(services, admin)
    with pytest.raises(ConflictError) as caught:
        services.demand_slips.issue(clerk, number, "dispatch")
    assert number in str(caught.value) and "not been dispatched" in str(caught.value)
    assert _prints(services, number) == []
    assert not list(tmp_path.rglob("*.pdf"))  # the services fixture archives under tmp_path


def test_unknown_and_other_centers_numbers_are_not_found_alike(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    ours = _pending(services, admin)
    other = other_center(services.db)
    theirs = add_demand(services.db, other.site_id, other.staff_id, 7)
    with pytest.raises(NotFoundError) as foreign:
        services.demand_slips.issue(clerk, theirs, "receipt")
    with pytest.raises(NotFoundError) as unknown:
        services.demand_slips.issue(clerk, "CN01-D2026-09999", "receipt")
    assert str(foreign.value) == f"There is no demand numbered {theirs}."
    assert str(unknown.value) == "There is no demand numbered CN01-D2026-09999."
    with pytest.raises(NotFoundError):
        services.demand_slips.issue(other, ours, "receipt")
    with pytest.raises(NotFoundError):
        services.demand_slips.issue(clerk, "not a number", "receipt")
    # A scanner's full-width characters are forgiven.
    scanned = ours.translate(str.maketrans("0123456789-D", "０１２３４５６７８９－Ｄ"))
    assert services.demand_slips.issue(clerk, scanned, "receipt").number == ours


def test_a_merged_demand_points_at_the_one_that_carries_on(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    carrier = _pending(services, admin, 1)
    with services.db.read() as s:
        carrier_id = s.scalar(select(Demand.id).where(Demand.number == carrier))
    merged = _pending(services, admin, 2, merged_into_id=carrier_id)
    with pytest.raises(ConflictError) as caught:
        services.demand_slips.issue(clerk, merged, "receipt")
    assert carrier in str(caught.value)


def test_bad_kind_and_terminal_reveal_are_refused(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    number = _dispatched(services, admin, clerk)
    with pytest.raises(ValidationError) as caught:
        services.demand_slips.issue(clerk, number, "notice")
    assert caught.value.field == "kind"
    with pytest.raises(PermissionDenied):
        services.demand_slips.issue(None, number, "dispatch", reveal_contact=True)
    terminal = terminal_session(admin.site_id, admin.site_name)
    with pytest.raises(PermissionDenied):
        services.demand_slips.issue(terminal, number, "dispatch", reveal_contact=True)
    assert _prints(services, number) == []
    # From the terminal the receipt prints, recorded with no member of staff.
    issued = services.demand_slips.issue(None, number, "receipt")
    assert not issued.reprint
    assert [p.staff_id for p in _prints(services, number)] == [None]


def test_an_anonymous_small_wish(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    number = add_demand(services.db, admin.site_id, admin.staff_id, 5, kind="wish",
                        wish_target_date=date(2026, 12, 1))  # fmt: skip
    text = _text(services.demand_slips.issue(clerk, number, "receipt").pdf)
    assert "微心愿" in text and "匿名" in text and "希望在2026年12月1日前实现" in text
