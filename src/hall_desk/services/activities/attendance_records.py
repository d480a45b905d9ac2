"""The attendance of one session as the desk and the paper see it: everyone enrolled with their
mark, and the sign-in sheet's rows. Internal to the activities services.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hall_desk.db.activity_models import ActivitySession, ActivitySignup, SessionAttendance
from hall_desk.db.models import Site
from hall_desk.domain.activities import (
    ActivityKind,
    AttendanceSource,
    AttendanceStatus,
    Audience,
    SessionStatus,
    SignupStatus,
)
from hall_desk.domain.activity_rules import attendance_opens_at
from hall_desk.domain.errors import ConflictError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.phones import mask_phone
from hall_desk.printing.sign_in_sheet import SignInRow, SignInSheetData
from hall_desk.services.activities.activity_queries import (
    activity_rows,
    organiser_name,
    session_infos,
)
from hall_desk.services.activities.activity_records import AttendanceLine, AttendanceSheet
from hall_desk.services.activities.signup_records import (
    guardian_name,
    participant_name,
    phone_of,
)


def check_marking(session: ActivitySession, now: datetime) -> None:
    """Attendance is taken from an hour before the session starts, never for one called off."""
    if session.status == SessionStatus.CANCELLED.value:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages", "This session was cancelled; its attendance cannot be taken."
            )
        )
    opens = attendance_opens_at(session.starts_at)
    if now < opens:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages", "Attendance of this session can be taken from {time} on {day}."
            ),
            time=opens.strftime("%H:%M"),
            day=opens.date().isoformat(),
        )


def enrolled(s: Session, session: ActivitySession) -> list[ActivitySignup]:
    """Everyone holding a place in the session's activity, in sign-up order."""
    return list(
        s.scalars(
            select(ActivitySignup)
            .options(selectinload(ActivitySignup.resident))
            .where(
                ActivitySignup.activity_id == session.activity_id,
                ActivitySignup.status == SignupStatus.ENROLLED.value,
            )
            .order_by(ActivitySignup.queued_at, ActivitySignup.id)
        )
    )


def marks_of(s: Session, session: ActivitySession) -> dict[int, SessionAttendance]:
    rows = s.scalars(select(SessionAttendance).where(SessionAttendance.session_id == session.id))
    return {m.signup_id: m for m in rows}


def attendance_line(row: ActivitySignup, mark: SessionAttendance | None) -> AttendanceLine:
    phone = phone_of(row)
    return AttendanceLine(
        signup_id=row.id,
        number=row.number,
        name=participant_name(row),
        guardian_name=guardian_name(row),
        masked_phone=mask_phone(phone) if phone else "",
        status=AttendanceStatus(mark.status) if mark is not None else None,
        source=AttendanceSource(mark.source) if mark is not None else None,
        marked_at=mark.marked_at if mark is not None else None,
    )


def attendance_sheet(s: Session, session: ActivitySession, now: datetime) -> AttendanceSheet:
    s.flush()
    marks = marks_of(s, session)
    return AttendanceSheet(
        activity=activity_rows(s, [session.activity], now)[0],
        session=session_infos(s, [session])[0],
        lines=[attendance_line(r, marks.get(r.id)) for r in enrolled(s, session)],
    )


def sign_in_data(s: Session, session: ActivitySession, now: datetime) -> SignInSheetData:
    """The paper sheet of the session: everyone enrolled, the phone masked."""
    activity = session.activity
    site = s.get(Site, session.site_id)
    info = session_infos(s, [session])[0]
    rows = []
    for r in enrolled(s, session):
        guardian = guardian_name(r)
        if guardian and r.guardian_relation:
            guardian += f"（{r.guardian_relation}）"
        phone = phone_of(r)
        rows.append(SignInRow(participant_name(r), guardian, mask_phone(phone) if phone else "",
                              r.number))  # fmt: skip
    return SignInSheetData(
        center_name=site.name if site is not None else "",
        activity_title=activity.title,
        activity_number=activity.number,
        kind=ActivityKind(activity.kind),
        organiser=organiser_name(s, activity),
        session_seq=info.seq,
        session_count=len(activity.sessions),
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        place=info.place,
        children=activity.audience == Audience.CHILDREN.value,
        rows=tuple(rows),
        printed_at=now,
    )
