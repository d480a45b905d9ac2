"""Checking what the clerk typed for a new case.

Every field is checked at once so the form can mark all bad fields; the elderly-age subsidy and
its annual check add their own rules (``item_rules``) once the resident is known.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from hall_desk.db.models import ServiceItem
from hall_desk.domain.cases import (
    CaseAction,
    clean_reason,
)
from hall_desk.domain.catalogue import ItemKind
from hall_desk.domain.elderly import CheckMethod
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.id_numbers import parse_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import normalize_person_name
from hall_desk.domain.party_transfer import TransferDetails, clean_transfer
from hall_desk.domain.phones import parse_phone
from hall_desk.domain.text import clean_text
from hall_desk.domain.visits import VisitorCategory
from hall_desk.services.residents import PersonDetails
from hall_desk.services.session import StaffSession

T = TypeVar("T")

MAX_AGENT_RELATION = 20
MAX_DOCUMENT_NAME = 80


@dataclass(frozen=True)
class TransferForm:
    """党员组织关系转接 details as typed at intake."""

    direction: str
    scope: str
    from_org: str
    to_org: str
    letter_number: str
    issued_on: date | None
    valid_until: date | None
    channel: str


@dataclass(frozen=True)
class IntakeForm:
    """What the clerk entered for a walk-in request.

    ``documents_received`` are the item's documents ticked as handed in; every required
    document not ticked is missing, and ``extra_missing`` adds anything else still needed.
    """

    item_id: int | None
    name: str
    id_number: str = ""
    phone: str = ""
    resident_id: int | None = None
    documents_received: Sequence[str] = ()
    extra_missing: Sequence[str] = ()
    agent_name: str = ""
    agent_relation: str = ""
    agent_phone: str = ""
    note: str = ""
    transfer: TransferForm | None = None
    check_method: str = ""


@dataclass(frozen=True)
class CleanIntake:
    item: ServiceItem
    person: PersonDetails
    received: tuple[str, ...]
    missing: tuple[str, ...]
    agent: tuple[str, str, str]
    note: str
    transfer: TransferDetails | None
    check_method: CheckMethod | None


def validate_intake(
    s: Session,
    actor: StaffSession,
    form: IntakeForm,
    action: CaseAction,
    reason: str,
    today: date,
) -> CleanIntake:
    """Every field of the intake form checked at once; raises one error naming them all."""
    errors: list[ValidationError] = []

    def attempt(fn: Callable[[], T], default: T) -> T:
        try:
            return fn()
        except ValidationError as exc:
            errors.append(exc)
            return default

    item = s.get(ServiceItem, form.item_id) if form.item_id is not None else None
    if item is None or item.site_id != actor.site_id:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please choose the service item."), field="item"
            )
        )
    elif item.retired_at is not None:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "“{name}” has been retired from the service list."),
                field="item",
                name=item.name,
            )
        )
    name = attempt(lambda: normalize_person_name(form.name), "")
    id_number = attempt(
        lambda: parse_id_number(form.id_number, today) if form.id_number.strip() else None,
        None,
    )
    phone = attempt(lambda: parse_phone(form.phone) if form.phone.strip() else None, None)
    if not form.id_number.strip() and not form.phone.strip() and form.resident_id is None:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Please give an ID number or a phone number, so the center can reach "
                    "the resident about this case.",
                ),
                field="phone",
            )
        )
    required = tuple(json.loads(item.documents)) if item is not None else ()
    nothing: tuple[str, ...] = ()
    received = attempt(lambda: clean_lines(form.documents_received), nothing)
    extra_missing = attempt(lambda: _clean_extra(form.extra_missing), nothing)
    missing = tuple(d for d in required if d not in received) + tuple(
        d for d in extra_missing if d not in required
    )
    if action is CaseAction.ACCEPT and missing:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Still missing: {missing}. Tick what was handed in, or give a one-time "
                    "notice of what is missing.",
                ),
                field="documents",
                missing="、".join(missing),
            )
        )
    if action is CaseAction.NOTIFY and not missing:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Nothing is missing, so there is nothing to notify; accept the case instead.",
                ),
                field="documents",
            )
        )
    if action is CaseAction.REFUSE:
        attempt(lambda: clean_reason(reason), "")
    agent = attempt(lambda: _clean_agent(form, item), ("", "", ""))
    note = attempt(lambda: clean_reason(form.note, "note", required=False), "")
    transfer: TransferDetails | None = None
    check_method: CheckMethod | None = None
    kind = ItemKind(item.kind) if item is not None else ItemKind.GENERAL
    if kind is ItemKind.PARTY_TRANSFER and action is not CaseAction.REFUSE:
        if form.transfer is None:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Please fill in the transfer letter details."),
                    field="transfer_letter",
                )
            )
        else:
            t = form.transfer
            transfer = attempt(
                lambda: clean_transfer(
                    direction=t.direction,
                    scope=t.scope,
                    from_org=t.from_org,
                    to_org=t.to_org,
                    letter_number=t.letter_number,
                    issued_on=t.issued_on,
                    valid_until=t.valid_until,
                    channel=t.channel,
                    today=today,
                ),
                None,
            )
    if kind is ItemKind.ELDERLY_CHECK and action is not CaseAction.REFUSE:
        try:
            check_method = CheckMethod(form.check_method)
        except ValueError:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Please choose how the annual check is done: in person, by home "
                        "visit or on their behalf.",
                    ),
                    field="check_method",
                )
            )
    if (
        kind is ItemKind.ELDERLY_SUBSIDY
        and id_number is None
        and form.resident_id is None
        and not any(e.for_field("id_number") for e in errors)
    ):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The elderly-age subsidy needs the applicant's ID number: the "
                    "age is taken from it.",
                ),
                field="id_number",
            )
        )
    if errors:
        raise ValidationError.many(errors)
    assert item is not None
    person = PersonDetails(name, id_number, phone, VisitorCategory.RESIDENT)
    return CleanIntake(item, person, received, missing, agent, note, transfer, check_method)


def clean_lines(values: Sequence[str]) -> tuple[str, ...]:
    """Names of documents handed in, each cleaned like any other line of text (no control
    characters, at most 80 characters: refused, never cut), without repeats."""
    seen: list[str] = []
    for raw in values:
        text = clean_text(
            str(raw),
            field="documents",
            what=QT_TRANSLATE_NOOP("Messages", "a document name"),
            max_length=MAX_DOCUMENT_NAME,
            required=False,
        )
        if text and text not in seen:
            seen.append(text)
    return tuple(seen)


def _clean_extra(values: Sequence[str]) -> tuple[str, ...]:
    from hall_desk.domain.catalogue import clean_documents

    lines = [v for v in values if str(v).strip()]
    if not lines:
        return ()
    try:
        return clean_documents(lines)
    except ValidationError as exc:
        raise ValidationError(
            exc.message.template, field="documents", **exc.message.params
        ) from None


def _clean_agent(form: IntakeForm, item: ServiceItem | None) -> tuple[str, str, str]:
    if not (form.agent_name.strip() or form.agent_relation.strip() or form.agent_phone.strip()):
        return ("", "", "")
    errors: list[ValidationError] = []
    if item is not None and not item.agent_allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{name}” must be handled by the resident in person; it cannot be done on "
                "their behalf.",
            ),
            field="agent_name",
            name=item.name,
        )
    name = ""
    try:
        name = normalize_person_name(form.agent_name)
    except ValidationError as exc:
        errors.append(
            ValidationError(exc.message.template, field="agent_name", **exc.message.params)
        )
    relation = " ".join(form.agent_relation.split())
    if not relation or len(relation) > MAX_AGENT_RELATION or not relation.isprintable():
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Please say how the agent is related to the resident (e.g. 子女, 网格员).",
                ),
                field="agent_relation",
            )
        )
    phone = ""
    try:
        phone = parse_phone(form.agent_phone).canonical
    except ValidationError as exc:
        errors.append(
            ValidationError(exc.message.template, field="agent_phone", **exc.message.params)
        )
    if errors:
        raise ValidationError.many(errors)
    return (name, relation, phone)
