"""The rules of taking a demand: sources, kinds, texts, times and the deadline of one demand."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desk.domain.demand_intake import (
    EVENT_LABELS,
    AcceptedHow,
    DemandKind,
    DemandSource,
    check_service_minutes,
    check_time_today,
    check_wish_date,
    clean_description,
    clean_note,
    clean_where,
    deadline_state,
    format_minutes,
    parse_accepted_how,
    parse_demand_rating,
    parse_level,
    parse_source,
)
from hall_desk.domain.demands import DemandAction, DemandLevel, ResponseClock, clock_state
from hall_desk.domain.errors import ValidationError

NOW = datetime(2026, 11, 20, 9, 30)


def test_the_fixed_values_of_sources_kinds_and_how() -> None:
    assert [s.value for s in DemandSource] == ["desk", "meeting", "grid", "phone", "hotline"]
    assert [k.value for k in DemandKind] == ["demand", "wish"]
    assert [h.value for h in AcceptedHow] == ["phone", "in_person"]
    assert parse_source(" grid ") is DemandSource.GRID
    assert parse_level("major") is DemandLevel.MAJOR
    assert parse_accepted_how("in_person") is AcceptedHow.IN_PERSON
    for parse, field in (
        (parse_source, "source"),
        (parse_level, "level"),
        (parse_accepted_how, "how"),
        (parse_demand_rating, "rating"),
    ):
        for bad in ("", "x", None):
            with pytest.raises(ValidationError) as caught:
                parse(bad)
            assert caught.value.field == field


def test_every_move_and_history_entry_has_a_label() -> None:
    for action in DemandAction:
        assert EVENT_LABELS[action.value]
    for extra in ("take", "add_caller", "merged_into", "on_site", "caller_call_back"):
        assert EVENT_LABELS[extra]


def test_descriptions_keep_lines_but_not_control_characters() -> None:
    assert clean_description("  楼道灯坏了\r\n\n\n\n晚上很黑\x07 ") == "楼道灯坏了\n\n晚上很黑"
    with pytest.raises(ValidationError) as empty:
        clean_description(" \n ")
    assert empty.value.field == "description"
    with pytest.raises(ValidationError) as long:
        clean_description("长" * 1001)
    assert long.value.message.params["length"] == 1001
    assert clean_description("长" * 1000) == "长" * 1000


def test_where_needs_the_neighbourhood_or_the_place() -> None:
    assert clean_where(" 幸福小区 ", "１网格", "") == ("幸福小区", "1网格", "")
    assert clean_where("", "", "菜市场门口") == ("", "", "菜市场门口")
    with pytest.raises(ValidationError) as nowhere:
        clean_where("", "3网格", " ")
    assert nowhere.value.field == "neighbourhood"
    with pytest.raises(ValidationError) as long:
        clean_where("小" * 41, "网" * 21, "地" * 81)
    assert {e.field for e in long.value.errors} == {"neighbourhood", "grid", "place"}


def test_notes_and_reasons() -> None:
    assert clean_note(" 出差\t 一周 ", "reason", required=True) == "出差 一周"
    with pytest.raises(ValidationError) as missing:
        clean_note("  ", "reason", required=True)
    assert missing.value.field == "reason"
    assert clean_note("", "note", required=False) == ""
    with pytest.raises(ValidationError):
        clean_note("字" * 501, "note", required=False)


def test_a_wish_needs_a_target_date_not_in_the_past() -> None:
    today = NOW.date()
    assert check_wish_date(DemandKind.DEMAND, date(2020, 1, 1), today) is None
    assert check_wish_date(DemandKind.WISH, today, today) == today
    for bad in (None, today - timedelta(days=1)):
        with pytest.raises(ValidationError) as caught:
            check_wish_date(DemandKind.WISH, bad, today)
        assert caught.value.field == "wish_target_date"


def test_a_time_entered_afterwards_is_earlier_today_and_after_the_step_before() -> None:
    dispatched = NOW - timedelta(minutes=20, seconds=30)
    assert check_time_today(NOW, dispatched, NOW) == NOW
    # Typed to the minute: the minute of the dispatch itself is fine and kept at the dispatch.
    typed = dispatched.replace(second=0)
    assert check_time_today(typed, dispatched, NOW) == dispatched
    for bad in (
        NOW + timedelta(minutes=1),
        NOW - timedelta(days=1),
        dispatched - timedelta(minutes=1),
    ):
        with pytest.raises(ValidationError) as caught:
            check_time_today(bad, dispatched, NOW)
        assert caught.value.field == "at"


def test_service_minutes() -> None:
    assert check_service_minutes(0) == 0
    assert check_service_minutes(7 * 24 * 60) == 7 * 24 * 60
    for bad in (-1, 7 * 24 * 60 + 1):
        with pytest.raises(ValidationError):
            check_service_minutes(bad)


@given(
    st.sampled_from(list(DemandLevel)),
    st.integers(min_value=0, max_value=3 * 24 * 60),
)
def test_deadline_state_agrees_with_the_clock_state(level: DemandLevel, after: int) -> None:
    clock = ResponseClock()
    taken = datetime(2026, 12, 7, 9, 0)
    now = taken + timedelta(minutes=after)
    minutes = clock.minutes_for(level)
    assert deadline_state(clock.due_at(level, taken), minutes, now) == clock_state(
        clock, level, taken, now
    )


def test_clock_lengths_in_words() -> None:
    assert format_minutes(30) == ("{n} min", {"n": 30})
    assert format_minutes(240) == ("{n} h", {"n": 4})
    assert format_minutes(1440) == ("{n} d", {"n": 1})
    assert format_minutes(90) == ("{n} min", {"n": 90})


def test_the_moves_allowed_are_named_in_the_desks_language() -> None:
    from hall_desk.domain.demands import DemandStatus, next_status
    from hall_desk.domain.errors import ConflictError

    zh = {
        "A demand that is “{status}” cannot be moved by “{action}”. Allowed now: {allowed}.":
            "处于“{status}”的诉求不能执行“{action}”。当前可以：{allowed}。",
        "Dispatched": "已派单", "Dispatch": "派单", "Take on": "接单", "Hand back": "退单",
        "Give to someone else": "改派",
    }  # fmt: skip
    with pytest.raises(ConflictError) as refused:
        next_status(DemandStatus.DISPATCHED, DemandAction.DISPATCH)
    assert refused.value.render() == (
        "A demand that is “Dispatched” cannot be moved by “Dispatch”. "
        "Allowed now: Take on / Hand back / Give to someone else."
    )
    assert refused.value.render(lambda text: zh.get(text, text)) == (
        "处于“已派单”的诉求不能执行“派单”。当前可以：接单 / 退单 / 改派。"
    )
