"""Sign-ups as the desk sees them: names, the phone masked, the place on the waiting list and
how often each came. Internal to the activities services.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from hall_desk.db.activity_models import (
    Activity,
    ActivitySession,
    ActivitySignup,
    SessionAttendance,
)
from hall_desk.domain.activities import AttendanceStatus, SessionStatus, SignupStatus
from hall_desk.domain.activity_rules import Roster, age_on
from hall_desk.domain.errors import NotFoundError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.phones import mask_phone
from hall_desk.services.activities.activity_records import SignupRow
from hall_desk.services.session import StaffSession


def first_session_day(s: Session, activity: Activity) -> date | None:
    """The day of the activity's first planned session (children's ages are taken then)."""
    first = s.scalar(
        select(func.min(ActivitySession.starts_at)).where(
            ActivitySession.activity_id == activity.id,
            ActivitySession.status == SessionStatus.PLANNED.value,
        )
    )
    return first.date() if first is not None else None


def find_signup(s: Session, actor: StaffSession, signup_id: int) -> ActivitySignup:
    row = s.scalar(
        select(ActivitySignup).where(
            ActivitySignup.id == signup_id, ActivitySignup.site_id == actor.site_id
        )
    )
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This sign-up no longer exists."))
    return row


def phone_of(row: ActivitySignup) -> str:
    """The phone to reach the participant (the guardian's, for a child), in full."""
    return row.contact_phone or (row.resident.phone if row.resident is not None else "") or ""


def participant_name(row: ActivitySignup) -> str:
    return row.child_name or row.resident.name


def guardian_name(row: ActivitySignup) -> str:
    return row.resident.name if row.child_name else ""


def signup_rows(
    s: Session,
    activity: Activity,
    signups: Sequence[ActivitySignup],
    roster: Roster,
) -> list[SignupRow]:
    """Records of ``signups`` of one activity; ``roster`` gives the waiting positions."""
    ids = [r.id for r in signups]
    marks: dict[int, dict[str, int]] = defaultdict(dict)
    if ids:
        counted = s.execute(
            select(SessionAttendance.signup_id, SessionAttendance.status, func.count())
            .where(SessionAttendance.signup_id.in_(ids))
            .group_by(SessionAttendance.signup_id, SessionAttendance.status)
        ).all()
        for signup_id, status, count in counted:
            marks[signup_id][status] = int(count)
    first_day = first_session_day(s, activity)
    out = []
    for r in signups:
        phone = phone_of(r)
        age = None
        if r.child_birth_date is not None:
            age = age_on(r.child_birth_date, first_day or r.created_at.date())
        by_status = marks.get(r.id, {})
        out.append(
            SignupRow(
                id=r.id,
                activity_id=r.activity_id,
                number=r.number,
                status=SignupStatus(r.status),
                name=participant_name(r),
                guardian_name=guardian_name(r),
                guardian_relation=r.guardian_relation,
                masked_phone=mask_phone(phone) if phone else "",
                child_age=age,
                waiting_position=roster.position(r.id),
                queued_at=r.queued_at,
                promoted_at=r.promoted_at,
                cancelled_at=r.cancelled_at,
                attended=by_status.get(AttendanceStatus.PRESENT.value, 0),
                absent=by_status.get(AttendanceStatus.ABSENT.value, 0),
                excused=by_status.get(AttendanceStatus.EXCUSED.value, 0),
            )
        )
    return out


def activity_signups(
    s: Session, activity: Activity, *, include_cancelled: bool
) -> list[ActivitySignup]:
    """The activity's sign-ups: enrolled by sign-up time, then the waiting list in its order,
    then (if asked) the cancelled ones by when they cancelled."""
    query = (
        select(ActivitySignup)
        .options(selectinload(ActivitySignup.resident))
        .where(ActivitySignup.activity_id == activity.id)
        .order_by(ActivitySignup.queued_at, ActivitySignup.id)
    )
    if not include_cancelled:
        query = query.where(ActivitySignup.status != SignupStatus.CANCELLED.value)
    rows = list(s.scalars(query))
    rank = {SignupStatus.ENROLLED.value: 0, SignupStatus.WAITING.value: 1}

    def order(r: ActivitySignup) -> tuple[int, datetime]:
        if r.status in rank:
            return rank[r.status], datetime.min
        return 2, r.cancelled_at or datetime.min

    # sorted() is stable: within a status the queue order of the query is kept.
    return sorted(rows, key=order)
