"""Checking a new demand as typed, and finding the rows a move works on.

``validate_demand`` checks every field at once so the intake dialog can mark all bad fields.
``lock_demand`` loads a demand of the actor's center for a move, locking its row on
PostgreSQL (SQLite's write transaction already began IMMEDIATE), so of two desks moving the
same demand at the same moment the second one waits and then sees what the first did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.models import Resident
from hall_desk.db.party_models import Demand, DemandCategory, PartyMember, PartyUnit
from hall_desk.domain.demand_intake import (
    DemandKind,
    DemandSource,
    check_wish_date,
    clean_description,
    clean_where,
    parse_kind,
    parse_level,
    parse_source,
)
from hall_desk.domain.demands import (
    ACTION_LABELS,
    STATUS_LABELS,
    DemandAction,
    DemandLevel,
    DemandStatus,
    allowed_actions,
    parse_demand_number,
)
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import normalize_person_name
from hall_desk.domain.phones import parse_phone
from hall_desk.services.residents import mask_name
from hall_desk.services.session import StaffSession

T = TypeVar("T")


@dataclass(frozen=True)
class DemandForm:
    """A demand as the clerk entered it. ``resident_id`` None: anonymous (a contact may still
    be given). ``wish_target_date`` only for a small wish."""

    kind: str
    source: str
    category_id: int | None
    description: str
    neighbourhood: str = ""
    place: str = ""
    level: str = DemandLevel.GENERAL.value
    needs_visit: bool = False
    resident_id: int | None = None
    contact_name: str = ""
    contact_phone: str = ""
    wish_target_date: date | None = None
    grid: str = ""


@dataclass(frozen=True)
class CleanDemand:
    kind: DemandKind
    source: DemandSource
    category: DemandCategory | None
    description: str
    neighbourhood: str
    grid: str
    place: str
    level: DemandLevel
    needs_visit: bool
    resident: Resident | None
    contact_name: str
    contact_phone: str
    wish_target_date: date | None


def validate_demand(
    s: Session, actor: StaffSession, form: DemandForm, today: date, *, caller_only: bool = False
) -> CleanDemand:
    """Every field checked at once; raises one ``ValidationError`` naming them all.

    ``caller_only``: the form only brings another resident's call into an existing demand
    (并单), so what concerns the demand itself (kind, category, level, where) is not needed.
    """
    errors: list[ValidationError] = []

    def attempt(fn: Callable[[], T], default: T) -> T:
        try:
            return fn()
        except ValidationError as exc:
            errors.append(exc)
            return default

    source = attempt(lambda: parse_source(form.source), DemandSource.DESK)
    description = attempt(lambda: clean_description(form.description), "")
    resident = None
    if form.resident_id is not None:
        resident = s.get(Resident, form.resident_id)
        if resident is None or resident.site_id != actor.site_id:
            resident = None
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "That resident is no longer on file."),
                    field="resident",
                )
            )
    contact_name = ""
    if form.contact_name.strip():
        contact_name = attempt(lambda: _field(normalize_person_name, form.contact_name), "")
    contact_phone = ""
    if form.contact_phone.strip():
        contact_phone = attempt(lambda: parse_phone(form.contact_phone).canonical, "")
    kind, category, level = DemandKind.DEMAND, None, DemandLevel.GENERAL
    where = ("", "", "")
    wish: date | None = None
    if not caller_only:
        kind = attempt(lambda: parse_kind(form.kind), DemandKind.DEMAND)
        level = attempt(lambda: parse_level(form.level), DemandLevel.GENERAL)
        where = attempt(lambda: clean_where(form.neighbourhood, form.grid, form.place), where)
        wish = attempt(lambda: check_wish_date(kind, form.wish_target_date, today), None)
        category = s.get(DemandCategory, form.category_id) if form.category_id else None
        if category is None or category.site_id != actor.site_id or not category.active:
            category = None
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Please choose the kind of demand."),
                    field="category",
                )
            )
    if errors:
        raise ValidationError.many(errors)
    return CleanDemand(
        kind=kind,
        source=source,
        category=category,
        description=description,
        neighbourhood=where[0],
        grid=where[1],
        place=where[2],
        level=level,
        needs_visit=bool(form.needs_visit),
        resident=resident,
        contact_name=contact_name,
        contact_phone=contact_phone,
        wish_target_date=wish,
    )


def _field(fn: Callable[[str], str], raw: str) -> str:
    """``fn(raw)`` with its errors moved onto the contact's field."""
    try:
        return fn(raw)
    except ValidationError as exc:
        raise ValidationError(
            exc.message.template, field="contact_name", **exc.message.params
        ) from None


