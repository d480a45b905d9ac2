"""The party-service desk's ledger sheets: 需求台账 (one row per demand taken in the period)
and 双报到 (one row per party member registered with the center, unit by unit, with what
they did in the period).

Rows are streamed in batches as in ``ledger_rows``. Residents' names and phones and members'
phones are masked unless an administrator asks for them in full; demands folded into another
(并单) are left out, as they are from every count.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from hall_desk.db.models import Resident, Staff
from hall_desk.db.party_models import Demand, DemandCategory, PartyMember, PartyUnit
from hall_desk.domain.cases import RATING_LABELS
from hall_desk.domain.demand_intake import KIND_LABELS, SOURCE_LABELS
from hall_desk.domain.demands import LEVEL_LABELS, RUNNING_STATUSES, STATUS_LABELS
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_registry import UNIT_KIND_LABELS
from hall_desk.domain.periods import Period
from hall_desk.printing.ledger_xlsx import CellValue, Column, Style
from hall_desk.services.figures.stats_rules import SATISFIED

if TYPE_CHECKING:
    from hall_desk.services.figures.ledger_rows import RowContext

BATCH = 500
Row = tuple[CellValue, ...]
_WHEN = 17.0
_RUNNING = tuple(s.value for s in RUNNING_STATUSES)
_ACTIVE = QT_TRANSLATE_NOOP("Messages", "Registered")
_LEFT = QT_TRANSLATE_NOOP("Messages", "Has left")

DEMAND_COLUMNS: tuple[Column, ...] = (
    Column("序号", 7, Style.INTEGER),
    Column("需求编号", 18),
    Column("登记时间", _WHEN, Style.DATETIME),
    Column("类型", 8),
    Column("来源", 12),
    Column("需求类别", 14),
    Column("小区", 12),
    Column("地点", 16),
    Column("等级", 7),
    Column("群众", 10),
    Column("联系电话", 15),
    Column("状态", 10),
    Column("承办党员/单位", 22),
    Column("派单时间", _WHEN, Style.DATETIME),
    Column("接单时间", _WHEN, Style.DATETIME),
    Column("办结时间", _WHEN, Style.DATETIME),
    Column("是否按时", 9),
    Column("服务时长（分钟）", 9, Style.INTEGER),
    Column("评价", 10),
    Column("复办次数", 8, Style.INTEGER),
    Column("登记人", 10),
)

MEMBER_COLUMNS: tuple[Column, ...] = (
    Column("序号", 7, Style.INTEGER),
    Column("报到单位", 24),
    Column("单位类型", 14),
    Column("姓名", 10),
    Column("联系电话", 15),
    Column("小区", 12),
    Column("网格", 10),
    Column("报到日期", 11, Style.DATE),
    Column("最近报到", 11, Style.DATE),
    Column("状态", 8),
    Column("本期派单", 8, Style.INTEGER),
    Column("本期办结", 8, Style.INTEGER),
    Column("服务时长（分钟）", 9, Style.INTEGER),
    Column("评价数", 7, Style.INTEGER),
    Column("满意数", 7, Style.INTEGER),
)


def mask_name(name: str) -> str:
    """张三 -> 张*, 欧阳娜娜 -> 欧***: the first character and a star for each other one."""
    return name[:1] + "*" * (len(name) - 1) if len(name) > 1 else name


def _in(column: Any, period: Period) -> tuple[Any, ...]:
    return (column >= period.start, column < period.end)


def _demands_where(site_id: int, period: Period) -> tuple[Any, ...]:
    return (
        Demand.site_id == site_id,
        Demand.merged_into_id.is_(None),
        *_in(Demand.created_at, period),
    )


def _members_where(site_id: int, period: Period) -> tuple[Any, ...]:
    """Members registered by the period's end who had not left before it began."""
    return (
        PartyMember.site_id == site_id,
        PartyMember.reported_on <= period.last,
        or_(PartyMember.left_on.is_(None), PartyMember.left_on >= period.first),
    )


def count_demands(s: Session, site_id: int, period: Period) -> int:
    return int(s.scalar(select(func.count(Demand.id)).where(*_demands_where(site_id, period))) or 0)


def count_members(s: Session, site_id: int, period: Period) -> int:
    query = select(func.count(PartyMember.id)).where(*_members_where(site_id, period))
    return int(s.scalar(query) or 0)


def on_time_text(
    status: str,
    due_at: datetime | None,
    solved_at: datetime | None,
    now: datetime,
) -> str:
    """是 solved by the due time; 否 solved after it, or still running past it; "" otherwise."""
    if due_at is None:
        return ""
    if solved_at is not None:
        return "是" if solved_at <= due_at else "否"
    return "否" if status in _RUNNING and due_at < now else ""


