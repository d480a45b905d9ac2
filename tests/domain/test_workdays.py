"""Working days, holidays and promised finish dates, checked against ``chinesecalendar``."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache

import chinese_calendar
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.holiday_seed import package_version, seed_days, seed_years
from hall_desk.domain.workdays import (
    DAY_KIND_LABELS,
    MAX_HOLIDAY_NAME_LENGTH,
    CalendarDay,
    DayKind,
    WorkCalendar,
    clean_calendar_day,
)

ONE_DAY = timedelta(days=1)
YEARS = seed_years()
FIRST = date(YEARS[0], 1, 1)
LAST = date(YEARS[-1], 12, 31)


@cache
def official() -> WorkCalendar:
    """Every year the package covers, as the app seeds it."""
    days: list[CalendarDay] = []
    for year in YEARS:
        seeded = seed_days(year)
        days.extend(seeded)
    return WorkCalendar(days, YEARS)


def seeded_up_to(last_year: int, *extra: CalendarDay) -> WorkCalendar:
    """The seeded calendar cut off after ``last_year``, plus an administrator's entries."""
    years = [y for y in YEARS if y <= last_year]
    days = [d for y in years for d in seed_days(y) or []]
    return WorkCalendar([*days, *extra], years)


def reference_add(start: date, n: int) -> date:
    """The n-th working day after ``start``, stepping one day at a time with the package."""
    d = start
    for _ in range(n):
        d += ONE_DAY
        while not chinese_calendar.is_workday(d):
            d += ONE_DAY
    return d


covered_dates = st.dates(min_value=FIRST, max_value=LAST)


# --- the seed -------------------------------------------------------------------------------


def test_seed_years_are_a_contiguous_range_the_package_really_knows() -> None:
    assert list(range(YEARS[0], YEARS[-1] + 1)) == YEARS
    assert 2004 in YEARS and 2025 in YEARS
    chinese_calendar.is_workday(LAST)
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(LAST + ONE_DAY)


def test_seed_days_of_an_uncovered_year_is_none() -> None:
    assert seed_days(YEARS[-1] + 1) is None
    assert seed_days(YEARS[0] - 1) is None
    assert seed_days(1900) is None


def test_seed_days_are_sorted_named_and_of_their_year() -> None:
    for year in YEARS:
        days = seed_days(year)
        assert days
        assert [d.day for d in days] == sorted({d.day for d in days})
        assert all(d.day.year == year for d in days)
        assert all(0 < len(d.name) <= MAX_HOLIDAY_NAME_LENGTH for d in days)
        # The package never moves work onto a weekday: make-up days are weekend days.
        assert all(d.day.weekday() >= 5 for d in days if d.kind is DayKind.WORKDAY)


def test_seed_2025_national_day_and_mid_autumn() -> None:
    days = {d.day: d for d in seed_days(2025) or []}
    for day in range(1, 9):
        assert days[date(2025, 10, day)].kind is DayKind.HOLIDAY
    assert days[date(2025, 10, 1)].name == "国庆节"
    assert days[date(2025, 10, 6)].name == "中秋"
    # Saturday 4 October is part of the break and listed, though it is a weekend anyway.
    assert days[date(2025, 10, 4)] == CalendarDay(date(2025, 10, 4), DayKind.HOLIDAY, "国庆节")
    assert days[date(2025, 9, 28)] == CalendarDay(date(2025, 9, 28), DayKind.WORKDAY, "国庆节")
    assert days[date(2025, 10, 11)] == CalendarDay(date(2025, 10, 11), DayKind.WORKDAY, "国庆节")


def test_seed_2015_special_holiday_name_fits() -> None:
    days = {d.day: d for d in seed_days(2015) or []}
    assert days[date(2015, 9, 3)].name == "抗战胜利70周年纪念日"


def test_package_version() -> None:
    assert package_version() == chinese_calendar.__version__


# --- against the package, for every covered year ---------------------------------------------


def test_is_workday_matches_the_package_on_every_covered_day() -> None:
    cal = official()
    d = FIRST
    while d <= LAST:
        assert cal.is_workday(d) == chinese_calendar.is_workday(d), d
        d += ONE_DAY


@given(start=covered_dates)
def test_is_workday_and_holiday_name_match_the_package(start: date) -> None:
    cal = official()
    assert cal.is_workday(start) == chinese_calendar.is_workday(start)
    _, holiday = chinese_calendar.get_holiday_detail(start)
    assert bool(cal.holiday_name(start)) == (holiday is not None)
    assert cal.is_covered(start.year)
    assert cal.uncovered_years(FIRST, start) == []


@settings(max_examples=300)
@given(start=covered_dates, n=st.integers(min_value=0, max_value=365))
def test_add_working_days_matches_the_package(start: date, n: int) -> None:
    cal = official()
    result = cal.add_working_days(start, n)
    try:
        expected = reference_add(start, n)
    except NotImplementedError:
        assume(False)
        return
    assert result == expected
    if n >= 1:
        # find_workday(k, d) counts d itself when d is a working day, so start the day after.
        assert result == chinese_calendar.find_workday(n - 1, start + ONE_DAY)
        assert chinese_calendar.is_workday(result)
        assert result > start
    else:
        assert result == start
    assert cal.working_days_between(start, result) == n


