"""Statutory public holidays (法定节假日) derived from the national rule, for years not yet known.

The State Council publishes each year's holiday arrangement late in the year before, and the
``chinesecalendar`` package only knows the years published when it was released. For a later
year this module derives the statutory days themselves from 《全国年节及纪念日放假办法》 as
amended in 2024 (in force from 2025):

- 元旦 1 day: 1 January;
- 春节 4 days: 除夕 (the last day of the twelfth lunar month, the 29th or the 30th) and the
  first three days of the first lunar month;
- 清明 1 day: the day of the Qingming solar term;
- 劳动节 2 days: 1 and 2 May;
- 端午 1 day: the 5th day of the 5th lunar month;
- 中秋 1 day: the 15th day of the 8th lunar month;
- 国庆 3 days: 1 to 3 October.

What such a year lacks is the notice's 调休: the extra days off that join a holiday to a
weekend and the weekend days worked instead. A year filled in from here is therefore only an
estimate until an administrator enters or confirms the notice.

Lunar dates and the solar term come from ``lunar_python`` (6tail's lunar calendar, pure Python,
computed astronomically rather than from a table that ends). This module is its only importer.
"""

from __future__ import annotations

from datetime import date, timedelta
from importlib import metadata

from lunar_python import Lunar, Solar

from hall_desk.domain.workdays import CalendarDay, DayKind

#: The first year under the 2024 amendment of the rule.
FIRST_RULE_YEAR = 2025
#: The last year the lunar dates are relied on (the library is checked that far).
LAST_RULE_YEAR = 2100

NEW_YEAR = "元旦"
SPRING_FESTIVAL = "春节"
QINGMING = "清明"
LABOUR_DAY = "劳动节"
DRAGON_BOAT = "端午"
MID_AUTUMN = "中秋"
NATIONAL_DAY = "国庆节"

_ONE_DAY = timedelta(days=1)


def rule_applies(year: int) -> bool:
    """Whether the statutory days of ``year`` can be derived from the 2024 rule."""
    return FIRST_RULE_YEAR <= year <= LAST_RULE_YEAR


def _solar(lunar: Lunar) -> date:
    solar = lunar.getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def lunar_new_year(year: int) -> date:
    """正月初一 of the lunar year that begins in January or February of ``year``."""
    return _solar(Lunar.fromYmd(year, 1, 1))


def lunar_new_years_eve(year: int) -> date:
    """除夕: the day before 正月初一, whether the twelfth month has 29 or 30 days."""
    return lunar_new_year(year) - _ONE_DAY


def qingming(year: int) -> date:
    """The day of the Qingming solar term (清明) in China's time zone, 4 or 5 April."""
    for day in range(3, 7):
        if Solar.fromYmd(year, 4, day).getLunar().getJieQi() == "清明":
            return date(year, 4, day)
    raise ValueError(f"no Qingming solar term found in early April {year}")


def dragon_boat_festival(year: int) -> date:
    """端午: the 5th day of the (ordinary, not leap) 5th lunar month."""
    return _solar(Lunar.fromYmd(year, 5, 5))


def mid_autumn_festival(year: int) -> date:
    """中秋: the 15th day of the (ordinary, not leap) 8th lunar month."""
    return _solar(Lunar.fromYmd(year, 8, 15))


def statutory_holidays(year: int) -> list[CalendarDay]:
    """The statutory days off of ``year`` under the 2024 rule, in date order.

    That is 13 days, or 12 when 中秋 falls on one of 1-3 October; such a day is named 国庆节,
    as the package's data names 1 October 2020.

    Days that fall on a Saturday or Sunday are included: they are holidays all the same, and
    the notice decides how they are made up. Raises ``ValueError`` for a year outside
    ``FIRST_RULE_YEAR .. LAST_RULE_YEAR``.
    """
    if not rule_applies(year):
        raise ValueError(
            f"the 2024 holiday rule is used for {FIRST_RULE_YEAR}-{LAST_RULE_YEAR}, not {year}"
        )
    eve = lunar_new_years_eve(year)
    named: list[tuple[date, str]] = [
        (date(year, 1, 1), NEW_YEAR),
        *((eve + timedelta(days=i), SPRING_FESTIVAL) for i in range(4)),
        (qingming(year), QINGMING),
        (date(year, 5, 1), LABOUR_DAY),
        (date(year, 5, 2), LABOUR_DAY),
        (dragon_boat_festival(year), DRAGON_BOAT),
        (mid_autumn_festival(year), MID_AUTUMN),
        *((date(year, 10, day), NATIONAL_DAY) for day in (1, 2, 3)),
    ]
    days: dict[date, CalendarDay] = {}
    for day, name in named:
        if day not in days or name == NATIONAL_DAY:
            days[day] = CalendarDay(day, DayKind.HOLIDAY, name)
    return [days[day] for day in sorted(days)]


def library_version() -> str:
    """The installed ``lunar_python`` version, to record where an estimate came from."""
    try:
        return metadata.version("lunar_python")
    except metadata.PackageNotFoundError:
        return "unknown"


__all__ = [
    "FIRST_RULE_YEAR",
    "LAST_RULE_YEAR",
    "dragon_boat_festival",
    "library_version",
    "lunar_new_year",
    "lunar_new_years_eve",
    "mid_autumn_festival",
    "qingming",
    "rule_applies",
    "statutory_holidays",
]
