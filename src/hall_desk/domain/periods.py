"""Reporting periods: a day, a week, a month, a year or any range of whole days.

A period is inclusive of both ends. ``Period.previous`` is the period just before (the
Review page steps back with it); what a report is compared with is decided by
``compared_periods`` alone, which the Review and Today pages, the printed report, the Excel
summary sheet and ``hall-desk report`` all use, so they never disagree.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

#: Longest period a report covers (ten years), so a typo cannot ask for centuries.
MAX_PERIOD_DAYS = 3660


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


PERIOD_KIND_LABELS: dict[PeriodKind, str] = {
    PeriodKind.DAY: QT_TRANSLATE_NOOP("Messages", "Day"),
    PeriodKind.WEEK: QT_TRANSLATE_NOOP("Messages", "Week"),
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("Messages", "Month"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("Messages", "Year"),
    PeriodKind.RANGE: QT_TRANSLATE_NOOP("Messages", "Range"),
}


@dataclass(frozen=True)
class Period:
    """Whole days from ``first`` to ``last``, both included."""

    first: date
    last: date
    kind: PeriodKind = PeriodKind.RANGE

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The end date {last} is before the start date."),
                field="period",
                last=self.last.isoformat(),
            )
        if self.days > MAX_PERIOD_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A report covers at most {max} days."),
                field="period",
                max=MAX_PERIOD_DAYS,
            )

    # -- the usual periods ----------------------------------------------------------------
    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day, PeriodKind.DAY)

    @classmethod
    def week(cls, day: date) -> Period:
        """Monday to Sunday of the week holding ``day``."""
        monday = day - timedelta(days=day.weekday())
        return cls(monday, monday + timedelta(days=6), PeriodKind.WEEK)

    @classmethod
    def month(cls, day: date) -> Period:
        last = calendar.monthrange(day.year, day.month)[1]
        return cls(day.replace(day=1), day.replace(day=last), PeriodKind.MONTH)

    @classmethod
    def year(cls, day: date) -> Period:
        return cls(date(day.year, 1, 1), date(day.year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def of_kind(cls, kind: PeriodKind, day: date, last: date | None = None) -> Period:
        """The period of ``kind`` holding ``day``; a range runs from ``day`` to ``last``."""
        if kind is PeriodKind.DAY:
            return cls.day(day)
        if kind is PeriodKind.WEEK:
            return cls.week(day)
        if kind is PeriodKind.MONTH:
            return cls.month(day)
        if kind is PeriodKind.YEAR:
            return cls.year(day)
        return cls(day, last or day)

    # -- derived ----------------------------------------------------------------------------
    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def start(self) -> datetime:
        """The first moment of the period."""
        return datetime.combine(self.first, time.min)

    @property
    def end(self) -> datetime:
        """The first moment after the period (exclusive)."""
        return datetime.combine(self.last + timedelta(days=1), time.min)

    def dates(self) -> Iterator[date]:
        for offset in range(self.days):
            yield self.first + timedelta(days=offset)

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def previous(self) -> Period:
        """The period just before, for stepping back: the day, week, month or year before;
        for a range, the same number of days just before it. (A report's comparison period
        is ``compared_periods``.)"""
        before = self.first - timedelta(days=1)
        if self.kind is PeriodKind.MONTH:
            return Period.month(before)
        if self.kind is PeriodKind.YEAR:
            return Period.year(before)
        return Period(self.first - timedelta(days=self.days), before, self.kind)

    def text(self) -> str:
        """``2026-11-20`` for one day, ``2026-11-16 ~ 2026-11-22`` otherwise."""
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()} ~ {self.last.isoformat()}"


# -- what a report compares ---------------------------------------------------------------------


@dataclass(frozen=True)
class ComparedPeriods:
    """What a report of a period counts and what it is compared with, decided at one moment."""

    current: Period
    """The days counted: the period asked for or, while it is still running, its days up to
    and including today (of the same kind, so a month's report stays a month's report)."""
    previous: Period
    """The days it is compared with."""
    as_of: datetime | None = None
    """While the period runs: now. Room hours (open and used) of ``current`` count up to it."""
    previous_as_of: datetime | None = None
    """While the period runs: the same moment in ``previous`` (its last day at the time of
    ``as_of``), up to which its room hours count; None when ``previous`` counts whole."""

    @property
    def running(self) -> bool:
        return self.as_of is not None


def _whole_months(period: Period) -> int | None:
    """How many calendar months ``period`` is, when it is whole months (1st to month end)."""
    after = period.last + timedelta(days=1)
    if period.first.day != 1 or after.day != 1:
        return None
    return (after.year - period.first.year) * 12 + after.month - period.first.month


def _month_start(first: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) ``first``'s month."""
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _whole_previous(period: Period) -> Period:
    months = _whole_months(period)
    try:
        before = period.first - timedelta(days=1)
        first = (
            _month_start(period.first, -months)
            if months is not None
            else period.first - timedelta(days=period.days)
        )
    except (OverflowError, ValueError):  # before the year 1
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "There is nothing before {first} to compare with; choose a later date."
            ),
            field="period",
            first=period.first.isoformat(),
        ) from None
    return Period(first, before, period.kind)


