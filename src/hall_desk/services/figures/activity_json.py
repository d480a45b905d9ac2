"""The activities desk's figures as plain JSON values, for ``hall-desk activities --format json``.

Keys are the field names of ``domain.activity_figures`` (English, stable); labels of fixed
lists are turned into the caller's language. Rates are fractions (0.425 for 42.5%), ``null``
when there is nothing to divide by; hours have one decimal, as on the ledgers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from hall_desk.domain.activity_figures import (
    ActivityComparison,
    ActivityCounts,
    ActivityCounty,
    ActivityCountyRow,
    ActivityFigures,
    ActivityRow,
    SessionFigures,
    row_label,
)
from hall_desk.services.figures.report_json import _period, compared_dict, rate

Label = Callable[[str], str]
JSON = dict[str, Any]


def counts_dict(counts: ActivityCounts) -> JSON:
    data: JSON = {f.name: getattr(counts, f.name) for f in fields(ActivityCounts)}
    data["marked"] = counts.marked
    data["served"] = counts.served
    data["attendance_rate"] = rate(counts.attendance_rate)
    data["no_show_rate"] = rate(counts.no_show_rate)
    data["volunteer_hours"] = round(counts.volunteer_hours, 1)
    data["supplementary_hours"] = round(counts.supplementary_hours, 1)
    return data


def _row(row: ActivityRow, label: Label) -> JSON:
    return {"key": row.key, "label": row_label(row.label, label), **counts_dict(row)}


def figures_dict(figures: ActivityFigures, label: Label) -> JSON:
    """Every figure of one center's period (without the center and the period)."""
    return {
        **counts_dict(figures),
        "waiting_now": figures.waiting_now,
        "per_day": [
            {"day": d.day.isoformat(), "sessions": d.sessions, "present": d.present}
            for d in figures.per_day
        ],
        "by_kind": [_row(row, label) for row in figures.by_kind],
        "by_organiser": [_row(row, label) for row in figures.by_organiser],
    }


def session_dict(session: SessionFigures, label: Label) -> JSON:
    return {
        "number": session.number,
        "title": session.title,
        "kind": label(session.kind),
        "organiser": row_label(session.organiser, label),
        "starts_at": session.starts_at.isoformat(timespec="minutes"),
        "ends_at": session.ends_at.isoformat(timespec="minutes"),
        "place": session.place,
        "enrolled": session.enrolled,
        "present": session.present,
        "absent": session.absent,
        "excused": session.excused,
        "volunteers": session.volunteers,
    }


def activity_comparison_dict(
    comparison: ActivityComparison, sessions: list[SessionFigures], label: Label
) -> JSON:
    """A center's period and the previous one, and the period's sessions one by one."""
    return {
        **compared_dict(comparison.current, comparison.previous, lambda f: figures_dict(f, label)),
        "sessions": [session_dict(one, label) for one in sessions],
    }


def _county_row(row: ActivityCountyRow) -> JSON:
    return {
        "activities": row.activities,
        "sessions": row.sessions,
        "served": row.served,
        "volunteers": row.volunteers,
        "volunteer_minutes": row.volunteer_minutes,
        "volunteer_hours": round(row.volunteer_hours, 1),
    }


def activity_county_dict(county: ActivityCounty) -> JSON:
    """Every center side by side, and the total."""
    return {
        "generated_at": county.generated_at.isoformat(timespec="seconds"),
        "period": _period(county.period, county.as_of),
        "centers": [
            {"code": r.site_code, "name": r.site_name, **_county_row(r)} for r in county.sites
        ],
        "total": _county_row(county.total),
    }
