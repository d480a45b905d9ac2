"""Printing a booking's or a case's slip on a computer with no printer, end to end: the slip
is archived, the message names the right document and its button opens the archived file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from hall_desk.db.database import Database
from hall_desk.domain.bookings import BookerKind
from hall_desk.printing.slips import SlipLayout
from hall_desk.services import Services, create_services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.cases.case_intake import IntakeForm
from hall_desk.services.catalogue import ItemForm
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit import print_pdf, slip_printing
from tests.conftest import add_clerk, set_up_center
from tests.ui.kit.test_print_pdf import Boxes

MONDAY_9 = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def desk(sqlite_url, clock, passwords, tmp_path) -> Iterator[tuple[Services, StaffSession]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    yield services, admin
    db.dispose()


@pytest.fixture
def no_printer(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """No printer on this computer; returns the files the desktop was asked to open."""
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))

    def no_preview(dialog: QDialog) -> int:
        raise AssertionError("the archived PDF is opened, no preview is needed")

    monkeypatch.setattr(print_pdf, "_exec_dialog", no_preview)
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    return opened


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


def _slips_on_disk(services: Services) -> list[Path]:
    return sorted(services.slips._archive_dir.rglob("*.pdf"))


def test_a_booking_slip_with_no_printer(qtbot, desk, no_printer, boxes) -> None:
    services, admin = desk
    clerk = add_clerk(services, admin)
    room = next(r for r in services.rooms.rooms(clerk) if r.spec.code == "YL01")
    booking = services.bookings.book(
        clerk,
        BookingForm(
            room_id=room.id,
            starts_at=MONDAY_9,
            ends_at=MONDAY_9.replace(hour=11),
            booker_kind=BookerKind.PARTNER.value,
            organisation="城南小学",
            purpose="读书会",
            attendees=10,
            contact_name="赵老师",
            contact_phone="13812345678",
        ),
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []
    boxes.click = "print.openPdf"
    assert slip_printing.print_booking_slip(
        parent, services, clerk, booking.id, SlipLayout.ROLL80, report=said.append
    )
    [(kind, _title, text, name)] = boxes.shown
    assert (kind, name) == ("warning", "print.noPrinter")
    assert "The booking is saved and its booking slip was kept as a PDF" in text
    assert "case" not in text  # not the case's handling slip (办件 / 回执单)
    [archived] = _slips_on_disk(services)
    assert archived.read_bytes().startswith(b"%PDF")
    assert str(archived) in text
    # The button opens exactly the archived file; the status line names the booking slip too.
    assert [url.toLocalFile() for url in no_printer] == [str(archived)]
    assert said == [f"No printer: the booking slip is kept at {archived}."]


def test_a_case_slip_with_no_printer_names_the_slip(qtbot, desk, no_printer, boxes) -> None:
    services, admin = desk
    item = services.catalogue.add_item(
        admin, ItemForm("TS001", "测试证明", "社区居委会", "general", ["身份证", "户口簿"], 5, True)
    )
    case = services.cases.issue_notice(
        admin,
        IntakeForm(
            item_id=item.id, name="张三", phone="13812345678", documents_received=("身份证",)
        ),
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    boxes.click = "print.openPdf"
    issued = slip_printing.issue_and_print(parent, services.slips, admin, case.id, SlipLayout.A5)
    assert issued is not None and issued.archived is not None
    [(_kind, _title, text, _name)] = boxes.shown
    assert "The case is saved and its one-time notice was kept as a PDF" in text
    assert [url.toLocalFile() for url in no_printer] == [str(issued.archived)]
