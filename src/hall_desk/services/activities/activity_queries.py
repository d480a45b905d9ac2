"""Finding an activity or a session of the center, and turning rows into the desk's records.

Counts (sessions, sign-ups, attendance marks) are read in one grouped query per kind for all
the activities or sessions asked about, so a list of many activities costs a handful of
queries. Internal to the activities services.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import (
    Activity,
    ActivitySession,
    ActivitySignup,
    SessionAttendance,
    VolunteerRole,
)
from hall_desk.db.models import Site
from hall_desk.db.party_models import CommunityProject, PartyUnit
from hall_desk.db.room_models import Booking, Room
from hall_desk.domain.activities import (
    ActivityKind,
    ActivityStatus,
    AttendanceStatus,
    Audience,
    OrganiserKind,
    SessionStatus,
    SignupStatus,
)
from hall_desk.domain.activity_rules import signup_open
from hall_desk.domain.errors import NotFoundError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.activities.activity_records import (
    ActivityDetail,
    ActivityForm,
    ActivityRow,
    RoleInfo,
    SessionCheck,
    SessionInfo,
)
from hall_desk.services.session import StaffSession

PLANNED = SessionStatus.PLANNED.value
M = TypeVar("M", Room, Booking)


def is_postgresql(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def find_activity(
    s: Session, actor: StaffSession, activity_id: int, *, lock: bool = False
) -> Activity:
    """An activity of the actor's center; locked (PostgreSQL) when its places are to change.

    On SQLite the write transaction began IMMEDIATE, so no other desk is inside anyway.
    """
    query = select(Activity).where(Activity.id == activity_id, Activity.site_id == actor.site_id)
    if lock and is_postgresql(s):
        query = query.with_for_update()
    row = s.scalar(query)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This activity no longer exists."))
    return row


def find_session(
    s: Session, actor: StaffSession, session_id: int, *, lock: bool = False
) -> ActivitySession:
    """A session of one of the actor's center's activities (locked on PostgreSQL if asked)."""
    query = select(ActivitySession).where(
        ActivitySession.id == session_id, ActivitySession.site_id == actor.site_id
    )
    if lock and is_postgresql(s):
        query = query.with_for_update()
    row = s.scalar(query)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This session no longer exists."))
    return row


def organiser_name(s: Session, activity: Activity) -> str:
    if activity.organiser_kind == OrganiserKind.UNIT.value and activity.unit is not None:
        return activity.unit.name
    if activity.organiser_kind == OrganiserKind.PROJECT.value and activity.project is not None:
        return activity.project.title
    site = s.get(Site, activity.site_id)
    return site.name if site is not None else ""


def _session_spans(
    s: Session, ids: Sequence[int]
) -> dict[int, tuple[datetime | None, datetime | None, int]]:
    """First start, last end and number of the planned sessions of each activity."""
    rows = s.execute(
        select(
            ActivitySession.activity_id,
            func.min(ActivitySession.starts_at),
            func.max(ActivitySession.ends_at),
            func.count(),
        )
        .where(ActivitySession.activity_id.in_(ids), ActivitySession.status == PLANNED)
        .group_by(ActivitySession.activity_id)
    ).all()
    return {r[0]: (r[1], r[2], int(r[3])) for r in rows}


def signup_counts(s: Session, ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """Sign-ups of each activity by status."""
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    rows = s.execute(
        select(ActivitySignup.activity_id, ActivitySignup.status, func.count())
        .where(ActivitySignup.activity_id.in_(ids))
        .group_by(ActivitySignup.activity_id, ActivitySignup.status)
    ).all()
    for activity_id, status, count in rows:
        counts[activity_id][status] = int(count)
    return counts


def activity_rows(s: Session, activities: Sequence[Activity], now: datetime) -> list[ActivityRow]:
    """The list lines of ``activities``, in the order given."""
    ids = [a.id for a in activities]
    spans = _session_spans(s, ids) if ids else {}
    counts = signup_counts(s, ids) if ids else {}
    rows = []
    for a in activities:
        first, last, sessions = spans.get(a.id, (None, None, 0))
        status = ActivityStatus(a.status)
        by_status = counts.get(a.id, {})
        rows.append(
            ActivityRow(
                id=a.id,
                number=a.number,
                title=a.title,
                kind=ActivityKind(a.kind),
                organiser_kind=OrganiserKind(a.organiser_kind),
                organiser_name=organiser_name(s, a),
                status=status,
                first_starts_at=first,
                last_ends_at=last,
                sessions=sessions,
                capacity=a.capacity,
                enrolled=by_status.get(SignupStatus.ENROLLED.value, 0),
                waiting=by_status.get(SignupStatus.WAITING.value, 0),
                signup_open=signup_open(status, a.signup_opens_at, a.signup_closes_at, last, now),
            )
        )
    return rows


def _mark_counts(s: Session, session_ids: Iterable[int]) -> dict[int, dict[str, int]]:
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    ids = list(session_ids)
    if not ids:
        return counts
    rows = s.execute(
        select(SessionAttendance.session_id, SessionAttendance.status, func.count())
        .where(SessionAttendance.session_id.in_(ids))
        .group_by(SessionAttendance.session_id, SessionAttendance.status)
    ).all()
    for session_id, status, count in rows:
        counts[session_id][status] = int(count)
    return counts


def session_infos(s: Session, sessions: Sequence[ActivitySession]) -> list[SessionInfo]:
    """Records of ``sessions``, numbered among all the sessions of their activities."""
    activity_ids = {x.activity_id for x in sessions}
    seqs: dict[int, int] = {}
    if activity_ids:
        ordered = s.execute(
            select(ActivitySession.id, ActivitySession.activity_id)
            .where(ActivitySession.activity_id.in_(activity_ids))
            .order_by(ActivitySession.activity_id, ActivitySession.starts_at, ActivitySession.id)
        ).all()
        position: dict[int, int] = defaultdict(int)
        for session_id, activity_id in ordered:
            position[activity_id] += 1
            seqs[session_id] = position[activity_id]
    rooms = _by_id(s, Room, {x.room_id for x in sessions if x.room_id is not None})
    bookings = _by_id(s, Booking, {x.booking_id for x in sessions if x.booking_id is not None})
    marks = _mark_counts(s, (x.id for x in sessions))
    out = []
    for x in sessions:
        room = rooms.get(x.room_id) if x.room_id is not None else None
        booking = bookings.get(x.booking_id) if x.booking_id is not None else None
        counted = marks.get(x.id, {})
        out.append(
            SessionInfo(
                id=x.id,
                activity_id=x.activity_id,
                seq=seqs.get(x.id, 0),
                starts_at=x.starts_at,
                ends_at=x.ends_at,
                room_id=x.room_id,
                room_name=room.name if room is not None else "",
                place=room.name if room is not None else x.place,
                booking_number=booking.number if booking is not None else "",
                status=SessionStatus(x.status),
                attendance_saved_at=x.attendance_saved_at,
                present=counted.get(AttendanceStatus.PRESENT.value, 0),
                absent=counted.get(AttendanceStatus.ABSENT.value, 0),
                excused=counted.get(AttendanceStatus.EXCUSED.value, 0),
            )
        )
    return out


def _by_id(s: Session, model: type[M], ids: set[int]) -> dict[int, M]:
    if not ids:
        return {}
    return {r.id: r for r in s.scalars(select(model).where(model.id.in_(ids)))}


def activity_form(a: Activity) -> ActivityForm:
    """The activity as its form shows it for editing."""
    organiser_id = a.unit_id if a.organiser_kind == OrganiserKind.UNIT.value else a.project_id
    return ActivityForm(
        title=a.title,
        kind=a.kind,
        organiser_kind=a.organiser_kind,
        organiser_id=organiser_id if a.organiser_kind != OrganiserKind.CENTER.value else None,
        capacity=a.capacity,
        audience=a.audience,
        age_min=a.age_min,
        age_max=a.age_max,
        signup_opens_at=a.signup_opens_at,
        signup_closes_at=a.signup_closes_at,
        description=a.description,
    )


def activity_detail(
    s: Session, a: Activity, now: datetime, skipped: Sequence[SessionCheck] = ()
) -> ActivityDetail:
    s.flush()
    sessions = list(
        s.scalars(
            select(ActivitySession)
            .where(ActivitySession.activity_id == a.id)
            .order_by(ActivitySession.starts_at, ActivitySession.id)
        )
    )
    roles = s.scalars(
        select(VolunteerRole).where(VolunteerRole.activity_id == a.id).order_by(VolunteerRole.id)
    )
    return ActivityDetail(
        row=activity_rows(s, [a], now)[0],
        form=activity_form(a),
        audience=Audience(a.audience),
        age_min=a.age_min,
        age_max=a.age_max,
        signup_opens_at=a.signup_opens_at,
        signup_closes_at=a.signup_closes_at,
        description=a.description,
        cancel_reason=a.cancel_reason,
        sessions=session_infos(s, sessions),
        roles=[
            RoleInfo(r.id, r.activity_id, r.name, r.places, r.description, r.active) for r in roles
        ],
        skipped=list(skipped),
    )


def find_unit(s: Session, actor: StaffSession, unit_id: int | None) -> PartyUnit:
    unit = s.get(PartyUnit, unit_id) if unit_id is not None else None
    if unit is None or unit.site_id != actor.site_id:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This unit no longer exists."))
    return unit


def find_project(s: Session, actor: StaffSession, project_id: int | None) -> CommunityProject:
    project = s.get(CommunityProject, project_id) if project_id is not None else None
    if project is None or project.site_id != actor.site_id:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This project no longer exists."))
    return project
