"""Booking rules without a database: slots, repeats, booking numbers and overlaps."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desk.bundled import default_rooms
from hall_desk.domain.bookings import (
    MAX_REPEAT_SPAN_DAYS,
    MAX_REPEATS,
    RepeatFrequency,
    RepeatRule,
    check_slot,
    clean_repeat,
    closure_on,
    format_booking_number,
    free_seat,
    overlaps,
    parse_booking_number,
    repeat_dates,
    shift_to,
)
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.rooms import Closure, RoomSpec

NOW = datetime(2026, 11, 20, 9, 30)  # a Friday
MONDAY = date(2026, 11, 23)
HOLIDAY = date(2026, 11, 25)  # a made-up holiday on a Wednesday
ROOMS = {r.code: r for r in default_rooms()}
READING = ROOMS["YL01"]  # 08:30-20:00 weekdays, 09:00-17:00 weekends
STUDY = ROOMS["ZX01"]  # 24-hour zone, booked by seat
MEETING = ROOMS["HY01"]  # closed at weekends


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm)


def holiday_name(day: date) -> str | None:
    return "建院纪念日" if day == HOLIDAY else None


def refusal(room: RoomSpec, start: datetime | None, end: datetime | None, **kw: object) -> str:
    with pytest.raises(ValidationError) as err:
        check_slot(room, 1, start, end, now=NOW, **kw)  # type: ignore[arg-type]
    assert [e.field for e in err.value.errors] == ["booking_time"]
    text = err.value.render()
    assert "{" not in text
    return text


# -- check_slot ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("room", "start", "end", "words"),
    [
        (READING, at(MONDAY, 8), at(MONDAY, 9), "outside the opening hours"),
        (READING, at(MONDAY, 19, 30), at(MONDAY, 20, 15), "outside the opening hours"),
        (
            READING,
            at(MONDAY + timedelta(5), 8, 30),
            at(MONDAY + timedelta(5), 10),
            "09:00-17:00",
        ),
        (READING, at(MONDAY, 9, 10), at(MONDAY, 10), "quarter hour"),
        (READING, at(MONDAY, 9), at(MONDAY, 9, 50), "quarter hour"),
        (READING, at(MONDAY, 9), at(MONDAY, 10).replace(second=30), "quarter hour"),
        (READING, at(MONDAY, 10), at(MONDAY, 9), "after the start"),
        (READING, at(MONDAY, 10), at(MONDAY, 10), "after the start"),
        (READING, at(date(2026, 11, 19), 9), at(date(2026, 11, 19), 10), "already passed"),
        (READING, at(NOW.date(), 8, 30), at(NOW.date(), 9, 30), "already passed"),
        (MEETING, at(MONDAY + timedelta(6), 9), at(MONDAY + timedelta(6), 10), "not open"),
        (STUDY, at(MONDAY, 23), at(MONDAY + timedelta(1), 0, 15), "must end on the day"),
        (READING, at(MONDAY, 9), at(MONDAY + timedelta(1), 9), "must end on the day"),
        (READING, at(date(2027, 11, 22), 9), at(date(2027, 11, 22), 10), "366 days ahead"),
        (READING, None, at(MONDAY, 10), "start and end"),
        (READING, at(MONDAY, 9), None, "start and end"),
    ],
)
def test_check_slot_refusals(
    room: RoomSpec, start: datetime | None, end: datetime | None, words: str
) -> None:
    assert words in refusal(room, start, end)


def test_check_slot_names_the_slot_and_the_hours() -> None:
    text = refusal(READING, at(MONDAY, 8), at(MONDAY, 9))
    assert "08:00-09:00" in text and "08:30-20:00" in text and "2026-11-23" in text
    assert READING.name in text
    text = refusal(READING, at(date(2026, 11, 19), 9), at(date(2026, 11, 19), 10))
    assert "09:00-10:00 on 2026-11-19" in text


def test_check_slot_accepts_the_edges() -> None:
    check_slot(READING, 1, at(MONDAY, 8, 30), at(MONDAY, 20), now=NOW)
    # A slot that has begun but not ended may still be booked (a walk-in).
    check_slot(READING, 1, at(NOW.date(), 9, 15), at(NOW.date(), 9, 45), now=NOW)
    check_slot(STUDY, 1, at(MONDAY, 23, 45), at(MONDAY + timedelta(1), 0, 0), now=NOW)
    check_slot(READING, 1, at(date(2027, 11, 21), 9), at(date(2027, 11, 21), 10), now=NOW)


def test_closures_and_holidays_close_rooms() -> None:
    closure = Closure(MONDAY, MONDAY + timedelta(1), "地板维修", room_id=1)
    elsewhere = Closure(MONDAY, MONDAY, "别的房间", room_id=2)
    everywhere = Closure(MONDAY + timedelta(3), MONDAY + timedelta(3), "停电检修", room_id=None)
    closures = [elsewhere, closure, everywhere]
    text = refusal(READING, at(MONDAY, 9), at(MONDAY, 10), closures=closures)
    assert "closed" in text and "地板维修" in text
    check_slot(READING, 3, at(MONDAY, 9), at(MONDAY, 10), now=NOW, closures=closures)
    thursday = MONDAY + timedelta(3)
    assert "停电检修" in refusal(STUDY, at(thursday, 9), at(thursday, 10), closures=closures)
    text = refusal(READING, at(HOLIDAY, 9), at(HOLIDAY, 10), holiday_name=holiday_name)
    assert "closed" in text and "建院纪念日" in text
    unnamed = refusal(READING, at(HOLIDAY, 9), at(HOLIDAY, 10), holiday_name=lambda d: "")
    assert "public holiday" in unnamed


def test_the_24_hour_zone_is_open_at_night_and_on_holidays() -> None:
    check_slot(STUDY, 1, at(MONDAY, 23), at(MONDAY, 23, 45), now=NOW)
    check_slot(STUDY, 1, at(MONDAY, 0), at(MONDAY, 6), now=NOW, holiday_name=holiday_name)
    check_slot(
        STUDY, 1, at(HOLIDAY, 23), at(HOLIDAY + timedelta(1), 0), now=NOW, holiday_name=holiday_name
    )
    assert closure_on(STUDY, 1, HOLIDAY, holiday_name=holiday_name) is None
    # Every other room is closed on the holiday and shut at 23:00 anyway.
    for room in ROOMS.values():
        if room.zone_24h:
            continue
        assert closure_on(room, 1, HOLIDAY, holiday_name=holiday_name) == "建院纪念日"
        assert "closed" in refusal(
            room, at(HOLIDAY, 10), at(HOLIDAY, 11), holiday_name=holiday_name
        )
        refusal(room, at(MONDAY, 23), at(MONDAY, 23, 45))
    # A closure does close the 24-hour zone.
    closure = Closure(HOLIDAY, HOLIDAY, "消防演练")
    assert closure_on(STUDY, 1, HOLIDAY, [closure], holiday_name) == "消防演练"


# -- repeats ---------------------------------------------------------------------------------


def matching(rule: RepeatRule, first: date, last: date) -> list[date]:
    """Every date from ``first`` to ``last`` the rule matches, one day at a time."""
    days = [first + timedelta(n) for n in range((last - first).days + 1)]
    if rule.frequency is RepeatFrequency.DAILY:
        return days
    return [d for d in days if d.weekday() in rule.weekdays]


def test_repeat_dates_examples() -> None:
    daily = clean_repeat("daily", [], None, 3, MONDAY)
    assert repeat_dates(daily, MONDAY) == [MONDAY, MONDAY + timedelta(1), MONDAY + timedelta(2)]
    weekly = clean_repeat("weekly", [0, 2, 4], MONDAY + timedelta(13), None, MONDAY)
    assert [d.day for d in repeat_dates(weekly, MONDAY)] == [23, 25, 27, 30, 2, 4]
    # The first day itself is left out when it is not one of the weekdays.
    tuesdays = clean_repeat("weekly", [1], None, 2, MONDAY)
    assert repeat_dates(tuesdays, MONDAY) == [MONDAY + timedelta(1), MONDAY + timedelta(8)]
    until_first = clean_repeat("daily", [], MONDAY, None, MONDAY)
    assert repeat_dates(until_first, MONDAY) == [MONDAY]
    long = clean_repeat("daily", [], MONDAY + timedelta(MAX_REPEAT_SPAN_DAYS), None, MONDAY)
    assert len(repeat_dates(long, MONDAY)) == MAX_REPEATS


@given(
    first=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    frequency=st.sampled_from(list(RepeatFrequency)),
    weekdays=st.frozensets(st.integers(0, 6), min_size=1),
    span=st.none() | st.integers(0, MAX_REPEAT_SPAN_DAYS),
    count=st.integers(1, MAX_REPEATS),
)
def test_repeat_dates_follow_the_rule(
    first: date,
    frequency: RepeatFrequency,
    weekdays: frozenset[int],
    span: int | None,
    count: int,
) -> None:
    until = None if span is None else first + timedelta(span)
    rule = clean_repeat(frequency.value, weekdays, until, None if until else count, first)
    dates = repeat_dates(rule, first)
    assert dates == sorted(set(dates))  # sorted, no duplicates
    last = until or first + timedelta(MAX_REPEAT_SPAN_DAYS)
    assert all(first <= d <= last for d in dates)
    if frequency is RepeatFrequency.WEEKLY:
        assert all(d.weekday() in weekdays for d in dates)
    limit = count if until is None else MAX_REPEATS
    assert len(dates) <= limit
    # Nothing the rule matches is skipped: it is the first ``limit`` matching dates.
    assert dates == matching(rule, first, last)[:limit]


@pytest.mark.parametrize(
    ("frequency", "weekdays", "until", "count", "words"),
    [
        ("monthly", [], None, 3, "how the booking repeats"),
        ("weekly", [], None, 3, "tick the weekdays"),
        ("weekly", [7], None, 3, "tick the weekdays"),
        ("weekly", [-1, 2], None, 3, "tick the weekdays"),
        ("daily", [], None, None, "when the repeats end"),
        ("daily", [], MONDAY + timedelta(3), 3, "when the repeats end"),
        ("daily", [], MONDAY - timedelta(1), None, "within a year"),
        ("daily", [], MONDAY + timedelta(MAX_REPEAT_SPAN_DAYS + 1), None, "within a year"),
        ("daily", [], None, 0, "at most 200 times"),
        ("daily", [], None, MAX_REPEATS + 1, "at most 200 times"),
    ],
)
def test_clean_repeat_errors(
    frequency: str, weekdays: list[int], until: date | None, count: int | None, words: str
) -> None:
    with pytest.raises(ValidationError) as err:
        clean_repeat(frequency, weekdays, until, count, MONDAY)
    assert [e.field for e in err.value.errors] == ["booking_repeat"]
    assert words in err.value.render()


def test_clean_repeat_and_describe() -> None:
    daily = clean_repeat("daily", [1, 2], None, 5, MONDAY)
    assert daily.weekdays == frozenset() and daily.describe() == "每天，共5次"
    weekly = clean_repeat("weekly", ("4", 0, 2), date(2026, 12, 31), None, MONDAY)
    assert weekly.weekdays == frozenset({0, 2, 4})
    assert weekly.describe() == "每周一、三、五，至2026年12月31日"


def test_shift_to_and_free_seat() -> None:
    start, end = shift_to(MONDAY + timedelta(9), at(MONDAY, 14, 15), at(MONDAY, 16))
    assert (start, end) == (at(MONDAY + timedelta(9), 14, 15), at(MONDAY + timedelta(9), 16))
    assert free_seat([], 3) == 1
    assert free_seat([1, 3, 1], 3) == 2
    assert free_seat([3, 2, 1], 3) is None
    assert free_seat([7], 0) is None


# -- booking numbers -------------------------------------------------------------------------


@given(
    site=st.from_regex(r"[A-Z0-9]{1,16}", fullmatch=True),
    year=st.integers(0, 9999),
    running=st.integers(0, 99999),
)
def test_booking_numbers_round_trip(site: str, year: int, running: int) -> None:
    number = format_booking_number(site, year, running)
    assert parse_booking_number(number) == number
    assert parse_booking_number(number.lower()) == number
    assert parse_booking_number(f"  {number}\t") == number


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("CN01-B2026-00017", "CN01-B2026-00017"),
        ("cn01-b2026-00017", "CN01-B2026-00017"),
        ("ＣＮ０１－Ｂ２０２６－０００１７", "CN01-B2026-00017"),  # full-width, NFKC
        ("ｃｎ０１－ｂ２０２６－０００１７", "CN01-B2026-00017"),
        (" CN01-B2026-00017\n", "CN01-B2026-00017"),
        ("CN01-2026-00017", None),  # a case number, not a booking
        ("CN01-B26-00017", None),
        ("CN01-B2026-17", None),
        ("CN01-B2026-000017", None),
        ("CN01 B2026 00017", None),
        ("CN-01-B2026-00017", None),
        ("", None),
    ],
)
def test_parse_booking_number_forgives_case_and_width(raw: str, number: str | None) -> None:
    assert parse_booking_number(raw) == number


def test_format_booking_number_pads() -> None:
    assert format_booking_number("CN01", 2026, 17) == "CN01-B2026-00017"


# -- overlaps --------------------------------------------------------------------------------


def test_overlaps_is_half_open() -> None:
    nine, ten, eleven = at(MONDAY, 9), at(MONDAY, 10), at(MONDAY, 11)
    assert not overlaps(nine, ten, ten, eleven)  # back to back
    assert not overlaps(ten, eleven, nine, ten)
    assert overlaps(nine, eleven, ten, eleven)
    assert overlaps(nine, eleven, at(MONDAY, 9, 15), at(MONDAY, 9, 30))  # contains
    assert overlaps(nine, ten, nine, ten)  # the same span
    assert overlaps(nine, at(MONDAY, 10, 15), ten, eleven)


quarters = st.integers(0, 96).map(lambda q: at(MONDAY, 0) + timedelta(minutes=15 * q))


@given(quarters, quarters, quarters, quarters)
def test_overlaps_matches_shared_minutes(
    a: datetime, b: datetime, c: datetime, d: datetime
) -> None:
    a_start, a_end = min(a, b), max(a, b)
    b_start, b_end = min(c, d), max(c, d)
    if a_start == a_end or b_start == b_end:
        return
    shared = min(a_end, b_end) - max(a_start, b_start)
    assert overlaps(a_start, a_end, b_start, b_end) is (shared > timedelta(0))
    assert overlaps(a_start, a_end, b_start, b_end) is overlaps(b_start, b_end, a_start, a_end)
