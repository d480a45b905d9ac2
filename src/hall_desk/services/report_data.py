"""The figures of a center for a period, as the Today and Review pages, the printed report,
the Excel summary and ``hall-desk report`` all show them.

Every class here is a frozen dataclass of plain values. Labels of fixed lists (visitor
categories, purposes, ratings, ...) are English templates marked for translation (translate
them as messages); labels of things a center names itself (service items, offices, rooms)
are the stored names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from hall_desk.domain.periods import Period


@dataclass(frozen=True)
class CountRow:
    """One line of a breakdown: ``key`` is stable (an enum value or a code), ``label`` shown."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class DayCount:
    day: date
    count: int


@dataclass(frozen=True)
class VisitorFigures:
    visits: int
    """Registered visits that arrived in the period."""
    people: int
    """The people those visits brought (a group registers once with its size)."""
    by_category: tuple[CountRow, ...]
    """Visits per visitor category, every category in its fixed order, zeros included."""
    by_purpose: tuple[CountRow, ...]
    """Visits per purpose, every purpose in order; a visit with two purposes counts in both."""
    by_hour: tuple[int, ...]
    """24 counts of visits by the hour they arrived (0-23)."""
    per_day: tuple[DayCount, ...]
    """Visits on every day of the period, zeros included."""
    walk_ins: tuple[CountRow, ...]
    """Quick tallies (counted with one click, not registered) per kind, every kind in order."""
    walk_ins_total: int


@dataclass(frozen=True)
class BreakdownRow:
    """Cases of one service item or one office."""

    key: str  # item code, or the office name
    label: str  # item name, or the office name
    accepted: int
    completed: int
    agent: int


@dataclass(frozen=True)
class CaseFigures:
    received: int
    """Intakes in the period (accepted_at in the period), whatever came of them."""
    accepted: int
    """Intakes not refused: accepted, or accepted pending documents (一次性告知)."""
    refused: int
    """Intakes refused (不予受理)."""
    notified: int
    """One-time notices of missing documents given in the period."""
    completed: int
    """Cases completed (办结) in the period."""
    completed_late: int
    """Of those, completed after their promised date."""
    returned: int
    """Cases returned (退回) in the period."""
    agent: int
    """Accepted cases handled for the resident by someone else (帮办代办)."""
    by_item: tuple[BreakdownRow, ...]
    """Items with a case accepted or completed in the period; most accepted first, then code."""
    by_office: tuple[BreakdownRow, ...]
    """The same per office (the office holding the case now); most accepted first, then name."""


@dataclass(frozen=True)
class RoomRow:
    key: str  # room code
    label: str  # room name
    seats: int  # study-room seats; 0 for a room booked whole
    bookings: int
    checked_in: int
    no_shows: int
    cancelled: int
    booked_hours: float
    used_hours: float
    open_hours: float

    @property
    def share(self) -> float | None:
        """Used hours as a share of open hours (seat-hours of every seat for the study room)."""
        capacity = self.open_hours * max(self.seats, 1)
        return self.used_hours / capacity if capacity else None


@dataclass(frozen=True)
class RoomFigures:
    bookings: int
    """Bookings starting in the period and not cancelled or declined (pending, confirmed,
    checked in, or released as no-shows)."""
    checked_in: int
    no_shows: int
    cancelled: int
    """Cancelled or declined bookings that would have started in the period."""
    used_hours: float
    """Room-hours used by checked-in bookings; a study seat counts 1/seats of its room.
    While the period runs, only the part of each booking before the report's ``as_of``."""
    open_hours: float
    """Opening hours of every room on the days of the period, closures and holidays taken out;
    while the period runs, only those before the report's ``as_of``."""
    per_room: tuple[RoomRow, ...]
    """Every active room in its order, then retired rooms that had bookings."""

    @property
    def share(self) -> float | None:
        return self.used_hours / self.open_hours if self.open_hours else None


