"""The demand figures of one center, counted in SQL (SUM(CASE ...) and GROUP BY), a handful of
queries per report whatever the number of demands.

What each figure counts is written in ``domain.demand_figures``; the conditions are here, so
the figures, the breakdowns and the records behind them agree.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session, aliased

from hall_desk.db.party_models import (
    Demand,
    DemandCaller,
    DemandCategory,
    DemandEvent,
    MeetingProblem,
    PartyMember,
    PartyUnit,
)
from hall_desk.domain.demand_figures import (
    NO_NEIGHBOURHOOD,
    DemandBacklog,
    DemandBreakdown,
    DemandCounts,
    DemandDay,
    DemandRow,
    OverdueDemand,
    count_values,
)
from hall_desk.domain.demands import (
    LEVEL_LABELS,
    OPEN_STATUSES,
    RUNNING_STATUSES,
    DemandAction,
    DemandLevel,
    DemandStatus,
)
from hall_desk.domain.periods import Period
from hall_desk.services.figures.stats_rules import SATISFIED, Condition, SqlDialect, as_date
from hall_desk.services.party.demand_lists import overdue_condition

OPEN = tuple(s.value for s in OPEN_STATUSES)
RUNNING = tuple(s.value for s in RUNNING_STATUSES)


def _in(column: Any, period: Period) -> Condition:
    return and_(column >= period.start, column < period.end)


def counted(site_id: int) -> list[Condition]:
    """The center's demands that count: none folded into another (并单)."""
    return [Demand.site_id == site_id, Demand.merged_into_id.is_(None)]


def touched_in(period: Period) -> Condition:
    """Demands with any of their counted moments in the period."""
    return or_(
        _in(Demand.created_at, period),
        _in(Demand.dispatched_at, period),
        _in(Demand.accepted_at, period),
        _in(Demand.solved_at, period),
        _in(Demand.called_back_at, period),
    )


def measure_conditions(
    sql: SqlDialect, period: Period, on_site_minutes: int
) -> dict[str, Condition]:
    """Per measure of ``DemandCounts`` (not the ratings of callers): when a demand counts."""
    accepted = _in(Demand.accepted_at, period)
    solved = _in(Demand.solved_at, period)
    rated = and_(_in(Demand.called_back_at, period), Demand.rating.is_not(None))
    return {
        "collected": _in(Demand.created_at, period),
        "wishes": and_(_in(Demand.created_at, period), Demand.kind == "wish"),
        "dispatched": _in(Demand.dispatched_at, period),
        "accepted": accepted,
        "on_time_responses": and_(
            accepted,
            Demand.dispatched_at.is_not(None),
            sql.seconds(Demand.dispatched_at, Demand.accepted_at) <= on_site_minutes * 60,
        ),
        "solved": solved,
        "solved_on_time": and_(
            solved, Demand.due_at.is_not(None), Demand.solved_at <= Demand.due_at
        ),
        "rated": rated,
        "satisfied": and_(rated, Demand.rating.in_(SATISFIED)),
    }


def _sums(conditions: dict[str, Condition], period: Period) -> list[ColumnElement[Any]]:
    columns: list[ColumnElement[Any]] = [
        func.coalesce(func.sum(case((condition, 1), else_=0)), 0).label(name)
        for name, condition in conditions.items()
    ]
    minutes = case((_in(Demand.solved_at, period), Demand.service_minutes), else_=0)
    columns.append(func.coalesce(func.sum(minutes), 0).label("service_minutes"))
    return columns


def _counts(row: Any, caller_ratings: tuple[int, int] = (0, 0)) -> dict[str, int]:
    values = {name: int(value or 0) for name, value in row._mapping.items() if name != "key"}
    values["rated"] += caller_ratings[0]
    values["satisfied"] += caller_ratings[1]
    return values


def caller_ratings_of(period: Period) -> tuple[Condition, ...]:
    rated = and_(_in(DemandCaller.called_back_at, period), DemandCaller.rating.is_not(None))
    return (DemandCaller.demand_id == Demand.id, rated)


def merged_calls(s: Session, site_id: int, period: Period) -> int:
    """Residents' calls merged into a counted demand (并单), raised in the period."""
    return int(
        s.scalar(
            select(func.count(DemandCaller.id))
            .join(Demand, Demand.id == DemandCaller.demand_id)
            .where(*counted(site_id), _in(DemandCaller.raised_at, period))
        )
        or 0
    )


def reopened(s: Session, site_id: int, period: Period) -> int:
    """Reopen moves (复办) made in the period."""
    return int(
        s.scalar(
            select(func.count(DemandEvent.id))
            .join(Demand, Demand.id == DemandEvent.demand_id)
            .where(
                *counted(site_id),
                DemandEvent.action == DemandAction.REOPEN.value,
                _in(DemandEvent.at, period),
            )
        )
        or 0
    )


