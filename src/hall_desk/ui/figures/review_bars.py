"""Bar charts per thing of the Review page: cases per service item and room use per room,
this period against the previous one."""

from __future__ import annotations

from PySide6.QtCharts import QBarSet, QHorizontalBarSeries
from PySide6.QtCore import QCoreApplication, Qt

from hall_desk.domain.periods import Period
from hall_desk.domain.reports import Comparison
from hall_desk.ui.figures.stats_charts import (
    CURRENT_COLOUR,
    PREVIOUS_COLOUR,
    ChartPick,
    FigureChart,
    bar_set,
    distinct,
    previous_period,
    short_label,
    this_period,
)

#: Service items the item chart shows (the busiest of the period).
TOP_ITEMS = 10


class _PerThingChart(FigureChart):
    """Horizontal bars per thing (service item, room), this period and the previous one side
    by side; the first thing at the top."""

    def __init__(self, title: str, object_name: str, key_prefix: str) -> None:
        super().__init__(title, object_name, title)
        self._prefix = key_prefix
        self.keys: list[str] = []  # top to bottom
        self.names: list[str] = []
        self.current_set: QBarSet | None = None
        self.previous_set: QBarSet | None = None
        self._periods: tuple[Period, Period] | None = None

    def _draw(
        self,
        comparison: Comparison,
        rows: list[tuple[str, str, float, float]],
        value_title: str,
        percent: bool,
    ) -> None:
        """``rows``: (key, name, this period, previous period), top to bottom."""
        self.clear()
        self._periods = (comparison.current.period, comparison.previous.period)
        self.keys = [r[0] for r in rows]
        self.names = [r[1] for r in rows]
        # A horizontal bar chart draws its first category at the bottom.
        bottom_up = list(reversed(rows))
        self.current_set = bar_set(this_period(), [r[2] for r in bottom_up], CURRENT_COLOUR)
        self.previous_set = bar_set(previous_period(), [r[3] for r in bottom_up], PREVIOUS_COLOUR)
        last = len(rows) - 1
        self.current_set.clicked.connect(lambda i: self.pick_current(last - i))
        self.previous_set.clicked.connect(lambda i: self.pick_previous(last - i))
        series = QHorizontalBarSeries()
        series.append(self.current_set)
        series.append(self.previous_set)
        series.setBarWidth(0.8)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value%" if percent else "@value")
        series.setLabelsPrecision(3)
        self.chart().addSeries(series)
        names = distinct([short_label(r[1]) for r in bottom_up]) or [" "]
        self.category_axis(names, "", Qt.AlignmentFlag.AlignLeft)
        largest = max([v for r in rows for v in r[2:]], default=0)
        if percent:
            # Room for the value written after the longest bar.
            top = next((t for t in (10, 20, 50) if largest * 1.2 <= t), 100)
            self.percent_axis(value_title, Qt.AlignmentFlag.AlignBottom, top)
        else:
            self.count_axis(largest * 1.1, value_title, Qt.AlignmentFlag.AlignBottom)

    def values(self, which: int = 0) -> list[float]:
        """The bars of this period (0) or the previous one (1), top to bottom."""
        bars = self.current_set if which == 0 else self.previous_set
        if bars is None:
            return []
        return [bars.at(i) for i in reversed(range(bars.count()))]

    def _pick(self, index: int, which: int) -> ChartPick | None:
        if self._periods is None or not 0 <= index < len(self.keys):
            return None
        period = self._periods[which]
        return ChartPick(period, self._prefix + self.keys[index], self.names[index], period)

    def current_pick(self, index: int) -> ChartPick | None:
        return self._pick(index, 0)

    def previous_pick(self, index: int) -> ChartPick | None:
        return self._pick(index, 1)


class ItemsChart(_PerThingChart):
    """Cases accepted per service item: the period's ten busiest items."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("ReviewCharts", "Cases per service item"),
            "review.items_chart",
            "cases.item:",
        )

    def set_comparison(self, comparison: Comparison) -> None:
        before = {r.key: r.accepted for r in comparison.previous.cases.by_item}
        top = sorted(comparison.current.cases.by_item, key=lambda r: (-r.accepted, r.key))
        rows = [
            (r.key, r.label, float(r.accepted), float(before.get(r.key, 0)))
            for r in top[:TOP_ITEMS]
            if r.accepted
        ]
        self._draw(
            comparison,
            rows,
            QCoreApplication.translate("ReviewCharts", "Cases accepted"),
            percent=False,
        )


class RoomsChart(_PerThingChart):
    """Each room's used share of its open hours."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("ReviewCharts", "Room use"),
            "review.rooms_chart",
            "rooms.room:",
        )

    def set_comparison(self, comparison: Comparison) -> None:
        before = {r.key: r.share for r in comparison.previous.rooms.per_room}
        rows = []
        for room in comparison.current.rooms.per_room:
            old = before.get(room.key)
            rows.append(
                (
                    room.key,
                    room.label,
                    round((room.share or 0) * 100, 1),
                    round((old or 0) * 100, 1),
                )
            )
        self._draw(
            comparison,
            rows,
            QCoreApplication.translate("ReviewCharts", "Share of open hours used"),
            percent=True,
        )
