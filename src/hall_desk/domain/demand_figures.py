"""The figures of the party-service desk (群众点单 · 社区派单 · 党员接单 · 群众评单) as values.

The Today and Review pages, the printed report, the ledgers, the county view and ``hall-desk
demands`` all show these; ``services.figures.demand_stats`` counts them in SQL. Counts are
ints; every rate is a property that is None when there is nothing to divide by.

What each figure counts (a moment ``t`` is in the period when ``start <= t < end``, in the
center's naive wall-clock time; a demand folded into another (并单, ``merged_into_id`` set)
is left out of every count, its resident counting as a call of the demand that carries on):

- collected (收集): demands taken in the period (``created_at``); ``wishes`` of them are 微心愿.
  ``merged_calls``: residents' calls merged into a demand (并单) raised in the period, so
  ``calls`` = collected + merged_calls is how many times residents asked.
- dispatched (派单): demands whose ``dispatched_at`` (the latest dispatch) is in the period.
- accepted (接单): demands whose ``accepted_at`` is in the period.
- on_time_responses: of those, accepted within the center's on-site minutes (the "10" of the
  1341 clock, as the center's clock stands now) after they were dispatched.
  响应率 ``response_rate`` = on_time_responses / accepted.
- solved (办结): demands whose ``solved_at`` is in the period; ``solved_on_time`` those solved
  by their ``due_at``. 按时办结率 ``on_time_rate`` = solved_on_time / solved.
- rated / satisfied: ratings given in the period: a demand's rating by its ``called_back_at``
  and each merged caller's rating by theirs; satisfied are 非常满意, 满意 and 基本满意.
  满意率 ``satisfaction_rate`` = satisfied / rated.
- service_minutes: the minutes of service recorded for the demands solved in the period.
- reopened (复办): reopen moves made in the period.
- What stands open now, whatever the period: open demands (待派单 to 办理中), overdue ones
  exactly as the demand desk lists them (``overdue_open``: taken on and past the due time or
  the on-site time, or dispatched for a visit and not taken on within the on-site minutes),
  running ones in the last fifth of their time (``due_soon``), and problems of residents'
  meetings not ticked off (销号) by their due date
  (``problems_overdue``, counted apart from the demands).

Breakdowns count the same measures per kind of demand, per 小区 (as written on the demand),
per member who has the demand and per unit: a demand counts for a unit when it was given to
the unit or to one of the unit's members.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period


class DemandBreakdown(StrEnum):
    CATEGORY = "category"
    NEIGHBOURHOOD = "neighbourhood"
    UNIT = "unit"
    MEMBER = "member"


BREAKDOWN_LABELS: dict[DemandBreakdown, str] = {
    DemandBreakdown.CATEGORY: QT_TRANSLATE_NOOP("Messages", "Kind of demand"),
    DemandBreakdown.NEIGHBOURHOOD: QT_TRANSLATE_NOOP("Messages", "Neighbourhood"),
    DemandBreakdown.UNIT: QT_TRANSLATE_NOOP("Messages", "Unit"),
    DemandBreakdown.MEMBER: QT_TRANSLATE_NOOP("Messages", "Party member"),
}

#: The label of demands with no 小区 written on them.
NO_NEIGHBOURHOOD = QT_TRANSLATE_NOOP("Messages", "(no neighbourhood given)")


def row_label(label: str, translate: Callable[[str], str]) -> str:
    """A breakdown row's label to show: names as the center wrote them, the "no 小区"
    template in the reader's language."""
    return translate(label) if label == NO_NEIGHBOURHOOD else label


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True, kw_only=True)
class DemandCounts:
    """The measures counted over a period (see the module docstring)."""

    collected: int = 0
    wishes: int = 0
    dispatched: int = 0
    accepted: int = 0
    on_time_responses: int = 0
    solved: int = 0
    solved_on_time: int = 0
    rated: int = 0
    satisfied: int = 0
    service_minutes: int = 0

    @property
    def response_rate(self) -> float | None:
        """响应率: accepted within the on-site minutes after dispatch, of those accepted."""
        return _rate(self.on_time_responses, self.accepted)

    @property
    def on_time_rate(self) -> float | None:
        """按时办结率: solved by their due time, of those solved."""
        return _rate(self.solved_on_time, self.solved)

    @property
    def satisfaction_rate(self) -> float | None:
        """满意率: satisfied ratings, of all ratings given."""
        return _rate(self.satisfied, self.rated)

    @property
    def solved_late(self) -> int:
        return self.solved - self.solved_on_time

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(DemandCounts))


