"""What goes on a sign-up slip, gathered from the sign-up, its activity and the center.

Names and the phone are masked here, before anything reaches the printer. Internal to the
activities services.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from hall_desk.db.activity_models import ActivitySignup
from hall_desk.db.models import Site, Staff
from hall_desk.domain.activities import ActivityKind, Audience
from hall_desk.domain.activity_rules import age_on
from hall_desk.domain.phones import mask_phone
from hall_desk.printing.activity_slips import SignupSlipData, SlipSession
from hall_desk.services.activities.activity_queries import PLANNED, organiser_name
from hall_desk.services.activities.signup_records import first_session_day, phone_of
from hall_desk.services.residents import mask_name


def slip_data(
    s: Session, row: ActivitySignup, position: int | None, now: datetime, *, reprint: bool
) -> SignupSlipData:
    """The slip of ``row``; ``position`` on the waiting list, None when the place is held."""
    activity = row.activity
    site = s.get(Site, row.site_id)
    assert site is not None
    clerk = s.get(Staff, row.clerk_id)
    sessions = tuple(
        SlipSession(x.starts_at, x.ends_at, x.room.name if x.room is not None else x.place)
        for x in activity.sessions
        if x.status == PLANNED
    )
    age = None
    if row.child_birth_date is not None:
        age = age_on(row.child_birth_date, first_session_day(s, activity) or row.created_at.date())
    guardian = ""
    if row.child_name:
        relation = f"（{row.guardian_relation}）" if row.guardian_relation else ""
        guardian = f"{mask_name(row.resident.name)}{relation}"
    ages = ""
    if activity.audience == Audience.CHILDREN.value and activity.age_min is not None:
        ages = f"{activity.age_min}至{activity.age_max}岁"
    phone = phone_of(row)
    return SignupSlipData(
        center_name=site.name,
        center_address=site.address,
        center_phone=site.phone,
        number=row.number,
        activity_number=activity.number,
        activity_title=activity.title,
        kind=ActivityKind(activity.kind),
        organiser=organiser_name(s, activity),
        sessions=sessions,
        participant=mask_name(row.child_name or row.resident.name),
        guardian=guardian,
        child_age=age,
        phone=mask_phone(phone) if phone else "",
        waiting_position=position,
        ages_text=ages,
        notes=activity.description,
        clerk_name=clerk.full_name if clerk is not None else "",
        issued_at=now,
        reprint=reprint,
    )
