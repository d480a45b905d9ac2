"""The party-service desk's figures as plain text for a terminal (``hall-desk demands``): one
line per figure, this period against the last, what stands open, then the breakdowns.

Columns are padded by display width (``report_text``), so Chinese labels line up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from hall_desk.domain.demand_figures import (
    DemandBreakdown,
    DemandComparison,
    DemandCounty,
    DemandFigures,
    DemandRow,
    row_label,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.printing.report_text import (
    _table,
    change_text,
    compared_table,
    county_table,
    desk_heading,
    percent_text,
    table_or_nothing,
)

Translate = Callable[[str], str]

_BREAKDOWN_TITLES: dict[DemandBreakdown, str] = {
    DemandBreakdown.CATEGORY: QT_TRANSLATE_NOOP("cli", "By kind of demand"),
    DemandBreakdown.NEIGHBOURHOOD: QT_TRANSLATE_NOOP("cli", "By neighbourhood"),
    DemandBreakdown.UNIT: QT_TRANSLATE_NOOP("cli", "By unit"),
    DemandBreakdown.MEMBER: QT_TRANSLATE_NOOP("cli", "By party member"),
}


def _figures(now: DemandFigures, before: DemandFigures, t: Translate) -> list[tuple[str, ...]]:
    in_time = t(QT_TRANSLATE_NOOP("cli", "Taken on within {minutes} minutes")).format(
        minutes=now.on_site_minutes
    )
    counts: list[tuple[str, int, int]] = [
        (QT_TRANSLATE_NOOP("cli", "Demands collected"), now.collected, before.collected),
        (QT_TRANSLATE_NOOP("cli", "Residents' calls (merged included)"), now.calls, before.calls),
        (QT_TRANSLATE_NOOP("cli", "Small wishes"), now.wishes, before.wishes),
        (QT_TRANSLATE_NOOP("cli", "Dispatched"), now.dispatched, before.dispatched),
        (QT_TRANSLATE_NOOP("cli", "Taken on"), now.accepted, before.accepted),
        (in_time, now.on_time_responses, before.on_time_responses),
        (QT_TRANSLATE_NOOP("cli", "Solved"), now.solved, before.solved),
        (QT_TRANSLATE_NOOP("cli", "Solved in time"), now.solved_on_time, before.solved_on_time),
        (QT_TRANSLATE_NOOP("cli", "Reopened"), now.reopened, before.reopened),
        (QT_TRANSLATE_NOOP("cli", "Ratings"), now.rated, before.rated),
    ]
    rates: list[tuple[str, float | None, float | None]] = [
        (QT_TRANSLATE_NOOP("cli", "Response rate"), now.response_rate, before.response_rate),
        (QT_TRANSLATE_NOOP("cli", "Solved in time rate"), now.on_time_rate, before.on_time_rate),
        (
            QT_TRANSLATE_NOOP("cli", "Satisfaction rate"),
            now.satisfaction_rate,
            before.satisfaction_rate,
        ),
    ]
    lines: list[tuple[str, ...]] = [
        (t(label), str(a), str(b), change_text(a, b)) for label, a, b in counts
    ]
    lines += [(t(label), percent_text(a), percent_text(b), "") for label, a, b in rates]
    return lines


def breakdown_lines(
    title: str, rows: Sequence[DemandRow], t: Translate, label: Translate
) -> list[str]:
    """A heading and a table: collected, dispatched, solved, in-time and satisfaction rates."""
    header = (
        t(title),
        t(QT_TRANSLATE_NOOP("cli", "Collected")),
        t(QT_TRANSLATE_NOOP("cli", "Dispatched")),
        t(QT_TRANSLATE_NOOP("cli", "Solved")),
        t(QT_TRANSLATE_NOOP("cli", "In time")),
        t(QT_TRANSLATE_NOOP("cli", "Satisfaction")),
    )
    lines = [
        (
            row_label(row.label, label) + (f" ({row.detail})" if row.detail else ""),
            str(row.collected),
            str(row.dispatched),
            str(row.solved),
            percent_text(row.on_time_rate),
            percent_text(row.satisfaction_rate),
        )
        for row in rows
    ]
    return table_or_nothing(header, lines, t)


def demand_text(
    comparison: DemandComparison,
    breakdowns: Mapping[DemandBreakdown, Sequence[DemandRow]],
    t: Translate,
    label: Translate,
) -> str:
    """A center's demand figures for the period against the previous period's, what stands
    open, and a table per breakdown (kinds of demand from the figures when not given)."""
    now, before = comparison.current, comparison.previous
    lines = desk_heading(now, before, t)
    lines += ["", *compared_table(_figures(now, before, t), t)]
    b = now.backlog
    open_now = [
        (t(QT_TRANSLATE_NOOP("cli", "Demands open")), str(b.open_now)),
        (t(QT_TRANSLATE_NOOP("cli", "Demands overdue")), str(b.overdue_open)),
        (t(QT_TRANSLATE_NOOP("cli", "Demands due soon")), str(b.due_soon)),
        (t(QT_TRANSLATE_NOOP("cli", "Meeting problems overdue")), str(b.problems_overdue)),
    ]
    lines += [
        "",
        t(QT_TRANSLATE_NOOP("cli", "Open at {time}")).format(
            time=now.generated_at.strftime("%Y-%m-%d %H:%M")
        ),
        *_table(("", ""), open_now)[1:],
    ]
    tables = {DemandBreakdown.CATEGORY: now.by_category, **breakdowns}
    for kind in DemandBreakdown:
        if kind in tables:
            lines += ["", *breakdown_lines(_BREAKDOWN_TITLES[kind], tables[kind], t, label)]
    return "\n".join(lines)


def county_demand_text(county: DemandCounty, t: Translate) -> str:
    """Every center's demand figures side by side for the period, and the total."""
    header = (
        t(QT_TRANSLATE_NOOP("cli", "Center")),
        t(QT_TRANSLATE_NOOP("cli", "Collected")),
        t(QT_TRANSLATE_NOOP("cli", "Dispatched")),
        t(QT_TRANSLATE_NOOP("cli", "Solved")),
        t(QT_TRANSLATE_NOOP("cli", "Response rate")),
        t(QT_TRANSLATE_NOOP("cli", "In time")),
        t(QT_TRANSLATE_NOOP("cli", "Satisfaction")),
        t(QT_TRANSLATE_NOOP("cli", "Overdue")),
    )

    def row(name: str, f: DemandFigures) -> tuple[str, ...]:
        return (
            name,
            str(f.collected),
            str(f.dispatched),
            str(f.solved),
            percent_text(f.response_rate),
            percent_text(f.on_time_rate),
            percent_text(f.satisfaction_rate),
            str(f.overdue_open),
        )

    return county_table(county.period, county.sites, county.total, header, row, t)