def stream_demands(s: Session, ctx: RowContext, now: datetime) -> Iterator[Row]:
    """需求台账: the period's demands, oldest first, numbered from 1; ``now`` decides whether
    a demand still running is late."""
    kinds, sources = ctx.labels(KIND_LABELS), ctx.labels(SOURCE_LABELS)
    levels, statuses = ctx.labels(LEVEL_LABELS), ctx.labels(STATUS_LABELS)
    ratings = ctx.labels(RATING_LABELS)
    member_unit = aliased(PartyUnit)
    query = (
        select(
            Demand.number,
            Demand.created_at,
            Demand.kind,
            Demand.source,
            DemandCategory.name.label("category"),
            Demand.neighbourhood,
            Demand.place,
            Demand.level,
            Resident.name.label("resident"),
            Resident.phone.label("resident_phone"),
            Demand.contact_name,
            Demand.contact_phone,
            Demand.status,
            PartyMember.name.label("member"),
            member_unit.name.label("member_unit"),
            PartyUnit.name.label("unit"),
            Demand.dispatched_at,
            Demand.accepted_at,
            Demand.solved_at,
            Demand.due_at,
            Demand.service_minutes,
            Demand.rating,
            Demand.reopen_count,
            Staff.full_name.label("clerk"),
        )
        .join(DemandCategory, DemandCategory.id == Demand.category_id)
        .join(Staff, Staff.id == Demand.clerk_id)
        .outerjoin(Resident, Resident.id == Demand.resident_id)
        .outerjoin(PartyMember, PartyMember.id == Demand.member_id)
        .outerjoin(member_unit, member_unit.id == PartyMember.unit_id)
        .outerjoin(PartyUnit, PartyUnit.id == Demand.unit_id)
        .where(*_demands_where(ctx.site_id, ctx.period))
        .order_by(Demand.created_at, Demand.id)
        .execution_options(yield_per=BATCH)
    )
    for number, row in enumerate(s.execute(query), start=1):
        name = row.resident or row.contact_name or ""
        phone = row.contact_phone or row.resident_phone
        holder = f"{row.member}（{row.member_unit}）" if row.member else (row.unit or "")
        if row.member and row.unit and row.unit != row.member_unit:
            holder += f"、{row.unit}"
        yield (
            number,
            row.number,
            row.created_at,
            kinds.get(row.kind, row.kind),
            sources.get(row.source, row.source),
            row.category,
            row.neighbourhood,
            row.place,
            levels.get(row.level, row.level),
            (name if ctx.reveal else mask_name(name)) or None,
            ctx.phone(phone),
            statuses.get(row.status, row.status),
            holder or None,
            row.dispatched_at,
            row.accepted_at,
            row.solved_at,
            on_time_text(row.status, row.due_at, row.solved_at, now) or None,
            row.service_minutes or None,
            ratings.get(row.rating, row.rating) if row.rating else None,
            row.reopen_count or None,
            row.clerk,
        )


def _member_counts(s: Session, site_id: int, period: Period) -> dict[int, tuple[int, ...]]:
    """Per member: dispatched, solved, service minutes, ratings and satisfied ones in the
    period (the member's own rating; merged callers' ratings are in the figures)."""
    dispatched = and_(*_in(Demand.dispatched_at, period))
    solved = and_(*_in(Demand.solved_at, period))
    rated = and_(*_in(Demand.called_back_at, period), Demand.rating.is_not(None))
    rows = s.execute(
        select(
            Demand.member_id,
            func.sum(case((dispatched, 1), else_=0)),
            func.sum(case((solved, 1), else_=0)),
            func.sum(case((solved, Demand.service_minutes), else_=0)),
            func.sum(case((rated, 1), else_=0)),
            func.sum(case((and_(rated, Demand.rating.in_(SATISFIED)), 1), else_=0)),
        )
        .where(
            Demand.site_id == site_id,
            Demand.merged_into_id.is_(None),
            Demand.member_id.is_not(None),
        )
        .group_by(Demand.member_id)
    )
    return {int(member): tuple(int(v or 0) for v in values) for member, *values in rows}


def stream_members(s: Session, ctx: RowContext) -> Iterator[Row]:
    """双报到: the center's members unit by unit, with their demands of the period."""
    unit_kinds = ctx.labels(UNIT_KIND_LABELS)
    active, left = ctx.label(_ACTIVE), ctx.label(_LEFT)
    counts = _member_counts(s, ctx.site_id, ctx.period)
    query = (
        select(
            PartyMember.id,
            PartyUnit.name.label("unit"),
            PartyUnit.kind.label("unit_kind"),
            PartyMember.name,
            PartyMember.phone,
            PartyMember.neighbourhood,
            PartyMember.grid,
            PartyMember.reported_on,
            PartyMember.last_reported_on,
            PartyMember.left_on,
        )
        .join(PartyUnit, PartyUnit.id == PartyMember.unit_id)
        .where(*_members_where(ctx.site_id, ctx.period))
        .order_by(PartyUnit.name, PartyUnit.id, PartyMember.name, PartyMember.id)
        .execution_options(yield_per=BATCH)
    )
    for number, row in enumerate(s.execute(query), start=1):
        did = counts.get(row.id, (0, 0, 0, 0, 0))
        yield (
            number,
            row.unit,
            unit_kinds.get(row.unit_kind, row.unit_kind),
            row.name,
            ctx.phone(row.phone),
            row.neighbourhood or None,
            row.grid or None,
            row.reported_on,
            row.last_reported_on,
            left if row.left_on is not None and row.left_on <= ctx.period.last else active,
            *did,
        )
