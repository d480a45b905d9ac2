"""One activity's whole life on SQLite and on PostgreSQL: a course with its rooms booked, people
signed up and moved up from the waiting list, attendance taken, the lists counted by SQL."""

from __future__ import annotations

from hall_desk.domain.activities import AttendanceSource, AttendanceStatus, SignupStatus
from hall_desk.domain.bookings import BookingStatus
from hall_desk.domain.clock import FixedClock
from hall_desk.printing.slip_layout import SlipLayout
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import ActivityQuery
from hall_desk.services.session import StaffSession
from tests.services.activities.activity_helpers import (
    COURSE_SESSIONS,
    MONDAY,
    child,
    children_form,
    make_course,
    resident,
)


def test_an_activity_from_creation_to_attendance(
    services: Services, clerk: StaffSession, clock: FixedClock
) -> None:
    course = make_course(services, clerk, children_form(capacity=2))
    assert len(course.sessions) == COURSE_SESSIONS
    rows = []
    for n, kid in enumerate(("王小明", "张小强", "陈小美")):
        guardian = resident(services, clerk, f"家长{'甲乙丙'[n]}", f"1370000{n:04d}")
        rows.append(services.signups.sign_up(clerk, course.row.id, child(guardian, kid)))
    assert [r.status for r in rows] == [SignupStatus.ENROLLED] * 2 + [SignupStatus.WAITING]
    moved = services.signups.cancel(clerk, rows[0].id, "搬家").promoted
    assert [r.id for r in moved] == [rows[2].id]
    assert services.signups.slip_pdf(clerk, rows[2].id, SlipLayout.ROLL80).startswith(b"%PDF")

    (listed,) = services.activities.list(clerk, ActivityQuery(text="托管"))
    assert (listed.enrolled, listed.waiting, listed.sessions) == (2, 0, COURSE_SESSIONS)
    clock.advance(days=3, hours=5)  # Monday 14:30
    first = course.sessions[0].id
    services.attendance.scan(clerk, first, rows[1].number)
    sheet = services.attendance.mark(
        clerk, first, {rows[2].id: AttendanceStatus.EXCUSED}, AttendanceSource.DESK
    )
    assert [line.status for line in sheet.lines] == [
        AttendanceStatus.PRESENT,
        AttendanceStatus.EXCUSED,
    ]
    ((row, session),) = services.activities.sessions_on(clerk, MONDAY)
    assert row.id == course.row.id and (session.present, session.excused) == (1, 1)
    assert services.attendance.sign_in_sheet_pdf(clerk, first).startswith(b"%PDF")

    clock.advance(hours=1)  # 15:30: Monday's session has begun and stays
    cancelled = services.activities.cancel(clerk, course.row.id, "场地改造")
    assert cancelled.row.sessions == 1
    last = services.booking_plans.get(clerk, _booking_of(services, course.sessions[-1].id))
    assert last.status is BookingStatus.CANCELLED


def _booking_of(services: Services, session_id: int) -> int:
    from hall_desk.db.activity_models import ActivitySession

    with services.db.read() as s:
        session = s.get(ActivitySession, session_id)
        assert session is not None and session.booking_id is not None
        return session.booking_id
