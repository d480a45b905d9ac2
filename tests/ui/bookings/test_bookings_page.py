"""The bookings page driven through its real widgets against a real SQLite database.

The fixture clock is Friday 2026-11-20 09:30.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QDialog, QPushButton

from hall_desk.db.database import Database
from hall_desk.domain.bookings import BookerKind, BookingStatus
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import StorageError
from hall_desk.printing.slips import SlipLayout
from hall_desk.services import Services, create_services
from hall_desk.services.bookings.booking_records import BookingInfo
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.bookings.rooms import RoomInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.bookings import booking_form
from hall_desk.ui.bookings.booking_details import (
    BookingDetailsDialog,
    CancelBookingDialog,
    PendingBookingsDialog,
)
from hall_desk.ui.bookings.bookings_page import BookingsPage, SeatsKey, occupancy
from hall_desk.ui.bookings.time_grid import GridBlock
from hall_desk.ui.kit import slip_printing
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.reason_dialog import ReasonDialog
from tests.conftest import add_clerk, set_up_center
from tests.ui.cases.test_cases_page import when_modal
from tests.ui.helpers import commit_text

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 11, 20)
MONDAY = date(2026, 11, 23)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm)


@pytest.fixture
def desk(
    sqlite_url, clock, passwords, tmp_path
) -> Iterator[tuple[Services, StaffSession, StaffSession]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    clerk = add_clerk(services, admin)
    yield services, admin, clerk
    db.dispose()


def room(services: Services, actor: StaffSession, code: str) -> RoomInfo:
    return next(r for r in services.rooms.rooms(actor) if r.spec.code == code)


def book(
    services: Services, actor: StaffSession, code: str, start: datetime, end: datetime, **kw
) -> BookingInfo:
    base = BookingForm(
        room_id=room(services, actor, code).id,
        starts_at=start,
        ends_at=end,
        booker_kind=BookerKind.PARTNER.value,
        organisation="城南小学",
        purpose="读书会",
        attendees=10,
        contact_name="赵老师",
        contact_phone="13812345678",
    )
    return services.bookings.book(actor, replace(base, **kw))


def seat_booking(services, actor, start, end, seat=None) -> BookingInfo:
    return book(services, actor, "ZX01", start, end, attendees=1, booker_kind="resident",
                organisation="", contact_name="张三", purpose="自习", seat=seat)  # fmt: skip


def make_page(qtbot, services: Services, session: StaffSession) -> BookingsPage:
    page = BookingsPage(services, session, DataEvents(), slip_layout=lambda: SlipLayout.ROLL80)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, desk) -> BookingsPage:
    services, _admin, clerk = desk
    return make_page(qtbot, services, clerk)


def block_of(page: BookingsPage, key: object) -> GridBlock | None:
    return next((b for b in page.grid.blocks() if b.key == key), None)


def row_of(page: BookingsPage, room_id: int) -> int:
    return next(i for i, t in enumerate(page.row_targets()) if t.room_id == room_id)


def click_at(qtbot, page: BookingsPage, row: int, minute: int) -> None:
    rect = page.grid.slot_rect(row, minute)
    qtbot.mouseClick(page.grid.canvas, LEFT, pos=rect.center())


def close_details(dialog: QDialog) -> None:
    assert isinstance(dialog, BookingDetailsDialog)
    dialog.accept()


# -- the day view ---------------------------------------------------------------------------


def test_day_view_shows_every_room_and_the_bookings(qtbot, desk) -> None:
    services, _admin, clerk = desk
    reading = room(services, clerk, "YL01")
    booking = book(services, clerk, "YL01", at(TODAY, 10), at(TODAY, 11, 30))
    meeting = book(services, clerk, "HY01", at(TODAY, 14), at(TODAY, 16), purpose="党课")
    page = make_page(qtbot, services, clerk)

    labels = page.row_labels()
    assert len(labels) == 13
    assert labels[row_of(page, reading.id)] == reading.name
    block = block_of(page, booking.id)
    assert block is not None
    assert (block.row, block.start, block.end) == (row_of(page, reading.id), 600, 690)
    assert block.title == "城南小学 · 读书会" and block.subtitle == "10:00–11:30"
    assert block.state == "confirmed"
    pending = block_of(page, meeting.id)
    assert pending is not None and pending.state == "pending"
    assert "Awaiting approval" in pending.subtitle
    assert "2 bookings" in page.heading.text()
    # The usual day: 07:00-22:00, since nothing is booked outside it.
    assert page.grid._first == 7 * 60 and page.grid._last == 22 * 60


def test_study_room_is_one_row_of_seat_counts(qtbot, desk) -> None:
    services, _admin, clerk = desk
    study = room(services, clerk, "ZX01")
    seat_booking(services, clerk, at(TODAY, 10), at(TODAY, 12))
    seat_booking(services, clerk, at(TODAY, 11), at(TODAY, 12))
    late = seat_booking(services, clerk, at(TODAY, 22), at(TODAY, 23, 30))
    page = make_page(qtbot, services, clerk)

    row = row_of(page, study.id)
    segments = [(b.start, b.end, b.title) for b in page.grid.blocks() if b.row == row]
    assert segments == [
        (600, 660, "1/40 seats"),
        (660, 720, "2/40 seats"),
        (1320, 1410, "1/40 seats"),
    ]
    assert all(b.state == "info" for b in page.grid.blocks() if b.row == row)
    # A night booking in the 24-hour zone widens the day to all 24 hours.
    assert (page.grid._first, page.grid._last) == (0, 24 * 60)
    assert page.row_labels().count("共享自习室") == 1
    # A click on a segment opens that day's seats.
    page.grid.blockActivated.emit(SeatsKey(study.id, TODAY, 660))
    assert page.is_week_view()
    assert len(page.row_labels()) == 40 and page.row_labels()[0] == "Seat 1"
    seat_block = block_of(page, late.id)
    assert seat_block is not None and seat_block.row == late.seat - 1


def test_occupancy_merges_equal_counts() -> None:
    def fake(start: datetime, end: datetime) -> BookingInfo:
        blank = dict.fromkeys(f.name for f in fields(BookingInfo))
        return BookingInfo(**(blank | {"starts_at": start, "ends_at": end}))

    spans = [fake(at(TODAY, 9), at(TODAY, 10)), fake(at(TODAY, 10), at(TODAY, 11))]
    assert occupancy(spans, TODAY) == [(540, 660, 1)]


def test_closed_rooms_are_shaded_with_the_reason(qtbot, desk) -> None:
    services, admin, clerk = desk
    dance = room(services, clerk, "WD01")
    services.rooms.add_closure(admin, dance.id, TODAY, TODAY, "地板维修")
    page = make_page(qtbot, services, clerk)
    shaded = page.grid._shaded[row_of(page, dance.id)]
    assert shaded[0] == [(0, 24 * 60)] and "地板维修" in shaded[1]
    reading_row = row_of(page, room(services, clerk, "YL01").id)
    assert page.grid._shaded[reading_row][0] == [(0, 8 * 60 + 30), (20 * 60, 24 * 60)]


# -- booking and opening ----------------------------------------------------------------------


def test_clicking_free_time_opens_the_form_prefilled(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    reading = room(services, clerk, "YL01")
    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, booking_form.BookingFormDialog)
        seen["room"] = dialog.selected_room().id
        seen["day"] = dialog.day()
        seen["times"] = (dialog.start.currentText(), dialog.end.currentText())
        dialog.reject()

    when_modal(qtbot, answer)
    click_at(qtbot, page, row_of(page, reading.id), 14 * 60)
    assert seen == {"room": reading.id, "day": TODAY, "times": ("14:00", "14:30")}


def test_a_booking_saved_in_the_form_appears(qtbot, page, desk, monkeypatch) -> None:
    services, _admin, clerk = desk
    reading = room(services, clerk, "YL01")
    calls: list[dict] = []

    class FakeForm:
        def __init__(self, services_, session, events, *, room_id, starts_at, ends_at, parent):
            calls.append({"room_id": room_id, "starts_at": starts_at, "ends_at": ends_at})
            self.booked = [
                book(services, clerk, "YL01", starts_at, ends_at + timedelta(minutes=30))
            ]

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(booking_form, "BookingFormDialog", FakeForm)
    click_at(qtbot, page, row_of(page, reading.id), 15 * 60)
    assert calls == [{"room_id": reading.id, "starts_at": at(TODAY, 15),
                      "ends_at": at(TODAY, 15, 30)}]  # fmt: skip
    assert "CN01-B2026-00001" in page.status.text()
    assert any(b.start == 900 and b.end == 960 for b in page.grid.blocks())


def test_check_in_from_the_details_changes_the_block(qtbot, desk) -> None:
    services, _admin, clerk = desk
    booking = book(services, clerk, "YL01", at(TODAY, 10), at(TODAY, 11))
    page = make_page(qtbot, services, clerk)
    block = block_of(page, booking.id)
    assert block is not None and block.state == "confirmed"
    seen: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, BookingDetailsDialog)
        assert dialog.fields["number"].text() == booking.number
        assert "138****5678" in dialog.fields["contact"].text()
        assert dialog.check_in_button.isEnabled()
        qtbot.mouseClick(dialog.check_in_button, LEFT)
        seen.append(dialog.fields["status"].text())
        assert not dialog.check_in_button.isEnabled()
        dialog.accept()

    when_modal(qtbot, answer)
    click_at(qtbot, page, block.row, 630)
    assert seen == ["Checked in"]
    block = block_of(page, booking.id)
    assert block is not None and block.state == "checked_in"


def test_search_by_number_opens_the_booking(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    monday = book(services, clerk, "YL01", at(MONDAY, 9), at(MONDAY, 10))
    opened: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, BookingDetailsDialog)
        opened.append(dialog.booking.number)
        dialog.accept()

    when_modal(qtbot, answer)
    qtbot.keyClicks(page.search, "cn01-b2026-00001")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == [monday.number]
    assert page.day == MONDAY  # the page went to the booking's day
    assert page.search.text() == ""

    qtbot.keyClicks(page.search, "CN01-B2026-09999")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert "no booking numbered CN01-B2026-09999" in page.status.text()
    assert page.search.text() == "CN01-B2026-09999"


# -- the details dialog ---------------------------------------------------------------------


def details(qtbot, page: BookingsPage, booking_id: int) -> BookingDetailsDialog:
    dialog = page.details_dialog(booking_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_cancel_with_a_reason_frees_the_slot(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    booking = book(services, clerk, "YL01", at(TODAY, 14), at(TODAY, 15))
    page.refresh()
    assert block_of(page, booking.id) is not None
    dialog = details(qtbot, page, booking.id)

    def answer(prompt: QDialog) -> None:
        assert isinstance(prompt, CancelBookingDialog)
        qtbot.mouseClick(prompt.findChild(QPushButton, "reason.submit"), LEFT)
        assert prompt.isVisible()  # a reason is required
        commit_text(prompt.editor, "学校临时调课")
        qtbot.mouseClick(prompt.findChild(QPushButton, "reason.submit"), LEFT)

    when_modal(qtbot, answer)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert dialog.fields["status"].text() == "Cancelled"
    assert "学校临时调课" in dialog.fields["ended"].text()
    assert not dialog.cancel_button.isEnabled()
    assert block_of(page, booking.id) is None  # the page heard the change
    again = book(services, clerk, "YL01", at(TODAY, 14), at(TODAY, 15))
    assert again.status is BookingStatus.CONFIRMED


def test_cancel_this_and_the_later_dates_of_a_series(qtbot, page, desk) -> None:
    from hall_desk.domain.bookings import RepeatFrequency, RepeatRule

    services, _admin, clerk = desk
    reading = room(services, clerk, "YL01")
    form = BookingForm(
        room_id=reading.id,
        starts_at=at(MONDAY, 14),
        ends_at=at(MONDAY, 15),
        booker_kind="partner",
        organisation="城南小学",
        purpose="读书会",
        attendees=10,
        contact_name="赵老师",
        contact_phone="13812345678",
    )
    rule = RepeatRule(RepeatFrequency.WEEKLY, frozenset({0, 2}), count=4)
    series = services.bookings.book_series(clerk, form, rule, skip_conflicts=False).booked
    dialog = details(qtbot, page, series[1].id)
    assert "Part of a repeating booking: 每周一、三" in dialog.fields["series"].text()

    def answer(prompt: QDialog) -> None:
        assert isinstance(prompt, CancelBookingDialog)
        assert "(3 dates, from 2026-11-25)" in prompt.later_too.text()
        prompt.later_too.setChecked(True)
        commit_text(prompt.editor, "停办")
        prompt.findChild(QPushButton, "reason.submit").click()

    when_modal(qtbot, answer)
    dialog.cancel_button.click()
    statuses = [b.status for b in services.booking_plans.series(clerk, series[0].series_id)]
    # The first date stands; the chosen one and the two after it are cancelled.
    assert statuses == [BookingStatus.CONFIRMED] + [BookingStatus.CANCELLED] * 3
    assert series[3].number in dialog.message.text()


def test_move_keeps_what_was_chosen_when_refused(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    first = book(services, clerk, "YL01", at(TODAY, 14), at(TODAY, 15))
    other = book(services, clerk, "YL01", at(TODAY, 16), at(TODAY, 17), organisation="幸福合唱团")
    dialog = details(qtbot, page, first.id)
    dialog.move_button.click()
    assert dialog.move_box.isVisible()
    assert dialog.move_start.currentText() == "14:00" and dialog.move_end.currentText() == "15:00"
    dialog.move_end.set_minute(16 * 60 + 30)
    dialog.save_move_button.click()
    assert other.number in dialog.move_general.text()
    assert dialog.move_box.isVisible() and dialog.move_end.currentText() == "16:30"
    dialog.move_end.set_minute(16 * 60)
    dialog.save_move_button.click()
    assert not dialog.move_box.isVisible()
    assert "14:00–16:00" in dialog.fields["when"].text()
    block = block_of(page, first.id)
    assert block is not None and (block.start, block.end) == (840, 960)


def test_print_and_export_go_through_slip_printing(
    qtbot, page, desk, monkeypatch, tmp_path
) -> None:
    services, _admin, clerk = desk
    booking = book(services, clerk, "YL01", at(TODAY, 14), at(TODAY, 15))
    calls: list[tuple] = []

    def fake_print(parent, services_, session, booking_id, layout, *, report=None):
        calls.append(("print", booking_id, layout))
        report("Slip printed")
        return True

    def fake_export(parent, services_, session, booking_id, *, whole_series):
        calls.append(("ics", booking_id, whole_series))
        return tmp_path / "booking.ics"

    monkeypatch.setattr(slip_printing, "print_booking_slip", fake_print)
    monkeypatch.setattr(slip_printing, "export_booking_ics", fake_export)
    dialog = details(qtbot, page, booking.id)
    dialog.print_button.click()
    assert "Slip printed" in dialog.message.text()
    dialog.export_button.click()
    assert calls == [("print", booking.id, SlipLayout.ROLL80), ("ics", booking.id, False)]
    assert "booking.ics" in dialog.message.text()


def test_admins_approve_from_the_pending_list(qtbot, desk) -> None:
    services, admin, clerk = desk
    waiting = book(services, clerk, "HY01", at(MONDAY, 14), at(MONDAY, 16))
    other = book(services, clerk, "YS01", at(MONDAY, 9), at(MONDAY, 10))
    clerk_page = make_page(qtbot, services, clerk)
    assert not clerk_page.pending_button.isVisible()
    page = make_page(qtbot, services, admin)
    assert page.pending_button.text() == "Pending approval (2)"
    dialog = page.pending_dialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PendingBookingsDialog)
    assert dialog.model.rowCount() == 2
    assert dialog.selected().number == other.number  # soonest first
    dialog.approve_button.click()
    assert services.booking_plans.get(admin, other.id).status is BookingStatus.CONFIRMED
    assert page.pending_button.text() == "Pending approval (1)"

    def answer(prompt: QDialog) -> None:
        assert isinstance(prompt, ReasonDialog)
        commit_text(prompt.editor, "与党课时间冲突")
        prompt.findChild(QPushButton, "reason.submit").click()

    when_modal(qtbot, answer)
    dialog.decline_button.click()
    assert services.booking_plans.get(admin, waiting.id).status is BookingStatus.DECLINED
    assert dialog.model.rowCount() == 0 and not dialog.approve_button.isEnabled()
    assert page.pending_button.text() == "Pending approval (0)"


def test_details_offer_only_what_is_allowed(qtbot, desk) -> None:
    services, admin, clerk = desk
    pending = book(services, clerk, "HY01", at(MONDAY, 14), at(MONDAY, 16))
    page = make_page(qtbot, services, clerk)
    dialog = details(qtbot, page, pending.id)
    assert not dialog.check_in_button.isEnabled()
    assert dialog.approve_button.isHidden() and dialog.decline_button.isHidden()
    assert dialog.move_button.isEnabled() and dialog.cancel_button.isEnabled()
    admin_page = make_page(qtbot, services, admin)
    admin_dialog = details(qtbot, admin_page, pending.id)
    assert admin_dialog.approve_button.isEnabled()
    admin_dialog.approve_button.click()
    assert admin_dialog.fields["status"].text() == "Booked"
    assert not admin_dialog.approve_button.isEnabled()
    # Monday is too early to check in on Friday; the button says when it opens.
    assert not admin_dialog.check_in_button.isEnabled()
    assert "13:00 on 2026-11-23" in admin_dialog.check_in_button.toolTip()


# -- no-shows -------------------------------------------------------------------------------


def test_no_shows_are_released_by_the_page(qtbot, desk, clock: FixedClock) -> None:
    services, _admin, clerk = desk
    booking = book(services, clerk, "YL01", at(TODAY, 9, 30), at(TODAY, 10, 30))
    page = make_page(qtbot, services, clerk)
    assert block_of(page, booking.id) is not None
    timer = page.findChild(QTimer, "no_show_timer")
    assert timer is page.no_show_timer and timer.isActive() and timer.interval() == 60_000
    assert page.release_no_shows_now() == []  # 09:30: still within the grace period

    clock.advance(minutes=16)  # 09:46, the grace of 15 minutes is over
    assert page.release_no_shows_now() == [booking.number]
    assert block_of(page, booking.id) is None
    assert page.status.text() == f"Released as no-show: {booking.number}"

    # The timer does the same by itself.
    later = book(services, clerk, "SF01", at(TODAY, 10), at(TODAY, 11))
    page.refresh()
    assert block_of(page, later.id) is not None
    clock.advance(minutes=30)  # 10:16
    timer.setInterval(10)
    qtbot.waitUntil(lambda: later.number in page.status.text(), timeout=2000)
    assert block_of(page, later.id) is None
    assert services.booking_plans.get(clerk, later.id).status is BookingStatus.NO_SHOW


def test_no_shows_are_released_when_the_page_opens(qtbot, desk, clock: FixedClock) -> None:
    services, _admin, clerk = desk
    booking = book(services, clerk, "YL01", at(TODAY, 9, 30), at(TODAY, 10, 30))
    clock.advance(minutes=20)
    page = make_page(qtbot, services, clerk)
    assert booking.number in page.status.text()
    assert block_of(page, booking.id) is None


def test_a_failed_release_is_shown_and_the_timer_goes_on(qtbot, page, desk, monkeypatch) -> None:
    services, _admin, _clerk = desk

    def busy(site_id: int) -> list[str]:
        raise StorageError("The database is busy; please try again in a moment.")

    monkeypatch.setattr(services.bookings, "release_no_shows", busy)
    assert page.release_no_shows_now() == []
    assert "database is busy" in page.status.text()
    assert page.no_show_timer.isActive()

    def broken(site_id: int) -> list[str]:
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(services.bookings, "release_no_shows", broken)
    page.no_show_timer.setInterval(10)
    qtbot.waitUntil(lambda: "log file" in page.status.text(), timeout=2000)
    assert page.no_show_timer.isActive()
    monkeypatch.undo()
    qtbot.waitUntil(lambda: page.status.text() == "", timeout=2000)


# -- week and seats -------------------------------------------------------------------------


def test_week_view_of_one_room(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    meeting = room(services, clerk, "HY01")
    booking = book(services, clerk, "HY01", at(TODAY, 14), at(TODAY, 16))
    page.show_week_view(meeting.id)
    labels = page.row_labels()
    assert len(labels) == 7
    assert labels[0].startswith("11-16") and labels[6].startswith("11-22")
    block = block_of(page, booking.id)
    assert block is not None and block.row == 4  # Friday
    assert page.grid._shaded[5][0] == [(0, 24 * 60)]  # closed on Saturdays
    assert "多功能会议室" in page.heading.text()
    # ▶ steps a week in the week view.
    page.next_button.click()
    assert page.day == TODAY + timedelta(days=7)
    assert page.row_labels()[0].startswith("11-23")
    page.day_button.click()
    assert len(page.row_labels()) == 13


def test_seat_view_of_the_study_room(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    study = room(services, clerk, "ZX01")
    seven = seat_booking(services, clerk, at(TODAY, 10), at(TODAY, 12), seat=7)
    page.show_week_view(study.id)
    assert len(page.row_labels()) == study.spec.seats == 40
    block = block_of(page, seven.id)
    assert block is not None and block.row == 6
    assert "1 of 40 seats taken now" not in page.heading.text()  # 09:30: not yet
    targets = page.row_targets()
    assert targets[6].seat == 7 and targets[6].room_id == study.id
    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> None:
        seen["room"] = dialog.selected_room().id
        seen["seat"] = (dialog.pick_seat.isChecked(), dialog.seat.value())
        dialog.reject()

    when_modal(qtbot, answer)
    click_at(qtbot, page, 2, 14 * 60)
    assert seen == {"room": study.id, "seat": (True, 3)}


def test_keyboard_moves_through_the_days(qtbot, page) -> None:
    page.window().activateWindow()
    qtbot.waitActive(page)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.day == TODAY + timedelta(days=1)
    qtbot.keyClick(page.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day == TODAY - timedelta(days=1)
    qtbot.keyClick(page.grid, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.day == TODAY
    qtbot.keyClick(page.grid, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.date_edit.setDate(QDate(2026, 12, 1))
    assert page.day == date(2026, 12, 1)
    assert "2026-12-01" in page.heading.text()


def test_every_control_is_named(qtbot, desk) -> None:
    from tests.ui.test_widgets_named import unnamed

    services, admin, clerk = desk
    booking = book(services, clerk, "YL01", at(TODAY, 14), at(TODAY, 15))
    page = make_page(qtbot, services, admin)
    assert page.objectName() == "bookings_page"
    assert unnamed(page) == []
    dialog = details(qtbot, page, booking.id)
    dialog.move_button.click()
    assert unnamed(dialog) == []
    pending = page.pending_dialog()
    qtbot.addWidget(pending)
    assert unnamed(pending) == []
    cancel = CancelBookingDialog([booking, booking])
    qtbot.addWidget(cancel)
    assert unnamed(cancel) == []
