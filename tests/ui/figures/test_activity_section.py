"""The activities desk's figures on the Today and Review pages, the county view and the printed
daily report, driven through the real widgets against a real SQLite database.

The fixture clock is Friday 2026-11-20 09:30; the activities are those of
``activity_scenario`` (a lecture at 08:00 with its marks, a volunteer day from 08:00 with
volunteers signed in, a lecture at 14:00 not yet held).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from hall_desk.db.activity_models import SessionAttendance
from hall_desk.db.database import Database
from hall_desk.domain.activity_figures import ActivityBreakdown
from hall_desk.domain.periods import Period
from hall_desk.domain.staff import Role
from hall_desk.services import Services, create_services
from hall_desk.services.session import StaffSession
from hall_desk.ui.figures.activity_models import ActivityComparisonModel, SessionsModel
from hall_desk.ui.figures.activity_section import ACTIVITY_TILES
from hall_desk.ui.figures.records_dialog import RecordsDialog
from hall_desk.ui.figures.report_actions import ReportActions
from hall_desk.ui.figures.review_page import ReviewPage
from hall_desk.ui.figures.today_page import TodayPage
from hall_desk.ui.kit.events import DataEvents
from tests.conftest import NOW, set_up_center
from tests.services.figures.activity_scenario import Scenario, build, expected, held
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


def test_today_shows_the_activity_tiles_and_todays_sessions(qtbot, desk) -> None:
    services, admin, scenario = desk
    page = show(qtbot, TodayPage(services, admin, DataEvents()))
    assert unnamed(page) == []
    today = expected(scenario, Period.day(TODAY))
    yesterday = expected(scenario, Period.day(TODAY - timedelta(days=1)))
    assert page.tile("sessions_today").value_text() == str(today.sessions) == "3"
    assert page.tile("activity_present").value_text() == str(today.present)
    assert page.tile("activity_absent").value_text() == str(today.absent)
    assert page.tile("volunteers_today").value_text() == "1"  # 刘建华, 90 minutes so far
    assert page.tile("volunteer_hours").value_text() == "1.5"
    assert page.tile("sessions_today").sub_text() == f"Yesterday {yesterday.sessions}"
    assert "2 signed in" in page.tile("volunteers_today").toolTip()
    for spec in ACTIVITY_TILES:
        assert page.tile(spec.name).key == spec.key

    model = page.activities.model
    titles = [model.index(r, SessionsModel.ACTIVITY).data() for r in range(model.rowCount())]
    assert titles == [
        "剪纸讲座（Lecture）",
        "志愿服务日（Volunteer service）",
        "剪纸讲座（Lecture）",
    ]
    first = next(s for s in held(scenario, Period.day(TODAY), admin.site_id))
    assert (
        model.index(0, SessionsModel.TIME).data()
        == f"{first.starts_at:%H:%M}-{first.ends_at:%H:%M}"
    )
    assert model.index(0, SessionsModel.PRESENT).data() == str(today.present)
    assert model.index(1, SessionsModel.VOLUNTEERS).data() == "3 (2 signed in)"
    index = page.breakdowns.indexOf(page.activities)
    assert page.breakdowns.tabText(index) == "Activities (3)"
    assert "3 sessions today" in page.activities.heading.text()


def test_a_mark_saved_elsewhere_refreshes_the_tiles(qtbot, desk) -> None:
    services, admin, scenario = desk
    events = DataEvents()
    page = show(qtbot, TodayPage(services, admin, events))
    before = int(page.tile("activity_present").value_text())
    afternoon = held(scenario, Period.day(TODAY), admin.site_id)[-1]
    signup = next(
        x for x in scenario.signups if x.activity is afternoon.activity and x.status == "enrolled"
    )
    with services.db.write() as s:
        s.add(
            SessionAttendance(
                session_id=afternoon.id, signup_id=signup.id, status="present", source="scan",
                marked_at=NOW, marked_by_id=admin.staff_id,
            )
        )  # fmt: skip
    events.changed.emit("activity")
    qtbot.waitUntil(
        lambda: page.tile("activity_present").value_text() == str(before + 1), timeout=3000
    )


def test_enter_on_a_session_opens_its_activity_and_tiles_list_their_records(qtbot, desk) -> None:
    services, admin, scenario = desk
    page = show(qtbot, TodayPage(services, admin, DataEvents()))
    opened: list[str] = []
    page.activityNumber.connect(opened.append)
    page.breakdowns.setCurrentWidget(page.activities)
    table = page.activities.table
    table.setFocus()
    table.setCurrentIndex(page.activities.model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [held(scenario, Period.day(TODAY), admin.site_id)[1].activity.number]

    dialogs: list[RecordsDialog] = []
    page.records.opened.connect(dialogs.append)
    qtbot.mouseClick(page.tile("activity_present"), Qt.MouseButton.LeftButton)
    assert dialogs[-1].row_count() == expected(scenario, Period.day(TODAY)).present
    page.tile("volunteer_hours").setFocus()
    qtbot.keyClick(page.tile("volunteer_hours"), Qt.Key.Key_Return)
    assert dialogs[-1].row_count() == 1
    assert dialogs[-1].model.index(0, 0).data() == "Volunteer shift"
    for shown in dialogs:
        shown.close()


def test_review_shows_the_activities_tab_when_asked(qtbot, desk) -> None:
    services, admin, scenario = desk
    page = show(qtbot, ReviewPage(services, admin, DataEvents()))
    page.set_period(Period.month(date(2026, 10, 1)))
    assert page.activity_comparison is None  # read when its tab is shown
    page.tabs.setCurrentWidget(page.activities)
    assert page.activity_comparison is not None
    october = Period.month(date(2026, 10, 1))
    now, before = expected(scenario, october), expected(scenario, Period.month(date(2026, 9, 1)))
    model: ActivityComparisonModel = page.activities.comparison_model
    assert model.line("sessions").current == now.sessions
    assert model.line("sessions").previous == before.sessions
    assert model.line("present").current == now.present
    assert model.line("hours").current == pytest.approx(now.volunteer_minutes / 60)
    row = model.row_of("attendance_rate")
    assert model.index(row, model.CURRENT).data() == f"{now.attendance_rate * 100:.1f}%"
    assert model.record_key(row) is None
    kinds = page.activities.models[ActivityBreakdown.KIND]
    assert kinds.rows[0].key == "summer_care"
    assert kinds.index(0, kinds.NAME).data() == "Summer care class"
    organisers = page.activities.models[ActivityBreakdown.ORGANISER]
    names = {organisers.index(r, 0).data() for r in range(organisers.rowCount())}
    assert names == {"The center", "县人民医院", "非遗剪纸进社区"}
    chart = page.activities.chart
    assert sum(chart.present) == now.present and sum(chart.sessions) == now.sessions
    assert sum(chart.previous) == before.present
    assert str(expected_waiting_text(scenario)) in page.activities.note.text()
    assert unnamed(page) == []

    dialogs: list[RecordsDialog] = []
    page.records.opened.connect(dialogs.append)
    page.activities.comparison_table.drill.emit(model.row_of("absent"))
    assert dialogs[-1].row_count() == now.absent
    page.activities.tables[ActivityBreakdown.KIND].drill.emit(0)
    assert dialogs[-1].row_count() == kinds.rows[0].sessions
    for shown in dialogs:
        shown.close()


def expected_waiting_text(scenario: Scenario) -> int:
    from tests.services.figures.activity_scenario import expected_waiting

    return expected_waiting(scenario)


def test_the_county_sees_every_centers_activities(qtbot, desk) -> None:
    services, admin, scenario = desk
    county = StaffSession(
        admin.staff_id, admin.site_id, admin.username, admin.full_name, Role.COUNTY,
        admin.site_name,
    )  # fmt: skip
    page = show(qtbot, ReviewPage(services, county, DataEvents()))
    page.show_county()
    assert page.county_view is not None
    model = page.county_view.activity_model
    assert model.rowCount() == 3
    names = [model.index(r, model.CENTER).data() for r in range(3)]
    assert names == ["北街社区党群服务中心", "城南社区党群服务中心", "All centers"]
    period = page.county.period if page.county else NOVEMBER
    mine = expected(scenario, period)
    theirs = expected(scenario, period, scenario.other_site_id)
    assert model.index(1, model.SERVED).data() == str(mine.present)
    assert model.index(2, model.SESSIONS).data() == str(mine.sessions + theirs.sessions)


def test_the_printed_daily_report_has_the_activities_section(qtbot, desk, tmp_path) -> None:
    services, admin, _scenario = desk
    actions = ReportActions(services, admin, default_dir=lambda: tmp_path)
    pdf = actions.report_pdf(Period.day(TODAY))
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "活动与志愿服务" in text and "当日活动场次" in text and "剪纸讲座" in text
