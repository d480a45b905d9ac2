"""Activities and their sessions; each session's room booked through the booking service.

Creating an activity, adding sessions and cancelling are each one transaction: the activity,
its sessions and their room bookings stand or fall together. The places of an activity change
under a lock (SQLite's IMMEDIATE write transaction; the activity's row ``FOR UPDATE`` on
PostgreSQL), so raising the capacity moves the waiting list up exactly once.
"""

from __future__ import annotations

import builtins
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import Activity, ActivitySession, ActivitySignup
from hall_desk.db.database import Database
from hall_desk.db.models import Site
from hall_desk.db.party_models import CommunityProject, PartyUnit
from hall_desk.domain.activities import (
    ActivityStatus,
    NumberSeries,
    OrganiserKind,
    SessionStatus,
    parse_activity_number,
)
from hall_desk.domain.activity_rules import (
    FIELD_AGES,
    clean_reason,
)
from hall_desk.domain.bookings import ACTIVE_STATUSES, BookerKind
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services import audit
from hall_desk.services.activities.activity_forms import (
    LIVE_PROJECTS,
    apply_form,
    check_open,
    clean_form,
    find_organiser,
    with_session_between,
)
from hall_desk.services.activities.activity_queries import (
    PLANNED,
    activity_detail,
    activity_form,
    activity_rows,
    find_activity,
    find_session,
    session_infos,
)
from hall_desk.services.activities.activity_records import (
    ActivityDetail,
    ActivityForm,
    ActivityQuery,
    ActivityRow,
    OrganiserChoice,
    SessionCheck,
    SessionInfo,
    SessionPlan,
)
from hall_desk.services.activities.activity_sessions import (
    PREVIEW_PURPOSE,
    Booker,
    add_sessions_in,
    booking_form,
    check_plan,
    place_checks,
    planned_days,
)
from hall_desk.services.activities.signup_roster import load_roster, promote
from hall_desk.services.bookings.bookings import BookingService
from hall_desk.services.bookings.rooms import room_spec
from hall_desk.services.numbering import next_activity_number
from hall_desk.services.session import StaffSession

_ACTIVE_BOOKINGS = [s.value for s in ACTIVE_STATUSES]
#: Why an activity's booking ended, as the booking desk shows it (kept as data, in Chinese
#: like the rest of what is printed; the activity holds the reason typed).
BOOKING_CANCELLED = "活动场次取消"