def add_counts(items: Sequence[DemandCounts]) -> DemandCounts:
    """The measures of ``items`` added up."""
    return DemandCounts(
        **{f.name: sum(getattr(i, f.name) for i in items) for f in fields(DemandCounts)}
    )


def count_values(counts: DemandCounts) -> dict[str, Any]:
    """The measures of ``counts`` by name, to build a row or figures that carry them."""
    return {f.name: getattr(counts, f.name) for f in fields(DemandCounts)}


@dataclass(frozen=True, kw_only=True)
class DemandRow(DemandCounts):
    """One line of a breakdown: ``key`` is stable (an id, or the 小区 as written), ``label``
    is shown (a name as the center wrote it, or a label template for "no 小区")."""

    key: str
    label: str
    detail: str = ""
    """A member's unit, or "" ."""


@dataclass(frozen=True)
class DemandDay:
    day: date
    collected: int
    solved: int


@dataclass(frozen=True, kw_only=True)
class DemandBacklog:
    """What stands open at the moment the figures are made (not a count over the period)."""

    open_now: int = 0
    """Demands waiting to be dispatched, dispatched, taken on or being handled."""
    overdue_open: int = 0
    """Overdue demands now, as the demand desk's own overdue list counts them."""
    due_soon: int = 0
    """Running demands in the last fifth of their time (at least 5 minutes)."""
    problems_overdue: int = 0
    """Problems of residents' meetings not ticked off (销号) by their due date."""


@dataclass(frozen=True, kw_only=True)
class DemandFigures(DemandCounts):
    """A center's demand figures for a period, and what stands open now."""

    site_id: int
    site_code: str
    site_name: str
    period: Period
    generated_at: datetime
    merged_calls: int = 0
    reopened: int = 0
    backlog: DemandBacklog = DemandBacklog()
    on_site_minutes: int = 10
    """The on-site minutes the response rate was measured against."""
    per_day: tuple[DemandDay, ...] = ()
    """Collected and solved on every day of the period, zeros included."""
    by_category: tuple[DemandRow, ...] = ()
    """Kinds of demand with anything counted; most collected first."""
    as_of: datetime | None = None
    """Set while the period still runs (see ``domain.periods.compared_periods``)."""

    @property
    def calls(self) -> int:
        """How many times residents asked: demands collected and calls merged into them."""
        return self.collected + self.merged_calls

    @property
    def overdue_open(self) -> int:
        return self.backlog.overdue_open


@dataclass(frozen=True)
class DemandComparison:
    current: DemandFigures
    previous: DemandFigures

    def __iter__(self) -> Iterator[DemandFigures]:
        """``current, previous = comparison`` works too."""
        return iter((self.current, self.previous))


@dataclass(frozen=True)
class DemandCounty:
    """Every center on a shared server side by side, and their total (site id 0)."""

    period: Period
    sites: tuple[DemandFigures, ...]
    total: DemandFigures


@dataclass(frozen=True)
class OverdueDemand:
    """A running demand past its due time, as the Today page lists it."""

    number: str
    category: str
    neighbourhood: str
    place: str
    holder: str
    """The member (with their unit) or the unit that has it."""
    level: str
    due_at: datetime
    minutes_late: int
