"""A booking slip scanned at the visitor desk opens the booking, ready for check-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from hall_desk.app import build_main_window
from hall_desk.config import AppPaths, Preferences
from hall_desk.db.database import Database
from hall_desk.services import Services, create_services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.ui.bookings.bookings_page import BookingsPage
from tests.conftest import add_clerk, set_up_center


@pytest.fixture
def desk(sqlite_url, clock, passwords, tmp_path) -> Iterator[tuple[Services, object]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    yield services, add_clerk(services, admin)
    db.dispose()


def test_a_scanned_booking_number_opens_the_booking(qtbot, desk, tmp_path, monkeypatch) -> None:
    services, clerk = desk
    reading = next(r for r in services.rooms.rooms(clerk) if r.spec.code == "YL01")
    booking = services.bookings.book(
        clerk,
        BookingForm(
            room_id=reading.id,
            starts_at=datetime(2026, 11, 20, 10),
            ends_at=datetime(2026, 11, 20, 11),
            booker_kind="partner",
            organisation="社区读书会",
            purpose="读书分享",
            attendees=8,
            contact_phone="13812345678",
        ),
    )
    opened: list[str] = []
    monkeypatch.setattr(BookingsPage, "open_number", lambda self, n: opened.append(n) or True)
    window = build_main_window(
        services, clerk, AppPaths(tmp_path / "d", tmp_path / "l"), Preferences()
    )
    qtbot.addWidget(window)
    window.show()
    window.show_page("visitor")
    box = window.page("visitor").finder.box
    box.setFocus()
    qtbot.keyClicks(box, booking.number.lower())  # a scanner types the QR code, then Enter
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened == [booking.number]
    assert window.page("bookings").isVisible()
