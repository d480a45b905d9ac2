"""The case desk says the right thing about years whose holidays are not known for certain."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel

from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.printing.slips import SlipLayout
from hall_desk.services import calendar as calendar_service
from hall_desk.services import create_services
from hall_desk.ui.cases.calendar_words import calendar_warning, promise_note
from hall_desk.ui.cases.cases_page import CasesPage
from hall_desk.ui.kit.events import DataEvents
from tests.conftest import set_up_center
from tests.ui.cases.test_cases_page import make_item


def test_an_estimated_year_is_not_called_weekends_only() -> None:
    text = calendar_warning([2027], [2027])
    assert "2027" in text and "estimated" in text and "weekends only" not in text
    assert "weekends only" in calendar_warning([2027, 2028], [2027])
    assert calendar_warning([], []) == ""
    assert "weekends are skipped" in promise_note([2028], [])
    assert "estimated" in promise_note([2027], [2027])
    assert promise_note([], []) == ""


def _page(qtbot, sqlite_url, passwords, tmp_path, monkeypatch, *, estimate: bool):
    if not estimate:
        monkeypatch.setattr(calendar_service, "ESTIMATE_YEARS_AHEAD", 0)
    clock = FixedClock(datetime(2026, 12, 7, 10, 0))
    services = create_services(Database(sqlite_url), clock, passwords, slips_dir=tmp_path)
    admin = set_up_center(services)
    page = CasesPage(
        cases=services.cases,
        lists=services.case_lists,
        catalogue=services.catalogue,
        calendar=services.calendar,
        residents=services.residents,
        slips=services.slips,
        session=admin,
        events=DataEvents(),
        clock=clock,
        slip_layout=lambda: SlipLayout.ROLL80,
    )
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page, services, admin, clock


def test_the_case_page_says_2027_is_estimated(
    qtbot, sqlite_url, passwords, tmp_path, monkeypatch
) -> None:
    page, *_ = _page(qtbot, sqlite_url, passwords, tmp_path, monkeypatch, estimate=True)
    warning = page.findChild(QLabel, "cases.calendarWarning")
    assert warning.isVisible()
    assert "2027" in warning.text() and "estimated" in warning.text()
    assert "weekends only" not in warning.text()


def test_a_year_nobody_estimated_still_says_weekends_only(
    qtbot, sqlite_url, passwords, tmp_path, monkeypatch
) -> None:
    page, *_ = _page(qtbot, sqlite_url, passwords, tmp_path, monkeypatch, estimate=False)
    warning = page.findChild(QLabel, "cases.calendarWarning")
    assert warning.isVisible() and "weekends only" in warning.text()


def test_the_intake_promise_says_a_2027_date_may_move(
    qtbot, sqlite_url, passwords, tmp_path, monkeypatch
) -> None:
    page, services, admin, clock = _page(
        qtbot, sqlite_url, passwords, tmp_path, monkeypatch, estimate=True
    )
    clock.advance(days=21)  # Monday 28 December 2026
    item = make_item(services, admin)
    intake = page.intake_dialog()
    qtbot.addWidget(intake)
    intake.select_item(item.id)
    # 2027-01-01 is 元旦 by the national rule: five working days end on 5 January.
    assert "2027-01-05" in intake.promise.text()
    assert "estimated" in intake.promise.text()
    assert "only weekends" not in intake.promise.text()
