"""The Review page's chart of the activities desk: people served (出席人次) per day (week,
month) as bars, sessions held as a line, and the previous period's people served as a dashed
line (a ``DeskChart``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from hall_desk.domain.activity_figures import ActivityDay
from hall_desk.domain.reports import DayCount
from hall_desk.ui.figures.desk_chart import ChartWords, DeskChart


class ActivitiesChart(DeskChart):
    """People served (bars) and sessions (line) this period, people served in the previous
    period (dashed); a bar or point lists the records behind it."""

    LINE_COLOUR = QColor("#6a1b9a")
    BARS_KEY = "activities.present"
    LINE_KEY = "activities.sessions"

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("ActivityChart", "Activities over time"),
            "review.activities_chart",
        )

    @property
    def present(self) -> list[int]:
        return self.bar_counts

    @property
    def sessions(self) -> list[int]:
        return self.line_counts

    def words(self) -> ChartWords:
        return ChartWords(
            bars=QCoreApplication.translate("ActivityChart", "People served"),
            line=QCoreApplication.translate("ActivityChart", "Sessions"),
            previous=QCoreApplication.translate("ActivityChart", "People served, previous period"),
            count_axis=QCoreApplication.translate("ActivityChart", "Count"),
            day=QCoreApplication.translate("ActivityChart", "Day"),
            week=QCoreApplication.translate("ActivityChart", "Week starting"),
            month=QCoreApplication.translate("ActivityChart", "Month"),
            bars_records=QCoreApplication.translate("ActivityChart", "People served"),
            line_records=QCoreApplication.translate("ActivityChart", "Sessions held"),
        )

    def bar_days(self, days: Sequence[ActivityDay]) -> list[DayCount]:
        return [DayCount(d.day, d.present) for d in days]

    def line_days(self, days: Sequence[ActivityDay]) -> list[DayCount]:
        return [DayCount(d.day, d.sessions) for d in days]
