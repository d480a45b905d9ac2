"""Adding the reports of several centers together: the county view and a server's total.

The figures themselves are the plain values of ``domain.reports``; this module only sums them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime

from hall_desk.domain.periods import Period
from hall_desk.domain.reports import (
    BacklogFigures,
    BreakdownRow,
    CaseFigures,
    CountRow,
    DayCount,
    PeriodReport,
    RatingDay,
    RatingFigures,
    RoomFigures,
    RoomRow,
    VisitorFigures,
)


def _merge_rows(groups: Iterable[Sequence[CountRow]]) -> tuple[CountRow, ...]:
    order: dict[str, CountRow] = {}
    for rows in groups:
        for row in rows:
            seen = order.get(row.key)
            order[row.key] = (
                row if seen is None else CountRow(row.key, seen.label, seen.count + row.count)
            )
    return tuple(order.values())


def _merge_days(groups: Iterable[Sequence[DayCount]]) -> tuple[DayCount, ...]:
    totals: dict[date, int] = {}
    for rows in groups:
        for row in rows:
            totals[row.day] = totals.get(row.day, 0) + row.count
    return tuple(DayCount(day, count) for day, count in sorted(totals.items()))


def _merge_breakdown(groups: Iterable[Sequence[BreakdownRow]]) -> tuple[BreakdownRow, ...]:
    merged: dict[str, BreakdownRow] = {}
    for rows in groups:
        for row in rows:
            seen = merged.get(row.key)
            merged[row.key] = (
                row
                if seen is None
                else BreakdownRow(
                    row.key,
                    seen.label,
                    seen.accepted + row.accepted,
                    seen.completed + row.completed,
                    seen.agent + row.agent,
                )
            )
    return tuple(sorted(merged.values(), key=lambda r: (-r.accepted, r.key)))


def _merge_rooms(groups: Iterable[Sequence[RoomRow]]) -> tuple[RoomRow, ...]:
    """Rooms of different centers are different rooms; they stay separate, named by code."""
    rows: list[RoomRow] = []
    for group in groups:
        rows.extend(group)
    return tuple(rows)


def _sum(reports: Sequence[PeriodReport], part: Callable[[PeriodReport], int]) -> int:
    return sum(part(r) for r in reports)


def total_report(
    reports: Sequence[PeriodReport],
    period: Period,
    generated_at: datetime,
    as_of: datetime | None = None,
) -> PeriodReport:
    """Every figure of ``reports`` added up (site id 0, code "ALL"); ``as_of`` as theirs."""
    v = [r.visitors for r in reports]
    c = [r.cases for r in reports]
    rooms = [r.rooms for r in reports]
    rating_days: dict[date, tuple[int, int]] = {}
    for report in reports:
        for day in report.ratings.per_day:
            count, satisfied = rating_days.get(day.day, (0, 0))
            rating_days[day.day] = (count + day.count, satisfied + day.satisfied)
    by_hour = tuple(sum(x.by_hour[h] for x in v) for h in range(24)) if v else (0,) * 24
    return PeriodReport(
        site_id=0,
        site_code="ALL",
        site_name="",
        period=period,
        generated_at=generated_at,
        visitors=VisitorFigures(
            visits=sum(x.visits for x in v),
            people=sum(x.people for x in v),
            by_category=_merge_rows(x.by_category for x in v),
            by_purpose=_merge_rows(x.by_purpose for x in v),
            by_hour=by_hour,
            per_day=_merge_days(x.per_day for x in v),
            walk_ins=_merge_rows(x.walk_ins for x in v),
            walk_ins_total=sum(x.walk_ins_total for x in v),
        ),
        cases=CaseFigures(
            received=sum(x.received for x in c),
            accepted=sum(x.accepted for x in c),
            refused=sum(x.refused for x in c),
            notified=sum(x.notified for x in c),
            completed=sum(x.completed for x in c),
            completed_late=sum(x.completed_late for x in c),
            returned=sum(x.returned for x in c),
            agent=sum(x.agent for x in c),
            by_item=_merge_breakdown(x.by_item for x in c),
            by_office=_merge_breakdown(x.by_office for x in c),
        ),
        rooms=RoomFigures(
            bookings=sum(x.bookings for x in rooms),
            checked_in=sum(x.checked_in for x in rooms),
            no_shows=sum(x.no_shows for x in rooms),
            cancelled=sum(x.cancelled for x in rooms),
            used_hours=sum(x.used_hours for x in rooms),
            open_hours=sum(x.open_hours for x in rooms),
            per_room=_merge_rooms(x.per_room for x in rooms),
        ),
        ratings=RatingFigures(
            count=_sum(reports, lambda r: r.ratings.count),
            satisfied=_sum(reports, lambda r: r.ratings.satisfied),
            by_rating=_merge_rows(r.ratings.by_rating for r in reports),
            per_day=tuple(
                RatingDay(day, count, satisfied)
                for day, (count, satisfied) in sorted(rating_days.items())
            ),
        ),
        backlog=BacklogFigures(
            in_hall=_sum(reports, lambda r: r.backlog.in_hall),
            open_cases=_sum(reports, lambda r: r.backlog.open_cases),
            waiting_docs=_sum(reports, lambda r: r.backlog.waiting_docs),
            overdue=_sum(reports, lambda r: r.backlog.overdue),
            due_today=_sum(reports, lambda r: r.backlog.due_today),
            follow_ups_open=_sum(reports, lambda r: r.backlog.follow_ups_open),
            checks_due=_sum(reports, lambda r: r.backlog.checks_due),
            receipts_outstanding=_sum(reports, lambda r: r.backlog.receipts_outstanding),
            pending_bookings=_sum(reports, lambda r: r.backlog.pending_bookings),
        ),
        as_of=as_of,
    )