@given(start=covered_dates, n=st.integers(min_value=0, max_value=365))
def test_add_working_days_is_monotonic(start: date, n: int) -> None:
    cal = official()
    here = cal.add_working_days(start, n)
    there = cal.add_working_days(start, n + 1)
    assert here < there
    assert there == cal.next_workday(here)
    assert cal.working_days_between(here, there) == 1


@given(start=covered_dates, end=covered_dates)
def test_working_days_between_counts_the_package_days(start: date, end: date) -> None:
    cal = official()
    if end <= start:
        assert cal.working_days_between(start, end) == 0
        return
    assume((end - start).days <= 800)
    expected = len(chinese_calendar.get_workdays(start + ONE_DAY, end))
    assert cal.working_days_between(start, end) == expected


@given(
    start=st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)),
    n=st.integers(min_value=0, max_value=365),
)
def test_any_year_from_1900_to_2199_works(start: date, n: int) -> None:
    cal = official()
    result = cal.add_working_days(start, n)
    assert cal.working_days_between(start, result) == n
    if n:
        assert cal.is_workday(result)
    if not cal.is_covered(start.year):
        assert start.year in cal.uncovered_years(start, result)


# --- explicit cases ---------------------------------------------------------------------------


def test_national_day_and_mid_autumn_2025() -> None:
    cal = official()
    for day in range(1, 9):
        assert not cal.is_workday(date(2025, 10, day))
    assert cal.is_workday(date(2025, 9, 28))  # Sunday, worked
    assert cal.is_workday(date(2025, 10, 11))  # Saturday, worked
    assert not cal.is_workday(date(2025, 10, 12))
    assert cal.holiday_name(date(2025, 10, 6)) == "中秋"
    friday = date(2025, 9, 26)
    assert [cal.add_working_days(friday, n) for n in range(1, 8)] == [
        date(2025, 9, 28),
        date(2025, 9, 29),
        date(2025, 9, 30),
        date(2025, 10, 9),
        date(2025, 10, 10),
        date(2025, 10, 11),
        date(2025, 10, 13),
    ]
    assert cal.working_days_between(date(2025, 9, 30), date(2025, 10, 8)) == 0
    assert cal.working_days_between(friday, date(2025, 10, 13)) == 7


def test_spring_festival_2026() -> None:
    cal = official()
    # 15 to 23 February off; Saturdays 14 and 28 February worked.
    for day in range(15, 24):
        assert not cal.is_workday(date(2026, 2, day))
        assert cal.holiday_name(date(2026, 2, day)) == "春节"
    assert cal.is_workday(date(2026, 2, 14))
    assert cal.is_workday(date(2026, 2, 28))
    friday = date(2026, 2, 13)
    assert cal.add_working_days(friday, 1) == date(2026, 2, 14)
    assert cal.add_working_days(friday, 2) == date(2026, 2, 24)
    assert cal.add_working_days(friday, 5) == date(2026, 2, 27)
    assert cal.add_working_days(friday, 6) == date(2026, 2, 28)
    assert cal.add_working_days(friday, 7) == date(2026, 3, 2)
    assert cal.next_workday(date(2026, 2, 14)) == date(2026, 2, 24)
    entries = cal.entries_for_year(2026)
    assert [e.day for e in entries] == sorted(e.day for e in entries)
    assert CalendarDay(date(2026, 2, 28), DayKind.WORKDAY, "春节") in entries


def test_case_accepted_late_december_runs_into_an_uncovered_year() -> None:
    cal = seeded_up_to(2026)
    assert not cal.is_covered(2027)
    # Wednesday 30 December; 2027 counts weekends only.
    assert cal.add_working_days(date(2026, 12, 30), 10) == date(2027, 1, 13)
    assert cal.working_days_between(date(2026, 12, 30), date(2027, 1, 13)) == 10
    assert cal.uncovered_years(date(2026, 12, 1), date(2027, 1, 31)) == [2027]
    assert cal.uncovered_years(date(2026, 1, 1), date(2026, 12, 31)) == []
    assert cal.uncovered_years(date(2026, 12, 1), date(2029, 1, 1)) == [2027, 2028, 2029]


def test_administrator_entries_count_in_an_uncovered_year() -> None:
    new_year = CalendarDay(date(2027, 1, 1), DayKind.HOLIDAY, "元旦")
    cal = seeded_up_to(2026, new_year)
    assert cal.add_working_days(date(2026, 12, 30), 10) == date(2027, 1, 14)
    assert cal.holiday_name(date(2027, 1, 1)) == "元旦"
    assert cal.entries_for_year(2027) == [new_year]
    assert cal.entry(date(2027, 1, 1)) == new_year
    assert cal.entry(date(2027, 1, 4)) is None
    assert cal.uncovered_years(date(2026, 12, 1), date(2027, 1, 31)) == [2027]

    # A make-up working day on Saturday 9 January brings the date back.
    saturday = CalendarDay(date(2027, 1, 9), DayKind.WORKDAY, "元旦")
    cal = seeded_up_to(2026, new_year, saturday)
    assert cal.is_workday(date(2027, 1, 9))
    assert cal.add_working_days(date(2026, 12, 30), 10) == date(2027, 1, 13)
    assert cal.add_working_days(date(2027, 1, 8), 1) == date(2027, 1, 9)


