"""Rules of problem lists: due dates in working days, the states of a problem, checks."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.holiday_seed import seed_days
from hall_desk.domain.problem_lists import (
    ProblemState,
    clean_meeting,
    clean_paragraph,
    clean_problem,
    clean_tick_off_note,
    clean_working_days,
    problem_clock,
    problem_due_date,
)
from hall_desk.domain.workdays import WorkCalendar

TODAY = date(2026, 11, 20)  # a Friday


@cache
def calendar_2026() -> WorkCalendar:
    return WorkCalendar(seed_days(2026) or [], [2026])


def test_working_days_are_a_whole_number_from_1_to_30() -> None:
    assert [clean_working_days(v) for v in (1, "5", " 30 ")] == [1, 5, 30]
    for bad in (0, 31, -1, "", "五", "2.5"):
        with pytest.raises(ValidationError) as caught:
            clean_working_days(bad)
        assert caught.value.field == "working_days"


@pytest.mark.parametrize(
    ("held_on", "days", "due"),
    [
        (date(2026, 11, 16), 5, date(2026, 11, 23)),  # Monday: the next Monday
        (date(2026, 11, 20), 1, date(2026, 11, 23)),  # Friday: the weekend does not count
        (date(2026, 9, 30), 5, date(2026, 10, 13)),  # 国庆 off, Saturday 10-10 worked
        (date(2026, 4, 3), 5, date(2026, 4, 13)),  # Friday before 清明 Monday
        (date(2026, 9, 24), 1, date(2026, 9, 28)),  # Thursday before 中秋 (Fri-Sun)
        (date(2026, 11, 21), 1, date(2026, 11, 23)),  # a Saturday meeting
    ],
)
def test_a_problem_is_due_working_days_after_its_meeting(
    held_on: date, days: int, due: date
) -> None:
    assert problem_due_date(calendar_2026(), held_on, days) == due


@given(st.dates(date(2026, 1, 1), date(2026, 11, 30)), st.integers(1, 30))
def test_exactly_n_working_days_lie_between_meeting_and_due_date(held_on: date, n: int) -> None:
    calendar = calendar_2026()
    due = problem_due_date(calendar, held_on, n)
    assert calendar.is_workday(due)
    assert calendar.working_days_between(held_on, due) == n


def test_a_problem_is_open_due_soon_then_overdue_by_working_days() -> None:
    calendar = calendar_2026()
    due = date(2026, 11, 23)  # a Monday

    def clock(today: date) -> tuple[ProblemState, int, int]:
        c = problem_clock(calendar, due, None, today)
        return c.state, c.working_days_overdue, c.working_days_left

    assert clock(date(2026, 11, 19)) == (ProblemState.OPEN, 0, 3)
    assert clock(date(2026, 11, 20)) == (ProblemState.OPEN, 0, 2)
    assert clock(date(2026, 11, 21)) == (ProblemState.DUE_SOON, 0, 1)  # Saturday
    assert clock(date(2026, 11, 23)) == (ProblemState.DUE_SOON, 0, 1)
    assert clock(date(2026, 11, 24)) == (ProblemState.OVERDUE, 1, 0)
    assert clock(date(2026, 11, 30)) == (ProblemState.OVERDUE, 5, 0)
    done = problem_clock(calendar, due, date(2026, 11, 30), date(2026, 12, 5))
    assert done.state is ProblemState.DONE
    # Due on a Friday, seen on the Saturday after: overdue, but no working day lost yet.
    friday = problem_clock(calendar, date(2026, 11, 20), None, date(2026, 11, 21))
    assert (friday.state, friday.working_days_overdue) == (ProblemState.OVERDUE, 0)


def test_overdue_days_skip_a_holiday() -> None:
    # Due Wednesday 09-30: 国庆 days do not count; Thursday 10-08 is the first day late.
    c = problem_clock(calendar_2026(), date(2026, 9, 30), None, date(2026, 10, 8))
    assert (c.state, c.working_days_overdue) == (ProblemState.OVERDUE, 1)


def test_a_meeting_is_checked_all_at_once() -> None:
    meeting = clean_meeting(date(2026, 11, 18), "night_talk", " 十一月 夜谈 ", "", TODAY)
    assert (meeting.title, meeting.kind.value, meeting.place) == ("十一月 夜谈", "night_talk", "")
    with pytest.raises(ValidationError) as caught:
        clean_meeting(None, "party", "", "x" * 61, TODAY)
    assert {e.field for e in caught.value.errors} == {"held_on", "kind", "title", "place"}
    with pytest.raises(ValidationError) as future:
        clean_meeting(TODAY + timedelta(days=1), "council", "议事会", "", TODAY)
    assert future.value.field == "held_on"
    with pytest.raises(ValidationError):
        clean_meeting(date(2024, 11, 1), "council", "议事会", "", TODAY)


def test_a_problem_names_who_is_responsible_once() -> None:
    assert clean_problem("路灯不亮", "物业", None, None).responsible == "物业"
    assert clean_problem("路灯不亮", "", 3, None).unit_id == 3
    with pytest.raises(ValidationError) as nobody:
        clean_problem("路灯不亮", " ", None, None)
    assert nobody.value.field == "responsible"
    with pytest.raises(ValidationError) as both:
        clean_problem("路灯不亮", "", 3, 4)
    assert both.value.field == "responsible"
    with pytest.raises(ValidationError) as empty:
        clean_problem("", "物业", None, None)
    assert empty.value.field == "description"


def test_notes_keep_chinese_punctuation_and_line_breaks() -> None:
    assert clean_tick_off_note(" 已更换灯泡，居民确认。\r\n\n  １２号楼\t也修了 ") == (
        "已更换灯泡，居民确认。\n12号楼 也修了"
    )
    with pytest.raises(ValidationError) as empty:
        clean_tick_off_note(" \n ")
    assert empty.value.field == "note"
    assert clean_paragraph("a\x00b", field="x", what="x", max_length=5) == "ab"
    with pytest.raises(ValidationError):
        clean_paragraph("长" * 6, field="x", what="x", max_length=5)
