"""What each ledger (台账) sheet shows, and the queries that stream its rows.

Rows are read in batches (``yield_per``) and handed on one at a time, so a year of a busy
center never sits in memory at once. Column headers are Chinese because the ledgers are
filed and sent on in Chinese; labels of fixed lists are translated with the caller's
``label`` function.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from hall_desk.db.models import Resident, ServiceCase, ServiceItem, Staff, Visit, VisitPurposeRow
from hall_desk.db.room_models import Booking, Room
from hall_desk.domain.bookings import BOOKING_STATUS_LABELS, BookerKind
from hall_desk.domain.cases import RATING_LABELS, RUNNING_STATUSES, STATUS_LABELS, CaseStatus
from hall_desk.domain.id_numbers import mask_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period
from hall_desk.domain.phones import mask_phone
from hall_desk.domain.visits import CATEGORY_LABELS, PURPOSE_LABELS, VisitPurpose
from hall_desk.printing.ledger_xlsx import CellValue, Column, Style
from hall_desk.services.figures.ledger_activities import (
    ACTIVITY_COLUMNS,
    HOURS_COLUMNS,
    count_activity_rows,
    count_volunteer_rows,
    stream_activities,
    stream_volunteer_hours,
)
from hall_desk.services.figures.ledger_demands import (
    DEMAND_COLUMNS,
    MEMBER_COLUMNS,
    count_demands,
    count_members,
    stream_demands,
    stream_members,
)

BATCH = 500
"""Rows fetched from the database at a time."""


class LedgerKind(StrEnum):
    VISITS = "visits"
    CASES = "cases"
    BOOKINGS = "bookings"
    DEMANDS = "demands"
    PARTY_MEMBERS = "party_members"
    ACTIVITIES = "activities"
    VOLUNTEER_HOURS = "volunteer_hours"
    SUMMARY = "summary"


LEDGER_LABELS: dict[LedgerKind, str] = {
    LedgerKind.VISITS: QT_TRANSLATE_NOOP("Messages", "Visitor ledger"),
    LedgerKind.CASES: QT_TRANSLATE_NOOP("Messages", "Case ledger"),
    LedgerKind.BOOKINGS: QT_TRANSLATE_NOOP("Messages", "Room booking ledger"),
    LedgerKind.DEMANDS: QT_TRANSLATE_NOOP("Messages", "Demand ledger"),
    LedgerKind.PARTY_MEMBERS: QT_TRANSLATE_NOOP("Messages", "Reporting party members"),
    LedgerKind.ACTIVITIES: QT_TRANSLATE_NOOP("Messages", "Activity ledger"),
    LedgerKind.VOLUNTEER_HOURS: QT_TRANSLATE_NOOP("Messages", "Volunteer hours"),
    LedgerKind.SUMMARY: QT_TRANSLATE_NOOP("Messages", "Summary"),
}

#: Sheets in the order they appear in the workbook.
SHEET_ORDER = (
    LedgerKind.SUMMARY,
    LedgerKind.VISITS,
    LedgerKind.CASES,
    LedgerKind.BOOKINGS,
    LedgerKind.DEMANDS,
    LedgerKind.PARTY_MEMBERS,
    LedgerKind.ACTIVITIES,
    LedgerKind.VOLUNTEER_HOURS,
)
SHEET_NAMES: dict[LedgerKind, str] = {
    LedgerKind.SUMMARY: "汇总",
    LedgerKind.VISITS: "来访登记台账",
    LedgerKind.CASES: "办件台账",
    LedgerKind.BOOKINGS: "功能室预约台账",
    LedgerKind.DEMANDS: "需求台账",
    LedgerKind.PARTY_MEMBERS: "双报到",
    LedgerKind.ACTIVITIES: "活动台账",
    LedgerKind.VOLUNTEER_HOURS: "志愿服务时长",
}

_NO = Column("序号", 7, Style.INTEGER)
_WHEN = 17.0
_ID = Column("证件号码", 21)
_PHONE = Column("联系电话", 15)

COLUMNS: dict[LedgerKind, tuple[Column, ...]] = {
    LedgerKind.VISITS: (
        _NO,
        Column("来访时间", _WHEN, Style.DATETIME),
        Column("离开时间", _WHEN, Style.DATETIME),
        Column("姓名", 10),
        _ID,
        _PHONE,
        Column("人员类别", 16),
        Column("来访事由", 22),
        Column("人数", 6, Style.INTEGER),
        Column("备注", 30),
        Column("登记人", 10),
    ),
    LedgerKind.CASES: (
        _NO,
        Column("办件编号", 17),
        Column("受理时间", _WHEN, Style.DATETIME),
        Column("事项", 24),
        Column("办理科室", 14),
        Column("申请人", 10),
        _ID,
        _PHONE,
        Column("状态", 12),
        Column("承诺办结日期", 13, Style.DATE),
        Column("办结时间", _WHEN, Style.DATETIME),
        Column("是否超期", 9),
        Column("帮办代办人", 14),
        Column("代办人电话", 15),
        Column("评价", 10),
        Column("经办人", 10),
    ),
    LedgerKind.BOOKINGS: (
        _NO,
        Column("预约编号", 18),
        Column("功能室", 14),
        Column("座位号", 7, Style.INTEGER),
        Column("开始时间", _WHEN, Style.DATETIME),
        Column("结束时间", _WHEN, Style.DATETIME),
        Column("预约人", 18),
        _PHONE,
        Column("用途", 20),
        Column("人数", 6, Style.INTEGER),
        Column("状态", 12),
        Column("签到时间", _WHEN, Style.DATETIME),
        Column("登记人", 10),
    ),
    LedgerKind.DEMANDS: DEMAND_COLUMNS,
    LedgerKind.PARTY_MEMBERS: MEMBER_COLUMNS,
    LedgerKind.ACTIVITIES: ACTIVITY_COLUMNS,
    LedgerKind.VOLUNTEER_HOURS: HOURS_COLUMNS,
}

Row = tuple[CellValue, ...]


@dataclass(frozen=True)
class RowContext:
    """What every row of one export shares: whose rows, which days, and how to show them."""

    site_id: int
    period: Period
    today: date
    reveal: bool
    label: Callable[[str], str]
    now: datetime | None = None
    """When the export was made (a demand still running past its due time is late); the
    start of ``today`` if not given."""

    def id_number(self, value: str | None) -> str | None:
        if not value:
            return None
        return value if self.reveal else mask_id_number(value)

    def phone(self, value: str | None) -> str | None:
        if not value:
            return None
        return value if self.reveal else mask_phone(value)

    def labels(self, mapping: Mapping[Any, str]) -> dict[str, str]:
        """Stored enum value -> translated label, worked out once per export."""
        return {
            (key.value if isinstance(key, Enum) else str(key)): self.label(text)
            for key, text in mapping.items()
        }


def _in_period(column: Any, period: Period) -> tuple[ColumnElement[bool], ...]:
    return (column >= period.start, column < period.end)


def _where(kind: LedgerKind, site_id: int, period: Period) -> tuple[ColumnElement[bool], ...]:
    if kind is LedgerKind.VISITS:
        return (Visit.site_id == site_id, *_in_period(Visit.arrived_at, period))
    if kind is LedgerKind.CASES:
        return (ServiceCase.site_id == site_id, *_in_period(ServiceCase.accepted_at, period))
    if kind is LedgerKind.BOOKINGS:
        return (Booking.site_id == site_id, *_in_period(Booking.starts_at, period))
    raise ValueError(f"{kind} is not a ledger of records")


_ENTITY: dict[LedgerKind, Any] = {
    LedgerKind.VISITS: Visit.id,
    LedgerKind.CASES: ServiceCase.id,
    LedgerKind.BOOKINGS: Booking.id,
}


def count_records(s: Session, kind: LedgerKind, site_id: int, period: Period) -> int:
    """How many rows the ledger of ``kind`` has for the center and period."""
    if kind is LedgerKind.DEMANDS:
        return count_demands(s, site_id, period)
    if kind is LedgerKind.PARTY_MEMBERS:
        return count_members(s, site_id, period)
    if kind is LedgerKind.ACTIVITIES:
        return count_activity_rows(s, site_id, period)
    if kind is LedgerKind.VOLUNTEER_HOURS:
        return count_volunteer_rows(s, site_id, period)
    if kind not in _ENTITY:
        return 0
    query = select(func.count(_ENTITY[kind])).where(*_where(kind, site_id, period))
    return s.scalar(query) or 0


def stream_records(s: Session, kind: LedgerKind, ctx: RowContext) -> Iterator[Row]:
    """The rows of one ledger, oldest first, numbered from 1."""
    if kind is LedgerKind.VISITS:
        return _visit_rows(s, ctx)
    if kind is LedgerKind.CASES:
        return _case_rows(s, ctx)
    if kind is LedgerKind.BOOKINGS:
        return _booking_rows(s, ctx)
    if kind is LedgerKind.DEMANDS:
        return stream_demands(s, ctx, ctx.now or datetime.combine(ctx.today, time.min))
    if kind is LedgerKind.PARTY_MEMBERS:
        return stream_members(s, ctx)
    if kind is LedgerKind.ACTIVITIES:
        return stream_activities(s, ctx)
    if kind is LedgerKind.VOLUNTEER_HOURS:
        return stream_volunteer_hours(s, ctx)
    raise ValueError(f"{kind} is not a ledger of records")


def _visit_rows(s: Session, ctx: RowContext) -> Iterator[Row]:
    categories = ctx.labels(CATEGORY_LABELS)
    purpose_labels = ctx.labels(PURPOSE_LABELS)
    order = {p.value: i for i, p in enumerate(VisitPurpose)}
    query = (
        select(
            Visit.id,
            Visit.arrived_at,
            Visit.left_at,
            Resident.name,
            Resident.id_number,
            Resident.phone,
            Visit.category,
            Visit.party_size,
            Visit.note,
            Staff.full_name,
        )
        .join(Resident, Resident.id == Visit.resident_id)
        .join(Staff, Staff.id == Visit.registered_by_id)
        .where(*_where(LedgerKind.VISITS, ctx.site_id, ctx.period))
        .order_by(Visit.arrived_at, Visit.id)
        .execution_options(yield_per=BATCH)
    )
    number = 0
    for batch in s.execute(query).partitions():
        purposes: dict[int, list[str]] = defaultdict(list)
        ids = [row.id for row in batch]
        found = select(VisitPurposeRow.visit_id, VisitPurposeRow.purpose).where(
            VisitPurposeRow.visit_id.in_(ids)
        )
        for visit_id, purpose in s.execute(found):
            purposes[visit_id].append(purpose)
        for row in batch:
            number += 1
            chosen = sorted(purposes.get(row.id, ()), key=lambda p: order.get(p, len(order)))
            yield (
                number,
                row.arrived_at,
                row.left_at,
                row.name,
                ctx.id_number(row.id_number),
                ctx.phone(row.phone),
                categories.get(row.category, row.category),
                "、".join(purpose_labels.get(p, p) for p in chosen),
                row.party_size,
                row.note,
                row.full_name,
            )


def is_late(status: CaseStatus, due: date | None, closed_at: datetime | None, today: date) -> bool:
    """Completed after its promised date, or still running past it."""
    if due is None:
        return False
    if status is CaseStatus.COMPLETED:
        return closed_at is not None and closed_at.date() > due
    return status in RUNNING_STATUSES and due < today


def _case_rows(s: Session, ctx: RowContext) -> Iterator[Row]:
    statuses = ctx.labels(STATUS_LABELS)
    ratings = ctx.labels(RATING_LABELS)
    query = (
        select(
            ServiceCase.number,
            ServiceCase.accepted_at,
            ServiceItem.name.label("item"),
            ServiceCase.office,
            Resident.name,
            Resident.id_number,
            Resident.phone,
            ServiceCase.status,
            ServiceCase.due_date,
            ServiceCase.closed_at,
            ServiceCase.agent_name,
            ServiceCase.agent_relation,
            ServiceCase.agent_phone,
            ServiceCase.rating,
            Staff.full_name.label("clerk"),
        )
        .join(ServiceItem, ServiceItem.id == ServiceCase.item_id)
        .join(Resident, Resident.id == ServiceCase.resident_id)
        .join(Staff, Staff.id == ServiceCase.clerk_id)
        .where(*_where(LedgerKind.CASES, ctx.site_id, ctx.period))
        .order_by(ServiceCase.accepted_at, ServiceCase.id)
        .execution_options(yield_per=BATCH)
    )
    for number, row in enumerate(s.execute(query), start=1):
        try:
            status: CaseStatus | None = CaseStatus(row.status)
        except ValueError:
            status = None
        completed = status is CaseStatus.COMPLETED
        late = status is not None and is_late(status, row.due_date, row.closed_at, ctx.today)
        agent = row.agent_name
        if agent and row.agent_relation:
            agent = f"{agent}（{row.agent_relation}）"
        yield (
            number,
            row.number,
            row.accepted_at,
            row.item,
            row.office,
            row.name,
            ctx.id_number(row.id_number),
            ctx.phone(row.phone),
            statuses.get(row.status, row.status),
            row.due_date,
            row.closed_at if completed else None,
            "是" if late else "否",
            agent,
            ctx.phone(row.agent_phone),
            ratings.get(row.rating, row.rating) if row.rating else None,
            row.clerk,
        )


def _booking_rows(s: Session, ctx: RowContext) -> Iterator[Row]:
    statuses = ctx.labels(BOOKING_STATUS_LABELS)
    query = (
        select(
            Booking.number,
            Room.name.label("room"),
            Booking.seat,
            Booking.starts_at,
            Booking.ends_at,
            Booking.booker_kind,
            Resident.name.label("resident"),
            Booking.organisation,
            Booking.contact_name,
            Booking.contact_phone,
            Booking.purpose,
            Booking.attendees,
            Booking.status,
            Booking.checked_in_at,
            Staff.full_name.label("clerk"),
        )
        .join(Room, Room.id == Booking.room_id)
        .outerjoin(Resident, Resident.id == Booking.resident_id)
        .join(Staff, Staff.id == Booking.clerk_id)
        .where(*_where(LedgerKind.BOOKINGS, ctx.site_id, ctx.period))
        .order_by(Booking.starts_at, Booking.id)
        .execution_options(yield_per=BATCH)
    )
    for number, row in enumerate(s.execute(query), start=1):
        # The same rule as the booking screens: a resident by name, others by organisation.
        if row.booker_kind == BookerKind.RESIDENT.value:
            booker = row.resident or row.contact_name
        else:
            booker = row.organisation or row.contact_name
        yield (
            number,
            row.number,
            row.room,
            row.seat or None,
            row.starts_at,
            row.ends_at,
            booker,
            ctx.phone(row.contact_phone),
            row.purpose,
            row.attendees,
            statuses.get(row.status, row.status),
            row.checked_in_at,
            row.clerk,
        )
