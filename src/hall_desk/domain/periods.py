"""Reporting periods: a day, a week, a month, a year or any range of whole days.

A period is inclusive of both ends. Each has a previous period to compare with: the day, week,
month or year before, or for a free range the same number of days just before it.
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
        """The period to compare with: the day, week, month or year before; for a range,
        the same number of days just before it."""
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
