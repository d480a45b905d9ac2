"""The party-service desk in print: the section of a center's period report (群众点单 ·
社区派单 · 党员接单 · 群众评单) and the tables of the demand report ``hall-desk demands``
writes. Internal to ``hall_desk.printing``; the text is Chinese.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable

from hall_desk.domain.demand_figures import (
    DemandBacklog,
    DemandBreakdown,
    DemandComparison,
    DemandRow,
    row_label,
)
from hall_desk.printing.report_desk import TOP_ROWS, per_day_chart, ranked_table, summed
from hall_desk.printing.report_layout import (
    caption,
    count_figure,
    figure_grid,
    heading,
    name_cell,
    note,
    percent_text,
    share_figure,
)

Label = Callable[[str], str]

DEFINITIONS = (
    "响应率 = 派单后{minutes}分钟内接单的需求 ÷ 本期接单的需求；"
    "按时办结率 = 在承诺时限内办结的需求 ÷ 本期办结的需求；"
    "满意率 = 非常满意、满意、基本满意之和 ÷ 本期评价数（含并单群众的评价）。"
    "被并入其他需求的不重复计数，其群众计入“群众诉求”。"
)

BREAKDOWN_TITLES: dict[DemandBreakdown, str] = {
    DemandBreakdown.CATEGORY: "需求类别",
    DemandBreakdown.NEIGHBOURHOOD: "小区",
    DemandBreakdown.UNIT: "报到单位",
    DemandBreakdown.MEMBER: "党员",
}

UNIT_NOTE = "派给报到单位或该单位党员的需求都计入该单位；同时派给两个单位的需求分别计入。"


def demand_figures(comparison: DemandComparison) -> list[Flowable]:
    """The headline figures of the period against the previous one."""
    now, before = comparison.current, comparison.previous
    figures = [
        count_figure("收集需求", now.collected, before.collected),
        count_figure("群众诉求（含并单）", now.calls, before.calls),
        count_figure("其中微心愿", now.wishes, before.wishes),
        count_figure("派单", now.dispatched, before.dispatched),
        count_figure("接单", now.accepted, before.accepted),
        count_figure("办结", now.solved, before.solved),
        count_figure("其中按时办结", now.solved_on_time, before.solved_on_time),
        count_figure("复办", now.reopened, before.reopened),
        count_figure("评价数", now.rated, before.rated),
        share_figure("响应率", now.response_rate, before.response_rate),
        share_figure("按时办结率", now.on_time_rate, before.on_time_rate),
        share_figure("满意率", now.satisfaction_rate, before.satisfaction_rate),
    ]
    return [figure_grid(figures), note(DEFINITIONS.format(minutes=now.on_site_minutes))]


def backlog_note(backlog: DemandBacklog, generated_at_text: str) -> Flowable:
    return note(
        f"截至统计时（{generated_at_text}）：在办需求 {backlog.open_now} 件，"
        f"其中超时 {backlog.overdue_open} 件、即将到时 {backlog.due_soon} 件；"
        f"居民议事会问题逾期未销号 {backlog.problems_overdue} 件。"
    )


def _row_cells(row: DemandRow, label: Label, previous: int | None) -> list[Any]:
    shown = row_label(row.label, label)
    cells: list[Any] = [
        name_cell(f"{shown}（{row.detail}）" if row.detail else shown),
        str(row.collected),
        str(row.dispatched),
        str(row.solved),
        percent_text(row.on_time_rate),
        percent_text(row.satisfaction_rate),
    ]
    if previous is not None:
        cells.append(str(previous))
    return cells


def breakdown_table(
    title: str,
    rows: Sequence[DemandRow],
    label: Label,
    previous: Sequence[DemandRow] | None = None,
    top: int = TOP_ROWS,
    *,
    total: bool = True,
) -> Flowable:
    """收集, 派单, 办结, 按时办结率, 满意率 per row (and 上期收集 when ``previous`` is given);
    the first ``top`` rows one by one, the rest in one "其他" line, and the total (not for
    units and members: a demand may count for two units, and some for no member)."""
    head = [title, "收集", "派单", "办结", "按时办结率", "满意率"]
    if previous is not None:
        head.append("上期收集")
    return ranked_table(
        head,
        rows,
        lambda row, earlier: _row_cells(row, label, earlier),
        _sum_row,
        numbers_share=0.62,
        top=top,
        before=None if previous is None else {row.key: row.collected for row in previous},
        total=total,
    )


def _sum_row(name: str, rows: Sequence[DemandRow]) -> DemandRow:
    fields = (
        "collected", "wishes", "dispatched", "accepted", "on_time_responses", "solved",
        "solved_on_time", "rated", "satisfied", "service_minutes",
    )  # fmt: skip
    return summed(DemandRow, name, rows, fields)


def demands_section(
    comparison: DemandComparison, label: Label, number: str = "六"
) -> list[Flowable]:
    """The section of a center's period report: the figures, the kinds of demand, what
    stands open."""
    now, before = comparison.current, comparison.previous
    parts: list[Flowable] = [
        heading(f"{number}、党员服务（群众点单 · 社区派单 · 党员接单 · 群众评单）"),
        *demand_figures(comparison),
    ]
    parts += caption("按需求类别统计")
    if now.by_category or before.by_category:
        parts.append(
            breakdown_table(
                BREAKDOWN_TITLES[DemandBreakdown.CATEGORY],
                now.by_category,
                label,
                before.by_category,
            )
        )
    else:
        parts.append(note("本期无需求"))
    parts.append(backlog_note(now.backlog, f"{now.generated_at:%Y-%m-%d %H:%M}"))
    return parts


def collected_chart(comparison: DemandComparison) -> Flowable:
    """需求 collected per day (week, month): this period as bars, the previous as a line."""
    now, before = comparison.current, comparison.previous
    return per_day_chart(now, before, lambda d: d.collected, "收集需求", "本期无需求")