def test_confirmed_year_is_covered() -> None:
    cal = WorkCalendar([CalendarDay(date(2027, 1, 1), DayKind.HOLIDAY, "元旦")], [2026, 2027])
    assert cal.uncovered_years(date(2026, 12, 1), date(2027, 1, 31)) == []
    assert cal.is_covered(2027)
    assert not cal.is_covered(2028)


def test_zero_days_is_handled_on_the_spot_even_on_a_holiday() -> None:
    cal = official()
    assert cal.add_working_days(date(2025, 10, 1), 0) == date(2025, 10, 1)
    assert cal.add_working_days(date(2025, 10, 1), 1) == date(2025, 10, 9)
    assert cal.add_working_days(date(2027, 6, 5), 0) == date(2027, 6, 5)


def test_negative_days_are_refused() -> None:
    with pytest.raises(ValueError):
        official().add_working_days(date(2025, 1, 6), -1)


def test_empty_calendar_counts_weekdays() -> None:
    cal = WorkCalendar([], [])
    monday = date(2199, 12, 30)
    assert cal.add_working_days(monday, 5) == date(2200, 1, 6)
    assert cal.working_days_between(date(1900, 1, 1), date(1900, 1, 8)) == 5
    assert cal.working_days_between(date(1900, 1, 8), date(1900, 1, 1)) == 0
    assert cal.holiday_name(monday) == ""
    assert cal.entries_for_year(2199) == []


def test_later_entry_for_the_same_day_wins() -> None:
    day = date(2027, 1, 2)  # Saturday
    cal = WorkCalendar(
        [CalendarDay(day, DayKind.HOLIDAY, "元旦"), CalendarDay(day, DayKind.WORKDAY, "元旦")], []
    )
    assert cal.is_workday(day)
    assert cal.working_days_between(date(2027, 1, 1), day) == 1


def test_a_long_limit_is_quick() -> None:
    cal = official()
    for start in (date(2004, 1, 1), date(2015, 9, 1), date(2026, 12, 31)):
        result = cal.add_working_days(start, 365)
        assert cal.working_days_between(start, result) == 365


def test_labels() -> None:
    assert set(DAY_KIND_LABELS) == set(DayKind)


# --- the administrator's editor --------------------------------------------------------------


def fields_of(err: ValidationError) -> list[str | None]:
    return [e.field for e in err.errors]


def test_clean_calendar_day_accepts_good_entries() -> None:
    assert clean_calendar_day(date(2027, 1, 1), "holiday", " 元旦 ") == CalendarDay(
        date(2027, 1, 1), DayKind.HOLIDAY, "元旦"
    )
    # A holiday name may cover a weekend day of the break.
    assert clean_calendar_day(date(2027, 1, 2), "holiday", "元旦").kind is DayKind.HOLIDAY
    assert clean_calendar_day(date(2027, 2, 20), "workday", "").kind is DayKind.WORKDAY
    assert clean_calendar_day(datetime(2027, 2, 21, 9), "workday", "春节").day == date(2027, 2, 21)
    assert clean_calendar_day(date(2027, 1, 1), "holiday", "x" * 20).name == "x" * 20


def test_clean_calendar_day_refuses_a_workday_on_a_weekday() -> None:
    with pytest.raises(ValidationError) as info:
        clean_calendar_day(date(2027, 1, 4), "workday", "元旦")
    assert fields_of(info.value) == ["holiday_day"]
    text = info.value.render()
    assert "2027-01-04" in text and "already a working day" in text


def test_clean_calendar_day_collects_every_error() -> None:
    with pytest.raises(ValidationError) as info:
        clean_calendar_day(None, "vacation", "x" * 21)
    assert fields_of(info.value) == ["holiday_day", "holiday_kind", "holiday_name"]
    for err in info.value.errors:
        assert "{" not in err.render()
    assert info.value.errors[2].message.params == {"length": 21, "max": 20}


@pytest.mark.parametrize(
    ("day", "kind", "name", "field"),
    [
        (None, "holiday", "元旦", "holiday_day"),
        (date(1899, 12, 31), "holiday", "", "holiday_day"),
        (date(2200, 1, 1), "holiday", "", "holiday_day"),
        (date(2027, 1, 1), "", "元旦", "holiday_kind"),
        (date(2027, 1, 1), "Holiday", "元旦", "holiday_kind"),
        (date(2027, 1, 1), "holiday", "元\x00旦", "holiday_name"),
        (date(2027, 1, 1), "holiday", "元旦\n春节", "holiday_name"),
        (date(2027, 1, 1), "holiday", "春" * 21, "holiday_name"),
    ],
)
def test_clean_calendar_day_errors(day: date | None, kind: str, name: str, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        clean_calendar_day(day, kind, name)
    assert fields_of(info.value) == [field]
    assert "{" not in info.value.render()
