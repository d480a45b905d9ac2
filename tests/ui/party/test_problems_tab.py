"""The problem lists tab, driven through its widgets on a real database."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from hall_desk.app import make_backup_service
from hall_desk.config import AppPaths, Preferences
from hall_desk.services import Services
from hall_desk.services.party.problem_lists import ProblemForm
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit import print_pdf as printing
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.party.problem_dialogs import MeetingDialog, NoteDialog, ProblemDialog
from hall_desk.ui.party.problem_models import OVERDUE_COLOUR
from hall_desk.ui.party.problems_tab import ProblemsTab
from tests.printing.test_slips import _flat, _pypdf_text
from tests.services.party.rows import add_member, add_unit
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Widgets are tested on SQLite only; the services themselves on both databases."""
    return sqlite_url


def page_context(services: Services, session: StaffSession, tmp_path: Path) -> PageContext:
    paths = AppPaths(tmp_path / "data", tmp_path / "logs")
    return PageContext(
        services, session, DataEvents(), paths, Preferences(), make_backup_service(services, paths)
    )


def make_tab(qtbot, services: Services, session: StaffSession, tmp_path: Path):
    context = page_context(services, session, tmp_path)
    changes: list[str] = []
    context.events.changed.connect(changes.append)
    tab = ProblemsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1240, 640)
    tab.show()
    qtbot.waitExposed(tab)
    return tab, changes


