"""Finding members: by name or unit, pinyin initials, the last digits of a phone or ID
number, a unit, a talent pool, and who is listed (active, due to report again, left)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session

from hall_desk.db.party_models import MemberSkill, PartyMember, PartyUnit, TalentPool
from hall_desk.domain.names import QueryKind, classify_query
from hall_desk.domain.party_rereport import due_soon_cutoff
from hall_desk.services.party.registry_records import (
    MEMBER_COLUMNS,
    MemberFilter,
    MemberInfo,
    MemberState,
    member_info_from,
)
from hall_desk.services.session import StaffSession


def member_conditions(
    session: StaffSession, wanted: MemberFilter, today: date
) -> list[ColumnElement[bool]]:
    """What the members ``wanted`` asks for must satisfy (``PartyUnit`` joined)."""
    conditions: list[ColumnElement[bool]] = [PartyMember.site_id == session.site_id]
    if wanted.unit_id is not None:
        conditions.append(PartyMember.unit_id == wanted.unit_id)
    if wanted.pool_id is not None:
        conditions.append(
            PartyMember.id.in_(
                select(MemberSkill.member_id).where(MemberSkill.pool_id == wanted.pool_id)
            )
        )
    if wanted.state is MemberState.ACTIVE:
        conditions.append(PartyMember.left_on.is_(None))
    elif wanted.state is MemberState.LEFT:
        conditions.append(PartyMember.left_on.is_not(None))
    elif wanted.state is MemberState.DUE:
        conditions.append(PartyMember.left_on.is_(None))
        conditions.append(PartyMember.last_reported_on <= due_soon_cutoff(today))
    condition = _text_condition(wanted.text)
    if condition is not None:
        conditions.append(condition)
    return conditions


def listed_members(
    s: Session, session: StaffSession, wanted: MemberFilter, today: date
) -> list[MemberInfo]:
    """The members ``wanted`` asks for, read as plain columns (a center has 2,000): the
    re-report list longest overdue first, any other in the order they were registered."""
    conditions = member_conditions(session, wanted, today)
    stmt = (
        select(*MEMBER_COLUMNS)
        .join(PartyUnit, PartyUnit.id == PartyMember.unit_id)
        .where(*conditions)
    )
    if wanted.state is MemberState.DUE:
        stmt = stmt.order_by(PartyMember.last_reported_on, PartyMember.id)
    else:
        stmt = stmt.order_by(PartyMember.id)
    pools: dict[int, list[tuple[int, str]]] = {}
    skills = (
        select(MemberSkill.member_id, TalentPool.id, TalentPool.name)
        .join(TalentPool, TalentPool.id == MemberSkill.pool_id)
        .join(PartyMember, PartyMember.id == MemberSkill.member_id)
        .join(PartyUnit, PartyUnit.id == PartyMember.unit_id)
        .where(*conditions)
        .order_by(TalentPool.sort_order, TalentPool.id)
    )
    for member_id, pool_id, pool_name in s.execute(skills):
        pools.setdefault(member_id, []).append((pool_id, pool_name))
    return [member_info_from(tuple(row), pools.get(row[0], []), today) for row in s.execute(stmt)]


def _text_condition(text: str) -> ColumnElement[bool] | None:
    """Name (or unit), pinyin initials, or the last digits of a phone or ID number."""
    query = classify_query(text)
    if query is None:
        # Nothing typed lists everyone; what cannot be a name, initials or digits, no one.
        return false() if text.strip() else None
    needle = _escape_like(query.text)
    if query.kind is QueryKind.NAME:
        return or_(
            PartyMember.name.like(f"%{needle}%", escape="\\"),
            PartyUnit.name.like(f"%{needle}%", escape="\\"),
        )
    if query.kind is QueryKind.INITIALS:
        return or_(
            PartyMember.name_initials.like(f"% {needle}%", escape="\\"),
            func.lower(PartyMember.name).like(f"%{needle}%", escape="\\"),
        )
    conditions: list[ColumnElement[bool]] = [PartyMember.id_number.like(f"%{needle}", escape="\\")]
    if len(query.text) == 4:
        conditions.append(PartyMember.phone_tail == query.text)
    else:
        digits = func.replace(PartyMember.phone, "-", "")
        conditions.append(digits.like(f"%{needle}", escape="\\"))
    return or_(*conditions)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
