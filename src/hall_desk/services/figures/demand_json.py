"""The party-service desk's figures as plain JSON values, for ``hall-desk demands --format json``.

Keys are the field names of ``domain.demand_figures`` (English, stable); labels of fixed
lists are turned into the caller's language. Rates are fractions (0.425 for 42.5%), ``null``
when there is nothing to divide by.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from typing import Any

from hall_desk.domain.demand_figures import (
    DemandBreakdown,
    DemandComparison,
    DemandCounts,
    DemandCounty,
    DemandFigures,
    DemandRow,
    row_label,
)
from hall_desk.services.figures.report_json import centers_dict, compared_dict, rate

Label = Callable[[str], str]
JSON = dict[str, Any]


def counts_dict(counts: DemandCounts) -> JSON:
    data: JSON = {f.name: getattr(counts, f.name) for f in fields(DemandCounts)}
    data["response_rate"] = rate(counts.response_rate)
    data["on_time_rate"] = rate(counts.on_time_rate)
    data["satisfaction_rate"] = rate(counts.satisfaction_rate)
    return data


def _row(row: DemandRow, label: Label) -> JSON:
    shown = row_label(row.label, label)
    return {"key": row.key, "label": shown, "detail": row.detail, **counts_dict(row)}


def figures_dict(figures: DemandFigures, label: Label) -> JSON:
    """Every figure of one center's period (without the center and the period)."""
    return {
        **counts_dict(figures),
        "merged_calls": figures.merged_calls,
        "calls": figures.calls,
        "reopened": figures.reopened,
        "on_site_minutes": figures.on_site_minutes,
        "backlog": {f.name: getattr(figures.backlog, f.name) for f in fields(figures.backlog)},
        "per_day": [
            {"day": d.day.isoformat(), "collected": d.collected, "solved": d.solved}
            for d in figures.per_day
        ],
        "by_category": [_row(row, label) for row in figures.by_category],
    }


def demand_comparison_dict(
    comparison: DemandComparison,
    breakdowns: Mapping[DemandBreakdown, Sequence[DemandRow]],
    label: Label,
) -> JSON:
    """A center's period and the previous one, and the period's breakdowns."""
    return {
        **compared_dict(comparison.current, comparison.previous, lambda f: figures_dict(f, label)),
        "breakdowns": {
            kind.value: [_row(row, label) for row in rows] for kind, rows in breakdowns.items()
        },
    }


def demand_county_dict(county: DemandCounty, label: Label) -> JSON:
    """Every center side by side, and the total."""
    return centers_dict(county.period, county.sites, county.total, lambda f: figures_dict(f, label))
