"""Reading volunteers' hours: one person's served shifts, and everyone's totals by SQL.

A shift counts in a period when its session starts on a day of the period; only shifts still
signed (not cancelled) with hours recorded are served, and only credited minutes add up.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from hall_desk.db.activity_models import ActivitySession, VolunteerShift
from hall_desk.db.models import Resident
from hall_desk.db.party_models import PartyMember, PartyUnit
from hall_desk.domain.activities import ShiftStatus
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.phones import mask_phone
from hall_desk.services.activities.activity_records import HoursItem, HoursTotal, VolunteerRef
from hall_desk.services.activities.volunteer_records import ref_condition


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The last day {end} is before the first day {start}."),
            field="end",
            start=start.isoformat(),
            end=end.isoformat(),
        )


def _in_period(start: date, end: date) -> list[ColumnElement[bool]]:
    return [
        ActivitySession.starts_at >= datetime.combine(start, time.min),
        ActivitySession.starts_at < datetime.combine(end + timedelta(days=1), time.min),
    ]


def served_items(
    s: Session, site_id: int, ref: VolunteerRef, start: date, end: date
) -> list[HoursItem]:
    """The person's shifts with hours recorded in the period (none credited included), by day."""
    shifts = s.scalars(
        select(VolunteerShift)
        .join(ActivitySession, ActivitySession.id == VolunteerShift.session_id)
        .options(
            selectinload(VolunteerShift.role),
            selectinload(VolunteerShift.session).selectinload(ActivitySession.activity),
        )
        .where(
            VolunteerShift.site_id == site_id,
            ref_condition(ref),
            VolunteerShift.status == ShiftStatus.SIGNED.value,
            VolunteerShift.signed_out_at.is_not(None),
            *_in_period(start, end),
        )
        .order_by(ActivitySession.starts_at, VolunteerShift.id)
    )
    return [
        HoursItem(
            day=shift.session.starts_at.date(),
            activity_number=shift.session.activity.number,
            activity_title=shift.session.activity.title,
            role_name=shift.role.name,
            minutes=shift.credited_minutes,
            supplementary=shift.supplementary,
        )
        for shift in shifts
    ]


def hours_totals(
    s: Session, site_id: int, start: date, end: date, *, unit_id: int | None = None
) -> list[HoursTotal]:
    """Everyone with credited hours in the period (a unit's members only, with ``unit_id``),
    most hours first: counted by one grouped query, then named by two more."""
    conditions = [
        VolunteerShift.site_id == site_id,
        VolunteerShift.status == ShiftStatus.SIGNED.value,
        VolunteerShift.credited_minutes > 0,
        *_in_period(start, end),
    ]
    if unit_id is not None:
        conditions.append(
            VolunteerShift.member_id.in_(
                select(PartyMember.id).where(
                    PartyMember.site_id == site_id, PartyMember.unit_id == unit_id
                )
            )
        )
    grouped = s.execute(
        select(
            VolunteerShift.member_id,
            VolunteerShift.resident_id,
            func.count(),
            func.sum(VolunteerShift.credited_minutes),
        )
        .join(ActivitySession, ActivitySession.id == VolunteerShift.session_id)
        .where(*conditions)
        .group_by(VolunteerShift.member_id, VolunteerShift.resident_id)
    ).all()
    members = _members(s, site_id, [m for m, _, _, _ in grouped if m is not None])
    residents = _residents(s, site_id, [r for m, r, _, _ in grouped if m is None and r])
    totals: list[HoursTotal] = []
    for member_id, resident_id, shifts, minutes in grouped:
        if member_id is not None:
            name, phone, unit = members[member_id]
            ref = VolunteerRef(member_id=member_id)
        elif resident_id is not None:
            name, phone = residents[resident_id]
            unit = ""
            ref = VolunteerRef(resident_id=resident_id)
        else:  # a shift names its volunteer; never neither
            continue
        totals.append(
            HoursTotal(
                ref=ref,
                name=name,
                masked_phone=mask_phone(phone) if phone else "",
                unit_name=unit,
                shifts=int(shifts),
                total_minutes=int(minutes or 0),
            )
        )
    totals.sort(key=lambda t: (-t.total_minutes, t.name, t.ref.member_id or 0,
                               t.ref.resident_id or 0))  # fmt: skip
    return totals


def _members(s: Session, site_id: int, ids: list[int]) -> dict[int, tuple[str, str, str]]:
    if not ids:
        return {}
    rows = s.execute(
        select(PartyMember.id, PartyMember.name, PartyMember.phone, PartyUnit.name)
        .join(PartyUnit, PartyUnit.id == PartyMember.unit_id)
        .where(PartyMember.site_id == site_id, PartyMember.id.in_(ids))
    )
    return {member_id: (name, phone or "", unit) for member_id, name, phone, unit in rows}


def _residents(s: Session, site_id: int, ids: list[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    rows = s.execute(
        select(Resident.id, Resident.name, Resident.phone).where(
            Resident.site_id == site_id, Resident.id.in_(ids)
        )
    )
    return {resident_id: (name, phone or "") for resident_id, name, phone in rows}
