"""The holiday calendar in Settings, driven through its widgets on a real database."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
)
from sqlalchemy import select

from hall_desk.db.models import AuditEntry
from hall_desk.domain.workdays import DayKind
from hall_desk.services import Services
from hall_desk.services import calendar as calendar_service
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.settings.calendar_panel import CalendarPanel, HolidayTableModel
from tests.ui.helpers import commit_text

LEFT = Qt.MouseButton.LeftButton
NEW_YEAR_2027 = date(2027, 1, 1)  # a Friday


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Widgets are tested on SQLite only; the services themselves on both databases."""
    return sqlite_url


@pytest.fixture
def no_estimates(monkeypatch) -> None:
    """A desk that estimates no later year, as for a year the national rule cannot give."""
    monkeypatch.setattr(calendar_service, "ESTIMATE_YEARS_AHEAD", 0)


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """Every confirmation is answered Yes; the questions asked are collected."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def make_panel(qtbot, services: Services, session: StaffSession) -> tuple[CalendarPanel, list]:
    events = DataEvents()
    changes: list[str] = []
    events.changed.connect(changes.append)
    panel = CalendarPanel(services.calendar, session, events, services.clock)
    qtbot.addWidget(panel)
    panel.resize(1100, 650)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    return panel, changes


def child(parent, kind, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def rows(panel: CalendarPanel) -> list[list[str]]:
    model = child(panel, QTableView, "settings.holidayTable").model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def weekday(iso: int) -> str:
    """The weekday name in the locale the panel uses (another test may have changed it)."""
    return QLocale().dayName(iso, QLocale.FormatType.LongFormat)


def enter_day(qtbot, panel: CalendarPanel, day: date, kind: DayKind, name: str) -> None:
    child(panel, QDateEdit, "settings.holidayDay").setDate(QDate(day.year, day.month, day.day))
    combo = child(panel, QComboBox, "settings.holidayKind")
    combo.setCurrentIndex(combo.findData(kind.value))
    edit = child(panel, QLineEdit, "settings.holidayName")
    edit.clear()
    commit_text(edit, name)
    qtbot.mouseClick(child(panel, QPushButton, "settings.saveHoliday"), LEFT)


def test_a_seeded_year_is_complete_and_listed(qtbot, services, admin) -> None:
    panel, _changes = make_panel(qtbot, services, admin)
    assert child(panel, QSpinBox, "settings.holidayYear").value() == 2026
    status = child(panel, QLabel, "settings.yearStatus")
    assert "2026 is complete" in status.text() and status.property("role") == "ok"
    assert not child(panel, QPushButton, "settings.confirmYear").isEnabled()
    listed = rows(panel)
    assert listed[0][:3] == ["2026-01-01", weekday(4), "Public holiday (day off)"]
    assert listed[0][HolidayTableModel.SOURCE] == "Built-in calendar"
    assert any(r[2] == "Make-up working day" for r in listed)


def test_admin_enters_2027_and_working_days_change(
    qtbot, services, admin, answers, no_estimates
) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    warning = child(panel, QLabel, "settings.calendarWarning")
    assert warning.isVisible() and "2027" in warning.text()
    assert services.calendar.calendar().is_workday(NEW_YEAR_2027)

    enter_day(qtbot, panel, NEW_YEAR_2027, DayKind.HOLIDAY, "元旦")
    # The panel shows the year of the day entered.
    assert child(panel, QSpinBox, "settings.holidayYear").value() == 2027
    assert rows(panel) == [
        ["2027-01-01", weekday(5), "Public holiday (day off)", "元旦", "An administrator"]
    ]
    assert not services.calendar.calendar().is_workday(NEW_YEAR_2027)
    assert services.calendar.calendar().add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)
    message = child(panel, QLabel, "settings.holidayMessage")
    assert "2027-01-01" in message.text() and message.property("role") == "ok"
    # The editor moves on to the next day, same kind and name, for a holiday break.
    assert child(panel, QDateEdit, "settings.holidayDay").date() == QDate(2027, 1, 2)
    assert child(panel, QLineEdit, "settings.holidayName").text() == "元旦"
    assert changes == ["calendar"]

    # 2027 is still not complete: the warning stays until the year is marked complete.
    status = child(panel, QLabel, "settings.yearStatus")
    assert "NOT complete" in status.text() and status.property("role") == "error"
    assert warning.isVisible()
    confirm = child(panel, QPushButton, "settings.confirmYear")
    assert confirm.isEnabled() and "2027" in confirm.text()
    qtbot.mouseClick(confirm, LEFT)
    assert "2027" in answers[-1]
    assert not warning.isVisible()
    assert "2027 is complete" in status.text() and status.property("role") == "ok"
    assert not confirm.isEnabled()
    assert services.calendar.uncovered_years_ahead() == []
    assert changes == ["calendar", "calendar"]


def test_a_year_without_holidays_cannot_be_marked_complete(
    qtbot, services, admin, answers, no_estimates
) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    child(panel, QSpinBox, "settings.holidayYear").setValue(2027)
    assert rows(panel) == []
    # The editor follows the year shown.
    assert child(panel, QDateEdit, "settings.holidayDay").date() == QDate(2027, 1, 1)
    qtbot.mouseClick(child(panel, QPushButton, "settings.confirmYear"), LEFT)
    message = child(panel, QLabel, "settings.holidayMessage")
    assert "at least New Year's Day" in message.text()
    assert message.property("role") == "error"
    assert child(panel, QLabel, "settings.calendarWarning").isVisible()
    assert changes == []


def test_bad_entries_are_shown_under_the_fields(qtbot, services, admin) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    # 2027-01-04 is a Monday: it cannot be a make-up working day.
    enter_day(qtbot, panel, date(2027, 1, 4), DayKind.WORKDAY, "元旦")
    error = child(panel, QLabel, "settings.holidayDay.error")
    assert "falls on a weekday" in error.text() and error.isVisible()
    assert child(panel, QDateEdit, "settings.holidayDay").property("invalid") is True
    assert child(panel, QLineEdit, "settings.holidayName").text() == "元旦"
    assert [e for e in services.calendar.entries(2027) if e.source == "admin"] == []
    assert changes == []

    # A Saturday is fine, and the error goes away.
    enter_day(qtbot, panel, date(2027, 2, 6), DayKind.WORKDAY, "春节调休")
    assert error.text() == "" and error.isHidden()
    assert services.calendar.calendar().is_workday(date(2027, 2, 6))
    assert changes == ["calendar"]


def test_selecting_a_day_edits_it_and_remove_asks_first(
    qtbot, services, admin, monkeypatch, no_estimates
) -> None:
    services.calendar.set_day(admin, NEW_YEAR_2027, "holiday", "元旦")
    panel, changes = make_panel(qtbot, services, admin)
    child(panel, QSpinBox, "settings.holidayYear").setValue(2027)
    table = child(panel, QTableView, "settings.holidayTable")
    table.selectRow(0)
    assert child(panel, QDateEdit, "settings.holidayDay").date() == QDate(2027, 1, 1)
    name = child(panel, QLineEdit, "settings.holidayName")
    assert name.text() == "元旦"

    name.clear()
    commit_text(name, "新年")
    qtbot.mouseClick(child(panel, QPushButton, "settings.saveHoliday"), LEFT)
    assert rows(panel)[0][HolidayTableModel.NAME] == "新年"
    assert changes == ["calendar"]

    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kw: answer)
    table.selectRow(0)
    remove = child(panel, QPushButton, "settings.removeHoliday")
    assert remove.isEnabled()
    qtbot.mouseClick(remove, LEFT)
    assert len(rows(panel)) == 1

    answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(remove, LEFT)
    assert rows(panel) == []
    assert not remove.isEnabled()
    assert services.calendar.calendar().is_workday(NEW_YEAR_2027)
    assert changes == ["calendar", "calendar"]


def test_a_clerk_sees_the_calendar_but_cannot_change_it(qtbot, services, clerk) -> None:
    panel, _changes = make_panel(qtbot, services, clerk)
    assert rows(panel)
    warning = child(panel, QLabel, "settings.calendarWarning")
    assert warning.isVisible() and "ask an administrator" in warning.text()
    for name in ("settings.confirmYear", "settings.removeHoliday", "settings.saveHoliday"):
        assert not child(panel, QPushButton, name).isVisible()
    assert child(panel, QLabel, "settings.calendarReadOnly").isVisible()
    panel.save_day()
    assert [e for e in services.calendar.entries(2027) if e.source == "admin"] == []


# --- a year estimated from the national rule -------------------------------------------------


def test_2027_is_estimated_and_warned_about_until_the_notice_is_confirmed(
    qtbot, services, admin, answers
) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    warning = child(panel, QLabel, "settings.calendarWarning")
    assert warning.isVisible()
    assert "2027 are estimated from the national holiday rule" in warning.text()
    assert "(调休)" in warning.text() and "confirm the year" in warning.text()
    assert panel.uncovered == [2027] and panel.estimated == [2027]

    child(panel, QSpinBox, "settings.holidayYear").setValue(2027)
    status = child(panel, QLabel, "settings.yearStatus")
    assert "2027 is ESTIMATED" in status.text() and "not yet known" in status.text()
    assert status.property("role") == "error"
    listed = rows(panel)
    assert len(listed) == 13
    assert listed[0] == [
        "2027-01-01",
        weekday(5),
        "Public holiday (day off)",
        "元旦",
        "National holiday rule",
    ]
    assert [r[0] for r in listed if r[3] == "春节"] == [
        "2027-02-05",
        "2027-02-06",
        "2027-02-07",
        "2027-02-08",
    ]
    confirm = child(panel, QPushButton, "settings.confirmYear")
    assert confirm.isVisible() and confirm.isEnabled()
    assert confirm.text() == "Confirm the notice for 2027..."

    # The notice's extra day off goes in; the year is still an estimate until confirmed.
    enter_day(qtbot, panel, date(2027, 2, 9), DayKind.HOLIDAY, "春节")
    assert not services.calendar.calendar().is_workday(date(2027, 2, 9))
    assert len(rows(panel)) == 14
    assert rows(panel)[5][HolidayTableModel.SOURCE] == "An administrator"
    assert warning.isVisible() and "2027 is ESTIMATED" in status.text()

    qtbot.mouseClick(confirm, LEFT)
    assert "State Council's notice" in answers[-1] and "2027" in answers[-1]
    assert not warning.isVisible()
    assert "2027 is complete: an administrator confirmed" in status.text()
    assert status.property("role") == "ok"
    assert not confirm.isVisible()
    message = child(panel, QLabel, "settings.holidayMessage")
    assert message.text() == "The holiday notice for 2027 is confirmed."
    assert services.calendar.uncovered_years_ahead() == []
    assert changes == ["calendar", "calendar"]
    with services.db.read() as s:
        audited = s.scalars(select(AuditEntry).where(AuditEntry.entity == "calendar_year")).one()
    assert (audited.action, audited.entity_id) == ("confirm", "2027")
    assert json.loads(audited.detail) == {"estimated": True}


def test_declining_the_question_keeps_the_estimate(qtbot, services, admin, monkeypatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.No
    )
    panel, changes = make_panel(qtbot, services, admin)
    child(panel, QSpinBox, "settings.holidayYear").setValue(2027)
    qtbot.mouseClick(child(panel, QPushButton, "settings.confirmYear"), LEFT)
    assert services.calendar.year_status(2027).estimated
    assert child(panel, QLabel, "settings.calendarWarning").isVisible()
    assert changes == []


def test_a_clerk_is_told_the_year_is_estimated(qtbot, services, clerk) -> None:
    panel, _changes = make_panel(qtbot, services, clerk)
    warning = child(panel, QLabel, "settings.calendarWarning")
    assert warning.isVisible() and "2027 are estimated" in warning.text()
    assert "ask an administrator to enter the notice" in warning.text()
    child(panel, QSpinBox, "settings.holidayYear").setValue(2027)
    assert "2027 is ESTIMATED" in child(panel, QLabel, "settings.yearStatus").text()
    assert len(rows(panel)) == 13
    assert not child(panel, QPushButton, "settings.confirmYear").isVisible()
