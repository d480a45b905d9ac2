"""The five sections of a center's report: visitors, cases, function rooms, ratings and what
stands open, each with its figures against the previous period, its tables and its chart.
Internal to ``hall_desk.printing``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from hall_desk.domain.reports import BacklogFigures, BreakdownRow, Comparison, CountRow
from hall_desk.printing.report_charts import (
    CURRENT_NAME,
    PREVIOUS_NAME,
    Series,
    bar_rows_chart,
    column_chart,
    line_chart,
)
from hall_desk.printing.report_layout import (
    HALF,
    WIDTH,
    caption,
    change_text,
    count_figure,
    count_text,
    data_table,
    figure_grid,
    heading,
    hours_figure,
    hours_text,
    name_cell,
    note,
    percent_text,
    running_note,
    share_figure,
    side_by_side,
    sub_heading,
)
from hall_desk.printing.report_series import (
    chart_buckets,
    hour_range,
    rates_per_bucket,
    step_name,
    visits_per_bucket,
)

Label = Callable[[str], str]

#: Service items listed one by one; the rest are summed up in an "其他" row.
TOP_ITEMS = 15
#: Service items in the chart.
CHART_ITEMS = 10

NO_DATA = "本期无数据"
NO_RATINGS = "本期无评价"


def _chart(title: str, drawing: Flowable | None, empty: str = NO_DATA) -> Flowable:
    """A chart under its caption, kept on one page; the note ``empty`` when there is none."""
    if drawing is None:
        return KeepTogether([sub_heading(title), note(empty)])
    return KeepTogether([sub_heading(title), drawing])


def _compare_rows(
    current: Sequence[CountRow], previous: Sequence[CountRow], label: Label
) -> list[list[Any]]:
    before = {row.key: row.count for row in previous}
    rows: list[list[Any]] = []
    for row in current:
        old = before.get(row.key, 0)
        rows.append(
            [name_cell(label(row.label)), str(row.count), str(old), change_text(row.count, old)]
        )
    return rows


def _compare_table(
    head: str,
    current: Sequence[CountRow],
    previous: Sequence[CountRow],
    label: Label,
) -> Flowable:
    widths = [HALF * 0.36, HALF * 0.17, HALF * 0.17, HALF * 0.30]
    return data_table(
        (head, "本期", "上期", "增减"), _compare_rows(current, previous, label), widths
    )


# ---------------------------------------------------------------------------------------------
# 一、来访情况


def visitors_section(comparison: Comparison, label: Label) -> list[Flowable]:
    now, before = comparison.current.visitors, comparison.previous.visitors
    figures = [
        count_figure("登记来访（人次）", now.visits, before.visits),
        count_figure("来访人数", now.people, before.people),
        count_figure("快速计数合计", now.walk_ins_total, before.walk_ins_total),
    ]
    earlier = {row.key: row.count for row in before.walk_ins}
    figures += [
        count_figure(f"快速计数·{label(row.label)}", row.count, earlier.get(row.key, 0))
        for row in now.walk_ins
    ]
    tables = side_by_side(
        _compare_table("来访类别", now.by_category, before.by_category, label),
        _compare_table("来访事由", now.by_purpose, before.by_purpose, label),
    )
    return [
        heading("一、来访情况"),
        figure_grid(figures),
        # The two tables side by side cannot split, so the caption wants room for both.
        *caption("按类别、事由统计（登记人次；一次来访有多项事由的分别计入）", 75 * mm),
        tables,
        _visitors_chart(comparison),
    ]


def _visitors_chart(comparison: Comparison) -> Flowable:
    now, before = comparison.current, comparison.previous
    period = now.period
    if period.days == 1:
        both = zip(now.visitors.by_hour, before.visitors.by_hour, strict=True)
        hours = hour_range([a + b for a, b in both])
        current = [float(now.visitors.by_hour[h]) for h in hours]
        previous = [float(before.visitors.by_hour[h]) for h in hours]
        names = [f"{h}时" for h in hours]
        title = "各时段来访（登记人次，柱：本期，虚线：上期）"
    else:
        buckets = chart_buckets(period)
        current = visits_per_bucket(buckets, now.visitors.per_day)
        previous = visits_per_bucket(chart_buckets(before.period), before.visitors.per_day)
        names = [bucket.label for bucket in buckets]
        step = step_name(period)
        title = f"{step}来访（登记人次；柱：本期，虚线：上期，按第几{step[1]}对齐）"
    if not any(current):
        return _chart(title, None)
    return _chart(title, column_chart(names, current, previous))


# ---------------------------------------------------------------------------------------------
# 二、办件情况


@dataclass(frozen=True)
class ItemLine:
    label: str
    accepted: int
    completed: int
    agent: int
    previous_accepted: int


def item_lines(
    current: Sequence[BreakdownRow], previous: Sequence[BreakdownRow], top: int | None = None
) -> list[ItemLine]:
    """This period's rows (most accepted first), then those only the previous period
    accepted; the first ``top`` one by one and the rest summed up in one "其他" line."""
    before = {row.key: row.accepted for row in previous}
    lines = [
        ItemLine(row.label, row.accepted, row.completed, row.agent, before.get(row.key, 0))
        for row in current
    ]
    listed = {row.key for row in current}
    gone = [row for row in previous if row.key not in listed and row.accepted]
    lines += [
        ItemLine(row.label, 0, 0, 0, row.accepted)
        for row in sorted(gone, key=lambda row: -row.accepted)
    ]
    if top is None or len(lines) <= top:
        return lines
    rest = lines[top:]
    other = ItemLine(
        "其他",
        sum(line.accepted for line in rest),
        sum(line.completed for line in rest),
        sum(line.agent for line in rest),
        sum(line.previous_accepted for line in rest),
    )
    return [*lines[:top], other]


def _item_table(head: str, lines: Sequence[ItemLine]) -> Flowable:
    widths = [WIDTH * 0.44, WIDTH * 0.14, WIDTH * 0.14, WIDTH * 0.14, WIDTH * 0.14]
    rows = [
        [
            name_cell(line.label),
            *map(str, (line.accepted, line.completed, line.agent, line.previous_accepted)),
        ]
        for line in lines
    ]
    total = [
        name_cell("合计"),
        str(sum(line.accepted for line in lines)),
        str(sum(line.completed for line in lines)),
        str(sum(line.agent for line in lines)),
        str(sum(line.previous_accepted for line in lines)),
    ]
    return data_table((head, "受理", "办结", "帮办代办", "上期受理"), rows, widths, total=total)


def cases_section(comparison: Comparison) -> list[Flowable]:
    now, before = comparison.current.cases, comparison.previous.cases
    figures = [
        count_figure("收件", now.received, before.received),
        count_figure("受理", now.accepted, before.accepted),
        count_figure("一次性告知", now.notified, before.notified),
        count_figure("不予受理", now.refused, before.refused),
        count_figure("办结", now.completed, before.completed),
        count_figure("其中超期办结", now.completed_late, before.completed_late),
        count_figure("退回", now.returned, before.returned),
        count_figure("帮办代办", now.agent, before.agent),
    ]
    parts: list[Flowable] = [heading("二、办件情况"), figure_grid(figures)]
    items = item_lines(now.by_item, before.by_item, TOP_ITEMS)
    parts += caption(f"按事项统计（受理最多的前{TOP_ITEMS}项，其余并入“其他”）")
    parts.append(_item_table("事项", items) if items else note("本期无办件"))
    parts.append(_cases_chart(comparison))
    # After the chart: the office table may split over pages, so it fills what the chart leaves.
    offices = item_lines(now.by_office, before.by_office)
    if offices:
        parts += [*caption("按科室统计（办件当前所在科室）"), _item_table("科室", offices)]
    return parts


def _cases_chart(comparison: Comparison) -> Flowable:
    now = comparison.current.cases.by_item[:CHART_ITEMS]
    title = f"受理件数前{CHART_ITEMS}的事项（本期与上期）"
    if not any(row.accepted for row in now):
        return _chart(title, None)
    before = {row.key: row.accepted for row in comparison.previous.cases.by_item}
    series = [
        Series(CURRENT_NAME, [float(row.accepted) for row in now]),
        Series(PREVIOUS_NAME, [float(before.get(row.key, 0)) for row in now]),
    ]
    return _chart(title, bar_rows_chart([row.label for row in now], series))


# ---------------------------------------------------------------------------------------------
# 三、功能室使用


def rooms_section(comparison: Comparison) -> list[Flowable]:
    now, before = comparison.current.rooms, comparison.previous.rooms
    figures = [
        count_figure("预约", now.bookings, before.bookings),
        count_figure("签到", now.checked_in, before.checked_in),
        count_figure("爽约", now.no_shows, before.no_shows),
        count_figure("取消", now.cancelled, before.cancelled),
        hours_figure("使用小时", now.used_hours, before.used_hours),
        hours_figure("开放小时", now.open_hours, before.open_hours),
        share_figure("使用率", now.share, before.share),
    ]
    parts: list[Flowable] = [heading("三、功能室使用"), figure_grid(figures)]
    running = running_note(comparison.current.as_of, comparison.previous.as_of)
    if running:
        parts.append(note(running))
    if not now.per_room:
        return [*parts, note("未设置功能室")]
    widths = [WIDTH * 0.28] + [WIDTH * 0.12] * 6
    rows = [
        [
            name_cell(f"{room.label}（{room.seats}座）" if room.seats else room.label),
            *map(count_text, (room.bookings, room.checked_in, room.no_shows)),
            hours_text(room.used_hours),
            hours_text(room.open_hours),
            percent_text(room.share),
        ]
        for room in now.per_room
    ]
    head = ("功能室", "预约", "签到", "爽约", "使用小时", "开放小时", "使用率")
    parts += [
        *caption("各功能室（自习室按座位小时计算使用率）"),
        data_table(head, rows, widths),
    ]
    earlier = {room.key: room.share for room in before.per_room}
    current = [(room.share or 0) * 100 for room in now.per_room]
    previous = [(earlier.get(room.key) or 0) * 100 for room in now.per_room]
    title = "各功能室使用率（本期与上期）"
    if not any(current):
        return [*parts, _chart(title, None)]
    series = [Series(CURRENT_NAME, current), Series(PREVIOUS_NAME, previous)]
    names = [room.label for room in now.per_room]
    return [*parts, _chart(title, bar_rows_chart(names, series, unit="%", label_width=110))]


# ---------------------------------------------------------------------------------------------
# 四、评价情况


def ratings_section(comparison: Comparison, label: Label) -> list[Flowable]:
    now, before = comparison.current.ratings, comparison.previous.ratings
    figures = [
        count_figure("评价件数", now.count, before.count),
        count_figure("满意件数", now.satisfied, before.satisfied),
        share_figure("满意率", now.rate, before.rate),
    ]
    parts: list[Flowable] = [
        heading("四、评价情况"),
        figure_grid(figures),
        *caption("按评价等级（满意率 = 非常满意、满意、基本满意之和 ÷ 评价件数）"),
        _compare_table("评价", now.by_rating, before.by_rating, label),
    ]
    parts[-1].hAlign = "LEFT"
    title = "满意率走势"
    if not now.count:
        return [*parts, _chart(title, None, NO_RATINGS)]
    period = comparison.current.period
    if period.days == 1:  # one point is no trend; the rate is in the table above
        return parts
    buckets = chart_buckets(period)
    rates = rates_per_bucket(buckets, now.per_day)
    if all(rate is None for rate in rates):  # rated, but no day-by-day figures to plot
        return [*parts, _chart(title, None, NO_RATINGS)]
    drawing = line_chart([bucket.label for bucket in buckets], rates)
    return [*parts, _chart(f"{title}（{step_name(period)}）", drawing)]


# ---------------------------------------------------------------------------------------------
# 五、待办事项


BACKLOG_LABELS: tuple[tuple[str, str], ...] = (
    ("in_hall", "在厅未离开"),
    ("open_cases", "在办件"),
    ("waiting_docs", "待补材料"),
    ("overdue", "已超期"),
    ("due_today", "今日到期"),
    ("follow_ups_open", "差评待回访"),
    ("checks_due", "高龄补贴待年审"),
    ("receipts_outstanding", "组织关系回执未返回"),
    ("pending_bookings", "预约待审批"),
)


def backlog_section(backlog: BacklogFigures, generated_at_text: str) -> list[Flowable]:
    cells: list[list[Any]] = []
    pairs = [(text, getattr(backlog, key)) for key, text in BACKLOG_LABELS]
    for start in range(0, len(pairs), 3):
        row: list[Any] = []
        for text, value in pairs[start : start + 3]:
            row += [name_cell(text), str(value)]
        cells.append(row)
    widths = [WIDTH * 0.22, WIDTH * 0.113] * 3
    table = data_table(("事项", "件数") * 3, cells, widths)
    # Every second column holds numbers; the header names both pairs.
    table.setStyle([("ALIGN", (0, 1), (-1, -1), "RIGHT")])
    for column in (0, 2, 4):
        table.setStyle([("ALIGN", (column, 1), (column, -1), "LEFT")])
    return [
        heading("五、待办事项（截至打印时）"),
        note(f"以下为统计时（{generated_at_text}）仍未办完的事项，不是本期累计数。"),
        table,
    ]
