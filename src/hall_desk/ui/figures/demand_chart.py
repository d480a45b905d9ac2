"""The Review page's chart of the party-service desk: demands collected per day (week, month)
as bars, those solved as a line, and the previous period's collected demands as a dashed line
(a ``DeskChart``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from hall_desk.domain.demand_figures import DemandDay
from hall_desk.domain.reports import DayCount
from hall_desk.ui.figures.desk_chart import ChartWords, DeskChart
from hall_desk.ui.figures.review_buckets import Bucket, Grain
from hall_desk.ui.figures.stats_charts import ChartPick


class DemandsChart(DeskChart):
    """Collected (bars) and solved (line) this period, collected in the previous period
    (dashed); a bar or point lists the demands behind it."""

    LINE_COLOUR = QColor("#2e7d32")
    BARS_KEY = "demands.collected"
    LINE_KEY = "demands.solved"

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("DemandChart", "Demands over time"), "review.demands_chart"
        )

    @property
    def collected(self) -> list[int]:
        return self.bar_counts

    @property
    def solved(self) -> list[int]:
        return self.line_counts

    def words(self) -> ChartWords:
        return ChartWords(
            bars=QCoreApplication.translate("DemandChart", "Collected"),
            line=QCoreApplication.translate("DemandChart", "Solved"),
            previous=QCoreApplication.translate("DemandChart", "Collected, previous period"),
            count_axis=QCoreApplication.translate("DemandChart", "Demands"),
            day=QCoreApplication.translate("DemandChart", "Day"),
            week=QCoreApplication.translate("DemandChart", "Week starting"),
            month=QCoreApplication.translate("DemandChart", "Month"),
            bars_records=QCoreApplication.translate("DemandChart", "Demands collected"),
            line_records=QCoreApplication.translate("DemandChart", "Demands solved"),
        )

    def bar_days(self, days: Sequence[DemandDay]) -> list[DayCount]:
        return [DayCount(d.day, d.collected) for d in days]

    def line_days(self, days: Sequence[DemandDay]) -> list[DayCount]:
        return [DayCount(d.day, d.solved) for d in days]

    def pick_of(self, chunk: Bucket, which: int, key: str, title: str) -> ChartPick:
        # A day of collected demands is read with its day key, within the whole period.
        if self.grain is Grain.DAY and key == self.BARS_KEY and self._periods is not None:
            day = chunk.first.isoformat()
            return ChartPick(self._periods[which], f"demands.day:{day}", title, chunk.period)
        return super().pick_of(chunk, which, key, title)
