"""The official holiday calendar as shipped by the ``chinesecalendar`` package.

The package knows the State Council's holiday arrangements for a fixed range of years and
raises ``NotImplementedError`` outside it. This module is the only place that imports it: it
reads the package's tables once and hands out plain ``CalendarDay`` entries to seed the
database, so the rest of the app never depends on what the installed version happens to know.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache
from importlib import metadata
from typing import Any

import chinese_calendar
from chinese_calendar import constants as _constants

from hall_desk.domain.workdays import MAX_HOLIDAY_NAME_LENGTH, CalendarDay, DayKind

# Official names too long for the calendar's name field, shortened the usual way.
_SHORT_NAMES: dict[str, str] = {
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def _chinese_name(value: Any) -> str:
    """The Chinese name of a table value: a ``Holiday`` member or its English value."""
    holiday_enum: Any = _constants.Holiday
    member: Any = value
    if not isinstance(value, holiday_enum):
        try:
            member = holiday_enum(value)
        except ValueError:
            return str(value)[:MAX_HOLIDAY_NAME_LENGTH]
    english = str(member.value)
    if english in _SHORT_NAMES:
        return _SHORT_NAMES[english]
    return str(getattr(member, "chinese", english))[:MAX_HOLIDAY_NAME_LENGTH]


def _covers(day: date) -> bool:
    try:
        chinese_calendar.is_workday(day)
    except NotImplementedError:
        return False
    return True


@cache
def _seed_years() -> tuple[int, ...]:
    tables: list[Mapping[date, Any]] = [_constants.holidays, _constants.workdays]
    years = {d.year for table in tables for d in table}
    if not years:
        return ()
    first, last = min(years), max(years)
    while first <= last and not _covers(date(last, 12, 31)):
        last -= 1
    while first <= last and not _covers(date(first, 1, 1)):
        first += 1
    return tuple(range(first, last + 1))


def seed_years() -> list[int]:
    """The years whose holidays and make-up working days the package knows completely."""
    return list(_seed_years())


@cache
def _days_by_year() -> dict[int, tuple[CalendarDay, ...]]:
    entries: dict[date, CalendarDay] = {}
    for day, value in _constants.holidays.items():
        entries[day] = CalendarDay(day, DayKind.HOLIDAY, _chinese_name(value))
    # A make-up working day wins over a holiday on the same date, as in the package itself.
    for day, value in _constants.workdays.items():
        entries[day] = CalendarDay(day, DayKind.WORKDAY, _chinese_name(value))
    by_year: dict[int, list[CalendarDay]] = {}
    for day in sorted(entries):
        by_year.setdefault(day.year, []).append(entries[day])
    return {year: tuple(days) for year, days in by_year.items()}


def seed_days(year: int) -> list[CalendarDay] | None:
    """Every holiday and make-up working day of ``year`` in date order.

    Holiday days that fall on a weekend are included too, so an editor shows the whole break.
    ``None`` means the package does not cover ``year``.
    """
    if year not in _seed_years():
        return None
    return list(_days_by_year().get(year, ()))


def package_version() -> str:
    """The version of the installed ``chinesecalendar`` package, to record where data came from."""
    version = getattr(chinese_calendar, "__version__", None)
    if isinstance(version, str) and version:
        return version
    try:
        return metadata.version("chinesecalendar")
    except metadata.PackageNotFoundError:
        return "unknown"


__all__ = ["package_version", "seed_days", "seed_years"]
