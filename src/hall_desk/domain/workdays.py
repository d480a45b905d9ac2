"""Working days (工作日): public holidays, make-up working days and promised finish dates.

A day is a working day when it is Monday to Friday, unless the calendar says otherwise: a
public holiday (放假) turns a weekday into a day off, and a make-up working day (调休上班)
turns a Saturday or Sunday into a working day. The calendar itself lives in the database,
seeded from the ``chinesecalendar`` package and kept by an administrator; this module only
computes with the entries it is given. Years whose holidays have not been entered completely
are "uncovered": they count weekends plus whatever entries exist, and the UI warns about them.
An uncovered year may be "estimated": its statutory holidays were derived from the national
rule (``statutory_holidays``), but the notice's 调休 is not known yet.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import accumulate

from hall_desk.domain.errors import FieldError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

MAX_HOLIDAY_NAME_LENGTH = 20
MIN_CALENDAR_YEAR = 1900
MAX_CALENDAR_YEAR = 2199

_ONE_DAY = timedelta(days=1)


class DayKind(StrEnum):
    """What an entry of the calendar does to its day."""

    HOLIDAY = "holiday"
    """A day off: a public holiday on a weekday, or any day of a named holiday break."""
    WORKDAY = "workday"
    """A make-up working day (调休上班), normally a Saturday or Sunday."""


DAY_KIND_LABELS: dict[DayKind, str] = {
    DayKind.HOLIDAY: QT_TRANSLATE_NOOP("Messages", "Public holiday (day off)"),
    DayKind.WORKDAY: QT_TRANSLATE_NOOP("Messages", "Make-up working day"),
}


@dataclass(frozen=True)
class CalendarDay:
    """One entry of the holiday calendar, e.g. 2026-02-17, holiday, "春节"."""

    day: date
    kind: DayKind
    name: str = ""


def clean_calendar_day(day: date | None, kind: str, name: str) -> CalendarDay:
    """Check an entry typed into the holiday editor; every bad field is reported at once."""
    errors: list[FieldError | ValidationError] = []
    if isinstance(day, datetime):
        day = day.date()
    if day is None:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please enter the date."), field="holiday_day"
            )
        )
    elif not MIN_CALENDAR_YEAR <= day.year <= MAX_CALENDAR_YEAR:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The date must be in the years {min} to {max}."),
                field="holiday_day",
                min=MIN_CALENDAR_YEAR,
                max=MAX_CALENDAR_YEAR,
            )
        )
        day = None

    try:
        day_kind: DayKind | None = DayKind(kind)
    except ValueError:
        day_kind = None
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Please choose whether the day is a public holiday or a make-up working day.",
                ),
                field="holiday_kind",
            )
        )

    if day is not None and day_kind is DayKind.WORKDAY and day.weekday() < 5:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{date} falls on a weekday, so it is already a working day. Only a Saturday "
                    "or a Sunday can be entered as a make-up working day.",
                ),
                field="holiday_day",
                date=day.isoformat(),
            )
        )

    text = name.strip()
    if any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in text):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The holiday name contains invisible control characters."
                ),
                field="holiday_name",
            )
        )
    elif len(text) > MAX_HOLIDAY_NAME_LENGTH:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The holiday name is {length} characters long; at most {max} are allowed.",
                ),
                field="holiday_name",
                length=len(text),
                max=MAX_HOLIDAY_NAME_LENGTH,
            )
        )

    if errors:
        raise ValidationError.many(errors)
    assert day is not None and day_kind is not None
    return CalendarDay(day, day_kind, text)


def _weekdays_between(first: date, last: date) -> int:
    """How many Mondays to Fridays lie in ``first .. last``, both included."""
    total = (last - first).days + 1
    if total <= 0:
        return 0
    weeks, rest = divmod(total, 7)
    start = first.weekday()
    return weeks * 5 + sum(1 for i in range(rest) if (start + i) % 7 < 5)


class WorkCalendar:
    """Working days from a set of calendar entries and the years they cover completely.

    An entry decides its day; every other day is a working day when it is Monday to Friday.
    When two entries name the same day, the later one wins. ``estimated_years`` are years whose
    entries are the statutory holidays derived from the national rule, 调休 not yet known; they
    are not covered, so the desk keeps warning about them.
    """

    def __init__(
        self,
        days: Iterable[CalendarDay],
        covered_years: Iterable[int],
        estimated_years: Iterable[int] = (),
    ) -> None:
        self._entries: dict[date, CalendarDay] = {}
        for entry in days:
            self._entries[entry.day] = entry
        self._covered = frozenset(covered_years)
        self._estimated = frozenset(estimated_years) - self._covered
        self._by_year: dict[int, list[CalendarDay]] = {}
        for entry in sorted(self._entries.values(), key=lambda e: e.day):
            self._by_year.setdefault(entry.day.year, []).append(entry)
        # Entries that change the plain Monday-Friday rule, with a running total of the change,
        # so that counting working days over any range is a couple of binary searches.
        changes = [
            (d, 1 if entry.kind is DayKind.WORKDAY else -1)
            for d, entry in sorted(self._entries.items())
            if (entry.kind is DayKind.WORKDAY) == (d.weekday() >= 5)
        ]
        self._change_days = [d for d, _ in changes]
        self._change_totals = [0, *accumulate(delta for _, delta in changes)]

    def public_holiday(self, d: date) -> str | None:
        """The name of the public holiday ``d`` belongs to ("" if unnamed), or ``None``."""
        entry = self._entries.get(d)
        if entry is None or entry.kind is not DayKind.HOLIDAY:
            return None
        return entry.name

    def is_workday(self, d: date) -> bool:
        """Whether the center's staff work on ``d``."""
        entry = self._entries.get(d)
        if entry is not None:
            return entry.kind is DayKind.WORKDAY
        return d.weekday() < 5

    def is_covered(self, year: int) -> bool:
        """Whether the holidays of ``year`` are known completely."""
        return year in self._covered

    def is_estimated(self, year: int) -> bool:
        """Whether ``year`` counts statutory holidays derived from the rule, 调休 unknown."""
        return year in self._estimated

    def uncovered_years(self, start: date, end: date) -> list[int]:
        """The years from ``start.year`` to ``end.year`` whose holidays are not known.

        Estimated years are among them: their 调休 is not known yet.
        """
        return [y for y in range(start.year, end.year + 1) if y not in self._covered]

    def estimated_years(self, start: date, end: date) -> list[int]:
        """The years from ``start.year`` to ``end.year`` whose holidays are estimated."""
        return [y for y in range(start.year, end.year + 1) if y in self._estimated]

    def next_workday(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        d += _ONE_DAY
        while not self.is_workday(d):
            d += _ONE_DAY
        return d

    def add_working_days(self, start: date, n: int) -> date:
        """The promised finish date of a case accepted on ``start`` with ``n`` working days.

        The day of acceptance does not count: the result is the ``n``-th working day after
        ``start``. ``n == 0`` means the case is handled on the spot, so ``start`` comes back
        even when it is a holiday.
        """
        if n < 0:
            raise ValueError(f"the number of working days must not be negative, got {n}")
        d = start
        for _ in range(n):
            d = self.next_workday(d)
        return d

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days ``d`` satisfy ``start < d <= end`` (0 if ``end <= start``)."""
        if end <= start:
            return 0
        plain = _weekdays_between(start + _ONE_DAY, end)
        lo = bisect_right(self._change_days, start)
        hi = bisect_right(self._change_days, end)
        return plain + self._change_totals[hi] - self._change_totals[lo]

    def entry(self, d: date) -> CalendarDay | None:
        """The calendar entry for ``d``, if there is one."""
        return self._entries.get(d)

    def holiday_name(self, d: date) -> str:
        """The name of the entry for ``d`` (e.g. "春节"), or "" when it has none."""
        entry = self._entries.get(d)
        return entry.name if entry is not None else ""

    def entries_for_year(self, year: int) -> list[CalendarDay]:
        """The entries of ``year`` in date order."""
        return list(self._by_year.get(year, ()))


__all__ = [
    "DAY_KIND_LABELS",
    "MAX_CALENDAR_YEAR",
    "MAX_HOLIDAY_NAME_LENGTH",
    "MIN_CALENDAR_YEAR",
    "CalendarDay",
    "DayKind",
    "WorkCalendar",
    "clean_calendar_day",
]
