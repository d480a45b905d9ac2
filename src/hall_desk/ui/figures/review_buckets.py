"""How a period is cut into the points of a chart: hours of one day, days, weeks or months.

A month or shorter is drawn day by day, up to a year week by week (counted from the first
day), a year or longer month by month. The previous period is cut the same way, so point
``i`` of both periods line up. Plain Python: no widgets.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from hall_desk.domain.periods import Period, PeriodKind
from hall_desk.domain.reports import DayCount, RatingDay

#: Longest period drawn day by day; longer ones are drawn per week.
DAILY_MAX_DAYS = 62
#: Longest period drawn per week; longer ones (and years) are drawn per month.
WEEKLY_MAX_DAYS = 366


class Grain(Enum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Bucket:
    """The days of one chart point (for hours: the day, with the hour)."""

    first: date
    last: date
    hour: int | None = None

    @property
    def period(self) -> Period:
        if self.first == self.last:
            return Period.day(self.first)
        return Period(self.first, self.last)

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last


def grain_of(period: Period, *, hours: bool = False) -> Grain:
    """The grain a chart of ``period`` is drawn in; ``hours``: one day is drawn per hour."""
    if hours and period.days == 1:
        return Grain.HOUR
    if period.kind is PeriodKind.YEAR or period.days > WEEKLY_MAX_DAYS:
        return Grain.MONTH
    if period.days > DAILY_MAX_DAYS:
        return Grain.WEEK
    return Grain.DAY


def buckets(period: Period, grain: Grain, hours: range = range(24)) -> list[Bucket]:
    if grain is Grain.HOUR:
        return [Bucket(period.first, period.first, h) for h in hours]
    if grain is Grain.DAY:
        return [Bucket(d, d) for d in period.dates()]
    result: list[Bucket] = []
    first = period.first
    while first <= period.last:
        if grain is Grain.WEEK:
            last = first + timedelta(days=6)
        else:
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        last = min(last, period.last)
        result.append(Bucket(first, last))
        first = last + timedelta(days=1)
    return result


def bucket_label(bucket: Bucket, grain: Grain, *, one_year: bool = False) -> str:
    """``9:00``, ``11-20`` (a day, or the first day of a week), ``11`` (a month of a period
    within one year) or ``26-11`` (year and month)."""
    if grain is Grain.HOUR:
        return f"{bucket.hour}:00"
    if grain is Grain.MONTH:
        return str(bucket.first.month) if one_year else f"{bucket.first:%y-%m}"
    return f"{bucket.first:%m-%d}"


def labels(chunks: Sequence[Bucket], grain: Grain) -> list[str]:
    """One short, distinct label per bucket (a chart axis keys its labels by their text)."""
    one_year = len({b.first.year for b in chunks}) <= 1
    texts = [bucket_label(b, grain, one_year=one_year) for b in chunks]
    if len(set(texts)) != len(texts):
        texts = [b.first.isoformat() for b in chunks]
    return texts


def day_totals(per_day: Sequence[DayCount], chunks: Sequence[Bucket]) -> list[int]:
    counts = {d.day: d.count for d in per_day}
    return [sum(c for day, c in counts.items() if b.holds(day)) for b in chunks]


def hour_totals(by_hour: Sequence[int], chunks: Sequence[Bucket]) -> list[int]:
    return [by_hour[b.hour] if b.hour is not None else 0 for b in chunks]


def rates(per_day: Sequence[RatingDay], chunks: Sequence[Bucket]) -> list[float | None]:
    """The satisfied share of the ratings given in each bucket (None when none was given)."""
    result: list[float | None] = []
    for chunk in chunks:
        days = [d for d in per_day if chunk.holds(d.day)]
        count = sum(d.count for d in days)
        result.append(sum(d.satisfied for d in days) / count if count else None)
    return result


def busy_hours(*by_hour: Sequence[int], first: int = 8, last: int = 18) -> range:
    """The hours a day's chart shows: the opening day, widened to any hour with visitors."""
    used = [h for counts in by_hour for h, n in enumerate(counts) if n]
    return range(min([first, *used]), max([last, *used]) + 1)
