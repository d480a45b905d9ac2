"""The Today page driven through its real widgets against a real SQLite database.

The fixture clock is Friday 2026-11-20 09:30.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from itertools import pairwise

import pytest
from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics

from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import StorageError
from hall_desk.domain.periods import Period
from hall_desk.domain.visits import TallyKind
from hall_desk.services import Services, create_services
from hall_desk.services.demo.demo import fill_demo
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from hall_desk.ui.figures.records_dialog import RecordsDialog
from hall_desk.ui.figures.review_figures import Unit, value_text
from hall_desk.ui.figures.today_page import DEBOUNCE_MS, TILES, TodayPage
from hall_desk.ui.kit.events import DataEvents
from tests.conftest import add_clerk, set_up_center
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 11, 20)


@pytest.fixture
def desk(
    sqlite_url, clock, passwords, tmp_path
) -> Iterator[tuple[Services, StaffSession, StaffSession]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    clerk = add_clerk(services, admin)
    yield services, admin, clerk
    db.dispose()


def register(services: Services, who: StaffSession, name: str = "张三", **fields) -> None:
    form = {"name": name, "purposes": ("errand",), **fields}
    services.visits.register_visit(who, VisitForm(**form))


def make_page(qtbot, services: Services, session: StaffSession, **kw) -> TodayPage:
    events = kw.pop("events", DataEvents())
    page = TodayPage(services, session, events, **kw)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


class Counter:
    """Wraps a page's refresh and counts the calls."""

    def __init__(self, monkeypatch, page: TodayPage) -> None:
        self.calls = 0
        original = page.refresh

        def counted() -> None:
            self.calls += 1
            original()

        monkeypatch.setattr(page, "refresh", counted)


def test_tiles_show_todays_figures_and_yesterdays(qtbot, desk, clock: FixedClock) -> None:
    services, _admin, clerk = desk
    clock.at = datetime(2026, 11, 19, 10, 0)
    register(services, clerk, "王五")
    clock.at = datetime(2026, 11, 20, 9, 30)
    register(services, clerk, "张三", category="elderly", party_size=3)
    register(services, clerk, "李四", category="party_member", purposes=("activity",))
    services.visits.count_walk_in(clerk, TallyKind.READER)

    page = make_page(qtbot, services, clerk)
    today = services.stats.today(clerk)
    assert page.tile("visits").value_text() == str(today.visitors.visits) == "2"
    assert page.tile("visits").note_label.text() == "4 people"
    assert page.tile("visits").sub_text() == "Yesterday 1"
    assert page.tile("in_hall").value_text() == str(today.backlog.in_hall) == "2"
    assert page.tile("walk_ins").value_text() == "1"
    for spec in TILES:
        assert page.tile(spec.name).value_text() == value_text(spec.value(today), spec.unit)
    assert "2026-11-20" in page.date_label.text()
    # Breakdown tables hold the same counts.
    categories = {r.key: r.count for r in page.category_model.rows}
    assert categories["elderly"] == 1 and categories["party_member"] == 1
    assert page.category_model.total() == 2


def test_every_tile_matches_the_report_on_demo_data(qtbot, desk, clock, passwords) -> None:
    services, admin, _clerk = desk
    fill_demo(services.db, clock, passwords, days=8, visits_per_day=20, seed=3, demands_per_day=0)
    page = make_page(qtbot, services, admin)
    comparison = services.stats.compare(admin, Period.day(TODAY))
    now, before = comparison.current, comparison.previous
    for spec in TILES:
        tile = page.tile(spec.name)
        assert tile.value_text() == value_text(spec.value(now), spec.unit), spec.name
        if not spec.backlog:
            assert tile.sub_text().endswith(value_text(spec.value(before), spec.unit))
    overdue = page.tile("overdue")
    assert overdue.is_alert() == (now.backlog.overdue > 0)
    assert not page.tile("visits").is_alert()
    assert page.room_model.rowCount() == len(now.rooms.per_room)
    assert page.hour_chart.current_set is not None
    shown = [page.hour_chart.current_set.at(i) for i in range(len(page.hour_chart.hours))]
    assert shown == [now.visitors.by_hour[h] for h in page.hour_chart.hours]
    assert page.room_model.rows == list(now.rooms.per_room)
    assert value_text(now.rooms.share, Unit.SHARE) == page.tile("room_share").value_text()


