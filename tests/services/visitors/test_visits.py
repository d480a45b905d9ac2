from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from hall_desk.db.models import AuditEntry, Resident, Visit
from hall_desk.domain.errors import ConflictError, PermissionDenied, ValidationError
from hall_desk.domain.id_numbers import check_character
from hall_desk.domain.visits import TallyKind, VisitorCategory, VisitPurpose
from hall_desk.services import Services
from hall_desk.services.visitors.visits import VisitForm


def make_id(region: str = "140105", birth: date = date(1960, 3, 7), seq: int = 123) -> str:
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + check_character(body)


ZHANG_ID = make_id()
WITH_X = next(n for n in (make_id(seq=q) for q in range(1000)) if n.endswith("X"))


def register(services: Services, who, **fields) -> object:
    form = {"name": "张三", "purposes": ("errand",), **fields}
    return services.visits.register_visit(who, VisitForm(**form))


def count(services: Services, model) -> int:
    with services.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_new_visitor_is_stored_once_with_canonical_id_and_masked_in_lists(services, clerk) -> None:
    lower_x = WITH_X
    raw = lower_x.replace("X", "x")
    full_width = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in raw)
    record = register(
        services,
        clerk,
        id_number=full_width,
        phone="138 1234 5678",
        category="elderly",
        purposes=("errand", "consultation"),
        party_size="2",
    )
    assert record.masked_id == lower_x[:4] + "*" * 10 + lower_x[-4:]
    assert record.masked_phone == "138****5678"
    assert record.purposes == (VisitPurpose.ERRAND, VisitPurpose.CONSULTATION)
    assert record.category is VisitorCategory.ELDERLY
    assert record.party_size == 2 and not record.returning
    with services.db.read() as s:
        resident = s.scalar(select(Resident))
    assert resident.id_number == lower_x
    assert resident.phone == "13812345678" and resident.phone_tail == "5678"
    assert resident.birth_date == date(1960, 3, 7)


def test_same_id_number_is_the_same_person(services, clerk, clock) -> None:
    first = register(services, clerk, id_number=ZHANG_ID)
    clock.advance(hours=1)
    second = register(services, clerk, id_number=ZHANG_ID, phone="13912345678")
    assert second.resident_id == first.resident_id and second.returning
    assert count(services, Resident) == 1 and count(services, Visit) == 2
    with pytest.raises(ValidationError) as caught:
        register(services, clerk, name="李四", id_number=ZHANG_ID)
    # The number is 张三's: the desk says so with the name masked, under the ID field.
    assert caught.value.field == "id_number"
    text = caught.value.render()
    assert "registered resident 张*" in text and "张三" not in text
    assert count(services, Visit) == 2


def test_an_id_number_of_someone_else_is_refused_in_the_same_words(services, clerk) -> None:
    zhang = register(services, clerk, id_number=ZHANG_ID)
    li = register(services, clerk, name="李建国", phone="13900001111")
    refusals: list[str] = []
    for form in (
        VisitForm(name="李四", id_number=ZHANG_ID, purposes=("errand",)),  # typed as new
        VisitForm(  # 李建国 picked from the search, then 张三's number typed
            name="李建国", id_number=ZHANG_ID, purposes=("errand",), resident_id=li.resident_id
        ),
    ):
        with pytest.raises(ValidationError) as caught:
            services.visits.register_visit(clerk, form)
        assert caught.value.field == "id_number"
        refusals.append(caught.value.render())
    assert refusals[0] == refusals[1]
    assert "张*" in refusals[0] and "张三" not in refusals[0]
    [hit] = services.residents.search(clerk, "zs")
    assert hit.id == zhang.resident_id and hit.masked_name == "张*"


def test_returning_resident_picked_from_search_needs_only_a_purpose(services, clerk, clock) -> None:
    first = register(
        services, clerk, id_number=ZHANG_ID, phone="13812345678", purposes=("reading",)
    )
    services.visits.sign_out(clerk, first.id)
    clock.advance(days=3)
    [hit] = services.residents.search(clerk, "zs")
    assert hit.id == first.resident_id and hit.last_purposes == (VisitPurpose.READING,)
    again = services.visits.register_visit(
        clerk, VisitForm(name=hit.name, resident_id=hit.id, purposes=hit.last_purposes)
    )
    assert again.resident_id == hit.id and again.returning
    assert again.masked_id == first.masked_id


def test_bad_input_reports_every_field_and_saves_nothing(services, clerk) -> None:
    with pytest.raises(ValidationError) as caught:
        services.visits.register_visit(
            clerk,
            VisitForm(
                name="张3",
                id_number="110101199002301234",
                phone="12345",
                category="resident",
                purposes=(),
                party_size="0",
            ),
        )
    fields = {e.field for e in caught.value.errors}
    assert fields == {"name", "id_number", "phone", "purposes", "party_size"}
    assert count(services, Resident) == 0 and count(services, Visit) == 0


