"""Years past the holiday package: estimated from the national rule until the notice is confirmed.

Run against a real database (SQLite and PostgreSQL). The clock stands on Friday 2026-11-20;
``chinesecalendar`` knows up to 2026, so 2027 is the year that gets estimated.
"""

from __future__ import annotations

import json
import re
from datetime import date
from io import BytesIO

import chinese_calendar
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from hall_desk.db.models import AuditEntry, CalendarDayRow
from hall_desk.domain.errors import PermissionDenied
from hall_desk.domain.holiday_seed import seed_days, seed_years
from hall_desk.domain.workdays import CalendarDay, DayKind
from hall_desk.printing.slips import ESTIMATED_PROMISE_NOTE, SlipLayout
from hall_desk.services import Services
from hall_desk.services import calendar as calendar_module
from hall_desk.services.calendar import RULE_SOURCE, CalendarService
from tests.services.cases.test_cases import add_item, intake

NEW_YEAR_2027 = date(2027, 1, 1)


def pdf_text(pdf: bytes) -> str:
    """The slip's text without white space, so wrapped lines do not matter."""
    text = "".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)
    return re.sub(r"\s+", "", text)


def fresh(services: Services) -> CalendarService:
    """Another desk's calendar service on the same database and clock (no cached calendar)."""
    return CalendarService(services.db, services.clock)


def test_the_package_does_not_know_2027() -> None:
    assert 2027 not in seed_years() and 2026 in seed_years()
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(NEW_YEAR_2027)


def test_2027_is_estimated_from_the_national_rule(services: Services, admin) -> None:
    cal = services.calendar.calendar()  # does not raise, though the package would
    assert not cal.is_workday(NEW_YEAR_2027)
    assert cal.public_holiday(NEW_YEAR_2027) == "元旦"
    assert not cal.is_workday(date(2027, 2, 5))  # 除夕
    assert cal.is_workday(date(2027, 2, 9))  # a Tuesday: 调休 is not known yet
    assert not cal.is_workday(date(2027, 2, 13))  # weekends stay days off

    status = services.calendar.year_status(2027)
    assert status.estimated and not status.covered
    assert status.source.startswith("estimate") and "lunar_python" in status.source
    assert status.entries == 13
    entries = services.calendar.entries(2027)
    assert {e.source for e in entries} == {RULE_SOURCE}
    assert {e.kind for e in entries} == {DayKind.HOLIDAY}
    assert (entries[0].day, entries[0].name) == (NEW_YEAR_2027, "元旦")

    # The warning stays: 2027 is within the horizon and its 调休 is not known.
    assert services.calendar.uncovered_years_ahead() == [2027]
    assert services.calendar.estimated_years_ahead() == [2027]
    known = services.calendar.year_status(2026)
    assert known.covered and not known.estimated
    # Only a year ahead is estimated.
    assert services.calendar.year_status(2028).entries == 0
    assert not services.calendar.year_status(2028).estimated


def test_estimates_follow_the_clock_into_later_years(services: Services, clock) -> None:
    services.calendar.calendar()
    clock.advance(days=200)  # 2027-06-08
    desk = fresh(services)
    desk.calendar()
    assert desk.year_status(2028).estimated
    assert not desk.calendar().is_workday(date(2028, 1, 26))  # 除夕 2028, a Wednesday


def test_a_five_day_case_accepted_on_28_december_is_promised_5_january(
    services: Services, admin, clerk, clock
) -> None:
    item = add_item(services, admin, limit=5)
    known = services.cases.accept_case(clerk, intake(item))
    assert known.due_date == date(2026, 11, 27)

    clock.advance(days=38)  # Monday 2026-12-28
    case = services.cases.accept_case(clerk, intake(item))
    # 29, 30, 31 December, then Friday 1 January is 元旦: Monday 4 and Tuesday 5 January.
    assert case.due_date == date(2027, 1, 5)

    for layout in SlipLayout:
        text = pdf_text(services.slips.issue(clerk, case_id=case.id, layout=layout).pdf)
        assert "2027年01月05日（5个工作日）" in text
        assert ESTIMATED_PROMISE_NOTE in text
    # A promise in a known year has no such line.
    text = pdf_text(services.slips.issue(clerk, case_id=known.id).pdf)
    assert "2026年11月27日（5个工作日）" in text
    assert ESTIMATED_PROMISE_NOTE not in text


