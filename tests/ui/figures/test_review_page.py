"""The Review page driven through its real widgets against a real SQLite database.

The fixture clock is Friday 2026-11-20 09:30; demo data fills the days before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from hall_desk.db.database import Database
from hall_desk.domain.periods import MAX_PERIOD_DAYS, Period, PeriodKind
from hall_desk.domain.reports import Comparison
from hall_desk.services import Services, create_services
from hall_desk.services.centers import CenterAdmin
from hall_desk.services.demo.demo import fill_demo
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from hall_desk.ui.figures.records_dialog import RecordsDialog
from hall_desk.ui.figures.review_figures import PERIOD_FIGURES
from hall_desk.ui.figures.review_page import DEBOUNCE_MS, ReviewPage
from hall_desk.ui.figures.review_period import next_period
from hall_desk.ui.kit.common import from_qdate
from hall_desk.ui.kit.events import DataEvents
from tests.conftest import ADMIN_PASSWORD, set_up_center
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 11, 20)
NOVEMBER = Period.month(TODAY)


@pytest.fixture
def desk(sqlite_url, clock, passwords, tmp_path) -> Iterator[tuple[Services, StaffSession]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    fill_demo(db, clock, passwords, days=12, visits_per_day=18, seed=5, demands_per_day=0)
    yield services, admin
    db.dispose()


def make_page(qtbot, services: Services, session: StaffSession, **kw) -> ReviewPage:
    page = ReviewPage(services, session, DataEvents(), **kw)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def assert_table_matches(page: ReviewPage, comparison: Comparison) -> None:
    model = page.comparison_model
    for figure in PERIOD_FIGURES:
        line = model.line(figure.key)
        assert line.current == figure.value(comparison.current), figure.key
        assert line.previous == figure.value(comparison.previous), figure.key


def opened_dialogs(page: ReviewPage) -> list[RecordsDialog]:
    opened: list[RecordsDialog] = []
    page.records.opened.connect(opened.append)
    return opened


def test_the_month_against_the_month_before(qtbot, desk) -> None:
    services, admin = desk
    page = make_page(qtbot, services, admin)
    assert page.period == NOVEMBER
    comparison = services.stats.compare(admin, NOVEMBER)
    assert comparison.current.visitors.visits > 0
    assert_table_matches(page, comparison)
    # November is still running: its days so far against the same days of October.
    assert page.chooser.text.text() == (
        "2026-11-01 ~ 2026-11-20 (as of 11/20 09:30), compared with 2026-10-01 ~ 2026-10-20"
    )
    row = page.comparison_model.row_of_figure("visits")
    index = page.comparison_model.index(row, page.comparison_model.CURRENT)
    assert index.data() == str(comparison.current.visitors.visits)


def test_changing_the_kind_and_date_recomputes(qtbot, desk) -> None:
    services, admin = desk
    page = make_page(qtbot, services, admin)
    chooser = page.chooser
    chooser.kind.setCurrentIndex(chooser.kind.findData(PeriodKind.WEEK.value))
    week = Period.week(date(2026, 11, 1))  # the anchor date stays the month's first day
    assert page.period == week
    assert_table_matches(page, services.stats.compare(admin, week))
    chooser.first.setDate(QDate(2026, 11, 18))
    assert page.period == Period.week(date(2026, 11, 18))
    assert_table_matches(page, services.stats.compare(admin, page.period))
    chooser.kind.setCurrentIndex(chooser.kind.findData(PeriodKind.DAY.value))
    assert page.period == Period.day(date(2026, 11, 18))
    assert_table_matches(page, services.stats.compare(admin, page.period))
    assert chooser.text.text() == "2026-11-18, compared with 2026-11-17"
    # A range starts as the period shown and then takes both dates.
    chooser.kind.setCurrentIndex(chooser.kind.findData(PeriodKind.RANGE.value))
    assert chooser.last.isVisible()
    chooser.first.setDate(QDate(2026, 11, 10))
    assert page.period == Period(date(2026, 11, 10), date(2026, 11, 18))
    assert_table_matches(page, services.stats.compare(admin, page.period))


def test_stepping_through_periods(qtbot, desk) -> None:
    services, admin = desk
    page = make_page(qtbot, services, admin)
    qtbot.mouseClick(page.chooser.previous_button, LEFT)
    assert page.period == Period.month(date(2026, 10, 1))
    assert_table_matches(page, services.stats.compare(admin, page.period))
    qtbot.mouseClick(page.chooser.next_button, LEFT)
    qtbot.mouseClick(page.chooser.next_button, LEFT)
    assert page.period == Period.month(date(2026, 12, 1))
    qtbot.mouseClick(page.chooser.current_button, LEFT)
    assert page.period == NOVEMBER
    page.set_period(Period(date(2026, 11, 11), date(2026, 11, 20)))
    page.chooser.step(-1)
    assert page.period == Period(date(2026, 11, 1), date(2026, 11, 10))
    assert page.chooser.first.date() == QDate(2026, 11, 1)
    assert page.chooser.last.date() == QDate(2026, 11, 10)
    assert next_period(Period.year(TODAY)) == Period.year(date(2027, 1, 1))
    # Alt+Left and Alt+Right step anywhere on the page.
    with qtbot.waitActive(page):
        page.activateWindow()
    page.comparison_table.setFocus()
    qtbot.keyClick(page.comparison_table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.period == Period(date(2026, 10, 22), date(2026, 10, 31))
    qtbot.keyClick(page.comparison_table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.period == Period(date(2026, 11, 1), date(2026, 11, 10))


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (QDate(2026, 11, 19), QDate(2026, 11, 14), "is before the start date"),
        (QDate(2000, 1, 1), QDate(2026, 11, 20), f"at most {MAX_PERIOD_DAYS} days"),
    ],
)
def test_an_impossible_range_is_explained_and_kept(qtbot, desk, first, last, message) -> None:
    services, admin = desk
    page = make_page(qtbot, services, admin)
    chooser = page.chooser
    chooser.kind.setCurrentIndex(chooser.kind.findData(PeriodKind.RANGE.value))
    chooser.last.setDate(last)
    shown = page.period
    chooser.first.setDate(first)
    assert chooser.error.isVisible() and message in chooser.error.text()
    assert chooser.first.date() == first and chooser.last.date() == last
    assert chooser.first.property("invalid") is True
    assert page.period == shown  # the page keeps showing the last good period
    assert not page.status.isVisible()
    chooser.step(-1)  # nothing to step from
    assert chooser.first.date() == first and page.period == shown
    chooser.first.setDate(QDate(2026, 11, 10))
    assert not chooser.error.isVisible() and chooser.first.property("invalid") is False
    assert page.period == Period(date(2026, 11, 10), from_qdate(last))
    assert_table_matches(page, services.stats.compare(admin, page.period))


def test_charts_hold_the_figures_of_the_report(qtbot, desk) -> None:
    services, admin = desk
    page = make_page(qtbot, services, admin)
    week = Period.week(TODAY)
    page.set_period(week)
    comparison = services.stats.compare(admin, week)
    now, before = comparison.current, comparison.previous

    visitors = page.visitors_chart
    bars = visitors.current_set
    assert [bars.at(i) for i in range(bars.count())] == [d.count for d in now.visitors.per_day]
    line = visitors.previous_series
    assert [p.y() for p in line.points()] == [d.count for d in before.visitors.per_day]

    satisfaction = page.satisfaction_chart
    expected = {i: d.rate * 100 for i, d in enumerate(now.ratings.per_day) if d.rate is not None}
    points = satisfaction.current_series.points()
    assert {round(p.x()): p.y() for p in points} == pytest.approx(expected)

    items = page.items_chart
    top = sorted(now.cases.by_item, key=lambda r: (-r.accepted, r.key))[:10]
    assert items.keys == [r.key for r in top if r.accepted]
    assert items.values(0) == [r.accepted for r in top if r.accepted]
    old = {r.key: r.accepted for r in before.cases.by_item}
    assert items.values(1) == [old.get(k, 0) for k in items.keys]

    rooms = page.rooms_chart
    assert rooms.keys == [r.key for r in now.rooms.per_room]
    assert rooms.values(0) == pytest.approx(
        [round((r.share or 0) * 100, 1) for r in now.rooms.per_room]
    )

    # A year is drawn month by month, up to this month while it runs.
    page.set_period(Period.year(TODAY))
    year = services.stats.compare(admin, Period.year(TODAY)).current
    bars = page.visitors_chart.current_set
    assert bars.count() == 11
    november = sum(d.count for d in year.visitors.per_day if d.day.month == 11)
    assert bars.at(10) == november == year.visitors.visits


def test_picking_a_bar_lists_its_records(qtbot, desk) -> None:
    services, admin = desk
    page = make_page(qtbot, services, admin)
    week = Period.week(TODAY)
    page.set_period(week)
    now = services.stats.compare(admin, week).current
    opened = opened_dialogs(page)

    page.visitors_chart.pick_current(3)  # Thursday 2026-11-19
    thursday = now.visitors.per_day[3]
    assert thursday.day == date(2026, 11, 19)
    assert opened[-1].row_count() == thursday.count > 0
    assert "2026-11-19" in opened[-1].windowTitle()

    items = page.items_chart
    if items.keys:
        items.pick_current(0)
        first = next(r for r in now.cases.by_item if r.key == items.keys[0])
        assert opened[-1].row_count() == first.accepted
        assert items.names[0] in opened[-1].windowTitle()

    rooms = page.rooms_chart
    busiest = max(range(len(rooms.keys)), key=lambda i: now.rooms.per_room[i].bookings)
    rooms.pick_current(busiest)
    # The week is counted up to today, so are its records.
    assert now.period == Period(week.first, TODAY, week.kind)
    expected = services.stats.records(admin, now.period, "rooms.room:" + rooms.keys[busiest])
    assert opened[-1].row_count() == len(expected) > 0

    # A figure's row in the table opens its records for the period shown.
    row = page.comparison_model.row_of_figure("accepted")
    page.comparison_table.drill.emit(row)
    assert opened[-1].row_count() == now.cases.accepted
    # A section heading opens nothing.
    count = len(opened)
    page.comparison_table.drill.emit(0)
    assert len(opened) == count
    for dialog in opened:
        dialog.close()


def test_no_county_view_for_a_center_administrator(qtbot, desk) -> None:
    services, admin = desk
    page = make_page(qtbot, services, admin)
    assert page.county_view is None
    assert page.tabs.count() == 4  # figures, items and rooms, party service, activities


def test_a_county_administrator_sees_every_center(qtbot, desk, clock, passwords) -> None:
    services, _admin = desk
    centers = CenterAdmin(services.db, clock, passwords)
    made = centers.add_center("CN02", "城北社区党群服务站", "zhao.admin", "赵站长")
    second = services.staff.sign_in("zhao.admin", made.one_time_password)
    for name in ("张三", "李四"):
        services.visits.register_visit(second, VisitForm(name=name, purposes=("errand",)))
    centers.grant_county("wang.admin")
    county = services.staff.sign_in("wang.admin", ADMIN_PASSWORD)
    page = make_page(qtbot, services, county)
    assert page.county_view is not None and page.tabs.count() == 5
    assert unnamed(page) == []
    assert page.county is None  # read only when the county tab is shown
    page.show_county()
    report = services.stats.county(county, NOVEMBER)
    model = page.county_view.model
    assert model.rowCount() == 3  # two centers and the total
    by_name = {model.index(r, 0).data(): r for r in range(3)}
    assert model.index(by_name["城北社区党群服务站"], model.VISITS).data() == 2
    total = model.index(by_name["All centers"], model.VISITS).data()
    assert total == report.total.visitors.visits == sum(s.visitors.visits for s in report.sites)
    # Another period reads the county again.
    page.chooser.step(-1)
    assert page.county is not None and page.county.period == Period.month(date(2026, 10, 1))


class FakeActions:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Period]] = []

    def print_report(self, parent, period: Period) -> None:
        self.calls.append(("print", period))

    def save_report(self, parent, period: Period) -> Path | None:
        self.calls.append(("save", period))
        return Path("/tmp/report.pdf")

    def export_ledgers(self, parent, period: Period) -> None:
        self.calls.append(("export", period))

    def print_county_report(self, parent, period: Period) -> None:
        self.calls.append(("county", period))


def test_report_buttons_act_on_the_period_shown(qtbot, desk) -> None:
    services, admin = desk
    plain = make_page(qtbot, services, admin)
    assert not plain.print_button.isVisible() and not plain.save_button.isVisible()
    actions = FakeActions()
    page = make_page(qtbot, services, admin, actions=actions)
    page.set_period(Period.week(TODAY))
    for button in (page.print_button, page.save_button, page.export_button):
        assert button.isVisible()
        qtbot.mouseClick(button, LEFT)
    week = Period.week(TODAY)
    assert actions.calls == [("print", week), ("save", week), ("export", week)]
    assert "report.pdf" in page.status.text()


def test_changes_elsewhere_refresh_a_shown_page(qtbot, desk, monkeypatch) -> None:
    services, admin = desk
    events = DataEvents()
    page = ReviewPage(services, admin, events)
    qtbot.addWidget(page)
    calls: list[int] = []
    original = page.refresh
    monkeypatch.setattr(page, "refresh", lambda: calls.append(1) or original())
    events.changed.emit("visit")  # hidden: only noted
    qtbot.wait(DEBOUNCE_MS + 100)
    assert calls == [] and page.is_stale()
    page.show()
    qtbot.waitExposed(page)
    assert calls == [1] and not page.is_stale()
    before = page.comparison_model.line("visits").current
    services.visits.register_visit(admin, VisitForm(name="张三", purposes=("errand",)))
    events.changed.emit("visit")
    events.changed.emit("visit")
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=DEBOUNCE_MS * 5)
    qtbot.wait(DEBOUNCE_MS + 100)
    assert len(calls) == 2
    assert page.comparison_model.line("visits").current == before + 1
