"""The hours and certificates tab, driven through its widgets on a real database."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QPushButton, QTableView

from hall_desk.services import Services
from hall_desk.services.activities.activity_records import VolunteerRef
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities import certificate_printing
from hall_desk.ui.activities.certificate_dialogs import IssueCertificateDialog
from hall_desk.ui.activities.hours_tab import HoursTab
from hall_desk.ui.kit import print_pdf as printing
from hall_desk.ui.kit.common import to_qdate
from tests.conftest import NOW
from tests.services.activities.volunteer_rows import (
    VolunteerDay,
    add_resident,
    add_shift,
    volunteer_day,
)
from tests.services.party.rows import add_member, add_unit
from tests.ui.party.test_problems_tab import cells, child, page_context
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Widgets are tested on SQLite only; the services themselves on both databases."""
    return sqlite_url


def make_tab(qtbot, services: Services, session: StaffSession, tmp_path: Path):
    context = page_context(services, session, tmp_path)
    changes: list[str] = []
    context.events.changed.connect(changes.append)
    tab = HoursTab(context)
    qtbot.addWidget(tab)
    tab.resize(1240, 660)
    tab.show()
    qtbot.waitExposed(tab)
    return tab, context, changes


def at(day: datetime, hour: int, minute: int = 0) -> datetime:
    return day.replace(hour=hour, minute=minute)


@pytest.fixture
def served(services: Services, admin: StaffSession) -> tuple[VolunteerDay, dict[str, VolunteerRef]]:
    """Two volunteers with shifts last week: a member (3 h, and 2 h added afterwards at a
    second activity) and a resident who stayed too short to be credited."""
    db = services.db
    day = volunteer_day(db, admin, NOW.date())
    unit = add_unit(db, admin.site_id, "县供电公司", "state_owned")
    li = VolunteerRef(member_id=add_member(db, admin.site_id, unit, "李明", "13900001111"))
    zhang = VolunteerRef(resident_id=add_resident(db, admin.site_id, "张三丰", "13812345678"))
    past = day.starts[0]
    add_shift(db, admin, day.guide, day.sessions[0], member_id=li.member_id,
              present=(at(past, 8, 50), at(past, 12, 10)))  # fmt: skip
    add_shift(db, admin, day.helper, day.sessions[0], resident_id=zhang.resident_id,
              present=(at(past, 9), at(past, 10)))  # fmt: skip
    other = volunteer_day(db, admin, NOW.date() - timedelta(days=30))
    add_shift(db, admin, other.helper, other.sessions[1], member_id=li.member_id,
              present=(at(other.starts[1], 10), at(other.starts[1], 12)),
              supplementary=True)  # fmt: skip
    return day, {"li": li, "zhang": zhang}


def test_totals_of_the_period_and_a_volunteers_ledger(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path, served
) -> None:
    tab, context, _changes = make_tab(qtbot, services, clerk, tmp_path)
    assert unnamed(tab) == []
    start, end = tab.period()
    assert (start, end) == (date(2026, 1, 1), date(2026, 12, 31))  # this year
    totals = child(tab, QTableView, "hours.totals")
    assert cells(totals) == [["李明", "县供电公司", "139****1111", "2", "5.0"]]
    assert child(tab, QLabel, "hours.count").text() == "1 volunteers, 5.0 h"
    assert "Choose a volunteer" in child(tab, QLabel, "hours.ledgerTitle").text()

    totals.selectRow(0)
    ledger = child(tab, QTableView, "hours.ledger")
    assert cells(ledger) == [
        ["2026-10-21", "周末社区志愿服务日", "秩序维护", "2.0", "Added afterwards"],
        ["2026-11-13", "周末社区志愿服务日", "引导员", "3.0", ""],
    ]
    assert child(tab, QLabel, "hours.ledgerTitle").text() == "李明（县供电公司）: 5.0 h in 2 shifts"

    # The last four weeks only: the shift added afterwards falls out.
    child(tab, QDateEdit, "hours.start").setDate(to_qdate(date(2026, 10, 23)))
    assert cells(totals) == [["李明", "县供电公司", "139****1111", "1", "3.0"]]
    assert tab.selected() is not None  # the same person stays chosen
    assert [row[0] for row in cells(ledger)] == ["2026-11-13"]

    # A period that ends before it starts is said, not searched.
    child(tab, QDateEdit, "hours.end").setDate(to_qdate(date(2026, 10, 1)))
    assert cells(totals) == []
    message = child(tab, QLabel, "hours.message")
    assert message.isVisible() and "after the last" in message.text()
    qtbot.mouseClick(child(tab, QPushButton, "hours.thisYear"), LEFT)
    assert tab.period() == (date(2026, 1, 1), date(2026, 12, 31))
    assert len(cells(totals)) == 1 and not message.isVisible()

    # Hours recorded at another desk show when it says so.
    day, people = served
    add_shift(services.db, clerk, day.helper, day.sessions[1],
              resident_id=people["zhang"].resident_id,
              present=(at(day.starts[1], 9), at(day.starts[1], 12)))  # fmt: skip
    context.events.changed.emit("volunteer")
    assert cells(totals)[1] == ["张三丰", "", "138****5678", "1", "3.0"]


