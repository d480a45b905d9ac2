"""The records behind one activity figure (the drill-down list), newest first.

A figure is named by a key: ``activities.sessions`` (or ``activities.activities``) for the
period's sessions, ``activities.kind:<kind>`` and ``activities.organiser:<key>`` for the
sessions of one row of a breakdown, ``activities.signups`` and ``activities.cancellations``
for sign-ups made or cancelled in the period, ``activities.waiting`` for the waiting lists
now, ``activities.present``, ``activities.absent``, ``activities.excused`` and
``activities.marked`` for attendance marks of the period's sessions, and
``volunteers.shifts`` (or ``volunteers.volunteers``, ``volunteers.hours``),
``volunteers.supplementary`` and ``volunteers.signed_in`` for volunteer shifts. The list holds
exactly what the figure counts (the conditions of ``activity_queries``), at most
:data:`RECORD_LIMIT`.

Rows are ``RecordRow``s of kind ``session`` (``ref`` the activity's number, ``who`` the
organiser, ``what`` the title, ``status`` the kind, ``detail`` the room or place),
``signup`` and ``attendance`` (``ref`` the slip's number, ``who`` the participant's name,
never a phone) or ``shift`` (``who`` the volunteer, ``what`` the role, ``detail`` hours).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import (
    Activity,
    ActivitySession,
    ActivitySignup,
    SessionAttendance,
    VolunteerRole,
    VolunteerShift,
)
from hall_desk.db.models import Resident
from hall_desk.db.party_models import PartyMember
from hall_desk.domain.activities import (
    ATTENDANCE_STATUS_LABELS,
    SIGNUP_STATUS_LABELS,
    ActivityStatus,
    AttendanceStatus,
    OrganiserKind,
    ShiftStatus,
    SignupStatus,
    format_hours,
)
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import RecordRow
from hall_desk.services.figures import activity_queries as q
from hall_desk.services.figures.stats_rules import Condition

RECORD_LIMIT = 2000
#: Keys of the drill-down lists this module answers.
PREFIXES = ("activities.", "volunteers.")
_SUPPLEMENTARY = QT_TRANSLATE_NOOP("Messages", "Entered afterwards")


def unknown_figure(figure: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Messages", "There is no figure called “{figure}”."),
        field="figure",
        figure=figure[:60],
    )


def _label(labels: dict[Any, str], value: str) -> str:
    for key, text in labels.items():
        if key.value == value:
            return text
    return value


class ActivityRecordFinder:
    """Finds the records of one activity figure of one center, in an open session."""

    def __init__(self, s: Session, site_id: int, period: Period) -> None:
        self._s, self._site, self._period = s, site_id, period

    def find(self, figure: str) -> list[RecordRow]:
        name, keyed, arg = figure.partition(":")
        if keyed:
            return self._row(name, arg, figure)
        sessions = ("activities.activities", "activities.sessions")
        if name in sessions:
            return self._sessions(None)
        if name in ("activities.signups", "activities.cancellations", "activities.waiting"):
            return self._signups(name.removeprefix("activities."))
        statuses = {st.value: st for st in AttendanceStatus}
        measure = name.removeprefix("activities.")
        if name.startswith("activities.") and (measure in statuses or measure == "marked"):
            return self._marks(statuses.get(measure))
        shifts = {
            "volunteers.shifts": q.credited(),
            "volunteers.volunteers": q.credited(),
            "volunteers.hours": q.credited(),
            "volunteers.supplementary": and_(q.credited(), VolunteerShift.supplementary.is_(True)),
            "volunteers.signed_in": VolunteerShift.signed_in_at.is_not(None),
        }
        if name in shifts:
            return self._shifts(shifts[name])
        raise unknown_figure(figure)

    def _row(self, name: str, key: str, figure: str) -> list[RecordRow]:
        if name == "activities.kind":
            return self._sessions(Activity.kind == key)
        if name != "activities.organiser":
            raise unknown_figure(figure)
        kind, _, number = key.partition(":")
        if kind == OrganiserKind.CENTER.value and not number:
            return self._sessions(Activity.organiser_kind == kind)
        if not number.isdigit() or kind not in (OrganiserKind.UNIT, OrganiserKind.PROJECT):
            raise unknown_figure(figure)
        column = Activity.unit_id if kind == OrganiserKind.UNIT.value else Activity.project_id
        return self._sessions(and_(Activity.organiser_kind == kind, column == int(number)))

    def _run(self, query: Any) -> list[Any]:
        return list(self._s.execute(query.limit(RECORD_LIMIT)).all())

    # -- sessions ---------------------------------------------------------------------------------
    def _sessions(self, condition: Condition | None) -> list[RecordRow]:
        query = q.held_sessions(self._site, self._period).order_by(
            ActivitySession.starts_at.desc(), ActivitySession.id.desc()
        )
        if condition is not None:
            query = query.where(condition)
        return [
            RecordRow(
                kind="session",
                ref=r.number,
                at=r.starts_at,
                who=q.organiser_name(r.organiser_kind, r.unit, r.project),
                what=r.title,
                status=q.kind_label(r.kind),
                detail=" ".join(p for p in (f"{r.ends_at:%H:%M}", r.room or r.place) if p),
            )
            for r in self._run(query)
        ]

    # -- sign-ups and marks ---------------------------------------------------------------------
    def _signup_query(self, moment: Any) -> Select[Any]:
        return (
            select(
                ActivitySignup.number,
                moment.label("at"),
                ActivitySignup.child_name,
                Resident.name.label("resident"),
                ActivitySignup.status,
                Activity.title,
                Activity.number.label("activity"),
            )
            .join(Activity, Activity.id == ActivitySignup.activity_id)
            .join(Resident, Resident.id == ActivitySignup.resident_id)
            .where(*q.of_site(self._site))
        )

    def _signups(self, measure: str) -> list[RecordRow]:
        if measure == "waiting":
            moment: Any = ActivitySignup.queued_at
            condition: Condition = and_(
                ActivitySignup.status == SignupStatus.WAITING.value,
                Activity.status == ActivityStatus.OPEN.value,
            )
        else:
            moment = (
                ActivitySignup.created_at if measure == "signups" else ActivitySignup.cancelled_at
            )
            condition = and_(moment >= self._period.start, moment < self._period.end)
        query = self._signup_query(moment).where(condition)
        query = query.order_by(moment.desc(), ActivitySignup.id.desc())
        return [
            RecordRow(
                kind="signup",
                ref=r.number,
                at=r.at,
                who=r.child_name or r.resident,
                what=r.title,
                status=_label(SIGNUP_STATUS_LABELS, r.status),
                detail=r.activity,
            )
            for r in self._run(query)
        ]

    def _marks(self, status: AttendanceStatus | None) -> list[RecordRow]:
        query = (
            self._signup_query(ActivitySession.starts_at)
            .add_columns(SessionAttendance.status.label("mark"))
            .join(SessionAttendance, SessionAttendance.signup_id == ActivitySignup.id)
            .join(ActivitySession, ActivitySession.id == SessionAttendance.session_id)
            .where(q.held(self._period))
            .order_by(ActivitySession.starts_at.desc(), ActivitySignup.id.desc())
        )
        if status is not None:
            query = query.where(SessionAttendance.status == status.value)
        return [
            RecordRow(
                kind="attendance",
                ref=r.number,
                at=r.at,
                who=r.child_name or r.resident,
                what=r.title,
                status=_label(ATTENDANCE_STATUS_LABELS, r.mark),
                detail=r.activity,
            )
            for r in self._run(query)
        ]

    # -- volunteers -------------------------------------------------------------------------------
    def _shifts(self, condition: Condition) -> list[RecordRow]:
        query = (
            select(
                Activity.number,
                Activity.title,
                ActivitySession.starts_at,
                VolunteerRole.name.label("role"),
                PartyMember.name.label("member"),
                Resident.name.label("resident"),
                VolunteerShift.credited_minutes,
                VolunteerShift.supplementary,
            )
            .select_from(VolunteerShift)
            .join(ActivitySession, ActivitySession.id == VolunteerShift.session_id)
            .join(Activity, Activity.id == ActivitySession.activity_id)
            .join(VolunteerRole, VolunteerRole.id == VolunteerShift.role_id)
            .outerjoin(PartyMember, PartyMember.id == VolunteerShift.member_id)
            .outerjoin(Resident, Resident.id == VolunteerShift.resident_id)
            .where(*q.of_site(self._site), q.held(self._period), condition)
            .where(VolunteerShift.status == ShiftStatus.SIGNED.value)
            .order_by(ActivitySession.starts_at.desc(), VolunteerShift.id.desc())
        )
        return [
            RecordRow(
                kind="shift",
                ref=r.number,
                at=r.starts_at,
                who=r.member or r.resident or "",
                what=r.role,
                status=_SUPPLEMENTARY if r.supplementary else "",
                detail=f"{r.title} · {format_hours(r.credited_minutes)} h",
            )
            for r in self._run(query)
        ]
