"""The function rooms in Settings, driven through their widgets on a real database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)

from hall_desk.domain.rooms import RoomKind, RoomSpec
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.settings.room_dialogs import ClosureDialog, RoomDialog
from hall_desk.ui.settings.rooms_panel import RoomsPanel, RoomTableModel, hours_summary
from hall_desk.ui.settings.settings_page import SettingsPage
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 11, 20)  # the fixture clock's Friday


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Widgets are tested on SQLite only; the services themselves on both databases."""
    return sqlite_url


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """Every confirmation is answered Yes; the questions asked are collected."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def make_panel(qtbot, services: Services, session: StaffSession) -> tuple[RoomsPanel, list]:
    events = DataEvents()
    changes: list[str] = []
    events.changed.connect(changes.append)
    panel = RoomsPanel(services.rooms, session, events, services.clock)
    qtbot.addWidget(panel)
    panel.resize(1200, 720)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    return panel, changes


def child(parent, kind, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def day(weekday: int) -> str:
    """A short weekday name in the locale the panel uses (another test may have changed it)."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def long_day(weekday: int) -> str:
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def codes(panel: RoomsPanel) -> list[str]:
    model = child(panel, QTableView, "settings.roomTable").model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def row_of(panel: RoomsPanel, code: str) -> list[str]:
    model = panel.model
    row = codes(panel).index(code)
    return [model.index(row, c).data() for c in range(model.columnCount())]


def select(panel: RoomsPanel, code: str) -> None:
    panel.table.selectRow(codes(panel).index(code))


