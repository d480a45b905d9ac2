"""The activities tab driven through its real widgets on a real SQLite database.

A six-week course created with its room bookings, a taken room named date by date and left
out on request, the list's search and filters, today's sessions at the door, and a sign-up
slip's number opening its activity from the visitor desk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

from hall_desk.app import make_backup_service
from hall_desk.config import AppPaths, Preferences
from hall_desk.db.database import Database
from hall_desk.domain.activities import ActivityKind
from hall_desk.services import Services, create_services
from hall_desk.services.activities.activity_records import ActivityForm, SessionPlan
from hall_desk.services.bookings.booking_checks import BookingForm
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities.activities_tab import ActivitiesTab
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.kit.quarter_time import QuarterHourBox
from tests.conftest import add_clerk, set_up_center
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton
MONDAY = date(2026, 11, 23)


@pytest.fixture
def desk(sqlite_url, clock, passwords, tmp_path) -> Iterator[tuple[Services, StaffSession]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    yield services, add_clerk(services, admin)
    db.dispose()


def context_for(services: Services, clerk: StaffSession, tmp_path: Path) -> PageContext:
    paths = AppPaths(tmp_path / "data", tmp_path / "logs")
    return PageContext(
        services, clerk, DataEvents(), paths, Preferences(), make_backup_service(services, paths)
    )


@pytest.fixture
def tab(qtbot, desk, tmp_path: Path) -> ActivitiesTab:
    services, clerk = desk
    widget = ActivitiesTab(context_for(services, clerk, tmp_path))
    qtbot.addWidget(widget)
    widget.resize(1240, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def reading_room(services: Services, clerk: StaffSession) -> int:
    return next(r.id for r in services.rooms.rooms(clerk) if r.spec.code == "YL01")


def choose(box: QuarterHourBox, hour: int, minute: int = 0) -> None:
    box.set_minute(hour * 60 + minute)


#: What went wrong inside a modal handler; the dialog was closed so the test can go on.
FAILED: list[BaseException] = []


def when_modal(handle: Callable[[QDialog], None]) -> None:
    """Answer the next modal dialog as a person would (the code under test calls exec())."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        try:
            handle(dialog)
        except BaseException as exc:
            FAILED.append(exc)
            dialog.reject()

    QTimer.singleShot(0, answer)


@pytest.fixture(autouse=True)
def settled() -> Iterator[None]:
    FAILED.clear()
    yield
    if FAILED:
        raise FAILED[0]


