"""What the demand desk prints: the resident's receipt and the dispatch slip of a demand, and
the feedback sheets (报到单位反馈表) sent back to a unit or a member for a period.

The data arrive here already masked: a resident's name as 张*, phones as 138****5678 (the
dispatch slip carries the full contact only when the desk chose to show it, and that look is
audited). Feedback sheets never name residents: a demand is told by its number, category and
place. The totals of a sheet are computed here, from its rows, so the printed total row always
equals the sum of the rows above it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from hall_desk.domain.cases import SATISFIED_RATINGS, Rating
from hall_desk.domain.demands import DemandLevel, DemandStatus
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP


class DemandSlipKind(StrEnum):
    RECEIPT = "receipt"  # 群众点单回执: handed to the resident
    DISPATCH = "dispatch"  # 派单单: handed (or read out) to the member or unit who takes it on


@dataclass(frozen=True)
class DemandSlipData:
    """Everything printed on a demand's receipt or dispatch slip."""

    kind: DemandSlipKind
    center_name: str
    center_address: str
    center_phone: str
    number: str  # the QR code encodes exactly this
    wish: bool  # a 微心愿 rather than an ordinary demand
    source: str  # desk | meeting | grid | phone | hotline
    category: str
    level: DemandLevel
    promised_minutes: int  # the response clock of the level (from the moment it is taken on)
    needs_visit: bool
    on_site_minutes: int
    neighbourhood: str  # 小区
    place: str  # 楼栋 / 单元 / spot
    description: str
    taken_at: datetime
    status: DemandStatus
    contact_name: str  # masked (张*) unless revealed on a dispatch slip; "" when anonymous
    contact_phone: str  # masked unless revealed; "" when none was given
    clerk_name: str  # who took it (receipt) or who dispatched it (dispatch slip)
    printed_at: datetime
    contact_revealed: bool = False
    wish_target_date: date | None = None
    assignee: str = ""  # "李明（县人民医院）" or the unit's name; "" while nobody has it
    dispatched_at: datetime | None = None
    accepted_at: datetime | None = None
    due_at: datetime | None = None  # set once taken on
    on_site_by: datetime | None = None
    reprint: bool = False


# -- feedback sheets -------------------------------------------------------------------------

#: Longest period a feedback sheet covers: a year (a quarter is the usual one).
MAX_FEEDBACK_DAYS = 366


def check_feedback_period(first: date, last: date) -> None:
    """Refuse a period that ends before it starts or runs longer than a year."""
    if last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The period ends ({last}) before it starts ({first}). Choose a last day on or "
                "after the first day.",
            ),
            field="last",
            first=first.isoformat(),
            last=last.isoformat(),
        )
    if not _within_a_year(first, last):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A feedback sheet covers at most one year; {first} to {last} is {days} days. "
                "Choose a shorter period, e.g. a quarter.",
            ),
            field="last",
            first=first.isoformat(),
            last=last.isoformat(),
            days=(last - first).days + 1,
        )


def _within_a_year(first: date, last: date) -> bool:
    """``last`` comes before the same day a year after ``first`` (29 February: 1 March)."""
    try:
        year_on = first.replace(year=first.year + 1)
    except ValueError:  # 29 February
        year_on = date(first.year + 1, 3, 1)
    return last < year_on


@dataclass(frozen=True)
class HandledDemand:
    """A demand a member (or the unit itself) solved in the period; no resident named."""

    number: str
    solved_on: date
    category: str
    place: str  # 小区 and 楼栋 as one text
    result: str
    service_minutes: int
    rating: Rating | None


@dataclass(frozen=True)
class ClaimedProject:
    """A project of the monthly list (项目清单) claimed by the unit or one of its members."""

    title: str
    month: date  # the month it was published for
    status: str  # published | claimed | done | withdrawn
    progress: int  # percent
    done_on: date | None


@dataclass(frozen=True)
class ServiceTally:
    """Counts of a group of handled demands and claimed projects."""

    demands: int
    service_minutes: int
    rated: int
    satisfied: int
    projects: int
    projects_done: int

    @property
    def service_hours(self) -> float:
        return self.service_minutes / 60

    @property
    def satisfaction_rate(self) -> float | None:
        """Satisfied ratings among all ratings (as for cases), or None with no rating."""
        return self.satisfied / self.rated if self.rated else None

    @staticmethod
    def of(
        demands: tuple[HandledDemand, ...], projects: tuple[ClaimedProject, ...]
    ) -> ServiceTally:
        rated = [d.rating for d in demands if d.rating is not None]
        return ServiceTally(
            demands=len(demands),
            service_minutes=sum(d.service_minutes for d in demands),
            rated=len(rated),
            satisfied=sum(1 for r in rated if r in SATISFIED_RATINGS),
            projects=len(projects),
            projects_done=sum(1 for p in projects if p.status == "done"),
        )

    def __add__(self, other: ServiceTally) -> ServiceTally:
        return ServiceTally(
            self.demands + other.demands,
            self.service_minutes + other.service_minutes,
            self.rated + other.rated,
            self.satisfied + other.satisfied,
            self.projects + other.projects,
            self.projects_done + other.projects_done,
        )


EMPTY_TALLY = ServiceTally(0, 0, 0, 0, 0, 0)


@dataclass(frozen=True)
class MemberServices:
    """One member's services in the period."""

    name: str
    neighbourhood: str
    grid: str
    reported_on: date
    left_on: date | None
    demands: tuple[HandledDemand, ...]
    projects: tuple[ClaimedProject, ...]
    # Volunteer shifts of the activities desk with hours credited in the period.
    volunteer_shifts: int = 0
    volunteer_minutes: int = 0

    @property
    def tally(self) -> ServiceTally:
        return ServiceTally.of(self.demands, self.projects)

    @property
    def serving(self) -> bool:
        """Solved a demand, held a project or served as a volunteer in the period."""
        return bool(self.demands or self.projects or self.volunteer_shifts)


@dataclass(frozen=True)
class FeedbackSheetData:
    """A unit's (or one member's) feedback sheet for ``first`` to ``last``."""

    center_name: str
    center_address: str
    center_phone: str
    unit_name: str
    unit_kind: str  # government | institution | state_owned | private | social_org | property
    first: date
    last: date
    members: tuple[MemberServices, ...]
    printed_at: datetime
    printed_by: str = ""
    # Demands and projects given to the unit itself rather than one of its members.
    unit_demands: tuple[HandledDemand, ...] = ()
    unit_projects: tuple[ClaimedProject, ...] = ()
    for_member: bool = False  # a member's own sheet rather than the unit's

    @property
    def unit_tally(self) -> ServiceTally:
        return ServiceTally.of(self.unit_demands, self.unit_projects)

    @property
    def total(self) -> ServiceTally:
        total = self.unit_tally
        for member in self.members:
            total = total + member.tally
        return total

    @property
    def members_serving(self) -> int:
        """Members with at least one demand, project or volunteer shift in the period."""
        return sum(1 for m in self.members if m.serving)

    @property
    def volunteer_shifts(self) -> int:
        return sum(m.volunteer_shifts for m in self.members)

    @property
    def volunteer_minutes(self) -> int:
        return sum(m.volunteer_minutes for m in self.members)
