"""The volunteers tab, driven through its widgets on a real database."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
)

from hall_desk.domain.clock import FixedClock
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import VolunteerRef
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities.volunteer_dialogs import (
    CancelShiftDialog,
    RolesDialog,
    VolunteerSignupDialog,
)
from hall_desk.ui.activities.volunteer_supplement import SupplementDialog
from hall_desk.ui.activities.volunteers_tab import VolunteersTab
from tests.conftest import NOW
from tests.services.activities.volunteer_rows import (
    VolunteerDay,
    add_resident,
    add_shift,
    volunteer_day,
)
from tests.services.party.rows import add_member, add_unit
from tests.ui.helpers import commit_text
from tests.ui.party.test_problems_tab import cells, child, page_context
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton
TODAY = "2026-11-20 Friday 09:00-12:00 社区广场"


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Widgets are tested on SQLite only; the services themselves on both databases."""
    return sqlite_url


@pytest.fixture
def day(services: Services, admin: StaffSession) -> VolunteerDay:
    """A volunteer day held a week ago, today at 09:00-12:00 and a week from today."""
    return volunteer_day(services.db, admin, NOW.date())


@pytest.fixture
def people(services: Services, admin: StaffSession) -> dict[str, VolunteerRef]:
    db = services.db
    unit = add_unit(db, admin.site_id, "县供电公司", "state_owned")
    return {
        "li": VolunteerRef(member_id=add_member(db, admin.site_id, unit, "李明", "13900001111")),
        "zhang": VolunteerRef(resident_id=add_resident(db, admin.site_id, "张三丰", "13812345678")),
    }


def make_tab(qtbot, services: Services, session: StaffSession, tmp_path: Path):
    context = page_context(services, session, tmp_path)
    changes: list[str] = []
    context.events.changed.connect(changes.append)
    tab = VolunteersTab(context)
    qtbot.addWidget(tab)
    tab.resize(1240, 660)
    tab.show()
    qtbot.waitExposed(tab)
    return tab, context, changes


def sign_up(qtbot, tab: VolunteersTab, search: str, role: int) -> VolunteerSignupDialog:
    qtbot.mouseClick(child(tab, QPushButton, "volunteers.signUp"), LEFT)
    dialog = tab.open_dialog
    assert isinstance(dialog, VolunteerSignupDialog)
    child(dialog, QComboBox, "volunteerSignup.role").setCurrentIndex(role)
    box = child(dialog, QLineEdit, "volunteerSignup.search")
    commit_text(box, search)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.mouseClick(child(dialog, QPushButton, "volunteerSignup.submit"), LEFT)
    return dialog


def row_of(tab: VolunteersTab, name: str) -> list[str]:
    table = child(tab, QTableView, "volunteers.shifts")
    rows = [r for r in cells(table) if r[0] == name]
    assert len(rows) == 1, rows
    return rows[0]


def choose(tab: VolunteersTab, name: str) -> None:
    table = child(tab, QTableView, "volunteers.shifts")
    names = [r[0] for r in cells(table)]
    table.selectRow(names.index(name))


