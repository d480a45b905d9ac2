"""The case state machine, case numbers, ratings and urgency."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desk.domain.cases import (
    ACTION_LABELS,
    CLOSED_STATUSES,
    OPEN_STATUSES,
    RUNNING_STATUSES,
    TRANSITIONS,
    CaseAction,
    CaseStatus,
    Rating,
    Urgency,
    allowed_actions,
    format_case_number,
    next_status,
    parse_case_number,
    parse_rating,
    promised_finish_date,
    urgency,
)
from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.holiday_seed import seed_days, seed_years
from hall_desk.domain.workdays import WorkCalendar

INTAKE = (CaseAction.ACCEPT, CaseAction.NOTIFY, CaseAction.REFUSE)

# The rules as the desk states them, written out independently of the table under test.
EXPECTED: dict[CaseStatus | None, set[CaseAction]] = {
    None: {CaseAction.ACCEPT, CaseAction.NOTIFY, CaseAction.REFUSE},
    CaseStatus.WAITING_DOCS: {CaseAction.DOCUMENTS_COMPLETE, CaseAction.REFUSE},
    CaseStatus.ACCEPTED: {
        CaseAction.START,
        CaseAction.PAUSE,
        CaseAction.TRANSFER,
        CaseAction.COMPLETE,
        CaseAction.RETURN,
    },
    CaseStatus.IN_PROGRESS: {
        CaseAction.PAUSE,
        CaseAction.TRANSFER,
        CaseAction.COMPLETE,
        CaseAction.RETURN,
    },
    CaseStatus.PAUSED: {CaseAction.RESUME, CaseAction.RETURN},
    CaseStatus.COMPLETED: set(),
    CaseStatus.RETURNED: set(),
    CaseStatus.REFUSED: set(),
}


@pytest.fixture(scope="module")
def calendar() -> WorkCalendar:
    years = seed_years()
    return WorkCalendar([d for y in years for d in seed_days(y) or []], years)


@given(st.lists(st.sampled_from(list(CaseAction)), max_size=30))
def test_random_moves_follow_the_rules(actions: list[CaseAction]) -> None:
    status: CaseStatus | None = None
    paused_from_running = False
    for action in actions:
        if action in EXPECTED[status]:
            before = status
            status = next_status(status, action)
            if action is CaseAction.PAUSE:
                paused_from_running = before in RUNNING_STATUSES
        else:
            with pytest.raises(ConflictError):
                next_status(status, action)
        # Invariants: a case is never half in and half out, closed cases stay closed.
        if status is not None:
            assert (status in OPEN_STATUSES) != (status in CLOSED_STATUSES)
            if status is CaseStatus.PAUSED:
                assert paused_from_running


def test_table_matches_the_stated_rules() -> None:
    for status in [None, *CaseStatus]:
        allowed = {a for a, (sources, _) in TRANSITIONS.items() if status in sources}
        assert allowed == EXPECTED[status], status
    for status in CaseStatus:
        assert set(allowed_actions(status)) == EXPECTED[status]
    assert not any(allowed_actions(s) for s in CLOSED_STATUSES)


def test_an_illegal_move_says_what_is_allowed() -> None:
    with pytest.raises(ConflictError) as err:
        next_status(CaseStatus.WAITING_DOCS, CaseAction.COMPLETE)
    text = err.value.render()
    assert "Waiting for documents" in text and "Documents complete" in text
    with pytest.raises(ConflictError):
        next_status(None, CaseAction.START)
    with pytest.raises(ConflictError) as err:
        next_status(CaseStatus.COMPLETED, CaseAction.RETURN)
    assert "—" in err.value.render()


@given(
    st.from_regex(r"[A-Z0-9]{2,8}", fullmatch=True),
    st.integers(2000, 2099),
    st.integers(1, 99_999),
)
def test_case_numbers_round_trip_through_a_scanner(code: str, year: int, running: int) -> None:
    number = format_case_number(code, year, running)
    assert parse_case_number(number) == number
    full_width = "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in number.lower())
    assert parse_case_number(f" {full_width}\n") == number


@pytest.mark.parametrize("text", ["", "zs", "CN01-2026", "CN01-26-00001", "张三", "13812345678"])
def test_other_text_is_not_a_case_number(text: str) -> None:
    assert parse_case_number(text) is None


def test_ratings() -> None:
    assert parse_rating("") is None and parse_rating(None) is None
    assert parse_rating("dissatisfied") is Rating.DISSATISFIED
    with pytest.raises(ValidationError):
        parse_rating("great")


def test_paused_days_move_the_promise_across_the_spring_festival(calendar) -> None:
    # 2026-02-13 (Friday) + 5: Sat 14 Feb is a make-up working day, 15-23 Feb are off.
    assert promised_finish_date(calendar, date(2026, 2, 13), 5) == date(2026, 2, 27)
    # Two paused days: Sat 28 Feb (also a make-up working day) and Mon 2 Mar.
    assert promised_finish_date(calendar, date(2026, 2, 13), 5, 2) == date(2026, 3, 2)
    assert promised_finish_date(calendar, date(2026, 2, 13), 0) == date(2026, 2, 13)


@given(st.dates(date(2005, 1, 1), date(2026, 12, 31)), st.integers(-10, 30))
def test_urgency_is_consistent(calendar, today: date, offset: int) -> None:
    due = today + timedelta(days=offset)
    level = urgency(calendar, CaseStatus.IN_PROGRESS, due, today)
    if offset < 0:
        assert level is Urgency.OVERDUE
    elif offset == 0:
        assert level is Urgency.DUE_TODAY
    else:
        assert level in (Urgency.DUE_SOON, Urgency.ON_TIME)
    assert urgency(calendar, CaseStatus.PAUSED, due, today) is Urgency.NONE
    assert urgency(calendar, CaseStatus.WAITING_DOCS, None, today) is Urgency.NONE


def test_a_refused_move_names_each_allowed_move_in_the_clerks_language() -> None:
    # Each allowed move is a marked label translated on its own, not one joined English text.
    with pytest.raises(ConflictError) as err:
        next_status(CaseStatus.WAITING_DOCS, CaseAction.COMPLETE)
    shown = err.value.message.render(lambda text: f"〈{text}〉")
    labels = [ACTION_LABELS[a] for a in allowed_actions(CaseStatus.WAITING_DOCS)]
    assert len(labels) >= 2
    assert " / ".join(f"〈{label}〉" for label in labels) in shown
