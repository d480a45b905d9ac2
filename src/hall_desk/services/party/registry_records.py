"""What the registry hands out and takes in: units and members as plain, masked records,
and reading one unit or member of the signed-in center."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from hall_desk.db.party_models import MemberSkill, PartyMember, PartyUnit
from hall_desk.domain.errors import NotFoundError
from hall_desk.domain.id_numbers import mask_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_registry import Agreement, AgreementState, UnitKind, agreement_state
from hall_desk.domain.party_rereport import ReportState, rereport_due_on, rereport_state
from hall_desk.domain.phones import mask_phone
from hall_desk.services.session import StaffSession

# -- units ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitForm:
    """A unit as typed in its dialog. An empty contact phone when changing a unit keeps the
    stored one (the form only ever shows it masked)."""

    name: str
    kind: str
    contact_name: str = ""
    contact_phone: str = ""
    agreement_number: str = ""
    agreement_signed_on: date | None = None
    agreement_ends_on: date | None = None
    agreement_commitments: str = ""

    @property
    def agreement(self) -> Agreement:
        return Agreement(
            self.agreement_number,
            self.agreement_signed_on,
            self.agreement_ends_on,
            self.agreement_commitments,
        )


@dataclass(frozen=True)
class UnitInfo:
    """A unit as the desk lists it: the contact's phone masked, its active members counted."""

    id: int
    name: str
    kind: UnitKind
    contact_name: str
    masked_contact_phone: str
    agreement: Agreement
    agreement_state: AgreementState
    active: bool
    member_count: int


def unit_info(row: PartyUnit, member_count: int, today: date) -> UnitInfo:
    return UnitInfo(
        id=row.id,
        name=row.name,
        kind=UnitKind(row.kind),
        contact_name=row.contact_name,
        masked_contact_phone=mask_phone(row.contact_phone) if row.contact_phone else "",
        agreement=Agreement(
            row.agreement_number,
            row.agreement_signed_on,
            row.agreement_ends_on,
            row.agreement_commitments,
        ),
        agreement_state=agreement_state(row.agreement_signed_on, row.agreement_ends_on, today),
        active=row.active,
        member_count=member_count,
    )


def unit_row(s: Session, session: StaffSession, unit_id: int | None) -> PartyUnit:
    row = s.get(PartyUnit, unit_id) if unit_id is not None else None
    if row is None or row.site_id != session.site_id:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This unit is no longer registered."))
    return row


class MemberState(StrEnum):
    """Which members the registry lists."""

    ACTIVE = "active"
    DUE = "due"  # due to report again, or due within 30 days
    LEFT = "left"
    ALL = "all"


@dataclass(frozen=True)
class MemberFilter:
    """What the registry's search box and filters ask for."""

    text: str = ""
    unit_id: int | None = None
    pool_id: int | None = None
    state: MemberState = MemberState.ACTIVE


@dataclass(frozen=True)
class MemberForm:
    """A member as typed in the dialog. When changing a member, an empty phone or ID number
    keeps the stored one (the form only shows them masked)."""

    name: str
    unit_id: int | None
    phone: str
    id_number: str = ""
    neighbourhood: str = ""
    grid: str = ""
    reported_on: date | None = None
    pool_ids: tuple[int, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class MemberInfo:
    """A member as the desk lists them: phone and ID number masked."""

    id: int
    name: str
    unit_id: int
    unit_name: str
    masked_phone: str
    masked_id: str
    neighbourhood: str
    grid: str
    reported_on: date
    last_reported_on: date
    rereport_due_on: date
    report_state: ReportState
    left_on: date | None
    left_reason: str
    pool_ids: tuple[int, ...]
    pools: tuple[str, ...]
    note: str

    @property
    def active(self) -> bool:
        return self.left_on is None


def member_info(row: PartyMember, today: date) -> MemberInfo:
    """``row`` with its unit and skills (and their pools) loaded."""
    skills = sorted(row.skills, key=lambda k: (k.pool.sort_order, k.pool.id))
    values = (
        row.id, row.name, row.unit_id, row.unit.name, row.phone, row.id_number,
        row.neighbourhood, row.grid, row.reported_on, row.last_reported_on, row.left_on,
        row.left_reason, row.note,
    )  # fmt: skip
    return member_info_from(values, [(k.pool_id, k.pool.name) for k in skills], today)


def with_details() -> tuple[ExecutableOption, ...]:
    """Loader options for a member's unit and pools, fetched in a few queries for a list."""
    return (
        selectinload(PartyMember.unit),
        selectinload(PartyMember.skills).selectinload(MemberSkill.pool),
    )


def member_row(s: Session, session: StaffSession, member_id: int) -> PartyMember:
    row = s.scalar(select(PartyMember).where(PartyMember.id == member_id).options(*with_details()))
    if row is None or row.site_id != session.site_id:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This member is no longer registered."))
    return row


MEMBER_COLUMNS = (
    PartyMember.id,
    PartyMember.name,
    PartyMember.unit_id,
    PartyUnit.name,
    PartyMember.phone,
    PartyMember.id_number,
    PartyMember.neighbourhood,
    PartyMember.grid,
    PartyMember.reported_on,
    PartyMember.last_reported_on,
    PartyMember.left_on,
    PartyMember.left_reason,
    PartyMember.note,
)


def member_info_from(
    values: Sequence[Any], pools: list[tuple[int, str]], today: date
) -> MemberInfo:
    """A member from the columns of ``MEMBER_COLUMNS``, in that order."""
    (id_, name, unit_id, unit_name, phone, id_number, place, grid, reported_on, last,
     left_on, left_reason, note) = values  # fmt: skip
    return MemberInfo(
        id=id_,
        name=name,
        unit_id=unit_id,
        unit_name=unit_name,
        masked_phone=mask_phone(phone),
        masked_id=mask_id_number(id_number) if id_number else "",
        neighbourhood=place,
        grid=grid,
        reported_on=reported_on,
        last_reported_on=last,
        rereport_due_on=rereport_due_on(last),
        report_state=rereport_state(last, today, left_on),
        left_on=left_on,
        left_reason=left_reason,
        pool_ids=tuple(pool_id for pool_id, _name in pools),
        pools=tuple(pool_name for _id, pool_name in pools),
        note=note,
    )
