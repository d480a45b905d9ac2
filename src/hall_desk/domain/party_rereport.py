"""Reporting again every half year (再报到): a member is due when the last report was six
months ago or more, and "due soon" within 30 days of that. A member who left is never due.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum

from hall_desk.domain.party_transfer import add_months

#: Members report again every this many months.
REREPORT_MONTHS = 6
#: A member is "due soon" this many days before the report falls due.
REREPORT_SOON_DAYS = 30


class ReportState(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    DUE = "due"
    LEFT = "left"


def rereport_due_on(last_reported_on: date) -> date:
    """The day a member must report again: six months after the last report."""
    return add_months(last_reported_on, REREPORT_MONTHS)


def rereport_state(last_reported_on: date, today: date, left_on: date | None = None) -> ReportState:
    """Whether a member is due to report again on ``today``.

    Due when the due day has come (``last_reported_on`` + 6 months <= ``today``); due soon
    when it comes within :data:`REREPORT_SOON_DAYS` days; a member who left is never due.
    """
    if left_on is not None:
        return ReportState.LEFT
    due = rereport_due_on(last_reported_on)
    if due <= today:
        return ReportState.DUE
    if due - today <= timedelta(days=REREPORT_SOON_DAYS):
        return ReportState.DUE_SOON
    return ReportState.ON_TIME


def due_soon_cutoff(today: date) -> date:
    """Members whose last report is on or before this day are due or due soon on ``today``."""
    return _last_report_due_by(today + timedelta(days=REREPORT_SOON_DAYS))


def due_cutoff(today: date) -> date:
    """Members whose last report is on or before this day are due on ``today``."""
    return _last_report_due_by(today)


def _last_report_due_by(day: date) -> date:
    """The latest last report whose due day is ``day`` or earlier. At a month's end every
    later day of the month six months before falls due by then too (31 Aug -> 28 Feb)."""
    back = add_months(day, -REREPORT_MONTHS)
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        back = back.replace(day=calendar.monthrange(back.year, back.month)[1])
    return back