@pytest.fixture
def printed(monkeypatch) -> list[tuple[str, str]]:
    """Replaces the print preview: records the text and title of what would be printed."""
    calls: list[tuple[str, str]] = []

    def fake_print(parent, pdf, title, *, preview=True, archived_path=None, document=None):
        calls.append((pdf_text(pdf), title))
        return printing.PrintOutcome.PRINTED

    monkeypatch.setattr(printing, "print_pdf", fake_print)
    return calls


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_a_certificate_is_issued_printed_reprinted_and_saved(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path, served, printed, monkeypatch
) -> None:
    tab, _context, changes = make_tab(qtbot, services, clerk, tmp_path)
    register = child(tab, QTableView, "certificates.table")
    assert cells(register) == []
    assert not child(tab, QPushButton, "hours.issue").isEnabled()  # nobody chosen yet
    child(tab, QTableView, "hours.totals").selectRow(0)

    qtbot.mouseClick(child(tab, QPushButton, "hours.issue"), LEFT)
    dialog = tab.open_dialog
    assert isinstance(dialog, IssueCertificateDialog) and unnamed(dialog) == []
    total = child(dialog, QLabel, "issueCertificate.total")
    assert total.text() == "5.0 h in 2 shifts in this period."
    # January alone holds no hours: refused, and the dialog stays open with its dates.
    child(dialog, QDateEdit, "issueCertificate.end").setDate(to_qdate(date(2026, 1, 31)))
    assert total.text() == "0.0 h in 0 shifts in this period."
    qtbot.mouseClick(child(dialog, QPushButton, "issueCertificate.submit"), LEFT)
    assert dialog.isVisible() and "nothing to certify" in dialog.errors.messages()[""]
    assert printed == []
    child(dialog, QDateEdit, "issueCertificate.end").setDate(to_qdate(date(2026, 12, 31)))
    qtbot.mouseClick(child(dialog, QPushButton, "issueCertificate.submit"), LEFT)
    assert dialog.result() == IssueCertificateDialog.DialogCode.Accepted

    ((text, title),) = printed
    assert title == "CN01-V2026-0001 Certificate of volunteer service 李明"
    assert "志愿服务记录证明" in text and "CN01-V2026-0001" in text and "李明" in text
    assert (
        "Certificate CN01-V2026-0001 is issued to 李明."
        in child(tab, QLabel, "hours.message").text()
    )
    assert changes == ["volunteer"]
    number, name, period, hours, issued_by, issued_at, prints = cells(register)[0]
    assert (number, name, period, hours, issued_by, prints) == (
        "CN01-V2026-0001", "李明", "2026-01-01 ~ 2026-12-31", "5.0", "李晓燕", "1",
    )  # fmt: skip
    assert issued_at == "2026-11-20 09:30"

    # Reprinted from the register (Enter or the button): counted, marked 补打 on the paper.
    register.selectRow(0)
    qtbot.mouseClick(child(tab, QPushButton, "certificates.reprint"), LEFT)
    assert len(printed) == 2 and "补打" in printed[1][0]
    assert cells(register)[0][6] == "2"
    assert child(tab, QLabel, "certificates.message").text() == (
        "Certificate CN01-V2026-0001 is printed again."
    )

    target = tmp_path / "证明.pdf"
    monkeypatch.setattr(
        certificate_printing, "_choose_save_path", lambda *args: str(tmp_path / "证明")
    )
    register.selectRow(0)
    qtbot.mouseClick(child(tab, QPushButton, "certificates.save"), LEFT)
    assert target.is_file() and "李明" in pdf_text(target.read_bytes())
    assert cells(register)[0][6] == "3"
    assert str(target) in child(tab, QLabel, "certificates.message").text()


def test_the_public_notice_lists_everyone_with_hours_in_the_period(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path, served, printed
) -> None:
    tab, _context, _changes = make_tab(qtbot, services, clerk, tmp_path)
    qtbot.mouseClick(child(tab, QPushButton, "hours.publicity"), LEFT)
    ((text, title),) = printed
    assert title == "Volunteer hours for public notice 2026-01-01 ~ 2026-12-31"
    assert "李明" in text and "张三丰" not in text  # credited nothing: not listed
    assert "2026年11月27日" in text  # posted for seven days from today
