"""The figures of a period as the Today and Review pages show them: which value of a
``PeriodReport`` each one is, how it is written, which records lie behind it and whether a
rise is good news.

Plain definitions and text formatting; no widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.reports import PeriodReport

CONTEXT = "Figures"


class Unit(Enum):
    COUNT = "count"
    HOURS = "hours"
    SHARE = "share"  # a fraction shown as a percentage


class Trend(Enum):
    """What a change means to the center (the colour it is shown in)."""

    SAME = "same"
    GOOD = "good"
    BAD = "bad"


@dataclass(frozen=True)
class Figure:
    key: str
    label: str  # marked with QT_TRANSLATE_NOOP(CONTEXT, ...)
    value: Callable[[PeriodReport], float | None]
    records: str | None = None
    """The drill-down key of ``StatsService.records``; None when no record lies behind it."""
    unit: Unit = Unit.COUNT
    invert: bool = False
    """A rise is bad news (late completions, no-shows, overdue cases)."""

    def text(self) -> str:
        return figure_label(self.label)


@dataclass(frozen=True)
class Section:
    label: str
    figures: tuple[Figure, ...]

    def text(self) -> str:
        return figure_label(self.label)


def figure_label(label: str) -> str:
    return QCoreApplication.translate(CONTEXT, label)


def _f(
    key: str,
    label: str,
    value: Callable[[PeriodReport], float | None],
    records: str | None,
    unit: Unit = Unit.COUNT,
    invert: bool = False,
) -> Figure:
    return Figure(key, label, value, records, unit, invert)


# fmt: off
#: Every period figure, in the order the comparison table and the printed report list them.
PERIOD_SECTIONS: tuple[Section, ...] = (
    Section(
        QT_TRANSLATE_NOOP("Figures", "Visitors"),
        (
            _f("visits", QT_TRANSLATE_NOOP("Figures", "Registered visits"),
               lambda r: r.visitors.visits, "visitors"),
            _f("people", QT_TRANSLATE_NOOP("Figures", "People"),
               lambda r: r.visitors.people, "visitors"),
            _f("walk_ins", QT_TRANSLATE_NOOP("Figures", "Walk-ins counted"),
               lambda r: r.visitors.walk_ins_total, "walk_ins"),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Figures", "Service cases"),
        (
            _f("received", QT_TRANSLATE_NOOP("Figures", "Received"),
               lambda r: r.cases.received, "cases.received"),
            _f("accepted", QT_TRANSLATE_NOOP("Figures", "Accepted"),
               lambda r: r.cases.accepted, "cases.accepted"),
            _f("notified", QT_TRANSLATE_NOOP("Figures", "One-time notices"),
               lambda r: r.cases.notified, "cases.notified"),
            _f("refused", QT_TRANSLATE_NOOP("Figures", "Refused"),
               lambda r: r.cases.refused, "cases.refused"),
            _f("completed", QT_TRANSLATE_NOOP("Figures", "Completed"),
               lambda r: r.cases.completed, "cases.completed"),
            _f("completed_late", QT_TRANSLATE_NOOP("Figures", "Completed late"),
               lambda r: r.cases.completed_late, "cases.completed_late", invert=True),
            _f("returned", QT_TRANSLATE_NOOP("Figures", "Returned"),
               lambda r: r.cases.returned, "cases.returned"),
            _f("agent", QT_TRANSLATE_NOOP("Figures", "By agent"),
               lambda r: r.cases.agent, "cases.agent"),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Figures", "Room bookings"),
        (
            _f("bookings", QT_TRANSLATE_NOOP("Figures", "Bookings"),
               lambda r: r.rooms.bookings, "rooms.bookings"),
            _f("checked_in", QT_TRANSLATE_NOOP("Figures", "Checked in"),
               lambda r: r.rooms.checked_in, "rooms.checked_in"),
            _f("no_shows", QT_TRANSLATE_NOOP("Figures", "No-shows"),
               lambda r: r.rooms.no_shows, "rooms.no_shows", invert=True),
            _f("cancelled", QT_TRANSLATE_NOOP("Figures", "Cancelled"),
               lambda r: r.rooms.cancelled, "rooms.cancelled"),
            _f("used_hours", QT_TRANSLATE_NOOP("Figures", "Hours used"),
               lambda r: r.rooms.used_hours, "rooms.checked_in", Unit.HOURS),
            _f("open_hours", QT_TRANSLATE_NOOP("Figures", "Hours open"),
               lambda r: r.rooms.open_hours, None, Unit.HOURS),
            _f("room_share", QT_TRANSLATE_NOOP("Figures", "Share of hours used"),
               lambda r: r.rooms.share, "rooms.checked_in", Unit.SHARE),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Figures", "Ratings"),
        (
            _f("ratings", QT_TRANSLATE_NOOP("Figures", "Ratings given"),
               lambda r: r.ratings.count, "ratings"),
            _f("satisfied", QT_TRANSLATE_NOOP("Figures", "Satisfied"),
               lambda r: r.ratings.satisfied, "ratings.satisfied"),
            _f("satisfaction", QT_TRANSLATE_NOOP("Figures", "Satisfaction rate"),
               lambda r: r.ratings.rate, "ratings", Unit.SHARE),
        ),
    ),
)
# fmt: on

PERIOD_FIGURES: tuple[Figure, ...] = tuple(f for s in PERIOD_SECTIONS for f in s.figures)


def figure(key: str) -> Figure:
    return next(f for f in PERIOD_FIGURES if f.key == key)


# -- writing values and changes ---------------------------------------------------------------


def value_text(value: float | None, unit: Unit = Unit.COUNT) -> str:
    """``12``, ``3.5`` (hours) or ``41.7%``; a dash when there is nothing to divide by."""
    if value is None:
        return "—"
    if unit is Unit.SHARE:
        return f"{value * 100:.1f}%"
    if unit is Unit.HOURS:
        return f"{value:.1f}"
    return str(round(value))


def change_text(current: float | None, previous: float | None, unit: Unit = Unit.COUNT) -> str:
    """The change as a signed number: ``+3``, ``-1.5`` or, for a share, percentage points."""
    if current is None or previous is None:
        return "—"
    diff = current - previous
    if unit is Unit.SHARE:
        points = round(diff * 100, 1)
        return QCoreApplication.translate("Figures", "{points} pts").format(
            points=f"{points:+.1f}" if points else "0"
        )
    if unit is Unit.HOURS:
        diff = round(diff, 1)
        return f"{diff:+.1f}" if diff else "0"
    whole = round(diff)
    return f"{whole:+d}" if whole else "0"


def change_percent_text(
    current: float | None, previous: float | None, unit: Unit = Unit.COUNT
) -> str:
    """The change relative to the previous value; empty for shares (their change is already
    in points) and a dash when the previous value was nothing."""
    if unit is Unit.SHARE:
        return ""
    if current is None or previous is None:
        return "—"
    if not previous:
        return "0%" if not current else "—"
    percent = round((current - previous) / previous * 100, 1)
    return f"{percent:+.1f}%" if percent else "0%"


def trend(current: float | None, previous: float | None, invert: bool = False) -> Trend:
    if current is None or previous is None:
        return Trend.SAME
    diff = current - previous
    if abs(diff) < 1e-9:
        return Trend.SAME
    rising = diff > 0
    return Trend.GOOD if rising != invert else Trend.BAD
