"""Booking rooms and seats: the rules, the refusals, repeats, approval, check-in and no-shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from hall_desk.domain.bookings import (
    BookerKind,
    BookingStatus,
    RepeatFrequency,
    RepeatRule,
)
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError, PermissionDenied, ValidationError
from hall_desk.services import Services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.bookings.rooms import RoomInfo
from hall_desk.services.session import StaffSession

# The fixture clock is Friday 2026-11-20 09:30.
MONDAY = date(2026, 11, 23)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm)


def room(services: Services, actor: StaffSession, code: str) -> RoomInfo:
    return next(r for r in services.rooms.rooms(actor) if r.spec.code == code)


def form(room_id: int, start: datetime, end: datetime, **kw: object) -> BookingForm:
    base = BookingForm(
        room_id=room_id,
        starts_at=start,
        ends_at=end,
        booker_kind=BookerKind.PARTNER.value,
        organisation="城南小学",
        purpose="读书会",
        attendees=10,
        contact_name="赵老师",
        contact_phone="13812345678",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def messages(exc: ValidationError) -> dict[str | None, str]:
    return {e.field: e.render() for e in exc.errors}


def test_default_rooms_are_seeded_once(services: Services, clerk: StaffSession) -> None:
    rooms = services.rooms.rooms(clerk)
    names = [r.name for r in rooms]
    assert len(rooms) == 13
    assert "共享自习室" in names and "调解室" in names
    assert services.rooms.ensure_default(clerk.site_id) == 0
    study = room(services, clerk, "ZX01")
    assert study.by_seat and study.spec.seats == 40 and study.spec.zone_24h


def test_book_and_refuse_an_overlap_naming_it(services: Services, clerk: StaffSession) -> None:
    reading = room(services, clerk, "YL01")
    first = services.bookings.book(clerk, form(reading.id, at(MONDAY, 9), at(MONDAY, 11)))
    assert first.status is BookingStatus.CONFIRMED
    assert first.number == "CN01-B2026-00001"
    assert first.booker == "城南小学"
    with pytest.raises(ConflictError) as err:
        services.bookings.book(clerk, form(reading.id, at(MONDAY, 10, 30), at(MONDAY, 12)))
    text_ = err.value.render()
    assert "already booked" in text_ and first.number in text_ and "城南小学" in text_
    # Back to back is fine: intervals are half-open.
    after = services.bookings.book(clerk, form(reading.id, at(MONDAY, 11), at(MONDAY, 12)))
    assert after.number == "CN01-B2026-00002"


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (at(MONDAY, 7), at(MONDAY, 9), "outside the opening hours"),
        (at(MONDAY, 19), at(MONDAY, 21), "outside the opening hours"),
        (at(MONDAY, 9, 10), at(MONDAY, 10), "quarter hour"),
        (at(MONDAY, 10), at(MONDAY, 9), "after the start"),
        (at(date(2026, 11, 19), 9), at(date(2026, 11, 19), 10), "already passed"),
        (at(date(2027, 1, 1), 9), at(date(2027, 1, 1), 10), "closed"),
    ],
)
def test_specific_refusals(
    services: Services, clerk: StaffSession, start: datetime, end: datetime, words: str
) -> None:
    reading = room(services, clerk, "YL01")
    if start.year == 2027:  # 2027 is beyond the seeded calendar: enter New Year's Day by hand
        services.calendar.set_day(services.staff.sign_in("wang.admin", "Desk-2024-admin"),
                                  date(2027, 1, 1), "holiday", "元旦")  # fmt: skip
    with pytest.raises(ValidationError) as err:
        services.bookings.book(clerk, form(reading.id, start, end))
    assert words in messages(err.value)["booking_time"]


def test_closure_and_capacity(services: Services, admin: StaffSession, clerk: StaffSession) -> None:
    dance = room(services, clerk, "WD01")
    services.rooms.add_closure(admin, dance.id, MONDAY, MONDAY + timedelta(days=1), "地板维修")
    with pytest.raises(ValidationError) as err:
        services.bookings.book(clerk, form(dance.id, at(MONDAY, 9), at(MONDAY, 10)))
    assert "地板维修" in messages(err.value)["booking_time"]
    with pytest.raises(ValidationError) as err:
        services.bookings.book(
            clerk,
            form(
                dance.id,
                at(MONDAY, 9) + timedelta(days=2),
                at(MONDAY, 10) + timedelta(days=2),
                attendees=26,
            ),
        )
    assert "capacity" in messages(err.value)["booking_attendees"]


def test_every_bad_field_at_once(services: Services, clerk: StaffSession) -> None:
    reading = room(services, clerk, "YL01")
    bad = form(reading.id, at(MONDAY, 9), at(MONDAY, 10), organisation="", purpose="",
               contact_phone="12", attendees="x")  # fmt: skip
    with pytest.raises(ValidationError) as err:
        services.bookings.book(clerk, bad)
    assert {"booking_organisation", "booking_purpose", "booking_contact_phone",
            "booking_attendees"} <= set(messages(err.value))  # fmt: skip


def test_study_seats(services: Services, clerk: StaffSession) -> None:
    study = room(services, clerk, "ZX01")
    seat_form = form(study.id, at(MONDAY, 20), at(MONDAY, 23), attendees=1,
                     booker_kind="resident", organisation="", contact_name="张三")  # fmt: skip
    taken = [services.bookings.book(clerk, seat_form).seat for _ in range(40)]
    assert sorted(taken) == list(range(1, 41))
    with pytest.raises(ConflictError) as err:
        services.bookings.book(clerk, seat_form)
    assert "All 40 seats" in err.value.render()
    with pytest.raises(ConflictError) as err:
        late = replace(seat_form, seat=7, starts_at=at(MONDAY, 22), ends_at=at(MONDAY, 23, 30))
        services.bookings.book(clerk, late)
    assert "Seat 7" in err.value.render()
    # The 24-hour zone is open at night and on public holidays.
    night = services.bookings.book(
        clerk, replace(seat_form, starts_at=at(MONDAY, 23), ends_at=at(MONDAY, 23, 45))
    )
    assert night.seat == 1


def test_a_seat_needs_no_purpose_a_room_does(services: Services, clerk: StaffSession) -> None:
    study = room(services, clerk, "ZX01")
    seat = services.bookings.book(
        clerk,
        form(study.id, at(MONDAY, 9), at(MONDAY, 12), attendees=1, booker_kind="resident",
             organisation="", contact_name="顾欣磊", purpose="", seat=12),
    )  # fmt: skip
    assert (seat.seat, seat.purpose) == (12, "自习")
    typed = services.bookings.book(
        clerk,
        form(study.id, at(MONDAY, 9), at(MONDAY, 12), attendees=1, booker_kind="resident",
             organisation="", contact_name="李四", purpose="备考"),
    )  # fmt: skip
    assert typed.purpose == "备考"  # what was typed is kept
    reading = room(services, clerk, "YL01")
    with pytest.raises(ValidationError) as err:
        services.bookings.book(clerk, form(reading.id, at(MONDAY, 9), at(MONDAY, 10), purpose=""))
    assert set(messages(err.value)) == {"booking_purpose"}


def test_approval(services: Services, admin: StaffSession, clerk: StaffSession) -> None:
    meeting = room(services, clerk, "HY01")
    pending = services.bookings.book(clerk, form(meeting.id, at(MONDAY, 14), at(MONDAY, 16)))
    assert pending.status is BookingStatus.PENDING
    with pytest.raises(ConflictError):  # the slot is held while pending
        services.bookings.book(clerk, form(meeting.id, at(MONDAY, 15), at(MONDAY, 17)))
    with pytest.raises(PermissionDenied):
        services.bookings.approve(clerk, pending.id)
    assert services.bookings.approve(admin, pending.id).status is BookingStatus.CONFIRMED
    other = services.bookings.book(clerk, form(meeting.id, at(MONDAY, 9), at(MONDAY, 10)))
    declined = services.bookings.decline(admin, other.id, "与党课时间冲突")
    assert declined.status is BookingStatus.DECLINED
    again = services.bookings.book(clerk, form(meeting.id, at(MONDAY, 9), at(MONDAY, 10)))
    assert again.status is BookingStatus.PENDING


def test_repeat_with_conflicts(services: Services, clerk: StaffSession) -> None:
    youth = room(services, clerk, "WC01")
    # A summer class on weekday afternoons for two weeks; one date is already taken.
    blocker = services.bookings.book(
        clerk,
        form(youth.id, at(MONDAY + timedelta(days=2), 14), at(MONDAY + timedelta(days=2), 15)),
    )
    rule = RepeatRule(
        RepeatFrequency.WEEKLY, frozenset({0, 1, 2, 3, 4}), until=MONDAY + timedelta(days=11)
    )
    first = form(youth.id, at(MONDAY, 14), at(MONDAY, 16), purpose="暑托班")
    preview = services.bookings.preview_series(clerk, first, rule)
    assert len(preview) == 10
    bad = [d for d in preview if not d.free]
    assert [d.day for d in bad] == [MONDAY + timedelta(days=2)]
    assert bad[0].problem is not None and blocker.number in bad[0].problem.render()
    with pytest.raises(ConflictError):
        services.bookings.book_series(clerk, first, rule, skip_conflicts=False)
    result = services.bookings.book_series(clerk, first, rule, skip_conflicts=True)
    assert len(result.booked) == 9 and [d.day for d in result.skipped] == [
        MONDAY + timedelta(days=2)
    ]
    series = services.booking_plans.series(clerk, result.series_id)
    assert len(series) == 9
    one = services.bookings.cancel(clerk, series[0].id, "学生考试")
    assert len(one) == 1
    rest = services.bookings.cancel(clerk, series[1].id, "停办", whole_series=True)
    assert len(rest) == 8
    assert all(
        b.status is BookingStatus.CANCELLED
        for b in services.booking_plans.series(clerk, result.series_id)
    )


def test_move_and_extend(services: Services, clerk: StaffSession) -> None:
    reading = room(services, clerk, "YL01")
    a = services.bookings.book(clerk, form(reading.id, at(MONDAY, 9), at(MONDAY, 10)))
    b = services.bookings.book(clerk, form(reading.id, at(MONDAY, 11), at(MONDAY, 12)))
    with pytest.raises(ConflictError) as err:
        services.bookings.move(clerk, a.id, starts_at=at(MONDAY, 9), ends_at=at(MONDAY, 11, 30))
    assert b.number in err.value.render()
    longer = services.bookings.move(clerk, a.id, starts_at=at(MONDAY, 9), ends_at=at(MONDAY, 11))
    assert longer.ends_at == at(MONDAY, 11) and longer.number == a.number
    calligraphy = room(services, clerk, "SF01")
    moved = services.bookings.move(
        clerk, b.id, starts_at=at(MONDAY, 9), ends_at=at(MONDAY, 10), room_id=calligraphy.id
    )
    assert moved.room_name == "书法室"


def test_check_in_and_no_show(services: Services, clerk: StaffSession, clock: FixedClock) -> None:
    reading = room(services, clerk, "YL01")
    today = clock.now().date()
    soon = services.bookings.book(clerk, form(reading.id, at(today, 10), at(today, 11)))
    late = services.bookings.book(clerk, form(reading.id, at(today, 11), at(today, 12)))
    with pytest.raises(ConflictError) as err:
        services.bookings.check_in(clerk, late.id)
    assert "opens at 10:00" in err.value.render()
    assert services.bookings.check_in(clerk, soon.id).status is BookingStatus.CHECKED_IN
    clock.advance(minutes=105)  # 11:15: late's grace ends now
    assert services.bookings.release_no_shows(clerk.site_id) == [late.number]
    assert services.booking_plans.get(clerk, late.id).status is BookingStatus.NO_SHOW
    assert services.bookings.release_no_shows(clerk.site_id) == []
    # The released slot can be booked again.
    services.bookings.book(clerk, form(reading.id, at(today, 11, 15), at(today, 12)))


def test_database_refuses_an_overlap_the_service_did_not_see(
    services: Services, clerk: StaffSession
) -> None:
    reading = room(services, clerk, "YL01")
    first = services.bookings.book(clerk, form(reading.id, at(MONDAY, 9), at(MONDAY, 10)))
    with pytest.raises(Exception) as err, services.db.write() as s:
        s.execute(
            text(
                "INSERT INTO booking (site_id, number, room_id, seat, starts_at, ends_at, status,"
                " booker_kind, organisation, purpose, attendees, contact_name, contact_phone,"
                " channel, note, clerk_id, created_at, updated_at, end_reason)"
                " SELECT site_id, 'X-1', room_id, seat, :s, :e, 'confirmed', booker_kind,"
                " organisation, purpose, attendees, contact_name, contact_phone, channel, note,"
                " clerk_id, created_at, updated_at, '' FROM booking WHERE id = :id"
            ),
            {"s": at(MONDAY, 9, 30), "e": at(MONDAY, 10, 30), "id": first.id},
        )
    assert "overlap" in str(err.value).lower() or "exclu" in str(err.value).lower()


def test_pending_list_and_series_cancel_from_a_date(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    meeting = room(services, clerk, "HY01")
    rule = RepeatRule(RepeatFrequency.WEEKLY, frozenset({0, 2}), count=4)
    result = services.bookings.book_series(
        clerk, form(meeting.id, at(MONDAY, 9), at(MONDAY, 10)), rule, skip_conflicts=False
    )
    pending = services.booking_plans.pending(admin)
    assert [b.number for b in pending] == [b.number for b in result.booked]
    services.bookings.approve(admin, result.booked[0].id)
    assert len(services.booking_plans.pending(admin)) == 3
    # "This and later dates" leaves the earlier dates standing.
    ended = services.bookings.cancel(clerk, result.booked[2].id, "场地另有安排", whole_series=True)
    assert [b.id for b in ended] == [result.booked[2].id, result.booked[3].id]
    statuses = [b.status for b in services.booking_plans.series(clerk, result.series_id)]
    assert statuses[:2] == [BookingStatus.CONFIRMED, BookingStatus.PENDING]


def test_booking_on_a_database_whose_calendar_is_not_seeded_yet(
    services: Services, clerk: StaffSession
) -> None:
    with services.db.write() as s:
        s.execute(text("DELETE FROM calendar_day"))
        s.execute(text("DELETE FROM calendar_year"))
    services.calendar._invalidate()
    reading = room(services, clerk, "YL01")
    booked = services.bookings.book(clerk, form(reading.id, at(MONDAY, 9), at(MONDAY, 10)))
    assert booked.status is BookingStatus.CONFIRMED
