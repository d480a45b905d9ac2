"""The Review page's chart of the activities desk: people served (出席人次) per day (week,
month) as bars, sessions held as a line, and the previous period's people served as a dashed
line, cut into points as the other charts are (``review_buckets``).
"""

from __future__ import annotations

from PySide6.QtCharts import QBarSeries, QBarSet, QLineSeries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from hall_desk.domain.activity_figures import ActivityComparison, ActivityDay
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

SESSIONS_COLOUR = QColor("#6a1b9a")


def _present(days: tuple[ActivityDay, ...]) -> list[DayCount]:
    return [DayCount(d.day, d.present) for d in days]


def _sessions(days: tuple[ActivityDay, ...]) -> list[DayCount]:
    return [DayCount(d.day, d.sessions) for d in days]


class ActivitiesChart(FigureChart):
    """People served (bars) and sessions (line) this period, people served in the previous
    period (dashed); a bar or point lists the records behind it."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("ActivityChart", "Activities over time"),
            "review.activities_chart",
            QCoreApplication.translate("ActivityChart", "Activities over time"),
        )
        self.grain = Grain.DAY
        self.buckets: list[Bucket] = []
        self.previous_buckets: list[Bucket] = []
        self.present: list[int] = []
        self.sessions: list[int] = []
        self.previous: list[int] = []
        self.current_set: QBarSet | None = None
        self.sessions_series: QLineSeries | None = None
        self.previous_series: QLineSeries | None = None
        self._periods: tuple[Period, Period] | None = None

    def set_comparison(self, comparison: ActivityComparison) -> None:
        self.clear()
        now, before = comparison.current, comparison.previous
        self._periods = (now.period, before.period)
        self.grain = cut.grain_of(now.period)
        self.buckets = cut.buckets(now.period, self.grain)
        self.previous_buckets = cut.buckets(before.period, self.grain)
        self.present = cut.day_totals(_present(now.per_day), self.buckets)
        self.sessions = cut.day_totals(_sessions(now.per_day), self.buckets)
        self.previous = cut.day_totals(_present(before.per_day), self.previous_buckets)

        self.current_set = bar_set(
            QCoreApplication.translate("ActivityChart", "People served"),
            self.present,
            CURRENT_COLOUR,
        )
        self.current_set.clicked.connect(self.pick_current)
        bars = QBarSeries()
        bars.append(self.current_set)
        bars.setBarWidth(0.7)
        self.sessions_series = line_series(
            QCoreApplication.translate("ActivityChart", "Sessions"),
            list(enumerate(map(float, self.sessions))),
            SESSIONS_COLOUR,
            dashed=False,
        )
        self.sessions_series.clicked.connect(lambda p: self.pick_sessions(index_of(p)))
        self.previous_series = line_series(
            QCoreApplication.translate("ActivityChart", "People served, previous period"),
            list(enumerate(map(float, self.previous))),
            PREVIOUS_COLOUR,
            dashed=True,
        )
        self.previous_series.clicked.connect(lambda p: self.pick_previous(index_of(p)))
        self.chart().addSeries(bars)
        self.chart().addSeries(self.previous_series)
        self.chart().addSeries(self.sessions_series)
        self.time_axis(cut.labels(self.buckets, self.grain), self._axis_title())
        self.count_axis(
            max([*self.present, *self.sessions, *self.previous], default=0),
            QCoreApplication.translate("ActivityChart", "Count"),
            Qt.AlignmentFlag.AlignLeft,
        )

    def _axis_title(self) -> str:
        return {
            Grain.HOUR: QCoreApplication.translate("ActivityChart", "Day"),
            Grain.DAY: QCoreApplication.translate("ActivityChart", "Day"),
            Grain.WEEK: QCoreApplication.translate("ActivityChart", "Week starting"),
            Grain.MONTH: QCoreApplication.translate("ActivityChart", "Month"),
        }[self.grain]

    def _pick(self, index: int, which: int, key: str, title: str) -> ChartPick | None:
        chunks = self.buckets if which == 0 else self.previous_buckets
        if self._periods is None or not 0 <= index < len(chunks):
            return None
        chunk = chunks[index]
        return ChartPick(chunk.period, key, title, chunk.period)

    def current_pick(self, index: int) -> ChartPick | None:
        title = QCoreApplication.translate("ActivityChart", "People served")
        return self._pick(index, 0, "activities.present", title)

    def previous_pick(self, index: int) -> ChartPick | None:
        title = QCoreApplication.translate("ActivityChart", "People served")
        return self._pick(index, 1, "activities.present", title)

    def pick_sessions(self, index: int) -> None:
        title = QCoreApplication.translate("ActivityChart", "Sessions held")
        pick = self._pick(index, 0, "activities.sessions", title)
        if pick is not None:
            self.picked.emit(pick)
