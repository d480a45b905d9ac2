"""Comparisons that are fair: a period still running against the same stretch of the period
before, its room hours (open and used) counted only up to now.

The month of ``test_stats`` is made through the real services; open and used hours are
counted by hand from the room list, the closures and the bookings the scenario made.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from hall_desk.domain.bookings import BookingStatus
from hall_desk.domain.periods import Period, PeriodKind
from hall_desk.domain.reports import PeriodReport
from hall_desk.services import Services
from tests.conftest import NOW
from tests.services.figures.test_stats import HOLIDAY, MONTH, TODAY, Desk, at, build, nov


@pytest.fixture
def desk(services: Services, admin, clerk) -> Desk:
    return build(services, admin, clerk)


def open_hours_by_hand(desk: Desk, period: Period, until: datetime | None) -> dict[str, float]:
    """Each listed room's opening hours on the days of ``period``, up to ``until``; public
    holidays (the scenario's and the calendar's, e.g. National Day) close all but the
    24-hour zone."""
    holiday = desk.sv.calendar.calendar().public_holiday
    hours: dict[str, float] = {}
    for room in desk.sv.rooms.rooms(desk.admin, include_retired=True):
        opened = 0.0
        for day in period.dates():
            closed = any(
                code in (None, room.spec.code) and first <= day <= last
                for code, first, last in desk.made.closures
            ) or (holiday(day) is not None and not room.spec.zone_24h)
            span = room.spec.hours_on(day)
            if closed or span is None:
                continue
            opens, closes = span
            if until is not None and day == until.date():
                closes = min(closes, until.hour * 60 + until.minute)
            opened += max(0, closes - opens) / 60
        hours[room.spec.code] = opened
    return hours


def used_hours_by_hand(desk: Desk, period: Period, until: datetime | None) -> dict[str, float]:
    """Hours of checked-in bookings starting in ``period``, the part before ``until``."""
    used: dict[str, float] = {}
    for booking in desk.made.bookings.values():
        if booking.status is not BookingStatus.CHECKED_IN:
            continue
        if not period.start <= booking.starts_at < period.end:
            continue
        end = booking.ends_at if until is None else min(booking.ends_at, until)
        hours = max(0.0, (end - booking.starts_at).total_seconds() / 3600)
        used[booking.room] = used.get(booking.room, 0.0) + hours
    return used


def check_room_hours(desk: Desk, report: PeriodReport) -> None:
    opened = open_hours_by_hand(desk, report.period, report.as_of)
    used = used_hours_by_hand(desk, report.period, report.as_of)
    for row in report.rooms.per_room:
        assert row.open_hours == pytest.approx(opened[row.key]), (row.key, report.period)
        assert row.used_hours == pytest.approx(used.get(row.key, 0.0)), (row.key, report.period)
    assert report.rooms.open_hours == pytest.approx(
        sum(r.open_hours for r in report.rooms.per_room)
    )


def test_a_running_month_counts_room_hours_up_to_now(services: Services, desk: Desk) -> None:
    assert desk.sv.calendar.calendar().public_holiday(HOLIDAY) is not None
    both = services.stats.compare(desk.clerk, MONTH)
    now, before = both.current, both.previous
    assert (now.period.first, now.period.last, now.as_of) == (nov(1), TODAY, NOW)
    assert (before.period.first, before.period.last) == (date(2026, 10, 1), date(2026, 10, 20))
    assert before.as_of == datetime(2026, 10, 20, 9, 30)
    check_room_hours(desk, now)
    check_room_hours(desk, before)
    # Before: the whole month's opening hours, ten days of them still to come, were the
    # denominator, and November stood against a whole October.
    whole = services.stats.report(desk.clerk, MONTH).rooms
    assert now.rooms.open_hours < whole.open_hours * 0.75
    assert now.rooms.share is not None and whole.share is not None
    assert now.rooms.share > whole.share


def test_today_against_yesterday_to_the_same_time(services: Services, desk: Desk) -> None:
    # The reading room's booking of 10:00-12:00 today is checked in and half an hour used.
    booking_id = next(
        i
        for i, b in desk.made.bookings.items()
        if b.room == "YL01" and b.starts_at == at(TODAY, 10)
    )
    desk.at(at(TODAY, 9, 50))
    services.bookings.check_in(desk.clerk, booking_id)
    desk.booking_now(booking_id, BookingStatus.CHECKED_IN)
    desk.at(at(TODAY, 10, 30))

    both = services.stats.compare(desk.clerk, Period.day(TODAY))
    now, before = both.current, both.previous
    assert now.period == Period.day(TODAY) and before.period == Period.day(nov(19))
    assert now.as_of == at(TODAY, 10, 30) and before.as_of == at(nov(19), 10, 30)
    check_room_hours(desk, now)
    check_room_hours(desk, before)
    reading = next(r for r in now.rooms.per_room if r.key == "YL01")
    assert reading.used_hours == pytest.approx(0.5)
    # Yesterday's study seats: 9:00-11:00 counts until 10:30, 18:00-21:00 not at all.
    study = next(r for r in before.rooms.per_room if r.key == "ZX01")
    assert study.used_hours == pytest.approx(1.5)
    assert study.open_hours == pytest.approx(10.5)  # the 24-hour zone, midnight to 10:30
    # The counts are of whole days: yesterday's evening booking is still a booking.
    whole_day = services.stats.report(desk.clerk, Period.day(nov(19)))
    assert before.rooms.bookings == whole_day.rooms.bookings
    assert before.visitors == whole_day.visitors


def test_every_center_counts_a_running_period_as_the_comparison_does(
    services: Services, desk: Desk
) -> None:
    county = services.stats.every_center(MONTH)
    compared = services.stats.site_compare(desk.clerk.site_id, MONTH).current
    assert county.period == compared.period == Period(nov(1), TODAY, PeriodKind.MONTH)
    assert county.sites == (compared,)
    assert county.total.as_of == NOW
    assert county.total.rooms.open_hours == pytest.approx(compared.rooms.open_hours)


def test_a_month_that_is_over_counts_whole(services: Services, desk: Desk) -> None:
    desk.at(NOW + timedelta(days=30))
    both = services.stats.compare(desk.clerk, MONTH)
    assert both.current.period == MONTH and both.current.as_of is None
    assert both.previous.period == Period.month(date(2026, 10, 1)) and both.previous.as_of is None
    check_room_hours(desk, both.current)
    check_room_hours(desk, both.previous)
