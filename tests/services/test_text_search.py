"""No ID or phone number can be rebuilt through the search boxes, one character at a time.

A number is matched on its last 4 characters or as a whole; a whole-number search is
audited with the count of matches, never the number. LIKE wildcards typed match literally.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry
from hall_desk.domain.id_numbers import check_character
from hall_desk.services import Services
from hall_desk.services.party.registry_records import MemberFilter, MemberForm, UnitForm
from hall_desk.services.session import StaffSession
from hall_desk.services.text_search import contains, escape_like
from hall_desk.services.visitors.visits import VisitForm
from tests.services.party.demand_helpers import form
from tests.services.party.rows import seed_lists

BODY = "14010519600307123"
ID_NUMBER = BODY + check_character(BODY)
PHONE = "13698761234"
CHARACTERS = "0123456789X"


def rebuild(found: Callable[[str], bool], known_tail: str) -> str:
    """What a script learns by growing a known tail one character at a time."""
    tail = known_tail
    while len(tail) < 18:
        grown = next((c + tail for c in CHARACTERS if found(c + tail)), None)
        if grown is None:
            break
        tail = grown
    return tail


def number_searches(services: Services) -> list[tuple[str, str]]:
    with services.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "search_by_number"))
        return [(r.entity, r.detail) for r in rows]


@pytest.fixture
def resident_id(services: Services, clerk: StaffSession) -> int:
    visit = services.visits.register_visit(
        clerk,
        VisitForm(name="陈静", purposes=("errand",), id_number=ID_NUMBER, phone=PHONE),
    )
    return int(visit.resident_id)


@pytest.fixture
def member_id(services: Services, clerk: StaffSession) -> int:
    unit = services.registry.add_unit(clerk, UnitForm(name="县税务局", kind="government"))
    member = services.registry.add_member(
        clerk,
        MemberForm(
            name="陈静",
            unit_id=unit.id,
            phone=PHONE,
            id_number=ID_NUMBER,
            neighbourhood="幸福小区",
            grid="第一网格",
            reported_on=date(2026, 3, 2),
        ),
    )
    return member.id


def test_a_resident_number_cannot_be_rebuilt_but_its_tail_and_whole_still_find_them(
    services: Services, clerk: StaffSession, resident_id: int
) -> None:
    def hits(text: str) -> list[int]:
        return [r.id for r in services.residents.search(clerk, text)]

    assert rebuild(lambda t: bool(hits(t)), ID_NUMBER[-4:]) == ID_NUMBER[-4:]
    assert rebuild(lambda t: bool(hits(t)), PHONE[-4:]) == PHONE[-4:]
    assert hits(ID_NUMBER[-4:]) == hits(ID_NUMBER) == [resident_id]
    assert hits(PHONE[-4:]) == hits(PHONE) == [resident_id]
    assert hits(ID_NUMBER[-5:]) == hits(PHONE[-5:]) == hits(ID_NUMBER[:-1]) == []
    assert hits("13600000000") == []
    # Three whole numbers looked up; tails and lengths no number has are not audited.
    audited = number_searches(services)
    assert [(entity, json.loads(detail)) for entity, detail in audited] == [
        ("resident", {"matches": 1}),
        ("resident", {"matches": 1}),
        ("resident", {"matches": 0}),
    ]
    assert all(ID_NUMBER not in detail and PHONE not in detail for _, detail in audited)


def test_a_member_number_cannot_be_rebuilt_and_a_whole_number_search_is_audited(
    services: Services, clerk: StaffSession, member_id: int
) -> None:
    def hits(text: str) -> list[int]:
        return [m.id for m in services.registry.members(clerk, MemberFilter(text=text))]

    assert rebuild(lambda t: bool(hits(t)), ID_NUMBER[-4:]) == ID_NUMBER[-4:]
    assert rebuild(lambda t: bool(hits(t)), PHONE[-4:]) == PHONE[-4:]
    before = len(number_searches(services))
    assert hits(ID_NUMBER[-4:]) == hits(PHONE[-4:]) == [member_id]
    assert len(number_searches(services)) == before  # a tail of 4 is not audited
    assert hits(PHONE) == hits(ID_NUMBER) == [member_id]
    audited = number_searches(services)[before:]
    assert [(entity, json.loads(detail)) for entity, detail in audited] == [
        ("member", {"matches": 1}),
        ("member", {"matches": 1}),
    ]
    assert all(ID_NUMBER not in detail and PHONE not in detail for _, detail in audited)


def test_claimant_dispatch_and_volunteer_searches_match_a_phone_tail_or_whole_only(
    services: Services, admin: StaffSession, clerk: StaffSession, member_id: int
) -> None:
    def claimants(text: str) -> list[int | None]:
        return [c.id for c in services.projects.claimants(clerk, text) if c.kind == "member"]

    cats = seed_lists(services.db, admin.site_id)[1]
    number = services.demands.take(clerk, form(cats["综合服务"])).number

    def dispatch(text: str) -> list[int | None]:
        found = services.demands.candidates(clerk, number, text)
        return [c.member_id for c in found if c.kind == "member"]

    def volunteers(text: str) -> list[int | None]:
        return [c.ref.member_id for c in services.volunteers.find_volunteers(clerk, text)]

    for search in (claimants, dispatch, volunteers):
        assert search(PHONE[-4:]) == search(PHONE) == [member_id], search
        assert rebuild(lambda t, f=search: bool(f(t)), PHONE[-4:]) == PHONE[-4:], search
    assert volunteers(ID_NUMBER[-5:]) == [] and volunteers(ID_NUMBER) == [member_id]


def test_like_wildcards_typed_in_a_search_match_literally(
    services: Services, admin: StaffSession, clerk: StaffSession, member_id: int
) -> None:
    assert escape_like("5%_\\") == "5\\%\\_\\\\"
    assert contains("a_b") == "%a\\_b%"
    # "税_局" would match 县税务局 if "_" were a wildcard.
    assert services.registry.members(clerk, MemberFilter(text="税_局")) == []
    assert services.projects.claimants(clerk, "税_局") == []
    assert services.projects.claimants(clerk, "%") == []
    cats = seed_lists(services.db, admin.site_id)[1]
    number = services.demands.take(clerk, form(cats["综合服务"])).number
    assert services.demands.candidates(clerk, number, "税_局") == []
    assert services.demands.candidates(clerk, number, "%") == []
    assert [m.id for m in services.registry.members(clerk, MemberFilter(text="税务"))] == [
        member_id
    ]
