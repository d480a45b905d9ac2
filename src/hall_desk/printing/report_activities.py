"""The activities desk in print: the section of a center's daily and period report (活动报名 ·
签到 · 志愿服务时长) and the body of the activity report ``hall-desk activities`` writes.
Internal to ``hall_desk.printing``; the text is Chinese.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable

from hall_desk.domain.activity_figures import (
    ActivityComparison,
    ActivityFigures,
    ActivityRow,
    SessionFigures,
    row_label,
)
from hall_desk.printing.report_desk import TOP_ROWS, per_day_chart, ranked_table, summed
from hall_desk.printing.report_layout import (
    WIDTH,
    caption,
    count_figure,
    data_table,
    figure_grid,
    heading,
    hours_figure,
    hours_text,
    name_cell,
    note,
    percent_text,
    share_figure,
)

Label = Callable[[str], str]

DEFINITIONS = (
    "出席率 = 出席 ÷（出席 + 缺席 + 请假）；缺席率 = 缺席 ÷（出席 + 缺席 + 请假），请假不计为缺席。"
    "服务人次即出席人次。志愿服务时长只计签到、签退在服务时段内的时间，"
    "在岗不足规定比例的不计时长；补录时长单独列出。"
)
ORGANISER_NOTE = "每项活动只有一个主办方；主办方为本中心、双报到单位或项目清单中的项目。"
NO_SESSIONS = "本期无活动"


def activity_figures(comparison: ActivityComparison) -> list[Flowable]:
    """The headline figures of the period against the previous one."""
    now, before = comparison.current, comparison.previous
    figures = [
        count_figure("开展活动（项）", now.activities, before.activities),
        count_figure("活动场次", now.sessions, before.sessions),
        count_figure("报名", now.signups, before.signups),
        count_figure("取消报名", now.cancellations, before.cancellations),
        count_figure("出席（服务人次）", now.present, before.present),
        count_figure("缺席", now.absent, before.absent),
        count_figure("请假", now.excused, before.excused),
        share_figure("出席率", now.attendance_rate, before.attendance_rate),
        share_figure("缺席率", now.no_show_rate, before.no_show_rate),
        count_figure("志愿者（人）", now.volunteers, before.volunteers),
        count_figure("志愿服务（人次）", now.shifts, before.shifts),
        hours_figure("志愿服务时长（小时）", now.volunteer_hours, before.volunteer_hours),
        hours_figure("其中补录（小时）", now.supplementary_hours, before.supplementary_hours),
    ]
    return [figure_grid(figures), note(DEFINITIONS)]


def waiting_note(figures: ActivityFigures) -> Flowable:
    return note(
        f"截至统计时（{figures.generated_at:%Y-%m-%d %H:%M}）：候补 {figures.waiting_now} 人。"
    )


def _row_cells(row: ActivityRow, label: Label) -> list[Any]:
    return [
        name_cell(row_label(row.label, label)),
        str(row.sessions),
        str(row.signups),
        str(row.present),
        str(row.absent),
        str(row.excused),
        percent_text(row.attendance_rate),
        hours_text(row.volunteer_hours),
    ]


def _sum_row(name: str, rows: Sequence[ActivityRow]) -> ActivityRow:
    names = ("sessions", "signups", "present", "absent", "excused", "volunteer_minutes")
    return summed(ActivityRow, name, rows, names)


def breakdown_table(
    title: str, rows: Sequence[ActivityRow], label: Label, top: int = TOP_ROWS
) -> Flowable:
    """场次, 报名, 出席, 缺席, 请假, 出席率, 志愿时长 per row: the first ``top`` rows one by
    one, the rest in one "其他" line, and the total."""
    head = [title, "场次", "报名", "出席", "缺席", "请假", "出席率", "志愿时长\n（小时）"]
    return ranked_table(
        head, rows, lambda row, _: _row_cells(row, label), _sum_row, numbers_share=0.64, top=top
    )


def sessions_table(sessions: Sequence[SessionFigures], label: Label) -> Flowable:
    """Each session: time, activity, organiser, place, 报名, 出席, 缺席, 请假."""
    head = ["时间", "活动", "主办方", "地点", "报名", "出席", "缺席", "请假"]
    numbers = WIDTH * 0.07
    widths = [WIDTH * 0.17, WIDTH * 0.27, WIDTH * 0.16, WIDTH * 0.12] + [numbers] * 4
    short = sessions and all(s.starts_at.date() == sessions[0].starts_at.date() for s in sessions)
    rows = [
        [
            f"{s.starts_at:%H:%M}-{s.ends_at:%H:%M}"
            if short
            else f"{s.starts_at:%Y-%m-%d}\n{s.starts_at:%H:%M}-{s.ends_at:%H:%M}",
            name_cell(f"{s.title}（{label(s.kind)}）"),
            name_cell(row_label(s.organiser, label)),
            name_cell(s.place),
            str(s.enrolled),
            str(s.present),
            str(s.absent),
            str(s.excused),
        ]
        for s in sessions
    ]
    return data_table(head, rows, widths, text_columns=4)


def activities_section(
    comparison: ActivityComparison,
    label: Label,
    number: str = "七",
    sessions: Sequence[SessionFigures] = (),
) -> list[Flowable]:
    """The section of a center's daily or period report: the figures, the kinds of activity,
    the organisers, what waits, and (for a day) the day's sessions one by one."""
    now = comparison.current
    parts: list[Flowable] = [
        heading(f"{number}、活动与志愿服务（活动报名 · 签到 · 志愿服务时长）"),
        *activity_figures(comparison),
    ]
    if sessions:
        parts += [*caption("当日活动场次"), sessions_table(sessions, label)]
    for title, rows in (("活动类型", now.by_kind), ("主办方", now.by_organiser)):
        parts += caption(f"按{title}统计")
        parts.append(breakdown_table(title, rows, label) if rows else note(NO_SESSIONS))
    parts.append(waiting_note(now))
    return parts


def served_chart(comparison: ActivityComparison) -> Flowable:
    """People served (出席人次) per day (week, month): this period as bars, the previous as a
    dashed line."""
    now, before = comparison.current, comparison.previous
    return per_day_chart(now, before, lambda d: d.present, "服务人次", "本期无出席记录")


def activity_report_body(
    comparison: ActivityComparison, sessions: Sequence[SessionFigures], label: Label
) -> list[Flowable]:
    """The activity report without its header and signatures: the figures and a chart, a
    table per kind and per organiser, and every session of the period."""
    now = comparison.current
    story: list[Flowable] = [
        heading("一、总体情况"),
        *activity_figures(comparison),
        waiting_note(now),
        served_chart(comparison),
    ]
    for number, title, rows in (
        ("二", "活动类型", now.by_kind),
        ("三", "主办方", now.by_organiser),
    ):
        story.append(heading(f"{number}、按{title}统计"))
        story.append(breakdown_table(title, rows, label) if rows else note(NO_SESSIONS))
    story.append(note(ORGANISER_NOTE))
    story.append(heading("四、活动场次明细"))
    story.append(sessions_table(sessions, label) if sessions else note(NO_SESSIONS))
    return story