def test_volunteers_are_signed_up_in_and_out_at_todays_session(
    qtbot,
    services: Services,
    clerk: StaffSession,
    tmp_path: Path,
    clock: FixedClock,
    day: VolunteerDay,
    people,
) -> None:
    tab, _context, changes = make_tab(qtbot, services, clerk, tmp_path)
    assert unnamed(tab) == []
    activity = child(tab, QComboBox, "volunteers.activity")
    assert activity.currentText() == "Today: 周末社区志愿服务日"
    assert child(tab, QComboBox, "volunteers.session").currentText() == TODAY
    roles = child(tab, QTableView, "volunteers.roleTable")
    assert cells(roles) == [["引导员", "0 / 2", ""], ["秩序维护", "0 / 3", ""]]
    assert "No volunteers at this session yet" in child(tab, QLabel, "volunteers.empty").text()

    # A member found by name (with the unit), a resident by the phone's last digits.
    dialog = sign_up(qtbot, tab, "李明", 0)
    assert dialog.result() == VolunteerSignupDialog.DialogCode.Accepted
    assert unnamed(dialog) == []
    assert cells(child(dialog, QTableView, "volunteerSignup.matches")) == [
        ["Party member", "李明", "县供电公司", "139****1111"]
    ]
    assert row_of(tab, "李明") == [
        "李明", "县供电公司", "139****1111", "引导员", "Signed up", "", "", "", "",
    ]  # fmt: skip
    assert changes == ["volunteer"]
    assert sign_up(qtbot, tab, "5678", 1).result() == VolunteerSignupDialog.DialogCode.Accepted
    assert cells(roles) == [["引导员", "1 / 2", ""], ["秩序维护", "1 / 3", ""]]
    assert child(tab, QLabel, "volunteers.summary").text() == (
        "2 volunteers, 0 signed in, 0.0 h credited"
    )

    # The same person once per session: refused in the dialog, which keeps what was chosen.
    again = sign_up(qtbot, tab, "李明", 1)
    assert again.isVisible()
    assert "already a volunteer at this session" in again.errors.messages()[""]
    again.reject()

    choose(tab, "李明")
    assert not child(tab, QPushButton, "volunteers.signOut").isEnabled()
    qtbot.mouseClick(child(tab, QPushButton, "volunteers.signIn"), LEFT)
    assert row_of(tab, "李明")[4:6] == ["Signed in", "09:30"]
    assert child(tab, QLabel, "volunteers.message").text() == "李明 signed in at 09:30."
    assert not child(tab, QPushButton, "volunteers.signIn").isEnabled()  # still chosen
    clock.at = datetime(2026, 11, 20, 11, 30)
    qtbot.mouseClick(child(tab, QPushButton, "volunteers.signOut"), LEFT)
    assert row_of(tab, "李明")[4:] == ["Signed out", "09:30", "11:30", "2.0", ""]
    assert child(tab, QLabel, "volunteers.message").text() == (
        "李明 signed out at 11:30: 2.0 h credited."
    )

    # Half an hour of a three-hour shift: no hours, and the list says why.
    choose(tab, "张三丰")
    qtbot.mouseClick(child(tab, QPushButton, "volunteers.signIn"), LEFT)
    clock.at = datetime(2026, 11, 20, 12, 0)
    qtbot.mouseClick(child(tab, QPushButton, "volunteers.signOut"), LEFT)
    assert row_of(tab, "张三丰")[5:] == [
        "11:30", "12:00", "0.0", "No hours: present less than 60% of the shift",
    ]  # fmt: skip
    assert (
        "no hours, present less than 60% of the shift"
        in child(tab, QLabel, "volunteers.message").text()
    )
    assert child(tab, QLabel, "volunteers.summary").text() == (
        "2 volunteers, 2 signed in, 2.0 h credited"
    )
    assert changes.count("volunteer") == 6


def test_hours_are_added_afterwards_with_a_reason(
    qtbot,
    services: Services,
    admin: StaffSession,
    clerk: StaffSession,
    tmp_path: Path,
    clock: FixedClock,
    day: VolunteerDay,
    people,
) -> None:
    add_shift(services.db, admin, day.helper, day.sessions[1],
              resident_id=people["zhang"].resident_id)  # fmt: skip
    clock.at = datetime(2026, 11, 20, 15, 0)  # the session ended at noon
    tab, _context, _changes = make_tab(qtbot, services, clerk, tmp_path)
    choose(tab, "张三丰")
    qtbot.mouseClick(child(tab, QPushButton, "volunteers.signIn"), LEFT)
    message = child(tab, QLabel, "volunteers.message")
    assert "ended at 2026-11-20 12:00" in message.text()  # too late: 补录 instead

    qtbot.mouseClick(child(tab, QPushButton, "volunteers.supplement"), LEFT)
    dialog = tab.open_dialog
    assert isinstance(dialog, SupplementDialog) and unnamed(dialog) == []
    credited = child(dialog, QLabel, "supplementDialog.credited")
    assert credited.text() == "3.0 h credited"  # the session's times to start with
    dialog.set_times(time(9, 0), time(10, 0))
    assert credited.text() == "no hours"
    dialog.set_times(time(9, 0), time(11, 30))
    assert credited.text() == "2.5 h credited"
    qtbot.mouseClick(child(dialog, QPushButton, "supplementDialog.submit"), LEFT)
    assert dialog.isVisible() and dialog.errors.messages()["reason"]
    child(dialog, QPlainTextEdit, "supplementDialog.reason").setPlainText(
        "在外场服务，未到前台签到"
    )
    qtbot.mouseClick(child(dialog, QPushButton, "supplementDialog.submit"), LEFT)
    assert dialog.result() == SupplementDialog.DialogCode.Accepted
    assert row_of(tab, "张三丰")[4:] == [
        "Signed out", "09:00", "11:30", "2.5", "Added afterwards: 在外场服务，未到前台签到",
    ]  # fmt: skip
    assert message.text() == "Hours added afterwards for 张三丰: 2.5 h."

    # More than the session lasted is refused on the field, the reason kept.
    qtbot.mouseClick(child(tab, QPushButton, "volunteers.supplement"), LEFT)
    longer = tab.open_dialog
    assert isinstance(longer, SupplementDialog)
    longer.set_times(time(8, 0), time(12, 0))
    qtbot.mouseClick(child(longer, QPushButton, "supplementDialog.submit"), LEFT)
    assert "cannot exceed the session's length" in longer.errors.messages()["signed_out_at"]
    assert longer.reason.toPlainText() == "在外场服务，未到前台签到"
    longer.reject()


