"""An activity's dialog: editing it (more places move the waiting list up), sessions added and
cancelled with their bookings, the whole activity cancelled, attendance opened for a session."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog

from hall_desk.db.database import Database
from hall_desk.domain.activities import ActivityStatus, SessionStatus, SignupStatus
from hall_desk.services import Services, create_services
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities.activities_tab import ActivitiesTab
from hall_desk.ui.activities.activity_dialog import ActivityDialog
from hall_desk.ui.activities.activity_more_sessions import AddSessionsDialog
from hall_desk.ui.activities.attendance_dialog import AttendanceDialog
from tests.conftest import add_clerk, set_up_center
from tests.services.activities.activity_helpers import (
    MONDAY,
    activity_form,
    make_activity,
    make_course,
    residents,
    sign_up_all,
)
from tests.ui.activities.test_activities_tab import context_for, when_modal
from tests.ui.activities.test_activities_tab import settled as settled
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(sqlite_url, clock, passwords, tmp_path) -> Iterator[tuple[Services, StaffSession]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    yield services, add_clerk(services, admin)
    db.dispose()


@pytest.fixture
def tab(qtbot, desk, tmp_path: Path) -> ActivitiesTab:
    services, clerk = desk
    widget = ActivitiesTab(context_for(services, clerk, tmp_path))
    qtbot.addWidget(widget)
    return widget


def open_dialog(qtbot, tab: ActivitiesTab, activity_id: int) -> ActivityDialog:
    dialog = tab.activity_dialog(activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(dialog: QDialog, name: str) -> None:
    button = dialog.findChild(QAbstractButton, name)
    assert button is not None, name
    button.click()


def give_reason(text: str):
    def answer(prompt: QDialog) -> None:
        commit_text(prompt.editor, text)
        click(prompt, "reason.submit")

    return answer


def test_more_places_move_the_waiting_list_up_and_fewer_are_refused(qtbot, tab, desk) -> None:
    services, clerk = desk
    detail = make_activity(services, clerk, form=activity_form(capacity=2))
    sign_up_all(services, clerk, detail.row.id, residents(services, clerk, 3))
    dialog = open_dialog(qtbot, tab, detail.row.id)
    assert "2 of 2 places taken · 1 waiting" in dialog.about.text()
    form = dialog.form_dialog()
    qtbot.addWidget(form)
    form.show()
    assert unnamed(form) == [] and form.plan is None
    assert form.title.text() == "健康知识讲座" and form.capacity.value() == 2
    form.capacity.setValue(1)
    qtbot.mouseClick(form.submit, LEFT)
    assert form.result() != QDialog.DialogCode.Accepted
    assert "2" in form.errors.messages()["activity_capacity"]
    form.capacity.setValue(3)
    qtbot.mouseClick(form.submit, LEFT)
    assert form.result() == QDialog.DialogCode.Accepted
    dialog.show_detail(form.saved)
    assert "3 of 3 places taken" in dialog.about.text()
    statuses = [dialog.signups.model.signup_at(r).status for r in range(3)]
    assert statuses == [SignupStatus.ENROLLED] * 3


def test_sessions_are_added_and_cancelled_with_their_bookings(qtbot, tab, desk) -> None:
    services, clerk = desk
    detail = make_course(services, clerk)
    dialog = open_dialog(qtbot, tab, detail.row.id)
    assert dialog.session_model.rowCount() == 12
    assert dialog.selected_session().starts_at.date() == MONDAY  # the next one to come
    seen: list[str] = []
    tab._context.events.changed.connect(seen.append)

    last = detail.sessions[-1]

    def add_one(more: QDialog) -> None:
        assert isinstance(more, AddSessionsDialog) and unnamed(more) == []
        assert more.plan.room.currentData() == last.room_id  # the course's room and hours
        assert more.plan.start.minute() == 15 * 60 and more.plan.end.minute() == 17 * 60
        more.plan.day.setDate(date(2027, 1, 11))
        click(more, "addSessions.submit")

    when_modal(add_one)
    qtbot.mouseClick(dialog.add_sessions_button, LEFT)
    assert "added" in dialog.message.text()
    assert dialog.session_model.rowCount() == 13
    added = dialog.session_model.session_at(12)
    assert added.starts_at.date() == date(2027, 1, 11) and added.booking_number

    dialog.select_session(detail.sessions[1].id)
    when_modal(give_reason("老师生病"))
    qtbot.mouseClick(dialog.cancel_session_button, LEFT)
    cancelled = dialog.selected_session()
    assert cancelled.status is SessionStatus.CANCELLED and "Session 2" in dialog.message.text()
    assert not dialog.attendance_button.isEnabled()
    assert not dialog.cancel_session_button.isEnabled()
    day = services.booking_plans.day_plan(clerk, cancelled.starts_at.date())
    live = [b for plan in day for b in plan.bookings if b.number == cancelled.booking_number]
    assert live == [] or all(b.status.value == "cancelled" for b in live)
    assert seen == ["activity", "activity"]


def test_the_whole_activity_is_cancelled(qtbot, tab, desk) -> None:
    services, clerk = desk
    detail = make_activity(services, clerk)
    dialog = open_dialog(qtbot, tab, detail.row.id)
    when_modal(give_reason("场地维修"))
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert dialog.detail.row.status is ActivityStatus.CANCELLED
    assert "场地维修" in dialog.about.text()
    for button in (dialog.edit_button, dialog.cancel_button, dialog.signups.signup_button):
        assert not button.isEnabled()


def test_a_session_opens_its_attendance(qtbot, tab, desk) -> None:
    services, clerk = desk
    detail = make_activity(services, clerk)
    dialog = open_dialog(qtbot, tab, detail.row.id)
    opened: list[int] = []

    def look(prompt: QDialog) -> None:
        assert isinstance(prompt, AttendanceDialog)
        opened.append(prompt.sheet.session.id)
        prompt.reject()

    when_modal(look)
    qtbot.mouseClick(dialog.attendance_button, LEFT)
    assert opened == [detail.sessions[0].id]
