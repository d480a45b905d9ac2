"""A center's talent pools and kinds of demand as administrators keep them: add, rename,
retire (its members and demands keep it) and order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hall_desk.db.party_models import Demand, DemandCategory, MemberSkill, PartyMember, TalentPool
from hall_desk.domain.errors import NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_lists import clean_list_name
from hall_desk.services.party.lists import ensure_party_lists

ListRow = TalentPool | DemandCategory


class PartyList(StrEnum):
    """Which of the two lists."""

    POOLS = "pools"
    CATEGORIES = "categories"


@dataclass(frozen=True)
class ListEntry:
    """A talent pool or a kind of demand; ``use_count`` is how many active members are in
    the pool, or how many demands are of the kind."""

    id: int
    name: str
    active: bool
    use_count: int


def model_of(which: PartyList) -> type[TalentPool] | type[DemandCategory]:
    return TalentPool if which is PartyList.POOLS else DemandCategory


def entries(s: Session, site_id: int, which: PartyList, *, seed: bool = True) -> list[ListEntry]:
    """Every entry of the list, retired ones too, in the list's order (inside a write, a
    center's first look gives it the shipped lists, unless ``seed`` is False)."""
    if seed:
        ensure_party_lists(s, site_id)
    model = model_of(which)
    rows = cast(
        Sequence[ListRow],
        s.scalars(
            select(model).where(model.site_id == site_id).order_by(model.sort_order, model.id)
        ).all(),
    )
    counts = _use_counts(s, site_id, which)
    return [ListEntry(r.id, r.name, r.active, counts.get(r.id, 0)) for r in rows]


def _use_counts(s: Session, site_id: int, which: PartyList) -> dict[int, int]:
    if which is PartyList.POOLS:
        query = (
            select(MemberSkill.pool_id, func.count())
            .join(PartyMember, PartyMember.id == MemberSkill.member_id)
            .where(PartyMember.site_id == site_id, PartyMember.left_on.is_(None))
            .group_by(MemberSkill.pool_id)
        )
    else:
        query = (
            select(Demand.category_id, func.count())
            .where(Demand.site_id == site_id)
            .group_by(Demand.category_id)
        )
    return {id_: count for id_, count in s.execute(query)}


def entry_row(s: Session, site_id: int, which: PartyList, entry_id: int) -> ListRow:
    row = cast(ListRow | None, s.get(model_of(which), entry_id))
    if row is None or row.site_id != site_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "This entry of the list no longer exists.")
        )
    return row


def add_entry(s: Session, site_id: int, which: PartyList, raw_name: str) -> ListRow:
    """A new entry at the end of the list."""
    name = clean_list_name(raw_name)
    ensure_party_lists(s, site_id)
    _check_unique(s, site_id, which, name)
    model = model_of(which)
    last = s.scalar(select(func.max(model.sort_order)).where(model.site_id == site_id))
    row = model(site_id=site_id, name=name, sort_order=(last or 0) + 1, active=True)
    s.add(row)
    s.flush()
    return row


def rename_entry(s: Session, site_id: int, which: PartyList, entry_id: int, raw: str) -> ListRow:
    name = clean_list_name(raw)
    row = entry_row(s, site_id, which, entry_id)
    _check_unique(s, site_id, which, name, entry_id)
    row.name = name
    return row


def move_entry(s: Session, site_id: int, which: PartyList, entry_id: int, step: int) -> bool:
    """Swap the entry with its neighbour above (``step`` < 0) or below; False at an end."""
    model = model_of(which)
    ids = list(
        s.scalars(
            select(model.id).where(model.site_id == site_id).order_by(model.sort_order, model.id)
        )
    )
    if entry_id not in ids:
        entry_row(s, site_id, which, entry_id)  # raises: not this center's
    index = ids.index(entry_id)
    other = index + (-1 if step < 0 else 1)
    if not 0 <= other < len(ids):
        return False
    ids[index], ids[other] = ids[other], ids[index]
    # Renumber the whole list: older lists may share sort numbers.
    found = cast(Sequence[ListRow], s.scalars(select(model).where(model.id.in_(ids))).all())
    rows = {r.id: r for r in found}
    for order, id_ in enumerate(ids):
        rows[id_].sort_order = order
    return True


def _check_unique(
    s: Session, site_id: int, which: PartyList, name: str, entry_id: int | None = None
) -> None:
    model = model_of(which)
    clash = cast(
        ListRow | None,
        s.scalar(
            select(model).where(
                model.site_id == site_id,
                func.lower(model.name) == name.lower(),
                model.id != (entry_id or 0),
            )
        ),
    )
    if clash is None:
        return
    if which is PartyList.POOLS:
        template = (
            QT_TRANSLATE_NOOP("Messages", "There is already a talent pool called {name}.")
            if clash.active
            else QT_TRANSLATE_NOOP(
                "Messages", "The retired talent pool {name} has this name; restore it instead."
            )
        )
    else:
        template = (
            QT_TRANSLATE_NOOP("Messages", "There is already a kind of demand called {name}.")
            if clash.active
            else QT_TRANSLATE_NOOP(
                "Messages", "The retired kind of demand {name} has this name; restore it instead."
            )
        )
    raise ValidationError(template, field="name", name=clash.name)


def check_not_last(s: Session, site_id: int, which: PartyList, entry_id: int) -> None:
    """A list keeps at least one entry in use (a demand needs a kind)."""
    model = model_of(which)
    others = s.scalar(
        select(func.count()).where(model.site_id == site_id, model.active, model.id != entry_id)
    )
    if not others:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "This is the last entry in use; add another before retiring it."
            ),
            field="name",
        )
