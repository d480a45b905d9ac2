"""The feedback sheet (报到单位反馈表) sent back to a reporting unit, or to one member, for a
period: each member's demands solved (number, day, category, place, result, hours, rating),
total hours, ratings and the satisfaction rate, projects claimed with their progress, a total
row, and a block for the community's opinion, signature and stamp. A4 portrait, Chinese text in
the bundled font; residents are never named. Every page ends with "第 n 页 共 m 页".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
)

from hall_desk.domain.activities import format_hours
from hall_desk.domain.cases import Rating
from hall_desk.domain.demand_documents import (
    ClaimedProject,
    FeedbackSheetData,
    HandledDemand,
    MemberServices,
    ServiceTally,
)
from hall_desk.printing.booking_slips import chinese_day
from hall_desk.printing.report_layout import (
    BODY,
    MARGIN,
    PAGE,
    SMALL,
    WIDTH,
    data_table,
    font,
    heading,
    name_cell,
    note,
    percent_text,
    style,
    sub_heading,
)
from hall_desk.printing.slip_layout import (
    GREY,
    BoldText,
    hang_chinese_punctuation,
    para,
    style_table,
)
from hall_desk.printing.slip_pages import PDF_CREATOR

__all__ = ["feedback_sheet_title", "render_feedback_sheet"]

UNIT_KIND_TEXT = {
    "government": "党政机关",
    "institution": "事业单位",
    "state_owned": "国有企业",
    "private": "非公企业",
    "social_org": "社会组织",
    "property": "物业企业",
}
RATING_TEXT = {
    Rating.VERY_SATISFIED: "非常满意",
    Rating.SATISFIED: "满意",
    Rating.FAIRLY_SATISFIED: "基本满意",
    Rating.DISSATISFIED: "不满意",
    Rating.VERY_DISSATISFIED: "非常不满意",
}
PROJECT_STATUS_TEXT = {
    "published": "待认领",
    "claimed": "进行中",
    "done": "已完成",
    "withdrawn": "已撤回",
}
DASH = "—"
_FOOTER = 10 * mm
_RUNNING_HEAD = 7 * mm
_SHADE = colors.HexColor("#f0f0f0")


def feedback_sheet_title(data: FeedbackSheetData) -> str:
    return "在职党员服务反馈表" if data.for_member else "报到单位反馈表"


def render_feedback_sheet(data: FeedbackSheetData) -> bytes:
    """The sheet as A4 PDF bytes."""
    hang_chinese_punctuation()
    story: list[Flowable] = [*_header(data), *_summary(data), *_details(data), _sign_block(data)]
    pdf, pages = _build(data, story, total_pages=0)
    if pages > 1:  # a second pass prints "共 m 页" on each page
        story = [*_header(data), *_summary(data), *_details(data), _sign_block(data)]
        pdf, _ = _build(data, story, total_pages=pages)
    return pdf


# ---------------------------------------------------------------------------------------------
# Text


def _period(first: date, last: date) -> str:
    days = (last - first).days + 1
    return f"{chinese_day(first)} 至 {chinese_day(last)}（共{days}天）"


def _place_of(member: MemberServices) -> str:
    return " / ".join(part for part in (member.neighbourhood, member.grid) if part) or DASH


def _tally_line(tally: ServiceTally) -> str:
    return (
        f"办结群众需求 {tally.demands} 件，服务时长 {format_hours(tally.service_minutes)} 小时；"
        f"收到评价 {tally.rated} 次，满意 {tally.satisfied} 次，"
        f"满意率 {percent_text(tally.satisfaction_rate)}；"
        f"认领项目 {tally.projects} 个，已完成 {tally.projects_done} 个。"
    )


# ---------------------------------------------------------------------------------------------
# Header and summary


def _header(data: FeedbackSheetData) -> list[Flowable]:
    title = BoldText(feedback_sheet_title(data), font(), 20)
    title.spaceBefore = 1 * mm
    title.spaceAfter = 1 * mm
    rows: list[list[Any]] = [
        _info_row("报到单位", data.unit_name, "单位类别", UNIT_KIND_TEXT.get(data.unit_kind, DASH)),
    ]
    if data.for_member:
        member = data.members[0]
        left = f"（{chinese_day(member.left_on)}离开）" if member.left_on is not None else ""
        rows.append(
            _info_row("党员姓名", member.name + left, "报到日期", chinese_day(member.reported_on))
        )
        rows.append(
            _info_row("统计期间", _period(data.first, data.last), "小区/网格", _place_of(member))
        )
    else:
        rows.append(
            _info_row(
                "统计期间", _period(data.first, data.last), "报到党员", f"{len(data.members)} 人"
            )
        )
    label = WIDTH * 0.13
    table = Table(rows, colWidths=[label, WIDTH * 0.42, label, WIDTH - 2 * label - WIDTH * 0.42])
    style_table(
        table,
        [
            ("FONTSIZE", (0, 0), (-1, -1), BODY),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
            ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
            ("BACKGROUND", (0, 0), (0, -1), _SHADE),
            ("BACKGROUND", (2, 0), (2, -1), _SHADE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ],
    )
    table.spaceBefore = 3 * mm
    table.spaceAfter = 1 * mm
    subtitle = "在职党员“双报到”服务情况" + ("（个人）" if data.for_member else "")
    return [
        para(data.center_name or "党群服务中心", style(12, align=TA_CENTER, leading=16)),
        title,
        para(subtitle, style(BODY + 0.5, align=TA_CENTER, color=GREY)),
        table,
    ]


def _info_row(label: str, value: str, label2: str, value2: str) -> list[Any]:
    return [name_cell(label), name_cell(value), name_cell(label2), name_cell(value2)]


def _volunteer_line(shifts: int, minutes: int) -> str:
    return f"参加志愿服务 {shifts} 次，志愿服务时长 {format_hours(minutes)} 小时。"


def _summary(data: FeedbackSheetData) -> list[Flowable]:
    total = data.total
    parts: list[Flowable] = [heading("一、服务汇总")]
    volunteered = _volunteer_line(data.volunteer_shifts, data.volunteer_minutes)
    if not data.for_member:
        parts.append(
            para(
                f"本期报到党员 {len(data.members)} 人，参与服务 {data.members_serving} 人。"
                + _tally_line(total)
                + volunteered,
                style(BODY + 0.5, after=1 * mm, leading=(BODY + 0.5) * 1.6),
            )
        )
        parts.append(_member_table(data))
    else:
        parts.append(
            para(_tally_line(total) + volunteered, style(BODY + 0.5, leading=(BODY + 0.5) * 1.6))
        )
    return parts


def _tally_cells(tally: ServiceTally) -> list[Any]:
    return [
        str(tally.demands),
        format_hours(tally.service_minutes),
        str(tally.rated),
        percent_text(tally.satisfaction_rate),
        f"{tally.projects}（完成{tally.projects_done}）",
    ]


def _member_table(data: FeedbackSheetData) -> Flowable:
    head = ("序号", "姓名", "小区/网格", "办结需求\n（件）", "服务时长\n（小时）", "评价\n（次）",
            "满意率", "认领项目\n（个）", "志愿服务\n（小时）")  # fmt: skip
    rows: list[list[Any]] = [
        [
            str(n),
            name_cell(m.name),
            name_cell(_place_of(m)),
            *_tally_cells(m.tally),
            format_hours(m.volunteer_minutes),
        ]
        for n, m in enumerate(data.members, start=1)
    ]
    if data.unit_demands or data.unit_projects:
        rows.append(
            ["", name_cell("单位直接承接"), name_cell(DASH), *_tally_cells(data.unit_tally), DASH]
        )
    if not rows:
        rows.append(["", name_cell("本期无在册党员"), "", "", "", "", "", "", ""])
    total = [
        "",
        name_cell("合计"),
        "",
        *_tally_cells(data.total),
        format_hours(data.volunteer_minutes),
    ]
    numbers = [0.09, 0.10, 0.07, 0.09, 0.13, 0.10]
    fixed = WIDTH * (0.06 + sum(numbers))
    widths = [WIDTH * 0.06, (WIDTH - fixed) * 0.45, (WIDTH - fixed) * 0.55]
    widths += [WIDTH * share for share in numbers]
    table = data_table(head, rows, widths, total=total, text_columns=3)
    table.setStyle([("ALIGN", (0, 1), (0, -1), "CENTER"), ("SPAN", (1, -1), (2, -1))])
    return table


# ---------------------------------------------------------------------------------------------
# Details per member


def _details(data: FeedbackSheetData) -> list[Flowable]:
    parts: list[Flowable] = [heading("二、服务明细")]
    serving = [m for m in data.members if m.demands or m.projects]
    for number, member in enumerate(serving, start=1):
        tally = member.tally
        title = member.name if data.for_member else f"{number}. {member.name}"
        title += f"（办结需求{tally.demands}件，服务{format_hours(tally.service_minutes)}小时"
        if member.volunteer_shifts:
            hours = format_hours(member.volunteer_minutes)
            title += f"；志愿服务{member.volunteer_shifts}次，{hours}小时"
        title += "）"
        parts += _service_tables(title, member.demands, member.projects)
    if data.unit_demands or data.unit_projects:
        title = f"{len(serving) + 1}. 单位直接承接（{data.unit_name}）"
        parts += _service_tables(title, data.unit_demands, data.unit_projects)
    idle = [m.name for m in data.members if not m.serving]
    if not serving and not (data.unit_demands or data.unit_projects):
        parts.append(note("本期无办结需求和认领项目。"))
    elif idle and not data.for_member:
        parts.append(note("本期无服务记录的党员：" + "、".join(idle) + "。"))
    return parts


def _service_tables(
    title: str, demands: Sequence[HandledDemand], projects: Sequence[ClaimedProject]
) -> list[Flowable]:
    parts: list[Flowable] = [sub_heading(title)]
    if demands:
        parts.append(_demand_table(demands))
    if projects:
        parts.append(_project_table(projects))
    return parts


def _demand_table(demands: Sequence[HandledDemand]) -> Flowable:
    head = ("需求编号", "办结日期", "类别", "地点", "办理结果", "时长\n（小时）", "评价")
    shares = [0.17, 0.11, 0.11, 0.16, 0.0, 0.08, 0.10]
    shares[4] = 1 - sum(shares)
    rows = [
        [
            name_cell(d.number),
            f"{d.solved_on:%Y-%m-%d}",
            name_cell(d.category),
            name_cell(d.place or DASH),
            name_cell(d.result or DASH),
            format_hours(d.service_minutes),
            name_cell(RATING_TEXT[d.rating] if d.rating is not None else "未评价"),
        ]
        for d in demands
    ]
    table = data_table(head, rows, [WIDTH * s for s in shares], text_columns=5)
    table.setStyle([("ALIGN", (1, 1), (1, -1), "CENTER")])
    return table


def _project_table(projects: Sequence[ClaimedProject]) -> Flowable:
    head = ("认领项目", "发布月份", "状态", "完成进度", "完成日期")
    shares = [0.0, 0.14, 0.12, 0.12, 0.14]
    shares[0] = 1 - sum(shares)
    rows = [
        [
            name_cell(p.title),
            f"{p.month.year}年{p.month.month}月",
            PROJECT_STATUS_TEXT.get(p.status, p.status),
            f"{p.progress}%",
            f"{p.done_on:%Y-%m-%d}" if p.done_on is not None else DASH,
        ]
        for p in projects
    ]
    return data_table(head, rows, [WIDTH * s for s in shares])


# ---------------------------------------------------------------------------------------------
# Signatures and pages


def _sign_block(data: FeedbackSheetData) -> Flowable:
    line = style(BODY + 1, leading=(BODY + 1) * 2)
    right = style(BODY + 1, leading=(BODY + 1) * 2, align=2)
    cell = [
        para("社区党组织意见：", line),
        Spacer(1, 14 * mm),
        para("社区党组织（盖章）", right),
        para("负责人签字：______________　　　　____年____月____日", right),
    ]
    receiver = "报到党员" if data.for_member else "报到单位"
    receipt = para(f"{receiver}签收：______________　　　　____年____月____日", line)
    table = Table([[cell], [receipt]], colWidths=[WIDTH])
    style_table(
        table,
        [
            ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#777777")),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )
    return KeepTogether([heading("三、社区意见"), table])


def _build(data: FeedbackSheetData, story: list[Flowable], total_pages: int) -> tuple[bytes, int]:
    title = feedback_sheet_title(data)
    who = data.members[0].name if data.for_member and data.members else data.unit_name
    printed = f"打印时间：{data.printed_at:%Y-%m-%d %H:%M}"
    if data.printed_by:
        printed += f"　打印人：{data.printed_by}"
    period = f"{data.first:%Y-%m-%d} 至 {data.last:%Y-%m-%d}"

    def draw_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        left, right = MARGIN, PAGE[0] - MARGIN
        top = MARGIN + _FOOTER - 2 * mm
        canvas.setStrokeColor(colors.HexColor("#555555"))
        canvas.setLineWidth(0.5)
        canvas.line(left, top, right, top)
        canvas.setFillColor(GREY)
        canvas.setFont(font(), SMALL + 0.5)
        canvas.drawString(left, top - 4 * mm, f"{data.center_name}　{title}")
        canvas.drawRightString(right, top - 4 * mm, printed)
        pages = f"第 {doc.page} 页 共 {total_pages} 页" if total_pages else f"第 {doc.page} 页"
        canvas.drawCentredString(PAGE[0] / 2, MARGIN, pages)
        if doc.page > 1:
            y = PAGE[1] - MARGIN - SMALL
            canvas.drawString(left, y, f"{title}（续）　{who}　{period}")
            canvas.line(left, y - 2 * mm, right, y - 2 * mm)
        canvas.restoreState()

    bottom = MARGIN + _FOOTER

    def frame(offset: float) -> Frame:
        height = PAGE[1] - MARGIN - offset - bottom
        return Frame(MARGIN, bottom, WIDTH, height, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)  # fmt: skip

    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=bottom,
        title=f"{title} {who} {period}",
        author=data.center_name,
        subject=title,
        creator=PDF_CREATOR,
        lang="zh-CN",
        initialFontName=font(),
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first", frames=[frame(0)], onPage=draw_page, autoNextPageTemplate="later"
            ),
            PageTemplate(id="later", frames=[frame(_RUNNING_HEAD)], onPage=draw_page),
        ]
    )
    doc.build(story)
    return buffer.getvalue(), int(doc.page)
