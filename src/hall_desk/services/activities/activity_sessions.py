"""An activity's sessions planned from one date or a repeat, each room booked through the
booking service inside the activity's own transaction.

A session in one of the center's rooms gets an ordinary booking (booker: the center's staff, or
the organising unit as a partner; purpose: the activity's title), so the booking desk's rules and
its words for a conflict hold for activities too. A session elsewhere (a square, a school) only
needs its place. Internal to the activities services.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from hall_desk.db.activity_models import Activity, ActivitySession
from hall_desk.db.models import Site
from hall_desk.db.party_models import CommunityProject, PartyUnit
from hall_desk.db.room_models import Room
from hall_desk.domain.activities import OrganiserKind, SessionStatus
from hall_desk.domain.activity_rules import (
    FIELD_SESSION_PLACE,
    check_session_times,
    clean_place,
)
from hall_desk.domain.bookings import (
    BookerKind,
    BookingChannel,
    HolidayName,
    overlaps,
    repeat_dates,
    shift_to,
)
from hall_desk.domain.errors import ConflictError, Message, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.activities.activity_records import SessionCheck, SessionPlan
from hall_desk.services.bookings.bookings import BookingForm, BookingService
from hall_desk.services.bookings.rooms import room_spec
from hall_desk.services.session import StaffSession

#: What a preview books for: a preview saves nothing, and the purpose only has to be given.
PREVIEW_PURPOSE = "活动"


@dataclass(frozen=True)
class Booker:
    """Who the booking desk sees as booking the activity's rooms."""

    kind: BookerKind
    organisation: str
    contact_name: str
    contact_phone: str


def check_plan(plan: SessionPlan) -> str:
    """The plan's times and its room or place; the place typed, made canonical."""
    check_session_times(plan.starts_at, plan.ends_at)
    place = clean_place(plan.place)
    if plan.room_id is None and not place:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please choose a room or enter where it takes place."),
            field=FIELD_SESSION_PLACE,
        )
    return place


def planned_days(plan: SessionPlan) -> list[date]:
    """The plan's first date, or every date of its repeat from that one on."""
    assert plan.starts_at is not None
    first = plan.starts_at.date()
    return repeat_dates(plan.rule, first) if plan.rule is not None else [first]


def booker_for(s: Session, actor: StaffSession, activity: Activity) -> Booker:
    """The center's staff for its own activities; the unit (or project) as a partner."""
    kind = OrganiserKind(activity.organiser_kind)
    if kind is OrganiserKind.CENTER:
        return Booker(BookerKind.STAFF, "", actor.full_name, "")
    site = s.get(Site, actor.site_id)
    center_phone = site.phone if site is not None else ""
    unit: PartyUnit | None = activity.unit
    if kind is OrganiserKind.PROJECT:
        project = s.get(CommunityProject, activity.project_id)
        unit = s.get(PartyUnit, project.unit_id) if project and project.unit_id else None
        if unit is None:
            title = project.title if project is not None else activity.title
            return Booker(BookerKind.PARTNER, title, actor.full_name, center_phone)
    assert unit is not None
    return Booker(
        BookerKind.PARTNER,
        unit.name,
        unit.contact_name or actor.full_name,
        unit.contact_phone or center_phone,
    )


def booking_form(
    s: Session, plan: SessionPlan, booker: Booker, *, purpose: str, people: int, note: str = ""
) -> BookingForm:
    """The booking of the plan's room for ``people`` (clipped to what the room holds)."""
    room = s.get(Room, plan.room_id) if plan.room_id is not None else None
    attendees = min(people, room_spec(room).capacity) if room is not None else people
    return BookingForm(
        room_id=plan.room_id,
        starts_at=plan.starts_at,
        ends_at=plan.ends_at,
        booker_kind=booker.kind.value,
        organisation=booker.organisation,
        purpose=purpose,
        attendees=max(1, attendees),
        contact_name=booker.contact_name,
        contact_phone=booker.contact_phone,
        channel=BookingChannel.COUNTER.value,
        note=note,
    )


def place_checks(
    plan: SessionPlan,
    days: Sequence[date],
    now: datetime,
    existing: Sequence[ActivitySession] = (),
) -> list[SessionCheck]:
    """The plan's dates outside the rooms: each refused if it is over or the activity already
    meets then."""
    assert plan.starts_at is not None and plan.ends_at is not None
    checks = []
    for day in days:
        start, end = shift_to(day, plan.starts_at, plan.ends_at)
        problem: Message | None = None
        clash = next((x for x in existing if overlaps(start, end, x.starts_at, x.ends_at)), None)
        if end <= now:
            problem = Message(
                QT_TRANSLATE_NOOP("Messages", "{start}-{end} on {day} has already passed."),
                {"day": day.isoformat(), "start": f"{start:%H:%M}", "end": f"{end:%H:%M}"},
            )
        elif clash is not None:
            problem = Message(
                QT_TRANSLATE_NOOP("Messages", "The activity already meets {day} {start}-{end}."),
                {
                    "day": clash.starts_at.date().isoformat(),
                    "start": f"{clash.starts_at:%H:%M}",
                    "end": f"{clash.ends_at:%H:%M}",
                },
            )
        checks.append(SessionCheck(start, end, problem))
    return checks


def add_sessions_in(
    s: Session,
    bookings: BookingService,
    actor: StaffSession,
    activity: Activity,
    plan: SessionPlan,
    holidays: HolidayName,
    now: datetime,
    *,
    skip_conflicts: bool,
) -> tuple[list[ActivitySession], list[SessionCheck]]:
    """Add the plan's sessions to the activity inside the caller's write transaction; the
    sessions added and the dates left out.

    A date that cannot be held refuses everything (named as the booking desk names it) unless
    ``skip_conflicts``; when no date can be held nothing is added either way.
    """
    place = check_plan(plan)
    days = planned_days(plan)
    if plan.room_id is not None:
        form = booking_form(
            s,
            plan,
            booker_for(s, actor, activity),
            purpose=activity.title,
            people=activity.capacity,
            note=activity.number,
        )
        rows, dropped = bookings.book_dates_in(
            s, actor, form, days, holidays, skip_conflicts=skip_conflicts
        )
        skipped = [SessionCheck(d.starts_at, d.ends_at, d.problem) for d in dropped]
        sessions = [
            _session(activity, b.starts_at, b.ends_at, b.room_id, "", booking_id=b.id) for b in rows
        ]
    else:
        existing = [x for x in activity.sessions if x.status == SessionStatus.PLANNED.value]
        checks = place_checks(plan, days, now, existing)
        skipped = [c for c in checks if not c.free]
        if skipped and not skip_conflicts:
            problem = skipped[0].problem
            assert problem is not None
            raise ConflictError(problem.template, **problem.params)
        free = [c for c in checks if c.free]
        if not free:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages", "None of the {count} dates can be booked; nothing was saved."
                ),
                count=len(checks),
            )
        sessions = [_session(activity, c.starts_at, c.ends_at, None, place) for c in free]
    s.add_all(sessions)
    s.flush()
    s.expire(activity, ["sessions"])
    return sessions, skipped


def _session(
    activity: Activity,
    start: datetime,
    end: datetime,
    room_id: int | None,
    place: str,
    *,
    booking_id: int | None = None,
) -> ActivitySession:
    return ActivitySession(
        site_id=activity.site_id,
        activity_id=activity.id,
        starts_at=start,
        ends_at=end,
        room_id=room_id,
        booking_id=booking_id,
        place=place,
        status=SessionStatus.PLANNED.value,
        cancel_reason="",
    )
