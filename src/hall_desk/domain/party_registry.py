"""The 双报到 registry's rules: units and their co-building agreements, members, re-reporting.

Work units (报到单位) of six kinds report to the community with a co-building agreement
(共建协议: a number, the day it was signed, the day it ends, what the unit commits to). Their
in-service party members (在职党员) report too, and again every half year
(``domain.party_rereport``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from pypinyin import lazy_pinyin

from hall_desk.domain.errors import FieldError, Message, ValidationError
from hall_desk.domain.id_numbers import IdNumber, parse_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import normalize_person_name
from hall_desk.domain.phones import Phone, parse_phone
from hall_desk.domain.text import clean_text

T = TypeVar("T")

#: An agreement "ends soon" this many days before its last day.
AGREEMENT_SOON_DAYS = 30
#: No registry date lies before this day (双报到 began long after; an earlier one is a typo).
EARLIEST_DATE = date(2000, 1, 1)

MAX_UNIT_NAME = 60
MAX_CONTACT_NAME = 40
MAX_AGREEMENT_NUMBER = 40
MAX_COMMITMENTS = 2000
MAX_NEIGHBOURHOOD = 40
MAX_GRID = 20
MAX_LEFT_REASON = 60
MAX_NOTE = 500


class UnitKind(StrEnum):
    GOVERNMENT = "government"
    INSTITUTION = "institution"
    STATE_OWNED = "state_owned"
    PRIVATE = "private"
    SOCIAL_ORG = "social_org"
    PROPERTY = "property"


UNIT_KIND_LABELS: dict[UnitKind, str] = {
    UnitKind.GOVERNMENT: QT_TRANSLATE_NOOP("Messages", "Party or government office"),
    UnitKind.INSTITUTION: QT_TRANSLATE_NOOP("Messages", "Public institution"),
    UnitKind.STATE_OWNED: QT_TRANSLATE_NOOP("Messages", "State-owned enterprise"),
    UnitKind.PRIVATE: QT_TRANSLATE_NOOP("Messages", "Non-public enterprise"),
    UnitKind.SOCIAL_ORG: QT_TRANSLATE_NOOP("Messages", "Social organisation"),
    UnitKind.PROPERTY: QT_TRANSLATE_NOOP("Messages", "Property management company"),
}


# -- the co-building agreement ----------------------------------------------------------------


class AgreementState(StrEnum):
    NONE = "none"
    NOT_STARTED = "not_started"
    IN_FORCE = "in_force"
    ENDING = "ending"
    ENDED = "ended"


AGREEMENT_STATE_LABELS: dict[AgreementState, str] = {
    AgreementState.NONE: QT_TRANSLATE_NOOP("Messages", "No agreement"),
    AgreementState.NOT_STARTED: QT_TRANSLATE_NOOP("Messages", "Not yet in force"),
    AgreementState.IN_FORCE: QT_TRANSLATE_NOOP("Messages", "In force"),
    AgreementState.ENDING: QT_TRANSLATE_NOOP("Messages", "Ends within 30 days"),
    AgreementState.ENDED: QT_TRANSLATE_NOOP("Messages", "Ended"),
}


def agreement_state(signed_on: date | None, ends_on: date | None, today: date) -> AgreementState:
    """Where a unit's agreement stands on ``today``.

    No signing date: no agreement. Signed later than today: not yet in force. Past its last
    day (``ends_on`` itself still counts): ended. Its last day within
    :data:`AGREEMENT_SOON_DAYS` days: ending. Otherwise (or with no end date) in force.
    """
    if signed_on is None:
        return AgreementState.NONE
    if signed_on > today:
        return AgreementState.NOT_STARTED
    if ends_on is None:
        return AgreementState.IN_FORCE
    if ends_on < today:
        return AgreementState.ENDED
    if ends_on - today <= timedelta(days=AGREEMENT_SOON_DAYS):
        return AgreementState.ENDING
    return AgreementState.IN_FORCE


@dataclass(frozen=True)
class Agreement:
    number: str = ""
    signed_on: date | None = None
    ends_on: date | None = None
    commitments: str = ""


@dataclass(frozen=True)
class UnitSpec:
    """A unit as validated from the form; the contact phone is canonical or empty."""

    name: str
    kind: UnitKind
    contact_name: str
    contact_phone: str
    agreement: Agreement


def clean_unit(
    *,
    name: str,
    kind: str,
    contact_name: str,
    contact_phone: str,
    agreement: Agreement,
) -> UnitSpec:
    """Check a unit's form; every bad field is reported at once.

    The name is required. The contact and the agreement are optional, but an agreement
    with a number, an end date or commitments needs the day it was signed, and it must end
    after that day.
    """
    problems: list[FieldError] = []
    cleaned_name = _collect(
        problems,
        lambda: clean_text(
            name,
            field="unit_name",
            what=QT_TRANSLATE_NOOP("Messages", "the unit's name"),
            max_length=MAX_UNIT_NAME,
        ),
        "",
    )
    try:
        unit_kind = UnitKind(kind)
    except ValueError:
        problems.append(
            _problem("unit_kind", QT_TRANSLATE_NOOP("Messages", "Please choose the unit's kind."))
        )
        unit_kind = UnitKind.GOVERNMENT
    contact = _collect(
        problems,
        lambda: clean_text(
            contact_name,
            field="contact_name",
            what=QT_TRANSLATE_NOOP("Messages", "the contact's name"),
            max_length=MAX_CONTACT_NAME,
            required=False,
        ),
        "",
    )
    phone = ""
    if contact_phone.strip():
        phone = _collect(
            problems, lambda: parse_phone(contact_phone).canonical, "", "contact_phone"
        )
    cleaned = _clean_agreement(agreement, problems)
    if problems:
        raise ValidationError.many(problems)
    return UnitSpec(cleaned_name, unit_kind, contact, phone, cleaned)


def _clean_agreement(agreement: Agreement, problems: list[FieldError]) -> Agreement:
    number = _collect(
        problems,
        lambda: clean_text(
            agreement.number,
            field="agreement_number",
            what=QT_TRANSLATE_NOOP("Messages", "the agreement number"),
            max_length=MAX_AGREEMENT_NUMBER,
            required=False,
        ),
        "",
    )
    commitments = agreement.commitments.strip()
    if len(commitments) > MAX_COMMITMENTS:
        problems.append(
            _problem(
                "agreement_commitments",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Too long: the commitments have {length} characters; at most {max} are "
                    "allowed.",
                ),
                length=len(commitments),
                max=MAX_COMMITMENTS,
            )
        )
    signed, ends = agreement.signed_on, agreement.ends_on
    if signed is None and (number or ends is not None or commitments):
        problems.append(
            _problem(
                "agreement_signed_on",
                QT_TRANSLATE_NOOP("Messages", "Please enter the day the agreement was signed."),
            )
        )
    if signed is not None and signed < EARLIEST_DATE:
        problems.append(_too_early("agreement_signed_on", signed))
    if signed is not None and ends is not None and ends <= signed:
        problems.append(
            _problem(
                "agreement_ends_on",
                QT_TRANSLATE_NOOP(
                    "Messages", "The agreement must end after the day it was signed ({signed})."
                ),
                signed=signed.isoformat(),
            )
        )
    return Agreement(number, signed, ends, commitments)


# -- members --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberSpec:
    """A member as validated from the form. ``phone`` is None only when an edit keeps the
    stored one; ``id_number`` is None when none was given (or an edit keeps the stored one)."""

    name: str
    phone: Phone | None
    id_number: IdNumber | None
    neighbourhood: str
    grid: str
    reported_on: date


def clean_member(
    *,
    name: str,
    phone: str,
    id_number: str,
    neighbourhood: str,
    grid: str,
    reported_on: date | None,
    today: date,
    keep_phone: bool = False,
) -> MemberSpec:
    """Check a member's form; every bad field is reported at once.

    The name follows the visitor desk's rules, the phone is required (unless ``keep_phone``:
    an edit that leaves it empty keeps the stored number), the ID number is optional and
    checked as on the visitor desk, 小区 and 网格 are optional short texts, and the day the
    member reported may not lie in the future.
    """
    problems: list[FieldError] = []
    cleaned_name = _collect(problems, lambda: normalize_person_name(name), "")
    parsed_phone: Phone | None = None
    if phone.strip() or not keep_phone:
        parsed_phone = _collect(problems, lambda: parse_phone(phone), None)
    parsed_id: IdNumber | None = None
    if id_number.strip():
        parsed_id = _collect(problems, lambda: parse_id_number(id_number, today), None)
    place = _collect(problems, lambda: clean_neighbourhood(neighbourhood), "")
    cleaned_grid = _collect(problems, lambda: clean_grid(grid), "")
    day = _collect(problems, lambda: clean_reported_on(reported_on, today), today)
    if problems:
        raise ValidationError.many(problems)
    return MemberSpec(cleaned_name, parsed_phone, parsed_id, place, cleaned_grid, day)


def clean_neighbourhood(raw: str) -> str:
    """The 小区 a member lives in: optional, one line, at most 40 characters."""
    return clean_text(
        raw,
        field="neighbourhood",
        what=QT_TRANSLATE_NOOP("Messages", "the neighbourhood"),
        max_length=MAX_NEIGHBOURHOOD,
        required=False,
    )


def clean_grid(raw: str) -> str:
    """The 网格 a member lives in: optional, one line, at most 20 characters."""
    return clean_text(
        raw,
        field="grid",
        what=QT_TRANSLATE_NOOP("Messages", "the grid"),
        max_length=MAX_GRID,
        required=False,
    )


def clean_reported_on(day: date | None, today: date) -> date:
    """The day a member reported (报到日期): required, not in the future, not absurdly early."""
    if day is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the day the member reported."),
            field="reported_on",
        )
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The day the member reported ({day}) cannot be in the future."
            ),
            field="reported_on",
            day=day.isoformat(),
        )
    if day < EARLIEST_DATE:
        raise ValidationError.many([_too_early("reported_on", day)])
    return day


def clean_left(left_on: date | None, reason: str, reported_on: date, today: date) -> str:
    """Check that a member left on a sensible day for a stated reason; the reason, cleaned."""
    problems: list[FieldError] = []
    if left_on is None:
        problems.append(
            _problem("left_on", QT_TRANSLATE_NOOP("Messages", "Please enter the day they left."))
        )
    elif left_on > today:
        problems.append(
            _problem(
                "left_on",
                QT_TRANSLATE_NOOP("Messages", "The day they left cannot be in the future."),
            )
        )
    elif left_on < reported_on:
        problems.append(
            _problem(
                "left_on",
                QT_TRANSLATE_NOOP(
                    "Messages", "The day they left is before the day they reported ({day})."
                ),
                day=reported_on.isoformat(),
            )
        )
    cleaned = _collect(
        problems,
        lambda: clean_text(
            reason,
            field="left_reason",
            what=QT_TRANSLATE_NOOP("Messages", "the reason"),
            max_length=MAX_LEFT_REASON,
        ),
        "",
    )
    if problems:
        raise ValidationError.many(problems)
    return cleaned


# -- talent pools in one cell ------------------------------------------------------------------

_POOL_SEPARATORS = re.compile(r"[、,，;；/\n]+")


def split_pools(text: str) -> list[str]:
    """Pool names written in one cell, separated by 、 or commas: trimmed, each once."""
    names = (part.strip() for part in _POOL_SEPARATORS.split(text))
    return list(dict.fromkeys(name for name in names if name))


# -- order ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def pinyin_key(text: str) -> str:
    """Chinese names sort by their pinyin (as in a printed list: 曾 after 王), the same on
    every database; Latin letters and digits sort as themselves."""
    return " ".join(lazy_pinyin(text.casefold()))


# -- helpers ----------------------------------------------------------------------------------


def _problem(field: str, template: str, **params: object) -> FieldError:
    return FieldError(field, Message(template, params))


def _too_early(field: str, day: date) -> FieldError:
    return _problem(
        field,
        QT_TRANSLATE_NOOP("Messages", "{day} is too early; please check the year."),
        day=day.isoformat(),
    )


def _collect(
    problems: list[FieldError], check: Callable[[], T], fallback: T, field: str | None = None
) -> T:
    """Run ``check``; a ValidationError it raises is added to ``problems`` (on ``field`` when
    given) and ``fallback`` returned instead."""
    try:
        return check()
    except ValidationError as exc:
        if field is None:
            problems.extend(exc.errors)
        else:
            problems.extend(FieldError(field, e.message) for e in exc.errors)
        return fallback