@dataclass(frozen=True)
class RatingDay:
    day: date
    count: int
    satisfied: int

    @property
    def rate(self) -> float | None:
        return self.satisfied / self.count if self.count else None


@dataclass(frozen=True)
class RatingFigures:
    count: int
    """Cases rated in the period."""
    satisfied: int
    """Of those, rated very satisfied, satisfied or fairly satisfied."""
    by_rating: tuple[CountRow, ...]
    """Every rating in order, zeros included."""
    per_day: tuple[RatingDay, ...]
    """Every day of the period."""

    @property
    def rate(self) -> float | None:
        return self.satisfied / self.count if self.count else None


@dataclass(frozen=True)
class BacklogFigures:
    """What stands open at the moment the report is made (not a count over the period)."""

    in_hall: int
    """Today's visitors not signed out yet."""
    open_cases: int
    waiting_docs: int
    overdue: int
    """Running cases (accepted, in progress) past their promised date."""
    due_today: int
    follow_ups_open: int
    """Call-backs owed for poor ratings (差评回访) not done yet."""
    checks_due: int
    """Elderly-age subsidy annual checks due."""
    receipts_outstanding: int
    """Party membership transfer receipts not back yet."""
    pending_bookings: int
    """Bookings waiting for an administrator's approval."""


@dataclass(frozen=True)
class PeriodReport:
    site_id: int
    site_code: str
    site_name: str
    period: Period
    generated_at: datetime
    visitors: VisitorFigures
    cases: CaseFigures
    rooms: RoomFigures
    ratings: RatingFigures
    backlog: BacklogFigures
    as_of: datetime | None = None
    """Set while the period is still running: its room hours (open and used) count up to
    this moment (see ``domain.periods.compared_periods``); None when they count whole."""


@dataclass(frozen=True)
class Comparison:
    current: PeriodReport
    previous: PeriodReport


@dataclass(frozen=True)
class CountyReport:
    """Every center on a shared server side by side, and their total."""

    period: Period
    sites: tuple[PeriodReport, ...]
    total: PeriodReport


@dataclass(frozen=True)
class RecordRow:
    """One record behind a figure, as the drill-down list shows it."""

    kind: str  # "visit", "walk_in", "case", "booking", "subsidy", "transfer", "follow_up"
    ref: str  # case or booking number, or "" (visits, tallies)
    at: datetime | None
    who: str  # the resident's or booker's name (never an ID number or phone)
    what: str  # purpose, service item, room, tally kind, ...
    status: str  # a label template (translate as a message) or ""
    detail: str  # anything else worth a glance: office, time, rating, due date


# -- adding centers together ------------------------------------------------------------------


def _merge_rows(groups: Iterable[Sequence[CountRow]]) -> tuple[CountRow, ...]:
    order: dict[str, CountRow] = {}
    for rows in groups:
        for row in rows:
            seen = order.get(row.key)
            order[row.key] = (
                row if seen is None else CountRow(row.key, seen.label, seen.count + row.count)
            )
    return tuple(order.values())


def _merge_days(groups: Iterable[Sequence[DayCount]]) -> tuple[DayCount, ...]:
    totals: dict[date, int] = {}
    for rows in groups:
        for row in rows:
            totals[row.day] = totals.get(row.day, 0) + row.count
    return tuple(DayCount(day, count) for day, count in sorted(totals.items()))


def _merge_breakdown(groups: Iterable[Sequence[BreakdownRow]]) -> tuple[BreakdownRow, ...]:
    merged: dict[str, BreakdownRow] = {}
    for rows in groups:
        for row in rows:
            seen = merged.get(row.key)
            merged[row.key] = (
                row
                if seen is None
                else BreakdownRow(
                    row.key,
                    seen.label,
                    seen.accepted + row.accepted,
                    seen.completed + row.completed,
                    seen.agent + row.agent,
                )
            )
    return tuple(sorted(merged.values(), key=lambda r: (-r.accepted, r.key)))


