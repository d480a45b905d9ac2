"""The look shared by every slip: paper, sizes, fonts and the flowables slips are built from.

Case slips (``slips``) and booking slips (``booking_slips``) are made of the same pieces so
that they look alike: a label/value table, numbered lists, boxed notes, bold headlines and a
vector QR code, all set in the bundled CJK font. ``slip_pages`` puts them on the page.
Internal to ``hall_desk.printing``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib import textsplit as rl_textsplit
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus import paragraph as rl_paragraph

from hall_desk.printing.fonts import register_cjk_font

GREY = colors.HexColor("#333333")
_LABEL_SHADE = colors.HexColor("#f0f0f0")


class SlipLayout(StrEnum):
    """The paper the slip is printed on."""

    A5 = "a5"  # A5 portrait sheet; long content flows onto more pages
    ROLL80 = "roll80"  # 80 mm receipt roll; one page exactly as tall as the content


_CHINESE_CANNOT_START = "，；：！？）》〉」』】〕”’…·"


def hang_chinese_punctuation() -> None:
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
class Look:
    """Sizes and paragraph styles of one layout."""

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
    def for_layout(layout: SlipLayout) -> Look:
        font = register_cjk_font()
        if layout is SlipLayout.ROLL80:
            return Look(
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
        return Look(
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


# ---------------------------------------------------------------------------------------------
# Flowables


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (never markup): escaped, with line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class BoldText(Flowable):  # type: ignore[misc]
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


class Dashes(Flowable):  # type: ignore[misc]
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


def style_table(table: Table, commands: list[tuple[Any, ...]]) -> None:
    """Style a table; its own text (empty cells included) uses the bundled font too."""
    font = register_cjk_font()
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *commands]))


def qr(value: str, size: float) -> Drawing:
    """``value`` as a vector QR code; its 4-module quiet zone lies inside ``size``."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=4, barWidth=size, barHeight=size)
    # Drawings start from Helvetica, which is not embedded; start from the bundled font.
    drawing = Drawing(size, size, initialFontName=register_cjk_font())
    drawing.add(widget)
    drawing.hAlign = "CENTER"
    return drawing


Cell = tuple[str, str]  # label, value


def info_table(
    rows: Sequence[tuple[Cell, ...]],
    look: Look,
    *,
    highlighted: frozenset[str] = frozenset(),
    right_value_width: float = 36 * mm,
) -> Flowable:
    """Label/value rows: a ruled grid on the sheet, plain aligned text on the roll.

    A row holds one pair (the value spans the line) or two short pairs side by side; on the
    roll the two pairs of a row go onto lines of their own. A value whose label is in
    ``highlighted`` is printed a size larger. The default ``right_value_width`` fits
    "2026-11-20 09:30"; the wider left value fits a masked ID number.
    """
    label_style = look.style(color=colors.HexColor("#222222"))
    value_style = look.style()
    label_width = look.label_width
    if look.ruled:
        left_value = look.width - 2 * label_width - right_value_width
        widths = [label_width, left_value, label_width, right_value_width]
    else:
        widths = [label_width, look.width - label_width]
        rows = [(cell,) for row in rows for cell in row]
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
            ("BACKGROUND", (0, 0), (0, -1), _LABEL_SHADE),
        ]
    for index, row in enumerate(rows):
        line: list[Any] = []
        for label, value in row:
            line += [para(label, label_style), para(value or "—", value_style)]
        if len(line) < len(widths):
            line += [""] * (len(widths) - len(line))
            commands.append(("SPAN", (1, index), (-1, index)))
        elif look.ruled:
            commands.append(("BACKGROUND", (2, index), (2, index), _LABEL_SHADE))
        if row[0][0] in highlighted:
            line[1] = para(row[0][1], look.style(look.body_size + 1))
        cells.append(line)
    table = Table(cells, colWidths=widths, splitInRow=1)
    style_table(table, commands)
    table.spaceAfter = 3 * mm
    return table


def section_title(text: str, look: Look) -> Flowable:
    """A bold heading over a list or a box."""
    title = BoldText(text, look.font, look.body_size + 1, align="left")
    title.spaceBefore = 1.5 * mm
    title.spaceAfter = 1 * mm
    return title


def numbered(items: Sequence[str], look: Look, *, empty: str = "无") -> list[Flowable]:
    """One paragraph per item, numbered "1." "2." ... with wrapped lines indented."""
    if not items:
        return [para(empty, look.style(indent=look.body_size))]
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


BOX_PADDING = {True: 6, False: 4}  # by Look.ruled


def boxed(flowables: list[Flowable], look: Look, *, weight: float = 0.9) -> Flowable:
    """Flowables inside a black frame the width of the text."""
    table = Table([[flowables]], colWidths=[look.width], splitInRow=1)
    style_table(
        table,
        [
            ("BOX", (0, 0), (-1, -1), weight, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), BOX_PADDING[look.ruled]),
            ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PADDING[look.ruled]),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )
    table.spaceBefore = 1 * mm
    table.spaceAfter = 3 * mm
    return table


def stacked(flowables: list[Flowable], width: float) -> Flowable:
    """Flowables kept together on one page (a one-cell table works on the roll canvas too)."""
    table = Table([[flowables]], colWidths=[width])
    style_table(
        table,
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return table
