"""Activities and their sessions: a course books every session's room through the booking desk,
a conflict is named as for any booking, skipped dates are reported, cancelling frees the rooms,
and an activity's bookings are never released as no-shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from hall_desk.domain.activities import (
    ActivityStatus,
    OrganiserKind,
    SessionStatus,
)
from hall_desk.domain.bookings import BookerKind, BookingStatus
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import ActivityQuery
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.session import StaffSession
from tests.services.activities.activity_helpers import (
    CALLIGRAPHY_ROOM,
    COURSE_RULE,
    COURSE_SESSIONS,
    MONDAY,
    activity_form,
    at,
    audit_rows,
    children_form,
    make_activity,
    make_course,
    other_center,
    plan,
    room_id,
)
from tests.services.party.rows import add_unit


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


def _partner_booking(services: Services, actor: StaffSession, day: date) -> BookingForm:
    return BookingForm(
        room_id=room_id(services, actor, CALLIGRAPHY_ROOM),
        starts_at=at(day, 15, 30),
        ends_at=at(day, 16, 30),
        booker_kind=BookerKind.PARTNER.value,
        organisation="城南小学",
        purpose="书法社团",
        attendees=10,
        contact_name="赵老师",
        contact_phone="13812345678",
    )


def test_a_course_books_the_room_of_every_session(services: Services, clerk: StaffSession) -> None:
    detail = make_course(services, clerk)
    row = detail.row
    assert row.number == "CN01-A2026-0001"
    assert row.status is ActivityStatus.OPEN and row.organiser_kind is OrganiserKind.CENTER
    assert row.organiser_name == "城南社区党群服务中心"
    assert row.sessions == COURSE_SESSIONS == len(detail.sessions)
    assert {x.starts_at.weekday() for x in detail.sessions} == {0, 2}
    assert [x.seq for x in detail.sessions] == list(range(1, COURSE_SESSIONS + 1))
    assert row.first_starts_at == at(MONDAY, 15) and row.last_ends_at == at(date(2026, 12, 30), 17)
    assert all(x.place == "书法室" and x.booking_number for x in detail.sessions)
    assert detail.skipped == []
    booking = services.booking_plans.get(clerk, _booking_id(services, detail.sessions[0].id))
    assert booking.booker_kind is BookerKind.STAFF
    assert booking.purpose == "暑期托管班" and booking.note == row.number
    assert booking.attendees == 20 and booking.status is BookingStatus.CONFIRMED
    created = audit_rows(services, "activity")[-1]
    assert created.action == "create_activity" and '"booked": 12' in created.detail


def test_a_conflict_is_named_as_for_any_booking_and_nothing_is_saved(
    services: Services, clerk: StaffSession
) -> None:
    taken = services.bookings.book(clerk, _partner_booking(services, clerk, date(2026, 12, 9)))
    with pytest.raises(ConflictError) as refused:
        make_course(services, clerk)
    text = refused.value.render()
    assert "书法室 is already booked" in text and taken.number in text and "城南小学" in text
    assert services.activities.list(clerk, ActivityQuery(include_cancelled=True)) == []
    monday = services.booking_plans.day_plan(clerk, MONDAY)
    assert all(b.purpose != "暑期托管班" for room in monday for b in room.bookings)


def test_skip_conflicts_keeps_the_free_dates_and_reports_the_others(
    services: Services, clerk: StaffSession
) -> None:
    services.bookings.book(clerk, _partner_booking(services, clerk, date(2026, 12, 9)))
    rid = room_id(services, clerk, CALLIGRAPHY_ROOM)
    course = plan(rid, start=(15, 0), end=(17, 0), rule=COURSE_RULE)
    preview = services.activities.preview_sessions(clerk, course)
    assert len(preview) == COURSE_SESSIONS
    assert [c.starts_at.date() for c in preview if not c.free] == [date(2026, 12, 9)]
    assert services.activities.list(clerk, ActivityQuery()) == []  # a preview saves nothing
    detail = services.activities.create(clerk, children_form(), course, skip_conflicts=True)
    assert len(detail.sessions) == COURSE_SESSIONS - 1
    assert [c.starts_at.date() for c in detail.skipped] == [date(2026, 12, 9)]
    problem = detail.skipped[0].problem
    assert problem is not None and "already booked" in problem.render()
    assert date(2026, 12, 9) not in {x.starts_at.date() for x in detail.sessions}


def test_a_public_holiday_and_a_closed_day_are_conflicts_too(
    services: Services, clerk: StaffSession
) -> None:
    rid = room_id(services, clerk, CALLIGRAPHY_ROOM)
    new_year = plan(rid, date(2027, 1, 1), (9, 0), (10, 0))
    (check,) = services.activities.preview_sessions(clerk, new_year)
    assert check.problem is not None and "closed" in check.problem.render()
    with pytest.raises(ConflictError, match="closed"):
        services.activities.create(clerk, activity_form(), new_year)


def test_sessions_outside_the_rooms_need_a_place(services: Services, clerk: StaffSession) -> None:
    with pytest.raises(ValidationError) as missing:
        services.activities.create(clerk, activity_form(), plan(None))
    assert missing.value.field == "session_place"
    detail = services.activities.create(clerk, activity_form(), plan(None, place="社区广场"))
    (session,) = detail.sessions
    assert session.place == "社区广场" and session.booking_number == "" and session.room_id is None
    # The same time again outside the rooms is the activity meeting twice.
    with pytest.raises(ConflictError, match="already meets"):
        services.activities.add_sessions(clerk, detail.row.id, plan(None, place="社区广场"))


def test_the_form_is_checked_field_by_field(services: Services, clerk: StaffSession) -> None:
    bad = activity_form(title=" ", capacity="0", signup_opens_at=at(MONDAY, 9),
                        signup_closes_at=at(MONDAY, 8))  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        services.activities.create(clerk, bad, None)
    fields = {e.field for e in refused.value.errors}
    assert fields == {"activity_title", "activity_capacity", "activity_window"}
    with pytest.raises(ValidationError) as ages:
        services.activities.create(clerk, children_form(age_min="", age_max=20), None)
    assert {e.field for e in ages.value.errors} == {"activity_ages"}
    with pytest.raises(ValidationError, match="between 1 and 2000"):
        services.activities.create(clerk, activity_form(capacity=2001), None)
    with pytest.raises(ValidationError) as unit:
        services.activities.create(clerk, activity_form(organiser_kind="unit"), None)
    assert unit.value.field == "activity_organiser"


def test_a_unit_organises_and_books_as_a_partner(
    services: Services, clerk: StaffSession, admin: StaffSession
) -> None:
    unit = add_unit(services.db, clerk.site_id, "县人民医院", "institution")
    retired = add_unit(services.db, clerk.site_id, "县老干局", "institution")
    services.registry.set_unit_retired(admin, retired, True)
    choices = services.activities.organisers(clerk)
    assert choices[0].kind is OrganiserKind.CENTER and choices[0].id is None
    assert [(c.kind, c.id) for c in choices[1:]] == [(OrganiserKind.UNIT, unit)]
    form = activity_form(title="义诊", kind="clinic", organiser_kind="unit", organiser_id=unit)
    detail = make_activity(services, clerk, form=form)
    assert detail.row.organiser_name == "县人民医院" and detail.form.organiser_id == unit
    booking = services.booking_plans.get(clerk, _booking_id(services, detail.sessions[0].id))
    assert booking.booker_kind is BookerKind.PARTNER and booking.organisation == "县人民医院"
    with pytest.raises(ValidationError, match="no longer reports"):
        make_activity(services, clerk, form=replace(form, organiser_id=retired), room=None)


def test_cancelling_a_session_or_the_activity_frees_the_rooms(
    services: Services, clerk: StaffSession
) -> None:
    detail = make_course(services, clerk)
    first, second = detail.sessions[0], detail.sessions[1]
    after = services.activities.cancel_session(clerk, first.id, "老师生病")
    assert (
        after.sessions[0].status is SessionStatus.CANCELLED
        and after.row.sessions == COURSE_SESSIONS - 1
    )
    freed = services.booking_plans.get(clerk, _booking_id(services, first.id))
    assert freed.status is BookingStatus.CANCELLED
    # The room is free again for anyone at that time.
    services.bookings.book(clerk, _partner_booking(services, clerk, MONDAY))
    with pytest.raises(ConflictError, match="already been cancelled"):
        services.activities.cancel_session(clerk, first.id, "again")
    cancelled = services.activities.cancel(clerk, detail.row.id, "场地维修")
    assert cancelled.row.status is ActivityStatus.CANCELLED
    assert cancelled.cancel_reason == "场地维修"
    assert all(x.status is SessionStatus.CANCELLED for x in cancelled.sessions)
    booking = services.booking_plans.get(clerk, _booking_id(services, second.id))
    assert booking.status is BookingStatus.CANCELLED
    with pytest.raises(ConflictError, match="cancelled"):
        services.activities.update(clerk, detail.row.id, children_form(capacity=25))
    assert booking.end_reason == f"活动场次取消（{detail.row.number}）"
    rows = [*audit_rows(services, "activity_session"), *audit_rows(services, "activity"),
            *audit_rows(services, "booking")]  # fmt: skip
    assert all("老师生病" not in r.detail and "场地维修" not in r.detail for r in rows)


def test_a_session_over_cannot_be_cancelled(
    services: Services, clerk: StaffSession, clock: FixedClock
) -> None:
    detail = make_activity(services, clerk)
    clock.advance(days=3, hours=2)  # Monday 11:30
    with pytest.raises(ConflictError, match="over"):
        services.activities.cancel_session(clerk, detail.sessions[0].id, "太晚了")


def test_activity_bookings_are_not_released_as_no_shows(
    services: Services, clerk: StaffSession, clock: FixedClock
) -> None:
    detail = make_activity(services, clerk)
    other = services.bookings.book(clerk, _partner_booking(services, clerk, MONDAY))
    clock.advance(days=3, hours=7)  # Monday 16:30: both began long ago, neither checked in
    released = services.bookings.release_no_shows(clerk.site_id)
    assert released == [other.number]
    kept = services.booking_plans.get(clerk, _booking_id(services, detail.sessions[0].id))
    assert kept.status is BookingStatus.CONFIRMED


def test_update_renames_the_bookings_to_come(services: Services, clerk: StaffSession) -> None:
    detail = make_course(services, clerk)
    form = replace(detail.form, title="暑期托管班（二期）", capacity=12)
    updated = services.activities.update(clerk, detail.row.id, form)
    assert updated.row.title == "暑期托管班（二期）" and updated.row.capacity == 12
    booking = services.booking_plans.get(clerk, _booking_id(services, detail.sessions[3].id))
    assert booking.purpose == "暑期托管班（二期）" and booking.attendees == 12
    row = audit_rows(services, "activity")[-1]
    assert row.action == "update_activity" and '"changed": ["title", "capacity"]' in row.detail


def test_list_detail_the_door_and_numbers(services: Services, clerk: StaffSession) -> None:
    lecture = make_activity(services, clerk)
    course = make_course(services, clerk)
    outside = make_activity(services, clerk, form=activity_form(title="广场舞"), room=None)
    services.activities.cancel(clerk, outside.row.id, "下雨")
    query = services.activities.list
    assert [r.id for r in query(clerk, ActivityQuery())] == [course.row.id, lecture.row.id]
    assert len(query(clerk, ActivityQuery(include_cancelled=True))) == 3
    assert [r.id for r in query(clerk, ActivityQuery(text="托管"))] == [course.row.id]
    assert [r.id for r in query(clerk, ActivityQuery(text=lecture.row.number.lower()))] == [
        lecture.row.id
    ]
    assert [r.id for r in query(clerk, ActivityQuery(kind="lecture"))] == [lecture.row.id]
    later = ActivityQuery(start=date(2026, 12, 1), end=date(2026, 12, 31))
    assert [r.id for r in query(clerk, later)] == [course.row.id]
    assert all(r.signup_open for r in query(clerk, ActivityQuery()))
    door = services.activities.sessions_on(clerk, MONDAY)
    assert [(a.id, x.starts_at.hour) for a, x in door] == [(lecture.row.id, 9), (course.row.id, 15)]
    assert services.activities.detail(clerk, course.row.id) == replace(course, skipped=[])
    assert services.activities.open_number(clerk, f" {course.row.number} ") == (course.row.id, None)
    assert services.activities.open_number(clerk, "hello") is None
    with pytest.raises(NotFoundError):
        services.activities.open_number(clerk, "CN01-A2026-0099")


def test_another_centers_activities_are_not_found(services: Services, clerk: StaffSession) -> None:
    detail = make_activity(services, clerk)
    stranger = other_center(services)
    with pytest.raises(NotFoundError):
        services.activities.detail(stranger, detail.row.id)
    with pytest.raises(NotFoundError):
        services.activities.cancel(stranger, detail.row.id, "不是我们的")
    with pytest.raises(NotFoundError):
        services.activities.cancel_session(stranger, detail.sessions[0].id, "不是我们的")
    with pytest.raises(NotFoundError):
        services.activities.open_number(stranger, detail.row.number)
    assert services.activities.list(stranger, ActivityQuery()) == []


def _booking_id(services: Services, session_id: int) -> int:
    from hall_desk.db.activity_models import ActivitySession

    with services.db.read() as s:
        session = s.get(ActivitySession, session_id)
        assert session is not None and session.booking_id is not None
        return session.booking_id


def test_the_booking_desk_leaves_an_activity_sessions_booking_to_the_activities_page(
    services: Services, clerk: StaffSession
) -> None:
    detail = make_activity(services, clerk)
    booking = services.booking_plans.find_by_number(clerk, detail.sessions[0].booking_number)
    assert booking is not None
    with pytest.raises(ConflictError) as moved:
        services.bookings.move(
            clerk,
            booking.id,
            starts_at=booking.starts_at + timedelta(hours=1),
            ends_at=booking.ends_at + timedelta(hours=1),
        )
    assert moved.value.message.params["activity"] == detail.row.number
    with pytest.raises(ConflictError):
        services.bookings.cancel(clerk, booking.id, "不用了")
    services.activities.cancel_session(clerk, detail.sessions[0].id, "场地维修")
    assert services.booking_plans.get(clerk, booking.id).status is BookingStatus.CANCELLED
