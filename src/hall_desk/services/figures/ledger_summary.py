"""The summary sheet (汇总) of the ledgers: a period's figures beside the previous period's.

Built from the statistics service's ``Comparison``, so the workbook shows the same numbers as
the Review page and the printed report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from hall_desk.domain.demand_figures import DemandComparison, DemandFigures
from hall_desk.domain.reports import Comparison, CountRow, PeriodReport
from hall_desk.printing.ledger_xlsx import Cell, CellValue, Style
from hall_desk.printing.report_layout import moment_text, running_note

SummaryRow = Sequence[CellValue | Cell]

#: Column widths of the summary sheet (the per-room table is the widest).
SUMMARY_WIDTHS = (26, 14, 14, 12, 12, 12, 12, 12, 12, 12)

_SIGNED = {Style.INTEGER: Style.SIGNED, Style.DECIMAL: Style.SIGNED_DECIMAL}


@dataclass(frozen=True)
class _Figure:
    title: str
    value: Callable[[PeriodReport], float | None]
    style: Style = Style.INTEGER


def _walk_in_total(r: PeriodReport) -> float | None:
    return r.visitors.walk_ins_total


_FIGURES: tuple[_Figure, ...] = (
    _Figure("来访登记（人次）", lambda r: r.visitors.visits),
    _Figure("来访人数", lambda r: r.visitors.people),
    _Figure("快速计数（人次）", _walk_in_total),
    _Figure("办件收件", lambda r: r.cases.received),
    _Figure("受理", lambda r: r.cases.accepted),
    _Figure("不予受理", lambda r: r.cases.refused),
    _Figure("一次性告知", lambda r: r.cases.notified),
    _Figure("办结", lambda r: r.cases.completed),
    _Figure("其中超期办结", lambda r: r.cases.completed_late),
    _Figure("退回", lambda r: r.cases.returned),
    _Figure("帮办代办", lambda r: r.cases.agent),
    _Figure("功能室预约（场次）", lambda r: r.rooms.bookings),
    _Figure("签到使用", lambda r: r.rooms.checked_in),
    _Figure("爽约", lambda r: r.rooms.no_shows),
    _Figure("取消或未通过", lambda r: r.rooms.cancelled),
    _Figure("使用时长（小时）", lambda r: r.rooms.used_hours, Style.DECIMAL),
    _Figure("开放时长（小时）", lambda r: r.rooms.open_hours, Style.DECIMAL),
    _Figure("功能室使用率", lambda r: r.rooms.share, Style.PERCENT),
    _Figure("评价数", lambda r: r.ratings.count),
    _Figure("满意数", lambda r: r.ratings.satisfied),
    _Figure("满意率", lambda r: r.ratings.rate, Style.PERCENT),
)

_BACKLOG: tuple[tuple[str, Callable[[PeriodReport], int]], ...] = (
    ("在厅未离开人数", lambda r: r.backlog.in_hall),
    ("在办件", lambda r: r.backlog.open_cases),
    ("待补材料", lambda r: r.backlog.waiting_docs),
    ("超期未办结", lambda r: r.backlog.overdue),
    ("今日到期", lambda r: r.backlog.due_today),
    ("差评待回访", lambda r: r.backlog.follow_ups_open),
    ("高龄补贴待年审", lambda r: r.backlog.checks_due),
    ("组织关系回执未返回", lambda r: r.backlog.receipts_outstanding),
    ("待审批预约", lambda r: r.backlog.pending_bookings),
)


def _heading(*titles: str) -> SummaryRow:
    return [Cell(title, Style.HEADING) for title in titles]


def _compare(
    title: str, now: float | None, before: float | None, style: Style = Style.INTEGER
) -> SummaryRow:
    change = None if now is None or before is None else now - before
    signed = _SIGNED.get(style, Style.SIGNED_PERCENT)
    return [title, Cell(now, style), Cell(before, style), Cell(change, signed)]


def _compare_counts(
    title: str, now: Sequence[CountRow], before: Sequence[CountRow], label: Callable[[str], str]
) -> Iterator[SummaryRow]:
    yield _heading(title, "本期", "上期", "增减")
    previous = {row.key: row.count for row in before}
    for row in now:
        yield _compare(label(row.label), row.count, previous.get(row.key, 0))


def summary_rows(comparison: Comparison, label: Callable[[str], str]) -> Iterator[SummaryRow]:
    """Every row of the summary sheet, top to bottom; an empty row leaves a gap."""
    now, before = comparison.current, comparison.previous
    counted = now.period.text()
    if now.as_of is not None:
        counted += f"（截至 {moment_text(now.as_of)}）"
    yield [Cell("服务中心", Style.HEADING), now.site_name]
    yield [Cell("统计期间", Style.HEADING), counted]
    yield [Cell("对比期间", Style.HEADING), before.period.text()]
    yield [Cell("导出时间", Style.HEADING), Cell(now.generated_at, Style.DATETIME)]
    if now.as_of is not None:
        yield [Cell("说明", Style.HEADING), running_note(now.as_of, before.as_of)]
    yield []
    yield _heading("项目", "本期", "上期", "增减")
    for figure in _FIGURES:
        yield _compare(figure.title, figure.value(now), figure.value(before), figure.style)
        if figure.value is _walk_in_total:
            kinds = {row.key: row.count for row in before.visitors.walk_ins}
            for row in now.visitors.walk_ins:
                title = "　其中：" + label(row.label)
                yield _compare(title, row.count, kinds.get(row.key, 0))
    yield []
    yield _heading("截至导出时", "数量")
    for title, value in _BACKLOG:
        yield [title, Cell(value(now), Style.INTEGER)]
    yield []
    yield from _compare_counts(
        "按人员类别", now.visitors.by_category, before.visitors.by_category, label
    )
    yield []
    yield from _compare_counts(
        "按来访事由", now.visitors.by_purpose, before.visitors.by_purpose, label
    )
    yield []
    yield from _compare_counts("按评价", now.ratings.by_rating, before.ratings.by_rating, label)
    yield []
    yield _heading("按服务事项", "受理", "办结", "帮办代办")
    for item in now.cases.by_item:
        yield [item.label, item.accepted, item.completed, item.agent]
    yield []
    yield _heading("按办理科室", "受理", "办结", "帮办代办")
    for office in now.cases.by_office:
        yield [office.label, office.accepted, office.completed, office.agent]
    yield []
    yield _heading(
        "按功能室", "座位数", "预约", "签到", "爽约", "取消",
        "预约时长", "使用时长", "开放时长", "使用率",
    )  # fmt: skip
    for room in now.rooms.per_room:
        yield [
            room.label,
            room.seats or None,
            room.bookings,
            room.checked_in,
            room.no_shows,
            room.cancelled,
            Cell(room.booked_hours, Style.DECIMAL),
            Cell(room.used_hours, Style.DECIMAL),
            Cell(room.open_hours, Style.DECIMAL),
            Cell(room.share, Style.PERCENT),
        ]


_DEMAND_FIGURES: tuple[tuple[str, Callable[[DemandFigures], float | None], Style], ...] = (
    ("收集需求", lambda f: f.collected, Style.INTEGER),
    ("群众诉求（含并单）", lambda f: f.calls, Style.INTEGER),
    ("其中微心愿", lambda f: f.wishes, Style.INTEGER),
    ("派单", lambda f: f.dispatched, Style.INTEGER),
    ("接单", lambda f: f.accepted, Style.INTEGER),
    ("办结", lambda f: f.solved, Style.INTEGER),
    ("其中按时办结", lambda f: f.solved_on_time, Style.INTEGER),
    ("复办", lambda f: f.reopened, Style.INTEGER),
    ("评价数（含并单群众）", lambda f: f.rated, Style.INTEGER),
    ("响应率", lambda f: f.response_rate, Style.PERCENT),
    ("按时办结率", lambda f: f.on_time_rate, Style.PERCENT),
    ("满意率", lambda f: f.satisfaction_rate, Style.PERCENT),
    ("服务时长（小时）", lambda f: f.service_minutes / 60, Style.DECIMAL),
)


def demand_summary_rows(comparison: DemandComparison) -> Iterator[SummaryRow]:
    """The party-service desk's lines of the summary sheet: its figures against the previous
    period, what stands open, and the kinds of demand (the same figures as the pages)."""
    now, before = comparison.current, comparison.previous
    yield _heading("党员服务", "本期", "上期", "增减")
    for title, value, style in _DEMAND_FIGURES:
        yield _compare(title, value(now), value(before), style)
    yield []
    yield _heading("党员服务截至导出时", "数量")
    for title, count in (
        ("在办需求", now.backlog.open_now),
        ("超时未办结需求", now.backlog.overdue_open),
        ("即将到时需求", now.backlog.due_soon),
        ("议事会问题逾期未销号", now.backlog.problems_overdue),
    ):
        yield [title, Cell(count, Style.INTEGER)]
    yield []
    yield _heading("按需求类别", "收集", "派单", "办结", "按时办结率", "满意率")
    for row in now.by_category:
        yield [
            row.label,
            row.collected,
            row.dispatched,
            row.solved,
            Cell(row.on_time_rate, Style.PERCENT),
            Cell(row.satisfaction_rate, Style.PERCENT),
        ]
