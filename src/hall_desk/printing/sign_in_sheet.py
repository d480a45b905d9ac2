"""The sign-in sheet (活动签到表) of one session, A4, for sessions run on paper.

A heading with the activity, the session and the room; then one numbered row for everyone
signed up, with the name (a child's guardian beside it), the phone masked, the slip number and
a wide column to sign in. A long list continues over more pages: the table's header row is
repeated on each, and every page names the activity and says "第 n 页 共 m 页". The ticks on the
paper are entered afterwards on the attendance screen. The text is Chinese, as on every printed
sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table

from hall_desk.domain.activities import ActivityKind
from hall_desk.printing.activity_slips import ACTIVITY_KIND_TEXT
from hall_desk.printing.booking_slips import booking_time_text
from hall_desk.printing.fonts import register_cjk_font
from hall_desk.printing.page_count import counted_canvas
from hall_desk.printing.slip_layout import GREY, BoldText, hang_chinese_punctuation, para
from hall_desk.printing.slip_layout import style_table as _style_table

PAGE = A4
MARGIN = 15 * mm
WIDTH = PAGE[0] - 2 * MARGIN
FOOTER = 10 * mm
PDF_CREATOR = "Hall Desk"
BODY = 10.5
SMALL = 8.0
ROW_HEIGHT = 10 * mm  # room for a signature
_HEAD_SHADE = colors.HexColor("#e8e8e8")


@dataclass(frozen=True)
class SignInRow:
    name: str  # the participant (the child, for a children's activity)
    guardian: str  # "李建国（父亲）" for a child; "" otherwise
    phone: str  # masked
    number: str  # the sign-up slip number


@dataclass(frozen=True)
class SignInSheetData:
    center_name: str
    activity_title: str
    activity_number: str
    kind: ActivityKind
    organiser: str
    session_seq: int  # which session of the activity (1-based)
    session_count: int  # how many the activity has
    starts_at: datetime
    ends_at: datetime
    place: str
    children: bool  # a children's activity: the guardian column is printed
    rows: tuple[SignInRow, ...]
    printed_at: datetime


def session_line(data: SignInSheetData) -> str:
    """``第3次（共12次）　2026年11月23日（星期一）09:00–11:00　地点：书画室``."""
    parts = []
    if data.session_count > 1:
        parts.append(f"第{data.session_seq}次（共{data.session_count}次）")
    parts.append(booking_time_text(data.starts_at, data.ends_at))
    if data.place:
        parts.append(f"地点：{data.place}")
    return "　".join(parts)


def render_sign_in_sheet(data: SignInSheetData) -> bytes:
    """The sheet as PDF bytes, as many pages as its rows need."""
    hang_chinese_punctuation()
    font = register_cjk_font()
    story: list[Flowable] = [
        para(data.center_name, _style(font, BODY + 1, align=TA_CENTER, color=GREY)),
        Spacer(1, 1 * mm),
        BoldText(f"{data.activity_title}　签到表", font, 17),
        Spacer(1, 2 * mm),
        para(session_line(data), _style(font, BODY + 0.5, align=TA_CENTER)),
        para(
            f"活动编号：{data.activity_number}　类型：{ACTIVITY_KIND_TEXT[data.kind]}"
            f"　主办方：{data.organiser}　应到：{len(data.rows)}人",
            _style(font, BODY, align=TA_CENTER, color=GREY),
        ),
        Spacer(1, 3 * mm),
        _table(data, font),
        Spacer(1, 4 * mm),
        para(
            "实到＿＿＿人　缺席＿＿＿人　请假＿＿＿人　　　记录人：＿＿＿＿＿＿",
            _style(font, BODY + 0.5),
        ),
        para(
            ("请监护人" if data.children else "请本人")
            + "在“签名”栏签字；请假者请在签名栏注明“请假”。本表由工作人员在活动结束后录入系统。",
            _style(font, SMALL, color=GREY, before=2 * mm),
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
        title=f"{data.activity_title} 签到表",
        author=data.center_name,
        subject="活动签到表",
        creator=PDF_CREATOR,
        lang="zh-CN",
        initialFontName=font,
    )
    doc.build(story, canvasmaker=_numbered_canvas(data, font))
    return buffer.getvalue()


def _table(data: SignInSheetData, font: str) -> Flowable:
    head = _style(font, BODY, align=TA_CENTER)
    cell = _style(font, BODY)
    centred = _style(font, BODY, align=TA_CENTER)
    small = _style(font, SMALL + 0.5, align=TA_CENTER)
    titles = ["序号", "姓名", *(["监护人"] if data.children else []), "联系电话", "报名编号"]
    titles.append("签名")
    rows: list[list[Any]] = [[para(t, head) for t in titles]]
    for seq, row in enumerate(data.rows, start=1):
        line = [para(str(seq), centred), para(row.name, cell)]
        if data.children:
            line.append(para(row.guardian, cell))
        line += [para(row.phone, centred), para(row.number, small), ""]
        rows.append(line)
    if not data.rows:
        rows.append(["", para("（尚无人报名）", cell), *[""] * (len(titles) - 2)])
    widths = [12 * mm, 30 * mm, *([34 * mm] if data.children else []), 28 * mm, 36 * mm]
    widths.append(WIDTH - sum(widths))
    table = Table(
        rows,
        colWidths=widths,
        rowHeights=[None] + [ROW_HEIGHT] * (len(rows) - 1),
        repeatRows=1,
    )
    _style_table(
        table,
        [
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), _HEAD_SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )
    return table


def _style(
    font: str, size: float, *, align: int = 0, color: Any = colors.black, before: float = 0
) -> ParagraphStyle:
    return ParagraphStyle(
        f"sign-in-{size}-{align}",
        fontName=font,
        fontSize=size,
        leading=size * 1.4,
        alignment=align,
        textColor=color,
        spaceBefore=before,
        wordWrap="CJK",
    )


def _numbered_canvas(data: SignInSheetData, font: str) -> type[Canvas]:
    """A canvas that holds its pages back until the end, to print "共 m 页" on each, and names
    the activity and session on every page after the first."""
    printed = f"打印时间：{data.printed_at:%Y-%m-%d %H:%M}"
    title = f"{data.center_name}　{data.activity_title}　签到表"
    when = f"{data.starts_at:%Y-%m-%d %H:%M}–{data.ends_at:%H:%M}"

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        left, right = MARGIN, PAGE[0] - MARGIN
        canvas.setFillColor(GREY)
        canvas.setFont(font, SMALL)
        if page > 1:
            top = PAGE[1] - MARGIN + 3 * mm
            canvas.drawString(left, top, f"{data.activity_title}　签到表（续）")
            canvas.drawRightString(right, top, when)
        line = MARGIN + FOOTER - 2 * mm
        canvas.setStrokeColor(colors.HexColor("#555555"))
        canvas.setLineWidth(0.5)
        canvas.line(left, line, right, line)
        canvas.drawString(left, line - 4 * mm, title)
        canvas.drawRightString(right, line - 4 * mm, printed)
        canvas.drawCentredString(PAGE[0] / 2, MARGIN, f"第 {page} 页 共 {pages} 页")
        canvas.restoreState()

    return counted_canvas(decorate)
