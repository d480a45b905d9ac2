"""The holiday calendar in the database: seeded from chinese_calendar, kept by administrators.

Years the package covers are written once as ``seed`` entries. For a year it does not know,
working days fall back to weekends plus what an administrator entered, and the desk warns until
an administrator confirms that year complete.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import CalendarDayRow, CalendarYear
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.holiday_seed import package_version, seed_days, seed_years
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.workdays import CalendarDay, DayKind, WorkCalendar, clean_calendar_day
from hall_desk.services import audit
from hall_desk.services.session import StaffSession

#: How far ahead the desk looks for a year without holidays (deadlines reach that far).
WARNING_HORIZON_DAYS = 60
#: Another desk may edit the calendar; re-read it after this many seconds.
CACHE_SECONDS = 300.0


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
                with self._db.read() as s:
                    self._cached = load_calendar(s)
                self._loaded_at = time.monotonic()
            return self._cached

    def ensure_seeded(self) -> list[int]:
        """Write every year chinese_calendar knows that the database lacks; return those years."""
        wanted = seed_years()
        with self._db.read() as s:
            have = set(s.scalars(select(CalendarYear.year)))
        missing = [y for y in wanted if y not in have]
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
            have = set(s.scalars(select(CalendarYear.year)))
            added: list[int] = []
            for year in missing:
                if year in have:
                    continue
                days = seed_days(year) or []
                existing = {
                    row.day
                    for row in s.scalars(
                        select(CalendarDayRow).where(
                            CalendarDayRow.day >= date(year, 1, 1),
                            CalendarDayRow.day <= date(year, 12, 31),
                        )
                    )
                }
                for entry in days:
                    if entry.day in existing:
                        continue  # an administrator's entry wins over the package
                    s.add(
                        CalendarDayRow(
                            day=entry.day,
                            kind=entry.kind.value,
                            name=entry.name,
                            source="seed",
                            updated_at=now,
                        )
                    )
                s.add(CalendarYear(year=year, source=source, confirmed_at=now))
                added.append(year)
            return added

    def uncovered_years_ahead(self, today: date | None = None) -> list[int]:
        """Years within the warning horizon whose holidays nobody has entered yet."""
        today = today or self._clock.today()
        end = date.fromordinal(today.toordinal() + WARNING_HORIZON_DAYS)
        return self.calendar().uncovered_years(today, end)

    def year_status(self, year: int) -> YearStatus:
        with self._db.read() as s:
            row = s.get(CalendarYear, year)
            entries = len(self._entries(s, year))
        return YearStatus(year, row is not None, row.source if row else "", entries)

    def entries(self, year: int) -> list[CalendarEntry]:
        with self._db.read() as s:
            return self._entries(s, year)

    @staticmethod
    def _entries(s: Session, year: int) -> list[CalendarEntry]:
        rows = s.scalars(
            select(CalendarDayRow)
            .where(CalendarDayRow.day >= date(year, 1, 1), CalendarDayRow.day <= date(year, 12, 31))
            .order_by(CalendarDayRow.day)
        )
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
        """Mark a year's holidays as complete, which ends the warning for it."""
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
            if row is None:
                s.add(
                    CalendarYear(
                        year=year, source="admin", confirmed_at=now, confirmed_by_id=actor.staff_id
                    )
                )
            audit.record(
                s, at=now, actor=actor, action="confirm", entity="calendar_year", entity_id=year
            )
        self._invalidate()

    def _invalidate(self) -> None:
        with self._lock:
            self._cached = None


def load_calendar(s: Session) -> WorkCalendar:
    days = [
        CalendarDay(row.day, DayKind(row.kind), row.name)
        for row in s.scalars(select(CalendarDayRow))
    ]
    years = list(s.scalars(select(CalendarYear.year)))
    return WorkCalendar(days, years)