def _merge_rooms(groups: Iterable[Sequence[RoomRow]]) -> tuple[RoomRow, ...]:
    """Rooms of different centers are different rooms; they stay separate, named by code."""
    rows: list[RoomRow] = []
    for group in groups:
        rows.extend(group)
    return tuple(rows)


def _sum(reports: Sequence[PeriodReport], part: Callable[[PeriodReport], int]) -> int:
    return sum(part(r) for r in reports)


def total_report(
    reports: Sequence[PeriodReport],
    period: Period,
    generated_at: datetime,
    as_of: datetime | None = None,
) -> PeriodReport:
    """Every figure of ``reports`` added up (site id 0, code "ALL"); ``as_of`` as theirs."""
    v = [r.visitors for r in reports]
    c = [r.cases for r in reports]
    rooms = [r.rooms for r in reports]
    rating_days: dict[date, tuple[int, int]] = {}
    for report in reports:
        for day in report.ratings.per_day:
            count, satisfied = rating_days.get(day.day, (0, 0))
            rating_days[day.day] = (count + day.count, satisfied + day.satisfied)
    by_hour = tuple(sum(x.by_hour[h] for x in v) for h in range(24)) if v else (0,) * 24
    return PeriodReport(
        site_id=0,
        site_code="ALL",
        site_name="",
        period=period,
        generated_at=generated_at,
        visitors=VisitorFigures(
            visits=sum(x.visits for x in v),
            people=sum(x.people for x in v),
            by_category=_merge_rows(x.by_category for x in v),
            by_purpose=_merge_rows(x.by_purpose for x in v),
            by_hour=by_hour,
            per_day=_merge_days(x.per_day for x in v),
            walk_ins=_merge_rows(x.walk_ins for x in v),
            walk_ins_total=sum(x.walk_ins_total for x in v),
        ),
        cases=CaseFigures(
            received=sum(x.received for x in c),
            accepted=sum(x.accepted for x in c),
            refused=sum(x.refused for x in c),
            notified=sum(x.notified for x in c),
            completed=sum(x.completed for x in c),
            completed_late=sum(x.completed_late for x in c),
            returned=sum(x.returned for x in c),
            agent=sum(x.agent for x in c),
            by_item=_merge_breakdown(x.by_item for x in c),
            by_office=_merge_breakdown(x.by_office for x in c),
        ),
        rooms=RoomFigures(
            bookings=sum(x.bookings for x in rooms),
            checked_in=sum(x.checked_in for x in rooms),
            no_shows=sum(x.no_shows for x in rooms),
            cancelled=sum(x.cancelled for x in rooms),
            used_hours=sum(x.used_hours for x in rooms),
            open_hours=sum(x.open_hours for x in rooms),
            per_room=_merge_rooms(x.per_room for x in rooms),
        ),
        ratings=RatingFigures(
            count=_sum(reports, lambda r: r.ratings.count),
            satisfied=_sum(reports, lambda r: r.ratings.satisfied),
            by_rating=_merge_rows(r.ratings.by_rating for r in reports),
            per_day=tuple(
                RatingDay(day, count, satisfied)
                for day, (count, satisfied) in sorted(rating_days.items())
            ),
        ),
        backlog=BacklogFigures(
            in_hall=_sum(reports, lambda r: r.backlog.in_hall),
            open_cases=_sum(reports, lambda r: r.backlog.open_cases),
            waiting_docs=_sum(reports, lambda r: r.backlog.waiting_docs),
            overdue=_sum(reports, lambda r: r.backlog.overdue),
            due_today=_sum(reports, lambda r: r.backlog.due_today),
            follow_ups_open=_sum(reports, lambda r: r.backlog.follow_ups_open),
            checks_due=_sum(reports, lambda r: r.backlog.checks_due),
            receipts_outstanding=_sum(reports, lambda r: r.backlog.receipts_outstanding),
            pending_bookings=_sum(reports, lambda r: r.backlog.pending_bookings),
        ),
        as_of=as_of,
    )