def test_a_shift_is_cancelled_with_a_reason_and_roles_are_edited(
    qtbot,
    services: Services,
    admin: StaffSession,
    clerk: StaffSession,
    tmp_path: Path,
    day: VolunteerDay,
    people,
) -> None:
    for ref in people.values():
        add_shift(services.db, admin, day.helper, day.sessions[1],
                  member_id=ref.member_id, resident_id=ref.resident_id)  # fmt: skip
    tab, _context, changes = make_tab(qtbot, services, clerk, tmp_path)
    choose(tab, "李明")
    qtbot.mouseClick(child(tab, QPushButton, "volunteers.cancel"), LEFT)
    dialog = tab.open_dialog
    assert isinstance(dialog, CancelShiftDialog) and unnamed(dialog) == []
    qtbot.mouseClick(child(dialog, QPushButton, "cancelShift.submit"), LEFT)
    assert dialog.isVisible() and dialog.errors.messages()["reason"]
    commit_text(child(dialog, QPlainTextEdit, "cancelShift.reason"), "单位临时有任务")
    qtbot.mouseClick(child(dialog, QPushButton, "cancelShift.submit"), LEFT)
    assert dialog.result() == CancelShiftDialog.DialogCode.Accepted
    assert row_of(tab, "李明")[4] == "Cancelled"
    assert not child(tab, QPushButton, "volunteers.signIn").isEnabled()
    assert cells(child(tab, QTableView, "volunteers.roleTable"))[1] == ["秩序维护", "1 / 3", ""]

    qtbot.mouseClick(child(tab, QPushButton, "volunteers.roles"), LEFT)
    roles = tab.open_dialog
    assert isinstance(roles, RolesDialog) and unnamed(roles) == []
    table = child(roles, QTableWidget, "rolesDialog.table")
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["引导员", "秩序维护"]
    assert child(roles, QSpinBox, "rolesDialog.places1").value() == 3
    roles.set_role(0, "引导员", 2, "在门口引导居民")
    roles.set_role(2, "摄影", 1)
    table.item(1, 0).setText("秩序维护岗")  # renamed as typed into the cell
    qtbot.mouseClick(child(roles, QPushButton, "rolesDialog.submit"), LEFT)
    assert roles.result() == RolesDialog.DialogCode.Accepted
    assert cells(child(tab, QTableView, "volunteers.roleTable")) == [
        ["引导员", "0 / 2", "在门口引导居民"],
        ["秩序维护岗", "1 / 3", ""],
        ["摄影", "0 / 1", ""],
    ]
    assert changes == ["volunteer", "volunteer"]

    # A role's name wiped out: refused, the row named, everything typed kept.
    qtbot.mouseClick(child(tab, QPushButton, "volunteers.roles"), LEFT)
    nameless = tab.open_dialog
    assert isinstance(nameless, RolesDialog)
    nameless.set_role(2, "", 4)
    qtbot.mouseClick(child(nameless, QPushButton, "rolesDialog.submit"), LEFT)
    assert nameless.isVisible()
    assert "Role 3 has no name" in nameless.errors.messages()["roles"]
    assert child(nameless, QSpinBox, "rolesDialog.places2").value() == 4
    nameless.reject()


def test_another_activity_and_session_are_chosen_and_other_desks_are_followed(
    qtbot,
    services: Services,
    admin: StaffSession,
    clerk: StaffSession,
    tmp_path: Path,
    day: VolunteerDay,
    people,
) -> None:
    tab, context, _changes = make_tab(qtbot, services, clerk, tmp_path)
    activity = child(tab, QComboBox, "volunteers.activity")
    session = child(tab, QComboBox, "volunteers.session")
    assert [activity.itemText(i) for i in range(activity.count())] == ["Today: 周末社区志愿服务日"]
    assert session.count() == 3
    assert tab.choose(day.activity_id, day.sessions[2])
    assert session.currentText() == "2026-11-27 Friday 09:00-12:00 社区广场"
    assert cells(child(tab, QTableView, "volunteers.shifts")) == []

    # Another desk adds a volunteer day next month and signs someone up here.
    later = volunteer_day(services.db, admin, NOW.date() + timedelta(days=40))
    add_shift(services.db, admin, day.guide, day.sessions[2],
              member_id=people["li"].member_id)  # fmt: skip
    context.events.changed.emit("activity")
    assert [activity.itemText(i) for i in range(activity.count())] == [
        "Today: 周末社区志愿服务日",
        "周末社区志愿服务日 · 2026-12-23 – 2027-01-06",
    ]
    assert session.currentText() == "2026-11-27 Friday 09:00-12:00 社区广场"  # kept
    assert row_of(tab, "李明")[3:5] == ["引导员", "Signed up"]
    assert tab.choose(later.activity_id)
    assert session.currentText() == "2026-12-23 Wednesday 09:00-12:00 社区广场"  # the next
    assert cells(child(tab, QTableView, "volunteers.roleTable"))[0] == ["引导员", "0 / 2", ""]
