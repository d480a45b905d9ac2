"""Volunteer roles, shifts, signing volunteers in and out, and hours entered afterwards (补录).

A shift is one volunteer's place in a role at one session. Signing up locks the session's row
and then the role's (SQLite's write transactions are IMMEDIATE anyway), so the places of a role
hold when several desks sign people up at once, and one person is signed up once per session.
Hours come from the desk's clock at sign-in and sign-out and are credited by the domain's rule
(``credited_minutes``) with the center's minimum share; every change is audited, and a reason
typed at the desk is never copied into the audit log.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import ActivitySession, VolunteerRole, VolunteerShift
from hall_desk.db.database import Database
from hall_desk.db.party_models import PartyMember
from hall_desk.domain.activities import (
    MIN_SHARE_KEY,
    ActivityStatus,
    SessionStatus,
    ShiftStatus,
    credited_minutes,
)
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, NotFoundError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.volunteer_rules import (
    check_sign_in_time,
    check_supplement,
    clean_min_share,
    clean_reason,
)
from hall_desk.services import audit
from hall_desk.services.activities.activity_records import (
    RoleForm,
    RoleInfo,
    ShiftRow,
    VolunteerCandidate,
    VolunteerRef,
)
from hall_desk.services.activities.volunteer_records import (
    SHIFT_LOADS,
    activity_of,
    check_ref,
    load_person,
    read_min_share,
    ref_condition,
    role_info,
    shift_of,
    shift_row,
    write_min_share,
)
from hall_desk.services.activities.volunteer_roles import save_roles
from hall_desk.services.activities.volunteer_search import find_candidates
from hall_desk.services.residents import ResidentService
from hall_desk.services.session import StaffSession


class VolunteerService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- roles ------------------------------------------------------------------------------
    def roles(self, actor: StaffSession, activity_id: int) -> list[RoleInfo]:
        """The activity's volunteer roles, those no longer in use included (``active`` False)."""
        with self._db.read() as s:
            activity = activity_of(s, actor.site_id, activity_id)
            return [role_info(role) for role in activity.roles]

    def save_roles(
        self, actor: StaffSession, activity_id: int, roles: list[RoleForm]
    ) -> list[RoleInfo]:
        """Save the roles table as edited: every role the activity keeps, in one go."""
        now = self._clock.now()
        with self._db.write() as s:
            activity = activity_of(s, actor.site_id, activity_id, lock=True)
            if activity.status == ActivityStatus.CANCELLED.value:
                raise _activity_cancelled(activity.title)
            saved = save_roles(s, activity, list(roles))
            audit.record(s, at=now, actor=actor, action="save_volunteer_roles",
                         entity="activity", entity_id=activity.id, added=saved.added,
                         changed=saved.changed, deactivated=saved.deactivated,
                         deleted=saved.deleted)  # fmt: skip
            s.expire(activity, ["roles"])
            return [role_info(role) for role in activity.roles]

    # -- finding volunteers and signing them up ---------------------------------------------
    def find_volunteers(self, actor: StaffSession, text: str) -> list[VolunteerCandidate]:
        """双报到 members (with their unit) first, then residents, matching a name, pinyin
        initials, a phone's last four digits, a whole phone or the end of an ID number."""
        residents = ResidentService(self._db, self._clock)
        with self._db.read() as s:
            return find_candidates(residents, s, actor, text, self._clock.today())

    def sign_up(
        self, actor: StaffSession, role_id: int, session_id: int, ref: VolunteerRef
    ) -> ShiftRow:
        """A volunteer takes a place of a role at one session."""
        check_ref(ref)
        now = self._clock.now()
        with self._db.write() as s:
            session = _session(s, actor.site_id, session_id, lock=True)
            role = s.scalar(
                select(VolunteerRole)
                .where(VolunteerRole.id == role_id, VolunteerRole.site_id == actor.site_id)
                .with_for_update()
            )
            if role is None or role.activity_id != session.activity_id:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "That volunteer role is not one of this activity's roles."
                    )
                )
            if not role.active:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "The role “{role}” is no longer in use."),
                    role=role.name,
                )
            _check_session_open(session)
            person = load_person(s, actor.site_id, ref)
            _check_member_listed(s, ref)
            same = s.scalar(
                select(VolunteerShift).where(
                    VolunteerShift.session_id == session.id,
                    VolunteerShift.status == ShiftStatus.SIGNED.value,
                    ref_condition(ref),
                )
            )
            if same is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{name} is already a volunteer at this session, as “{role}”."
                    ),
                    name=person.name,
                    role=same.role.name,
                )
            taken = s.scalar(
                select(func.count()).where(
                    VolunteerShift.role_id == role.id,
                    VolunteerShift.session_id == session.id,
                    VolunteerShift.status == ShiftStatus.SIGNED.value,
                )
            )
            if (taken or 0) >= role.places:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "All {places} places of “{role}” at this session are taken."
                    ),
                    places=role.places,
                    role=role.name,
                )
            shift = VolunteerShift(
                site_id=actor.site_id,
                role_id=role.id,
                session_id=session.id,
                member_id=ref.member_id,
                resident_id=ref.resident_id,
                status=ShiftStatus.SIGNED.value,
                credited_minutes=0,
                supplementary=False,
                clerk_id=actor.staff_id,
                created_at=now,
                updated_at=now,
            )
            s.add(shift)
            s.flush()
            audit.record(s, at=now, actor=actor, action="volunteer_sign_up",
                         entity="volunteer_shift", entity_id=shift.id, role_id=role.id,
                         session_id=session.id, member_id=ref.member_id,
                         resident_id=ref.resident_id)  # fmt: skip
            return shift_row(shift)

    def cancel(self, actor: StaffSession, shift_id: int, reason: str) -> ShiftRow:
        """Give the place back (a reason is required); a shift with hours recorded stays."""
        text = clean_reason(reason, what=QT_TRANSLATE_NOOP("Messages", "the reason"))
        now = self._clock.now()
        with self._db.write() as s:
            shift = _signed_shift(s, actor.site_id, shift_id)
            if shift.signed_out_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Hours are already recorded for this shift, so it cannot be cancelled. "
                        "Correct the times by entering them afterwards (补录) instead.",
                    )
                )
            shift.status = ShiftStatus.CANCELLED.value
            shift.cancel_reason = text
            shift.updated_at = now
            audit.record(s, at=now, actor=actor, action="cancel_volunteer_shift",
                         entity="volunteer_shift", entity_id=shift.id,
                         signed_in=shift.signed_in_at is not None,
                         reason_given=True)  # fmt: skip
            return shift_row(shift)

    # -- hours ------------------------------------------------------------------------------
    def sign_in(self, actor: StaffSession, shift_id: int) -> ShiftRow:
        """The volunteer arrives: the time is the desk's clock."""
        now = self._clock.now()
        with self._db.write() as s:
            shift = _signed_shift(s, actor.site_id, shift_id)
            _check_session_open(shift.session)
            if shift.signed_in_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "This volunteer already signed in at {time}."),
                    time=f"{shift.signed_in_at:%H:%M}",
                )
            check_sign_in_time(shift.session.starts_at, shift.session.ends_at, now)
            shift.signed_in_at = now
            shift.updated_at = now
            audit.record(s, at=now, actor=actor, action="volunteer_sign_in",
                         entity="volunteer_shift", entity_id=shift.id)  # fmt: skip
            return shift_row(shift)

    def sign_out(self, actor: StaffSession, shift_id: int) -> ShiftRow:
        """The volunteer leaves: the minutes inside the shift are credited, or none below
        the center's minimum share of the shift."""
        now = self._clock.now()
        with self._db.write() as s:
            shift = _signed_shift(s, actor.site_id, shift_id)
            _check_session_open(shift.session)
            if shift.signed_in_at is None or now < shift.signed_in_at:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This volunteer has not signed in yet. Sign in first, or enter the "
                        "times afterwards (补录) with the reason.",
                    )
                )
            if shift.signed_out_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "This volunteer already signed out at {time}."),
                    time=f"{shift.signed_out_at:%H:%M}",
                )
            share = read_min_share(s, actor.site_id)
            shift.signed_out_at = now
            shift.credited_minutes = _credit(shift, shift.signed_in_at, now, share)
            shift.updated_at = now
            audit.record(s, at=now, actor=actor, action="volunteer_sign_out",
                         entity="volunteer_shift", entity_id=shift.id,
                         minutes=shift.credited_minutes, min_share=share)  # fmt: skip
            return shift_row(shift)

    def supplement(
        self,
        actor: StaffSession,
        shift_id: int,
        *,
        signed_in_at: datetime,
        signed_out_at: datetime,
        reason: str,
    ) -> ShiftRow:
        """补录: the times entered afterwards, with the reason; the shift is marked as such."""
        text = clean_reason(
            reason, what=QT_TRANSLATE_NOOP("Messages", "the reason for entering hours afterwards")
        )
        now = self._clock.now()
        with self._db.write() as s:
            shift = _signed_shift(s, actor.site_id, shift_id)
            _check_session_open(shift.session)
            check_supplement(shift.session.starts_at, shift.session.ends_at, signed_in_at,
                             signed_out_at, now)  # fmt: skip
            share = read_min_share(s, actor.site_id)
            previous = shift.credited_minutes
            shift.signed_in_at = signed_in_at
            shift.signed_out_at = signed_out_at
            shift.credited_minutes = _credit(shift, signed_in_at, signed_out_at, share)
            shift.supplementary = True
            shift.supplement_reason = text
            shift.updated_at = now
            audit.record(s, at=now, actor=actor, action="supplement_hours",
                         entity="volunteer_shift", entity_id=shift.id,
                         minutes=shift.credited_minutes, previous_minutes=previous,
                         min_share=share, reason_given=True)  # fmt: skip
            return shift_row(shift)

    def shifts(
        self,
        actor: StaffSession,
        *,
        activity_id: int | None = None,
        session_id: int | None = None,
        ref: VolunteerRef | None = None,
    ) -> list[ShiftRow]:
        """Shifts (cancelled ones too) of an activity, a session or a volunteer, in the order
        of the sessions, then the roles."""
        stmt = (
            select(VolunteerShift)
            .join(ActivitySession, ActivitySession.id == VolunteerShift.session_id)
            .where(VolunteerShift.site_id == actor.site_id)
            .options(*SHIFT_LOADS)
            .order_by(ActivitySession.starts_at, VolunteerShift.role_id, VolunteerShift.id)
        )
        if activity_id is not None:
            stmt = stmt.where(ActivitySession.activity_id == activity_id)
        if session_id is not None:
            stmt = stmt.where(VolunteerShift.session_id == session_id)
        if ref is not None:
            stmt = stmt.where(ref_condition(check_ref(ref)))
        with self._db.read() as s:
            return [shift_row(shift) for shift in s.scalars(stmt)]

    # -- the center's minimum share ---------------------------------------------------------
    def min_share(self, actor: StaffSession) -> int:
        """The share of a shift (percent) a volunteer must be present for to get its hours."""
        with self._db.read() as s:
            return read_min_share(s, actor.site_id)

    def set_min_share(self, actor: StaffSession, percent: int | str) -> int:
        """Change the minimum share (administrators only, 1-100); shifts already signed out
        keep the hours they were credited."""
        actor.require_admin()
        value = clean_min_share(percent)
        now = self._clock.now()
        with self._db.write() as s:
            previous = read_min_share(s, actor.site_id)
            write_min_share(s, actor.site_id, value, now)
            audit.record(s, at=now, actor=actor, action="set", entity="site_setting",
                         entity_id=MIN_SHARE_KEY, value=value, previous=previous)  # fmt: skip
        return value


