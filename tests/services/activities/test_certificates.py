"""Certificates of volunteer service: numbered, refused without hours, their items kept as
issued, printed (and reprinted, audited) with the ID number masked, the register, and the
公示 list."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from hall_desk.db.activity_models import VolunteerShift
from hall_desk.db.models import AuditEntry
from hall_desk.db.party_models import PartyMember
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError, NotFoundError, PermissionDenied
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import VolunteerRef
from hall_desk.services.session import StaffSession, terminal_session
from tests.conftest import NOW
from tests.printing.test_slips import _flat, _pypdf_text
from tests.services.activities.volunteer_rows import (
    NOVEMBER,
    ZHANG_ID,
    HoursScenario,
    hours_scenario,
)
from tests.services.party.demand_rows import other_center


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def scenario(services: Services, admin: StaffSession) -> HoursScenario:
    return hours_scenario(services.db, admin)


def _audit(services: Services, action: str) -> list[dict[str, object]]:
    with services.db.read() as s:
        rows = s.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        ).all()
        return [json.loads(r.detail) for r in rows]


def test_issue_numbers_certificates_and_keeps_their_items(
    services: Services, clerk: StaffSession, scenario: HoursScenario
) -> None:
    li = services.certificates.issue(clerk, scenario.refs["李明"], *NOVEMBER)
    assert li.number == "CN01-V2026-0001"
    assert (li.name, li.unit_name, li.total_minutes, li.prints) == ("李明", "县供电公司", 330, 0)
    assert (li.period_from, li.period_to, li.issued_by, li.issued_at) == (*NOVEMBER, "李晓燕", NOW)
    assert [(i.day, i.minutes, i.supplementary) for i in li.items] == [
        (date(2026, 11, 7), 180, False),
        (date(2026, 11, 14), 150, True),
    ]
    # Only credited shifts are certified: 王芳's third of a shift on 11-07 is left out.
    wang = services.certificates.issue(clerk, scenario.refs["王芳"], *NOVEMBER)
    assert wang.number == "CN01-V2026-0002"
    assert [(i.day.day, i.minutes) for i in wang.items] == [(14, 180)]
    zhang = services.certificates.issue(clerk, scenario.refs["张三丰"], *NOVEMBER)
    assert zhang.masked_id_number == "1422**********4565"

    # A later correction of a shift leaves the certificate as issued.
    with services.db.write() as s:
        s.execute(update(VolunteerShift).values(credited_minutes=1))
    [again] = [c for c in services.certificates.register(clerk) if c.id == li.id]
    assert again.items == li.items and again.total_minutes == 330

    detail = _audit(services, "issue_certificate")[0]
    assert detail["number"] == "CN01-V2026-0001" and detail["minutes"] == 330
    assert detail["items"] == 2 and detail["member_id"] == scenario.refs["李明"].member_id
    assert "李明" not in json.dumps(_audit(services, "issue_certificate"), ensure_ascii=False)


def test_no_hours_no_certificate(
    services: Services, clerk: StaffSession, scenario: HoursScenario
) -> None:
    with pytest.raises(ConflictError, match="王芳 has no volunteer hours from 2026-10-01"):
        services.certificates.issue(
            clerk, scenario.refs["王芳"], date(2026, 10, 1), date(2026, 10, 31)
        )
    with pytest.raises(PermissionDenied):
        terminal = terminal_session(clerk.site_id, clerk.site_name)
        services.certificates.issue(terminal, scenario.refs["李明"], *NOVEMBER)
    with pytest.raises(NotFoundError):
        services.certificates.issue(other_center(services.db), scenario.refs["李明"], *NOVEMBER)
    assert services.certificates.register(clerk) == []


def test_certificate_pdf_reads_back_and_a_reprint_is_marked_and_audited(
    services: Services, clerk: StaffSession, scenario: HoursScenario, tmp_path: Path
) -> None:
    zhang = services.certificates.issue(clerk, scenario.refs["张三丰"], *NOVEMBER)
    li = services.certificates.issue(clerk, scenario.refs["李明"], *NOVEMBER)
    text = _flat(_pypdf_text(services.certificates.pdf(clerk, li.id)))
    for expected in (
        "志愿服务记录证明",
        "编号：CN01-V2026-0002",
        "李明",
        "县供电公司",
        "2026年11月1日至2026年11月30日",
        "城南社区党群服务中心",
        "参加志愿服务2次",
        "累计志愿服务时长5.5小时",
        "2026-11-07周末社区志愿服务日引导员3.0",
        "2026-11-14周末社区志愿服务日引导员2.5补录",
        "经办人：李晓燕",
        "出具日期：2026年11月20日",
        "（盖章）",
        "无偿出具",
    ):
        assert expected in text, expected
    assert "补打" not in text
    zhang_text = _flat(_pypdf_text(services.certificates.pdf(clerk, zhang.id)))
    assert "1422**********4565" in zhang_text and ZHANG_ID not in zhang_text
    assert "13812345678" not in zhang_text

    again = _flat(_pypdf_text(services.certificates.pdf(clerk, li.id)))
    assert "补打" in again
    [row] = [c for c in services.certificates.register(clerk) if c.id == li.id]
    assert row.prints == 2
    prints = [(d["number"], d["prints"]) for d in _audit(services, "print")]
    assert ("CN01-V2026-0002", 1) in prints
    assert [(d["number"], d["prints"]) for d in _audit(services, "reprint")] == [
        ("CN01-V2026-0002", 2)
    ]
    archived = sorted(p.name for p in (tmp_path / "slips").rglob("*.pdf"))
    assert len(archived) == 3 and archived[-1].endswith("_reprint.pdf")
    assert all("certificate" in name for name in archived)
    with pytest.raises(NotFoundError):
        services.certificates.pdf(other_center(services.db), li.id)


def test_register_lists_newest_first_within_the_days(
    services: Services, clerk: StaffSession, scenario: HoursScenario
) -> None:
    first = services.certificates.issue(clerk, scenario.refs["李明"], *NOVEMBER)
    clock = services.clock
    assert isinstance(clock, FixedClock)
    clock.advance(days=3)
    second = services.certificates.issue(clerk, scenario.refs["赵强"], *NOVEMBER)
    register = services.certificates.register(clerk)
    assert [c.number for c in register] == [second.number, first.number]
    assert [c.name for c in register] == ["赵强", "李明"]
    assert [c.number for c in services.certificates.register(clerk, end=NOW.date())] == [
        first.number
    ]
    later = NOW.date() + timedelta(days=1)
    assert [c.number for c in services.certificates.register(clerk, start=later)] == [second.number]


def test_publicity_list_names_everyone_with_hours_and_the_posting_period(
    services: Services, clerk: StaffSession, scenario: HoursScenario
) -> None:
    text = _flat(_pypdf_text(services.certificates.publicity_pdf(clerk, *NOVEMBER)))
    for expected in (
        "志愿服务时长公示",
        "2026年11月1日至2026年11月30日",
        "共4人，5人次，13.5小时",
        "1李明县供电公司25.5",
        "2王芳县供电公司13.0",
        "3赵强县人民医院13.0",
        "4张三丰—12.0",
        "公示期：2026年11月20日至2026年11月27日（7天）",
        "如有异议，请向城南社区党群服务中心反映（地址：幸福路88号，电话：0351-1234567）",
    ):
        assert expected in text, expected
    assert "13900001111" not in text and "1111" not in text
    [detail] = _audit(services, "print")
    assert detail == {"document": "publicity", "start": "2026-11-01", "end": "2026-11-30",
                      "people": 4}  # fmt: skip


def test_find_people_lists_members_who_left_too(
    services: Services, clerk: StaffSession, scenario: HoursScenario
) -> None:
    with services.db.write() as s:
        member = s.get(PartyMember, scenario.refs["王芳"].member_id)
        assert member is not None
        member.left_on = date(2026, 11, 18)
    assert services.volunteers.find_volunteers(clerk, "王芳") == []
    [found] = services.certificates.find_people(clerk, "王芳")
    assert found.ref == scenario.refs["王芳"] and found.is_member
    [by_id] = services.certificates.find_people(clerk, ZHANG_ID)
    assert by_id.ref == VolunteerRef(resident_id=scenario.refs["张三丰"].resident_id)
    assert [c.name for c in services.certificates.find_people(clerk, "13900001111")] == ["李明"]
