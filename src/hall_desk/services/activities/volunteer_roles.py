"""Saving the volunteer roles of an activity as the roles table was edited.

Roles listed with an id are changed, roles without one are added, and roles left out are
deleted, or, when anyone was ever signed up for them, deactivated so their hours keep their
role. A role's places never drop below the volunteers already signed up at one session; the
role rows are locked first, as signing up locks them, so the two cannot cross.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import Activity, VolunteerRole, VolunteerShift
from hall_desk.domain.activities import ShiftStatus
from hall_desk.domain.errors import NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.volunteer_rules import (
    CleanRole,
    check_places_cover,
    check_unique_names,
    clean_role,
)
from hall_desk.services.activities.activity_records import RoleForm


@dataclass(frozen=True)
class RolesSaved:
    added: int
    changed: int
    deactivated: int
    deleted: int


def save_roles(s: Session, activity: Activity, forms: list[RoleForm]) -> RolesSaved:
    """Apply the edited roles table to ``activity`` inside the caller's transaction."""
    cleaned = _cleaned(forms)
    existing = {
        role.id: role
        for role in s.scalars(
            select(VolunteerRole)
            .where(VolunteerRole.activity_id == activity.id)
            .order_by(VolunteerRole.id)
            .with_for_update()
        )
    }
    for form in forms:
        if form.id is not None and form.id not in existing:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A role being changed is no longer one of this activity's roles."
                )
            )
    busiest = _busiest(s, list(existing))
    added = changed = 0
    for form, clean in zip(forms, cleaned, strict=True):
        if form.id is None:
            s.add(
                VolunteerRole(
                    site_id=activity.site_id,
                    activity_id=activity.id,
                    name=clean.name,
                    places=clean.places,
                    description=clean.description,
                    active=True,
                )
            )
            added += 1
            continue
        role = existing[form.id]
        check_places_cover(clean.name, clean.places, busiest.get(role.id, 0))
        new = (clean.name, clean.places, clean.description, True)
        if (role.name, role.places, role.description, role.active) != new:
            role.name, role.places, role.description, role.active = new
            changed += 1
    kept = {form.id for form in forms if form.id is not None}
    used = _used(s, [role_id for role_id in existing if role_id not in kept])
    deactivated = deleted = 0
    for role_id, role in existing.items():
        if role_id in kept:
            continue
        if role_id in used:
            if role.active:
                role.active = False
                deactivated += 1
        else:
            s.delete(role)
            deleted += 1
    s.flush()
    return RolesSaved(added, changed, deactivated, deleted)


def _cleaned(forms: list[RoleForm]) -> list[CleanRole]:
    errors: list[ValidationError] = []
    cleaned: list[CleanRole] = []
    for row, form in enumerate(forms, start=1):
        try:
            cleaned.append(clean_role(form.name, form.places, form.description, row))
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise ValidationError.many(errors)
    check_unique_names([c.name for c in cleaned])
    return cleaned


def _busiest(s: Session, role_ids: list[int]) -> dict[int, int]:
    """For each role, the most volunteers signed up for it at any one session."""
    if not role_ids:
        return {}
    counts = (
        select(VolunteerShift.role_id, func.count().label("n"))
        .where(
            VolunteerShift.role_id.in_(role_ids),
            VolunteerShift.status == ShiftStatus.SIGNED.value,
        )
        .group_by(VolunteerShift.role_id, VolunteerShift.session_id)
        .subquery()
    )
    rows = s.execute(select(counts.c.role_id, func.max(counts.c.n)).group_by(counts.c.role_id))
    return {role_id: int(n) for role_id, n in rows}


def _used(s: Session, role_ids: list[int]) -> set[int]:
    """Roles anyone was ever signed up for (a cancelled shift counts: it keeps its role)."""
    if not role_ids:
        return set()
    return set(
        s.scalars(
            select(VolunteerShift.role_id).where(VolunteerShift.role_id.in_(role_ids)).distinct()
        )
    )
