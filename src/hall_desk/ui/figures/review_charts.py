"""Charts over time: today's visitors by the hour, and on the Review page visitors and
satisfaction day by day (hour, week, month), each period against the one before it.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarSeries, QBarSet, QLineSeries
from PySide6.QtCore import QCoreApplication, Qt

from hall_desk.domain.periods import Period
from hall_desk.domain.reports import Comparison, PeriodReport
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
    previous_period,
    this_period,
)


class HourChart(FigureChart):
    """Today's visitors by the hour they arrived (bars); picking an hour lists its visits."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("ReviewCharts", "Visitors by hour"),
            "today.hours_chart",
            QCoreApplication.translate("ReviewCharts", "Visitors by hour"),
        )
        self.current_set: QBarSet | None = None
        self.hours: list[int] = []
        self._period: Period | None = None
        self.chart().legend().setVisible(False)

    def set_report(self, report: PeriodReport) -> None:
        self.clear()
        self._period = report.period
        shown = cut.busy_hours(report.visitors.by_hour)
        self.hours = list(shown)
        values = [report.visitors.by_hour[h] for h in shown]
        self.current_set = bar_set(
            QCoreApplication.translate("ReviewCharts", "Visits"), values, CURRENT_COLOUR
        )
        self.current_set.clicked.connect(self.pick_current)
        series = QBarSeries()
        series.append(self.current_set)
        series.setBarWidth(0.7)
        self.chart().addSeries(series)
        # Every hour keeps its bar, but only as many hours are named as fit side by side
        # (every second one on a narrow chart), so none is cut to "…".
        self.time_axis([str(h) for h in shown], QCoreApplication.translate("ReviewCharts", "Hour"))
        self.count_axis(
            max(values, default=0),
            QCoreApplication.translate("ReviewCharts", "Visits"),
            Qt.AlignmentFlag.AlignLeft,
        )

    def current_pick(self, index: int) -> ChartPick | None:
        if self._period is None or not 0 <= index < len(self.hours):
            return None
        hour = self.hours[index]
        title = QCoreApplication.translate("ReviewCharts", "Visitors {hour}:00-{hour}:59").format(
            hour=hour
        )
        return ChartPick(self._period, f"visitors.hour:{hour}", title, self._period)


class _TimeChart(FigureChart):
    """A figure over the days (weeks, months) of both periods, point ``i`` against ``i``."""

    hourly = False

    def __init__(self, title: str, object_name: str) -> None:
        super().__init__(title, object_name, title)
        self.grain = Grain.DAY
        self.buckets: list[Bucket] = []
        self.previous_buckets: list[Bucket] = []
        self._periods: tuple[Period, Period] | None = None

    def _cut(self, comparison: Comparison) -> None:
        current, previous = comparison.current.period, comparison.previous.period
        self._periods = (current, previous)
        self.grain = cut.grain_of(current, hours=self.hourly)
        hours = cut.busy_hours(
            comparison.current.visitors.by_hour, comparison.previous.visitors.by_hour
        )
        self.buckets = cut.buckets(current, self.grain, hours)
        self.previous_buckets = cut.buckets(previous, self.grain, hours)

    def axis_title(self) -> str:
        years = {b.first.year for b in self.buckets}
        if self.grain is Grain.MONTH and len(years) == 1:
            return QCoreApplication.translate("ReviewCharts", "Month of {year}").format(
                year=years.pop()
            )
        return {
            Grain.HOUR: QCoreApplication.translate("ReviewCharts", "Hour"),
            Grain.DAY: QCoreApplication.translate("ReviewCharts", "Day"),
            Grain.WEEK: QCoreApplication.translate("ReviewCharts", "Week starting"),
            Grain.MONTH: QCoreApplication.translate("ReviewCharts", "Month"),
        }[self.grain]

    def _pick(
        self, index: int, which: int, day_key: str, figure: str, title: str
    ) -> ChartPick | None:
        chunks = self.buckets if which == 0 else self.previous_buckets
        if self._periods is None or not 0 <= index < len(chunks):
            return None
        chunk, period = chunks[index], self._periods[which]
        if chunk.hour is not None:
            key = f"visitors.hour:{chunk.hour}"
            return ChartPick(period, key, f"{title} {chunk.hour}:00", period)
        if self.grain is Grain.DAY:
            return ChartPick(period, f"{day_key}:{chunk.first.isoformat()}", title, chunk.period)
        return ChartPick(chunk.period, figure, title, chunk.period)