def child(parent, kind, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def cells(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_meeting_with_two_problems_is_recorded_and_one_ticked_off(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    tab, changes = make_tab(qtbot, services, clerk, tmp_path)
    assert child(tab, QLabel, "problems.empty").isVisible()
    assert not child(tab, QPushButton, "problems.addProblem").isEnabled()
    assert not child(tab, QPushButton, "problems.reopen").isVisible()  # clerks cannot

    tab.activateWindow()
    tab.meetings.setFocus()
    qtbot.waitUntil(tab.meetings.hasFocus)
    qtbot.keyClick(tab.meetings, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.open_dialog
    assert isinstance(dialog, MeetingDialog) and dialog.isVisible()
    assert unnamed(dialog) == []
    held = child(dialog, QDateEdit, "meetingDialog.heldOn")
    held.setDate(held.date().addDays(-4))  # Monday the 16th
    assert "2026-11-23" in child(dialog, QLabel, "meetingDialog.dueNote").text()
    kind = child(dialog, QComboBox, "meetingDialog.kind")
    kind.setCurrentIndex(kind.findData("night_talk"))
    commit_text(child(dialog, QLineEdit, "meetingDialog.title"), "十一月居民夜谈")
    commit_text(child(dialog, QLineEdit, "meetingDialog.place"), "3号楼下")
    dialog.set_problem(0, "3号楼路灯不亮", "城南物业")
    dialog.set_problem(1, "垃圾清运不及时", "环卫所")
    assert dialog.problems.rowCount() >= 4
    qtbot.mouseClick(child(dialog, QPushButton, "meetingDialog.submit"), LEFT)
    assert dialog.result() == MeetingDialog.DialogCode.Accepted

    meetings = child(tab, QTableView, "problems.meetings")
    assert cells(meetings) == [["2026-11-16", "十一月居民夜谈", "2", "0", "0"]]
    problems = child(tab, QTableView, "problems.problems")
    assert [row[:4] for row in cells(problems)] == [
        ["1", "3号楼路灯不亮", "城南物业", "2026-11-23 Mon"],
        ["2", "垃圾清运不及时", "环卫所", "2026-11-23 Mon"],
    ]
    assert cells(problems)[0][4] == "Not yet due (2 working days left)"
    assert "十一月居民夜谈" in child(tab, QLabel, "problems.heading").text()
    assert changes == ["problem"]

    # Keyboard only: Enter on the meeting goes to its problems, Down, Enter ticks off.
    tab.activateWindow()
    meetings.setFocus()
    qtbot.waitUntil(meetings.hasFocus)
    qtbot.keyClick(meetings, Qt.Key.Key_Return)
    assert problems.hasFocus() and tab.chosen_problem().seq == 1
    qtbot.keyClick(problems, Qt.Key.Key_Down)
    qtbot.keyClick(problems, Qt.Key.Key_Return)
    tick = tab.open_dialog
    assert (
        isinstance(tick, NoteDialog)
        and "垃圾清运不及时" in tick.findChild(QLabel, "tickOffDialog.about").text()
    )
    qtbot.mouseClick(child(tick, QPushButton, "tickOffDialog.submit"), LEFT)
    assert tick.isVisible()  # the note is required
    assert tick.errors.messages()["note"] == "Please enter what was done to solve it."
    commit_text(child(tick, QPlainTextEdit, "tickOffDialog.note"), "已协调环卫所每日清运两次")
    qtbot.mouseClick(child(tick, QPushButton, "tickOffDialog.submit"), LEFT)
    assert tick.result() == NoteDialog.DialogCode.Accepted

    assert cells(problems)[1][4] == "Ticked off 2026-11-20"
    assert cells(meetings) == [["2026-11-16", "十一月居民夜谈", "1", "1", "0"]]
    assert "ticked off" in child(tab, QLabel, "problems.message").text()
    assert not child(tab, QPushButton, "problems.tickOff").isEnabled()  # row 2 stays chosen
    assert changes == ["problem", "problem"]
    (done,) = [p for p in services.problem_lists.problems(clerk, 1) if p.is_done]
    assert done.done_note == "已协调环卫所每日清运两次"


def test_a_bad_meeting_keeps_what_was_typed_and_names_the_row(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    tab, changes = make_tab(qtbot, services, clerk, tmp_path)
    qtbot.mouseClick(child(tab, QPushButton, "problems.newMeeting"), LEFT)
    dialog = tab.open_dialog
    dialog.set_problem(0, "路灯不亮", "物业")
    dialog.set_problem(2, "井盖松动", "")
    qtbot.mouseClick(child(dialog, QPushButton, "meetingDialog.submit"), LEFT)
    assert dialog.isVisible()
    messages = dialog.errors.messages()
    assert messages["title"] == "Please enter the meeting's title."
    assert messages["problems"] == (
        "Row 3: Please say which unit or person is responsible for the problem."
    )
    assert dialog.problem_forms()[0].description == "路灯不亮"
    assert services.problem_lists.meetings(clerk) == [] and changes == []


def test_overdue_problems_are_red_and_the_list_prints(
    qtbot, services: Services, admin: StaffSession, clock, tmp_path: Path, monkeypatch
) -> None:
    lists = services.problem_lists
    meeting = lists.add_meeting(
        admin,
        date(2026, 11, 10),
        "council",
        "议事会",
        "议事厅",
        [ProblemForm("楼道堆物", "网格员"), ProblemForm("路灯", "物业")],
    )
    clock.at = datetime(2026, 11, 23, 9, 0)  # due the 17th: 18, 19, 20, 23 have passed
    tab, _changes = make_tab(qtbot, services, admin, tmp_path)
    problems = child(tab, QTableView, "problems.problems")
    assert cells(problems)[0][4] == "Overdue by 4 working days"
    brush = problems.model().index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR
    assert "; 2 are overdue." in child(tab, QLabel, "problems.summary").text()
    meetings = child(tab, QTableView, "problems.meetings")
    assert cells(meetings)[0][2:] == ["2", "0", "2"]

    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        printing, "print_pdf", lambda _parent, pdf, title, **_kw: printed.append((pdf, title))
    )
    tab.activateWindow()
    problems.setFocus()
    qtbot.waitUntil(problems.hasFocus)
    qtbot.keyClick(problems, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    ((pdf, title),) = printed
    assert "议事会" in title
    text = _flat(_pypdf_text(pdf))
    assert "楼道堆物" in text and "已逾期4个工作日" in text and "议事厅" in text

    # An administrator takes back a tick made by mistake.
    lists.tick_off(admin, lists.problems(admin, meeting.id)[1].id, "误点")
    tab.refresh()
    problems.selectRow(1)
    reopen = child(tab, QPushButton, "problems.reopen")
    assert reopen.isVisible() and reopen.isEnabled()
    qtbot.mouseClick(reopen, LEFT)
    dialog = tab.open_dialog
    commit_text(child(dialog, QPlainTextEdit, "reopenDialog.note"), "点错了")
    qtbot.mouseClick(child(dialog, QPushButton, "reopenDialog.submit"), LEFT)
    assert cells(problems)[1][4] == "Overdue by 4 working days"


def test_a_problem_added_later_may_name_a_registered_member(
    qtbot, services: Services, admin: StaffSession, clerk: StaffSession, tmp_path: Path
) -> None:
    unit = add_unit(services.db, admin.site_id, "县供电公司", "state_owned")
    add_member(services.db, admin.site_id, unit, "张建国", "13800001111")
    services.problem_lists.add_meeting(clerk, date(2025, 10, 9), "council", "去年的议事会", "", [])
    tab, _changes = make_tab(qtbot, services, clerk, tmp_path)
    assert cells(child(tab, QTableView, "problems.meetings")) == []
    child(tab, QCheckBox, "problems.showOlder").setChecked(True)
    assert len(cells(child(tab, QTableView, "problems.meetings"))) == 1

    qtbot.mouseClick(child(tab, QPushButton, "problems.addProblem"), LEFT)
    dialog = tab.open_dialog
    assert isinstance(dialog, ProblemDialog) and unnamed(dialog) == []
    commit_text(child(dialog, QPlainTextEdit, "problemDialog.description"), "线路老化")
    search = child(dialog, QLineEdit, "problemDialog.search")
    commit_text(search, "1111")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # goes to the match, does not submit
    assert dialog.isVisible()
    assert cells(child(dialog, QTableView, "problemDialog.matches")) == [
        ["Member", "张建国", "县供电公司", "138****1111", ""]
    ]
    qtbot.mouseClick(child(dialog, QPushButton, "problemDialog.submit"), LEFT)
    assert dialog.result() == ProblemDialog.DialogCode.Accepted
    row = cells(child(tab, QTableView, "problems.problems"))[0]
    assert row[1:3] == ["线路老化", "张建国（县供电公司）"]
    assert row[4].startswith("Overdue")