def per_day(s: Session, sql: SqlDialect, site_id: int, period: Period) -> tuple[DemandDay, ...]:
    """Demands collected and solved on every day of the period."""
    found: dict[str, Counter[date]] = {"collected": Counter(), "solved": Counter()}
    for name, column in (("collected", Demand.created_at), ("solved", Demand.solved_at)):
        day = sql.day(column)
        for raw_day, count in s.execute(
            select(day, func.count()).where(*counted(site_id), _in(column, period)).group_by(day)
        ):
            found[name][as_date(raw_day)] += int(count)
    return tuple(DemandDay(d, found["collected"][d], found["solved"][d]) for d in period.dates())


# -- breakdowns ---------------------------------------------------------------------------------


def _unit_pairs(site_id: int) -> Any:
    """(demand id, unit id) of the center's demands given to a unit or to one of its members
    (a demand once per unit), as a subquery."""
    given = select(Demand.id.label("demand_id"), Demand.unit_id.label("key")).where(
        *counted(site_id), Demand.unit_id.is_not(None)
    )
    through = (
        select(Demand.id.label("demand_id"), PartyMember.unit_id.label("key"))
        .join(PartyMember, PartyMember.id == Demand.member_id)
        .where(*counted(site_id))
    )
    return union(given, through).subquery()


def breakdown_counts(
    s: Session,
    sql: SqlDialect,
    site_id: int,
    period: Period,
    on_site_minutes: int,
    by: DemandBreakdown,
) -> dict[str, DemandCounts]:
    """The measures per key of one breakdown (as text: an id, or the 小区 as written); only
    keys with something counted."""
    sums = _sums(measure_conditions(sql, period, on_site_minutes), period)
    satisfied = func.sum(case((DemandCaller.rating.in_(SATISFIED), 1), else_=0))
    key: Any
    callers: Any
    if by is DemandBreakdown.UNIT:
        pairs = _unit_pairs(site_id)
        key = pairs.c.key
        demands = select(key.label("key"), *sums).select_from(pairs)
        demands = demands.join(Demand, Demand.id == pairs.c.demand_id).where(touched_in(period))
        callers = (
            select(key, func.count(DemandCaller.id), satisfied)
            .select_from(pairs)
            .join(Demand, Demand.id == pairs.c.demand_id)
            .join(DemandCaller, DemandCaller.demand_id == Demand.id)
            .where(*caller_ratings_of(period))
        )
    else:
        key = {
            DemandBreakdown.CATEGORY: Demand.category_id,
            DemandBreakdown.NEIGHBOURHOOD: Demand.neighbourhood,
            DemandBreakdown.MEMBER: Demand.member_id,
        }[by]
        demands = select(key.label("key"), *sums).where(
            *counted(site_id), touched_in(period), key.is_not(None)
        )
        callers = (
            select(key, func.count(DemandCaller.id), satisfied)
            .select_from(DemandCaller)
            .join(Demand, Demand.id == DemandCaller.demand_id)
            .where(*counted(site_id), *caller_ratings_of(period), key.is_not(None))
        )
    ratings: dict[str, tuple[int, int]] = {
        str(k): (int(rated or 0), int(happy or 0))
        for k, rated, happy in s.execute(callers.group_by(key))
    }
    result: dict[str, DemandCounts] = {}
    for row in s.execute(demands.group_by(key)):
        k = str(row.key)
        result[k] = DemandCounts(**_counts(row, ratings.pop(k, (0, 0))))
    for k, (rated, happy) in ratings.items():  # rated by a caller only
        result[k] = DemandCounts(rated=rated, satisfied=happy)
    return {k: counts for k, counts in result.items() if not counts.is_empty()}


def _labels(s: Session, by: DemandBreakdown, keys: list[str]) -> dict[str, tuple[str, str]]:
    """(label, detail) of each key: the 小区 as written, or a kind's, unit's or member's name
    (and a member's unit)."""
    if by is DemandBreakdown.NEIGHBOURHOOD:
        return {k: (k or NO_NEIGHBOURHOOD, "") for k in keys}
    ids = [int(k) for k in keys if k.isdigit()]
    query: Any
    if by is DemandBreakdown.CATEGORY:
        query = select(DemandCategory.id, DemandCategory.name, literal("")).where(
            DemandCategory.id.in_(ids)
        )
    elif by is DemandBreakdown.UNIT:
        query = select(PartyUnit.id, PartyUnit.name, literal("")).where(PartyUnit.id.in_(ids))
    else:
        query = (
            select(PartyMember.id, PartyMember.name, PartyUnit.name)
            .join(PartyUnit, PartyUnit.id == PartyMember.unit_id)
            .where(PartyMember.id.in_(ids))
        )
    return {str(i): (str(name), str(detail or "")) for i, name, detail in s.execute(query)}


def breakdown_rows(
    s: Session,
    sql: SqlDialect,
    site_id: int,
    period: Period,
    on_site_minutes: int,
    by: DemandBreakdown,
) -> tuple[DemandRow, ...]:
    """One row per kind of demand, 小区, unit or member with anything counted in the period:
    most collected first, then most solved, then by name."""
    counts = breakdown_counts(s, sql, site_id, period, on_site_minutes, by)
    labels = _labels(s, by, list(counts))
    rows = [
        DemandRow(
            key=key,
            label=labels.get(key, (key, ""))[0],
            detail=labels.get(key, (key, ""))[1],
            **count_values(value),
        )
        for key, value in counts.items()
    ]
    return tuple(sorted(rows, key=lambda r: (-r.collected, -r.dispatched, -r.solved, r.label)))


