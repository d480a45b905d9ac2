"""The elderly-age subsidy outside of cases: bands, lists, checks, stops (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry, ElderlyCheck, SubsidyBand
from hall_desk.domain.elderly import StopReason
from hall_desk.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from hall_desk.services import Services
from hall_desk.services.cases.elderly_rows import SubsidyRow
from hall_desk.services.catalogue import ServiceItemInfo
from hall_desk.services.visitors.visits import VisitForm
from tests.conftest import NOW
from tests.services.cases.test_cases import add_item, intake
from tests.services.visitors.test_visits import make_id


@pytest.fixture
def application(services, admin) -> ServiceItemInfo:
    return add_item(
        services, admin, code="GL001", kind="elderly_subsidy", agent=True, name="高龄补贴申请"
    )


def subsidise(
    services: Services,
    clerk,
    item: ServiceItemInfo,
    name: str,
    birth: date,
    seq: int,
    *,
    on: datetime | None = None,
    phone: str = "13812345678",
) -> SubsidyRow:
    """Take and complete an application on ``on`` (the clock returns to where it was)."""
    clock = services.clock
    back = clock.now()
    if on is not None:
        clock.at = on  # type: ignore[attr-defined]
    try:
        case = services.cases.accept_case(
            clerk, intake(item, name=name, id_number=make_id(birth=birth, seq=seq), phone=phone)
        )
        services.cases.complete(clerk, case.id, "审核通过", None)
    finally:
        clock.at = back  # type: ignore[attr-defined]
    return next(r for r in services.elderly.subsidised(clerk) if r.name == name)


def audits(services: Services, entity: str) -> list[tuple[str, dict]]:
    with services.db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.detail)
            .where(AuditEntry.entity == entity)
            .order_by(AuditEntry.id)
        ).all()
    return [(action, json.loads(detail)) for action, detail in rows]


def by_name(rows) -> dict[str, SubsidyRow]:
    return {r.name: r for r in rows}


# -- age bands --------------------------------------------------------------------------------
def test_bands_start_blank_once_and_only_administrators_set_amounts(services, admin, clerk) -> None:
    bands = services.elderly.bands(clerk)
    assert [(b.min_age, b.max_age, b.monthly_amount_fen, b.label) for b in bands] == [
        (80, 89, None, "80-89"),
        (90, 99, None, "90-99"),
        (100, None, None, "100+"),
    ]
    assert services.elderly.bands(admin) == bands  # not created twice
    with services.db.read() as s:
        assert len(s.scalars(select(SubsidyBand)).all()) == 3
    assert [a for a, _ in audits(services, "subsidy_band")] == ["seed"]

    with pytest.raises(PermissionDenied):
        services.elderly.set_bands(clerk, {80: "100"})

    with pytest.raises(ValidationError) as err:
        services.elderly.set_bands(admin, {80: "１００元", 90: "abc", 100: "1.234", 85: "5"})
    assert {e.field for e in err.value.errors} == {"band_85", "band_90", "band_100"}
    assert "abc" in err.value.for_field("band_90")[0].render()
    assert [b.monthly_amount_fen for b in services.elderly.bands(admin)] == [None, None, None]

    with pytest.raises(ValidationError) as err:
        services.elderly.set_bands(admin, {80: "", 90: "100001"})
    assert {e.field for e in err.value.errors} == {"band_80", "band_90"}

    saved = services.elderly.set_bands(admin, {80: "１００元", 90: "200.5", 100: "¥500"})
    assert [b.monthly_amount_fen for b in saved] == [10_000, 20_050, 50_000]
    assert services.elderly.bands(clerk) == saved

    services.elderly.set_bands(admin, {90: "300"})  # the others keep their amount
    assert [b.monthly_amount_fen for b in services.elderly.bands(clerk)] == [
        10_000,
        30_000,
        50_000,
    ]
    services.elderly.set_bands(admin, {90: "300.00"})  # no change, no audit row
    updates = [d for a, d in audits(services, "subsidy_band") if a == "update"]
    assert updates == [
        {
            "before": {"80-89": None, "90-99": None, "100+": None},
            "after": {"80-89": 10_000, "90-99": 20_050, "100+": 50_000},
        },
        {
            "before": {"80-89": 10_000, "90-99": 20_050, "100+": 50_000},
            "after": {"80-89": 10_000, "90-99": 30_000, "100+": 50_000},
        },
    ]


# -- lists ------------------------------------------------------------------------------------
def test_rows_show_age_band_amount_and_only_masked_numbers(
    services, admin, clerk, application
) -> None:
    zhao = subsidise(services, clerk, application, "赵奶奶", date(1941, 2, 3), 456)
    qian = subsidise(services, clerk, application, "钱爷爷", date(1930, 6, 1), 457, phone="")
    assert zhao.age == 85 and zhao.band_label == "80-89" and zhao.monthly_amount_fen is None
    assert qian.age == 96 and qian.band_label == "90-99"
    full_id = make_id(birth=date(1941, 2, 3), seq=456)
    assert zhao.masked_id == full_id[:4] + "*" * 10 + full_id[-4:]
    assert zhao.masked_phone == "138****5678" and qian.masked_phone == ""
    assert zhao.started_on == date(2026, 11, 20) and zhao.last_checked_on is None
    assert zhao.check_status == "ok" and zhao.due_month == (2027, 11)
    assert not zhao.stopped and zhao.stop_reason is None

    services.elderly.set_bands(admin, {80: "100", 90: "200", 100: "500"})
    rows = by_name(services.elderly.subsidised(clerk))
    assert rows["赵奶奶"].monthly_amount_fen == 10_000
    assert rows["钱爷爷"].monthly_amount_fen == 20_000
    assert services.elderly.get(clerk, zhao.id) == rows["赵奶奶"]


def test_checks_become_due_then_overdue_as_the_clock_moves(
    services, clerk, application, clock
) -> None:
    early = subsidise(
        services, clerk, application, "孙爷爷", date(1940, 1, 1), 458, on=datetime(2025, 3, 10, 10)
    )
    last_year = subsidise(
        services, clerk, application, "李奶奶", date(1942, 5, 5), 459, on=datetime(2025, 11, 5, 10)
    )
    fresh = subsidise(services, clerk, application, "周奶奶", date(1943, 7, 7), 460)
    rows = by_name(services.elderly.subsidised(clerk))
    assert rows["孙爷爷"].check_status == "overdue" and rows["孙爷爷"].due_month == (2026, 3)
    assert rows["李奶奶"].check_status == "due" and rows["李奶奶"].due_month == (2026, 11)
    assert rows["周奶奶"].check_status == "ok"
    assert [r.id for r in services.elderly.checks_due(clerk)] == [early.id, last_year.id]

    clock.advance(days=11)  # 2026-12-01: this month's check is now late too
    due = services.elderly.checks_due(clerk)
    assert [(r.name, r.check_status) for r in due] == [("孙爷爷", "overdue"), ("李奶奶", "overdue")]

    services.elderly.record_check(clerk, early.id, "home_visit", "上门核实，本人健在")
    services.elderly.record_check(clerk, last_year.id, "on_behalf")
    assert services.elderly.checks_due(clerk) == []
    checked = by_name(services.elderly.subsidised(clerk))["孙爷爷"]
    # Checked in December 2026, late: the next check is in March, the anniversary month.
    assert checked.last_checked_on == date(2026, 12, 1) and checked.due_month == (2027, 3)

    clock.advance(days=350)  # 2027-11-16
    assert [(r.name, r.check_status) for r in services.elderly.checks_due(clerk)] == [
        ("孙爷爷", "overdue"),
        ("李奶奶", "due"),
        ("周奶奶", "due"),
    ]
    assert fresh.id in {r.id for r in services.elderly.checks_due(clerk)}


def test_band_changes_next_month_come_from_the_birth_dates(
    services, admin, clerk, application, clock
) -> None:
    services.elderly.set_bands(admin, {80: "100", 90: "200", 100: "500"})
    turns_90 = subsidise(services, clerk, application, "吴爷爷", date(1936, 12, 31), 461)
    turns_100 = subsidise(services, clerk, application, "郑奶奶", date(1926, 12, 5), 462)
    subsidise(services, clerk, application, "冯奶奶", date(1936, 11, 25), 463)  # this month
    subsidise(services, clerk, application, "陈爷爷", date(1937, 1, 2), 464)  # January
    subsidise(services, clerk, application, "褚奶奶", date(1941, 12, 9), 465)  # 85: no new band
    stopped = subsidise(services, clerk, application, "卫爷爷", date(1936, 12, 1), 466)
    services.elderly.stop(clerk, stopped.id, date(2026, 11, 20), "death", "")

    changes = services.elderly.band_changes_next_month(clerk)
    assert [(c.subsidy.id, c.new_age, c.birthday) for c in changes] == [
        (turns_100.id, 100, date(2026, 12, 5)),
        (turns_90.id, 90, date(2026, 12, 31)),
    ]
    first = changes[0]
    assert first.subsidy.band_label == "90-99" and first.subsidy.monthly_amount_fen == 20_000
    assert first.new_band_label == "100+" and first.new_monthly_amount_fen == 50_000

    clock.advance(days=12)  # 2026-12-02: December looks at January 2027
    assert [
        (c.subsidy.name, c.new_age) for c in services.elderly.band_changes_next_month(clerk)
    ] == [("陈爷爷", 90)]


# -- checks, stops ----------------------------------------------------------------------------
def test_a_check_outside_a_case_is_a_home_visit_or_done_on_their_behalf(
    services, clerk, application
) -> None:
    row = subsidise(services, clerk, application, "王奶奶", date(1941, 2, 3), 456)
    with pytest.raises(ValidationError) as err:
        services.elderly.record_check(clerk, row.id, "in_person")
    assert err.value.for_field("check_method")
    with pytest.raises(ValidationError) as err:
        services.elderly.record_check(clerk, row.id, "phone", "x" * 501)
    assert {e.field for e in err.value.errors} == {"check_method", "note"}
    with pytest.raises(NotFoundError):
        services.elderly.record_check(clerk, 9999, "home_visit")

    after = services.elderly.record_check(clerk, row.id, " HOME_VISIT ", "  本人在家  ")
    assert after.last_checked_on == date(2026, 11, 20) and after.due_month == (2027, 11)
    with pytest.raises(ConflictError):  # twice on one day is a slip of the hand
        services.elderly.record_check(clerk, row.id, "on_behalf")
    with services.db.read() as s:
        check = s.scalars(select(ElderlyCheck)).one()
    assert (check.method, check.case_id, check.staff_id, check.note) == (
        "home_visit",
        None,
        clerk.staff_id,
        "本人在家",
    )
    assert [(a, d["method"]) for a, d in audits(services, "elderly_subsidy") if a == "check"] == [
        ("check", "home_visit")
    ]


def test_stop_needs_a_sound_date_and_reason_and_resume_takes_it_back(
    services, clerk, application, clock
) -> None:
    row = subsidise(
        services, clerk, application, "蒋爷爷", date(1938, 4, 4), 467, on=datetime(2026, 3, 2, 9)
    )
    with pytest.raises(ValidationError) as err:
        services.elderly.stop(clerk, row.id, None, "vanished", "")
    assert {e.field for e in err.value.errors} == {"stopped_on", "stop_reason"}
    with pytest.raises(ValidationError) as err:
        services.elderly.stop(clerk, row.id, date(2026, 11, 21), "death", "")
    assert "2026-11-21" in err.value.for_field("stopped_on")[0].render()
    with pytest.raises(ValidationError) as err:
        services.elderly.stop(clerk, row.id, date(2026, 3, 1), "other", "  ")
    assert {e.field for e in err.value.errors} == {"stopped_on", "stop_note"}
    assert "2026-03-02" in err.value.for_field("stopped_on")[0].render()
    assert not services.elderly.get(clerk, row.id).stopped

    stopped = services.elderly.stop(clerk, row.id, date(2026, 11, 2), "moved_away", " 迁往外省 ")
    assert stopped.stopped_on == date(2026, 11, 2)
    assert stopped.stop_reason is StopReason.MOVED_AWAY and stopped.stop_note == "迁往外省"
    assert stopped.check_status == "ok"
    assert services.elderly.subsidised(clerk) == []
    assert services.elderly.checks_due(clerk) == []
    assert [r.id for r in services.elderly.subsidised(clerk, include_stopped=True)] == [row.id]
    with pytest.raises(ConflictError):
        services.elderly.stop(clerk, row.id, date(2026, 11, 3), "death", "")
    with pytest.raises(ConflictError):
        services.elderly.record_check(clerk, row.id, "home_visit")

    clock.advance(days=1)
    resumed = services.elderly.resume(clerk, row.id)
    assert not resumed.stopped and resumed.stop_reason is None and resumed.stop_note == ""
    assert resumed.started_on == date(2026, 3, 2) and resumed.check_status == "ok"
    with pytest.raises(ConflictError):
        services.elderly.resume(clerk, row.id)
    assert [r.id for r in services.elderly.subsidised(clerk)] == [row.id]

    history = [(a, d) for a, d in audits(services, "elderly_subsidy") if a in ("stop", "resume")]
    assert history == [
        ("stop", {"stopped_on": "2026-11-02", "reason": "moved_away", "note": "迁往外省"}),
        ("resume", {"stopped_on": "2026-11-02", "reason": "moved_away", "note": "迁往外省"}),
    ]


def test_other_reason_with_a_note_and_a_new_application_after_a_stop(
    services, clerk, application, clock
) -> None:
    row = subsidise(services, clerk, application, "沈奶奶", date(1939, 9, 9), 468)
    services.elderly.stop(clerk, row.id, NOW.date(), "other", "本人申请暂停")
    clock.advance(days=30)
    again = subsidise(services, clerk, application, "沈奶奶", date(1939, 9, 9), 468)
    assert again.id == row.id and not again.stopped
    assert again.started_on == date(2026, 12, 20)


# -- the early answer at intake ----------------------------------------------------------------
def test_check_applicant_answers_before_any_document_is_ticked(
    services, admin, clerk, application
) -> None:
    young_id = make_id(birth=date(1949, 12, 31), seq=301)  # 76 on 2026-11-20
    old_id = make_id(birth=date(1940, 5, 6), seq=302)
    check = services.cases.check_applicant

    # A new applicant typed with their ID number: the age comes from it.
    with pytest.raises(ValidationError) as too_young:
        check(clerk, application.id, None, young_id)
    text = too_young.value.render()
    assert "76 years old" in text and "apply from 2029-12-31" in text
    check(clerk, application.id, None, old_id)  # 86: nothing to say

    # A resident on file, picked from the search: the age comes from the birth date on file.
    young = services.visits.register_visit(
        clerk, VisitForm(name="顾欣磊", id_number=young_id, purposes=("errand",))
    )
    with pytest.raises(ValidationError):
        check(clerk, application.id, young.resident_id, "")
    # Other items say nothing, and an unknown applicant is not judged yet.
    other = add_item(services, admin, code="TS009")
    check(clerk, other.id, young.resident_id, "")
    check(clerk, application.id, None, "")

    # Someone already paid says so at once, as does an annual check with nothing to check.
    row = subsidise(services, clerk, application, "周老", date(1940, 5, 6), 302)
    with pytest.raises(ConflictError) as paid:
        check(clerk, application.id, None, old_id)
    assert row.name == "周老" and "already receives" in paid.value.render()
    annual = add_item(services, admin, code="GL002", kind="elderly_check", name="高龄补贴年审")
    check(clerk, annual.id, None, old_id)
    with pytest.raises(ConflictError):
        check(clerk, annual.id, young.resident_id, "")