class ActivityService:
    def __init__(self, db: Database, clock: Clock, bookings: BookingService) -> None:
        self._db = db
        self._clock = clock
        self._bookings = bookings

    # -- choosing ---------------------------------------------------------------------------
    def organisers(self, actor: StaffSession) -> list[OrganiserChoice]:
        """Who can organise an activity: the center, its active 双报到 units, its live projects."""
        with self._db.read() as s:
            site = s.get(Site, actor.site_id)
            units = s.scalars(
                select(PartyUnit)
                .where(PartyUnit.site_id == actor.site_id, PartyUnit.active.is_(True))
                .order_by(PartyUnit.name)
            )
            projects = s.scalars(
                select(CommunityProject)
                .where(
                    CommunityProject.site_id == actor.site_id,
                    CommunityProject.status.in_(LIVE_PROJECTS),
                )
                .order_by(CommunityProject.month.desc(), CommunityProject.id)
            )
            return [
                OrganiserChoice(OrganiserKind.CENTER, None, site.name if site else ""),
                *(OrganiserChoice(OrganiserKind.UNIT, u.id, u.name) for u in units),
                *(OrganiserChoice(OrganiserKind.PROJECT, p.id, p.title) for p in projects),
            ]

    def preview_sessions(
        self, actor: StaffSession, plan: SessionPlan
    ) -> builtins.list[SessionCheck]:
        """Each planned date and, if its room cannot be booked, why not, in the booking desk's
        words (nothing is saved)."""
        check_plan(plan)
        days = planned_days(plan)
        if plan.room_id is None:
            return place_checks(plan, days, self._clock.now())
        with self._db.read() as s:
            booker = Booker(BookerKind.STAFF, "", actor.full_name, "")
            form = booking_form(s, plan, booker, purpose=PREVIEW_PURPOSE, people=1)
        dates = self._bookings.preview_dates(actor, form, days)
        return [SessionCheck(d.starts_at, d.ends_at, d.problem) for d in dates]

    # -- changing ---------------------------------------------------------------------------
    def create(
        self,
        actor: StaffSession,
        form: ActivityForm,
        plan: SessionPlan | None,
        *,
        skip_conflicts: bool = False,
    ) -> ActivityDetail:
        """A new activity with the sessions of ``plan`` (if any), each room booked, all in one
        transaction. A date whose room cannot be booked refuses everything, named as the
        booking desk names it, unless ``skip_conflicts`` (the detail lists the dates left out).
        """
        clean = clean_form(form)
        if plan is not None:
            check_plan(plan)
        holidays = self._bookings.holidays()
        now = self._clock.now()
        with self._db.write() as s:
            unit_id, project_id = find_organiser(s, actor, clean, None)
            row = Activity(
                site_id=actor.site_id,
                number=next_activity_number(s, actor.site_id, NumberSeries.ACTIVITY, now.year),
                status=ActivityStatus.OPEN.value,
                cancel_reason="",
                created_by_id=actor.staff_id,
                created_at=now,
            )
            apply_form(row, clean, unit_id, project_id, now)
            s.add(row)
            s.flush()
            sessions: builtins.list[ActivitySession] = []
            skipped: builtins.list[SessionCheck] = []
            if plan is not None:
                sessions, skipped = add_sessions_in(
                    s, self._bookings, actor, row, plan, holidays, now,
                    skip_conflicts=skip_conflicts,
                )  # fmt: skip
            audit.record(s, at=now, actor=actor, action="create_activity", entity="activity",
                         entity_id=row.number, kind=row.kind, organiser=row.organiser_kind,
                         capacity=row.capacity, sessions=len(sessions),
                         booked=sum(1 for x in sessions if x.booking_id is not None),
                         skipped=[c.starts_at.date() for c in skipped])  # fmt: skip
            return activity_detail(s, row, now, skipped)

    def update(self, actor: StaffSession, activity_id: int, form: ActivityForm) -> ActivityDetail:
        """Change what was typed about an activity. More places move the waiting list up at
        once; fewer than the people already signed up are refused, naming that number."""
        clean = clean_form(form)
        now = self._clock.now()
        with self._db.write() as s:
            row = find_activity(s, actor, activity_id, lock=True)
            check_open(row)
            unit_id, project_id = find_organiser(s, actor, clean, row)
            roster = load_roster(s, row)
            if clean.audience.value != row.audience and (roster.enrolled or roster.waiting):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "People have already signed up, so who the activity is for cannot change.",
                    ),
                    field=FIELD_AGES,
                )
            _, moved = roster.with_capacity(clean.capacity)
            before = activity_form(row)
            capacity = row.capacity
            apply_form(row, clean, unit_id, project_id, now)
            after = activity_form(row)
            changed = [k for k in vars(before) if getattr(before, k) != getattr(after, k)]
            promote(s, actor, row, moved, now, because="capacity")
            self._refresh_bookings(s, row, now)
            audit.record(s, at=now, actor=actor, action="update_activity", entity="activity",
                         entity_id=row.number, changed=changed,
                         capacity=[capacity, row.capacity], promoted=len(moved))  # fmt: skip
            return activity_detail(s, row, now)

    def add_sessions(
        self,
        actor: StaffSession,
        activity_id: int,
        plan: SessionPlan,
        *,
        skip_conflicts: bool = False,
    ) -> ActivityDetail:
        """More sessions for an activity, each room booked as at its creation."""
        check_plan(plan)
        holidays = self._bookings.holidays()
        now = self._clock.now()
        with self._db.write() as s:
            row = find_activity(s, actor, activity_id, lock=True)
            check_open(row)
            sessions, skipped = add_sessions_in(
                s, self._bookings, actor, row, plan, holidays, now, skip_conflicts=skip_conflicts
            )
            row.updated_at = now
            audit.record(s, at=now, actor=actor, action="add_sessions", entity="activity",
                         entity_id=row.number, sessions=len(sessions),
                         booked=sum(1 for x in sessions if x.booking_id is not None),
                         skipped=[c.starts_at.date() for c in skipped])  # fmt: skip
            return activity_detail(s, row, now, skipped)

    def cancel_session(self, actor: StaffSession, session_id: int, reason: str) -> ActivityDetail:
        """Call off one session that has not ended; its room booking is cancelled too."""
        text = clean_reason(reason)
        now = self._clock.now()
        with self._db.write() as s:
            session = find_session(s, actor, session_id)
            # The activity first, as every change of an activity's places and sessions does.
            row = find_activity(s, actor, session.activity_id, lock=True)
            s.refresh(session)
            if session.status != PLANNED:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "This session has already been cancelled.")
                )
            if session.ends_at <= now:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "This session is over; it cannot be cancelled.")
                )
            self._cancel_session_in(s, actor, session, text)
            row.updated_at = now
            audit.record(s, at=now, actor=actor, action="cancel_session",
                         entity="activity_session", entity_id=session.id,
                         activity=row.number, starts_at=session.starts_at,
                         reason="given")  # fmt: skip
            return activity_detail(s, row, now)

    def cancel(self, actor: StaffSession, activity_id: int, reason: str) -> ActivityDetail:
        """Call the activity off: its sessions still to come and their bookings are cancelled;
        nobody can sign up any more. Sign-ups are kept as they were."""
        text = clean_reason(reason)
        now = self._clock.now()
        with self._db.write() as s:
            row = find_activity(s, actor, activity_id, lock=True)
            check_open(row)
            row.status = ActivityStatus.CANCELLED.value
            row.cancel_reason = text
            row.updated_at = now
            future = [x for x in row.sessions if x.status == PLANNED and x.starts_at > now]
            for session in future:
                self._cancel_session_in(s, actor, session, text)
            audit.record(s, at=now, actor=actor, action="cancel_activity", entity="activity",
                         entity_id=row.number, sessions=len(future),
                         reason="given")  # fmt: skip
            return activity_detail(s, row, now)

    # -- reading ----------------------------------------------------------------------------
    def detail(self, actor: StaffSession, activity_id: int) -> ActivityDetail:
        with self._db.read() as s:
            return activity_detail(s, find_activity(s, actor, activity_id), self._clock.now())

    def sessions_on(
        self, actor: StaffSession, day: date
    ) -> builtins.list[tuple[ActivityRow, SessionInfo]]:
        """The day's sessions of activities still on, in order of their start (the door)."""
        start = datetime.combine(day, datetime.min.time())
        with self._db.read() as s:
            sessions = builtins.list(
                s.scalars(
                    select(ActivitySession)
                    .join(Activity, Activity.id == ActivitySession.activity_id)
                    .where(
                        ActivitySession.site_id == actor.site_id,
                        ActivitySession.status == PLANNED,
                        Activity.status == ActivityStatus.OPEN.value,
                        ActivitySession.starts_at >= start,
                        ActivitySession.starts_at < start + timedelta(days=1),
                    )
                    .order_by(ActivitySession.starts_at, ActivitySession.id)
                )
            )
            activities = {x.activity_id: x.activity for x in sessions}
            rows = {r.id: r for r in activity_rows(s, builtins.list(activities.values()),
                                                     self._clock.now())}  # fmt: skip
            return [(rows[i.activity_id], i) for i in session_infos(s, sessions)]

    def open_number(self, actor: StaffSession, text: str) -> tuple[int, int | None] | None:
        """(activity id, sign-up id or None) for an activity or sign-up slip number of this
        center, typed or scanned; None when the text is neither kind of number. A number of
        the right shape that the center does not know is refused (``NotFoundError``)."""
        parsed = parse_activity_number(text)
        if parsed is None or parsed[0] is NumberSeries.CERTIFICATE:
            return None
        series, number = parsed
        with self._db.read() as s:
            if series is NumberSeries.ACTIVITY:
                activity_id = s.scalar(
                    select(Activity.id).where(
                        Activity.number == number, Activity.site_id == actor.site_id
                    )
                )
                if activity_id is None:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("Messages", "There is no activity numbered {number}."),
                        number=number,
                    )
                return activity_id, None
            found = s.execute(
                select(ActivitySignup.activity_id, ActivitySignup.id).where(
                    ActivitySignup.number == number, ActivitySignup.site_id == actor.site_id
                )
            ).first()
            if found is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Messages", "There is no sign-up slip numbered {number}."),
                    number=number,
                )
            return found[0], found[1]

    def list(self, actor: StaffSession, query: ActivityQuery) -> builtins.list[ActivityRow]:
        """The center's activities matching ``query``, latest first (by their first session)."""
        now = self._clock.now()
        with self._db.read() as s:
            q = select(Activity).where(Activity.site_id == actor.site_id)
            if not query.include_cancelled:
                q = q.where(Activity.status == ActivityStatus.OPEN.value)
            if query.kind:
                q = q.where(Activity.kind == query.kind)
            text = query.text.strip()
            if text:
                parsed = parse_activity_number(text)
                q = q.where(
                    Activity.number == parsed[1]
                    if parsed is not None
                    else or_(
                        Activity.title.contains(text, autoescape=True),
                        Activity.number.contains(text.upper(), autoescape=True),
                    )
                )
            if query.start is not None or query.end is not None:
                q = q.where(Activity.id.in_(with_session_between(query.start, query.end)))
            activities = builtins.list(s.scalars(q))
            created = {a.id: a.created_at for a in activities}
            rows = activity_rows(s, activities, now)
            rows.sort(key=lambda r: (r.first_starts_at or created[r.id], r.id), reverse=True)
            return rows

    # -- inside the transaction -------------------------------------------------------------
    def _cancel_session_in(
        self, s: Session, actor: StaffSession, session: ActivitySession, reason: str
    ) -> None:
        session.status = SessionStatus.CANCELLED.value
        session.cancel_reason = reason
        booking = session.booking
        if booking is not None and booking.status in _ACTIVE_BOOKINGS:
            # The booking points at the activity, which keeps the reason: the booking desk's
            # audit copies its reason, and what was typed may be about a person.
            activity = session.activity
            self._bookings.cancel_in(
                s, actor, booking.id, f"{BOOKING_CANCELLED}（{activity.number}）"
            )

    @staticmethod
    def _refresh_bookings(s: Session, row: Activity, now: datetime) -> None:
        """The bookings still to come carry the activity's title and numbers as they are now."""
        for session in row.sessions:
            booking = session.booking
            if booking is None or booking.status not in _ACTIVE_BOOKINGS:
                continue
            if booking.starts_at <= now:
                continue
            booking.purpose = row.title
            booking.attendees = max(1, min(row.capacity, room_spec(booking.room).capacity))
            booking.updated_at = now
