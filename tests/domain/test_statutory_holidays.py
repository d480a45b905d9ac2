"""Statutory holidays derived from the national rule, checked against ``chinesecalendar``.

The package holds the State Council's real notices. Every lunar festival and the Qingming
solar term derived here must fall on the package's days of that festival in every year it
covers, and in 2025 and 2026 (the first years under the 2024 rule) every derived day must be a
holiday in the package's data.
"""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from chinese_calendar.constants import Holiday

from hall_desk.domain.holiday_seed import seed_days, seed_years
from hall_desk.domain.statutory_holidays import (
    FIRST_RULE_YEAR,
    LAST_RULE_YEAR,
    dragon_boat_festival,
    library_version,
    lunar_new_year,
    lunar_new_years_eve,
    mid_autumn_festival,
    qingming,
    rule_applies,
    statutory_holidays,
)
from hall_desk.domain.workdays import CalendarDay, DayKind, WorkCalendar

YEARS = seed_years()
ONE_DAY = timedelta(days=1)

DERIVED = {
    Holiday.spring_festival: lunar_new_year,
    Holiday.tomb_sweeping_day: qingming,
    Holiday.dragon_boat_festival: dragon_boat_festival,
    Holiday.mid_autumn_festival: mid_autumn_festival,
}


def package_days_off(year: int) -> dict[date, Holiday]:
    """The package's days off of ``year``, each with the festival it names."""
    days: dict[date, Holiday] = {}
    d = date(year, 1, 1)
    while d.year == year:
        on_holiday, festival = chinese_calendar.get_holiday_detail(d)
        if on_holiday and festival is not None:
            days[d] = Holiday(festival)  # the package hands out the English value
        d += ONE_DAY
    return days


def test_the_package_covers_the_first_two_years_of_the_2024_rule() -> None:
    assert {2025, 2026} <= set(YEARS)
    assert FIRST_RULE_YEAR == 2025


@pytest.mark.parametrize("year", YEARS)
def test_lunar_festivals_and_qingming_fall_on_the_packages_festival_days(year: int) -> None:
    days_off = package_days_off(year)
    for festival, derive in DERIVED.items():
        derived = derive(year)
        assert derived.year == year
        named = {d for d, f in days_off.items() if f is festival}
        if named:
            # Within the package's break for the festival (its table leaves out a Saturday or
            # Sunday in the middle, e.g. 端午 on Saturday 23 June 2012), and a day off.
            assert min(named) <= derived <= max(named), (festival, derived, sorted(named))
            assert chinese_calendar.is_holiday(derived), (festival, derived)
            if derived.weekday() < 5:
                assert derived in named, (festival, derived, sorted(named))
        elif days_off.get(derived) is Holiday.national_day:
            # 中秋 on 1 October (2020, 2001): the package names the day 国庆节.
            assert festival is Holiday.mid_autumn_festival
        else:
            # 清明, 端午 and 中秋 became public holidays in 2008.
            assert year < 2008 and festival is not Holiday.spring_festival, (festival, derived)


@pytest.mark.parametrize("year", YEARS)
def test_new_years_eve_is_the_day_before_the_first_day_of_spring_festival(year: int) -> None:
    eve = lunar_new_years_eve(year)
    assert eve == lunar_new_year(year) - ONE_DAY
    if year >= 2025:  # 除夕 is a statutory day from 2025 on
        assert package_days_off(year).get(eve) is Holiday.spring_festival


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_derived_day_of_2025_and_2026_is_a_holiday_of_the_package(year: int) -> None:
    derived = statutory_holidays(year)
    assert len(derived) == 13
    seeded = {d.day: d for d in seed_days(year) or []}
    for entry in derived:
        assert entry.kind is DayKind.HOLIDAY
        assert chinese_calendar.is_holiday(entry.day), entry
        # The same festival name as the package's own entry for the day.
        assert seeded[entry.day] == entry, (entry, seeded.get(entry.day))


def test_a_twenty_nine_day_twelfth_month_moves_new_years_eve() -> None:
    # The twelfth lunar months before Spring Festival 2025 and 2026 had 29 days: 除夕 fell
    # on 腊月廿九, and the package gives that day off.
    assert lunar_new_years_eve(2025) == date(2025, 1, 28)
    assert lunar_new_years_eve(2026) == date(2026, 2, 16)
    assert package_days_off(2026)[date(2026, 2, 16)] is Holiday.spring_festival


