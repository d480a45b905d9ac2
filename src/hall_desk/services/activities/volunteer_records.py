"""Volunteers as rows of the database and as the records the desk sees.

A volunteer is a 双报到 member or a resident (``VolunteerRef`` holds exactly one of the two
ids). Phones and ID numbers leave here masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from hall_desk.db.activity_models import (
    Activity,
    ActivitySession,
    VolunteerRole,
    VolunteerShift,
)
from hall_desk.db.models import Resident
from hall_desk.db.party_models import PartyMember
from hall_desk.db.room_models import SiteSetting
from hall_desk.domain.activities import MIN_SHARE_KEY, ShiftStatus
from hall_desk.domain.errors import NotFoundError, ValidationError
from hall_desk.domain.id_numbers import mask_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.phones import mask_phone
from hall_desk.domain.volunteer_rules import stored_min_share
from hall_desk.services.activities.activity_records import RoleInfo, ShiftRow, VolunteerRef


@dataclass(frozen=True)
class Person:
    """A volunteer as read from the registry or the residents, masked."""

    ref: VolunteerRef
    name: str
    masked_phone: str
    masked_id_number: str
    unit_name: str


def check_ref(ref: VolunteerRef) -> VolunteerRef:
    """A reference naming exactly one member or one resident."""
    if (ref.member_id is None) == (ref.resident_id is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Choose one volunteer: a reporting party member or a resident."
            ),
            field="volunteer",
        )
    return ref


def ref_of(member_id: int | None, resident_id: int | None) -> VolunteerRef:
    return VolunteerRef(member_id=member_id, resident_id=resident_id)


def ref_condition(ref: VolunteerRef) -> ColumnElement[bool]:
    """The shifts of one volunteer."""
    if ref.member_id is not None:
        return VolunteerShift.member_id == ref.member_id
    return VolunteerShift.resident_id == ref.resident_id


def load_person(s: Session, site_id: int, ref: VolunteerRef) -> Person:
    """The member or resident of ``ref`` on this center's lists, or ``NotFoundError``."""
    check_ref(ref)
    if ref.member_id is not None:
        member = s.get(PartyMember, ref.member_id)
        if member is None or member.site_id != site_id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "That party member is not on this center's list.")
            )
        return member_person(member)
    resident = s.get(Resident, ref.resident_id)
    if resident is None or resident.site_id != site_id:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "That resident record no longer exists."))
    return resident_person(resident)


def member_person(member: PartyMember) -> Person:
    return Person(
        ref=VolunteerRef(member_id=member.id),
        name=member.name,
        masked_phone=mask_phone(member.phone) if member.phone else "",
        masked_id_number=mask_id_number(member.id_number) if member.id_number else "",
        unit_name=member.unit.name,
    )


def resident_person(resident: Resident) -> Person:
    return Person(
        ref=VolunteerRef(resident_id=resident.id),
        name=resident.name,
        masked_phone=mask_phone(resident.phone) if resident.phone else "",
        masked_id_number=mask_id_number(resident.id_number) if resident.id_number else "",
        unit_name="",
    )


def shift_person(shift: VolunteerShift) -> Person:
    if shift.member is not None:
        return member_person(shift.member)
    assert shift.resident is not None
    return resident_person(shift.resident)


#: What a ``ShiftRow`` reads, loaded with the shifts in a few queries.
SHIFT_LOADS: tuple[ExecutableOption, ...] = (
    selectinload(VolunteerShift.role),
    selectinload(VolunteerShift.session).selectinload(ActivitySession.activity),
    selectinload(VolunteerShift.member).selectinload(PartyMember.unit),
    selectinload(VolunteerShift.resident),
)


def shift_row(shift: VolunteerShift) -> ShiftRow:
    person = shift_person(shift)
    session = shift.session
    return ShiftRow(
        id=shift.id,
        role_id=shift.role_id,
        role_name=shift.role.name,
        session_id=shift.session_id,
        activity_id=session.activity_id,
        activity_title=session.activity.title,
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        ref=person.ref,
        name=person.name,
        masked_phone=person.masked_phone,
        unit_name=person.unit_name,
        status=ShiftStatus(shift.status),
        signed_in_at=shift.signed_in_at,
        signed_out_at=shift.signed_out_at,
        credited_minutes=shift.credited_minutes,
        supplementary=shift.supplementary,
        supplement_reason=shift.supplement_reason,
    )


def role_info(role: VolunteerRole) -> RoleInfo:
    return RoleInfo(
        id=role.id,
        activity_id=role.activity_id,
        name=role.name,
        places=role.places,
        description=role.description,
        active=role.active,
    )


def activity_of(s: Session, site_id: int, activity_id: int, *, lock: bool = False) -> Activity:
    stmt = select(Activity).where(Activity.id == activity_id, Activity.site_id == site_id)
    if lock:
        stmt = stmt.with_for_update()
    activity = s.scalar(stmt)
    if activity is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "That activity is not on this center's list.")
        )
    return activity


def shift_of(s: Session, site_id: int, shift_id: int) -> VolunteerShift:
    """The shift, locked for the change about to be made to it."""
    shift = s.scalar(
        select(VolunteerShift)
        .where(VolunteerShift.id == shift_id, VolunteerShift.site_id == site_id)
        .with_for_update()
    )
    if shift is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "That volunteer shift no longer exists."))
    return shift


def read_min_share(s: Session, site_id: int) -> int:
    """The center's minimum share of a shift (percent), the default when not set."""
    row = s.get(SiteSetting, (site_id, MIN_SHARE_KEY))
    return stored_min_share(row.value if row is not None else None)


def write_min_share(s: Session, site_id: int, percent: int, now: datetime) -> None:
    row = s.get(SiteSetting, (site_id, MIN_SHARE_KEY))
    if row is None:
        s.add(SiteSetting(site_id=site_id, key=MIN_SHARE_KEY, value=str(percent), updated_at=now))
    else:
        row.value = str(percent)
        row.updated_at = now