def closures(panel: RoomsPanel) -> list[list[str]]:
    model = child(panel, QTableView, "settings.closureTable").model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def pick(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def set_day(dialog: RoomDialog, weekday: int, start: str | None, end: str | None = None) -> None:
    """Tick a weekday open from ``start`` to ``end``, or untick it (``start`` None)."""
    child(dialog, QCheckBox, f"roomDialog.open{weekday}").setChecked(start is not None)
    if start is not None and end is not None:
        pick(child(dialog, QComboBox, f"roomDialog.from{weekday}"), start)
        pick(child(dialog, QComboBox, f"roomDialog.to{weekday}"), end)


def test_the_default_rooms_are_listed_with_their_hours(qtbot, services, admin) -> None:
    panel, _changes = make_panel(qtbot, services, admin)
    assert len(codes(panel)) == 13
    assert row_of(panel, "YS01") == [
        "YS01",
        "居民议事厅",
        "Residents' council hall",
        "40",
        "",
        f"{day(0)}–{day(4)} 08:30–17:30; {day(5)} 09:00–12:00; {day(6)} closed",
        "Yes",
        "In use",
    ]
    reading = row_of(panel, "YL01")
    assert (
        reading[RoomTableModel.HOURS]
        == f"{day(0)}–{day(4)} 08:30–20:00; {day(5)}–{day(6)} 09:00–17:00"
    )
    assert reading[RoomTableModel.APPROVAL] == "No"
    study = row_of(panel, "ZX01")
    assert study[RoomTableModel.KIND] == "Study room (booked by seat)"
    assert study[RoomTableModel.SEATS] == "40"
    assert study[RoomTableModel.HOURS] == "24 hours"
    meeting = row_of(panel, "HY01")
    assert (
        meeting[RoomTableModel.HOURS] == f"{day(0)}–{day(4)} 08:30–17:30; {day(5)}–{day(6)} closed"
    )
    tip = panel.model.index(codes(panel).index("HY01"), RoomTableModel.HOURS).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tip.splitlines()[0] == f"{long_day(0)}  08:30–17:30"
    assert tip.splitlines()[6] == f"{long_day(6)}  closed"
    assert child(panel, QLabel, "settings.roomCount").text() == "13 rooms in use"
    note = child(panel, QLabel, "settings.closureNote").text()
    assert "Public holidays from the holiday calendar close every room" in note
    assert child(panel, QSpinBox, "settings.graceMinutes").value() == 15
    assert closures(panel) == []
    assert unnamed(panel) == []


def test_hours_summary_says_every_day_when_the_week_is_alike() -> None:
    spec = RoomSpec("X1", "x", RoomKind.OTHER, 5, 0, ((540, 1260),) * 7, False, False, ())
    assert hours_summary(spec) == "Every day 09:00–21:00"
    one_day = ((540, 600), None, None, None, None, None, (0, 1440))
    spec = RoomSpec("X1", "x", RoomKind.OTHER, 5, 0, one_day, False, False, ())
    assert (
        hours_summary(spec)
        == f"{day(0)} 09:00–10:00; {day(1)}–{day(5)} closed; {day(6)} 00:00–24:00"
    )


def test_admin_adds_a_room_through_the_dialog(qtbot, services, admin) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    qtbot.mouseClick(child(panel, QPushButton, "settings.addRoom"), LEFT)
    dialog = panel.open_dialog
    assert isinstance(dialog, RoomDialog) and dialog.isVisible()
    assert unnamed(dialog) == []
    # A new room starts open Monday to Friday in office hours; the seats are for study rooms.
    assert child(dialog, QCheckBox, "roomDialog.open0").isChecked()
    assert not child(dialog, QCheckBox, "roomDialog.open5").isChecked()
    assert not child(dialog, QComboBox, "roomDialog.from5").isEnabled()
    assert not child(dialog, QSpinBox, "roomDialog.seats").isEnabled()

    child(dialog, QLineEdit, "roomDialog.code").setText("hy02")
    commit_text(child(dialog, QLineEdit, "roomDialog.name"), "第二会议室")
    pick(child(dialog, QComboBox, "roomDialog.kind"), "Meeting room")
    child(dialog, QSpinBox, "roomDialog.capacity").setValue(24)
    set_day(dialog, 0, "09:00", "18:00")
    qtbot.mouseClick(child(dialog, QPushButton, "roomDialog.copyMonday"), LEFT)
    set_day(dialog, 5, "09:00", "12:00")
    set_day(dialog, 2, None)
    child(dialog, QCheckBox, "roomDialog.needsApproval").setChecked(True)
    child(dialog, QPlainTextEdit, "roomDialog.rules").setPlainText("保持安静\n\n用毕关灯")
    qtbot.mouseClick(child(dialog, QPushButton, "roomDialog.submit"), LEFT)

    assert dialog.result() == RoomDialog.DialogCode.Accepted
    assert row_of(panel, "HY02") == [
        "HY02",
        "第二会议室",
        "Meeting room",
        "24",
        "",
        f"{day(0)}–{day(1)} 09:00–18:00; {day(2)} closed; {day(3)}–{day(4)} 09:00–18:00; "
        f"{day(5)} 09:00–12:00; {day(6)} closed",
        "Yes",
        "In use",
    ]
    selected = panel.selected_room()
    assert selected is not None and selected.spec.code == "HY02"
    assert "HY02" in child(panel, QLabel, "settings.roomMessage").text()
    assert changes == ["room"]
    saved = services.rooms.get(admin, selected.id).spec
    assert saved.hours[4] == (540, 1080) and saved.hours[2] is None
    assert saved.rules == ("保持安静", "用毕关灯")
    assert child(panel, QLabel, "settings.roomCount").text() == "14 rooms in use"


def test_a_study_room_open_until_midnight(qtbot, services, admin) -> None:
    panel, _changes = make_panel(qtbot, services, admin)
    dialog = panel.add_room()
    assert dialog is not None
    child(dialog, QLineEdit, "roomDialog.code").setText("ZX02")
    commit_text(child(dialog, QLineEdit, "roomDialog.name"), "第二自习室")
    child(dialog, QSpinBox, "roomDialog.capacity").setValue(30)
    pick(child(dialog, QComboBox, "roomDialog.kind"), "Study room (booked by seat)")
    seats = child(dialog, QSpinBox, "roomDialog.seats")
    assert seats.isEnabled() and seats.value() == 30  # offered: one seat for each person
    seats.setValue(20)
    for weekday in range(7):
        set_day(dialog, weekday, "18:00", "24:00")
    qtbot.mouseClick(child(dialog, QPushButton, "roomDialog.submit"), LEFT)
    assert dialog.result() == RoomDialog.DialogCode.Accepted
    row = row_of(panel, "ZX02")
    assert row[RoomTableModel.SEATS] == "20"
    assert row[RoomTableModel.HOURS] == "Every day 18:00–24:00"


def test_bad_entries_are_marked_and_what_was_typed_stays(qtbot, services, admin) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    dialog = panel.add_room()
    assert dialog is not None
    code = child(dialog, QLineEdit, "roomDialog.code")
    name = child(dialog, QLineEdit, "roomDialog.name")
    code.setText("hy03")
    commit_text(name, "   ")
    set_day(dialog, 0, "17:00", "09:00")  # closes before it opens
    set_day(dialog, 3, "12:00", "12:00")
    child(dialog, QPlainTextEdit, "roomDialog.rules").setPlainText("请保持安静")
    qtbot.mouseClick(child(dialog, QPushButton, "roomDialog.submit"), LEFT)

    assert dialog.isVisible()
    errors = dialog.errors.messages()
    assert errors["room_name"].startswith("Please enter") and "room name" in errors["room_name"]
    hours_error = errors["room_hours"]
    assert "Monday (17:00-09:00)" in hours_error and "Thursday (12:00-12:00)" in hours_error
    assert child(dialog, QLabel, "roomDialog.hours.error").isVisible()
    assert name.property("invalid") is True
    assert child(dialog, QFrame, "roomDialog.hours").property("invalid") is True
    assert child(dialog, QComboBox, "roomDialog.to0").property("invalid") is True
    assert child(dialog, QComboBox, "roomDialog.to3").property("invalid") is True
    assert not child(dialog, QComboBox, "roomDialog.to1").property("invalid")
    # Everything typed is still there to be corrected.
    assert code.text() == "hy03"
    assert child(dialog, QComboBox, "roomDialog.from0").currentText() == "17:00"
    assert child(dialog, QPlainTextEdit, "roomDialog.rules").toPlainText() == "请保持安静"

    # A study room without seats, and a name already taken, are said where they are.
    commit_text(name, "舞蹈房")
    set_day(dialog, 0, "08:00", "17:00")
    set_day(dialog, 3, "08:00", "17:00")
    qtbot.mouseClick(child(dialog, QPushButton, "roomDialog.submit"), LEFT)
    assert dialog.isVisible()
    assert "舞蹈房" in dialog.errors.messages()["room_name"]
    assert "room_hours" not in dialog.errors.messages()
    assert not child(dialog, QComboBox, "roomDialog.to0").property("invalid")
    assert changes == []
    assert "HY03" not in codes(panel)
    dialog.reject()


def test_the_24_hour_zone_needs_no_hours(qtbot, services, admin) -> None:
    panel, _changes = make_panel(qtbot, services, admin)
    select(panel, "ZX01")
    dialog = panel.edit_selected()
    assert dialog is not None
    zone = child(dialog, QCheckBox, "roomDialog.zone24h")
    assert zone.isChecked()
    assert not child(dialog, QFrame, "roomDialog.hours").isEnabled()
    assert not child(dialog, QPushButton, "roomDialog.copyMonday").isEnabled()
    assert child(dialog, QSpinBox, "roomDialog.seats").value() == 40
    zone.setChecked(False)
    assert child(dialog, QFrame, "roomDialog.hours").isEnabled()
    # The default study room has no weekday hours: without the zone it would never open.
    qtbot.mouseClick(child(dialog, QPushButton, "roomDialog.submit"), LEFT)
    assert "closed every day" in dialog.errors.messages()["room_hours"]
    zone.setChecked(True)
    set_day(dialog, 0, "10:00", "09:00")  # a leftover under the zone does not stop the save
    qtbot.mouseClick(child(dialog, QPushButton, "roomDialog.submit"), LEFT)
    assert dialog.result() == RoomDialog.DialogCode.Accepted
    assert row_of(panel, "ZX01")[RoomTableModel.HOURS] == "24 hours"


def test_editing_the_capacity_of_a_room(qtbot, services, admin) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    select(panel, "HY01")
    room = panel.selected_room()
    assert room is not None
    qtbot.mouseClick(child(panel, QPushButton, "settings.editRoom"), LEFT)
    dialog = panel.open_dialog
    assert isinstance(dialog, RoomDialog) and dialog.room == room
    assert child(dialog, QLineEdit, "roomDialog.name").text() == "多功能会议室"
    assert child(dialog, QCheckBox, "roomDialog.needsApproval").isChecked()
    assert child(dialog, QComboBox, "roomDialog.from0").currentText() == "08:30"
    assert child(dialog, QComboBox, "roomDialog.to4").currentText() == "17:30"
    assert not child(dialog, QCheckBox, "roomDialog.open6").isChecked()
    rules = child(dialog, QPlainTextEdit, "roomDialog.rules").toPlainText().splitlines()
    assert rules == list(room.spec.rules)
    child(dialog, QSpinBox, "roomDialog.capacity").setValue(80)
    qtbot.mouseClick(child(dialog, QPushButton, "roomDialog.submit"), LEFT)

    assert dialog.result() == RoomDialog.DialogCode.Accepted
    assert row_of(panel, "HY01")[RoomTableModel.CAPACITY] == "80"
    assert services.rooms.get(admin, room.id).spec.capacity == 80
    assert services.rooms.get(admin, room.id).spec.hours == room.spec.hours
    selected = panel.selected_room()
    assert selected is not None and selected.spec.code == "HY01"
    assert changes == ["room"]


def test_double_click_opens_the_room(qtbot, services, admin) -> None:
    panel, _changes = make_panel(qtbot, services, admin)
    select(panel, "WD01")
    panel.table.doubleClicked.emit(panel.model.index(codes(panel).index("WD01"), 1))
    dialog = panel.open_dialog
    assert isinstance(dialog, RoomDialog) and dialog.room is not None
    assert dialog.room.spec.code == "WD01"
    dialog.reject()
    assert panel.open_dialog is None


def test_retiring_hides_the_room_unless_retired_rooms_are_shown(
    qtbot, services, admin, answers
) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    select(panel, "SF01")
    retire = child(panel, QPushButton, "settings.retireRoom")
    assert retire.text() == "Retire..."
    qtbot.mouseClick(retire, LEFT)
    assert "Retire SF01 书法室?" in answers[0]
    assert "SF01" not in codes(panel)
    assert changes == ["room"]
    assert "retired" in child(panel, QLabel, "settings.roomMessage").text()
    assert child(panel, QLabel, "settings.roomCount").text() == "12 rooms in use"

    show_retired = child(panel, QCheckBox, "settings.showRetiredRooms")
    show_retired.setChecked(True)
    assert row_of(panel, "SF01")[RoomTableModel.STATUS] == "Retired"
    grey = panel.model.index(codes(panel).index("SF01"), 0).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None
    select(panel, "SF01")
    assert retire.text() == "Restore..."
    qtbot.mouseClick(retire, LEFT)
    assert "Restore SF01 书法室?" in answers[1]
    assert row_of(panel, "SF01")[RoomTableModel.STATUS] == "In use"
    show_retired.setChecked(False)
    assert "SF01" in codes(panel)
    assert changes == ["room", "room"]


def test_a_no_to_the_question_changes_nothing(qtbot, services, admin, monkeypatch) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No
    )
    select(panel, "SF01")
    qtbot.mouseClick(child(panel, QPushButton, "settings.retireRoom"), LEFT)
    assert "SF01" in codes(panel) and changes == []