def test_in_hall_sign_out_and_sign_out_twice(services, clerk, clock) -> None:
    a = register(services, clerk)
    clock.advance(minutes=5)
    b = register(services, clerk, name="李四")
    assert [v.id for v in services.visits.in_hall(clerk)] == [b.id, a.id]
    clock.advance(minutes=5)
    done = services.visits.sign_out(clerk, a.id)
    assert done.left_at == clock.now()
    assert [v.id for v in services.visits.in_hall(clerk)] == [b.id]
    with pytest.raises(ConflictError) as caught:
        services.visits.sign_out(clerk, a.id)
    assert caught.value.message.params["time"] == clock.now().strftime("%H:%M")
    assert len(services.visits.visits_on(clerk)) == 2
    # Yesterday's unsigned visitors are not "in the hall" today.
    clock.advance(days=1)
    assert services.visits.in_hall(clerk) == []


def test_registering_someone_still_in_the_hall_closes_their_earlier_visit(services, clerk, clock):
    first = register(services, clerk, id_number=ZHANG_ID)
    clock.advance(minutes=30)
    second = register(services, clerk, id_number=ZHANG_ID)
    assert [v.id for v in services.visits.in_hall(clerk)] == [second.id]
    assert services.visits.visits_on(clerk)[1].id == first.id


def test_quick_tallies_count_and_undo(services, clerk, clock) -> None:
    assert services.visits.count_walk_in(clerk, TallyKind.RIDER_REST) == 1
    assert services.visits.count_walk_in(clerk, "rider_rest") == 2
    assert services.visits.count_walk_in(clerk, TallyKind.READER) == 1
    assert services.visits.undo_walk_in(clerk, TallyKind.RIDER_REST) == 1
    register(services, clerk, party_size=3)
    summary = services.visits.day_summary(clerk)
    assert summary.walk_ins[TallyKind.RIDER_REST] == 1
    assert (summary.visits, summary.people, summary.in_hall, summary.walk_ins_total) == (1, 3, 1, 2)
    clock.advance(days=1)
    with pytest.raises(ConflictError):
        services.visits.undo_walk_in(clerk, TallyKind.READER)


def test_search_by_name_initials_phone_tail_id_tail_or_whole_number(services, clerk, clock) -> None:
    zeng = register(services, clerk, name="曾小明", phone="13800005678", id_number=ZHANG_ID)
    clock.advance(minutes=1)
    shan = register(services, clerk, name="单丽", phone="0351-7654321")
    found = lambda text: [r.id for r in services.residents.search(clerk, text)]  # noqa: E731
    assert found("小明") == [zeng.resident_id]
    assert found("zxm") == found("cxm") == [zeng.resident_id]
    assert shan.resident_id in found("sl") and shan.resident_id in found("dl")
    assert found("5678") == [zeng.resident_id]
    assert found("4321") == [shan.resident_id]
    assert found("03517654321") == [shan.resident_id]  # the whole number, across the hyphen
    assert found("17654321") == []  # a longer tail than 4 finds no one
    assert found(ZHANG_ID[-4:]) == found(ZHANG_ID) == [zeng.resident_id]
    assert found(ZHANG_ID[-6:]) == []
    assert found("12") == [] and found("") == []
    assert found("%") == []


def test_search_lists_the_latest_visitor_first(services, clerk, clock) -> None:
    older = register(services, clerk, name="张三")
    clock.advance(minutes=10)
    newer = register(services, clerk, name="张珊")
    assert [r.id for r in services.residents.search(clerk, "zs")] == [
        newer.resident_id,
        older.resident_id,
    ]


def test_revealing_a_full_number_is_for_administrators_and_audited(services, admin, clerk) -> None:
    visit = register(services, clerk, id_number=ZHANG_ID, phone="13812345678")
    with pytest.raises(PermissionDenied):
        services.residents.reveal(clerk, visit.resident_id, "id_number")
    assert services.residents.reveal(admin, visit.resident_id, "id_number") == ZHANG_ID
    assert services.residents.reveal(admin, visit.resident_id, "phone") == "13812345678"
    with services.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")).all()
    assert [(r.staff_id, json.loads(r.detail)["field"]) for r in rows] == [
        (admin.staff_id, "id_number"),
        (admin.staff_id, "phone"),
    ]


def test_every_change_to_residents_and_visits_is_audited(services, clerk) -> None:
    visit = register(services, clerk, id_number=ZHANG_ID)
    services.visits.sign_out(clerk, visit.id)
    with services.db.read() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.staff_id)).all()
    assert ("create", "resident", clerk.staff_id) in rows
    assert ("register", "visit", clerk.staff_id) in rows
    assert ("sign_out", "visit", clerk.staff_id) in rows


def test_existing_id_lookup_for_the_live_hint(services, clerk) -> None:
    register(services, clerk, id_number=ZHANG_ID)
    hit = services.residents.find_by_id_number(clerk, ZHANG_ID.lower())
    assert hit is not None and hit.name == "张三"
    assert hit.age == 66 and hit.sex == "M"
    assert services.residents.find_by_id_number(clerk, "123") is None
