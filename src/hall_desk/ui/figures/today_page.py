"""Today (今日): the desk's glance at the day, compared with yesterday.

Room use counts the hours up to now, and yesterday's up to the same time of day
(``domain.periods.compared_periods``), so the morning's share is not diluted by the evening.

Figures are tiles that open the records behind them; breakdowns below (by category, purpose,
service item, office, room and hour) drill down the same way. The page refreshes itself: a
burst of changes anywhere in the program refreshes it once, and a minute timer keeps "in the
hall now" and the overdue count current and rolls the page over to the new day at midnight.
While another page is shown it only notes that it is stale and refreshes when shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activity_figures import ActivityComparison, SessionFigures
from hall_desk.domain.demand_figures import DemandComparison, OverdueDemand
from hall_desk.domain.errors import DomainError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import Comparison, PeriodReport
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from hall_desk.ui.figures.activity_section import TodayActivities
from hall_desk.ui.figures.demand_section import TodayDemands
from hall_desk.ui.figures.figure_tiles import DrillTable, FigureTile, TileGrid
from hall_desk.ui.figures.records_dialog import RecordsOpener
from hall_desk.ui.figures.review_charts import HourChart
from hall_desk.ui.figures.review_figures import Unit, value_text
from hall_desk.ui.figures.review_tables import BreakdownModel, CountModel, RoomModel
from hall_desk.ui.figures.stats_charts import ChartPick
from hall_desk.ui.kit.common import message_text, name_widget, restyle, to_qdate
from hall_desk.ui.kit.events import DataEvents

if TYPE_CHECKING:
    from hall_desk.ui.figures.report_actions import ReportActions

#: A burst of changes (a group registering, a batch check-in) refreshes the page once.
DEBOUNCE_MS = 300
#: "In the hall now", overdue cases and the date move on by themselves.
TICK_MS = 60_000


@dataclass(frozen=True)
class TileSpec:
    name: str
    key: str  # drill-down key of StatsService.records
    title: str  # QT_TRANSLATE_NOOP("TodayPage", ...)
    value: Callable[[PeriodReport], float | None]
    unit: Unit = Unit.COUNT
    backlog: bool = False
    """Stands open now (not counted over the day): no "yesterday" to compare with."""
    alert: bool = False
    """Shown as a warning while above zero."""


# fmt: off
#: Five tiles a row: visitors, service cases, rooms (each row ends with what stands open).
TILES: tuple[TileSpec, ...] = (
    TileSpec("visits", "visitors", QT_TRANSLATE_NOOP("TodayPage", "Visits registered"),
             lambda r: r.visitors.visits),
    TileSpec("in_hall", "backlog.in_hall", QT_TRANSLATE_NOOP("TodayPage", "In the hall now"),
             lambda r: r.backlog.in_hall, backlog=True),
    TileSpec("walk_ins", "walk_ins", QT_TRANSLATE_NOOP("TodayPage", "Walk-ins counted"),
             lambda r: r.visitors.walk_ins_total),
    TileSpec("ratings", "ratings", QT_TRANSLATE_NOOP("TodayPage", "Ratings"),
             lambda r: r.ratings.count),
    TileSpec("checks_due", "backlog.checks_due",
             QT_TRANSLATE_NOOP("TodayPage", "Elderly checks due"),
             lambda r: r.backlog.checks_due, backlog=True),
    TileSpec("accepted", "cases.accepted", QT_TRANSLATE_NOOP("TodayPage", "Cases accepted"),
             lambda r: r.cases.accepted),
    TileSpec("completed", "cases.completed", QT_TRANSLATE_NOOP("TodayPage", "Cases completed"),
             lambda r: r.cases.completed),
    TileSpec("agent", "cases.agent", QT_TRANSLATE_NOOP("TodayPage", "Handled by an agent"),
             lambda r: r.cases.agent),
    TileSpec("waiting_docs", "backlog.waiting_docs",
             QT_TRANSLATE_NOOP("TodayPage", "Waiting for documents"),
             lambda r: r.backlog.waiting_docs, backlog=True),
    TileSpec("overdue", "backlog.overdue", QT_TRANSLATE_NOOP("TodayPage", "Overdue cases"),
             lambda r: r.backlog.overdue, backlog=True, alert=True),
    TileSpec("bookings", "rooms.bookings", QT_TRANSLATE_NOOP("TodayPage", "Room bookings"),
             lambda r: r.rooms.bookings),
    TileSpec("checked_in", "rooms.checked_in", QT_TRANSLATE_NOOP("TodayPage", "Checked in"),
             lambda r: r.rooms.checked_in),
    TileSpec("no_shows", "rooms.no_shows", QT_TRANSLATE_NOOP("TodayPage", "No-shows"),
             lambda r: r.rooms.no_shows),
    TileSpec("room_share", "rooms.checked_in", QT_TRANSLATE_NOOP("TodayPage", "Room use"),
             lambda r: r.rooms.share, Unit.SHARE),
    TileSpec("receipts", "backlog.receipts_outstanding",
             QT_TRANSLATE_NOOP("TodayPage", "Transfer receipts due"),
             lambda r: r.backlog.receipts_outstanding, backlog=True),
)
# fmt: on


def _tr(text: str) -> str:
    """Translates a text already marked with QT_TRANSLATE_NOOP("TodayPage", ...)."""
    return QCoreApplication.translate("TodayPage", text)


class TodayPage(QWidget):
    #: A demand number to open on the party-service page (Enter on an overdue demand).
    demandNumber = Signal(str)
    #: An activity number to open on the activities page (Enter on one of today's sessions).
    activityNumber = Signal(str)

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
        self.setObjectName("today_page")
        self._services = services
        self._session = session
        self._actions = actions
        self._stale = True
        self._day: date | None = None
        self.comparison: Comparison | None = None
        self.demand_comparison: DemandComparison | None = None
        self.activity_comparison: ActivityComparison | None = None
        self.records = RecordsOpener(services, session, self)
        self.records.failed.connect(lambda text: self._say(text, error=True))

        self._build()
        self.tiles.picked.connect(self._tile_picked)
        for table in self._tables:
            table.drill.connect(lambda row, t=table: self._row_picked(t, row))
        self.hour_chart.picked.connect(self._chart_picked)

        self.debounce = QTimer(self)
        self.debounce.setObjectName("today_debounce_timer")
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._debounced)
        self.tick_timer = QTimer(self)
        self.tick_timer.setObjectName("today_tick_timer")
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        events.changed.connect(self._on_changed)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.date_label = QLabel()
        self.date_label.setObjectName("today.date")
        self.date_label.setProperty("role", "title")
        self.updated = QLabel()
        self.updated.setObjectName("today.updated")
        self.updated.setProperty("role", "muted")
        self.print_button = QPushButton(self.tr("Print daily report"))
        name_widget(self.print_button, "today.print", self.tr("Print today's report"))
        self.print_button.clicked.connect(self.print_report)
        self.export_button = QPushButton(self.tr("Export ledgers"))
        name_widget(self.export_button, "today.export", self.tr("Export the ledgers to Excel"))
        self.export_button.clicked.connect(self.export_ledgers)
        for button in (self.print_button, self.export_button):
            button.setVisible(self._actions is not None)
        self.status = QLabel()
        self.status.setObjectName("today.status")
        self.status.setWordWrap(True)
        self.status.hide()

        top = QHBoxLayout()
        top.addWidget(self.date_label)
        top.addWidget(self.updated, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)

        self.tiles = TileGrid(7)
        for spec in TILES:
            self.tiles.add(
                FigureTile(spec.key, _tr(spec.title), f"today.tile.{spec.name}"), spec.name
            )
        # The party-service desk's row of tiles, and its overdue demands (a tab below).
        self.demands = TodayDemands(self.tiles)
        self.demands.demandNumber.connect(self.demandNumber)
        # The activities desk's row of tiles, and today's sessions (a tab below).
        self.activities = TodayActivities(self.tiles)
        self.activities.activityNumber.connect(self.activityNumber)

        self.category_model = CountModel(
            self.tr("Category"), self.tr("Visits"), "visitors.category:"
        )
        self.purpose_model = CountModel(self.tr("Purpose"), self.tr("Visits"), "visitors.purpose:")
        self.walk_in_model = CountModel(self.tr("Walk-in"), self.tr("Count"), "walk_ins.kind:")
        self.item_model = BreakdownModel(self.tr("Service item"), "cases.item:")
        self.office_model = BreakdownModel(self.tr("Office"), "cases.office:")
        self.room_model = RoomModel()
        self.category_table = DrillTable(
            self.category_model, "today.categories", self.tr("Visitors by category")
        )
        self.purpose_table = DrillTable(
            self.purpose_model, "today.purposes", self.tr("Visitors by purpose")
        )
        self.walk_in_table = DrillTable(
            self.walk_in_model, "today.walk_ins", self.tr("Walk-ins by kind")
        )
        self.item_table = DrillTable(self.item_model, "today.items", self.tr("Cases by item"))
        self.office_table = DrillTable(
            self.office_model, "today.offices", self.tr("Cases by office")
        )
        self.room_table = DrillTable(self.room_model, "today.rooms", self.tr("Use of each room"))
        self._tables = (
            self.category_table,
            self.purpose_table,
            self.walk_in_table,
            self.item_table,
            self.office_table,
            self.room_table,
        )
        self._titles = {
            self.category_table: self.tr("Visitors: {label}"),
            self.purpose_table: self.tr("Visitors: {label}"),
            self.walk_in_table: self.tr("Walk-ins: {label}"),
            self.item_table: self.tr("Cases: {label}"),
            self.office_table: self.tr("Cases: {label}"),
            self.room_table: self.tr("Bookings: {label}"),
        }
        self.hour_chart = HourChart()

        visitors = QWidget()
        row = QHBoxLayout(visitors)
        row.setContentsMargins(4, 4, 4, 4)
        # The categories get the most room: 新就业群体（快递员、外卖骑手） is the longest name.
        row.addWidget(self.category_table, 4)
        row.addWidget(self.purpose_table, 3)
        row.addWidget(self.walk_in_table, 3)
        row.addWidget(self.hour_chart, 4)
        cases = QWidget()
        row = QHBoxLayout(cases)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.item_table, 3)
        row.addWidget(self.office_table, 2)
        rooms = QWidget()
        row = QHBoxLayout(rooms)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.room_table)
        self.breakdowns = QTabWidget()
        name_widget(self.breakdowns, "today.breakdowns", self.tr("Breakdowns"))
        self.breakdowns.addTab(visitors, self.tr("Visitors"))
        self.breakdowns.addTab(cases, self.tr("Service cases"))
        self.breakdowns.addTab(rooms, self.tr("Rooms"))
        self.breakdowns.addTab(self.demands, self.demands.tab_title())
        self.breakdowns.addTab(self.activities, self.activities.tab_title())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tiles)
        layout.addWidget(self.breakdowns, 1)

    # -- page life -----------------------------------------------------------------------------
    def activate(self) -> None:
        """Called when the page is shown: refresh if anything changed meanwhile."""
        if self._stale or self._day != self._services.clock.today():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def is_stale(self) -> bool:
        return self._stale

    def _on_changed(self, _what: str) -> None:
        if self.isVisible():
            self.debounce.start()
        else:
            self._stale = True

    def _debounced(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def tick(self) -> None:
        """Every minute: the figures that move by themselves, and the date at midnight."""
        self._debounced()

    def refresh(self) -> None:
        today = self._services.clock.today()
        try:
            comparison = self._services.stats.compare(self._session, Period.day(today))
            demands = self._services.demand_stats.compare(self._session, Period.day(today))
            overdue = self._services.demand_stats.overdue_now(self._session)
            activities = self._services.activity_stats.compare(self._session, Period.day(today))
            sessions = self._services.activity_stats.sessions(self._session, Period.day(today))
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            return
        self._stale = False
        self._day = today
        self.comparison = comparison
        self.demand_comparison = demands
        self.activity_comparison = activities
        self._show(comparison)
        self._show_demands(demands, overdue)
        self._show_activities(activities, sessions)
        self._say("")

    def _show_demands(self, comparison: DemandComparison, overdue: list[OverdueDemand]) -> None:
        self.demands.show_figures(comparison, overdue)
        index = self.breakdowns.indexOf(self.demands)
        self.breakdowns.setTabText(index, self.demands.tab_title())
        # The tab says in red that demands are overdue, whichever tab is shown.
        colour = QColor("#c62828") if comparison.current.overdue_open else QColor()
        self.breakdowns.tabBar().setTabTextColor(index, colour)

    def _show_activities(
        self, comparison: ActivityComparison, sessions: list[SessionFigures]
    ) -> None:
        self.activities.show_figures(comparison, sessions)
        index = self.breakdowns.indexOf(self.activities)
        self.breakdowns.setTabText(index, self.activities.tab_title())

    def _show(self, comparison: Comparison) -> None:
        now, before = comparison.current, comparison.previous
        locale = QLocale()
        self.date_label.setText(locale.toString(to_qdate(now.period.first), "yyyy-MM-dd dddd"))
        self.updated.setText(
            self.tr("Updated {time}").format(time=now.generated_at.strftime("%H:%M"))
        )
        for spec in TILES:
            self._show_tile(spec, now, before)
        self.category_model.set_rows(now.visitors.by_category)
        self.purpose_model.set_rows(now.visitors.by_purpose)
        self.walk_in_model.set_rows(now.visitors.walk_ins)
        self.item_model.set_rows(now.cases.by_item)
        self.office_model.set_rows(now.cases.by_office)
        self.room_model.set_rows(now.rooms.per_room)
        self.hour_chart.set_report(now)
        self.breakdowns.setTabText(0, self.tr("Visitors ({n})").format(n=now.visitors.visits))
        self.breakdowns.setTabText(1, self.tr("Service cases ({n})").format(n=now.cases.accepted))
        self.breakdowns.setTabText(2, self.tr("Rooms ({n})").format(n=now.rooms.bookings))

    def _show_tile(self, spec: TileSpec, now: PeriodReport, before: PeriodReport) -> None:
        value = spec.value(now)
        note = ""
        if spec.name == "visits":
            note = self.tr("{n} people").format(n=now.visitors.people)
        elif spec.name == "ratings" and now.ratings.rate is not None:
            note = self.tr("{rate} satisfied").format(rate=value_text(now.ratings.rate, Unit.SHARE))
        elif spec.name == "room_share":
            note = self.tr("{used} of {open} h").format(
                used=value_text(now.rooms.used_hours, Unit.HOURS),
                open=value_text(now.rooms.open_hours, Unit.HOURS),
            )
        if spec.name == "overdue":
            sub = self.tr("{n} due today").format(n=now.backlog.due_today)
        elif spec.name == "waiting_docs":
            sub = self.tr("{n} cases open").format(n=now.backlog.open_cases)
        elif spec.backlog:
            sub = self.tr("Standing now")
        elif spec.name == "room_share" and before.as_of is not None:
            # Today's room hours count up to now, yesterday's up to the same time.
            sub = self.tr("Yesterday until {time}: {value}").format(
                time=f"{before.as_of:%H:%M}", value=value_text(spec.value(before), spec.unit)
            )
        else:
            sub = self.tr("Yesterday {value}").format(
                value=value_text(spec.value(before), spec.unit)
            )
        alert = spec.alert and bool(value)
        self.tiles.tiles[spec.name].set_figure(
            value_text(value, spec.unit), note=note, sub=sub, alert=alert
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        restyle(self.status, "role", "error" if error else "ok")

    # -- drilling down -------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        return Period.day(self._day or self._services.clock.today())

    def tile(self, name: str) -> FigureTile:
        return self.tiles.tiles[name]

    def _tile_picked(self, tile: FigureTile) -> None:
        if tile.key == "demands.overdue" and tile.value_text() != "0":
            # The overdue list is on the page already: show it, then the records.
            self.breakdowns.setCurrentWidget(self.demands)
        self.records.open(self.period, tile.key, tile.title)

    def _row_picked(self, table: DrillTable, row: int) -> None:
        model = table.model()
        key = model.record_key(row)  # type: ignore[attr-defined]
        if key is None:
            return
        label = model.title(row)  # type: ignore[attr-defined]
        self.records.open(self.period, key, self._titles[table].format(label=label))

    def _chart_picked(self, pick: ChartPick) -> None:
        self.records.open(pick.period, pick.key, pick.title, shown=pick.shown)

    # -- reports -------------------------------------------------------------------------------
    def print_report(self) -> None:
        if self._actions is not None:
            self._actions.print_report(self, self.period)

    def export_ledgers(self) -> None:
        if self._actions is not None:
            self._actions.export_ledgers(self, self.period)
