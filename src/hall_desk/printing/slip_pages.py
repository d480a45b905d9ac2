"""Puts a slip on paper: the header with its QR code, the reprint banner, the footer, and the
A5 sheet or 80 mm roll page itself. Every kind of slip shares this frame and brings its own
content. Internal to ``hall_desk.printing``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A5
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
)

from hall_desk.printing.slip_layout import (
    GREY,
    BoldText,
    Dashes,
    Look,
    SlipLayout,
    hang_chinese_punctuation,
    para,
    qr,
    style_table,
)

PDF_CREATOR = "Hall Desk"


@dataclass(frozen=True)
class SlipFrame:
    """What surrounds the content of every slip."""

    title: str  # e.g. 受理回执
    number_label: str  # e.g. 受理编号
    number: str  # printed large and encoded, exactly, in the QR code
    center_name: str
    center_address: str
    center_phone: str
    printed_at: datetime
    sign_off_date: str  # under the center name at the end of the sheet
    roll_hint: str  # under the QR code on the roll: what the number is good for
    subject: str  # PDF metadata
    status_line: str = ""  # under the number, e.g. 当前状态：办理中
    reprint: bool = False


SlipBody = Callable[[Look], list[Flowable]]


def render_framed_slip(frame: SlipFrame, layout: SlipLayout, body: SlipBody) -> bytes:
    """The slip as PDF bytes; ``body`` makes the content between header and footer."""
    hang_chinese_punctuation()
    look = Look.for_layout(SlipLayout(layout))
    if look.layout is SlipLayout.ROLL80:
        return _render_roll(frame, look, body)
    return _render_sheet(frame, look, body)


def archive_file_name(
    number: str, kind: str, printed_at: datetime, reprint: bool, *, fallback: str
) -> str:
    """A file name safe on any file system: ``<number>_<kind>_<yyyymmdd-hhmmss>[_reprint].pdf``.

    ``fallback`` stands in for a number with no usable character left.
    """
    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", number).strip("_-") or fallback
    suffix = "_reprint" if reprint else ""
    return f"{safe}_{kind}_{printed_at:%Y%m%d-%H%M%S}{suffix}.pdf"


# ---------------------------------------------------------------------------------------------
# Header, reprint banner, sign-off and footer


def _story(frame: SlipFrame, look: Look, body: SlipBody) -> list[Flowable]:
    if look.layout is SlipLayout.A5:
        story = [_sheet_header(frame, look)]
        if frame.reprint:
            story.append(_reprint_banner(frame, look))
        return [*story, *body(look), *_sign_off(frame, look)]
    return [*_roll_header(frame, look), *body(look), *_roll_footer(frame, look)]


def _number_lines(frame: SlipFrame, look: Look) -> list[Flowable]:
    label = para(frame.number_label, look.style(look.small_size + 0.5, align=TA_CENTER, color=GREY))
    number = para(
        frame.number,
        look.style(look.case_size, align=TA_CENTER, leading=look.case_size * 1.25),
    )
    parts: list[Flowable] = [label, number]
    if frame.status_line:
        parts.append(para(frame.status_line, look.style(align=TA_CENTER, before=1)))
    return parts


def _title(frame: SlipFrame, look: Look) -> list[Flowable]:
    center = para(frame.center_name, look.style(look.center_size, align=TA_CENTER))
    title = BoldText(frame.title, look.font, look.title_size)
    title.spaceBefore = 1 * mm
    title.spaceAfter = 1.5 * mm
    return [center, title]


def _sheet_header(frame: SlipFrame, look: Look) -> Flowable:
    """Center name, title and number in the middle, the QR code in the right corner.

    The left column is as wide as the QR code so that the title stays centred on the sheet.
    """
    side = look.qr_size
    middle = [*_title(frame, look), *_number_lines(frame, look)]
    table = Table(
        [["", middle, qr(frame.number, look.qr_size)]],
        colWidths=[side, look.width - 2 * side, side],
    )
    style_table(
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


def _roll_header(frame: SlipFrame, look: Look) -> list[Flowable]:
    hint = para(frame.roll_hint, look.style(look.small_size, align=TA_CENTER, color=GREY))
    reprint = [_reprint_banner(frame, look)] if frame.reprint else []
    return [
        *_title(frame, look),
        *reprint,
        *_number_lines(frame, look),
        Spacer(1, 1 * mm),
        qr(frame.number, look.qr_size),
        hint,
        Dashes(2 * mm),
    ]


def _reprint_banner(frame: SlipFrame, look: Look) -> Flowable:
    """A boxed, reversed-out "补打" mark with the time of this printing."""
    size = look.body_size + 2
    mark = Paragraph(
        "补　打",
        look.style(size, align=TA_CENTER, color=colors.white, leading=size * 1.3),
    )
    note = para(
        ("本单为补打件　" if look.ruled else "") + f"补打时间：{frame.printed_at:%Y-%m-%d %H:%M}",
        look.style(look.body_size, leading=look.body_size * 1.3),
    )
    mark_width = size * 4.2
    table = Table([[mark, note]], colWidths=[mark_width, look.width - mark_width])
    style_table(
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


def _sign_off(frame: SlipFrame, look: Look) -> list[Flowable]:
    style = look.style(align=TA_RIGHT, leading=look.body_size * 1.6)
    return [
        Spacer(1, 2 * mm),
        KeepTogether([para(frame.center_name, style), para(frame.sign_off_date, style)]),
    ]


def _footer_lines(frame: SlipFrame) -> list[str]:
    lines = []
    if frame.center_address:
        lines.append(f"地址：{frame.center_address}")
    if frame.center_phone:
        lines.append(f"电话：{frame.center_phone}")
    return lines


def _roll_footer(frame: SlipFrame, look: Look) -> list[Flowable]:
    centred = look.style(look.small_size, align=TA_CENTER)
    flush = look.style(look.small_size)
    lines = [
        frame.center_name,
        *_footer_lines(frame),
        f"打印时间：{frame.printed_at:%Y-%m-%d %H:%M:%S}",
    ]
    parts: list[Flowable] = [Dashes(2 * mm)]
    for line in lines:
        fits = stringWidth(line, look.font, look.small_size) <= look.width
        parts.append(para(line, centred if fits else flush))
    return parts


# ---------------------------------------------------------------------------------------------
# Rendering


def _render_roll(frame: SlipFrame, look: Look, body: SlipBody) -> bytes:
    """Measure every flowable, then draw them on one page exactly as tall as they are."""
    buffer = BytesIO()
    canvas = Canvas(
        buffer, pagesize=(look.page_width, A5[1]), lang="zh-CN", initialFontName=look.font
    )
    placed: list[tuple[Flowable, float, float, float, float]] = []
    total = 0.0
    for index, flowable in enumerate(_story(frame, look, body)):
        width, height = flowable.wrapOn(canvas, look.width, 1_000_000)
        before = flowable.getSpaceBefore() if index else 0.0
        after = flowable.getSpaceAfter()
        placed.append((flowable, width, before, height, after))
        total += before + height + after
    page_height = look.margin_top + total + look.margin_bottom
    canvas.setPageSize((look.page_width, page_height))
    canvas.setTitle(f"{frame.title} {frame.number}")
    canvas.setAuthor(frame.center_name)
    canvas.setSubject(frame.subject)
    canvas.setCreator(PDF_CREATOR)
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


def _render_sheet(frame: SlipFrame, look: Look, body: SlipBody) -> bytes:
    """A5 pages; a second pass adds "page n of m" when the slip runs over one page."""
    pdf, pages = _build_sheet(frame, look, body, total_pages=1)
    if pages > 1:
        pdf, _ = _build_sheet(frame, look, body, total_pages=pages)
    return pdf


def _build_sheet(
    frame: SlipFrame, look: Look, body: SlipBody, total_pages: int
) -> tuple[bytes, int]:
    footer_style = look.style(look.small_size, align=TA_CENTER, color=GREY)

    def footer_paragraphs(page: int) -> list[Paragraph]:
        address = f"{frame.center_name}　地址：{frame.center_address}"
        last = [f"打印时间：{frame.printed_at:%Y-%m-%d %H:%M:%S}"]
        if frame.center_phone:
            last.insert(0, f"服务电话：{frame.center_phone}")
        if total_pages > 1:
            last.append(f"第{page}页／共{total_pages}页")
        texts = [address if frame.center_address else frame.center_name, "　".join(last)]
        return [para(text, footer_style) for text in texts]

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
            f"{frame.title}（续）　{frame.number_label}：{frame.number}",
        )
        canvas.setLineWidth(0.4)
        canvas.line(look.margin_x, top - 4 * mm, look.page_width - look.margin_x, top - 4 * mm)
        canvas.restoreState()

    def page_frame(top_offset: float) -> Frame:
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
        title=f"{frame.title} {frame.number}",
        author=frame.center_name,
        subject=frame.subject,
        creator=PDF_CREATOR,
        lang="zh-CN",
        initialFontName=look.font,
    )
    first: Callable[[Canvas, BaseDocTemplate], None] = draw_footer
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first", frames=[page_frame(0)], onPage=first, autoNextPageTemplate="later"
            ),
            PageTemplate(id="later", frames=[page_frame(continuation_height)], onPage=draw_later),
        ]
    )
    doc.build(_story(frame, look, body))
    return buffer.getvalue(), int(doc.page)
