"""Attendance of a session through the real widgets on a real SQLite database.

Slips scanned at the door (again: "already"; a waiting or unknown slip refused, named), a
name typed, ticks with P / A / E saved together, "all present" keeping the excused, a paper
sheet's ticks entered afterwards, the sign-in sheet printed, unsaved ticks not lost on close.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from hall_desk.db.database import Database
from hall_desk.domain.activities import AttendanceSource, AttendanceStatus
from hall_desk.services import Services, create_services
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities import attendance_dialog
from hall_desk.ui.activities.activities_tab import ActivitiesTab
from hall_desk.ui.activities.attendance_dialog import AttendanceDialog
from hall_desk.ui.activities.attendance_models import AttendanceMarksModel
from hall_desk.ui.kit import print_pdf as printing
from tests.conftest import add_clerk, set_up_center
from tests.services.activities.activity_helpers import (
    activity_form,
    make_activity,
    plan,
    residents,
    room_id,
    sign_up_all,
)
from tests.ui.activities.test_activities_tab import context_for
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton
P, A, E = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED


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


def session_today(services: Services, clerk: StaffSession, capacity: int, people: int, start=10):
    """An activity with one session today at ``start`` o'clock, ``people`` signed up."""
    today = services.clock.now().date()
    detail = make_activity(
        services, clerk, form=activity_form(capacity=capacity),
        session_plan=plan(room_id(services, clerk), today, (start, 0), (start + 1, 30)),
    )  # fmt: skip
    rows = sign_up_all(services, clerk, detail.row.id, residents(services, clerk, people))
    return detail.sessions[0].id, rows


def marks(dialog: AttendanceDialog) -> list[AttendanceStatus | None]:
    return [dialog.model.mark_of(r) for r in range(dialog.model.rowCount())]


def open_sheet(qtbot, tab: ActivitiesTab, session_id: int) -> AttendanceDialog:
    dialog = tab.attendance_dialog(session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_slips_scanned_at_the_door(qtbot, tab, desk) -> None:
    services, clerk = desk
    session_id, rows = session_today(services, clerk, capacity=3, people=4)
    dialog = open_sheet(qtbot, tab, session_id)
    assert unnamed(dialog) == []
    assert dialog.focusWidget() is dialog.scan and dialog.model.rowCount() == 3
    seen: list[str] = []
    tab._context.events.changed.connect(seen.append)

    qtbot.keyClicks(dialog.scan, rows[1].number.lower())  # the scanner types, then Enter
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert rows[1].name in dialog.said.text() and "present" in dialog.said.text()
    assert marks(dialog) == [None, P, None] and dialog.scan.text() == ""
    assert seen == ["activity"]
    line = services.attendance.sheet(clerk, session_id).lines[1]
    assert line.status is P and line.source is AttendanceSource.SCAN

    qtbot.keyClicks(dialog.scan, rows[1].number)
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert "already" in dialog.said.text()
    qtbot.keyClicks(dialog.scan, rows[3].number)  # on the waiting list: no place
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.said.property("role") == "error" and rows[3].number in dialog.said.text()
    dialog.scan.clear()
    qtbot.keyClicks(dialog.scan, "CN01-S2026-09999")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.said.property("role") == "error" and "09999" in dialog.said.text()
    assert marks(dialog) == [None, P, None]

    dialog.scan.clear()
    commit_text(dialog.scan, rows[2].name)  # a name typed: the one it fits is present
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert marks(dialog) == [None, P, P] and rows[2].name in dialog.said.text()
    commit_text(dialog.scan, "居民")  # fits several: they are shown, nobody is marked
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert "3 people match" in dialog.said.text() and marks(dialog) == [None, P, P]


def test_ticks_are_saved_together_and_all_present_keeps_the_excused(qtbot, tab, desk) -> None:
    services, clerk = desk
    session_id, _rows = session_today(services, clerk, capacity=4, people=4)
    dialog = open_sheet(qtbot, tab, session_id)
    dialog.table.setFocus()
    dialog.table.selectRow(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_E)  # excused, and on to the next line
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)
    assert marks(dialog) == [None, E, A, None]
    assert "2 not saved" in dialog.counts.text()
    assert services.attendance.sheet(clerk, session_id).lines[1].status is None  # not yet
    index = dialog.model.index(2, AttendanceMarksModel.EXCUSED)
    assert dialog.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert marks(dialog) == [None, E, E, None]  # one mark a line
    qtbot.mouseClick(dialog.save_button, LEFT)
    saved = services.attendance.sheet(clerk, session_id).lines
    assert [line.status for line in saved] == [None, E, E, None]
    assert {line.source for line in saved[1:3]} == {AttendanceSource.DESK}
    assert "not saved" not in dialog.counts.text()

    dialog.table.selectRow(0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)  # unsaved, then "all present" saves it first
    qtbot.mouseClick(dialog.all_present_button, LEFT)
    assert marks(dialog) == [A, E, E, P]
    lines = services.attendance.sheet(clerk, session_id).lines
    assert [line.status for line in lines] == [A, E, E, P]
    assert lines[3].source is AttendanceSource.ALL


def test_a_paper_sheet_is_printed_and_its_ticks_entered_afterwards(
    qtbot, tab, desk, monkeypatch
) -> None:
    services, clerk = desk
    session_id, rows = session_today(services, clerk, capacity=3, people=3)
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        printing, "print_pdf", lambda parent, pdf, title, **_k: printed.append((pdf, title))
        or printing.PrintOutcome.PRINTED,
    )  # fmt: skip
    dialog = open_sheet(qtbot, tab, session_id)
    qtbot.mouseClick(dialog.print_button, LEFT)
    [(pdf, title)] = printed
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "签到" in text and rows[0].name in text
    assert dialog.sheet.activity.number in title and "printed" in dialog.said.text()

    dialog.paper.setChecked(True)
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    for key in (Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_E):
        qtbot.keyClick(dialog.table, key)
    qtbot.mouseClick(dialog.save_button, LEFT)
    lines = services.attendance.sheet(clerk, session_id).lines
    assert [(line.status, line.source) for line in lines] == [
        (P, AttendanceSource.SHEET),
        (P, AttendanceSource.SHEET),
        (E, AttendanceSource.SHEET),
    ]
    assert "3 mark(s) saved" in dialog.said.text()


def test_unsaved_ticks_are_not_lost_on_closing(qtbot, tab, desk, monkeypatch) -> None:
    services, clerk = desk
    session_id, _rows = session_today(services, clerk, capacity=2, people=2)
    dialog = open_sheet(qtbot, tab, session_id)
    dialog.model.set_mark(0, P)
    answers = [attendance_dialog.STAY, attendance_dialog.SAVE]
    monkeypatch.setattr(attendance_dialog, "ask_unsaved", lambda parent: answers.pop(0))
    dialog.reject()
    assert dialog.isVisible() and dialog.model.changes  # stayed, nothing lost
    dialog.reject()
    assert not dialog.isVisible()
    assert services.attendance.sheet(clerk, session_id).lines[0].status is P


def test_a_session_too_far_ahead_refuses_marks_and_says_why(qtbot, tab, desk) -> None:
    services, clerk = desk
    session_id, rows = session_today(services, clerk, capacity=2, people=2, start=15)
    dialog = open_sheet(qtbot, tab, session_id)
    qtbot.keyClicks(dialog.scan, rows[0].number)
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.said.property("role") == "error" and dialog.said.text()
    dialog.model.set_mark(0, P)
    assert not dialog.save() and dialog.model.changes  # refused; the tick stays to retry
    assert dialog.said.property("role") == "error"
    dialog.model.forget_changes()