def test_a_burst_of_changes_refreshes_once(qtbot, desk, monkeypatch) -> None:
    services, _admin, clerk = desk
    events = DataEvents()
    page = make_page(qtbot, services, clerk, events=events)
    counter = Counter(monkeypatch, page)
    register(services, clerk, "张三")
    events.changed.emit("visit")
    register(services, clerk, "李四")
    events.changed.emit("visit")
    assert counter.calls == 0  # debounced: nothing yet
    qtbot.waitUntil(lambda: counter.calls == 1, timeout=DEBOUNCE_MS * 5)
    qtbot.wait(DEBOUNCE_MS + 100)
    assert counter.calls == 1
    assert page.tile("visits").value_text() == "2"


def test_a_hidden_page_refreshes_only_when_shown(qtbot, desk, monkeypatch) -> None:
    services, _admin, clerk = desk
    events = DataEvents()
    page = make_page(qtbot, services, clerk, events=events)
    assert page.tile("visits").value_text() == "0"
    page.hide()
    counter = Counter(monkeypatch, page)
    register(services, clerk)
    events.changed.emit("visit")
    page.tick()  # the minute timer too only notes the page is stale
    qtbot.wait(DEBOUNCE_MS + 100)
    assert counter.calls == 0 and page.is_stale()
    assert page.tile("visits").value_text() == "0"
    page.show()
    qtbot.waitExposed(page)
    assert counter.calls == 1 and not page.is_stale()
    assert page.tile("visits").value_text() == "1"
    page.activate()  # the main window calls this too: nothing new, no second read
    assert counter.calls == 1


def test_the_page_rolls_over_at_midnight(qtbot, desk, clock: FixedClock) -> None:
    services, _admin, clerk = desk
    register(services, clerk)
    register(services, clerk, "李四")
    page = make_page(qtbot, services, clerk)
    assert page.tile("visits").value_text() == "2"
    clock.at = datetime(2026, 11, 21, 0, 1)
    page.tick()  # the 60-second timer's slot
    assert "2026-11-21" in page.date_label.text()
    assert page.period == Period.day(date(2026, 11, 21))
    assert page.tile("visits").value_text() == "0"
    assert page.tile("visits").sub_text() == "Yesterday 2"
    assert page.tick_timer.isActive() and page.tick_timer.interval() == 60_000


def test_clicking_a_tile_lists_the_records_behind_it(qtbot, desk) -> None:
    services, _admin, clerk = desk
    for name in ("张三", "李四", "王五"):
        register(services, clerk, name)
    page = make_page(qtbot, services, clerk)
    opened: list[RecordsDialog] = []
    page.records.opened.connect(opened.append)
    qtbot.mouseClick(page.tile("visits"), LEFT)
    [dialog] = opened
    assert isinstance(dialog, RecordsDialog) and dialog.objectName() == "records_dialog"
    assert not dialog.isModal() and dialog.isVisible()
    assert dialog.row_count() == int(page.tile("visits").value_text()) == 3
    assert dialog.count.text() == "3 records"
    assert {dialog.model.row_at(i).who for i in range(3)} == {"张三", "李四", "王五"}
    dialog.filter.setText("李")
    assert dialog.row_count() == 1 and dialog.count.text() == "1 of 3 records"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    # From the keyboard: Enter on a focused tile opens its list too.
    tile = page.tile("walk_ins")
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert len(opened) == 2 and opened[1].row_count() == 0
    assert opened[1].empty.isVisibleTo(opened[1])
    opened[1].close()


def test_a_breakdown_row_drills_down(qtbot, desk) -> None:
    services, _admin, clerk = desk
    register(services, clerk, "张三", category="elderly")
    register(services, clerk, "李四", category="elderly")
    register(services, clerk, "王五", category="student")
    page = make_page(qtbot, services, clerk)
    row = next(i for i, r in enumerate(page.category_model.rows) if r.key == "elderly")
    assert page.category_model.record_key(row) == "visitors.category:elderly"
    opened: list[RecordsDialog] = []
    page.records.opened.connect(opened.append)
    page.category_table.drill.emit(row)
    assert opened[-1].row_count() == 2
    opened[-1].close()
    # An hour of the chart lists the visits of that hour.
    index = page.hour_chart.hours.index(9)
    page.hour_chart.pick_current(index)
    assert opened[-1].row_count() == 3
    opened[-1].close()


def test_a_failing_read_is_shown_in_the_status_line(qtbot, desk, monkeypatch) -> None:
    services, _admin, clerk = desk
    page = make_page(qtbot, services, clerk)

    def broken(*_args):
        raise StorageError("The database cannot be reached.")

    monkeypatch.setattr(services.stats, "compare", broken)
    monkeypatch.setattr(services.stats, "records", broken)
    page.refresh()
    assert page.status.isVisible() and "cannot be reached" in page.status.text()
    qtbot.mouseClick(page.tile("visits"), LEFT)
    assert page.records.last is None and "cannot be reached" in page.status.text()


