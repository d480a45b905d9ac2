"""What each figure of a report counts.

The figures (``stats_queries``, ``stats_rooms``) and the records behind them
(``stats_records``) are both built from the conditions here, so a figure and its drill-down
list always agree. Every count over a period uses the center's naive wall-clock times: a
moment ``t`` is in the period when ``period.start <= t < period.end``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Date, Integer, and_, cast, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from hall_desk.db.models import (
    CaseEvent,
    CaseFollowUp,
    ElderlySubsidy,
    PartyTransfer,
    QuickTally,
    Resident,
    ServiceCase,
    ServiceItem,
    Visit,
    VisitPurposeRow,
)
from hall_desk.db.room_models import Booking, Room
from hall_desk.domain.bookings import BookingStatus
from hall_desk.domain.cases import (
    OPEN_STATUSES,
    RUNNING_STATUSES,
    SATISFIED_RATINGS,
    CaseAction,
    CaseStatus,
)
from hall_desk.domain.elderly import check_due_month, check_status
from hall_desk.domain.party_transfer import receipt_overdue
from hall_desk.domain.periods import Period

Condition = ColumnElement[bool]

REFUSED = CaseStatus.REFUSED.value
COMPLETED = CaseStatus.COMPLETED.value
RETURNED = CaseStatus.RETURNED.value
#: Bookings that no longer stand for a use of the room.
CALLED_OFF = (BookingStatus.CANCELLED.value, BookingStatus.DECLINED.value)
SATISFIED = tuple(r.value for r in SATISFIED_RATINGS)
#: Case outcomes after which no transfer letter went anywhere (as ``TransferService`` has it).
NO_LETTER_SENT = (REFUSED, RETURNED)


class SqlDialect:
    """Day, hour and duration of stored datetimes, in the SQL of SQLite or PostgreSQL.

    SQLite keeps a datetime as text ``YYYY-MM-DD HH:MM:SS.ffffff`` (SQLAlchemy's format), so
    its day and hour are cut out of the text; PostgreSQL has real date functions.
    """

    def __init__(self, is_sqlite: bool) -> None:
        self.is_sqlite = is_sqlite

    def day(self, column: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
        if self.is_sqlite:
            return func.substr(column, 1, 10)
        return cast(column, Date)

    def hour(self, column: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
        if self.is_sqlite:
            return cast(func.substr(column, 12, 2), Integer)
        return cast(func.extract("hour", column), Integer)

    def seconds(
        self, start: InstrumentedAttribute[Any], end: InstrumentedAttribute[Any]
    ) -> ColumnElement[Any]:
        if self.is_sqlite:
            return func.round((func.julianday(end) - func.julianday(start)) * 86400)
        return func.extract("epoch", end - start)


def as_date(value: object) -> date:
    """A day as the database returns it (a ``date``, or ISO text from SQLite)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def between(
    column: InstrumentedAttribute[datetime] | InstrumentedAttribute[datetime | None],
    first: datetime,
    end: datetime,
) -> Condition:
    return and_(column >= first, column < end)


def in_period(
    column: InstrumentedAttribute[datetime] | InstrumentedAttribute[datetime | None], period: Period
) -> Condition:
    return between(column, period.start, period.end)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


# -- visitors ---------------------------------------------------------------------------------


def visits_in(site_id: int, period: Period) -> list[Condition]:
    """Registered visits that arrived in the period."""
    return [Visit.site_id == site_id, in_period(Visit.arrived_at, period)]


def tallies_in(site_id: int, period: Period) -> list[Condition]:
    """Walk-ins counted with one click in the period."""
    return [QuickTally.site_id == site_id, in_period(QuickTally.counted_at, period)]


def has_purpose(purpose: str) -> Condition:
    """Visits with ``purpose`` among theirs."""
    return Visit.id.in_(select(VisitPurposeRow.visit_id).where(VisitPurposeRow.purpose == purpose))


# -- cases ------------------------------------------------------------------------------------


def received_in(site_id: int, period: Period) -> list[Condition]:
    """Intakes in the period (accepted_at in the period), whatever came of them."""
    return [ServiceCase.site_id == site_id, in_period(ServiceCase.accepted_at, period)]


def accepted_in(site_id: int, period: Period) -> list[Condition]:
    """Intakes not refused (a case refused later, while it waited for papers, included)."""
    return [*received_in(site_id, period), ServiceCase.status != REFUSED]


def refused_in(site_id: int, period: Period) -> list[Condition]:
    return [*received_in(site_id, period), ServiceCase.status == REFUSED]


def agent_in(site_id: int, period: Period) -> list[Condition]:
    """Accepted cases handled by someone on the resident's behalf (帮办代办)."""
    return [*accepted_in(site_id, period), ServiceCase.agent_name != ""]


def notified_in(site_id: int, period: Period) -> list[Condition]:
    """One-time notices (the ``notify`` event) given in the period; join ``ServiceCase``."""
    return [
        CaseEvent.case_id == ServiceCase.id,
        ServiceCase.site_id == site_id,
        CaseEvent.action == CaseAction.NOTIFY.value,
        in_period(CaseEvent.at, period),
    ]


def closed_in(site_id: int, period: Period, status: str) -> list[Condition]:
    """Cases completed (or returned) with their closing moment in the period."""
    return [
        ServiceCase.site_id == site_id,
        ServiceCase.status == status,
        in_period(ServiceCase.closed_at, period),
    ]


def late(sql: SqlDialect) -> Condition:
    """Closed on a day after the promised date."""
    return and_(
        ServiceCase.due_date.is_not(None), sql.day(ServiceCase.closed_at) > ServiceCase.due_date
    )


def rated_in(site_id: int, period: Period) -> list[Condition]:
    """Cases rated in the period."""
    return [
        ServiceCase.site_id == site_id,
        ServiceCase.rating.is_not(None),
        in_period(ServiceCase.rated_at, period),
    ]


def of_item(site_id: int, code: str) -> Condition:
    """Cases of the center's item ``code``."""
    return ServiceCase.item_id.in_(
        select(ServiceItem.id).where(ServiceItem.site_id == site_id, ServiceItem.code == code)
    )


# -- rooms ------------------------------------------------------------------------------------


def bookings_in(site_id: int, period: Period) -> list[Condition]:
    """Every booking (any status) starting in the period."""
    return [Booking.site_id == site_id, in_period(Booking.starts_at, period)]


def in_room(site_id: int, code: str) -> Condition:
    """Bookings of the center's room ``code``."""
    return Booking.room_id.in_(select(Room.id).where(Room.site_id == site_id, Room.code == code))


# -- what stands open now ---------------------------------------------------------------------


def in_hall(site_id: int, today: date) -> list[Condition]:
    """Today's visitors not signed out (as ``VisitService.in_hall``)."""
    start, end = day_bounds(today)
    return [
        Visit.site_id == site_id,
        between(Visit.arrived_at, start, end),
        Visit.left_at.is_(None),
    ]


def open_cases(site_id: int) -> list[Condition]:
    return [
        ServiceCase.site_id == site_id,
        ServiceCase.status.in_([s.value for s in OPEN_STATUSES]),
    ]


def waiting_docs(site_id: int) -> list[Condition]:
    return [ServiceCase.site_id == site_id, ServiceCase.status == CaseStatus.WAITING_DOCS.value]


def overdue(site_id: int, today: date) -> list[Condition]:
    """Running cases past their promised date (the case list's Overdue view)."""
    return [
        ServiceCase.site_id == site_id,
        ServiceCase.status.in_([s.value for s in RUNNING_STATUSES]),
        ServiceCase.due_date < today,
    ]


def due_today(site_id: int, today: date) -> list[Condition]:
    """Running cases promised for today (the case list's Due today view)."""
    return [
        ServiceCase.site_id == site_id,
        ServiceCase.status.in_([s.value for s in RUNNING_STATUSES]),
        ServiceCase.due_date == today,
    ]


def follow_ups_open(site_id: int) -> list[Condition]:
    return [CaseFollowUp.site_id == site_id, CaseFollowUp.done_at.is_(None)]


def pending_bookings(site_id: int, now: datetime) -> list[Condition]:
    """Bookings awaiting approval that have not ended (as ``BookingPlans.pending``)."""
    return [
        Booking.site_id == site_id,
        Booking.status == BookingStatus.PENDING.value,
        Booking.ends_at > now,
    ]


@dataclass(frozen=True)
class DueCheck:
    """A subsidised person whose annual check is due this month or overdue."""

    subsidy_id: int
    name: str
    due_month: tuple[int, int]
    overdue: bool


def checks_due(s: Session, site_id: int, today: date) -> list[DueCheck]:
    """Everyone being paid whose check is due or overdue: the rule of
    ``ElderlyService.checks_due`` (``domain.elderly.check_status``), latest due month first."""
    rows = s.execute(
        select(
            ElderlySubsidy.id,
            ElderlySubsidy.started_on,
            ElderlySubsidy.last_checked_on,
            Resident.name,
        )
        .join(Resident, Resident.id == ElderlySubsidy.resident_id)
        .where(ElderlySubsidy.site_id == site_id, ElderlySubsidy.stopped_on.is_(None))
    ).all()
    due: list[DueCheck] = []
    for subsidy_id, started_on, last_checked_on, name in rows:
        status = check_status(started_on, last_checked_on, today)
        if status != "ok":
            month = check_due_month(started_on, last_checked_on)
            due.append(DueCheck(subsidy_id, name, month, status == "overdue"))
    return sorted(due, key=lambda d: (d.due_month, d.subsidy_id), reverse=True)


@dataclass(frozen=True)
class OutstandingReceipt:
    """A transfer letter whose receipt is more than a month late."""

    case_number: str
    name: str
    to_org: str
    letter_number: str
    issued_on: date


def receipts_outstanding(s: Session, site_id: int, today: date) -> list[OutstandingReceipt]:
    """Letters whose receipt is not back in time, refused or returned cases left out: the rule
    of ``TransferService.outstanding_receipts`` (``domain.party_transfer.receipt_overdue``),
    latest letter first."""
    rows = s.execute(
        select(
            ServiceCase.number,
            Resident.name,
            PartyTransfer.to_org,
            PartyTransfer.letter_number,
            PartyTransfer.issued_on,
            PartyTransfer.id,
        )
        .join(ServiceCase, ServiceCase.id == PartyTransfer.case_id)
        .join(Resident, Resident.id == ServiceCase.resident_id)
        .where(
            PartyTransfer.site_id == site_id,
            PartyTransfer.receipt_back_on.is_(None),
            ServiceCase.status.not_in(NO_LETTER_SENT),
        )
        .order_by(PartyTransfer.issued_on.desc(), PartyTransfer.id.desc())
    ).all()
    return [
        OutstandingReceipt(number, name, to_org, letter, issued_on)
        for number, name, to_org, letter, issued_on, _id in rows
        if receipt_overdue(issued_on, None, today)
    ]
