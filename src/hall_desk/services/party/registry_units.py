"""The registry's units as rows: counting their members, finding them by name, writing a
validated unit, and refusing a second unit of the same name."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hall_desk.db.party_models import PartyMember, PartyUnit
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_registry import UnitSpec


def active_member_counts(s: Session, site_id: int) -> dict[int, int]:
    """Members who have not left, per unit."""
    rows = s.execute(
        select(PartyMember.unit_id, func.count())
        .where(PartyMember.site_id == site_id, PartyMember.left_on.is_(None))
        .group_by(PartyMember.unit_id)
    )
    return {unit_id: count for unit_id, count in rows}


def active_unit_ids(s: Session, site_id: int) -> dict[str, int]:
    """The center's units that are not retired, by name."""
    rows = s.execute(
        select(PartyUnit.name, PartyUnit.id).where(PartyUnit.site_id == site_id, PartyUnit.active)
    )
    return {name: id_ for name, id_ in rows}


def apply_unit(row: PartyUnit, spec: UnitSpec, *, keep_phone: bool) -> None:
    """Copy a validated unit onto ``row``; ``keep_phone`` leaves the stored contact phone."""
    row.name = spec.name
    row.kind = spec.kind.value
    row.contact_name = spec.contact_name
    if not keep_phone:
        row.contact_phone = spec.contact_phone
    row.agreement_number = spec.agreement.number
    row.agreement_signed_on = spec.agreement.signed_on
    row.agreement_ends_on = spec.agreement.ends_on
    row.agreement_commitments = spec.agreement.commitments


def check_unit_name(s: Session, site_id: int, name: str, unit_id: int | None = None) -> None:
    """Refuse a name another unit of the center has (a retired one too)."""
    clash = s.scalar(
        select(PartyUnit).where(
            PartyUnit.site_id == site_id, PartyUnit.name == name, PartyUnit.id != (unit_id or 0)
        )
    )
    if clash is None:
        return
    template = (
        QT_TRANSLATE_NOOP("Messages", "A unit called {name} is already registered.")
        if clash.active
        else QT_TRANSLATE_NOOP(
            "Messages", "A retired unit is called {name}; restore it instead of adding it again."
        )
    )
    raise ValidationError(template, field="unit_name", name=name)
