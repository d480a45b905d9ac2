"""The rules of the service items that have their own: the elderly-age subsidy (高龄补贴)
and its annual check (年审).

The same rules run twice: early, as soon as the applicant and the item are chosen at intake
(:func:`applicant_refusal`, so the desk says "too young" before any document is ticked), and
again inside the transaction that saves the case (:func:`check_item_rules`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.models import ElderlySubsidy, Resident, ServiceCase, ServiceItem
from hall_desk.domain.catalogue import ItemKind
from hall_desk.domain.elderly import check_applicant_age
from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.id_numbers import parse_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.cases.case_intake import CleanIntake
from hall_desk.services.session import StaffSession


def check_item_rules(
    s: Session,
    actor: StaffSession,
    clean: CleanIntake,
    resident_id: int,
    birth_date: date | None,
    today: date,
) -> None:
    """The elderly-age subsidy's own rules: age from the ID, one subsidy, one open application;
    an annual check needs a subsidy being paid."""
    kind = ItemKind(clean.item.kind)
    if kind is ItemKind.ELDERLY_SUBSIDY and birth_date is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The elderly-age subsidy needs the applicant's ID number: the age is "
                "taken from it.",
            ),
            field="id_number",
        )
    _elderly_rules(s, actor, kind, clean.item.id, resident_id, birth_date, today)


def applicant_refusal(
    s: Session,
    actor: StaffSession,
    item_id: int | None,
    resident_id: int | None,
    id_number: str,
    today: date,
) -> None:
    """Raise now what accepting would refuse about the applicant (too young for the elderly-age
    subsidy, already receiving it, an application still open, no subsidy to check), as soon as
    the resident and the item are known and before any document is ticked.

    The resident is the one picked (``resident_id``) or the one holding the typed ID number;
    the age comes from the typed ID number, else from the one on file. Says nothing while
    either is unknown; the full checks still run when the case is saved.
    """
    item = s.get(ServiceItem, item_id) if item_id is not None else None
    if item is None or item.site_id != actor.site_id:
        return
    kind = ItemKind(item.kind)
    if kind not in (ItemKind.ELDERLY_SUBSIDY, ItemKind.ELDERLY_CHECK):
        return
    typed = None
    if id_number.strip():
        try:
            typed = parse_id_number(id_number, today)
        except ValidationError:
            return  # the form says what is wrong with the number
    resident = s.get(Resident, resident_id) if resident_id is not None else None
    if resident is not None and resident.site_id != actor.site_id:
        resident = None
    if resident is None and typed is not None:
        resident = s.scalar(
            select(Resident).where(
                Resident.site_id == actor.site_id, Resident.id_number == typed.canonical
            )
        )
    birth_date = typed.birth_date if typed is not None else None
    if birth_date is None and resident is not None:
        birth_date = resident.birth_date
    _elderly_rules(s, actor, kind, item.id, resident.id if resident else None, birth_date, today)


def _elderly_rules(
    s: Session,
    actor: StaffSession,
    kind: ItemKind,
    item_id: int,
    resident_id: int | None,
    birth_date: date | None,
    today: date,
) -> None:
    """The rules of the two elderly items for what is known of the applicant."""
    if kind not in (ItemKind.ELDERLY_SUBSIDY, ItemKind.ELDERLY_CHECK):
        return
    if kind is ItemKind.ELDERLY_SUBSIDY and birth_date is not None:
        check_applicant_age(birth_date, today)
    if resident_id is None:
        return
    subsidy = s.scalar(
        select(ElderlySubsidy).where(
            ElderlySubsidy.site_id == actor.site_id,
            ElderlySubsidy.resident_id == resident_id,
        )
    )
    if kind is ItemKind.ELDERLY_SUBSIDY:
        if subsidy is not None and subsidy.stopped_on is None:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This resident already receives the elderly-age subsidy (since {start}).",
                ),
                start=subsidy.started_on.isoformat(),
            )
        open_case = s.scalar(
            select(ServiceCase.number).where(
                ServiceCase.resident_id == resident_id,
                ServiceCase.item_id == item_id,
                ServiceCase.closed_at.is_(None),
            )
        )
        if open_case is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages", "This resident's application {number} is still open."
                ),
                number=open_case,
            )
    elif subsidy is None or subsidy.stopped_on is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This resident has no elderly-age subsidy being paid, so there is nothing "
                "to check. Take an application (高龄补贴申请) instead.",
            )
        )