def _session(s: Session, site_id: int, session_id: int, *, lock: bool) -> ActivitySession:
    stmt = select(ActivitySession).where(
        ActivitySession.id == session_id, ActivitySession.site_id == site_id
    )
    session = s.scalar(stmt.with_for_update() if lock else stmt)
    if session is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "That session is not on this center's list.")
        )
    return session


def _signed_shift(s: Session, site_id: int, shift_id: int) -> VolunteerShift:
    shift = shift_of(s, site_id, shift_id)
    if shift.status == ShiftStatus.CANCELLED.value:
        raise ConflictError(QT_TRANSLATE_NOOP("Messages", "This shift was cancelled."))
    return shift


def _check_session_open(session: ActivitySession) -> None:
    if session.activity.status == ActivityStatus.CANCELLED.value:
        raise _activity_cancelled(session.activity.title)
    if session.status == SessionStatus.CANCELLED.value:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Messages", "The session of {day} was cancelled."),
            day=f"{session.starts_at:%Y-%m-%d %H:%M}",
        )


def _check_member_listed(s: Session, ref: VolunteerRef) -> None:
    if ref.member_id is None:
        return
    member = s.get(PartyMember, ref.member_id)
    if member is not None and member.left_on is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Messages", "{name} has left the list of reporting party members."),
            name=member.name,
        )


def _activity_cancelled(title: str) -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Messages", "The activity “{title}” was cancelled."), title=title
    )


def _credit(shift: VolunteerShift, signed_in_at: datetime, signed_out_at: datetime,
            share: int) -> int:  # fmt: skip
    session = shift.session
    return credited_minutes(session.starts_at, session.ends_at, signed_in_at, signed_out_at, share)
