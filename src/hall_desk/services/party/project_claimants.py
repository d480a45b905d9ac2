"""The registered units and members a project (or a meeting's problem) may be given to."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload

from hall_desk.db.party_models import CommunityProject, PartyMember, PartyUnit
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import QueryKind, classify_query
from hall_desk.services.party.project_records import Claimant, member_claimant, unit_claimant
from hall_desk.services.text_search import contains, number_condition, person_condition

CLAIMANT_LIMIT = 40


def find_claimants(s: Session, site_id: int, search: str) -> list[Claimant]:
    """Active units and members still registered whose name (or unit's name), pinyin
    initials or phone (its last 4 digits or whole) match ``search``; units first, phones masked."""
    query = classify_query(search)
    text = search.strip()
    if query is None and not text:
        return []
    unit_query = select(PartyUnit).where(PartyUnit.site_id == site_id, PartyUnit.active)
    member_query = (
        select(PartyMember)
        .join(PartyUnit, PartyUnit.id == PartyMember.unit_id)
        .where(PartyMember.site_id == site_id, PartyMember.left_on.is_(None))
    )
    if query is not None and query.kind is QueryKind.DIGITS:
        unit_query = unit_query.where(
            number_condition(query.text, id_number=None, phone=PartyUnit.contact_phone)
        )
        member_query = member_query.where(
            number_condition(
                query.text,
                id_number=None,
                phone=PartyMember.phone,
                phone_tail=PartyMember.phone_tail,
            )
        )
    else:
        pattern = contains(query.text if query is not None else text)
        unit_query = unit_query.where(PartyUnit.name.like(pattern, escape="\\"))
        conditions: list[ColumnElement[bool]] = [PartyUnit.name.like(pattern, escape="\\")]
        if query is not None:
            conditions.append(
                person_condition(
                    query,
                    name=PartyMember.name,
                    initials=PartyMember.name_initials,
                    id_number=None,
                    phone=None,
                )
            )
        else:
            conditions.append(PartyMember.name.like(pattern, escape="\\"))
        member_query = member_query.where(or_(*conditions))
    units = s.scalars(unit_query.order_by(PartyUnit.name).limit(CLAIMANT_LIMIT))
    found = [unit_claimant(u) for u in units]
    members = s.scalars(
        member_query.options(selectinload(PartyMember.unit))
        .order_by(PartyMember.name, PartyMember.id)
        .limit(CLAIMANT_LIMIT)
    )
    found.extend(member_claimant(m) for m in members)
    return found


def registered_claimant(
    s: Session,
    site_id: int,
    unit_id: int | None,
    member_id: int | None,
    field: str = "claimant",
) -> str:
    """Refuse a unit or member that is not (or no longer) registered at the center; the
    name of the one given (the member with their unit), or "" when neither is."""
    name = ""
    if unit_id is not None:
        unit = s.get(PartyUnit, unit_id)
        if unit is None or unit.site_id != site_id or not unit.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "This unit is not registered at the center."),
                field=field,
            )
        name = unit.name
    if member_id is not None:
        member = s.get(PartyMember, member_id)
        if member is None or member.site_id != site_id or member.left_on is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "This party member is not registered at the center."),
                field=field,
            )
        name = f"{member.name}（{member.unit.name}）"
    return name


def claimers(
    s: Session, rows: Sequence[CommunityProject]
) -> tuple[dict[int, PartyUnit], dict[int, PartyMember]]:
    """The units and members who claimed ``rows``, by id."""
    unit_ids = {r.unit_id for r in rows if r.unit_id is not None}
    member_ids = {r.member_id for r in rows if r.member_id is not None}
    units: dict[int, PartyUnit] = {}
    members: dict[int, PartyMember] = {}
    if unit_ids:
        units = {u.id: u for u in s.scalars(select(PartyUnit).where(PartyUnit.id.in_(unit_ids)))}
    if member_ids:
        query = (
            select(PartyMember)
            .where(PartyMember.id.in_(member_ids))
            .options(selectinload(PartyMember.unit))
        )
        members = {m.id: m for m in s.scalars(query)}
    return units, members
