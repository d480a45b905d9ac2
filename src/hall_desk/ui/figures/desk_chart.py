"""The Review page's chart of a desk (party service, activities): the desk's main measure per
day (week, month) as bars, a second measure as a line, and the previous period's main measure
as a dashed line, cut into points as the other charts are (``review_buckets``).

A desk subclasses ``DeskChart`` with its measures, its words and its records' keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import QBarSeries, QBarSet, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from hall_desk.domain.periods import Period
from hall_desk.domain.reports import DayCount
from hall_desk.ui.figures import review_buckets as cut
from hall_desk.ui.figures.comparison_models import Compared
from hall_desk.ui.figures.review_buckets import Bucket, Grain
from hall_desk.ui.figures.stats_charts import (
    CURRENT_COLOUR,
    PREVIOUS_COLOUR,
    ChartPick,
    FigureChart,
    bar_set,
    index_of,
    line_series,
)


@dataclass(frozen=True)
class ChartWords:
    """A desk chart's words, already translated in the desk's context."""

    bars: str  # the legend of this period's bars
    line: str  # the legend of the second measure
    previous: str  # the legend of the previous period's line
    count_axis: str
    day: str
    week: str
    month: str
    bars_records: str  # the title of the records behind a bar
    line_records: str  # the title of the records behind a point of the line


class DeskChart(FigureChart):
    """A desk's main measure (bars) and second measure (line) this period, the main measure
    in the previous period (dashed); a bar or point lists the records behind it."""

    #: The colour of the second measure's line.
    LINE_COLOUR = QColor()
    #: The drill-down keys of the bars' and the line's records.
    BARS_KEY = ""
    LINE_KEY = ""

    def __init__(self, title: str, object_name: str) -> None:
        super().__init__(title, object_name, title)
        self.grain = Grain.DAY
        self.buckets: list[Bucket] = []
        self.previous_buckets: list[Bucket] = []
        self.bar_counts: list[int] = []
        self.line_counts: list[int] = []
        self.previous: list[int] = []
        self.current_set: QBarSet | None = None
        self.line_series: QLineSeries | None = None
        self.previous_series: QLineSeries | None = None
        self._periods: tuple[Period, Period] | None = None

    # -- what a desk says ---------------------------------------------------------------------
    def words(self) -> ChartWords:
        raise NotImplementedError

    def bar_days(self, days: Sequence[Any]) -> list[DayCount]:
        """The main measure of each day of the desk's ``per_day``."""
        raise NotImplementedError

    def line_days(self, days: Sequence[Any]) -> list[DayCount]:
        """The second measure of each day of the desk's ``per_day``."""
        raise NotImplementedError

    def pick_of(self, chunk: Bucket, which: int, key: str, title: str) -> ChartPick:
        """The records of point ``chunk`` of this (``which`` 0) or the previous period (1)."""
        return ChartPick(chunk.period, key, title, chunk.period)

    # -- drawing ------------------------------------------------------------------------------
    def set_comparison(self, comparison: Compared) -> None:
        self.clear()
        words = self.words()
        now, before = comparison.current, comparison.previous
        self._periods = (now.period, before.period)
        self.grain = cut.grain_of(now.period)
        self.buckets = cut.buckets(now.period, self.grain)
        self.previous_buckets = cut.buckets(before.period, self.grain)
        self.bar_counts = cut.day_totals(self.bar_days(now.per_day), self.buckets)
        self.line_counts = cut.day_totals(self.line_days(now.per_day), self.buckets)
        self.previous = cut.day_totals(self.bar_days(before.per_day), self.previous_buckets)

        self.current_set = bar_set(words.bars, self.bar_counts, CURRENT_COLOUR)
        self.current_set.clicked.connect(self.pick_current)
        bars = QBarSeries()
        bars.append(self.current_set)
        bars.setBarWidth(0.7)
        self.line_series = line_series(
            words.line,
            list(enumerate(map(float, self.line_counts))),
            self.LINE_COLOUR,
            dashed=False,
        )
        self.line_series.clicked.connect(lambda p: self.pick_line(index_of(p)))
        self.previous_series = line_series(
            words.previous,
            list(enumerate(map(float, self.previous))),
            PREVIOUS_COLOUR,
            dashed=True,
        )
        self.previous_series.clicked.connect(lambda p: self.pick_previous(index_of(p)))
        self.chart().addSeries(bars)
        self.chart().addSeries(self.previous_series)
        self.chart().addSeries(self.line_series)
        axis = {
            Grain.HOUR: words.day,
            Grain.DAY: words.day,
            Grain.WEEK: words.week,
            Grain.MONTH: words.month,
        }[self.grain]
        self.time_axis(cut.labels(self.buckets, self.grain), axis)
        self.count_axis(
            max([*self.bar_counts, *self.line_counts, *self.previous], default=0),
            words.count_axis,
            Qt.AlignmentFlag.AlignLeft,
        )

    # -- picking ------------------------------------------------------------------------------
    def _pick(self, index: int, which: int, key: str, title: str) -> ChartPick | None:
        chunks = self.buckets if which == 0 else self.previous_buckets
        if self._periods is None or not 0 <= index < len(chunks):
            return None
        return self.pick_of(chunks[index], which, key, title)

    def current_pick(self, index: int) -> ChartPick | None:
        return self._pick(index, 0, self.BARS_KEY, self.words().bars_records)

    def previous_pick(self, index: int) -> ChartPick | None:
        return self._pick(index, 1, self.BARS_KEY, self.words().bars_records)

    def pick_line(self, index: int) -> None:
        pick = self._pick(index, 0, self.LINE_KEY, self.words().line_records)
        if pick is not None:
            self.picked.emit(pick)