class FakeActions:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Period]] = []

    def print_report(self, parent, period: Period) -> None:
        self.calls.append(("print", period))

    def export_ledgers(self, parent, period: Period) -> None:
        self.calls.append(("export", period))


def test_report_buttons_only_with_report_actions(qtbot, desk) -> None:
    services, admin, _clerk = desk
    plain = make_page(qtbot, services, admin)
    assert not plain.print_button.isVisible() and not plain.export_button.isVisible()
    actions = FakeActions()
    page = make_page(qtbot, services, admin, actions=actions)
    assert page.print_button.isVisible() and page.export_button.isVisible()
    qtbot.mouseClick(page.print_button, LEFT)
    qtbot.mouseClick(page.export_button, LEFT)
    assert actions.calls == [("print", Period.day(TODAY)), ("export", Period.day(TODAY))]


def test_every_widget_is_named(qtbot, desk) -> None:
    services, admin, _clerk = desk
    register(services, admin)
    page = make_page(qtbot, services, admin, actions=FakeActions())
    assert unnamed(page) == []
    qtbot.mouseClick(page.tile("visits"), LEFT)
    dialog = page.records.last
    assert dialog is not None and unnamed(dialog) == []
    dialog.close()


def test_room_use_counts_the_hours_so_far_against_yesterday_so_far(
    qtbot, desk, clock, passwords
) -> None:
    services, admin, _clerk = desk
    fill_demo(services.db, clock, passwords, days=8, visits_per_day=40, seed=4, demands_per_day=0)
    page = make_page(qtbot, services, admin)
    both = services.stats.compare(admin, Period.day(TODAY))
    now, before = both.current.rooms, both.previous.rooms
    # At 09:30 the rooms have been open a few hours, not the whole day.
    whole_day = services.stats.report(admin, Period.day(TODAY)).rooms
    assert 0 < now.open_hours < whole_day.open_hours
    tile = page.tile("room_share")
    assert tile.value_text() == value_text(now.share, Unit.SHARE)
    used, opened = value_text(now.used_hours, Unit.HOURS), value_text(now.open_hours, Unit.HOURS)
    assert tile.note_label.text() == f"{used} of {opened} h"
    assert tile.sub_text() == f"Yesterday until 09:30: {value_text(before.share, Unit.SHARE)}"
    assert before.open_hours < services.stats.report(admin, Period.day(TODAY)).rooms.open_hours


def hour_labels(chart) -> list[tuple[str, float]]:
    """The hours named under the chart, with where each stands (pixels from the left)."""
    (axis,) = chart.chart().axes(Qt.Orientation.Horizontal)
    series = chart.chart().series()[0]
    if isinstance(axis, QCategoryAxis):
        named = [(label, axis.endValue(label)) for label in axis.categoriesLabels()]
    else:  # a bar category axis names every bar
        named = [(label, float(i)) for i, label in enumerate(axis.categories())]
    return [
        (label, chart.chart().mapToPosition(QPointF(value, 0), series).x())
        for label, value in named
    ]


@pytest.mark.parametrize("window_width", [1366, 1280])
def test_every_hour_named_under_the_chart_has_room_to_be_read(
    qtbot, desk, clock, window_width: int
) -> None:
    services, _admin, clerk = desk
    for hour in range(24):  # the 24-hour study room: visitors in every hour
        clock.at = datetime(2026, 11, 20, hour, 10)
        register(services, clerk, "张三")
    clock.at = datetime(2026, 11, 20, 23, 30)
    page = make_page(qtbot, services, clerk)
    page.resize(window_width - 150, 740)  # beside the main window's navigation list
    qtbot.wait(50)
    chart = page.hour_chart
    assert chart.hours == list(range(24))
    assert [chart.current_set.at(i) for i in range(24)] == [1.0] * 24
    labels = hour_labels(chart)
    assert len(labels) >= 6 and labels[0][0] == "0"
    assert {label for label, _x in labels} <= {str(h) for h in range(24)}
    metrics = QFontMetrics(chart.chart().axes(Qt.Orientation.Horizontal)[0].labelsFont())
    # Qt cuts a label to "…" when it has less room than its text and the label's margins.
    for (label, x), (_next, next_x) in pairwise(labels):
        assert next_x - x >= metrics.horizontalAdvance(label) + 14, (label, next_x - x)
