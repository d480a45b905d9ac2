"""The places of one activity as stored: who holds one, who waits, and moving people up.

The order of the waiting list is ``queued_at`` then ``id``; :class:`domain.activity_rules.Roster`
decides who moves up, and this module writes its answer. Internal to the activities services.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import Activity, ActivitySignup
from hall_desk.domain.activities import SignupStatus
from hall_desk.domain.activity_rules import Roster
from hall_desk.services import audit
from hall_desk.services.session import StaffSession

HOLDING = (SignupStatus.ENROLLED.value, SignupStatus.WAITING.value)


def load_roster(s: Session, activity: Activity) -> Roster:
    """The activity's places now: enrolled in sign-up order, the waiting list in its order."""
    s.flush()
    rows = s.execute(
        select(ActivitySignup.id, ActivitySignup.status)
        .where(ActivitySignup.activity_id == activity.id, ActivitySignup.status.in_(HOLDING))
        .order_by(ActivitySignup.queued_at, ActivitySignup.id)
    ).all()
    return Roster(
        capacity=activity.capacity,
        enrolled=tuple(i for i, status in rows if status == SignupStatus.ENROLLED.value),
        waiting=tuple(i for i, status in rows if status == SignupStatus.WAITING.value),
    )


def promote(
    s: Session,
    actor: StaffSession,
    activity: Activity,
    signup_ids: Sequence[int],
    now: datetime,
    *,
    because: str,
) -> list[ActivitySignup]:
    """Give the waiting ``signup_ids`` their places (in that order), each audited."""
    if not signup_ids:
        return []
    rows = {
        r.id: r for r in s.scalars(select(ActivitySignup).where(ActivitySignup.id.in_(signup_ids)))
    }
    moved = []
    for position, signup_id in enumerate(signup_ids, start=1):
        row = rows[signup_id]
        row.status = SignupStatus.ENROLLED.value
        row.promoted_at = now
        row.updated_at = now
        moved.append(row)
        audit.record(s, at=now, actor=actor, action="promote_signup", entity="activity_signup",
                     entity_id=row.number, activity=activity.number, was_position=position,
                     because=because)  # fmt: skip
    s.flush()
    return moved