# -- rows of a move --------------------------------------------------------------------------


def not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("Messages", "There is no demand with that number."))


def lock_demand(s: Session, actor: StaffSession, number: str, *, lock: bool = True) -> Demand:
    """The demand ``number`` (typed or scanned) of the actor's center, row-locked on PostgreSQL."""
    canonical = parse_demand_number(number)
    if canonical is None:
        raise not_found()
    query = select(Demand).where(Demand.site_id == actor.site_id, Demand.number == canonical)
    if lock and s.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    row = s.scalar(query.execution_options(populate_existing=True))
    if row is None:
        raise not_found()
    return row


def holder_of(
    s: Session, actor: StaffSession, member_id: int | None, unit_id: int | None
) -> tuple[PartyMember | None, PartyUnit | None]:
    """The member or the unit a demand is given to: exactly one, of this center, still active."""
    if (member_id is None) == (unit_id is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please choose one member or one unit."),
            field="holder",
        )
    if member_id is not None:
        member = s.get(PartyMember, member_id)
        if member is None or member.site_id != actor.site_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "That member is not registered here."),
                field="holder",
            )
        if member.left_on is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{name} has left; please choose someone else."),
                field="holder",
                name=mask_name(member.name),
            )
        return member, None
    unit = s.get(PartyUnit, unit_id)
    if unit is None or unit.site_id != actor.site_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "That unit is not registered here."), field="holder"
        )
    if not unit.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "{name} no longer reports here; please choose another."),
            field="holder",
            name=unit.name,
        )
    return None, unit


def holder_name(row: Demand) -> str:
    """Who has the demand, for a message: a member's name masked (张*) with their unit."""
    if row.member is not None:
        return f"{mask_name(row.member.name)}（{row.member.unit.name}）"
    if row.unit is not None:
        return row.unit.name
    return ""


def _when(at: datetime | None, now: datetime) -> str:
    if at is None:
        return ""
    return f"{at:%H:%M}" if at.date() == now.date() else f"{at:%Y-%m-%d %H:%M}"


def refused_move(row: Demand, action: DemandAction, now: datetime) -> ConflictError:
    """Why ``action`` cannot be done now, saying who has the demand when someone does."""
    status = DemandStatus(row.status)
    # Each label is translated on its own and then joined (see domain.errors.Message).
    allowed = tuple(ACTION_LABELS[a] for a in allowed_actions(status))
    holder = holder_name(row)
    if holder and action in (DemandAction.DISPATCH, DemandAction.ACCEPT, DemandAction.REASSIGN):
        if status is DemandStatus.DISPATCHED:
            return ConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{number} has already been dispatched to {holder} (at {time}). "
                    "Allowed now: {allowed}.",
                ),
                number=row.number,
                holder=holder,
                time=_when(row.dispatched_at, now),
                allowed=allowed,
            )
        if status in (DemandStatus.ACCEPTED, DemandStatus.IN_PROGRESS):
            return ConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{number} was already taken on by {holder} at {time}. Allowed now: {allowed}.",
                ),
                number=row.number,
                holder=holder,
                time=_when(row.accepted_at, now),
                allowed=allowed,
            )
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "A demand that is “{status}” cannot be moved by “{action}”. Allowed now: {allowed}.",
        ),
        status=STATUS_LABELS[status],
        action=ACTION_LABELS[action],
        allowed=allowed,
    )


def changed_meanwhile(row: Demand, now: datetime) -> ConflictError:
    """Another desk moved the demand since this desk looked at it."""
    status = DemandStatus(row.status)
    holder = holder_name(row)
    if holder:
        return ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{number} was changed at another desk meanwhile: it is now “{status}” with "
                "{holder} (since {time}). Please look at it again.",
            ),
            number=row.number,
            status=STATUS_LABELS[status],
            holder=holder,
            time=_when(row.accepted_at or row.dispatched_at, now),
        )
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{number} was changed at another desk meanwhile: it is now “{status}”. Please "
            "look at it again.",
        ),
        number=row.number,
        status=STATUS_LABELS[status],
    )


def merged_refusal(row: Demand, into: str) -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Messages", "{number} was merged into {into}; please work on {into} instead."
        ),
        number=row.number,
        into=into,
    )
