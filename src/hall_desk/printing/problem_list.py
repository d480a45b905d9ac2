"""A residents' meeting's problem list (问题清单) as an A4 landscape table for the next meeting.

Each item shows its number, the problem, who answers for it, the day it is due and its status
as of printing: 已销号 with the day and the note of what was done, 未到期, or 已逾期 N 个工作日.
A count line closes the table. The text is Chinese, as on every printed sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table

from hall_desk.domain.problem_lists import ProblemState
from hall_desk.printing.booking_slips import chinese_day
from hall_desk.printing.fonts import register_cjk_font
from hall_desk.printing.page_count import counted_canvas
from hall_desk.printing.slip_layout import GREY, BoldText, hang_chinese_punctuation, para
from hall_desk.printing.slip_layout import style_table as _style_table

PAGE = landscape(A4)
MARGIN = 14 * mm
WIDTH = PAGE[0] - 2 * MARGIN
FOOTER = 10 * mm
PDF_CREATOR = "Hall Desk"

BODY = 10.0
SMALL = 8.0
_HEAD_SHADE = colors.HexColor("#e8e8e8")
_OVERDUE = colors.HexColor("#b00020")
_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class ProblemLine:
    seq: int
    description: str
    responsible: str
    due_date: date
    state: ProblemState
    working_days_overdue: int
    done_on: date | None
    done_note: str
    done_late: bool


@dataclass(frozen=True)
class ProblemListSheet:
    center: str
    meeting_title: str
    meeting_kind: str  # 居民议事会 / 居民夜谈 / 会议
    held_on: date
    place: str
    printed_at: datetime
    lines: tuple[ProblemLine, ...]


def status_text(line: ProblemLine) -> str:
    """The status column: 已销号 (day, note), 未到期, or 已逾期 N 个工作日."""
    if line.state is ProblemState.DONE:
        assert line.done_on is not None
        head = f"已销号　{line.done_on.month}月{line.done_on.day}日"
        if line.done_late:
            head += "（超期办结）"
        return f"{head}\n{line.done_note}" if line.done_note else head
    if line.state is ProblemState.OVERDUE:
        if line.working_days_overdue:
            return f"已逾期 {line.working_days_overdue} 个工作日"
        return "已逾期"
    if line.state is ProblemState.DUE_SOON:
        return "未到期（最后一个工作日）"
    return "未到期"


def count_line(lines: Sequence[ProblemLine]) -> str:
    done = sum(1 for line in lines if line.state is ProblemState.DONE)
    overdue = sum(1 for line in lines if line.state is ProblemState.OVERDUE)
    waiting = len(lines) - done - overdue
    return f"共 {len(lines)} 项：已销号 {done} 项，未到期 {waiting} 项，已逾期 {overdue} 项。"


def render_problem_list(sheet: ProblemListSheet) -> bytes:
    """The PDF of the list, every page numbered, the table header repeated on each page."""
    hang_chinese_punctuation()
    font = register_cjk_font()
    story: list[Flowable] = [
        para(sheet.center, _style(font, BODY + 1, align=TA_CENTER, color=GREY)),
        Spacer(1, 1 * mm),
        BoldText(f"{sheet.meeting_kind}问题清单", font, 18),
        Spacer(1, 2 * mm),
        para(_meeting_line(sheet), _style(font, BODY + 1, align=TA_CENTER)),
        Spacer(1, 4 * mm),
        _table(sheet.lines, font),
        Spacer(1, 3 * mm),
        para(count_line(sheet.lines), _style(font, BODY + 1)),
        para(
            "办结时限按工作日计算，周末和法定节假日不计，调休上班日照常计算。",
            _style(font, SMALL, color=GREY, before=1 * mm),
        ),
    ]
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER,
        title=f"{sheet.meeting_title} 问题清单",
        author=sheet.center,
        subject="问题清单",
        creator=PDF_CREATOR,
        lang="zh-CN",
        initialFontName=font,
    )
    doc.build(story, canvasmaker=_numbered_canvas(sheet, font))
    return buffer.getvalue()


def _meeting_line(sheet: ProblemListSheet) -> str:
    day = f"{chinese_day(sheet.held_on)}（星期{_WEEKDAYS[sheet.held_on.weekday()]}）"
    parts = [sheet.meeting_title, f"召开日期：{day}"]
    if sheet.place:
        parts.append(f"地点：{sheet.place}")
    return "　".join(parts)


def _table(lines: Sequence[ProblemLine], font: str) -> Flowable:
    head = _style(font, BODY, align=TA_CENTER)
    cell = _style(font, BODY)
    centred = _style(font, BODY, align=TA_CENTER)
    red = _style(font, BODY, color=_OVERDUE)
    rows: list[list[Any]] = [
        [para(text, head) for text in ("序号", "问题", "责任单位 / 责任人", "办结时限", "状态")]
    ]
    overdue_rows: list[int] = []
    for index, line in enumerate(lines, start=1):
        overdue = line.state is ProblemState.OVERDUE
        if overdue:
            overdue_rows.append(index)
        rows.append(
            [
                para(str(line.seq), centred),
                para(line.description, cell),
                para(line.responsible, cell),
                para(f"{line.due_date.month}月{line.due_date.day}日", centred),
                para(status_text(line), red if overdue else cell),
            ]
        )
    if not lines:
        rows.append(["", para("（本次会议未登记问题）", cell), "", "", ""])
    widths = [14 * mm, WIDTH * 0.40, WIDTH * 0.20, 24 * mm]
    widths.append(WIDTH - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1)
    _style_table(
        table,
        [
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), _HEAD_SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )
    return table


def _style(
    font: str,
    size: float,
    *,
    align: int = 0,
    color: Any = colors.black,
    before: float = 0,
) -> ParagraphStyle:
    return ParagraphStyle(
        f"problem-list-{size}-{align}",
        fontName=font,
        fontSize=size,
        leading=size * 1.4,
        alignment=align,
        textColor=color,
        spaceBefore=before,
        wordWrap="CJK",
    )


def _numbered_canvas(sheet: ProblemListSheet, font: str) -> type[Canvas]:
    """A canvas that holds its pages back until the end, to print "共 m 页" on each."""
    printed = f"打印时间：{sheet.printed_at:%Y-%m-%d %H:%M}"
    title = f"{sheet.center}　{sheet.meeting_title}　问题清单"

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        left, right = MARGIN, PAGE[0] - MARGIN
        top = MARGIN + FOOTER - 2 * mm
        canvas.setStrokeColor(colors.HexColor("#555555"))
        canvas.setLineWidth(0.5)
        canvas.line(left, top, right, top)
        canvas.setFillColor(GREY)
        canvas.setFont(font, SMALL)
        canvas.drawString(left, top - 4 * mm, title)
        canvas.drawRightString(right, top - 4 * mm, printed)
        canvas.drawCentredString(PAGE[0] / 2, MARGIN, f"第 {page} 页 共 {pages} 页")
        canvas.restoreState()

    return counted_canvas(footer)
