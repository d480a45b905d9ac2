"""Slips handed to residents at the desk: receipt, one-time notice, refusal, completion notice.

Each slip is rendered to PDF bytes with ReportLab, either on an A5 sheet (the content flows
onto further pages when it is long) or on an 80 mm receipt roll (one page exactly as tall as
its content). All text uses the bundled CJK font, which is embedded, so the slip prints the
same on any PC. The printed text is Simplified Chinese because the slips go to residents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib import textsplit as rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as rl_paragraph

from hall_desk.printing.fonts import register_cjk_font

PDF_CREATOR = "Hall Desk"

DEFAULT_RATING_INVITATION = (
    "请对本次服务进行评价：",
    "非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意",
    "（请在办结时告知前台工作人员，或致电本中心）",
)


class SlipKind(StrEnum):
    """What the slip tells the resident."""

    RECEIPT = "receipt"  # 受理回执: the application was accepted
    NOTICE = "notice"  # 一次性告知单: documents still missing, all listed at once
    REFUSAL = "refusal"  # 不予受理告知书: not accepted, with the reason
    COMPLETION = "completion"  # 办结通知: the case is finished


class SlipLayout(StrEnum):
    """The paper the slip is printed on."""

    A5 = "a5"  # A5 portrait sheet; long content flows onto more pages
    ROLL80 = "roll80"  # 80 mm receipt roll; one page exactly as tall as the content


_TITLES: dict[SlipKind, str] = {
    SlipKind.RECEIPT: "受理回执",
    SlipKind.NOTICE: "一次性告知单",
    SlipKind.REFUSAL: "不予受理告知书",
    SlipKind.COMPLETION: "办结通知",
}


@dataclass(frozen=True)
class SlipData:
    """Everything printed on a slip. Identity numbers and phones arrive already masked."""

    kind: SlipKind
    center_name: str
    center_address: str
    center_phone: str
    case_number: str
    item_name: str
    office: str
    resident_name: str
    resident_id_masked: str
    resident_phone_masked: str
    agent_line: str  # the person helping or acting for the resident (帮办代办); "" when none
    documents_received: tuple[str, ...]
    documents_missing: tuple[str, ...]
    promised_date: date | None  # None for refusals, notices and on-the-spot items
    time_limit_days: int  # working days; 0 means done on the spot
    clerk_name: str
    accepted_at: datetime
    printed_at: datetime
    reason: str = ""  # refusal reason, or the result note of a completed case
    completed_at: datetime | None = None
    rating_invitation: str = ""  # "" prints the default invitation
    reprint: bool = False
    status_label: str = ""


def slip_title(kind: SlipKind) -> str:
    """The Chinese title printed at the top of a slip of this kind."""
    return _TITLES[SlipKind(kind)]


def archive_name(case_number: str, kind: SlipKind, printed_at: datetime, reprint: bool) -> str:
    """A file name safe on any file system, e.g. ``SC01-2026-00042_receipt_20261120-093015.pdf``."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", case_number).strip("_-") or "case"
    suffix = "_reprint" if reprint else ""
    return f"{safe}_{SlipKind(kind).value}_{printed_at:%Y%m%d-%H%M%S}{suffix}.pdf"


def chinese_date(value: date) -> str:
    """``2026年11月20日``."""
    return f"{value.year}年{value.month:02d}月{value.day:02d}日"