def add_closure(qtbot, panel: RoomsPanel, room: str, first: date, last: date, reason: str):
    qtbot.mouseClick(child(panel, QPushButton, "settings.addClosure"), LEFT)
    dialog = panel.open_dialog
    assert isinstance(dialog, ClosureDialog) and dialog.isVisible()
    assert unnamed(dialog) == []
    pick(child(dialog, QComboBox, "closureDialog.room"), room)
    child(dialog, QDateEdit, "closureDialog.first").setDate(
        QDate(first.year, first.month, first.day)
    )
    child(dialog, QDateEdit, "closureDialog.last").setDate(QDate(last.year, last.month, last.day))
    commit_text(child(dialog, QLineEdit, "closureDialog.reason"), reason)
    qtbot.mouseClick(child(dialog, QPushButton, "closureDialog.submit"), LEFT)
    return dialog


def test_closing_one_room_and_all_rooms_then_removing(qtbot, services, admin, answers) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    remove = child(panel, QPushButton, "settings.removeClosure")
    assert not remove.isEnabled()

    dialog = add_closure(qtbot, panel, "舞蹈房", date(2026, 12, 1), date(2026, 12, 2), "地板维修")
    assert dialog.result() == ClosureDialog.DialogCode.Accepted
    dialog = add_closure(
        qtbot, panel, "All rooms", date(2026, 11, 27), date(2026, 11, 27), "消防检查"
    )
    assert dialog.result() == ClosureDialog.DialogCode.Accepted
    assert closures(panel) == [
        [f"2026-11-27 {day(4)}", f"2026-11-27 {day(4)}", "All rooms", "消防检查"],
        [f"2026-12-01 {day(1)}", f"2026-12-02 {day(2)}", "舞蹈房", "地板维修"],
    ]
    assert "消防检查" in child(panel, QLabel, "settings.roomMessage").text()
    assert changes == ["room", "room"]
    stored = services.rooms.closures(admin, TODAY, date(2027, 1, 1))
    assert [c.room_id is None for c in stored] == [True, False]

    panel.closure_table.selectRow(1)
    assert remove.isEnabled()
    qtbot.mouseClick(remove, LEFT)
    assert "舞蹈房" in answers[0] and "2026-12-01" in answers[0]
    assert [row[2] for row in closures(panel)] == ["All rooms"]
    assert changes == ["room", "room", "room"]
    assert len(services.rooms.closures(admin, TODAY, date(2027, 1, 1))) == 1