# -- what stands open now -----------------------------------------------------------------------


def _seconds_until(sql: SqlDialect, column: Any, moment: datetime) -> ColumnElement[Any]:
    """Seconds from ``moment`` to the datetime in ``column`` (negative once it has passed)."""
    if sql.is_sqlite:
        now = literal(moment, DateTime())
        return (func.julianday(column) - func.julianday(now)) * 86400
    return func.extract("epoch", column - literal(moment, DateTime()))


def overdue_now(now: datetime, on_site_minutes: int) -> Condition:
    """Overdue exactly as the demand desk's own list has it
    (``services.party.demand_lists.overdue_condition``): taken on and past its due time or
    its on-site time, or dispatched for a visit and not taken on within the on-site minutes."""
    return overdue_condition(on_site_minutes, now)


def due_soon_now(sql: SqlDialect, now: datetime) -> Condition:
    """Running demands in the last fifth of their own clock, at least 5 minutes (as
    ``domain.demands.clock_state``): ``clock_minutes`` * 60 s * 0.2 = 12 s a minute."""
    margin = case((Demand.clock_minutes * 12 > 300, Demand.clock_minutes * 12), else_=300)
    return and_(
        Demand.status.in_(RUNNING),
        Demand.due_at >= now,
        _seconds_until(sql, Demand.due_at, now) <= margin,
    )


def problems_overdue(site_id: int, today: date) -> list[Condition]:
    """Problems of residents' meetings not ticked off (销号) by their due date."""
    return [
        MeetingProblem.site_id == site_id,
        MeetingProblem.done_at.is_(None),
        MeetingProblem.due_date < today,
    ]


def backlog(
    s: Session, sql: SqlDialect, site_id: int, now: datetime, on_site_minutes: int
) -> DemandBacklog:
    """Open, overdue and due-soon demands at ``now``; meeting problems overdue today."""
    open_now, overdue_count, due_soon = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((overdue_now(now, on_site_minutes), 1), else_=0)), 0),
            func.coalesce(func.sum(case((due_soon_now(sql, now), 1), else_=0)), 0),
        ).where(*counted(site_id), Demand.status.in_(OPEN))
    ).one()
    problems = s.scalar(
        select(func.count(MeetingProblem.id)).where(*problems_overdue(site_id, now.date()))
    )
    return DemandBacklog(
        open_now=int(open_now or 0),
        overdue_open=int(overdue_count or 0),
        due_soon=int(due_soon or 0),
        problems_overdue=int(problems or 0),
    )


def overdue_demands(
    s: Session, site_id: int, now: datetime, on_site_minutes: int, limit: int
) -> list[OverdueDemand]:
    """Overdue demands (see ``overdue_now``), the longest overdue first."""
    member_unit = aliased(PartyUnit)
    rows = s.execute(
        select(
            Demand.number,
            DemandCategory.name.label("category"),
            Demand.neighbourhood,
            Demand.place,
            Demand.level,
            Demand.due_at,
            Demand.status,
            Demand.on_site_by,
            Demand.on_site_at,
            Demand.dispatched_at,
            PartyMember.name.label("member"),
            member_unit.name.label("member_unit"),
            PartyUnit.name.label("unit"),
        )
        .join(DemandCategory, DemandCategory.id == Demand.category_id)
        .outerjoin(PartyMember, PartyMember.id == Demand.member_id)
        .outerjoin(member_unit, member_unit.id == PartyMember.unit_id)
        .outerjoin(PartyUnit, PartyUnit.id == Demand.unit_id)
        .where(*counted(site_id), overdue_now(now, on_site_minutes))
        .order_by(Demand.id)
    ).all()
    result: list[OverdueDemand] = []
    for row in rows:
        # The first promise missed: on site, the solution, or taking it on for a visit.
        if row.status == DemandStatus.DISPATCHED.value:
            missed = row.dispatched_at + timedelta(minutes=on_site_minutes)
        else:
            on_site = row.on_site_by if row.on_site_at is None else None
            missed = min(t for t in (row.due_at, on_site) if t is not None)
        # The member (with their unit) who has it, else the unit it was given to.
        holder = f"{row.member}（{row.member_unit}）" if row.member else (row.unit or "")
        try:
            level = LEVEL_LABELS[DemandLevel(row.level)]
        except ValueError:
            level = row.level
        result.append(
            OverdueDemand(
                number=row.number,
                category=row.category,
                neighbourhood=row.neighbourhood,
                place=row.place,
                holder=holder,
                level=level,
                due_at=missed,
                minutes_late=int((now - missed).total_seconds() // 60),
            )
        )
    result.sort(key=lambda d: (d.due_at, d.number))
    return result[:limit]
