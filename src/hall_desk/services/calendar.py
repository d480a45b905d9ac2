"""The holiday calendar in the database: seeded from chinese_calendar, kept by administrators.

Years the package covers are written once as ``seed`` entries. A later year, up to a year
ahead, gets its statutory holidays derived from the national rule as ``rule`` entries and is
marked estimated (its ``calendar_year.source`` begins with "estimate"): the notice's 调休 is not
known yet, so the desk keeps warning until an administrator enters or confirms the notice. When
a newer package knows an estimated year, its data replaces the estimate. Any other year falls
back to weekends plus what an administrator entered, with the same warning.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import CalendarDayRow, CalendarYear
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.holiday_seed import package_version, seed_days, seed_years
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.statutory_holidays import (
    FIRST_RULE_YEAR,
    LAST_RULE_YEAR,
    library_version,
    statutory_holidays,
)
from hall_desk.domain.workdays import CalendarDay, DayKind, WorkCalendar, clean_calendar_day
from hall_desk.services import audit
from hall_desk.services.session import StaffSession

#: How far ahead the desk looks for a year without holidays (deadlines reach that far).
WARNING_HORIZON_DAYS = 60
#: Another desk may edit the calendar; re-read it after this many seconds.
CACHE_SECONDS = 300.0
#: Later years get estimated holidays up to this many years after today's (bookings and
#: deadlines reach up to a year ahead).
ESTIMATE_YEARS_AHEAD = 1
#: ``calendar_day.source`` of a statutory holiday derived from the national rule.
RULE_SOURCE = "rule"
#: ``calendar_year.source`` of an estimated year begins with this.
ESTIMATE_PREFIX = "estimate"


def is_estimate(year_source: str) -> bool:
    """Whether a ``calendar_year.source`` marks the year as estimated (调休 not yet known)."""
    return year_source.startswith(ESTIMATE_PREFIX)


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: DayKind
    name: str
    source: str


@dataclass(frozen=True)
class YearStatus:
    year: int
    covered: bool
    source: str
    entries: int
    estimated: bool = False  # statutory holidays derived from the rule; 调休 not yet known


class CalendarService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._lock = threading.Lock()
        self._cached: WorkCalendar | None = None
        self._loaded_at = 0.0

    # -- reading -------------------------------------------------------------------------
    def calendar(self) -> WorkCalendar:
        """The working-day calendar as stored, seeding missing package years on first use."""
        with self._lock:
            if self._cached is None or time.monotonic() - self._loaded_at > CACHE_SECONDS:
                self.ensure_seeded()
                self.ensure_estimated()
                with self._db.read() as s:
                    self._cached = load_calendar(s)
                self._loaded_at = time.monotonic()
            return self._cached

    def ensure_seeded(self) -> list[int]:
        """Write every year chinese_calendar knows that the database lacks or only estimated.

        Returns the years written.
        """
        wanted = seed_years()
        with self._db.read() as s:
            have = {year: source for year, source in s.execute(_YEAR_SOURCES)}
        missing = [y for y in wanted if y not in have or is_estimate(have[y])]
        if not missing:
            return []
        now = self._clock.now()
        source = f"chinese_calendar {package_version()}"
        try:
            return self._seed(missing, now, source)
        except IntegrityError:
            return []  # another desk seeded the same years at the same moment

    def _seed(self, missing: list[int], now: datetime, source: str) -> list[int]:
        with self._db.write() as s:
            have = {row.year: row for row in s.scalars(select(CalendarYear))}
            added: list[int] = []
            for year in missing:
                row = have.get(year)
                if row is not None and not is_estimate(row.source):
                    continue
                if row is not None:
                    # The package now knows a year that was estimated: its data replaces the
                    # derived days; an administrator's entries stay.
                    s.execute(
                        delete(CalendarDayRow).where(
                            _in_year(year), CalendarDayRow.source == RULE_SOURCE
                        )
                    )
                _add_days(s, seed_days(year) or [], "seed", now)
                if row is None:
                    s.add(CalendarYear(year=year, source=source, confirmed_at=now))
                else:
                    row.source = source
                    row.confirmed_at = now
                    row.confirmed_by_id = None
                added.append(year)
            return added

    def ensure_estimated(self, today: date | None = None) -> list[int]:
        """Estimate each later year up to ``ESTIMATE_YEARS_AHEAD`` ahead that has no record.

        The statutory holidays come from the national rule; the year is marked estimated, so it
        stays uncovered and warned about. Returns the years written.
        """
        today = today or self._clock.today()
        known = set(seed_years())
        last = min(today.year + ESTIMATE_YEARS_AHEAD, LAST_RULE_YEAR)
        wanted = [y for y in range(FIRST_RULE_YEAR, last + 1) if y not in known]
        if not wanted:
            return []
        with self._db.read() as s:
            have = set(s.scalars(select(CalendarYear.year)))
        missing = [y for y in wanted if y not in have]
        if not missing:
            return []
        try:
            return self._estimate(missing, self._clock.now())
        except IntegrityError:
            return []  # another desk estimated the same years at the same moment

    def _estimate(self, missing: list[int], now: datetime) -> list[int]:
        source = f"{ESTIMATE_PREFIX}: lunar_python {library_version()}"
        with self._db.write() as s:
            have = set(s.scalars(select(CalendarYear.year)))
            added: list[int] = []
            for year in missing:
                if year in have:
                    continue
                _add_days(s, statutory_holidays(year), RULE_SOURCE, now)
                s.add(CalendarYear(year=year, source=source[:40], confirmed_at=now))
                added.append(year)
            return added

    def uncovered_years_ahead(self, today: date | None = None) -> list[int]:
        """Years within the warning horizon whose holidays nobody has entered yet."""
        today = today or self._clock.today()
        end = date.fromordinal(today.toordinal() + WARNING_HORIZON_DAYS)
        return self.calendar().uncovered_years(today, end)

    def estimated_years_ahead(self, today: date | None = None) -> list[int]:
        """Years within the warning horizon whose holidays are estimated, 调休 not yet known."""
        today = today or self._clock.today()
        end = date.fromordinal(today.toordinal() + WARNING_HORIZON_DAYS)
        return self.calendar().estimated_years(today, end)

    def year_status(self, year: int) -> YearStatus:
        """Whether ``year`` is complete, estimated or neither, and how many entries it has."""
        self.calendar()  # seeds and estimates what is due first
        with self._db.read() as s:
            row = s.get(CalendarYear, year)
            entries = len(self._entries(s, year))
        if row is None:
            return YearStatus(year, False, "", entries)
        estimated = is_estimate(row.source)
        return YearStatus(year, not estimated, row.source, entries, estimated)

    def entries(self, year: int) -> list[CalendarEntry]:
        """The entries of ``year`` in date order, with where each came from."""
        self.calendar()  # seeds and estimates what is due first
        with self._db.read() as s:
            return self._entries(s, year)

    @staticmethod
    def _entries(s: Session, year: int) -> list[CalendarEntry]:
        rows = s.scalars(select(CalendarDayRow).where(_in_year(year)).order_by(CalendarDayRow.day))
        return [CalendarEntry(r.day, DayKind(r.kind), r.name, r.source) for r in rows]

    # -- administrators ------------------------------------------------------------------
    def set_day(self, actor: StaffSession, day: date | None, kind: str, name: str) -> CalendarEntry:
        """Add or change one holiday or make-up working day."""
        actor.require_admin()
        entry = clean_calendar_day(day, kind, name)
        now = self._clock.now()
        with self._db.write() as s:
            row = s.get(CalendarDayRow, entry.day)
            before = (row.kind, row.name) if row else None
            if row is None:
                row = CalendarDayRow(day=entry.day)
                s.add(row)
            row.kind = entry.kind.value
            row.name = entry.name
            row.source = "admin"
            row.updated_at = now
            row.updated_by_id = actor.staff_id
            audit.record(
                s,
                at=now,
                actor=actor,
                action="set",
                entity="calendar_day",
                entity_id=entry.day.isoformat(),
                kind=entry.kind.value,
                name=entry.name,
                before=before,
            )
        self._invalidate()
        return CalendarEntry(entry.day, entry.kind, entry.name, "admin")

    def remove_day(self, actor: StaffSession, day: date) -> None:
        actor.require_admin()
        now = self._clock.now()
        with self._db.write() as s:
            row = s.get(CalendarDayRow, day)
            if row is None:
                return
            s.execute(delete(CalendarDayRow).where(CalendarDayRow.day == day))
            audit.record(
                s,
                at=now,
                actor=actor,
                action="remove",
                entity="calendar_day",
                entity_id=day.isoformat(),
                kind=row.kind,
                name=row.name,
            )
        self._invalidate()

    def confirm_year(self, actor: StaffSession, year: int) -> None:
        """Mark a year's holidays as complete, which ends the warning for it.

        For an estimated year this is the administrator's word that the State Council's notice
        has been entered or checked: the year stops being an estimate.
        """
        actor.require_admin()
        if not 2000 <= year <= 2100:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please choose a year between 2000 and 2100."),
                field="holiday_year",
            )
        now = self._clock.now()
        with self._db.write() as s:
            entries = self._entries(s, year)
            if not any(e.kind is DayKind.HOLIDAY for e in entries):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Enter {year}'s public holidays first (at least New Year's Day); "
                        "then mark the year complete.",
                    ),
                    field="holiday_year",
                    year=year,
                )
            row = s.get(CalendarYear, year)
            estimated = row is not None and is_estimate(row.source)
            if row is None:
                s.add(
                    CalendarYear(
                        year=year, source="admin", confirmed_at=now, confirmed_by_id=actor.staff_id
                    )
                )
            elif estimated:
                row.source = "admin"
                row.confirmed_at = now
                row.confirmed_by_id = actor.staff_id
            audit.record(
                s,
                at=now,
                actor=actor,
                action="confirm",
                entity="calendar_year",
                entity_id=year,
                estimated=estimated,
            )
        self._invalidate()

    def _invalidate(self) -> None:
        with self._lock:
            self._cached = None


_YEAR_SOURCES = select(CalendarYear.year, CalendarYear.source)


def _in_year(year: int) -> ColumnElement[bool]:
    return CalendarDayRow.day.between(date(year, 1, 1), date(year, 12, 31))


def _add_days(s: Session, days: list[CalendarDay], source: str, now: datetime) -> None:
    """Write ``days`` except where the year already has an entry (an administrator's wins)."""
    if not days:
        return
    year = days[0].day.year
    existing = set(s.scalars(select(CalendarDayRow.day).where(_in_year(year))))
    for entry in days:
        if entry.day in existing:
            continue
        s.add(
            CalendarDayRow(
                day=entry.day,
                kind=entry.kind.value,
                name=entry.name,
                source=source,
                updated_at=now,
            )
        )


def load_calendar(s: Session) -> WorkCalendar:
    days = [
        CalendarDay(row.day, DayKind(row.kind), row.name)
        for row in s.scalars(select(CalendarDayRow))
    ]
    years = s.execute(_YEAR_SOURCES).all()
    covered = [year for year, source in years if not is_estimate(source)]
    estimated = [year for year, source in years if is_estimate(source)]
    return WorkCalendar(days, covered, estimated)


def promise_is_estimated(s: Session, due: date | None) -> bool:
    """Whether a promised date falls in an estimated year (for the slip's small print)."""
    if due is None:
        return False
    row = s.get(CalendarYear, due.year)
    return row is not None and is_estimate(row.source)
