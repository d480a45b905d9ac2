"""The activities desk on the figure pages.

On Today: five tiles in the page's grid (sessions today, people present, absent, volunteers,
volunteer hours) and the day's sessions listed with their counts; Enter on one opens its
activity on the activities page. On Review: the activity figures against the previous period,
a chart over time and the activities per kind and per organiser. Every figure and row opens
the records behind it, as the other figures do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from hall_desk.domain.activity_figures import (
    BREAKDOWN_LABELS,
    ActivityBreakdown,
    ActivityComparison,
    ActivityFigures,
    SessionFigures,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.ui.figures.activity_chart import ActivitiesChart
from hall_desk.ui.figures.activity_models import (
    ActivityBreakdownModel,
    ActivityComparisonModel,
    SessionsModel,
)
from hall_desk.ui.figures.figure_tiles import DrillTable, FigureTile, TileGrid
from hall_desk.ui.figures.review_figures import Unit, value_text
from hall_desk.ui.kit.common import name_widget, translate_message
from hall_desk.ui.kit.elided_cells import ElidedToolTipDelegate


@dataclass(frozen=True)
class ActivityTile:
    name: str
    key: str  # drill-down key of ActivityStatsService.records
    title: str  # QT_TRANSLATE_NOOP("TodayPage", ...)
    value: Callable[[ActivityFigures], float]
    unit: Unit = Unit.COUNT


# fmt: off
#: The activities desk's row of the Today page's tiles.
ACTIVITY_TILES: tuple[ActivityTile, ...] = (
    ActivityTile("sessions_today", "activities.sessions",
                 QT_TRANSLATE_NOOP("TodayPage", "Activity sessions"), lambda f: f.sessions),
    ActivityTile("activity_present", "activities.present",
                 QT_TRANSLATE_NOOP("TodayPage", "People present"), lambda f: f.present),
    ActivityTile("activity_absent", "activities.absent",
                 QT_TRANSLATE_NOOP("TodayPage", "Absent"), lambda f: f.absent),
    ActivityTile("volunteers_today", "volunteers.volunteers",
                 QT_TRANSLATE_NOOP("TodayPage", "Volunteers"), lambda f: f.volunteers),
    ActivityTile("volunteer_hours", "volunteers.hours",
                 QT_TRANSLATE_NOOP("TodayPage", "Volunteer hours"), lambda f: f.volunteer_hours,
                 Unit.HOURS),
)
# fmt: on


def _today(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


class TodayActivities(QWidget):
    """The day's sessions with their counts (a tab of the Today page's breakdowns); its tiles
    join the page's grid. ``activityNumber`` carries the number of an activity to open."""

    activityNumber = Signal(str)

    def __init__(self, tiles: TileGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today.activities")
        self.tiles = tiles
        for spec in ACTIVITY_TILES:
            tiles.add(
                FigureTile(spec.key, _today(spec.title), f"today.tile.{spec.name}"), spec.name
            )
        self.model = SessionsModel()
        self.table = DrillTable(self.model, "today.sessions", self.tr("Today's activity sessions"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SessionsModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionsModel.ACTIVITY, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegate(ElidedToolTipDelegate(self.table))
        self.table.setToolTip(self.tr("Press Enter to open the activity of the session selected"))
        self.table.drill.connect(self._open)
        self.heading = QLabel()
        self.heading.setObjectName("today.sessions_heading")
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self.comparison: ActivityComparison | None = None

    def show_figures(
        self, comparison: ActivityComparison, sessions: Sequence[SessionFigures]
    ) -> None:
        self.comparison = comparison
        now, before = comparison.current, comparison.previous
        for spec in ACTIVITY_TILES:
            note = ""
            if spec.name == "activity_present" and now.attendance_rate is not None:
                rate = value_text(now.attendance_rate, Unit.SHARE)
                note = self.tr("{rate} attended").format(rate=rate)
            elif spec.name == "activity_absent" and now.excused:
                note = self.tr("{n} excused").format(n=now.excused)
            elif spec.name == "volunteers_today" and now.signed_in:
                note = self.tr("{n} signed in").format(n=now.signed_in)
            elif spec.name == "volunteer_hours" and now.supplementary_minutes:
                hours = value_text(now.supplementary_hours, Unit.HOURS)
                note = self.tr("{hours} entered afterwards").format(hours=hours)
            sub = _today("Yesterday {value}").format(
                value=value_text(spec.value(before), spec.unit)
            )
            self.tiles.tiles[spec.name].set_figure(
                value_text(spec.value(now), spec.unit), note=note, sub=sub
            )
        self.model.set_rows(list(sessions))
        if sessions:
            text = self.tr("{n} sessions today, {present} people present so far:").format(
                n=len(sessions), present=sum(s.present for s in sessions)
            )
        else:
            text = self.tr("No activity session today.")
        self.heading.setText(text)

    def tab_title(self) -> str:
        return self.tr("Activities ({n})").format(n=self.model.rowCount())

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.activityNumber.emit(self.model.row_at(row).number)


_BREAKDOWNS: tuple[tuple[ActivityBreakdown, str], ...] = (
    (ActivityBreakdown.KIND, QT_TRANSLATE_NOOP("ReviewActivities", "By kind")),
    (ActivityBreakdown.ORGANISER, QT_TRANSLATE_NOOP("ReviewActivities", "By organiser")),
)


class ReviewActivities(QWidget):
    """The Review page's activities tab. ``picked`` carries the records key and the title of a
    figure or row picked (its records are of the period counted); ``chartPicked`` a
    ``ChartPick``."""

    picked = Signal(str, str)
    chartPicked = Signal(object)  # ChartPick

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review.activities")
        self.comparison_model = ActivityComparisonModel()
        self.comparison_table = DrillTable(
            self.comparison_model,
            "review.activity_comparison",
            self.tr("Activities: this period against the previous"),
        )
        self.comparison_table.drill.connect(self._figure_picked)
        self.chart = ActivitiesChart()
        self.chart.picked.connect(self.chartPicked.emit)
        self.views = QTabWidget()
        name_widget(
            self.views, "review.activity_views", self.tr("Activities over time and by group")
        )
        self.views.addTab(self.chart, self.tr("Over time"))
        self.models: dict[ActivityBreakdown, ActivityBreakdownModel] = {}
        self.tables: dict[ActivityBreakdown, DrillTable] = {}
        for by, title in _BREAKDOWNS:
            model = ActivityBreakdownModel(by, translate_message(BREAKDOWN_LABELS[by]))
            table = DrillTable(
                model,
                f"review.activities_by_{by.value}",
                QCoreApplication.translate("ReviewActivities", title),
            )
            table.setItemDelegate(ElidedToolTipDelegate(table))
            table.drill.connect(lambda row, b=by: self._row_picked(b, row))
            self.models[by], self.tables[by] = model, table
            self.views.addTab(table, QCoreApplication.translate("ReviewActivities", title))
        self.note = QLabel()
        self.note.setObjectName("review.activities_note")
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("review.activities_split")
        split.setChildrenCollapsible(False)
        split.addWidget(self.comparison_table)
        split.addWidget(self.views)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)

    def set_figures(self, comparison: ActivityComparison) -> None:
        now = comparison.current
        self.comparison_model.set_comparison(comparison)
        self._fit_comparison()
        self.chart.set_comparison(comparison)
        self.models[ActivityBreakdown.KIND].set_rows(now.by_kind)
        self.models[ActivityBreakdown.ORGANISER].set_rows(now.by_organiser)
        self.note.setText(
            self.tr(
                "Attendance and no-show rates are of the marks taken: an excused absence is "
                "not a no-show. People served are those marked present. Volunteer hours count "
                "only the time inside each shift. On a waiting list now: {waiting}."
            ).format(waiting=now.waiting_now)
        )

    def _fit_comparison(self) -> None:
        """Wide enough that no figure's name or value is cut (the chart takes the rest)."""
        table, header = self.comparison_table, self.comparison_table.horizontalHeader()
        columns = range(self.comparison_model.columnCount())
        widths = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns]
        names = [
            table.fontMetrics().horizontalAdvance(line.label) for line in self.comparison_model.rows
        ]
        widths[0] = max([widths[0], *names]) + 16  # the cell's padding
        scroll = table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(sum(widths) + scroll + 2 * table.frameWidth())

    def _figure_picked(self, row: int) -> None:
        key = self.comparison_model.record_key(row)
        if key is not None:
            self.picked.emit(key, self.comparison_model.title(row))

    def _row_picked(self, by: ActivityBreakdown, row: int) -> None:
        model = self.models[by]
        self.picked.emit(model.record_key(row) or "", model.title(row))
