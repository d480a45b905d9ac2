"""The new-booking dialog driven through its real widgets against a real SQLite database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from hall_desk.db.database import Database
from hall_desk.domain.bookings import BookerKind, BookingChannel, BookingStatus
from hall_desk.services import Services, create_services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.bookings.rooms import RoomInfo
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from hall_desk.ui.bookings.booking_form import PROBLEM_COLOUR, BookingFormDialog, booked_text
from hall_desk.ui.kit.events import DataEvents
from tests.conftest import add_clerk, set_up_center
from tests.services.visitors.test_visits import ZHANG_ID
from tests.ui.helpers import commit_text

# The fixture clock is Friday 2026-11-20 09:30; Monday is an ordinary open day.
MONDAY = date(2026, 11, 23)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm)


@pytest.fixture
def desk(sqlite_url, clock, passwords, tmp_path) -> Iterator[tuple[Services, StaffSession]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    clerk = add_clerk(services, admin)
    yield services, clerk
    db.dispose()


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


def room(services: Services, actor: StaffSession, code: str) -> RoomInfo:
    return next(r for r in services.rooms.rooms(actor) if r.spec.code == code)


@pytest.fixture
def open_form(qtbot, desk, events) -> Callable[..., BookingFormDialog]:
    services, clerk = desk

    def make(code: str, start: datetime, end: datetime) -> BookingFormDialog:
        dialog = BookingFormDialog(
            services,
            clerk,
            events,
            room_id=room(services, clerk, code).id,
            starts_at=start,
            ends_at=end,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def fill_partner(dialog: BookingFormDialog, *, purpose: str = "读书会") -> None:
    dialog.kind_buttons[BookerKind.PARTNER].click()
    commit_text(dialog.organisation, "城南小学")
    commit_text(dialog.purpose, purpose)
    commit_text(dialog.contact_name, "赵老师")
    dialog.contact_phone.setText("13812345678")


def save(qtbot, dialog: BookingFormDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_partner_booking_is_saved(qtbot, desk, open_form, events) -> None:
    services, clerk = desk
    dialog = open_form("YL01", at(MONDAY, 9), at(MONDAY, 11))
    assert dialog.objectName() == "booking_form"
    assert dialog.selected_room().spec.code == "YL01"
    assert dialog.start.currentText() == "09:00" and dialog.end.currentText() == "11:00"
    assert "08:30-20:00" in dialog.room_info.text() and "30" in dialog.room_info.text()
    assert not dialog.seat_box.isVisible()  # the reading room is booked whole
    assert not dialog.repeat.body.isVisible()  # the repeat is collapsed until ticked
    fill_partner(dialog)
    dialog.attendees.setValue(12)
    assert not dialog.finder.isVisible() and dialog.organisation.isVisible()
    with qtbot.waitSignal(events.changed) as changed:
        save(qtbot, dialog)
    assert changed.args == ["booking"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    [booked] = dialog.booked
    assert booked.number == "CN01-B2026-00001" and dialog.skipped == []
    plan = services.booking_plans.day_plan(clerk, MONDAY)
    [stored] = [b for day in plan if day.room.spec.code == "YL01" for b in day.bookings]
    assert stored.booker == "城南小学" and stored.purpose == "读书会"
    assert stored.attendees == 12 and stored.contact_phone == "138****5678"
    assert (stored.starts_at, stored.ends_at) == (at(MONDAY, 9), at(MONDAY, 11))
    assert stored.status is BookingStatus.CONFIRMED


def test_a_resident_found_in_the_register_fills_the_contact(qtbot, desk, open_form) -> None:
    services, clerk = desk
    resident = services.visits.register_visit(
        clerk,
        VisitForm(name="张三", id_number=ZHANG_ID, phone="13812345678", purposes=("errand",)),
    )
    dialog = open_form("YL01", at(MONDAY, 14), at(MONDAY, 15))
    assert dialog.kind_buttons[BookerKind.RESIDENT].isChecked()
    commit_text(dialog.finder.box, "张三")
    dialog.finder.run_search()
    assert dialog.finder.results_model.rowCount() == 1
    qtbot.keyClick(dialog.finder.box, Qt.Key.Key_Return)
    assert dialog.contact_name.text() == "张三"
    assert dialog.linked.text() == "✓ 张三"
    # The saved phone is used; the field shows it masked and stays free for another number.
    assert "5678" in dialog.contact_phone.placeholderText()
    commit_text(dialog.purpose, "自习")
    save(qtbot, dialog)
    [booked] = dialog.booked
    assert booked.resident_id == resident.resident_id
    assert booked.booker == "张三" and booked.contact_phone == "138****5678"


def test_missing_purpose_and_a_bad_phone_are_marked_and_nothing_is_lost(qtbot, open_form) -> None:
    dialog = open_form("YL01", at(MONDAY, 9), at(MONDAY, 10))
    commit_text(dialog.contact_name, "李四")
    dialog.contact_phone.setText("12345")
    dialog.note.setText("带投影")
    save(qtbot, dialog)
    shown = dialog.errors.messages()
    assert "purpose" in shown["booking_purpose"].lower()
    assert "booking_contact_phone" in shown
    assert dialog.purpose.property("invalid") and dialog.contact_phone.property("invalid")
    assert dialog.isVisible() and dialog.booked == []
    assert dialog.contact_name.text() == "李四" and dialog.contact_phone.text() == "12345"
    assert dialog.note.text() == "带投影"
    # Fixed, it saves.
    commit_text(dialog.purpose, "家长会")
    dialog.contact_phone.setText("13912345678")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.booked[0].booker == "李四"


def test_a_slot_taken_meanwhile_names_the_other_booking(qtbot, open_form) -> None:
    first = open_form("YL01", at(MONDAY, 9), at(MONDAY, 11))
    second = open_form("YL01", at(MONDAY, 10), at(MONDAY, 12))
    fill_partner(first)
    fill_partner(second, purpose="合唱排练")
    second.note.setText("需要钢琴")
    save(qtbot, first)
    number = first.booked[0].number
    save(qtbot, second)
    general = second.general_error.text()
    assert "already booked" in general and number in general
    assert second.general_error.isVisible()
    assert second.isVisible() and second.result() != QDialog.DialogCode.Accepted
    assert second.booked == []
    assert second.purpose.text() == "合唱排练" and second.note.text() == "需要钢琴"
    assert second.organisation.text() == "城南小学"
    assert second.start.currentText() == "10:00"
    # The line under the time now shows the booking that got in first.
    assert "09:00-11:00 城南小学" in second.day_bookings.text()


def test_a_weekly_repeat_shows_the_conflict_and_books_the_free_dates(
    qtbot, desk, open_form
) -> None:
    services, clerk = desk
    youth = room(services, clerk, "WC01")
    wednesday = MONDAY + timedelta(days=2)
    blocker = services.bookings.book(
        clerk,
        BookingForm(
            room_id=youth.id, starts_at=at(wednesday, 14), ends_at=at(wednesday, 15),
            booker_kind="partner", organisation="城南小学", purpose="手工课",
            contact_name="赵老师", contact_phone="13812345678",
        ),
    )  # fmt: skip
    dialog = open_form("WC01", at(MONDAY, 14), at(MONDAY, 16))
    fill_partner(dialog, purpose="暑托班")
    dialog.repeat.setChecked(True)
    assert dialog.repeat.body.isVisible()
    assert dialog.repeat.weekly.isChecked()
    for box in dialog.repeat.weekday_boxes[:5]:
        box.setChecked(True)
    dialog.repeat.until.setDate(dialog.repeat.until.date().fromString("2026-12-04", "yyyy-MM-dd"))

    # Save without a check runs the check first and shows it instead of saving.
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.booked == []
    table = dialog.repeat.table
    assert table.objectName() == "booking_series_preview"
    assert table.rowCount() == 10
    assert dialog.repeat.summary.text() == "10 dates: 9 free, 1 cannot be booked."
    red = [r for r in range(10) if table.item(r, 2).foreground().color() == PROBLEM_COLOUR]
    assert red == [2]
    assert table.item(2, 0).text().startswith("2026-11-25")
    assert blocker.number in table.item(2, 2).text()
    assert table.item(0, 2).text() == "Free"
    assert table.item(0, 1).text() == "14:00-16:00"
    assert dialog.save_button.text() == "Book the 9 free dates"

    # A change after the check makes it stale; checking again brings it back.
    dialog.note.setText("每天下午")
    assert table.rowCount() == 0 and dialog.save_button.text() == "Save"
    qtbot.mouseClick(dialog.repeat.check_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 10 and dialog.save_button.text() == "Book the 9 free dates"

    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(dialog.booked) == 9
    assert [d.day for d in dialog.skipped] == [wednesday]
    series = services.booking_plans.series(clerk, dialog.booked[0].series_id)
    assert len(series) == 9 and all(b.note == "每天下午" for b in series)


def test_a_repeat_with_every_date_free_books_them_all(qtbot, open_form) -> None:
    dialog = open_form("WC01", at(MONDAY, 16), at(MONDAY, 17))
    fill_partner(dialog)
    dialog.repeat.setChecked(True)
    dialog.repeat.ends_after.setChecked(True)
    dialog.repeat.count.setValue(3)
    save(qtbot, dialog)  # checks, finds nothing in the way, and books
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [b.starts_at.date() for b in dialog.booked] == [
        MONDAY,
        MONDAY + timedelta(days=7),
        MONDAY + timedelta(days=14),
    ]


def test_a_bad_repeat_is_marked_on_the_repeat_group(qtbot, open_form) -> None:
    dialog = open_form("WC01", at(MONDAY, 9), at(MONDAY, 10))
    fill_partner(dialog)
    dialog.repeat.setChecked(True)
    for box in dialog.repeat.weekday_boxes:
        box.setChecked(False)
    qtbot.mouseClick(dialog.repeat.check_button, Qt.MouseButton.LeftButton)
    assert "weekdays" in dialog.errors.messages()["booking_repeat"]
    assert dialog.repeat.error.isVisible()
    assert dialog.repeat.table.rowCount() == 0


def test_a_study_room_booking_gets_a_seat(qtbot, open_form) -> None:
    dialog = open_form("ZX01", at(MONDAY, 19), at(MONDAY, 22))
    assert dialog.seat_box.isVisible() and dialog.any_seat.isChecked()
    assert not dialog.attendees.isEnabled() and dialog.attendees.value() == 1
    assert "40" in dialog.room_info.text()
    commit_text(dialog.contact_name, "王五")
    dialog.contact_phone.setText("13712345678")
    commit_text(dialog.purpose, "考研复习")
    save(qtbot, dialog)
    [first] = dialog.booked
    assert first.seat == 1

    chosen = open_form("ZX01", at(MONDAY, 19), at(MONDAY, 22))
    commit_text(chosen.contact_name, "赵六")
    chosen.contact_phone.setText("13612345678")
    commit_text(chosen.purpose, "自习")
    chosen.pick_seat.setChecked(True)
    chosen.seat.setValue(7)
    save(qtbot, chosen)
    assert chosen.booked[0].seat == 7
    assert "2 seat bookings" in open_form("ZX01", at(MONDAY, 8), at(MONDAY, 9)).day_bookings.text()


def test_every_field_has_a_name(open_form) -> None:
    from tests.ui.test_widgets_named import unnamed

    dialog = open_form("ZX01", at(MONDAY, 9), at(MONDAY, 10))
    dialog.repeat.setChecked(True)
    assert unnamed(dialog) == []


def test_a_seat_needs_no_purpose_and_the_confirmation_names_the_seat(qtbot, open_form) -> None:
    dialog = open_form("ZX01", at(MONDAY, 9), at(MONDAY, 12))
    assert dialog.seat_box.isVisible()
    assert "自习" in dialog.purpose.placeholderText()
    dialog.pick_seat.setChecked(True)
    dialog.seat.setValue(12)
    commit_text(dialog.contact_name, "顾欣磊")
    dialog.contact_phone.setText("13812345678")
    assert dialog.purpose.text() == ""
    save(qtbot, dialog)
    assert dialog.errors.messages() == {}
    [booked] = dialog.booked
    assert (booked.seat, booked.purpose) == (12, "自习")
    text = booked_text(dialog.booked)
    assert text == f"Booked {booked.number}: 共享自习室, seat 12."


def test_a_room_still_needs_its_purpose_and_says_booked_once(qtbot, open_form) -> None:
    dialog = open_form("YL01", at(MONDAY, 9), at(MONDAY, 10))
    assert "reading club" in dialog.purpose.placeholderText()
    fill_partner(dialog, purpose="")
    save(qtbot, dialog)
    assert "booking_purpose" in dialog.errors.messages() and dialog.booked == []
    commit_text(dialog.purpose, "读书会")
    save(qtbot, dialog)
    [booked] = dialog.booked
    text = booked_text(dialog.booked)
    assert text == f"Booked {booked.number}: {booked.room_name}."
    waiting = open_form("HY01", at(MONDAY, 14), at(MONDAY, 16))
    fill_partner(waiting, purpose="议事会")
    save(qtbot, waiting)
    text = booked_text(waiting.booked)
    assert text.count("Booked") == 1 and "awaiting an administrator's approval" in text


def test_the_channel_follows_a_phone_typed_for_someone_not_at_the_counter(
    qtbot, desk, open_form
) -> None:
    services, clerk = desk
    services.visits.register_visit(
        clerk, VisitForm(name="张三", phone="13812345678", purposes=("errand",))
    )
    dialog = open_form("YL01", at(MONDAY, 9), at(MONDAY, 10))
    channel = dialog.who.channel
    labels = [label.text() for label in dialog.who.findChildren(QLabel)]
    assert "Booked via" in labels and "Booked" not in labels  # 预约方式：现场 / 电话
    assert channel() is BookingChannel.COUNTER
    # A resident not found in the register, reached by the phone typed: a phone booking.
    commit_text(dialog.contact_name, "李四")
    dialog.contact_phone.setText("13912345678")
    assert channel() is BookingChannel.PHONE
    dialog.contact_phone.clear()
    assert channel() is BookingChannel.COUNTER
    # A resident found in the register is at the counter, whatever number is typed.
    commit_text(dialog.finder.box, "张三")
    dialog.finder.run_search()
    qtbot.keyClick(dialog.finder.box, Qt.Key.Key_Return)
    dialog.contact_phone.setText("13900002222")
    assert channel() is BookingChannel.COUNTER
    # Once the clerk picks the channel it stays as picked.
    dialog.who.unlink_resident()
    assert channel() is BookingChannel.PHONE
    qtbot.mouseClick(dialog.who.channel_buttons[BookingChannel.COUNTER], Qt.MouseButton.LeftButton)
    dialog.contact_phone.setText("13900003333")
    assert channel() is BookingChannel.COUNTER
    fill_partner(dialog)
    commit_text(dialog.purpose, "读书会")
    save(qtbot, dialog)
    assert dialog.booked[0].channel is BookingChannel.COUNTER
