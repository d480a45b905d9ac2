"""The party-service desk's figures on the Today and Review pages, the county view and the
printed report, driven through the real widgets against a real SQLite database.

The fixture clock is Friday 2026-11-20 09:30; the demands are those of ``demand_scenario``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from hall_desk.db.database import Database
from hall_desk.db.party_models import Demand
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.demand_figures import DemandBreakdown
from hall_desk.domain.periods import Period
from hall_desk.domain.staff import Role
from hall_desk.services import Services, create_services
from hall_desk.services.session import StaffSession
from hall_desk.ui.figures.demand_models import OVERDUE_COLOUR, DemandComparisonModel, late_text
from hall_desk.ui.figures.demand_section import DEMAND_TILES
from hall_desk.ui.figures.records_dialog import RecordsDialog
from hall_desk.ui.figures.report_actions import ReportActions
from hall_desk.ui.figures.review_page import ReviewPage
from hall_desk.ui.figures.today_page import TodayPage
from hall_desk.ui.kit.events import DataEvents
from tests.conftest import NOW, set_up_center
from tests.services.figures.demand_scenario import Scenario, build, running_overdue
from tests.ui.test_widgets_named import unnamed

TODAY = NOW.date()
NOVEMBER = Period.month(TODAY)


@pytest.fixture
def desk(
    sqlite_url, clock, passwords, tmp_path
) -> Iterator[tuple[Services, StaffSession, Scenario]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    scenario = build(db, admin)
    yield services, admin, scenario
    db.dispose()


def show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1280, 690)
    page.show()
    qtbot.waitExposed(page)
    return page


def overdue_numbers(page: TodayPage) -> list[str]:
    model = page.demands.model
    return [model.row_at(r).number for r in range(model.rowCount())]


def test_today_shows_the_party_service_tiles_and_the_overdue_demands_in_red(
    qtbot, desk, clock: FixedClock
) -> None:
    services, admin, scenario = desk
    page = show(qtbot, TodayPage(services, admin, DataEvents()))
    assert unnamed(page) == []
    figures = services.demand_stats.compare(admin, Period.day(TODAY)).current
    for spec in DEMAND_TILES:
        assert page.tile(spec.name).value_text() == str(spec.value(figures)), spec.name
    assert page.tile("demands_overdue").is_alert()
    assert page.tile("problems_overdue").value_text() == "2"
    assert page.tile("problems_overdue").is_alert()
    assert not page.tile("demands_due_soon").is_alert()
    yesterday = services.demand_stats.figures(admin, Period.day(TODAY - timedelta(days=1)))
    assert page.tile("demands_taken").sub_text() == f"Yesterday {yesterday.collected}"

    # The overdue list: longest overdue first, every cell red, how late in words.
    expected = [d.number for d in running_overdue(scenario)]
    assert overdue_numbers(page) == expected
    model = page.demands.model
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    last = model.rowCount() - 1
    assert model.index(last, model.LATE).data() == late_text(10) == "10 min"
    assert model.index(last, model.HOLDER).data() == "县人民医院"
    index = page.breakdowns.indexOf(page.demands)
    assert page.breakdowns.tabText(index) == f"Party service ({len(expected)} overdue)"
    assert page.breakdowns.tabBar().tabTextColor(index) == OVERDUE_COLOUR

    # Ten minutes on, the demand that was due soon is late too: the minute timer shows it.
    due_soon = next(
        d
        for d in scenario.counted()
        if d.due_at is not None and d.due_at - NOW == timedelta(minutes=4)
    )
    assert due_soon.number not in overdue_numbers(page)
    clock.advance(minutes=10)
    page.tick()
    qtbot.waitUntil(lambda: due_soon.number in overdue_numbers(page), timeout=3000)
    assert page.tile("demands_overdue").value_text() == str(len(expected) + 1)
    assert page.tile("demands_due_soon").value_text() == "0"
    row = overdue_numbers(page).index(due_soon.number)
    assert model.index(row, model.LATE).data() == "6 min"


def test_a_demand_saved_elsewhere_refreshes_the_list(qtbot, desk) -> None:
    services, admin, _scenario = desk
    events = DataEvents()
    page = show(qtbot, TodayPage(services, admin, events))
    before = overdue_numbers(page)
    with services.db.write() as s:
        late = s.scalars(
            select(Demand).where(Demand.site_id == admin.site_id, Demand.status == "pending")
        ).first()
        assert late is not None
        late.status, late.accepted_at = "accepted", NOW - timedelta(hours=2)
        late.dispatched_at, late.due_at = NOW - timedelta(hours=3), NOW - timedelta(minutes=90)
        late.clock_minutes, number = 30, late.number
    events.changed.emit("demand")
    qtbot.waitUntil(lambda: number in overdue_numbers(page), timeout=3000)
    assert len(overdue_numbers(page)) == len(before) + 1
    model = page.demands.model
    row = overdue_numbers(page).index(number)
    assert model.index(row, model.LATE).data() == "1 h 30 min"


def test_enter_on_an_overdue_demand_opens_it_and_tiles_list_their_records(qtbot, desk) -> None:
    services, admin, scenario = desk
    page = show(qtbot, TodayPage(services, admin, DataEvents()))
    opened: list[str] = []
    page.demandNumber.connect(opened.append)
    page.breakdowns.setCurrentWidget(page.demands)
    table = page.demands.table
    table.setFocus()
    table.setCurrentIndex(page.demands.model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [running_overdue(scenario)[1].number]

    dialogs: list[RecordsDialog] = []
    page.records.opened.connect(dialogs.append)
    page.breakdowns.setCurrentIndex(0)
    qtbot.mouseClick(page.tile("demands_overdue"), Qt.MouseButton.LeftButton)
    assert page.breakdowns.currentWidget() is page.demands  # the list is brought forward
    (dialog,) = dialogs
    assert dialog.row_count() == len(running_overdue(scenario))
    page.tile("problems_overdue").setFocus()
    qtbot.keyClick(page.tile("problems_overdue"), Qt.Key.Key_Return)
    assert dialogs[-1].row_count() == 2
    for shown in dialogs:
        shown.close()


def test_review_compares_the_demand_figures_and_breaks_them_down(qtbot, desk) -> None:
    services, admin, _scenario = desk
    page = show(qtbot, ReviewPage(services, admin, DataEvents()))
    assert page.demand_comparison is None  # read when its tab is shown
    page.tabs.setCurrentWidget(page.demands)
    assert page.demand_comparison is not None
    both = services.demand_stats.compare(admin, NOVEMBER)
    model: DemandComparisonModel = page.demands.comparison_model
    for key in ("collected", "dispatched", "solved", "satisfied", "on_time_rate"):
        line = model.line(key)
        figure = line.figure
        assert line.current == figure.value(both.current), key
        assert line.previous == figure.value(both.previous), key
    row = model.row_of("response_rate")
    assert model.index(row, model.CURRENT).data() == f"{both.current.response_rate * 100:.1f}%"
    counted = both.current.period
    for by, breakdown_model in page.demands.models.items():
        rows = services.demand_stats.breakdown(admin, counted, by)
        assert [r.key for r in breakdown_model.rows] == [r.key for r in rows], by
    chart = page.demands.chart
    assert sum(chart.collected) == both.current.collected
    assert sum(chart.solved) == both.current.solved
    assert sum(chart.previous) == both.previous.collected
    assert unnamed(page) == []

    # A figure and a breakdown row list their records.
    dialogs: list[RecordsDialog] = []
    page.records.opened.connect(dialogs.append)
    page.demands.comparison_table.drill.emit(model.row_of("solved"))
    assert dialogs[-1].row_count() == both.current.solved
    units = page.demands.models[DemandBreakdown.UNIT]
    page.demands.tables[DemandBreakdown.UNIT].drill.emit(0)
    assert dialogs[-1].row_count() >= units.rows[0].collected
    for shown in dialogs:
        shown.close()

    # Another month reads the tab again.
    page.chooser.step(-1)
    assert page.demand_comparison.current.period == Period.month(date(2026, 10, 1))


def test_the_county_sees_every_centers_demands(qtbot, desk) -> None:
    services, admin, _scenario = desk
    county = StaffSession(
        admin.staff_id, admin.site_id, admin.username, admin.full_name, Role.COUNTY,
        admin.site_name,
    )  # fmt: skip
    page = show(qtbot, ReviewPage(services, county, DataEvents()))
    page.show_county()
    assert page.county_view is not None
    model = page.county_view.demand_model
    expected = services.demand_stats.county(county, NOVEMBER)
    assert model.rowCount() == 3
    names = [model.index(r, model.CENTER).data() for r in range(3)]
    assert names == ["北街社区党群服务中心", "城南社区党群服务中心", "All centers"]
    assert model.index(2, model.COLLECTED).data() == str(expected.total.collected)
    assert model.index(1, model.OVERDUE).data() == str(expected.sites[1].overdue_open)


def test_the_printed_report_has_the_party_service_section(qtbot, desk, tmp_path) -> None:
    services, admin, _scenario = desk
    actions = ReportActions(services, admin, default_dir=lambda: tmp_path)
    pdf = actions.report_pdf(NOVEMBER)
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    figures = services.demand_stats.compare(admin, NOVEMBER).current
    assert "党员服务" in text and "按需求类别统计" in text
    lines = text.splitlines()
    assert lines[lines.index("收集需求") + 1].strip() == str(figures.collected)