def test_confirming_the_notice_ends_the_estimate_and_is_audited(
    services: Services, admin, clerk, clock
) -> None:
    item = add_item(services, admin, limit=5)
    clock.advance(days=38)  # Monday 2026-12-28
    case = services.cases.accept_case(clerk, intake(item))
    assert ESTIMATED_PROMISE_NOTE in pdf_text(services.slips.issue(clerk, case_id=case.id).pdf)

    with pytest.raises(PermissionDenied):
        services.calendar.confirm_year(clerk, 2027)
    assert services.calendar.year_status(2027).estimated

    # The notice: the break runs on to Thursday 11 February, Saturday 20 February is worked.
    for day in (date(2027, 2, 9), date(2027, 2, 10), date(2027, 2, 11)):
        services.calendar.set_day(admin, day, "holiday", "春节")
    services.calendar.set_day(admin, date(2027, 2, 20), "workday", "春节")
    assert services.calendar.uncovered_years_ahead() == [2027]  # still only an estimate
    services.calendar.confirm_year(admin, 2027)

    status = services.calendar.year_status(2027)
    assert status.covered and not status.estimated and status.source == "admin"
    assert services.calendar.uncovered_years_ahead() == []
    assert services.calendar.estimated_years_ahead() == []
    cal = services.calendar.calendar()
    assert not cal.is_workday(date(2027, 2, 10)) and cal.is_workday(date(2027, 2, 20))
    assert not cal.is_workday(NEW_YEAR_2027)  # the derived days stay
    # Another desk does not estimate the confirmed year again.
    assert fresh(services).ensure_estimated() == []

    with services.db.read() as s:
        confirm = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "calendar_year", AuditEntry.action == "confirm"
            )
        ).one()
    assert confirm.entity_id == "2027" and confirm.staff_id == admin.staff_id
    assert json.loads(confirm.detail) == {"estimated": True}

    # A reprint now shows the promise without the small print.
    reprint = services.slips.issue(clerk, case_id=case.id)
    assert reprint.reprint and ESTIMATED_PROMISE_NOTE not in pdf_text(reprint.pdf)


def test_an_administrators_entries_win_over_the_rule(services: Services, admin) -> None:
    # Entered before the desk estimated 2027: kept as they are.
    services.calendar.set_day(admin, NEW_YEAR_2027, "holiday", "新年")
    services.calendar.set_day(admin, date(2027, 2, 20), "workday", "春节调休")
    entries = {e.day: e for e in services.calendar.entries(2027)}
    assert entries[NEW_YEAR_2027].name == "新年" and entries[NEW_YEAR_2027].source == "admin"
    assert entries[date(2027, 2, 20)].kind is DayKind.WORKDAY
    assert entries[date(2027, 2, 5)].source == RULE_SOURCE

    # A derived day removed by an administrator is not estimated again.
    services.calendar.remove_day(admin, date(2027, 10, 3))
    desk = fresh(services)
    assert desk.ensure_estimated() == []
    assert desk.calendar().entry(date(2027, 10, 3)) is None


def test_a_newer_package_replaces_the_estimate(services: Services, admin, monkeypatch) -> None:
    services.calendar.calendar()
    services.calendar.set_day(admin, date(2027, 2, 20), "workday", "春节调休")
    assert services.calendar.year_status(2027).estimated

    # As if chinesecalendar were upgraded to a version that knows 2027.
    notice = [
        CalendarDay(NEW_YEAR_2027, DayKind.HOLIDAY, "元旦"),
        *(CalendarDay(date(2027, 2, d), DayKind.HOLIDAY, "春节") for d in range(5, 13)),
    ]
    years = [*seed_years(), 2027]
    monkeypatch.setattr(calendar_module, "seed_years", lambda: years)
    monkeypatch.setattr(
        calendar_module, "seed_days", lambda year: notice if year == 2027 else seed_days(year)
    )
    desk = fresh(services)
    assert desk.ensure_seeded() == [2027]
    status = desk.year_status(2027)
    assert status.covered and not status.estimated
    assert status.source.startswith("chinese_calendar")
    entries = {e.day: e for e in desk.entries(2027)}
    assert {e.source for e in entries.values()} == {"seed", "admin"}
    assert entries[date(2027, 2, 20)].source == "admin"  # the administrator's entry stays
    assert date(2027, 4, 5) not in entries  # the derived days are gone with the estimate
    assert desk.uncovered_years_ahead() == []
    with services.db.read() as s:
        rule_rows = s.scalars(
            select(CalendarDayRow).where(CalendarDayRow.source == RULE_SOURCE)
        ).all()
    assert rule_rows == []
