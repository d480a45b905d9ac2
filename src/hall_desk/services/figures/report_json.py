"""The figures of a report as plain JSON values, for ``hall-desk report --format json``.

Keys are the field names of ``domain.reports`` (English, stable); labels are turned into the
caller's language. Shares and rates, which the pages show, are included as fractions
(0.425 for 42.5%), ``null`` when there is nothing to divide by.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol, TypeVar

from hall_desk.domain.periods import Period
from hall_desk.domain.reports import (
    BreakdownRow,
    Comparison,
    CountRow,
    CountyReport,
    PeriodReport,
    RoomRow,
)
from hall_desk.printing.report_text import CenterFigures

Label = Callable[[str], str]
JSON = dict[str, Any]


class CountedFigures(CenterFigures, Protocol):
    """A center's figures of a period (every desk's) and when they were counted."""

    @property
    def generated_at(self) -> datetime: ...


F = TypeVar("F", bound=CountedFigures)


def rate(value: float | None) -> float | None:
    """A rate as a fraction to four places (0.425 for 42.5%), None when there is none."""
    return None if value is None else round(value, 4)


def _period(period: Period, as_of: datetime | None) -> JSON:
    """The days counted; ``as_of`` (null for a period that is over): while the period still
    runs, the moment up to which its room hours (open and used) count."""
    return {
        "from": period.first.isoformat(),
        "to": period.last.isoformat(),
        "kind": period.kind.value,
        "days": period.days,
        "as_of": None if as_of is None else as_of.isoformat(timespec="seconds"),
    }


def _rows(rows: tuple[CountRow, ...], label: Label) -> list[JSON]:
    return [{"key": r.key, "label": label(r.label), "count": r.count} for r in rows]


def _breakdown(rows: tuple[BreakdownRow, ...]) -> list[JSON]:
    return [
        {
            "key": r.key,
            "label": r.label,
            "accepted": r.accepted,
            "completed": r.completed,
            "agent": r.agent,
        }
        for r in rows
    ]


def _room(row: RoomRow) -> JSON:
    return {
        "key": row.key,
        "label": row.label,
        "seats": row.seats,
        "bookings": row.bookings,
        "checked_in": row.checked_in,
        "no_shows": row.no_shows,
        "cancelled": row.cancelled,
        "booked_hours": round(row.booked_hours, 2),
        "used_hours": round(row.used_hours, 2),
        "open_hours": round(row.open_hours, 2),
        "share": None if row.share is None else round(row.share, 4),
    }


def figures_dict(report: PeriodReport, label: Label) -> JSON:
    """Every figure of one report (without the center and period)."""
    v, c, r, g, b = report.visitors, report.cases, report.rooms, report.ratings, report.backlog
    return {
        "visitors": {
            "visits": v.visits,
            "people": v.people,
            "by_category": _rows(v.by_category, label),
            "by_purpose": _rows(v.by_purpose, label),
            "by_hour": list(v.by_hour),
            "per_day": [{"day": d.day.isoformat(), "count": d.count} for d in v.per_day],
            "walk_ins": _rows(v.walk_ins, label),
            "walk_ins_total": v.walk_ins_total,
        },
        "cases": {
            "received": c.received,
            "accepted": c.accepted,
            "refused": c.refused,
            "notified": c.notified,
            "completed": c.completed,
            "completed_late": c.completed_late,
            "returned": c.returned,
            "agent": c.agent,
            "by_item": _breakdown(c.by_item),
            "by_office": _breakdown(c.by_office),
        },
        "rooms": {
            "bookings": r.bookings,
            "checked_in": r.checked_in,
            "no_shows": r.no_shows,
            "cancelled": r.cancelled,
            "used_hours": round(r.used_hours, 2),
            "open_hours": round(r.open_hours, 2),
            "share": None if r.share is None else round(r.share, 4),
            "per_room": [_room(row) for row in r.per_room],
        },
        "ratings": {
            "count": g.count,
            "satisfied": g.satisfied,
            "rate": None if g.rate is None else round(g.rate, 4),
            "by_rating": _rows(g.by_rating, label),
            "per_day": [
                {"day": d.day.isoformat(), "count": d.count, "satisfied": d.satisfied}
                for d in g.per_day
            ],
        },
        "backlog": {
            "in_hall": b.in_hall,
            "open_cases": b.open_cases,
            "waiting_docs": b.waiting_docs,
            "overdue": b.overdue,
            "due_today": b.due_today,
            "follow_ups_open": b.follow_ups_open,
            "checks_due": b.checks_due,
            "receipts_outstanding": b.receipts_outstanding,
            "pending_bookings": b.pending_bookings,
        },
    }


def comparison_dict(comparison: Comparison, label: Label) -> JSON:
    """A center's report and the previous period's, as the Review page compares them."""
    return compared_dict(comparison.current, comparison.previous, lambda f: figures_dict(f, label))


def county_dict(county: CountyReport, label: Label) -> JSON:
    """Every center side by side, and the total."""
    return centers_dict(county.period, county.sites, county.total, lambda f: figures_dict(f, label))


def compared_dict(current: F, previous: F, figures: Callable[[F], JSON]) -> JSON:
    """A center's period and the previous one, each period's figures by ``figures``."""
    return {
        "center": {"code": current.site_code, "name": current.site_name},
        "generated_at": current.generated_at.isoformat(timespec="seconds"),
        "period": _period(current.period, current.as_of),
        "previous_period": _period(previous.period, previous.as_of),
        "current": figures(current),
        "previous": figures(previous),
    }


def centers_dict(
    period: Period, sites: Sequence[F], total: F, figures: Callable[[F], JSON]
) -> JSON:
    """Every center side by side, and the total, each center's figures by ``figures``."""
    return {
        "generated_at": total.generated_at.isoformat(timespec="seconds"),
        "period": _period(period, total.as_of),
        "centers": [{"code": s.site_code, "name": s.site_name, **figures(s)} for s in sites],
        "total": figures(total),
    }
