"""Finding a volunteer: 双报到 members first, then residents, as the desk's searches do.

What was typed is read as the registry and the visitor desk read it: a name, pinyin initials,
or the last four characters of a phone or ID number, or the whole number (never a longer
tail). A person who is both a member and a resident is offered once, as the member.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.models import Resident
from hall_desk.db.party_models import PartyMember, PartyUnit
from hall_desk.domain.names import classify_query
from hall_desk.domain.phones import mask_phone
from hall_desk.services.activities.activity_records import VolunteerCandidate, VolunteerRef
from hall_desk.services.party.registry_records import MemberFilter, MemberState
from hall_desk.services.party.registry_search import member_conditions
from hall_desk.services.residents import ResidentService
from hall_desk.services.session import StaffSession

MEMBER_LIMIT = 20


def matching_members(
    s: Session, actor: StaffSession, text: str, today: date, *, with_left: bool
) -> list[tuple[VolunteerCandidate, str | None, str]]:
    """Members matching ``text`` (those who left only ``with_left``), with each one's ID
    number and phone kept for telling residents apart; never shown."""
    wanted = MemberFilter(text=text, state=MemberState.ALL if with_left else MemberState.ACTIVE)
    rows = s.execute(
        select(
            PartyMember.id,
            PartyMember.name,
            PartyMember.phone,
            PartyMember.id_number,
            PartyUnit.name,
        )
        .join(PartyUnit, PartyUnit.id == PartyMember.unit_id)
        .where(*member_conditions(actor, wanted, today))
        .order_by(PartyMember.name_initials, PartyMember.id)
        .limit(MEMBER_LIMIT)
    ).all()
    return [
        (
            VolunteerCandidate(
                ref=VolunteerRef(member_id=member_id),
                name=name,
                masked_phone=mask_phone(phone) if phone else "",
                unit_name=unit_name,
                is_member=True,
            ),
            id_number,
            phone or "",
        )
        for member_id, name, phone, id_number, unit_name in rows
    ]


def find_candidates(
    residents: ResidentService,
    s: Session,
    actor: StaffSession,
    text: str,
    today: date,
    *,
    with_left: bool = False,
) -> list[VolunteerCandidate]:
    """Members, then residents who are not those members, matching ``text``."""
    if classify_query(text) is None:
        return []
    members = matching_members(s, actor, text, today, with_left=with_left)
    member_ids = {id_number for _, id_number, _ in members if id_number}
    member_phones = {(c.name, phone) for c, _, phone in members if phone}
    found = residents.search(actor, text)
    known = {
        resident_id: (id_number, phone)
        for resident_id, id_number, phone in s.execute(
            select(Resident.id, Resident.id_number, Resident.phone).where(
                Resident.site_id == actor.site_id, Resident.id.in_([r.id for r in found])
            )
        )
    }
    others: list[VolunteerCandidate] = []
    for summary in found:
        id_number, phone = known.get(summary.id, (None, None))
        if (id_number and id_number in member_ids) or (summary.name, phone) in member_phones:
            continue
        others.append(
            VolunteerCandidate(
                ref=VolunteerRef(resident_id=summary.id),
                name=summary.name,
                masked_phone=summary.masked_phone,
                unit_name="",
                is_member=False,
            )
        )
    return [c for c, _, _ in members] + others