def test_2027() -> None:
    derived = {d.day: d.name for d in statutory_holidays(2027)}
    assert derived == {
        date(2027, 1, 1): "元旦",
        date(2027, 2, 5): "春节",  # 除夕, a Friday
        date(2027, 2, 6): "春节",
        date(2027, 2, 7): "春节",
        date(2027, 2, 8): "春节",
        date(2027, 4, 5): "清明",
        date(2027, 5, 1): "劳动节",
        date(2027, 5, 2): "劳动节",
        date(2027, 6, 9): "端午",
        date(2027, 9, 15): "中秋",
        date(2027, 10, 1): "国庆节",
        date(2027, 10, 2): "国庆节",
        date(2027, 10, 3): "国庆节",
    }


def test_mid_autumn_on_national_day_is_one_day_off() -> None:
    assert mid_autumn_festival(2028) == date(2028, 10, 3)
    derived = statutory_holidays(2028)
    assert len(derived) == 12
    assert [d.name for d in derived if d.day.month == 10] == ["国庆节"] * 3


@pytest.mark.parametrize("year", range(FIRST_RULE_YEAR, LAST_RULE_YEAR + 1))
def test_every_rule_year_is_sorted_and_plausible(year: int) -> None:
    derived = statutory_holidays(year)
    days = [d.day for d in derived]
    assert days == sorted(set(days)) and {d.year for d in days} == {year}
    assert len(derived) in (12, 13)
    assert date(year, 1, 21) <= lunar_new_year(year) <= date(year, 2, 20)
    assert qingming(year) in (date(year, 4, 4), date(year, 4, 5))
    assert date(year, 5, 26) <= dragon_boat_festival(year) <= date(year, 6, 26)
    assert date(year, 9, 7) <= mid_autumn_festival(year) <= date(year, 10, 8)


def test_outside_the_rule_years_nothing_is_derived() -> None:
    assert not rule_applies(2024) and rule_applies(2025)
    assert rule_applies(2100) and not rule_applies(2101)
    with pytest.raises(ValueError):
        statutory_holidays(2024)
    with pytest.raises(ValueError):
        statutory_holidays(2101)


def test_library_version() -> None:
    assert library_version()[0].isdigit()


def test_a_case_accepted_on_28_december_2026_skips_new_years_day_2027() -> None:
    """5 working days from Monday 28 December: 29, 30, 31 December, then 4 and 5 January."""
    seeded = [d for y in YEARS for d in seed_days(y) or []]
    before = WorkCalendar(seeded, YEARS)
    assert before.add_working_days(date(2026, 12, 28), 5) == date(2027, 1, 4)  # the old bug

    estimated = WorkCalendar([*seeded, *statutory_holidays(2027)], YEARS, [2027])
    assert estimated.add_working_days(date(2026, 12, 28), 5) == date(2027, 1, 5)
    assert not estimated.is_workday(date(2027, 1, 1))
    assert estimated.public_holiday(date(2027, 1, 1)) == "元旦"
    # Weekends stay days off in an estimated year; Spring Festival 2027 starts on Friday 5 Feb.
    assert estimated.add_working_days(date(2027, 2, 4), 1) == date(2027, 2, 9)
    # Estimated is not covered: the desk still warns about 2027.
    assert estimated.is_estimated(2027) and not estimated.is_covered(2027)
    assert estimated.uncovered_years(date(2026, 12, 1), date(2027, 1, 31)) == [2027]
    assert estimated.estimated_years(date(2026, 12, 1), date(2027, 1, 31)) == [2027]
    assert estimated.estimated_years(date(2026, 1, 1), date(2026, 12, 31)) == []


def test_a_confirmed_year_is_not_estimated() -> None:
    new_year = CalendarDay(date(2027, 1, 1), DayKind.HOLIDAY, "元旦")
    cal = WorkCalendar([new_year], [2027], [2027, 2028])
    assert cal.is_covered(2027) and not cal.is_estimated(2027)
    assert cal.is_estimated(2028)
