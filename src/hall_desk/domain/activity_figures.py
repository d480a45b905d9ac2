"""The figures of the activities desk (活动报名 · 签到 · 志愿服务时长) as values.

The Today and Review pages, the printed report, the ledgers, the county view and ``hall-desk
activities`` all show these; ``services.figures.activity_stats`` counts them in SQL. Counts are
ints; every rate is a property that is None when there is nothing to divide by.

What each figure counts (a moment ``t`` is in the period when ``start <= t < end``, in the
center's naive wall-clock time; "the period's sessions" are the sessions still planned, not
cancelled, that start in the period):

- activities: activities with at least one of the period's sessions (held in it).
- sessions: the period's sessions.
- signups: sign-ups made in the period (``created_at``), whether enrolled or on the waiting
  list and whatever became of them later; cancellations: sign-ups cancelled in the period
  (``cancelled_at``). ``waiting_now`` (of the whole figures, not per row): people on a waiting
  list now, of activities not cancelled.
- present / absent / excused: attendance marks of the period's sessions. 出席率
  ``attendance_rate`` = present / marked and 缺席率 ``no_show_rate`` = absent / marked, where
  marked = present + absent + excused (请假 is not a no-show). People served (人次) = present.
- volunteers: distinct people (a 双报到 member or a resident) credited with minutes at the
  period's sessions; shifts: shifts (not cancelled) credited with minutes; volunteer_minutes:
  the minutes credited, of which ``supplementary_minutes`` were entered afterwards (补录, of
  ``supplementary_shifts`` shifts); signed_in: shifts signed in at the period's sessions,
  whether signed out yet or not.

Breakdowns count the same measures per kind of activity and per organiser (the center, each
双报到 unit, each project). A person volunteering for two kinds counts once in each row and
once in the whole, so the rows' volunteers need not add up to the whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from hall_desk.domain.activities import ACTIVITY_KIND_LABELS, ORGANISER_KIND_LABELS
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period


class ActivityBreakdown(StrEnum):
    KIND = "kind"
    ORGANISER = "organiser"


BREAKDOWN_LABELS: dict[ActivityBreakdown, str] = {
    ActivityBreakdown.KIND: QT_TRANSLATE_NOOP("Messages", "Kind of activity"),
    ActivityBreakdown.ORGANISER: QT_TRANSLATE_NOOP("Messages", "Organiser"),
}

#: Labels that are templates of fixed lists (translated when shown); others are names.
_TEMPLATES = frozenset([*ACTIVITY_KIND_LABELS.values(), *ORGANISER_KIND_LABELS.values()])


def row_label(label: str, translate: Callable[[str], str]) -> str:
    """A breakdown row's label to show: a kind of activity or "the center" in the reader's
    language, a unit's or project's name as the center wrote it."""
    return translate(label) if label in _TEMPLATES else label


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True, kw_only=True)
class ActivityCounts:
    """The measures counted over a period (see the module docstring)."""

    activities: int = 0
    sessions: int = 0
    signups: int = 0
    cancellations: int = 0
    present: int = 0
    absent: int = 0
    excused: int = 0
    volunteers: int = 0
    shifts: int = 0
    volunteer_minutes: int = 0
    supplementary_shifts: int = 0
    supplementary_minutes: int = 0
    signed_in: int = 0

    @property
    def marked(self) -> int:
        """Attendance marks of any kind."""
        return self.present + self.absent + self.excused

    @property
    def served(self) -> int:
        """People served (人次): present marks."""
        return self.present

    @property
    def attendance_rate(self) -> float | None:
        """出席率: present, of all marks."""
        return _rate(self.present, self.marked)

    @property
    def no_show_rate(self) -> float | None:
        """缺席率: absent (not excused), of all marks."""
        return _rate(self.absent, self.marked)

    @property
    def volunteer_hours(self) -> float:
        return self.volunteer_minutes / 60

    @property
    def supplementary_hours(self) -> float:
        return self.supplementary_minutes / 60

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(ActivityCounts))


def count_values(counts: ActivityCounts) -> dict[str, Any]:
    """The measures of ``counts`` by name, to build a row or figures that carry them."""
    return {f.name: getattr(counts, f.name) for f in fields(ActivityCounts)}


@dataclass(frozen=True, kw_only=True)
class ActivityRow(ActivityCounts):
    """One line of a breakdown: ``key`` is stable (a kind's value, ``center``, ``unit:<id>``
    or ``project:<id>``), ``label`` is shown (a label template, or a name as written)."""

    key: str
    label: str


@dataclass(frozen=True)
class ActivityDay:
    day: date
    sessions: int
    present: int


@dataclass(frozen=True, kw_only=True)
class ActivityFigures(ActivityCounts):
    """A center's activity figures for a period."""

    site_id: int
    site_code: str
    site_name: str
    period: Period
    generated_at: datetime
    waiting_now: int = 0
    """People on a waiting list now, of activities not cancelled (whatever the period)."""
    per_day: tuple[ActivityDay, ...] = ()
    """Sessions held and people present on every day of the period, zeros included."""
    by_kind: tuple[ActivityRow, ...] = ()
    """Kinds of activity with anything counted; most sessions first."""
    by_organiser: tuple[ActivityRow, ...] = ()
    """Organisers with anything counted; most sessions first."""
    as_of: datetime | None = None
    """Set while the period still runs (see ``domain.periods.compared_periods``)."""


@dataclass(frozen=True)
class ActivityComparison:
    current: ActivityFigures
    previous: ActivityFigures

    def __iter__(self) -> Iterator[ActivityFigures]:
        """``current, previous = comparison`` works too."""
        return iter((self.current, self.previous))


@dataclass(frozen=True)
class ActivityCountyRow:
    """One center's activity figures in the county view."""

    site_id: int
    site_code: str
    site_name: str
    activities: int = 0
    sessions: int = 0
    served: int = 0
    volunteers: int = 0
    volunteer_minutes: int = 0

    @property
    def volunteer_hours(self) -> float:
        return self.volunteer_minutes / 60


@dataclass(frozen=True)
class ActivityCounty:
    """Every center on a shared server side by side, and their total (site id 0)."""

    period: Period
    sites: tuple[ActivityCountyRow, ...]
    total: ActivityCountyRow
    generated_at: datetime
    as_of: datetime | None = None


@dataclass(frozen=True)
class SessionFigures:
    """One session with its counts, as the Today page lists it and the activities ledger
    (活动台账) has one row per session."""

    session_id: int
    activity_id: int
    number: str
    """The activity's number."""
    title: str
    kind: str
    """An ``ActivityKind`` label template."""
    organiser: str
    """A unit's or project's name, or the label template of the center."""
    starts_at: datetime
    ends_at: datetime
    place: str
    """The room's name, or the place written when not in a room."""
    enrolled: int
    """Signed up (not waiting): enrolled now, and anyone marked at the session since cancelled."""
    present: int = 0
    absent: int = 0
    excused: int = 0
    volunteers: int = 0
    """Volunteer shifts (not cancelled) at the session."""
    volunteers_signed_in: int = 0

    @property
    def unmarked(self) -> int:
        return max(0, self.enrolled - self.present - self.absent - self.excused)