class VisitorsChart(_TimeChart):
    """Visitors per day (per hour for one day, per week or month for long periods): this
    period as bars, the previous one as a dashed line."""

    hourly = True

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("ReviewCharts", "Visitors over time"),
            "review.visitors_chart",
        )
        self.current_set: QBarSet | None = None
        self.previous_series: QLineSeries | None = None

    def set_comparison(self, comparison: Comparison) -> None:
        self.clear()
        self._cut(comparison)
        now, before = comparison.current.visitors, comparison.previous.visitors
        if self.grain is Grain.HOUR:
            values = cut.hour_totals(now.by_hour, self.buckets)
            old = cut.hour_totals(before.by_hour, self.previous_buckets)
        else:
            values = cut.day_totals(now.per_day, self.buckets)
            old = cut.day_totals(before.per_day, self.previous_buckets)
        self.current_set = bar_set(this_period(), values, CURRENT_COLOUR)
        self.current_set.clicked.connect(self.pick_current)
        bars = QBarSeries()
        bars.append(self.current_set)
        bars.setBarWidth(0.7)
        self.previous_series = line_series(
            previous_period(), list(enumerate(old)), PREVIOUS_COLOUR, dashed=True
        )
        self.previous_series.clicked.connect(lambda p: self.pick_previous(index_of(p)))
        self.chart().addSeries(bars)
        self.chart().addSeries(self.previous_series)
        self.time_axis(cut.labels(self.buckets, self.grain), self.axis_title())
        self.count_axis(
            max([*values, *old], default=0),
            QCoreApplication.translate("ReviewCharts", "Visits"),
            Qt.AlignmentFlag.AlignLeft,
        )

    def current_pick(self, index: int) -> ChartPick | None:
        return self._pick(
            index,
            0,
            "visitors.day",
            "visitors",
            QCoreApplication.translate("ReviewCharts", "Visitors"),
        )

    def previous_pick(self, index: int) -> ChartPick | None:
        return self._pick(
            index,
            1,
            "visitors.day",
            "visitors",
            QCoreApplication.translate("ReviewCharts", "Visitors"),
        )


class SatisfactionChart(_TimeChart):
    """The satisfied share of ratings per day (week, month), both periods as lines."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("ReviewCharts", "Satisfaction over time"),
            "review.satisfaction_chart",
        )
        self.current_series: QLineSeries | None = None
        self.previous_series: QLineSeries | None = None

    def set_comparison(self, comparison: Comparison) -> None:
        self.clear()
        self._cut(comparison)
        values = cut.rates(comparison.current.ratings.per_day, self.buckets)
        old = cut.rates(comparison.previous.ratings.per_day, self.previous_buckets)

        def percent(rates: list[float | None]) -> list[tuple[int, float | None]]:
            return [(i, None if r is None else r * 100) for i, r in enumerate(rates)]

        self.current_series = line_series(this_period(), percent(values), CURRENT_COLOUR, False)
        self.previous_series = line_series(previous_period(), percent(old), PREVIOUS_COLOUR, True)
        self.current_series.clicked.connect(lambda p: self.pick_current(index_of(p)))
        self.previous_series.clicked.connect(lambda p: self.pick_previous(index_of(p)))
        # The series added last is drawn on top: this period's line must not hide under the
        # dashed line where both are at 100%.
        self.chart().addSeries(self.previous_series)
        self.chart().addSeries(self.current_series)
        self.time_axis(cut.labels(self.buckets, self.grain), self.axis_title())
        self.percent_axis(
            QCoreApplication.translate("ReviewCharts", "Satisfied"), Qt.AlignmentFlag.AlignLeft
        )

    def current_pick(self, index: int) -> ChartPick | None:
        return self._pick(
            index,
            0,
            "ratings.day",
            "ratings",
            QCoreApplication.translate("ReviewCharts", "Ratings"),
        )

    def previous_pick(self, index: int) -> ChartPick | None:
        return self._pick(
            index,
            1,
            "ratings.day",
            "ratings",
            QCoreApplication.translate("ReviewCharts", "Ratings"),
        )
