"""Taking in and moving cases against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry, ElderlySubsidy, PartyTransfer
from hall_desk.domain.cases import CaseStatus, Rating, Urgency
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.services import Services
from hall_desk.services.cases.case_intake import IntakeForm, TransferForm
from hall_desk.services.cases.case_lists import CaseQuery, CaseView
from hall_desk.services.catalogue import ItemForm, ServiceItemInfo
from tests.services.visitors.test_visits import ZHANG_ID, make_id

DOCS = ("申请人身份证原件及复印件", "户口簿")


def add_item(
    services: Services,
    admin,
    *,
    code: str = "TS001",
    limit: int = 5,
    agent: bool = False,
    kind: str = "general",
    name: str = "测试事项",
    docs=DOCS,
) -> ServiceItemInfo:
    return services.catalogue.add_item(
        admin,
        ItemForm(code, name, "民政办", "civil", list(docs), limit, agent, kind),
    )


def intake(item: ServiceItemInfo, **fields) -> IntakeForm:
    values = {
        "item_id": item.id,
        "name": "张三",
        "id_number": ZHANG_ID,
        "phone": "13812345678",
        "documents_received": item.documents,
        **fields,
    }
    return IntakeForm(**values)


@pytest.fixture
def item(services, admin) -> ServiceItemInfo:
    return add_item(services, admin)


def test_accepting_gives_a_readable_number_and_a_working_day_promise(services, clerk, item) -> None:
    case = services.cases.accept_case(clerk, intake(item))
    assert case.number == "CN01-2026-00001"
    assert case.status is CaseStatus.ACCEPTED
    assert case.clerk_name == "李晓燕"
    assert case.masked_id == ZHANG_ID[:4] + "*" * 10 + ZHANG_ID[-4:]
    # Friday 2026-11-20 + 5 working days = Friday 2026-11-27.
    assert case.due_date == date(2026, 11, 27)
    assert case.urgency is Urgency.ON_TIME
    assert [e.to_status for e in case.events] == [CaseStatus.ACCEPTED]
    second = services.cases.accept_case(clerk, intake(item))
    assert second.number == "CN01-2026-00002"
    assert second.resident_id == case.resident_id  # the same person, found by ID
    with services.db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "case")))
    assert actions == ["accept", "accept"]


def test_numbers_restart_each_year(services, clerk, item, clock) -> None:
    services.cases.accept_case(clerk, intake(item))
    clock.advance(days=45)  # 2027-01-04
    assert services.cases.accept_case(clerk, intake(item)).number == "CN01-2027-00001"


def test_missing_documents_need_a_one_time_notice(services, clerk, item, clock) -> None:
    form = intake(item, documents_received=DOCS[:1], extra_missing=("结婚证",))
    with pytest.raises(ValidationError) as err:
        services.cases.accept_case(clerk, form)
    assert err.value.for_field("documents")
    assert "户口簿" in err.value.render()

    case = services.cases.issue_notice(clerk, form)
    assert case.status is CaseStatus.WAITING_DOCS
    assert case.documents_missing == ("户口簿", "结婚证")
    assert case.due_date is None and case.urgency is Urgency.NONE

    with pytest.raises(ValidationError):  # nothing missing: no notice
        services.cases.issue_notice(clerk, intake(item))

    clock.advance(days=3)  # Monday 2026-11-23: the papers come in
    done = services.cases.documents_complete(clerk, case.id)
    assert done.status is CaseStatus.ACCEPTED
    assert done.documents_missing == ()
    assert set(done.documents_received) == {*DOCS, "结婚证"}
    assert done.clock_start == date(2026, 11, 23)
    assert done.due_date == date(2026, 11, 30)


def test_every_bad_field_is_reported_at_once(services, clerk, item) -> None:
    form = IntakeForm(item_id=None, name="", id_number="12345", phone="")
    with pytest.raises(ValidationError) as err:
        services.cases.accept_case(clerk, form)
    fields = {e.field for e in err.value.errors}
    assert {"item", "name", "id_number"} <= fields


def test_refusal_needs_a_reason_and_closes_the_case(services, clerk, item) -> None:
    with pytest.raises(ValidationError) as err:
        services.cases.refuse_case(clerk, intake(item), "  ")
    assert err.value.for_field("reason")
    case = services.cases.refuse_case(clerk, intake(item), "不属于本中心受理范围")
    assert case.status is CaseStatus.REFUSED
    assert case.reason == "不属于本中心受理范围"
    assert case.closed_at is not None


def test_illegal_moves_are_refused_and_nothing_changes(services, clerk, item) -> None:
    waiting = services.cases.issue_notice(clerk, intake(item, documents_received=()))
    with pytest.raises(ConflictError) as err:
        services.cases.complete(clerk, waiting.id, "", None)
    assert "Waiting for documents" in err.value.render()
    case = services.cases.accept_case(clerk, intake(item))
    services.cases.complete(clerk, case.id, "已办结", None)
    with pytest.raises(ConflictError):
        services.cases.complete(clerk, case.id, "", None)
    with pytest.raises(ConflictError):
        services.cases.pause(clerk, case.id, "等待")
    assert services.case_lists.get(clerk, case.id).status is CaseStatus.COMPLETED


def test_paused_working_days_move_the_promise(services, clerk, item, clock) -> None:
    case = services.cases.accept_case(clerk, intake(item))  # due Fri 11-27
    services.cases.start(clerk, case.id)
    clock.advance(days=3)  # Mon 11-23
    paused = services.cases.pause(clerk, case.id, "等待民政局复核")
    assert paused.status is CaseStatus.PAUSED and paused.urgency is Urgency.NONE
    clock.advance(days=2)  # Wed 11-25: paused Tue and Wed
    resumed = services.cases.resume(clerk, case.id)
    assert resumed.status is CaseStatus.IN_PROGRESS
    assert resumed.paused_working_days == 2
    assert resumed.due_date == date(2026, 12, 1)


def test_transfer_hands_the_case_to_another_office(services, clerk, item) -> None:
    case = services.cases.accept_case(clerk, intake(item))
    moved = services.cases.transfer(clerk, case.id, "街道便民服务中心", "需街道审批")
    assert moved.office == "街道便民服务中心"
    assert moved.status is CaseStatus.IN_PROGRESS
    assert moved.due_date == case.due_date
    with pytest.raises(ValidationError):
        services.cases.transfer(clerk, case.id, "街道便民服务中心", "")
    office = services.case_lists.list_cases(
        clerk, CaseQuery(view=CaseView.OPEN, office="街道便民服务中心")
    )
    assert [c.id for c in office] == [case.id]


def test_a_poor_rating_opens_a_call_back_due_in_five_working_days(
    services, clerk, item, clock
) -> None:
    case = services.cases.accept_case(clerk, intake(item))
    done = services.cases.complete(clerk, case.id, "材料已报送民政局", Rating.DISSATISFIED.value)
    assert done.rating is Rating.DISSATISFIED
    assert done.follow_up_due == date(2026, 11, 27)
    owed = services.case_lists.list_cases(clerk, CaseQuery(view=CaseView.FOLLOW_UP))
    assert [c.id for c in owed] == [case.id]
    services.cases.close_follow_up(clerk, case.id, "已电话回访，居民表示理解")
    assert services.case_lists.list_cases(clerk, CaseQuery(view=CaseView.FOLLOW_UP)) == []

    happy = services.cases.accept_case(clerk, intake(item))
    services.cases.complete(clerk, happy.id, "", None)
    rated = services.cases.rate(clerk, happy.id, Rating.VERY_SATISFIED.value)
    assert rated.rating is Rating.VERY_SATISFIED and rated.follow_up_due is None
    with pytest.raises(ConflictError):
        services.cases.rate(clerk, happy.id, Rating.SATISFIED.value)


def test_lists_show_due_today_due_soon_overdue_and_waiting(services, admin, clerk, clock) -> None:
    quick = add_item(services, admin, code="TS002", limit=1)
    slow = add_item(services, admin, code="TS003", limit=10)
    a = services.cases.accept_case(clerk, intake(quick))  # due Mon 11-23
    b = services.cases.accept_case(
        clerk, intake(slow, name="李四", id_number="", phone="13900001111")
    )
    w = services.cases.issue_notice(clerk, intake(slow, documents_received=()))
    clock.advance(days=3)  # Monday 11-23
    ids = lambda view: {c.id for c in services.case_lists.list_cases(clerk, CaseQuery(view=view))}  # noqa: E731
    assert ids(CaseView.DUE_TODAY) == {a.id}
    assert ids(CaseView.DUE_SOON) == {a.id}
    assert ids(CaseView.WAITING_DOCS) == {w.id}
    assert ids(CaseView.OPEN) == {a.id, b.id, w.id}
    clock.advance(days=1)
    assert ids(CaseView.OVERDUE) == {a.id}
    assert services.case_lists.get(clerk, a.id).urgency is Urgency.OVERDUE
    counts = services.case_lists.view_counts(clerk)
    assert counts[CaseView.OVERDUE] == 1 and counts[CaseView.OPEN] == 3

    def search(text):
        return {
            c.id
            for c in services.case_lists.list_cases(clerk, CaseQuery(view=CaseView.ALL, text=text))
        }

    assert search(b.number) == {b.id}
    assert search(b.number.lower()) == {b.id}
    assert search("李四") == {b.id}
    assert search("1111") == {b.id}
    assert search("zs") == {a.id, w.id}
    assert services.case_lists.find_by_number(clerk, f" {a.number} ").id == a.id
    assert services.case_lists.find_by_number(clerk, "CN01-2026-09999") is None


def test_agent_only_where_the_item_allows(services, admin, clerk, item) -> None:
    agent = {"agent_name": "张小明", "agent_relation": "子女", "agent_phone": "13700001234"}
    with pytest.raises(ValidationError) as err:
        services.cases.accept_case(clerk, intake(item, **agent))
    assert err.value.for_field("agent_name")
    allowed = add_item(services, admin, code="TS004", agent=True)
    case = services.cases.accept_case(clerk, intake(allowed, **agent))
    assert case.agent is not None and case.agent.relation == "子女"
    with pytest.raises(ValidationError) as err:
        services.cases.accept_case(
            clerk, intake(allowed, agent_name="张小明", agent_relation="", agent_phone="123")
        )
    assert {e.field for e in err.value.errors} == {"agent_relation", "agent_phone"}
    # A NUL or other control character (PostgreSQL refuses NUL outright) is a typing error
    # the desk is told about, never a crash.
    for relation in ("子女\x00", "子\x19女", "子女\x94"):
        with pytest.raises(ValidationError) as err:
            services.cases.accept_case(
                clerk, intake(allowed, **{**agent, "agent_relation": relation})
            )
        assert err.value.for_field("agent_relation")
    # Document names are refused, not cut or stored, when they hold control characters or
    # are too long.
    for document in ("身份证\x85", "证" * 81):
        with pytest.raises(ValidationError) as err:
            services.cases.accept_case(clerk, intake(allowed, documents_received=[document]))
        assert err.value.for_field("documents")


def test_elderly_subsidy_checks_the_age_from_the_id(services, admin, clerk) -> None:
    apply = add_item(
        services, admin, code="GL001", kind="elderly_subsidy", agent=True, name="高龄补贴申请"
    )
    check = add_item(
        services,
        admin,
        code="GL002",
        kind="elderly_check",
        agent=True,
        limit=0,
        name="高龄补贴年审",
    )
    young = make_id(birth=date(1950, 5, 1))
    with pytest.raises(ValidationError) as err:
        services.cases.accept_case(clerk, intake(apply, id_number=young, name="李老"))
    assert "76" in err.value.render() and err.value.for_field("id_number")

    old = make_id(birth=date(1941, 2, 3), seq=456)
    with pytest.raises(ConflictError):  # no subsidy yet, so no annual check
        services.cases.accept_case(
            clerk, intake(check, id_number=old, name="王奶奶", check_method="home_visit")
        )
    case = services.cases.accept_case(clerk, intake(apply, id_number=old, name="王奶奶"))
    with pytest.raises(ConflictError):  # one open application at a time
        services.cases.accept_case(clerk, intake(apply, id_number=old, name="王奶奶"))
    services.cases.complete(clerk, case.id, "审核通过", None)
    with services.db.read() as s:
        subsidy = s.scalar(select(ElderlySubsidy))
        assert subsidy is not None and subsidy.started_on == date(2026, 11, 20)
    with pytest.raises(ConflictError):
        services.cases.accept_case(clerk, intake(apply, id_number=old, name="王奶奶"))
    yearly = services.cases.accept_case(
        clerk, intake(check, id_number=old, name="王奶奶", check_method="home_visit")
    )
    services.cases.complete(clerk, yearly.id, "", None)
    with services.db.read() as s:
        subsidy = s.scalar(select(ElderlySubsidy))
        assert subsidy.last_checked_on == date(2026, 11, 20)
        assert [c.method for c in subsidy.checks] == ["home_visit"]


def test_party_transfer_keeps_its_letter(services, admin, clerk) -> None:
    item = add_item(services, admin, code="DW009", kind="party_transfer", name="党员组织关系转入")
    with pytest.raises(ValidationError) as err:
        services.cases.accept_case(clerk, intake(item))
    assert err.value.for_field("transfer_letter")
    letter = TransferForm(
        direction="in",
        scope="outside_province",
        from_org="中共西安市雁塔区某某社区委员会",
        to_org="中共城南社区委员会",
        letter_number="陕组转字第0123号",
        issued_on=date(2026, 11, 10),
        valid_until=None,
        channel="online",
    )
    case = services.cases.accept_case(clerk, intake(item, transfer=letter))
    assert case.transfer is not None
    assert case.transfer.valid_until == date(2027, 2, 10)
    with services.db.read() as s:
        assert s.scalar(select(PartyTransfer.letter_number)) == "陕组转字第0123号"


def test_late_december_promise_runs_into_an_uncovered_year(services, clerk, item, clock) -> None:
    clock.advance(days=38)  # Monday 2026-12-28
    long_item = item
    case = services.cases.accept_case(clerk, intake(long_item))
    # 29, 30, 31 Dec (2026 known), then 2027 estimated: Fri 1 Jan is 元旦, so Mon 4, Tue 5 Jan.
    assert case.due_date == date(2027, 1, 5)
    assert services.calendar.uncovered_years_ahead() == [2027]


def test_slips_are_archived_and_a_second_one_is_a_reprint(services, clerk, item, tmp_path) -> None:
    case = services.cases.accept_case(clerk, intake(item))
    first = services.slips.issue(clerk, case_id=case.id)
    assert not first.reprint and first.archived is not None and first.archived.exists()
    assert first.archived.read_bytes().startswith(b"%PDF")
    again = services.slips.issue(clerk, number=case.number)
    assert again.reprint and again.archived != first.archived
    with pytest.raises(NotFoundError):
        services.slips.issue(clerk, number="CN01-2026-99999")


def test_items_seed_once_and_retired_items_keep_their_cases(services, admin, clerk) -> None:
    items = services.catalogue.items(clerk)
    assert len(items) >= 40
    assert services.catalogue.items(clerk) == items  # not seeded twice
    first = items[0]
    form = IntakeForm(
        item_id=first.id, name="张三", id_number=ZHANG_ID, documents_received=first.documents
    )
    if first.kind.value == "general":
        case = services.cases.accept_case(clerk, form)
        services.catalogue.set_retired(admin, first.id, True)
        assert first.id not in {i.id for i in services.catalogue.items(clerk)}
        assert services.case_lists.get(clerk, case.id).item_name == first.name
        with pytest.raises(ValidationError) as err:
            services.cases.accept_case(clerk, form)
        assert err.value.for_field("item")


def test_audit_detail_of_a_move_names_both_states(services, clerk, item) -> None:
    case = services.cases.accept_case(clerk, intake(item))
    services.cases.start(clerk, case.id)
    with services.db.read() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.action == "start")).one()
    detail = json.loads(row.detail)
    assert detail["before"] == "accepted" and detail["after"] == "in_progress"
    assert row.entity_id == case.number
    assert isinstance(row.at, datetime)
