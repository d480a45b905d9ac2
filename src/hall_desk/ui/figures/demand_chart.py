"""The Review page's chart of the party-service desk: demands collected per day (week, month)
as bars, those solved as a line, and the previous period's collected demands as a dashed line,
cut into points as the other charts are (``review_buckets``).
"""

from __future__ import annotations

from PySide6.QtCharts import QBarSeries, QBarSet, QLineSeries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from hall_desk.domain.demand_figures import DemandComparison, DemandDay
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import DayCount
from hall_desk.ui.figures import review_buckets as cut
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

SOLVED_COLOUR = QColor("#2e7d32")


def _collected(days: tuple[DemandDay, ...]) -> list[DayCount]:
    return [DayCount(d.day, d.collected) for d in days]


def _solved(days: tuple[DemandDay, ...]) -> list[DayCount]:
    return [DayCount(d.day, d.solved) for d in days]


class DemandsChart(FigureChart):
    """Collected (bars) and solved (line) this period, collected in the previous period
    (dashed); a bar or point lists the demands behind it."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("DemandChart", "Demands over time"),
            "review.demands_chart",
            QCoreApplication.translate("DemandChart", "Demands over time"),
        )
        self.grain = Grain.DAY
        self.buckets: list[Bucket] = []
        self.previous_buckets: list[Bucket] = []
        self.collected: list[int] = []
        self.solved: list[int] = []
        self.previous: list[int] = []
        self.current_set: QBarSet | None = None
        self.solved_series: QLineSeries | None = None
        self.previous_series: QLineSeries | None = None
        self._periods: tuple[Period, Period] | None = None

    def set_comparison(self, comparison: DemandComparison) -> None:
        self.clear()
        now, before = comparison.current, comparison.previous
        self._periods = (now.period, before.period)
        self.grain = cut.grain_of(now.period)
        self.buckets = cut.buckets(now.period, self.grain)
        self.previous_buckets = cut.buckets(before.period, self.grain)
        self.collected = cut.day_totals(_collected(now.per_day), self.buckets)
        self.solved = cut.day_totals(_solved(now.per_day), self.buckets)
        self.previous = cut.day_totals(_collected(before.per_day), self.previous_buckets)

        self.current_set = bar_set(
            QCoreApplication.translate("DemandChart", "Collected"), self.collected, CURRENT_COLOUR
        )
        self.current_set.clicked.connect(self.pick_current)
        bars = QBarSeries()
        bars.append(self.current_set)
        bars.setBarWidth(0.7)
        self.solved_series = line_series(
            QCoreApplication.translate("DemandChart", "Solved"),
            list(enumerate(map(float, self.solved))),
            SOLVED_COLOUR,
            dashed=False,
        )
        self.solved_series.clicked.connect(lambda p: self.pick_solved(index_of(p)))
        self.previous_series = line_series(
            QCoreApplication.translate("DemandChart", "Collected, previous period"),
            list(enumerate(map(float, self.previous))),
            PREVIOUS_COLOUR,
            dashed=True,
        )
        self.previous_series.clicked.connect(lambda p: self.pick_previous(index_of(p)))
        self.chart().addSeries(bars)
        self.chart().addSeries(self.previous_series)
        self.chart().addSeries(self.solved_series)
        self.time_axis(cut.labels(self.buckets, self.grain), self._axis_title())
        self.count_axis(
            max([*self.collected, *self.solved, *self.previous], default=0),
            QCoreApplication.translate("DemandChart", "Demands"),
            Qt.AlignmentFlag.AlignLeft,
        )

    def _axis_title(self) -> str:
        return {
            Grain.HOUR: QCoreApplication.translate("DemandChart", "Day"),
            Grain.DAY: QCoreApplication.translate("DemandChart", "Day"),
            Grain.WEEK: QCoreApplication.translate("DemandChart", "Week starting"),
            Grain.MONTH: QCoreApplication.translate("DemandChart", "Month"),
        }[self.grain]

    def _pick(self, index: int, which: int, measure: str, title: str) -> ChartPick | None:
        chunks = self.buckets if which == 0 else self.previous_buckets
        if self._periods is None or not 0 <= index < len(chunks):
            return None
        chunk = chunks[index]
        if self.grain is Grain.DAY and measure == "collected":
            period = self._periods[which]
            return ChartPick(period, f"demands.day:{chunk.first.isoformat()}", title, chunk.period)
        return ChartPick(chunk.period, f"demands.{measure}", title, chunk.period)

    def current_pick(self, index: int) -> ChartPick | None:
        return self._pick(
            index, 0, "collected", QCoreApplication.translate("DemandChart", "Demands collected")
        )

    def previous_pick(self, index: int) -> ChartPick | None:
        return self._pick(
            index, 1, "collected", QCoreApplication.translate("DemandChart", "Demands collected")
        )

    def pick_solved(self, index: int) -> None:
        pick = self._pick(
            index, 0, "solved", QCoreApplication.translate("DemandChart", "Demands solved")
        )
        if pick is not None:
            self.picked.emit(pick)
