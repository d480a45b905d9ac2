"""An activity's form applied to its row: the checks of the form and of its organiser.

Internal to the activities services.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import Activity, ActivitySession
from hall_desk.domain.activities import ActivityStatus, OrganiserKind
from hall_desk.domain.activity_rules import FIELD_ORGANISER, CleanActivity, clean_activity
from hall_desk.domain.community_projects import ProjectStatus
from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.activities.activity_queries import PLANNED, find_project, find_unit
from hall_desk.services.activities.activity_records import ActivityForm
from hall_desk.services.session import StaffSession

LIVE_PROJECTS = (ProjectStatus.PUBLISHED.value, ProjectStatus.CLAIMED.value)


def clean_form(form: ActivityForm) -> CleanActivity:
    return clean_activity(
        title=form.title,
        kind=form.kind,
        organiser_kind=form.organiser_kind,
        organiser_id=form.organiser_id,
        capacity=form.capacity,
        audience=form.audience,
        age_min=form.age_min,
        age_max=form.age_max,
        signup_opens_at=form.signup_opens_at,
        signup_closes_at=form.signup_closes_at,
        description=form.description,
    )


def apply_form(
    row: Activity, clean: CleanActivity, unit_id: int | None, project_id: int | None, now: datetime
) -> None:
    row.title = clean.title
    row.kind = clean.kind.value
    row.organiser_kind = clean.organiser_kind.value
    row.unit_id = unit_id
    row.project_id = project_id
    row.capacity = clean.capacity
    row.audience = clean.audience.value
    row.age_min = clean.age_min
    row.age_max = clean.age_max
    row.signup_opens_at = clean.signup_opens_at
    row.signup_closes_at = clean.signup_closes_at
    row.description = clean.description
    row.updated_at = now


def find_organiser(
    s: Session, actor: StaffSession, clean: CleanActivity, current: Activity | None
) -> tuple[int | None, int | None]:
    """(unit id, project id) of the organiser chosen: a unit still reporting, or a project
    still on the list (one already organising the activity may stay)."""
    if clean.organiser_kind is OrganiserKind.UNIT:
        unit = find_unit(s, actor, clean.organiser_id)
        if not unit.active and (current is None or current.unit_id != unit.id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} no longer reports to the center; choose another organiser."
                ),
                field=FIELD_ORGANISER,
                name=unit.name,
            )
        return unit.id, None
    if clean.organiser_kind is OrganiserKind.PROJECT:
        project = find_project(s, actor, clean.organiser_id)
        live = project.status in LIVE_PROJECTS
        if not live and (current is None or current.project_id != project.id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{title}” is no longer on the project list; choose another organiser.",
                ),
                field=FIELD_ORGANISER,
                title=project.title,
            )
        return project.unit_id, project.id
    return None, None


def check_open(row: Activity) -> None:
    """A cancelled activity can no longer change."""
    if row.status == ActivityStatus.CANCELLED.value:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Messages", "“{title}” has been cancelled; it cannot be changed."),
            title=row.title,
        )


def with_session_between(start: date | None, end: date | None) -> Select[int]:
    """The activities with a planned session on a day from ``start`` to ``end`` (inclusive)."""
    q = select(ActivitySession.activity_id).where(ActivitySession.status == PLANNED)
    if start is not None:
        q = q.where(ActivitySession.starts_at >= datetime.combine(start, datetime.min.time()))
    if end is not None:
        last = datetime.combine(end + timedelta(days=1), datetime.min.time())
        q = q.where(ActivitySession.starts_at < last)
    return q
