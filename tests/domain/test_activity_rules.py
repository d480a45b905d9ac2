"""The rules of an activity: its form, who may sign up, and the waiting list as properties."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hall_desk.domain.activities import ActivityKind, ActivityStatus, Audience, OrganiserKind
from hall_desk.domain.activity_rules import (
    Roster,
    age_on,
    attendance_opens_at,
    check_session_times,
    check_signup_open,
    clean_activity,
    clean_child,
    signup_open,
)
from hall_desk.domain.errors import ConflictError, ValidationError

NOW = datetime(2026, 11, 20, 9, 30)


def _form(**changes: object) -> dict[str, object]:
    fields: dict[str, object] = {
        "title": "  健康  讲座 ",
        "kind": "lecture",
        "organiser_kind": "center",
        "organiser_id": 7,
        "capacity": " 30 ",
        "audience": "all",
        "age_min": 3,
        "age_max": 5,
        "signup_opens_at": None,
        "signup_closes_at": None,
        "description": "第一行\r\n\r\n第二行",
    }
    fields.update(changes)
    return fields


def test_a_clean_activity() -> None:
    clean = clean_activity(**_form())  # type: ignore[arg-type]
    assert clean.title == "健康 讲座" and clean.kind is ActivityKind.LECTURE
    assert clean.organiser_kind is OrganiserKind.CENTER and clean.organiser_id is None
    assert clean.capacity == 30 and clean.audience is Audience.ALL
    assert (clean.age_min, clean.age_max) == (None, None)  # ages only for children
    assert clean.description == "第一行\n第二行"


def test_every_bad_field_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as refused:
        clean_activity(**_form(title="", kind="party", organiser_kind="unit", organiser_id=None,
                               capacity="many", audience="children", age_min=-1, age_max="x",
                               signup_opens_at=NOW, signup_closes_at=NOW))  # type: ignore[arg-type]  # fmt: skip
    assert [e.field for e in refused.value.errors] == [
        "activity_title",
        "activity_kind",
        "activity_organiser",
        "activity_capacity",
        "activity_ages",
        "activity_ages",
        "activity_window",
    ]


@pytest.mark.parametrize(("capacity", "ok"), [(0, False), (1, True), (2000, True), (2001, False)])
def test_capacity_is_one_to_two_thousand(capacity: int, ok: bool) -> None:
    if ok:
        assert clean_activity(**_form(capacity=capacity)).capacity == capacity  # type: ignore[arg-type]
    else:
        with pytest.raises(ValidationError, match="between 1 and 2000"):
            clean_activity(**_form(capacity=capacity))  # type: ignore[arg-type]


def test_children_ages_are_zero_to_eighteen_in_order() -> None:
    kids = clean_activity(**_form(audience="children", age_min="6", age_max=12))  # type: ignore[arg-type]
    assert (kids.age_min, kids.age_max) == (6, 12)
    for low, high in ((0, 19), (10, 9), (None, 5)):
        with pytest.raises(ValidationError) as refused:
            clean_activity(**_form(audience="children", age_min=low, age_max=high))  # type: ignore[arg-type]
        assert refused.value.field == "activity_ages"


def test_a_session_ends_after_it_starts_on_the_same_day() -> None:
    check_session_times(datetime(2026, 11, 23, 9), datetime(2026, 11, 23, 11))
    for start, end in (
        (datetime(2026, 11, 23, 9), datetime(2026, 11, 23, 9)),
        (datetime(2026, 11, 23, 22), datetime(2026, 11, 24, 1)),
        (None, datetime(2026, 11, 23, 9)),
    ):
        with pytest.raises(ValidationError):
            check_session_times(start, end)


def test_age_in_whole_years() -> None:
    assert age_on(date(2017, 5, 1), date(2026, 4, 30)) == 8
    assert age_on(date(2017, 5, 1), date(2026, 5, 1)) == 9
    assert age_on(date(2016, 2, 29), date(2026, 2, 28)) == 9
    assert age_on(date(2016, 2, 29), date(2026, 3, 1)) == 10


def test_a_child_is_named_born_and_of_age() -> None:
    ok = clean_child(" 王 小明 ", date(2017, 5, 1), "母亲", age_min=6, age_max=12,
                     on=date(2026, 11, 23))  # fmt: skip
    assert (ok.name, ok.age, ok.relation) == ("王 小明", 9, "母亲")
    with pytest.raises(ValidationError) as refused:
        clean_child("王3", None, "", age_min=6, age_max=12, on=date(2026, 11, 23))
    assert [e.field for e in refused.value.errors] == ["child_name", "child_birth_date"]
    with pytest.raises(ValidationError, match="will be 13"):
        clean_child("王小明", date(2013, 1, 1), "", age_min=6, age_max=12, on=date(2026, 11, 23))


def test_the_sign_up_window() -> None:
    open_ = ActivityStatus.OPEN
    assert signup_open(open_, None, None, None, NOW)
    assert signup_open(open_, NOW, NOW.replace(hour=10), NOW.replace(hour=11), NOW)
    assert not signup_open(open_, NOW.replace(hour=10), None, None, NOW)
    assert not signup_open(open_, None, NOW, None, NOW)  # closes at: closed from that minute
    assert not signup_open(open_, None, None, NOW, NOW)  # the last session has ended
    assert not signup_open(ActivityStatus.CANCELLED, None, None, None, NOW)
    with pytest.raises(ConflictError, match="closed at 2026-11-20 09:30"):
        check_signup_open(open_, None, NOW, None, NOW, title="讲座")
    check_signup_open(open_, None, None, None, NOW, title="讲座")


def test_attendance_opens_an_hour_before() -> None:
    assert attendance_opens_at(datetime(2026, 11, 23, 9)) == datetime(2026, 11, 23, 8)


# -- the waiting list ------------------------------------------------------------------------

steps = st.lists(
    st.one_of(
        st.tuples(st.just("sign_up")),
        st.tuples(st.just("cancel"), st.integers(0, 40)),
        st.tuples(st.just("capacity"), st.integers(0, 12)),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(capacity=st.integers(1, 8), steps=steps)
def test_the_waiting_list_keeps_its_promises(
    capacity: int, steps: list[tuple[str] | tuple[str, int]]
) -> None:
    """Any sequence of sign-ups, cancellations and capacity changes: never more enrolled than
    places, nobody waiting while a place is free, the waiting list first in, first out, and a
    freed place always going to the head of the list."""
    roster = Roster(capacity)
    order: list[int] = []  # everyone still holding a place or waiting, in sign-up order
    next_id = 1
    for step in steps:
        before = roster
        if step[0] == "sign_up":
            roster, enrolled = roster.add(next_id)
            assert enrolled == (before.places_left > 0)
            assert roster.position(next_id) == (None if enrolled else len(before.waiting) + 1)
            order.append(next_id)
            next_id += 1
            moved: tuple[int, ...] = ()
        elif step[0] == "cancel":
            if not order:
                continue
            gone = order.pop(step[1] % len(order))
            roster, moved = roster.remove(gone)
            held = gone in before.enrolled
            assert moved == (before.waiting[:1] if held else ())
        else:
            wanted = step[1]
            if wanted < len(before.enrolled):
                with pytest.raises(ValidationError):
                    roster.with_capacity(wanted)
                continue
            roster, moved = roster.with_capacity(wanted)
            assert roster.capacity == wanted
            assert moved == before.waiting[: max(0, wanted - len(before.enrolled))]
        # The promises, after every step.
        assert len(roster.enrolled) <= roster.capacity
        assert not roster.waiting or roster.places_left == 0
        assert list(roster.enrolled + roster.waiting) == sorted(order, key=_queue(roster))
        assert list(roster.waiting) == [i for i in order if i in roster.waiting]
        assert set(roster.enrolled).isdisjoint(roster.waiting)
        assert list(roster.enrolled) == [i for i in order if i in roster.enrolled]
        assert set(moved) <= set(roster.enrolled) and set(moved) <= set(before.waiting)


def _queue(roster: Roster) -> Callable[[int], tuple[bool, int]]:
    """Everyone holding a place comes before everyone waiting; each group in sign-up order."""
    return lambda i: (i in roster.waiting, i)
