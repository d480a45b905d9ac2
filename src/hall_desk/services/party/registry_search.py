"""Finding members: by name or unit, pinyin initials, the last 4 (or all) of a phone or ID
number, a unit, a talent pool, and who is listed (active, due to report again, left)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement, false, select
from sqlalchemy.orm import Session

from hall_desk.db.party_models import MemberSkill, PartyMember, PartyUnit, TalentPool
from hall_desk.domain.names import classify_query
from hall_desk.domain.party_rereport import due_soon_cutoff
from hall_desk.services import audit
from hall_desk.services.party.registry_records import (
    MEMBER_COLUMNS,
    MemberFilter,
    MemberInfo,
    MemberState,
    member_info_from,
)
from hall_desk.services.session import StaffSession
from hall_desk.services.text_search import is_whole_number, person_condition


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


def is_number_search(wanted: MemberFilter) -> bool:
    """Whether ``wanted`` looks for a whole phone or ID number (a search to audit)."""
    return is_whole_number(classify_query(wanted.text))


def audit_number_search(s: Session, session: StaffSession, now: datetime, found: int) -> None:
    """Record that ``session`` searched the members by a whole number, never the number."""
    audit.record(s, at=now, actor=session, action="search_by_number", entity="member",
                 matches=found)  # fmt: skip


def _text_condition(text: str) -> ColumnElement[bool] | None:
    """Name (or unit), pinyin initials, or a phone or ID number (its last 4 or whole)."""
    query = classify_query(text)
    if query is None:
        # Nothing typed lists everyone; what cannot be a name, initials or digits, no one.
        return false() if text.strip() else None
    return person_condition(
        query,
        name=PartyMember.name,
        initials=PartyMember.name_initials,
        id_number=PartyMember.id_number,
        phone=PartyMember.phone,
        phone_tail=PartyMember.phone_tail,
        also_named=(PartyUnit.name,),
    )
