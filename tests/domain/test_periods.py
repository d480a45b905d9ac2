"""What a report of a period counts and what it is compared with (``compared_periods``)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.periods import ComparedPeriods, Period, PeriodKind, compared_periods

MONTH, WEEK, YEAR, DAY, RANGE = (
    PeriodKind.MONTH,
    PeriodKind.WEEK,
    PeriodKind.YEAR,
    PeriodKind.DAY,
    PeriodKind.RANGE,
)
LATER = datetime(2030, 1, 1, 12)  # every period below is over by then


def d(text: str) -> date:
    return date.fromisoformat(text)


def span(first: str, last: str, kind: PeriodKind = RANGE) -> Period:
    return Period(d(first), d(last), kind)


@pytest.mark.parametrize(
    ("period", "previous"),
    [
        (Period.month(d("2026-11-20")), span("2026-10-01", "2026-10-31", MONTH)),
        (Period.month(d("2026-03-05")), span("2026-02-01", "2026-02-28", MONTH)),
        (Period.month(d("2026-01-05")), span("2025-12-01", "2025-12-31", MONTH)),
        # Typed as two dates, a whole calendar month is still compared with the month before
        # (not with the 30 days before it, 2026-10-02 ~ 2026-10-31).
        (span("2026-11-01", "2026-11-30"), span("2026-10-01", "2026-10-31")),
        (span("2026-03-01", "2026-03-31"), span("2026-02-01", "2026-02-28")),
        # A quarter with the quarter before; a year with the year before.
        (span("2026-01-01", "2026-03-31"), span("2025-10-01", "2025-12-31")),
        (Period.year(d("2024-06-01")), span("2023-01-01", "2023-12-31", YEAR)),
        (span("2024-01-01", "2024-12-31"), span("2023-01-01", "2023-12-31")),
        # Anything else: the same number of days just before.
        (Period.week(d("2026-11-18")), span("2026-11-09", "2026-11-15", WEEK)),
        (Period.day(d("2026-03-01")), span("2026-02-28", "2026-02-28", DAY)),
        (span("2026-11-10", "2026-11-18"), span("2026-11-01", "2026-11-09")),
        (span("2026-11-15", "2026-12-14"), span("2026-10-16", "2026-11-14")),
    ],
)
def test_a_period_that_is_over_is_compared_whole(period: Period, previous: Period) -> None:
    assert compared_periods(period, LATER) == ComparedPeriods(period, previous)


@pytest.mark.parametrize(
    ("period", "now", "current", "previous", "previous_as_of"),
    [
        # The case: a month review on the 8th.
        (
            Period.month(d("2026-12-08")),
            datetime(2026, 12, 8, 14, 30),
            span("2026-12-01", "2026-12-08", MONTH),
            span("2026-11-01", "2026-11-08", MONTH),
            datetime(2026, 11, 8, 14, 30),
        ),
        # The same month typed as a range runs the same way.
        (
            span("2026-12-01", "2026-12-31"),
            datetime(2026, 12, 8, 14, 30),
            span("2026-12-01", "2026-12-08"),
            span("2026-11-01", "2026-11-08"),
            datetime(2026, 11, 8, 14, 30),
        ),
        # On the last day the month still runs: 1-30 November against 1-30 October.
        (
            Period.month(d("2026-11-30")),
            datetime(2026, 11, 30, 9),
            span("2026-11-01", "2026-11-30", MONTH),
            span("2026-10-01", "2026-10-30", MONTH),
            datetime(2026, 10, 30, 9),
        ),
        # Month ends: from the 29th of March the comparison is the whole of February.
        (
            Period.month(d("2026-03-28")),
            datetime(2026, 3, 28, 10),
            span("2026-03-01", "2026-03-28", MONTH),
            span("2026-02-01", "2026-02-28", MONTH),
            datetime(2026, 2, 28, 10),
        ),
        (
            Period.month(d("2026-03-31")),
            datetime(2026, 3, 31, 10),
            span("2026-03-01", "2026-03-31", MONTH),
            span("2026-02-01", "2026-02-28", MONTH),
            None,
        ),
        # A year to the same date a year before; 29 February against 1 January - 28 February.
        (
            Period.year(d("2026-12-08")),
            datetime(2026, 12, 8, 14, 30),
            span("2026-01-01", "2026-12-08", YEAR),
            span("2025-01-01", "2025-12-08", YEAR),
            datetime(2025, 12, 8, 14, 30),
        ),
        (
            Period.year(d("2028-02-29")),
            datetime(2028, 2, 29, 9),
            span("2028-01-01", "2028-02-29", YEAR),
            span("2027-01-01", "2027-02-28", YEAR),
            None,
        ),
        # A week: Monday to Wednesday against Monday to Wednesday of the week before.
        (
            Period.week(d("2026-12-09")),
            datetime(2026, 12, 9, 11, 5),
            span("2026-12-07", "2026-12-09", WEEK),
            span("2026-11-30", "2026-12-02", WEEK),
            datetime(2026, 12, 2, 11, 5),
        ),
        # Today against yesterday, room hours to the same time.
        (
            Period.day(d("2026-11-20")),
            datetime(2026, 11, 20, 9, 30),
            span("2026-11-20", "2026-11-20", DAY),
            span("2026-11-19", "2026-11-19", DAY),
            datetime(2026, 11, 19, 9, 30),
        ),
        # A free range: its first days against the first days of the range before it.
        (
            span("2026-12-05", "2026-12-20"),
            datetime(2026, 12, 8, 16),
            span("2026-12-05", "2026-12-08"),
            span("2026-11-19", "2026-11-22"),
            datetime(2026, 11, 22, 16),
        ),
    ],
)
def test_a_running_period_is_compared_with_the_same_stretch_before(
    period: Period,
    now: datetime,
    current: Period,
    previous: Period,
    previous_as_of: datetime | None,
) -> None:
    spans = compared_periods(period, now)
    assert spans == ComparedPeriods(current, previous, now, previous_as_of)
    assert spans.running


def test_a_period_not_begun_is_compared_whole() -> None:
    spans = compared_periods(Period.month(d("2027-01-10")), datetime(2026, 12, 8, 14, 30))
    assert spans == ComparedPeriods(
        span("2027-01-01", "2027-01-31", MONTH), span("2026-12-01", "2026-12-31", MONTH)
    )
    assert not spans.running


@pytest.mark.parametrize(
    "period",
    [Period.month(d("0001-01-15")), span("0001-01-01", "0001-01-02"), Period.day(d("0001-01-01"))],
)
def test_nothing_before_the_first_year_is_a_clear_error(period: Period) -> None:
    with pytest.raises(ValidationError) as caught:
        compared_periods(period, LATER)
    assert caught.value.field == "period"
    assert "nothing before 0001-01-01" in caught.value.render()
