"""Qt Charts of the figure pages, each comparing a period with the one before it.

Every chart is a ``FigureChart`` (a ``QChartView``): the application's font (so Chinese is
drawn with the bundled font), axes with titles, a legend, no animation. A bar or point that
stands for records emits ``picked`` with a ``ChartPick``; ``pick_current(i)`` and
``pick_previous(i)`` are the handlers of the two series and may be called directly.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy

from hall_desk.domain.periods import Period
from hall_desk.ui.kit.common import name_widget

#: Colours of the period shown and the period compared with.
CURRENT_COLOUR = QColor("#1565c0")
PREVIOUS_COLOUR = QColor("#90a4ae")
#: At most this many labels under a time axis (fewer when the chart is narrow), so none
#: overlap; the points between keep their bars but no label.
MAX_TIME_LABELS = 16


@dataclass(frozen=True)
class ChartPick:
    """Records a chart point stands for: ``stats.records(session, period, key)``."""

    period: Period
    key: str
    title: str
    shown: Period
    """The period the records dialog names (a day's records are read with the day's key)."""


def chart_font(point_size: float, *, bold: bool = False) -> QFont:
    """The application's font (with the bundled Chinese fallback) at ``point_size``."""
    font = QFont(QApplication.font())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def nice_scale(largest: float) -> tuple[float, int]:
    """A round top for a count axis and its number of ticks (0, step, 2 step, ... top).

    The top is always above the largest value, so the tallest bar never touches the frame.
    """
    if largest < 5:
        return 5.0, 6
    raw = largest / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    top = step * (math.floor(largest / step) + 1)
    return float(top), round(top / step) + 1


class FigureChart(QChartView):
    picked = Signal(object)  # ChartPick

    def __init__(self, title: str, object_name: str, accessible_name: str) -> None:
        self._chart = QChart()
        self._axes: list[QAbstractAxis] = []
        self._time_axis: tuple[QCategoryAxis, list[str]] | None = None
        super().__init__(self._chart)
        name_widget(self, object_name, accessible_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 220)
        chart = self._chart
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(title)
        chart.setTitleFont(chart_font(11, bold=True))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setBackgroundRoundness(0)
        legend = chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(chart_font(9.5))

    def chart(self) -> QChart:
        return self._chart

    def clear(self) -> None:
        """Take every series and axis off (the chart is drawn anew for each period)."""
        for axis in self._axes:
            self._chart.removeAxis(axis)
            axis.deleteLater()  # removing hands the axis back; nobody else frees it
        self._axes = []
        self._time_axis = None
        self._chart.removeAllSeries()

    def _axis(self, axis: QAbstractAxis, title: str, align: Qt.AlignmentFlag) -> QAbstractAxis:
        axis.setLabelsFont(chart_font(9))
        axis.setTitleFont(chart_font(9.5))
        axis.setTitleText(title)
        self._chart.addAxis(axis, align)
        self._axes.append(axis)
        for series in self._chart.series():
            series.attachAxis(axis)
        return axis

    def count_axis(self, largest: float, title: str, align: Qt.AlignmentFlag) -> QValueAxis:
        axis = QValueAxis()
        top, ticks = nice_scale(largest)
        axis.setRange(0, top)
        axis.setTickCount(ticks)
        axis.setLabelFormat("%d")
        self._axis(axis, title, align)
        return axis

    def percent_axis(self, title: str, align: Qt.AlignmentFlag, top: float = 100) -> QValueAxis:
        """0% to ``top``% in five steps, with a little room above so a line at the top stays
        visible."""
        axis = QValueAxis()
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(top / 5)
        axis.setRange(0, top * 1.04)
        axis.setLabelFormat("%d%%")
        self._axis(axis, title, align)
        return axis

    def category_axis(
        self, names: list[str], title: str, align: Qt.AlignmentFlag
    ) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(names)
        self._axis(axis, title, align)
        return axis

    def time_axis(self, names: list[str], title: str) -> QCategoryAxis:
        """Points 0..n-1 along the bottom, as many labelled as fit side by side."""
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setRange(-0.5, max(len(names), 1) - 0.5)
        axis.setGridLineVisible(False)
        self._axis(axis, title, Qt.AlignmentFlag.AlignBottom)
        self._time_axis = (axis, names)
        self._label_time_axis()
        return axis

    def _label_time_axis(self) -> None:
        if self._time_axis is None:
            return
        axis, names = self._time_axis
        widest = max(
            (QFontMetrics(axis.labelsFont()).horizontalAdvance(n) for n in names), default=1
        )
        room = max(2, (self.width() - 90) // (widest + 14))
        step = max(1, math.ceil(len(names) / min(room, MAX_TIME_LABELS)))
        wanted = [names[i] for i in range(0, len(names), step)]
        if axis.categoriesLabels() == wanted:
            return
        for label in axis.categoriesLabels():
            axis.remove(label)
        for index in range(0, len(names), step):
            axis.append(names[index], index)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._label_time_axis()

    # -- picking -------------------------------------------------------------------------------
    def pick_current(self, index: int) -> None:
        pick = self.current_pick(index)
        if pick is not None:
            self.picked.emit(pick)

    def pick_previous(self, index: int) -> None:
        pick = self.previous_pick(index)
        if pick is not None:
            self.picked.emit(pick)

    def current_pick(self, index: int) -> ChartPick | None:
        return None

    def previous_pick(self, index: int) -> ChartPick | None:
        return None


def short_label(text: str, limit: int = 12) -> str:
    """A name cut to ``limit`` characters (a chart axis has little room)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def distinct(names: list[str]) -> list[str]:
    """Names made distinct by a counter (a category axis keys its labels by their text)."""
    seen: dict[str, int] = {}
    result = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return result


def this_period() -> str:
    return QCoreApplication.translate("ReviewCharts", "This period")


def previous_period() -> str:
    return QCoreApplication.translate("ReviewCharts", "Previous period")


def bar_set(label: str, values: Sequence[float], colour: QColor) -> QBarSet:
    bars = QBarSet(label)
    bars.append([float(v) for v in values])
    bars.setColor(colour)
    bars.setBorderColor(colour)
    bars.setLabelColor(QColor("#263238"))
    return bars


def line_series(
    label: str, points: Sequence[tuple[int, float | None]], colour: QColor, dashed: bool
) -> QLineSeries:
    """A line through the points that have a value (those without one are left out)."""
    series = QLineSeries()
    series.setName(label)
    for x, y in points:
        if y is not None:
            series.append(QPointF(x, y))
    pen = QPen(colour)
    pen.setWidthF(2.5)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    series.setPen(pen)
    series.setPointsVisible(True)
    return series


def index_of(point: QPointF) -> int:
    """The point number nearest a click on a line."""
    return round(point.x())