def compared_periods(period: Period, now: datetime) -> ComparedPeriods:
    """The days a report of ``period`` counts at ``now``, and the days it is compared with.

    The comparison period: a period of whole calendar months (a month, a year, or a range
    from the 1st of a month to the end of a month, e.g. ``--from 2026-11-01 --to
    2026-11-30``) is compared with the same number of whole months just before it, so a
    month with the month before, a quarter with the quarter before and a year with the year
    before. Anything else (a day, a week, any other range) is compared with the same number
    of days just before it.

    A period that holds today is still running: it counts its days up to and including
    today, and is compared with the same stretch at the start of the comparison period. For
    whole months that is up to the same day of the month (1-8 December against 1-8 November;
    1 January to 8 December against the same dates a year before), the day clamped to the
    month's length, so on 29, 30 and 31 March the comparison is the whole of February and on
    29 February (leap years) it is 1 January to 28 February of the year before; otherwise it is
    the same number of days (Monday to Wednesday against Monday to Wednesday of the week
    before; today against yesterday). Room hours, open and used, count up to ``now``, and in
    the comparison up to the same time of day on its last day, unless that day was clamped
    (the comparison then counts whole). A period that is over, or has not begun, counts whole.
    """
    before = _whole_previous(period)
    today = now.date()
    if not period.contains(today):
        return ComparedPeriods(period, before)
    months = _whole_months(period)
    clamped = False
    if months is not None:
        offset = (today.year - period.first.year) * 12 + today.month - period.first.month
        start = _month_start(before.first, offset)
        length = calendar.monthrange(start.year, start.month)[1]
        clamped = today.day > length
        last = start.replace(day=min(today.day, length))
    else:
        last = before.first + timedelta(days=(today - period.first).days)
    previous = Period(before.first, last, period.kind)
    return ComparedPeriods(
        current=Period(period.first, today, period.kind),
        previous=previous,
        as_of=now,
        previous_as_of=None if clamped else datetime.combine(last, now.time()),
    )


_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")


def parse_day(raw: str, field: str = "period") -> date:
    """A date typed as 2026-11-20, 2026/11/20, 2026.11.20 or 2026年11月20日."""
    text = raw.strip()
    match = _DATE.fullmatch(text)
    if match is not None:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("Messages", "{text} is not a date; write it like 2026-11-20."),
        field=field,
        text=text,
    )


def period_between(first_raw: str, last_raw: str | None) -> Period:
    """The period from the typed dates: one day when no end is given."""
    first = parse_day(first_raw, "period_from")
    if last_raw is None or not last_raw.strip():
        return Period.day(first)
    last = parse_day(last_raw, "period_to")
    return Period(first, last)
