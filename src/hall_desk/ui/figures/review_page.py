"""Review (统计): a period's figures against the period before, as a table and as charts;
for a county administrator also every center side by side.

Every figure, bar and point opens the records behind it. The period is chosen in
``review_period``; the charts are in ``review_charts`` and ``review_bars``, the county table
in ``county_view``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activity_figures import ActivityComparison
from hall_desk.domain.demand_figures import DemandBreakdown, DemandComparison, DemandRow
from hall_desk.domain.errors import DomainError
from hall_desk.domain.periods import ComparedPeriods, Period
from hall_desk.domain.reports import Comparison, CountyReport
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from hall_desk.ui.figures.activity_section import ReviewActivities
from hall_desk.ui.figures.county_view import CountyView
from hall_desk.ui.figures.demand_section import ReviewDemands
from hall_desk.ui.figures.figure_tiles import DrillTable
from hall_desk.ui.figures.records_dialog import RecordsOpener
from hall_desk.ui.figures.review_bars import ItemsChart, RoomsChart
from hall_desk.ui.figures.review_charts import SatisfactionChart, VisitorsChart
from hall_desk.ui.figures.review_period import PeriodChooser
from hall_desk.ui.figures.review_tables import ComparisonModel
from hall_desk.ui.figures.stats_charts import ChartPick
from hall_desk.ui.kit.common import message_text, name_widget, restyle
from hall_desk.ui.kit.events import DataEvents

if TYPE_CHECKING:
    from hall_desk.ui.figures.report_actions import ReportActions

#: Changes elsewhere refresh a shown page once they have settled.
DEBOUNCE_MS = 500


class ReviewPage(QWidget):
    def __init__(
        self,
        services: Services,
        session: StaffSession,
        events: DataEvents,
        *,
        actions: ReportActions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_page")
        self._services = services
        self._session = session
        self._actions = actions
        self._stale = True
        self._county_stale = True
        self._demands_stale = True
        self._activities_stale = True
        self.comparison: Comparison | None = None
        self.demand_comparison: DemandComparison | None = None
        self.activity_comparison: ActivityComparison | None = None
        self.county: CountyReport | None = None
        self.records = RecordsOpener(services, session, self)
        self.records.failed.connect(lambda text: self._say(text, error=True))

        self.chooser = PeriodChooser(services.clock.now)
        self.chooser.add_shortcuts(self)
        self.chooser.periodChanged.connect(lambda _period: self.refresh())
        self._build()

        self.debounce = QTimer(self)
        self.debounce.setObjectName("review_debounce_timer")
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._debounced)
        events.changed.connect(self._on_changed)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        has_actions = self._actions is not None
        self.print_button = self._button(
            "review.print", self.tr("Print report"), self.tr("Print the report of this period")
        )
        self.save_button = self._button(
            "review.save", self.tr("Save PDF"), self.tr("Save the report of this period as a PDF")
        )
        self.export_button = self._button(
            "review.export", self.tr("Export ledgers"), self.tr("Export the ledgers to Excel")
        )
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self.export_button.clicked.connect(self.export_ledgers)
        for button in (self.print_button, self.save_button, self.export_button):
            button.setVisible(has_actions)
        self.status = QLabel()
        self.status.setObjectName("review.status")
        self.status.setWordWrap(True)
        self.status.hide()

        self.comparison_model = ComparisonModel()
        self.comparison_table = DrillTable(
            self.comparison_model, "review.comparison", self.tr("This period against the previous")
        )
        self.comparison_table.drill.connect(self._figure_picked)
        self.visitors_chart = VisitorsChart()
        self.satisfaction_chart = SatisfactionChart()
        self.items_chart = ItemsChart()
        self.rooms_chart = RoomsChart()
        for chart in self.charts():
            chart.picked.connect(self._chart_picked)

        over_time = QWidget()
        column = QVBoxLayout(over_time)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.visitors_chart, 1)
        column.addWidget(self.satisfaction_chart, 1)
        overview = QSplitter(Qt.Orientation.Horizontal)
        overview.setObjectName("review.overview")
        overview.setChildrenCollapsible(False)
        overview.addWidget(self.comparison_table)
        overview.addWidget(over_time)
        overview.setStretchFactor(0, 1)
        overview.setStretchFactor(1, 1)
        per_thing = QWidget()
        row = QHBoxLayout(per_thing)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.items_chart, 1)
        row.addWidget(self.rooms_chart, 1)

        self.tabs = QTabWidget()
        name_widget(self.tabs, "review.tabs", self.tr("Views"))
        self.tabs.addTab(overview, self.tr("Figures"))
        self.tabs.addTab(per_thing, self.tr("Items and rooms"))
        self.demands = ReviewDemands()
        self.demands.picked.connect(self._demand_picked)
        self.demands.chartPicked.connect(self._chart_picked)
        self.tabs.addTab(self.demands, self.tr("Party service"))
        self.activities = ReviewActivities()
        self.activities.picked.connect(self._activity_picked)
        self.activities.chartPicked.connect(self._chart_picked)
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.county_view: CountyView | None = None
        if self._session.is_county:
            self.county_view = CountyView(can_print=self._actions is not None)
            self.county_view.printRequested.connect(self.print_county_report)
            self.tabs.addTab(self.county_view, self.tr("County"))
        self.tabs.currentChanged.connect(lambda _index: self._show_county_if_due())
        self.tabs.currentChanged.connect(lambda _index: self._show_demands_if_due())
        self.tabs.currentChanged.connect(lambda _index: self._show_activities_if_due())

        # The report buttons sit at the right of the tab bar, leaving the top row to the period.
        corner = QWidget()
        buttons = QHBoxLayout(corner)
        buttons.setContentsMargins(0, 0, 0, 4)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.export_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    def _button(self, object_name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        name_widget(button, object_name, accessible)
        return button

    def charts(self) -> tuple[VisitorsChart, SatisfactionChart, ItemsChart, RoomsChart]:
        return (self.visitors_chart, self.satisfaction_chart, self.items_chart, self.rooms_chart)

    # -- page life -----------------------------------------------------------------------------
    def activate(self) -> None:
        if self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def is_stale(self) -> bool:
        return self._stale

    def _on_changed(self, _what: str) -> None:
        self._county_stale = True
        self._demands_stale = True
        self._activities_stale = True
        if self.isVisible():
            self.debounce.start()
        else:
            self._stale = True

    def _debounced(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @property
    def period(self) -> Period:
        return self.chooser.period

    def set_period(self, period: Period) -> None:
        self.chooser.set_period(period)

    def refresh(self) -> None:
        """Read the chosen period and the one before it again; the county too when shown."""
        period = self.chooser.period
        self._county_stale = True
        self._demands_stale = True
        self._activities_stale = True
        try:
            comparison = self._services.stats.compare(self._session, period)
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            return
        self._stale = False
        self.comparison = comparison
        current, previous = comparison.current, comparison.previous
        self.chooser.show_compared(
            ComparedPeriods(current.period, previous.period, current.as_of, previous.as_of)
        )
        self.comparison_model.set_comparison(comparison)
        for chart in self.charts():
            chart.set_comparison(comparison)
        self._say("")
        self._show_county_if_due()
        self._show_demands_if_due()
        self._show_activities_if_due()

    def _show_activities_if_due(self) -> None:
        """The activities tab is read when it is shown (and again after a change)."""
        if self.tabs.currentWidget() is self.activities and self._activities_stale:
            self.refresh_activities()

    def refresh_activities(self) -> None:
        try:
            comparison = self._services.activity_stats.compare(self._session, self.period)
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            return
        self._activities_stale = False
        self.activity_comparison = comparison
        self.activities.set_figures(comparison)

    def _show_demands_if_due(self) -> None:
        """The party-service tab is read when it is shown (and again after a change)."""
        if self.tabs.currentWidget() is self.demands and self._demands_stale:
            self.refresh_demands()

    def refresh_demands(self) -> None:
        stats = self._services.demand_stats
        try:
            comparison = stats.compare(self._session, self.chooser.period)
            counted = comparison.current.period
            # The kinds of demand come with the figures; the other groups are read here.
            breakdowns: dict[DemandBreakdown, list[DemandRow]] = {
                by: stats.breakdown(self._session, counted, by)
                for by in DemandBreakdown
                if by is not DemandBreakdown.CATEGORY
            }
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            return
        self._demands_stale = False
        self.demand_comparison = comparison
        self.demands.set_figures(comparison, breakdowns)

    def _show_county_if_due(self) -> None:
        view = self.county_view
        if view is None or self.tabs.currentWidget() is not view or not self._county_stale:
            return
        self.refresh_county()

    def refresh_county(self) -> None:
        if self.county_view is None:
            return
        try:
            county = self._services.stats.county(self._session, self.chooser.period)
            demands = self._services.demand_stats.county(self._session, self.chooser.period)
            activities = self._services.activity_stats.county(self._session, self.chooser.period)
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            return
        self._county_stale = False
        self.county = county
        self.county_view.set_county(county)
        self.county_view.set_demand_county(demands)
        self.county_view.set_activity_county(activities)

    def show_county(self) -> None:
        if self.county_view is not None:
            self.tabs.setCurrentWidget(self.county_view)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        restyle(self.status, "role", "error" if error else "ok")

    # -- drilling down -------------------------------------------------------------------------
    def _figure_picked(self, row: int) -> None:
        key = self.comparison_model.record_key(row)
        if key is not None:
            # The days the figure counts (up to today while the period runs), so the list
            # holds exactly what was counted.
            counted = self.comparison.current.period if self.comparison else self.chooser.period
            self.records.open(counted, key, self.comparison_model.title(row))

    def _chart_picked(self, pick: ChartPick) -> None:
        self.records.open(pick.period, pick.key, pick.title, shown=pick.shown)

    def _demand_picked(self, key: str, title: str) -> None:
        counted = self.demand_comparison.current.period if self.demand_comparison else None
        self.records.open(counted or self.chooser.period, key, title)

    def _activity_picked(self, key: str, title: str) -> None:
        counted = self.activity_comparison.current.period if self.activity_comparison else None
        self.records.open(counted or self.chooser.period, key, title)

    # -- reports -------------------------------------------------------------------------------
    def print_report(self) -> None:
        if self._actions is not None:
            self._actions.print_report(self, self.chooser.period)

    def save_report(self) -> None:
        if self._actions is not None:
            path = self._actions.save_report(self, self.chooser.period)
            if path is not None:
                self._say(self.tr("Report saved as {path}.").format(path=str(path)))

    def export_ledgers(self) -> None:
        if self._actions is not None:
            self._actions.export_ledgers(self, self.chooser.period)

    def print_county_report(self) -> None:
        if self._actions is not None:
            self._actions.print_county_report(self, self.chooser.period)
