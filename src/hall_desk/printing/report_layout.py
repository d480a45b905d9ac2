"""The look of the printed reports: A4 sizes, number formats and the tables they are made of.

Shared by the center report (``report_sections``) and the county report (``report_pdf``).
The text of the tables is Chinese; the caller's ``label`` translates the labels of fixed lists.
Internal to ``hall_desk.printing``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from hall_desk.domain.periods import Period
from hall_desk.printing.booking_slips import chinese_day
from hall_desk.printing.fonts import register_cjk_font
from hall_desk.printing.slip_layout import GREY, BoldText, para, style_table

PAGE = A4
MARGIN = 15 * mm
WIDTH = PAGE[0] - 2 * MARGIN
GUTTER = 4 * mm
HALF = (WIDTH - GUTTER) / 2

BODY = 9.0
TABLE = 8.5
SMALL = 7.5

DASH = "—"
_WEEKDAYS = "一二三四五六日"
_HEAD_SHADE = colors.HexColor("#e8e8e8")
_TOTAL_SHADE = colors.HexColor("#f4f4f4")
_RULE = colors.HexColor("#888888")


def font() -> str:
    return register_cjk_font()


def style(
    size: float = BODY,
    *,
    align: int = TA_LEFT,
    color: Any = colors.black,
    before: float = 0,
    after: float = 0,
    leading: float | None = None,
) -> ParagraphStyle:
    return ParagraphStyle(
        f"report-{size}-{align}",
        fontName=font(),
        fontSize=size,
        leading=leading or size * 1.35,
        alignment=align,
        textColor=color,
        spaceBefore=before,
        spaceAfter=after,
        wordWrap="CJK",
    )


# ---------------------------------------------------------------------------------------------
# Numbers and dates


def count_text(value: int | None) -> str:
    return DASH if value is None else str(value)


def hours_text(value: float | None) -> str:
    return DASH if value is None else f"{value:.1f}"


def percent_text(share: float | None) -> str:
    """A share 0..1 as ``42.5%``."""
    return DASH if share is None else f"{share * 100:.1f}%"


def _signed(value: float, digits: int) -> str:
    value = round(value, digits)
    if value == 0:
        return f"{0:.{digits}f}"
    return f"{value:+.{digits}f}"


def change_text(current: float, previous: float, *, digits: int = 0) -> str:
    """``+12 / +15.0%``; ``—`` when there is nothing to compare with (previous is 0)."""
    if not previous:
        return DASH
    difference = current - previous
    return f"{_signed(difference, digits)} / {_signed(difference / previous * 100, 1)}%"


def point_change_text(current: float | None, previous: float | None) -> str:
    """The change of a share in percentage points: ``+3.2个百分点``."""
    if current is None or previous is None:
        return DASH
    return f"{_signed((current - previous) * 100, 1)}个百分点"


def day_text(day: date) -> str:
    """``2026年11月20日 星期五``."""
    return f"{chinese_day(day)} 星期{_WEEKDAYS[day.weekday()]}"


def moment_text(moment: datetime) -> str:
    """``12月8日 14:30``: how far a period still running is counted."""
    return f"{moment.month}月{moment.day}日 {moment:%H:%M}"


def running_note(as_of: datetime | None, previous_as_of: datetime | None) -> str:
    """What a period still running counts, or "" for a period that is over."""
    if as_of is None:
        return ""
    text = f"本期尚未结束，功能室开放与使用时长计至 {moment_text(as_of)}"
    if previous_as_of is not None:
        text += f"（上期计至 {moment_text(previous_as_of)}）"
    return text + "。"


def period_text(period: Period) -> str:
    """One day with its weekday, or ``2026年11月1日 至 2026年11月30日（共30天）``."""
    if period.days == 1:
        return day_text(period.first)
    return f"{chinese_day(period.first)} 至 {chinese_day(period.last)}（共{period.days}天）"


# ---------------------------------------------------------------------------------------------
# Flowables


def heading(text: str) -> Flowable:
    """A section heading such as ``一、来访情况``."""
    title = BoldText(text, font(), 12, align="left")
    title.spaceBefore = 4 * mm
    title.spaceAfter = 2 * mm
    title.keepWithNext = True
    return title


def sub_heading(text: str) -> Paragraph:
    """A caption over a chart or a short note, kept on the page of what follows it."""
    paragraph = para(text, style(BODY, before=2.5 * mm, after=1 * mm))
    paragraph.keepWithNext = True
    return paragraph


def caption(text: str, room: float = 30 * mm) -> list[Flowable]:
    """A caption over a table that may run onto the next page: it starts a new page when
    less than ``room`` is left, so that it never stands alone at the foot of one."""
    return [CondPageBreak(room), para(text, style(BODY, before=2.5 * mm, after=1 * mm))]


def note(text: str) -> Paragraph:
    return para(text, style(BODY, color=GREY, before=1 * mm, after=1 * mm))


def name_cell(text: str) -> Paragraph:
    """A table cell of free text (item, room, center names): wrapped, never overflowing."""
    return para(text, style(TABLE, leading=TABLE * 1.25))


def header_cell(text: str) -> Paragraph:
    return para(text, style(TABLE, align=TA_CENTER, leading=TABLE * 1.25))


@dataclass(frozen=True)
class Figure:
    """One headline figure: this period, the previous one and the change."""

    label: str
    current: str
    previous: str
    change: str


def count_figure(label: str, current: int, previous: int) -> Figure:
    return Figure(label, count_text(current), count_text(previous), change_text(current, previous))


def hours_figure(label: str, current: float, previous: float) -> Figure:
    return Figure(
        label, hours_text(current), hours_text(previous), change_text(current, previous, digits=1)
    )


def share_figure(label: str, current: float | None, previous: float | None) -> Figure:
    return Figure(
        label, percent_text(current), percent_text(previous), point_change_text(current, previous)
    )


_FIGURE_HEAD = ("指标", "本期", "上期", "增减")


def _figure_cells(figure: Figure) -> list[Any]:
    return [name_cell(figure.label), figure.current, figure.previous, figure.change]


def figure_grid(figures: Sequence[Figure]) -> Flowable:
    """Figures in two columns (down the left, then down the right), each as
    指标 本期 上期 增减."""
    group = [HALF * 0.36, HALF * 0.17, HALF * 0.17, HALF * 0.30]
    head: list[Any] = [header_cell(text) for text in _FIGURE_HEAD]
    rows: list[list[Any]] = [[*head, "", *head]]
    half = (len(figures) + 1) // 2  # the left column is filled first, then the right one
    blank = ["", "", "", ""]
    for index in range(half):
        left = _figure_cells(figures[index])
        right = _figure_cells(figures[half + index]) if half + index < len(figures) else blank
        rows.append([*left, "", *right])
    table = Table(rows, colWidths=[*group, GUTTER, *group], repeatRows=1)
    # The right half of an odd last row stays empty and unruled.
    right_last = -1 if len(figures) % 2 == 0 else -2
    commands: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), TABLE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (3, -1), "RIGHT"),
        ("ALIGN", (6, 1), (8, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("GRID", (0, 0), (3, -1), 0.4, _RULE),
        ("BACKGROUND", (0, 0), (3, 0), _HEAD_SHADE),
        ("GRID", (5, 0), (8, right_last), 0.4, _RULE),
        ("BACKGROUND", (5, 0), (8, 0), _HEAD_SHADE),
    ]
    style_table(table, commands)
    table.spaceAfter = 1 * mm
    return table


def data_table(
    head: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    total: Sequence[Any] | None = None,
    text_columns: int = 1,
) -> Table:
    """A ruled table with a shaded header, numbers right-aligned, an optional total row.

    The first ``text_columns`` columns hold text; text cells should be ``name_cell`` paragraphs
    so that long names wrap inside their column.
    """
    cells: list[list[Any]] = [[header_cell(text) for text in head], *map(list, rows)]
    if total is not None:
        cells.append(list(total))
    table = Table(cells, colWidths=list(widths), repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), TABLE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (text_columns, 1), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.4, _RULE),
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD_SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total is not None:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), _TOTAL_SHADE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black),
        ]
    style_table(table, commands)
    table.spaceBefore = 1 * mm
    table.spaceAfter = 1 * mm
    return table


def side_by_side(left: Flowable, right: Flowable) -> Table:
    """Two half-width flowables next to each other."""
    table = Table([[left, "", right]], colWidths=[HALF, GUTTER, HALF])
    style_table(
        table,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return table