def test_a_six_week_course_is_created_with_every_room_booked(qtbot, tab, desk) -> None:
    services, clerk = desk
    dialog = tab.new_activity_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []
    commit_text(dialog.title, "暑期托管班")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.SUMMER_CARE.value))
    dialog.capacity.setValue(20)
    dialog.audience.setCurrentIndex(dialog.audience.findData("children"))
    assert dialog.ages.isEnabled()
    dialog.age_min.setValue(6)
    dialog.age_max.setValue(12)
    plan = dialog.plan
    assert plan is not None
    plan.day.setDate(MONDAY)
    choose(plan.start, 14)
    choose(plan.end, 16)
    plan.room.setCurrentIndex(plan.room.findData(reading_room(services, clerk)))
    plan.repeat.setChecked(True)
    for index, box in enumerate(plan.weekday_boxes):
        box.setChecked(index in (0, 2, 4))  # Monday, Wednesday, Friday
    plan.until.setDate(date(2026, 12, 31))
    qtbot.mouseClick(plan.check_button, LEFT)
    assert plan.table.rowCount() == 17 and "All 17 dates are free" in plan.summary.text()
    assert not plan.skip.isVisible()

    qtbot.mouseClick(dialog.submit, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = dialog.saved
    assert len(detail.sessions) == 17
    assert all(s.booking_number for s in detail.sessions)
    assert detail.age_min == 6 and detail.age_max == 12
    tab.refresh()
    assert tab.model.rowCount() == 1
    row = tab.model.activity_at(0)
    assert row.title == "暑期托管班" and row.sessions == 17 and row.capacity == 20
    cells = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
    assert "2026-11-23 – 2026-12-30" in cells and "0 / 20" in cells
    bookings = services.booking_plans.day_plan(clerk, MONDAY)
    booked = [b for day in bookings for b in day.bookings]
    assert any(b.purpose == "暑期托管班" for b in booked)


def test_a_taken_date_is_named_and_can_be_left_out(qtbot, tab, desk) -> None:
    services, clerk = desk
    room = reading_room(services, clerk)
    services.bookings.book(
        clerk,
        BookingForm(
            room_id=room,
            starts_at=datetime(2026, 11, 30, 14, 30),
            ends_at=datetime(2026, 11, 30, 15, 30),
            booker_kind="partner",
            organisation="社区读书会",
            purpose="读书分享",
            attendees=8,
            contact_phone="13812345678",
        ),
    )
    dialog = tab.new_activity_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    commit_text(dialog.title, "健康讲座")
    plan = dialog.plan
    assert plan is not None
    plan.day.setDate(MONDAY)
    choose(plan.start, 14)
    choose(plan.end, 16)
    plan.room.setCurrentIndex(plan.room.findData(room))
    plan.repeat.setChecked(True)
    plan.until.setDate(date(2026, 12, 7))  # three Mondays

    qtbot.mouseClick(dialog.submit, LEFT)  # refused: the whole plan, the taken date named
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.messages()[""]
    assert plan.table.isVisible() and plan.table.rowCount() == 3
    assert "1 cannot be booked" in plan.summary.text()
    problem = plan.table.item(1, 2).text()
    assert plan.table.item(1, 0).text().startswith("2026-11-30") and problem != "Free"
    assert dialog.title.text() == "健康讲座"  # nothing typed is lost

    plan.skip.setChecked(True)
    qtbot.mouseClick(dialog.submit, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = dialog.saved
    assert [s.starts_at.date() for s in detail.sessions] == [MONDAY, date(2026, 12, 7)]
    assert [c.starts_at.date() for c in detail.skipped] == [date(2026, 11, 30)]


def test_a_refused_activity_marks_its_fields(qtbot, tab) -> None:
    dialog = tab.new_activity_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    plan = dialog.plan
    assert plan is not None
    plan.room.setCurrentIndex(plan.room.count() - 1)  # elsewhere, but no place typed
    dialog.audience.setCurrentIndex(dialog.audience.findData("children"))
    dialog.age_min.setValue(12)
    dialog.age_max.setValue(6)
    qtbot.mouseClick(dialog.submit, LEFT)
    assert dialog.result() != QDialog.DialogCode.Accepted
    shown = dialog.errors.messages()
    assert {"activity_title", "activity_ages"} <= set(shown)
    assert dialog.age_min.value() == 12  # kept as typed


def test_the_list_searches_filters_and_opens_by_number(qtbot, tab, desk, monkeypatch) -> None:
    services, clerk = desk
    room = reading_room(services, clerk)

    def make(title: str, kind: ActivityKind, day: date) -> int:
        plan = SessionPlan(datetime.combine(day, datetime.min.time()).replace(hour=10),
                           datetime.combine(day, datetime.min.time()).replace(hour=11),
                           room_id=room)  # fmt: skip
        return services.activities.create(clerk, ActivityForm(title, kind.value), plan).row.id

    lecture = make("法律讲座", ActivityKind.LECTURE, date(2026, 11, 24))
    clinic = make("义诊", ActivityKind.CLINIC, date(2026, 11, 25))
    tab.refresh()
    assert tab.model.rowCount() == 2
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(ActivityKind.CLINIC.value))
    assert [tab.model.activity_at(r).id for r in range(tab.model.rowCount())] == [clinic]
    tab.kind_filter.setCurrentIndex(0)
    services.activities.cancel(clerk, clinic, "医生临时有事")
    tab.refresh()
    assert tab.model.rowCount() == 1
    tab.show_cancelled.setChecked(True)
    assert tab.model.rowCount() == 2

    opened: list[tuple[int, int | None]] = []
    monkeypatch.setattr(
        ActivitiesTab, "open_activity", lambda self, a, s=None: opened.append((a, s))
    )
    number = services.activities.detail(clerk, lecture).row.number
    tab.search.setText(number.lower())
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert opened == [(lecture, None)] and tab.search.text() == ""
    tab.search.setText("CN01-A2026-0099")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert "CN01-A2026-0099" in tab.status.text()
    commit_text(tab.search, "法律")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert opened[-1] == (lecture, None)  # the one match opens

    tab.search.clear()
    tab.show_cancelled.setChecked(False)
    services.clock.advance(days=30)  # type: ignore[attr-defined]
    tab.refresh()
    assert tab.model.rowCount() == 0  # over for a while
    tab.earlier.setChecked(True)
    assert [tab.model.activity_at(r).id for r in range(tab.model.rowCount())] == [lecture]


def test_todays_sessions_are_at_the_door(qtbot, tab, desk, monkeypatch) -> None:
    services, clerk = desk
    room = reading_room(services, clerk)
    today = services.clock.now().date()
    assert tab.today.empty.isVisible() and tab.today.buttons == []
    plan = SessionPlan(
        datetime.combine(today, datetime.min.time()).replace(hour=15),
        datetime.combine(today, datetime.min.time()).replace(hour=16, minute=30),
        room_id=room,
    )
    services.activities.create(clerk, ActivityForm("剪纸培训", ActivityKind.TRAINING.value), plan)
    tab._context.events.changed.emit("activity")
    assert not tab.today.empty.isVisible() and len(tab.today.buttons) == 1
    wanted: list[int] = []
    monkeypatch.setattr(ActivitiesTab, "take_attendance", lambda self, s: wanted.append(s))
    button: QAbstractButton = tab.today.buttons[0]
    assert "…" in button.text()
    qtbot.mouseClick(button, LEFT)
    session = services.activities.sessions_on(clerk, today)[0][1]
    assert wanted == [session.id]