def test_a_closure_dialog_keeps_the_text_on_errors(qtbot, services, admin) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    select(panel, "WD01")
    dialog = panel.add_closure()
    assert dialog is not None
    # The room chosen in the list is offered; "All rooms" comes first.
    room = child(dialog, QComboBox, "closureDialog.room")
    assert room.itemText(0) == "All rooms" and room.currentText() == "舞蹈房"
    first = child(dialog, QDateEdit, "closureDialog.first")
    last = child(dialog, QDateEdit, "closureDialog.last")
    assert first.date() == QDate(2026, 11, 20) and first.calendarPopup()
    first.setDate(QDate(2026, 12, 10))
    assert last.date() == QDate(2026, 12, 10)  # the last day follows the first one
    last.setDate(QDate(2026, 12, 5))
    qtbot.mouseClick(child(dialog, QPushButton, "closureDialog.submit"), LEFT)
    assert dialog.isVisible()
    errors = dialog.errors.messages()
    assert "before the first" in errors["closure_last"]
    assert (
        errors["closure_reason"].startswith("Please enter") and "reason" in errors["closure_reason"]
    )
    assert last.date() == QDate(2026, 12, 5) and room.currentText() == "舞蹈房"
    assert changes == [] and closures(panel) == []
    dialog.reject()