def _minutes(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


def promised_text(data: SlipData) -> str:
    """The promised finish as printed: ``2026年12月04日（10个工作日）`` or ``当场办结``."""
    if data.time_limit_days <= 0:
        return "当场办结"
    if data.promised_date is None:
        return f"自受理之日起{data.time_limit_days}个工作日内"
    return f"{chinese_date(data.promised_date)}（{data.time_limit_days}个工作日）"


def rating_lines(data: SlipData, *, wide: bool = True) -> tuple[str, ...]:
    """The rating invitation as printed lines; the default one takes three lines on the roll."""
    text = data.rating_invitation.strip()
    if text:
        return (text,)
    ask, scale, how = DEFAULT_RATING_INVITATION
    return (ask + scale, how) if wide else (ask, scale, how)


def render_slip(data: SlipData, layout: SlipLayout) -> bytes:
    """The slip as PDF bytes."""
    _hang_chinese_punctuation()
    look = _Look.for_layout(SlipLayout(layout))
    if look.layout is SlipLayout.ROLL80:
        return _render_roll(data, look)
    return _render_sheet(data, look)


_CHINESE_CANNOT_START = "，；：！？）》〉」』】〕”’…·"


def _hang_chinese_punctuation() -> None:
    """Keep Chinese closing punctuation off the start of a line.

    ReportLab's CJK wrapping follows the Japanese line-breaking rules only: a full-width
    comma may start a line. Added to its "cannot start a line" set, such a mark hangs at the
    end of the previous line instead, as Chinese typesetting does.
    """
    for module in (rl_textsplit, rl_paragraph):  # each keeps its own copy of the set
        current: str = module.ALL_CANNOT_START
        missing = "".join(char for char in _CHINESE_CANNOT_START if char not in current)
        if missing:
            module.ALL_CANNOT_START = current + missing


# ---------------------------------------------------------------------------------------------
# Look: sizes and styles per layout


@dataclass(frozen=True)
class _Look:
    layout: SlipLayout
    font: str
    page_width: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    qr_size: float
    center_size: float
    title_size: float
    case_size: float
    body_size: float
    small_size: float
    label_width: float
    ruled: bool  # grid lines and shaded labels (sheet) or plain black text (thermal roll)

    @staticmethod
    def for_layout(layout: SlipLayout) -> _Look:
        font = register_cjk_font()
        if layout is SlipLayout.ROLL80:
            return _Look(
                layout=layout,
                font=font,
                page_width=80 * mm,
                margin_x=4 * mm,
                margin_top=5 * mm,
                margin_bottom=10 * mm,
                qr_size=30 * mm,
                center_size=10,
                title_size=16,
                case_size=15,
                body_size=9,
                small_size=7.5,
                label_width=17 * mm,
                ruled=False,
            )
        return _Look(
            layout=layout,
            font=font,
            page_width=A5[0],
            margin_x=14 * mm,
            margin_top=10 * mm,
            margin_bottom=8 * mm,
            qr_size=28 * mm,
            center_size=12,
            title_size=20,
            case_size=17,
            body_size=10,
            small_size=8,
            label_width=19 * mm,
            ruled=True,
        )

    @property
    def width(self) -> float:
        return self.page_width - 2 * self.margin_x

    def style(
        self,
        size: float | None = None,
        *,
        align: int = TA_LEFT,
        leading: float | None = None,
        color: Any = colors.black,
        before: float = 0,
        after: float = 0,
        indent: float = 0,
    ) -> ParagraphStyle:
        size = size or self.body_size
        return ParagraphStyle(
            f"slip-{size}-{align}",
            fontName=self.font,
            fontSize=size,
            leading=leading or size * 1.45,
            alignment=align,
            textColor=color,
            spaceBefore=before,
            spaceAfter=after,
            leftIndent=indent,
            wordWrap="CJK",
        )


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (never markup): escaped, with line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class _BoldText(Flowable):  # type: ignore[misc]
    """Headline text drawn filled and stroked: the bundled font has no bold face."""

    def __init__(self, text: str, font: str, size: float, align: str = "center") -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.align = align
        self.leading = size * 1.35
        self._lines: list[str] = [text]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._lines = _split_to_width(self.text, self.font, self.size, avail_width)
        self.height = self.leading * len(self._lines)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(colors.black)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(self.size * 0.03)
        for index, line in enumerate(self._lines):
            baseline = (
                self.height
                - self.leading * (index + 1)
                + (self.leading - self.size) / 2
                + self.size * 0.14
            )
            if self.align == "center":
                canvas.drawCentredString(self.width / 2, baseline, line, mode=2)
            elif self.align == "right":
                canvas.drawRightString(self.width, baseline, line, mode=2)
            else:
                canvas.drawString(0, baseline, line, mode=2)
        canvas.restoreState()


def _split_to_width(text: str, font: str, size: float, width: float) -> list[str]:
    """Break a headline character by character so that every line fits ``width``."""
    lines: list[str] = []
    current = ""
    for char in text:
        if current and stringWidth(current + char, font, size) > width:
            lines.append(current)
            current = char.lstrip()
        else:
            current += char
    lines.append(current)
    return lines


def _style_table(table: Table, commands: list[tuple[Any, ...]]) -> None:
    """Style a table; its own text (empty cells included) uses the bundled font too."""
    font = register_cjk_font()
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *commands]))


