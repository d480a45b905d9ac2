"""The figures of a center for a period, as plain values.

The Today and Review pages, the printed report, the Excel summary and ``hall-desk report``
all show them; ``services.figures`` counts them from the database and ``printing`` lays them
out. Every class here is a frozen dataclass of plain values. Labels of fixed lists (visitor
categories, purposes, ratings, ...) are English templates marked for translation (translate
them as messages); labels of things a center names itself (service items, offices, rooms)
are the stored names.
"""

from __future__ import annotations

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