def test_setting_the_no_show_release_time(qtbot, services, admin) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    grace = child(panel, QSpinBox, "settings.graceMinutes")
    grace.setValue(30)
    qtbot.mouseClick(child(panel, QPushButton, "settings.applyGrace"), LEFT)
    assert services.rooms.grace_minutes(admin) == 30
    assert "30 minutes" in child(panel, QLabel, "settings.roomMessage").text()
    assert changes == ["room"]
    assert grace.maximum() == 120 and grace.minimum() == 0


def test_a_clerk_reads_the_rooms_but_cannot_change_them(qtbot, services, admin, clerk) -> None:
    services.rooms.add_closure(admin, None, TODAY, TODAY, "消防检查")
    panel, changes = make_panel(qtbot, services, clerk)
    assert len(codes(panel)) == 13 and len(closures(panel)) == 1
    for name in (
        "settings.addRoom",
        "settings.editRoom",
        "settings.retireRoom",
        "settings.addClosure",
        "settings.removeClosure",
        "settings.applyGrace",
    ):
        assert child(panel, QPushButton, name).isHidden(), name
    hint = child(panel, QLabel, "settings.roomsReadOnly")
    assert hint.isVisible() and "Only an administrator" in hint.text()
    assert child(panel, QSpinBox, "settings.graceMinutes").isReadOnly()
    select(panel, "HY01")
    assert panel.add_room() is None
    assert panel.edit_selected() is None
    assert panel.add_closure() is None
    panel.table.doubleClicked.emit(panel.model.index(codes(panel).index("HY01"), 0))
    assert panel.open_dialog is None
    assert changes == []


def test_a_service_refusal_is_shown_in_the_dialog(qtbot, services, admin, clerk) -> None:
    """A clerk's session slipping into the dialog still cannot save: the refusal is shown."""
    panel, _changes = make_panel(qtbot, services, admin)
    dialog = RoomDialog(services.rooms, clerk, None, panel)
    qtbot.addWidget(dialog)
    dialog.code.setText("HY09")
    commit_text(dialog.name, "第九会议室")
    dialog.open()
    qtbot.mouseClick(dialog.submit, LEFT)
    assert dialog.isVisible()
    assert "Only an administrator" in child(dialog, QLabel, "roomDialog.message").text()
    assert all(r.spec.code != "HY09" for r in services.rooms.rooms(admin))


def test_the_settings_page_has_a_rooms_tab(qtbot, services, admin, tmp_path) -> None:
    from hall_desk.config import Preferences

    events = DataEvents()
    page = SettingsPage(
        services.staff,
        services.sites,
        admin,
        events,
        Preferences(),
        tmp_path / "preferences.json",
        clock=services.clock,
        rooms=services.rooms,
    )
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Rooms" in titles
    page.tabs.setCurrentIndex(titles.index("Rooms"))
    assert page.rooms_panel is not None and len(page.rooms_panel.model.rows) == 13