def _qr(value: str, size: float) -> Drawing:
    """The case number as a vector QR code; its 4-module quiet zone lies inside ``size``."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=4, barWidth=size, barHeight=size)
    # Drawings start from Helvetica, which is not embedded; start from the bundled font.
    drawing = Drawing(size, size, initialFontName=register_cjk_font())
    drawing.add(widget)
    drawing.hAlign = "CENTER"
    return drawing


# ---------------------------------------------------------------------------------------------
# Content (shared by both layouts)


def _story(data: SlipData, look: _Look) -> list[Flowable]:
    story: list[Flowable] = []
    if look.layout is SlipLayout.A5:
        story.append(_sheet_header(data, look))
        if data.reprint:
            story.append(_reprint_banner(data, look))
    else:
        story += _roll_header(data, look)
    story.append(_intro(data, look))
    story.append(_info_table(data, look))
    story += _kind_sections(data, look)
    if look.layout is SlipLayout.A5:
        story += _sign_off(data, look)
    else:
        story += _roll_footer(data, look)
    return story


_GREY = colors.HexColor("#333333")


def _case_number_lines(data: SlipData, look: _Look) -> list[Flowable]:
    label = _para("受理编号", look.style(look.small_size + 0.5, align=TA_CENTER, color=_GREY))
    number = _para(
        data.case_number,
        look.style(look.case_size, align=TA_CENTER, leading=look.case_size * 1.25),
    )
    parts: list[Flowable] = [label, number]
    if data.status_label:
        parts.append(_para(f"当前状态：{data.status_label}", look.style(align=TA_CENTER, before=1)))
    return parts


def _title(data: SlipData, look: _Look) -> list[Flowable]:
    center = _para(data.center_name, look.style(look.center_size, align=TA_CENTER))
    title = _BoldText(slip_title(data.kind), look.font, look.title_size)
    title.spaceBefore = 1 * mm
    title.spaceAfter = 1.5 * mm
    return [center, title]


def _sheet_header(data: SlipData, look: _Look) -> Flowable:
    """Center name, title and case number in the middle, the QR code in the right corner.

    The left column is as wide as the QR code so that the title stays centred on the sheet.
    """
    side = look.qr_size
    middle = [*_title(data, look), *_case_number_lines(data, look)]
    table = Table(
        [["", middle, _qr(data.case_number, look.qr_size)]],
        colWidths=[side, look.width - 2 * side, side],
    )
    _style_table(
        table,
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
        ],
    )
    table.spaceAfter = 3 * mm
    return table


def _roll_header(data: SlipData, look: _Look) -> list[Flowable]:
    hint = _para(
        "凭此编号或二维码查询办理进度、补交材料",
        look.style(look.small_size, align=TA_CENTER, color=_GREY),
    )
    reprint = [_reprint_banner(data, look)] if data.reprint else []
    return [
        *_title(data, look),
        *reprint,
        *_case_number_lines(data, look),
        Spacer(1, 1 * mm),
        _qr(data.case_number, look.qr_size),
        hint,
        _Dashes(2 * mm),
    ]


def _reprint_banner(data: SlipData, look: _Look) -> Flowable:
    """A boxed, reversed-out "补打" mark with the time of this printing."""
    size = look.body_size + 2
    mark = Paragraph(
        "补　打",
        look.style(size, align=TA_CENTER, color=colors.white, leading=size * 1.3),
    )
    note = _para(
        ("本单为补打件　" if look.ruled else "") + f"补打时间：{data.printed_at:%Y-%m-%d %H:%M}",
        look.style(look.body_size, leading=look.body_size * 1.3),
    )
    mark_width = size * 4.2
    table = Table([[mark, note]], colWidths=[mark_width, look.width - mark_width])
    _style_table(
        table,
        [
            ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
            ("BACKGROUND", (0, 0), (0, 0), colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ],
    )
    table.spaceAfter = 2.5 * mm
    return table


def _intro(data: SlipData, look: _Look) -> Flowable:
    texts = {
        SlipKind.RECEIPT: "您的申请经审查，材料齐全、符合要求，现予受理。",
        SlipKind.NOTICE: "您的申请材料尚不齐全，现将需要补正的全部材料一次性告知如下。",
        SlipKind.REFUSAL: "您的申请经审查，决定不予受理，理由见下。",
        SlipKind.COMPLETION: "您申请办理的事项已办理完结。",
    }
    return _para(f"{data.resident_name}：{texts[data.kind]}", look.style(after=2 * mm))


_Cell = tuple[str, str]


def _info_rows(data: SlipData, paired: bool) -> list[tuple[_Cell, ...]]:
    """Label/value pairs per table row; ``paired`` puts two short pairs side by side."""
    short: list[_Cell] = [
        ("办理部门", data.office),
        ("经 办 人", data.clerk_name),
        ("申 请 人", data.resident_name),
        ("联系电话", data.resident_phone_masked),
        ("身份证号", data.resident_id_masked),
        ("受理时间", _minutes(data.accepted_at)),
    ]
    rows: list[tuple[_Cell, ...]] = [(("事项名称", data.item_name),)]
    if paired:
        rows += [(short[i], short[i + 1]) for i in range(0, len(short), 2)]
    else:
        order = (2, 4, 3, 0, 5, 1)  # resident first, then the office, time and clerk
        rows += [(short[i],) for i in order[:3]]
    if data.agent_line.strip():
        rows.append((("帮办代办", data.agent_line),))
    if not paired:
        rows += [(short[i],) for i in order[3:]]
    if data.kind is SlipKind.RECEIPT:
        rows.append((("承诺办结", promised_text(data)),))
    elif data.kind is SlipKind.COMPLETION:
        if data.promised_date is not None or data.time_limit_days <= 0:
            rows.append((("承诺办结", promised_text(data)),))
        if data.completed_at is not None:
            rows.append((("办结时间", _minutes(data.completed_at)),))
    return rows


_HIGHLIGHTED = frozenset({"承诺办结", "办结时间"})


def _info_table(data: SlipData, look: _Look) -> Flowable:
    paired = look.ruled
    label_style = look.style(color=colors.HexColor("#222222"))
    value_style = look.style()
    label_width = look.label_width
    if paired:
        right_value = 36 * mm  # fits "2026-11-20 09:30"; the wider left one fits the ID
        left_value = look.width - 2 * label_width - right_value
        widths = [label_width, left_value, label_width, right_value]
    else:
        widths = [label_width, look.width - label_width]
    cells: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 if look.ruled else 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 if look.ruled else 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 if look.ruled else 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 if look.ruled else 0),
    ]
    if look.ruled:
        commands += [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
            ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
        ]
    for index, row in enumerate(_info_rows(data, paired)):
        line: list[Any] = []
        for label, value in row:
            line += [_para(label, label_style), _para(value or "—", value_style)]
        if len(line) < len(widths):
            line += [""] * (len(widths) - len(line))
            commands.append(("SPAN", (1, index), (-1, index)))
        elif look.ruled:
            commands.append(("BACKGROUND", (2, index), (2, index), colors.HexColor("#f0f0f0")))
        if row[0][0] in _HIGHLIGHTED:
            line[1] = _para(row[0][1], look.style(look.body_size + 1))
        cells.append(line)
    table = Table(cells, colWidths=widths, splitInRow=1)
    _style_table(table, commands)
    table.spaceAfter = 3 * mm
    return table


def _section_title(text: str, look: _Look) -> Flowable:
    title = _BoldText(text, look.font, look.body_size + 1, align="left")
    title.spaceBefore = 1.5 * mm
    title.spaceAfter = 1 * mm
    return title


def _numbered(items: Sequence[str], look: _Look, *, empty: str = "无") -> list[Flowable]:
    if not items:
        return [_para(empty, look.style(indent=look.body_size))]
    width = stringWidth(f"{len(items)}.", look.font, look.body_size) + look.body_size * 0.6
    style = ParagraphStyle(
        "numbered",
        parent=look.style(after=1),
        leftIndent=look.body_size * 0.8 + width,
        bulletIndent=look.body_size * 0.8,
        bulletFontName=look.font,
        bulletFontSize=look.body_size,
    )
    return [
        Paragraph(escape(text).replace("\n", "<br/>"), style, bulletText=f"{number}.")
        for number, text in enumerate(items, start=1)
    ]


_BOX_PADDING = {True: 6, False: 4}


def _boxed(flowables: list[Flowable], look: _Look, *, weight: float = 0.9) -> Flowable:
    table = Table([[flowables]], colWidths=[look.width], splitInRow=1)
    _style_table(
        table,
        [
            ("BOX", (0, 0), (-1, -1), weight, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), _BOX_PADDING[look.ruled]),
            ("RIGHTPADDING", (0, 0), (-1, -1), _BOX_PADDING[look.ruled]),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )
    table.spaceBefore = 1 * mm
    table.spaceAfter = 3 * mm
    return table


def _kind_sections(data: SlipData, look: _Look) -> list[Flowable]:
    received_title = f"已收材料（共{len(data.documents_received)}份）"
    note_style = look.style(before=1 * mm, after=2 * mm)
    parts: list[Flowable] = []
    if data.kind is SlipKind.RECEIPT:
        parts.append(_section_title(received_title, look))
        parts += _numbered(data.documents_received, look)
        parts.append(
            _para(
                "请妥善保管本回执，凭受理编号查询办理进度、领取办理结果。",
                note_style,
            )
        )
        parts.append(_rating(data, look, prominent=False))
    elif data.kind is SlipKind.NOTICE:
        parts.append(_section_title(f"需补正材料（共{len(data.documents_missing)}项）", look))
        parts += _numbered(data.documents_missing, look)
        parts.append(
            _boxed(
                [
                    _para(
                        "以上为需要补正的全部材料，本中心一次性告知。"
                        f"请补齐后携带本告知单，凭受理编号 {data.case_number} "
                        "到窗口继续办理。材料补齐前本事项暂缓办理，"
                        "自材料补齐之日起计算办理时限。",
                        look.style(),
                    )
                ],
                look,
            )
        )
        parts.append(_section_title(received_title, look))
        parts += _numbered(data.documents_received, look)
    elif data.kind is SlipKind.REFUSAL:
        parts.append(_section_title("不予受理理由", look))
        parts.append(_boxed([_para(data.reason.strip() or "—", look.style())], look))
        parts.append(
            _para(
                "特此告知。如有疑问，请向窗口工作人员咨询"
                + ("或拨打服务电话：" if data.center_phone else "。"),
                ParagraphStyle("ask", parent=note_style, spaceAfter=0),
            )
        )
        if data.center_phone:
            parts.append(_para(data.center_phone, look.style(after=2 * mm)))
    else:
        parts.append(_section_title("办理结果", look))
        parts.append(_boxed([_para(data.reason.strip() or "已办结。", look.style())], look))
        parts.append(
            _para(
                "如有证照或材料需要领取，请携带本通知和本人有效身份证件到窗口领取。",
                note_style,
            )
        )
        parts.append(_rating(data, look, prominent=True))
    return parts


def _rating(data: SlipData, look: _Look, *, prominent: bool) -> Flowable:
    lines = rating_lines(data, wide=look.ruled and not prominent)
    if not prominent:
        style = look.style(look.small_size + 0.5, color=colors.HexColor("#222222"))
        lines_flowed: list[Flowable] = [_para(line, style) for line in lines]
        return _stacked(lines_flowed, look.width)
    title = _BoldText("服务评价", look.font, look.body_size + 2)
    size = look.body_size + (1.5 if look.ruled else 0.5)
    inner = look.width - 2 * _BOX_PADDING[look.ruled] - 2
    lines = tuple(part for line in lines for part in _fit_scale(line, look.font, size, inner))
    body = [_para(line, look.style(size, align=TA_CENTER)) for line in lines]
    return _boxed([title, Spacer(1, 1 * mm), *body], look, weight=1.6)


def _fit_scale(line: str, font: str, size: float, width: float) -> list[str]:
    """Break a too-wide rating scale ("非常满意 / 满意 / ...") between its options."""
    options = line.split(" / ")
    if stringWidth(line, font, size) <= width or len(options) < 2:
        return [line]
    half = (len(options) + 1) // 2
    return [" / ".join(options[:half]), " / ".join(options[half:])]


def _stacked(flowables: list[Flowable], width: float) -> Flowable:
    """Flowables kept together on one page (a one-cell table works on the roll canvas too)."""
    table = Table([[flowables]], colWidths=[width])
    _style_table(
        table,
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return table


def _issue_date(data: SlipData) -> date:
    if data.kind is SlipKind.COMPLETION and data.completed_at is not None:
        return data.completed_at.date()
    return data.accepted_at.date()


def _sign_off(data: SlipData, look: _Look) -> list[Flowable]:
    style = look.style(align=TA_RIGHT, leading=look.body_size * 1.6)
    return [
        Spacer(1, 2 * mm),
        KeepTogether(
            [
                _para(data.center_name, style),
                _para(chinese_date(_issue_date(data)), style),
            ]
        ),
    ]


class _Dashes(Flowable):  # type: ignore[misc]
    """A dashed cut line across the roll."""

    def __init__(self, space: float) -> None:
        super().__init__()
        self.spaceBefore = space
        self.spaceAfter = space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = 1
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setDash(2, 2)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 0.5, self.width, 0.5)
        self.canv.restoreState()


def _footer_lines(data: SlipData) -> list[str]:
    lines = []
    if data.center_address:
        lines.append(f"地址：{data.center_address}")
    if data.center_phone:
        lines.append(f"电话：{data.center_phone}")
    return lines


def _roll_footer(data: SlipData, look: _Look) -> list[Flowable]:
    centred = look.style(look.small_size, align=TA_CENTER)
    flush = look.style(look.small_size)
    lines = [
        data.center_name,
        *_footer_lines(data),
        f"打印时间：{data.printed_at:%Y-%m-%d %H:%M:%S}",
    ]
    parts: list[Flowable] = [_Dashes(2 * mm)]
    for line in lines:
        fits = stringWidth(line, look.font, look.small_size) <= look.width
        parts.append(_para(line, centred if fits else flush))
    return parts


# ---------------------------------------------------------------------------------------------
# Rendering


def _set_metadata(canvas: Canvas, data: SlipData) -> None:
    canvas.setTitle(f"{slip_title(data.kind)} {data.case_number}")
    canvas.setAuthor(data.center_name)
    canvas.setSubject(data.item_name)
    canvas.setCreator(PDF_CREATOR)


def _render_roll(data: SlipData, look: _Look) -> bytes:
    """Measure every flowable, then draw them on one page exactly as tall as they are."""
    buffer = BytesIO()
    canvas = Canvas(
        buffer, pagesize=(look.page_width, A5[1]), lang="zh-CN", initialFontName=look.font
    )
    placed: list[tuple[Flowable, float, float, float, float]] = []
    total = 0.0
    for index, flowable in enumerate(_story(data, look)):
        width, height = flowable.wrapOn(canvas, look.width, 1_000_000)
        before = flowable.getSpaceBefore() if index else 0.0
        after = flowable.getSpaceAfter()
        placed.append((flowable, width, before, height, after))
        total += before + height + after
    page_height = look.margin_top + total + look.margin_bottom
    canvas.setPageSize((look.page_width, page_height))
    _set_metadata(canvas, data)
    y = page_height - look.margin_top
    for flowable, width, before, height, after in placed:
        y -= before + height
        x = look.margin_x
        align = str(getattr(flowable, "hAlign", "LEFT")).upper()
        if align in ("CENTER", "CENTRE"):
            x += (look.width - width) / 2
        elif align == "RIGHT":
            x += look.width - width
        flowable.drawOn(canvas, x, y)
        y -= after
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _render_sheet(data: SlipData, look: _Look) -> bytes:
    """A5 pages; a second pass adds "page n of m" when the slip runs over one page."""
    pdf, pages = _build_sheet(data, look, total_pages=1)
    if pages > 1:
        pdf, _ = _build_sheet(data, look, total_pages=pages)
    return pdf


def _build_sheet(data: SlipData, look: _Look, total_pages: int) -> tuple[bytes, int]:
    footer_style = look.style(look.small_size, align=TA_CENTER, color=_GREY)

    def footer_paragraphs(page: int) -> list[Paragraph]:
        address = f"{data.center_name}　地址：{data.center_address}"
        last = [f"打印时间：{data.printed_at:%Y-%m-%d %H:%M:%S}"]
        if data.center_phone:
            last.insert(0, f"服务电话：{data.center_phone}")
        if total_pages > 1:
            last.append(f"第{page}页／共{total_pages}页")
        texts = [address if data.center_address else data.center_name, "　".join(last)]
        return [_para(text, footer_style) for text in texts]

    footer_height = sum(p.wrap(look.width, A5[1])[1] for p in footer_paragraphs(1)) + 3 * mm
    bottom = look.margin_bottom + footer_height
    continuation_height = 7 * mm

    def draw_footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        line_y = look.margin_bottom + footer_height - 1.5 * mm
        canvas.setStrokeColor(colors.HexColor("#555555"))
        canvas.setLineWidth(0.5)
        canvas.line(look.margin_x, line_y, look.page_width - look.margin_x, line_y)
        y = line_y - 1.5 * mm
        for paragraph in footer_paragraphs(doc.page):
            _, height = paragraph.wrap(look.width, A5[1])
            y -= height
            paragraph.drawOn(canvas, look.margin_x, y)
        canvas.restoreState()

    def draw_later(canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_footer(canvas, doc)
        canvas.saveState()
        canvas.setFont(look.font, look.small_size + 0.5)
        top = A5[1] - look.margin_top
        canvas.drawString(
            look.margin_x,
            top - look.small_size,
            f"{slip_title(data.kind)}（续）　受理编号：{data.case_number}",
        )
        canvas.setLineWidth(0.4)
        canvas.line(look.margin_x, top - 4 * mm, look.page_width - look.margin_x, top - 4 * mm)
        canvas.restoreState()

    def frame(top_offset: float) -> Frame:
        return Frame(
            look.margin_x,
            bottom,
            look.width,
            A5[1] - look.margin_top - top_offset - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A5,
        leftMargin=look.margin_x,
        rightMargin=look.margin_x,
        topMargin=look.margin_top,
        bottomMargin=bottom,
        title=f"{slip_title(data.kind)} {data.case_number}",
        author=data.center_name,
        subject=data.item_name,
        creator=PDF_CREATOR,
        lang="zh-CN",
        initialFontName=look.font,
    )
    first: Callable[[Canvas, BaseDocTemplate], None] = draw_footer
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[frame(0)], onPage=first, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[frame(continuation_height)], onPage=draw_later),
        ]
    )
    doc.build(_story(data, look))
    return buffer.getvalue(), int(doc.page)
