"""Writing members: one desk at a time, refusing a member registered twice, copying a
validated form onto a row with its talent pools, and what an audit row says changed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hall_desk.db.models import Site
from hall_desk.db.party_models import MemberSkill, PartyMember, PartyUnit, TalentPool
from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.id_numbers import parse_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import name_initials
from hall_desk.domain.party_registry import MAX_NOTE, MemberSpec
from hall_desk.domain.phones import parse_phone
from hall_desk.domain.text import clean_text
from hall_desk.services.party.lists import ensure_party_lists


def initials_column(name: str) -> str:
    """Every pinyin-initial spelling of the name, space-separated, for the initials search."""
    return " " + " ".join(name_initials(name)) + " "


def lock_registry(s: Session, site_id: int) -> None:
    """Let one desk at a time register members of a center, so two desks registering the same
    person at once cannot both pass the duplicate check. On PostgreSQL the center's row is
    locked FOR NO KEY UPDATE (rows that merely refer to the center are not held up); SQLite's
    write transactions already run one at a time."""
    s.execute(select(Site.id).where(Site.id == site_id).with_for_update(key_share=True))


def duplicate_refusal(
    s: Session, site_id: int, spec: MemberSpec, member_id: int | None = None
) -> ValidationError | None:
    """The refusal for a member already registered (the same ID number, or the same name
    and phone), naming the unit that sent them; None when there is none."""
    conditions = []
    if spec.id_number is not None:
        conditions.append(PartyMember.id_number == spec.id_number.canonical)
    if spec.phone is not None:
        conditions.append(
            (PartyMember.name == spec.name) & (PartyMember.phone == spec.phone.canonical)
        )
    if not conditions:
        return None
    found = s.execute(
        select(PartyMember.id_number, PartyMember.left_on, PartyUnit.name)
        .join(PartyUnit, PartyUnit.id == PartyMember.unit_id)
        .where(
            PartyMember.site_id == site_id,
            PartyMember.id != (member_id or 0),
            or_(*conditions),
        )
        .limit(1)
    ).first()
    if found is None:
        return None
    id_number, left_on, unit = found
    same_id = spec.id_number is not None and id_number == spec.id_number.canonical
    if left_on is not None:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "This member is already in the registry, sent by {unit}, and marked as left. "
            "Find them under “Members who left” and bring them back instead.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Messages", "This member is already registered, sent by {unit}."
        )
    return ValidationError(template, field="id_number" if same_id else "phone", unit=unit)


def apply_member(row: PartyMember, spec: MemberSpec, unit_id: int, now: datetime) -> None:
    """Copy the validated form onto ``row`` (a phone or ID of None keeps the stored one)."""
    if row.name != spec.name or not row.name_initials:
        row.name = spec.name
        row.name_initials = initials_column(spec.name)
    row.unit_id = unit_id
    if spec.phone is not None:
        row.phone = spec.phone.canonical
        row.phone_tail = spec.phone.tail
    if spec.id_number is not None:
        row.id_number = spec.id_number.canonical
    row.neighbourhood = spec.neighbourhood
    row.grid = spec.grid
    row.reported_on = spec.reported_on
    row.updated_at = now


def new_member(
    site_id: int, spec: MemberSpec, unit_id: int, pool_ids: Iterable[int], now: datetime
) -> PartyMember:
    """A member row for ``spec``, reported on ``spec.reported_on`` (not yet added)."""
    row = PartyMember(
        site_id=site_id,
        name="",
        name_initials="",
        last_reported_on=spec.reported_on,
        created_at=now,
        note="",
        left_reason="",
    )
    apply_member(row, spec, unit_id, now)
    row.skills = [MemberSkill(pool_id=pool_id) for pool_id in dict.fromkeys(pool_ids)]
    return row


def checked_pool_ids(
    s: Session, site_id: int, pool_ids: Iterable[int], kept: Iterable[int] = ()
) -> list[int]:
    """The pools asked for, each once, all of them the center's own and in use (or, for
    ``kept``, pools the member already has, even if retired since)."""
    wanted = list(dict.fromkeys(pool_ids))
    new = [pool_id for pool_id in wanted if pool_id not in set(kept)]
    if not new:
        return wanted
    ensure_party_lists(s, site_id)
    known = set(
        s.scalars(
            select(TalentPool.id).where(
                TalentPool.site_id == site_id, TalentPool.active, TalentPool.id.in_(new)
            )
        )
    )
    if len(known) != len(new):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "A chosen talent pool has been retired meanwhile; please choose again."
            ),
            field="pools",
        )
    return wanted


def set_pools(row: PartyMember, pool_ids: Sequence[int]) -> None:
    """Give ``row`` exactly these pools, keeping the skills it already has."""
    keep = {k.pool_id: k for k in row.skills}
    row.skills = [keep.get(pool_id) or MemberSkill(pool_id=pool_id) for pool_id in pool_ids]


def clean_note(raw: str) -> str:
    """The optional note on a member: one line, at most 500 characters."""
    text = raw.strip()
    if not text:
        return ""
    return clean_text(
        text.replace("\n", " "),
        field="note",
        what=QT_TRANSLATE_NOOP("Messages", "the note"),
        max_length=MAX_NOTE,
        required=False,
    )


def stored_spec(row: PartyMember, spec: MemberSpec) -> MemberSpec:
    """The member as it will be stored: a phone or ID left empty keeps the stored one."""
    phone = spec.phone or parse_phone(row.phone)
    id_number = spec.id_number
    if id_number is None and row.id_number:
        id_number = parse_id_number(row.id_number, row.updated_at.date())
    return replace(spec, phone=phone, id_number=id_number)


def changed_fields(
    row: PartyMember, spec: MemberSpec, unit_id: int, pool_ids: list[int], note: str
) -> list[str]:
    """What an edit changes, by name only (an audit row never holds the values)."""
    changed = []
    if row.name != spec.name:
        changed.append("name")
    if row.unit_id != unit_id:
        changed.append("unit")
    if spec.phone is not None and spec.phone.canonical != row.phone:
        changed.append("phone")
    if spec.id_number is not None and spec.id_number.canonical != row.id_number:
        changed.append("id_number")
    if (row.neighbourhood, row.grid) != (spec.neighbourhood, spec.grid):
        changed.append("place")
    if row.reported_on != spec.reported_on:
        changed.append("reported_on")
    if sorted(k.pool_id for k in row.skills) != sorted(pool_ids):
        changed.append("pools")
    if row.note != note:
        changed.append("note")
    return changed


def flush_member(s: Session) -> None:
    """Write the member now; another desk registering the same ID number at the same moment
    loses to the unique index and is told so."""
    try:
        with s.begin_nested():
            s.flush()
    except IntegrityError:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Another desk has just registered a member with this ID number. Search for "
                "them before adding them again.",
            )
        ) from None
