"""The charts of the printed reports, drawn as vector graphics with ``reportlab.graphics``.

Every label is set in the bundled CJK font (a drawing starts from Helvetica otherwise, which
is not embedded). Value axes count in whole numbers (or whole percents) from a rounded top.
This period is dark blue, the previous one grey or a dashed orange line, which stay apart
on a black-and-white printer too. Internal to ``hall_desk.printing``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from hall_desk.printing.report_layout import WIDTH, font

CURRENT = colors.HexColor("#2f5597")
PREVIOUS = colors.HexColor("#b4b4b4")
PREVIOUS_LINE = colors.HexColor("#d0701a")
_GRID = colors.HexColor("#dddddd")
_PALETTE = (CURRENT, PREVIOUS)

CURRENT_NAME = "本期"
PREVIOUS_NAME = "上期"

_LABEL_SIZE = 7.5
_LEGEND_HEIGHT = 14.0
_LEFT = 34.0  # room for the value axis labels
_BOTTOM = 16.0  # room for the category labels


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]


def nice_axis(top: float, *, floor: float = 0) -> tuple[float, float]:
    """A rounded axis end above ``top`` and a whole-number step between labels (about 5)."""
    span = max(top - floor, 0)
    if span <= 0:
        return floor + 1, 1
    raw = span / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step = max(1, math.ceil(step))
    return floor + math.ceil(span / step) * step, step


def fit_label(text: str, width: float, size: float = _LABEL_SIZE) -> str:
    """``text`` cut short with an ellipsis so that it fits ``width``."""
    name = font()
    if stringWidth(text, name, size) <= width:
        return text
    while text and stringWidth(text + "…", name, size) > width:
        text = text[:-1]
    return text + "…"


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height, initialFontName=font())
    drawing.hAlign = "CENTER"
    return drawing


def _legend(drawing: Drawing, entries: Sequence[tuple[str, colors.Color, bool]]) -> None:
    """Swatches at the top right: a box for bars, a dashed stroke for a line."""
    x = drawing.width
    y = drawing.height - _LEGEND_HEIGHT + 4
    for name, color, is_line in reversed(entries):
        x -= stringWidth(name, font(), _LABEL_SIZE + 0.5)
        drawing.add(String(x, y, name, fontName=font(), fontSize=_LABEL_SIZE + 0.5))
        x -= 16
        if is_line:
            drawing.add(
                Line(
                    x,
                    y + 3,
                    x + 13,
                    y + 3,
                    strokeColor=color,
                    strokeWidth=1.5,
                    strokeDashArray=[3, 2],
                )
            )
        else:
            drawing.add(Rect(x + 2, y, 9, 7, fillColor=color, strokeColor=None))
        x -= 10


def _style_axes(
    chart: BarChart | LinePlot, top: float, step: float, floor: float, unit: str
) -> None:
    value_axis = chart.yValueAxis if isinstance(chart, LinePlot) else chart.valueAxis
    value_axis.valueMin = floor
    value_axis.valueMax = top
    value_axis.valueStep = step
    value_axis.labelTextFormat = "%d" + unit.replace("%", "%%")
    value_axis.labels.fontName = font()
    value_axis.labels.fontSize = _LABEL_SIZE
    value_axis.visibleGrid = True
    value_axis.gridStrokeColor = _GRID
    value_axis.gridStrokeWidth = 0.4
    value_axis.strokeWidth = 0.5


def _style_bars(chart: BarChart, series: Sequence[Series], *, top_down: bool = False) -> None:
    """Bars in the series' colours; ``top_down`` draws the first series uppermost in a row
    of a horizontal chart (which stacks its series from the bottom up)."""
    colours = [_PALETTE[i % len(_PALETTE)] for i in range(len(series))]
    data = [list(s.values) for s in series]
    if top_down:
        colours.reverse()
        data.reverse()
    chart.data = data
    for index, colour in enumerate(colours):
        chart.bars[index].fillColor = colour
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 4 if len(series[0].values) < 40 else 1
    axis = chart.categoryAxis
    axis.labels.fontName = font()
    axis.labels.fontSize = _LABEL_SIZE
    axis.strokeWidth = 0.5
    axis.visibleTicks = False


def column_chart(
    names: Sequence[str],
    current: Sequence[float],
    previous: Sequence[float] | None = None,
    *,
    height: float = 150,
    unit: str = "",
) -> Drawing:
    """Vertical bars of this period; the previous period, if given, as a line over them.

    ``names`` label the categories (empty names leave a slot unlabelled, for long series);
    ``previous`` is aligned to the categories by position.
    """
    drawing = _drawing(WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = _LEFT, _BOTTOM
    chart.width = WIDTH - _LEFT - 4
    chart.height = height - _BOTTOM - _LEGEND_HEIGHT - 4
    compared = list(previous or [])[: len(current)]
    top, step = nice_axis(max([*current, *compared, 0]))
    _style_axes(chart, top, step, 0, unit)
    _style_bars(chart, [Series(CURRENT_NAME, current)])
    chart.categoryAxis.categoryNames = list(names)
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    drawing.add(chart.draw())
    legend: list[tuple[str, colors.Color, bool]] = [(CURRENT_NAME, CURRENT, False)]
    if compared:
        points: list[float] = []
        for index, value in enumerate(compared):
            points += [chart.categoryAxis.midScale(index), chart.valueAxis.scale(value)]
        drawing.add(
            PolyLine(points, strokeColor=PREVIOUS_LINE, strokeWidth=1.2, strokeDashArray=[3, 2])
        )
        legend.append((PREVIOUS_NAME, PREVIOUS_LINE, True))
    _legend(drawing, legend)
    return drawing


def bar_rows_chart(
    names: Sequence[str],
    series: Sequence[Series],
    *,
    unit: str = "",
    label_width: float = 150,
) -> Drawing:
    """Horizontal bars, one row per name (first at the top), one bar per series in a row."""
    row_height = 6.0 * len(series) + 4
    plot_height = row_height * max(len(names), 1)
    height = plot_height + _BOTTOM + _LEGEND_HEIGHT + 4
    drawing = _drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, _BOTTOM
    chart.width = WIDTH - label_width - 12
    chart.height = plot_height
    top, step = nice_axis(max([v for s in series for v in s.values] + [0]))
    _style_axes(chart, top, step, 0, unit)
    chart.valueAxis.labels.boxAnchor = "n"
    _style_bars(chart, series, top_down=True)
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.categoryNames = [fit_label(n, label_width - 8) for n in names]
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    drawing.add(chart.draw())
    if len(series) > 1:
        _legend(drawing, [(s.name, _PALETTE[i % 2], False) for i, s in enumerate(series)])
    return drawing


def line_chart(
    labels: Sequence[str],
    values: Sequence[float | None],
    *,
    height: float = 140,
    unit: str = "%",
    floor_at: float | None = None,
) -> Drawing:
    """A line through the values that exist (``None`` leaves a position out), with dots.

    ``labels`` name the positions (empty ones stay unlabelled). The axis starts at
    ``floor_at`` or at a round number below the smallest value.
    """
    drawing = _drawing(WIDTH, height)
    points = [(float(i), float(v)) for i, v in enumerate(values) if v is not None]
    chart = LinePlot()
    chart.x, chart.y = _LEFT, _BOTTOM
    chart.width = WIDTH - _LEFT - 12
    chart.height = height - _BOTTOM - 8
    chart.data = [points]
    chart.lines[0].strokeColor = CURRENT
    chart.lines[0].strokeWidth = 1.3
    chart.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=CURRENT)
    lowest = min(v for _, v in points)
    highest = max(v for _, v in points)
    floor = floor_at if floor_at is not None else max(0, math.floor(lowest / 10) * 10 - 10)
    top, step = nice_axis(highest, floor=floor)
    if unit == "%":
        top = max(min(top, 100), floor + step)
    _style_axes(chart, top, step, floor, unit)
    x_axis = chart.xValueAxis
    x_axis.valueMin = -0.5
    x_axis.valueMax = max(len(values) - 0.5, 0.5)
    x_axis.valueSteps = [float(i) for i, text in enumerate(labels) if text]
    x_axis.labelTextFormat = lambda value: labels[round(value)]
    x_axis.labels.fontName = font()
    x_axis.labels.fontSize = _LABEL_SIZE
    x_axis.labels.boxAnchor = "n"
    x_axis.strokeWidth = 0.5
    x_axis.tickDown = 2
    drawing.add(chart)
    return drawing
