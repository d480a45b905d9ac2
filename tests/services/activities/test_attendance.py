"""Attendance at the door and from the paper: scanning slips, marking names, "all present",
absent and excused kept apart, and when a session can be marked at all."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from hall_desk.domain.activities import AttendanceSource, AttendanceStatus
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import ActivityDetail, SignupForm, SignupRow
from hall_desk.services.session import StaffSession
from tests.services.activities.activity_helpers import (
    activity_form,
    audit_rows,
    child,
    children_form,
    make_activity,
    make_course,
    other_center,
    resident,
)

PRESENT, ABSENT, EXCUSED = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def course(services: Services, clerk: StaffSession) -> tuple[ActivityDetail, list[SignupRow]]:
    """A course for three children (Mondays and Wednesdays 15:00) and four signed up."""
    detail = make_course(services, clerk, children_form(capacity=3))
    rows = []
    for n, (mother, kid) in enumerate([("李红", "王小明"), ("张丽", "张小强"), ("陈芳", "陈小美"),
                                        ("刘静", "刘小军")]):  # fmt: skip
        guardian = resident(services, clerk, mother, f"1370000{n:04d}")
        rows.append(services.signups.sign_up(clerk, detail.row.id, child(guardian, kid)))
    return detail, rows


def test_marking_opens_an_hour_before_the_session(
    services: Services, clerk: StaffSession, clock: FixedClock, course: tuple
) -> None:
    detail, rows = course
    first = detail.sessions[0].id
    with pytest.raises(ConflictError, match="from 14:00 on 2026-11-23"):
        services.attendance.scan(clerk, first, rows[0].number)
    with pytest.raises(ConflictError, match="from 14:00"):
        services.attendance.all_present(clerk, first)
    clock.advance(days=3, hours=4, minutes=30)  # Monday 14:00
    assert services.attendance.scan(clerk, first, rows[0].number).line.status is PRESENT


def test_scanning_slips_at_the_door(
    services: Services, clerk: StaffSession, clock: FixedClock, course: tuple
) -> None:
    detail, rows = course
    session = detail.sessions[0].id
    lecture = make_activity(services, clerk, form=activity_form(title="防诈骗讲座"), room=None)
    adult = resident(services, clerk, "周大爷", "13600005555")
    theirs = services.signups.sign_up(clerk, lecture.row.id, SignupForm(adult))
    clock.advance(days=3, hours=5, minutes=25)  # Monday 14:55
    scanned = services.attendance.scan(clerk, session, f" {rows[1].number.lower()}\n")
    assert not scanned.already
    line = scanned.line
    assert (line.signup_id, line.name, line.guardian_name) == (rows[1].id, "张小强", "张丽")
    assert line.status is PRESENT and line.source is AttendanceSource.SCAN
    assert line.masked_phone == "137****0001"
    again = services.attendance.scan(clerk, session, rows[1].number)
    assert again.already and again.line.marked_at == scanned.line.marked_at
    with pytest.raises(ConflictError, match="waiting list \\(place 1\\)"):
        services.attendance.scan(clerk, session, rows[3].number)
    services.signups.cancel(clerk, rows[2].id, "生病")  # the one waiting moves up
    with pytest.raises(ConflictError, match="was cancelled"):
        services.attendance.scan(clerk, session, rows[2].number)
    assert services.attendance.scan(clerk, session, rows[3].number).line.name == "刘小军"
    with pytest.raises(NotFoundError, match="CN01-S2026-00099"):
        services.attendance.scan(clerk, session, "CN01-S2026-00099")
    with pytest.raises(ValidationError) as garbage:
        services.attendance.scan(clerk, session, "王小明")
    assert garbage.value.field == "scan"
    with pytest.raises(ConflictError, match="is for “防诈骗讲座”, not for “暑期托管班”"):
        services.attendance.scan(clerk, session, theirs.number)
    sheet = services.attendance.sheet(clerk, session)
    assert (sheet.session.present, sheet.session.absent) == (2, 0)
    assert sheet.session.attendance_saved_at is not None
    marks = [a for a in audit_rows(services, "activity_session") if a.action == "mark_attendance"]
    assert len(marks) == 2  # the second scan of a slip changes nothing


def test_marks_from_the_sheet_keep_absent_and_excused_apart(
    services: Services, clerk: StaffSession, clock: FixedClock, course: tuple
) -> None:
    detail, rows = course
    session = detail.sessions[0].id
    clock.advance(days=3, hours=8)  # Monday 17:30, after the session: the paper is entered
    sheet = services.attendance.sheet(clerk, session)
    assert [line.signup_id for line in sheet.lines] == [r.id for r in rows[:3]]
    assert all(line.status is None for line in sheet.lines)
    marks = {rows[0].id: PRESENT, rows[1].id: ABSENT, rows[2].id: EXCUSED}
    sheet = services.attendance.mark(clerk, session, marks, AttendanceSource.SHEET)
    assert [line.status for line in sheet.lines] == [PRESENT, ABSENT, EXCUSED]
    assert {line.source for line in sheet.lines} == {AttendanceSource.SHEET}
    assert (sheet.session.present, sheet.session.absent, sheet.session.excused) == (1, 1, 1)
    listed = {r.id: r for r in services.signups.signups(clerk, detail.row.id)}
    assert (listed[rows[1].id].attended, listed[rows[1].id].absent) == (0, 1)
    assert listed[rows[2].id].excused == 1
    # A mark cleared is gone; unchanged marks keep their source.
    sheet = services.attendance.mark(
        clerk, session, {rows[1].id: None, rows[0].id: PRESENT}, AttendanceSource.DESK
    )
    assert [line.status for line in sheet.lines] == [PRESENT, None, EXCUSED]
    assert sheet.lines[0].source is AttendanceSource.SHEET
    # Someone not holding a place cannot be marked; nothing of that save is kept.
    with pytest.raises(ConflictError, match="no longer hold a place"):
        services.attendance.mark(clerk, session, {rows[1].id: PRESENT, rows[3].id: PRESENT},
                                 AttendanceSource.DESK)  # fmt: skip
    assert services.attendance.sheet(clerk, session).lines[1].status is None


def test_all_present_keeps_the_absent_and_the_excused(
    services: Services, clerk: StaffSession, clock: FixedClock, course: tuple
) -> None:
    detail, rows = course
    session = detail.sessions[0].id
    clock.advance(days=3, hours=6)  # Monday 15:30
    services.attendance.mark(clerk, session, {rows[1].id: EXCUSED}, AttendanceSource.DESK)
    sheet = services.attendance.all_present(clerk, session)
    assert [line.status for line in sheet.lines] == [PRESENT, EXCUSED, PRESENT]
    assert sheet.lines[0].source is AttendanceSource.ALL
    assert sheet.lines[1].source is AttendanceSource.DESK
    row = audit_rows(services, "activity_session")[-1]
    assert row.action == "mark_attendance" and '"present": 2' in row.detail


def test_a_cancelled_session_takes_no_marks(
    services: Services, clerk: StaffSession, clock: FixedClock, course: tuple
) -> None:
    detail, rows = course
    second = detail.sessions[1].id
    services.activities.cancel_session(clerk, second, "停电")
    clock.advance(days=5, hours=6)  # Wednesday 15:30
    with pytest.raises(ConflictError, match="cancelled"):
        services.attendance.scan(clerk, second, rows[0].number)
    with pytest.raises(ConflictError, match="cancelled"):
        services.attendance.mark(clerk, second, {rows[0].id: PRESENT}, AttendanceSource.DESK)


def test_the_sign_in_sheet_lists_everyone_holding_a_place(
    services: Services, clerk: StaffSession, course: tuple
) -> None:
    detail, rows = course
    pdf = services.attendance.sign_in_sheet_pdf(clerk, detail.sessions[2].id)
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(BytesIO(pdf)).pages)
    assert "暑期托管班签到表" in text and "第3次（共12次）" in text and "书法室" in text
    for name in ("王小明", "张小强", "陈小美", "李红（母亲）", "137****0000", rows[0].number):
        assert name in text
    assert "刘小军" not in text  # still waiting
    assert "13700000000" not in text
    assert audit_rows(services, "activity_session")[-1].action == "print"


def test_another_centers_session_is_not_found(
    services: Services, clerk: StaffSession, course: tuple
) -> None:
    detail, rows = course
    stranger = other_center(services)
    session = detail.sessions[0].id
    with pytest.raises(NotFoundError):
        services.attendance.sheet(stranger, session)
    with pytest.raises(NotFoundError):
        services.attendance.scan(stranger, session, rows[0].number)
    with pytest.raises(NotFoundError):
        services.attendance.sign_in_sheet_pdf(stranger, session)
