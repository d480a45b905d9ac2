"""The series the report charts plot: hours of a day, days of a period, or weeks and months
of a long one, with the labels that fit under the axis. Internal to ``hall_desk.printing``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from hall_desk.domain.periods import Period
from hall_desk.domain.reports import DayCount, RatingDay

#: The hours a day chart always shows, whether or not anyone came.
OPEN_HOURS = range(7, 22)
#: Longest period plotted day by day; longer ones per ISO week, so the chart stays readable.
DAILY_DAYS = 62
#: Longest period plotted per ISO week (a leap year); longer ones per month.
WEEKLY_DAYS = 366


@dataclass(frozen=True)
class Bucket:
    """A stretch of days plotted as one point: a day, an ISO week or a month."""

    label: str  # "" leaves the point unlabelled
    first: date
    last: date


def hour_range(by_hour: Sequence[int]) -> range:
    """7 to 21 o'clock, widened to every hour with a count in ``by_hour``."""
    busy = [hour for hour, count in enumerate(by_hour) if count]
    low = min([OPEN_HOURS.start, *busy])
    high = max([OPEN_HOURS.stop - 1, *busy])
    return range(low, high + 1)


def _day_label(day: date, index: int, days: int) -> str:
    if days <= 16:
        return f"{day.month}/{day.day}"
    if days <= 31:
        return f"{day.month}/{day.day}" if index == 0 or day.day == 1 else str(day.day)
    if days <= 62:
        return f"{day.month}/{day.day}" if index % 7 == 0 else ""
    return f"{day.month}月" if day.day == 1 else ""


def day_buckets(period: Period) -> list[Bucket]:
    """One bucket per day of the period."""
    return [
        Bucket(_day_label(day, index, period.days), day, day)
        for index, day in enumerate(period.dates())
    ]


def week_buckets(period: Period) -> list[Bucket]:
    """One bucket per ISO week (Monday to Sunday), cut to the period at both ends.

    Up to 20 weeks each is labelled by its first day, more only where a month begins.
    """
    weeks: list[tuple[date, date]] = []
    first = period.first
    while first <= period.last:
        last = min(first + timedelta(days=6 - first.weekday()), period.last)
        weeks.append((first, last))
        first = last + timedelta(days=1)
    buckets: list[Bucket] = []
    for index, (first, last) in enumerate(weeks):
        if len(weeks) <= 20:
            label = f"{first.month}/{first.day}"
        elif index == 0 or first.month != weeks[index - 1][0].month:
            label = f"{first.month}月"
        else:
            label = ""
        buckets.append(Bucket(label, first, last))
    return buckets


def month_buckets(period: Period) -> list[Bucket]:
    """One bucket per calendar month, cut to the period at both ends."""
    buckets: list[Bucket] = []
    first = period.first
    while first <= period.last:
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        last = min(following - timedelta(days=1), period.last)
        if not buckets or first.month == 1:
            label = f"{first.year}/{first.month}"
        else:
            label = f"{first.month}月" if period.days <= 550 else ""
        buckets.append(Bucket(label, first, last))
        first = following
    return buckets


def chart_buckets(period: Period) -> list[Bucket]:
    """Per day up to two months, per ISO week up to a year, per month beyond."""
    if period.days <= DAILY_DAYS:
        return day_buckets(period)
    if period.days <= WEEKLY_DAYS:
        return week_buckets(period)
    return month_buckets(period)


def step_name(period: Period) -> str:
    """What one point of ``chart_buckets`` stands for: 每日, 每周 or 每月."""
    if period.days <= DAILY_DAYS:
        return "每日"
    return "每周" if period.days <= WEEKLY_DAYS else "每月"


def _sum_per_bucket(buckets: Sequence[Bucket], per_day: Mapping[date, float]) -> list[float]:
    totals: list[float] = []
    for bucket in buckets:
        days = (bucket.last - bucket.first).days + 1
        totals.append(sum(per_day.get(bucket.first + timedelta(days=n), 0) for n in range(days)))
    return totals


def visits_per_bucket(buckets: Sequence[Bucket], per_day: Sequence[DayCount]) -> list[float]:
    return _sum_per_bucket(buckets, {row.day: row.count for row in per_day})


def rates_per_bucket(buckets: Sequence[Bucket], per_day: Sequence[RatingDay]) -> list[float | None]:
    """The satisfaction rate (in percent) of each bucket; ``None`` where nobody rated."""
    counts = _sum_per_bucket(buckets, {row.day: row.count for row in per_day})
    satisfied = _sum_per_bucket(buckets, {row.day: row.satisfied for row in per_day})
    return [s / c * 100 if c else None for s, c in zip(satisfied, counts, strict=True)]
