"""Rows of the party-service desk written straight to the database, for tests of any part.

These build a registry without going through the registry's own service, so tests of
demands, slips, problem lists and figures do not depend on its forms.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from hall_desk.db.database import Database
from hall_desk.db.party_models import MemberSkill, PartyMember, PartyUnit
from hall_desk.services.party.lists import category_ids, ensure_party_lists, pool_ids

WHEN = datetime(2026, 3, 2, 9, 0)


def seed_lists(db: Database, site_id: int) -> tuple[dict[str, int], dict[str, int]]:
    """The center's (pools, categories) by name, seeding the defaults if needed."""
    with db.write() as s:
        ensure_party_lists(s, site_id)
        return pool_ids(s, site_id), category_ids(s, site_id)


def add_unit(
    db: Database, site_id: int, name: str = "县人民医院", kind: str = "institution"
) -> int:
    with db.write() as s:
        unit = PartyUnit(
            site_id=site_id,
            name=name,
            kind=kind,
            contact_name="赵书记",
            contact_phone="13912345678",
            created_at=WHEN,
            updated_at=WHEN,
        )
        s.add(unit)
        s.flush()
        return unit.id


def add_member(
    db: Database,
    site_id: int,
    unit_id: int,
    name: str,
    phone: str,
    *,
    neighbourhood: str = "",
    grid: str = "",
    pools: Iterable[str] = (),
    reported_on: date = date(2026, 1, 5),
) -> int:
    with db.write() as s:
        ensure_party_lists(s, site_id)
        ids = pool_ids(s, site_id)
        member = PartyMember(
            site_id=site_id,
            unit_id=unit_id,
            name=name,
            phone=phone,
            phone_tail=phone[-4:],
            neighbourhood=neighbourhood,
            grid=grid,
            reported_on=reported_on,
            last_reported_on=reported_on,
            created_at=WHEN,
            updated_at=WHEN,
        )
        member.skills = [MemberSkill(pool_id=ids[pool]) for pool in pools]
        s.add(member)
        s.flush()
        return member.id
