"""The service list (便民服务事项清单): what a service item is and the rules for its fields.

A center's list starts from the default catalogue shipped in
``resources/catalogue/service_items.toml`` (read by ``hall_desk.bundled`` and checked by
:func:`hall_desk.domain.catalogue_file.parse_catalogue`) and is then kept by its administrators.
Every field has a ``clean_*`` function that normalises what was typed (NFKC, trimmed, inner
whitespace collapsed) and raises a :class:`~hall_desk.domain.errors.ValidationError` on the form
field named in its docstring; :func:`clean_item` checks a whole item and reports every bad field
at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

__all__ = [
    "CATEGORY_LABELS",
    "KIND_LABELS",
    "MAX_CODE_LENGTH",
    "MAX_DOCUMENTS",
    "MAX_DOCUMENT_LENGTH",
    "MAX_NAME_LENGTH",
    "MAX_OFFICE_LENGTH",
    "MAX_TIME_LIMIT_DAYS",
    "ItemCategory",
    "ItemKind",
    "ServiceItemSpec",
    "clean_documents",
    "clean_item",
    "clean_item_code",
    "clean_item_name",
    "clean_office",
    "clean_time_limit",
    "parse_category",
    "parse_kind",
]

MAX_TIME_LIMIT_DAYS = 365
"""Longest promised time limit, in working days."""

MAX_DOCUMENTS = 30
"""Most documents one item may ask for."""

MAX_CODE_LENGTH = 10
MAX_NAME_LENGTH = 60
MAX_OFFICE_LENGTH = 40
MAX_DOCUMENT_LENGTH = 80

_ITEM_CODE = re.compile(rf"[A-Z0-9-]{{2,{MAX_CODE_LENGTH}}}")
_DIGITS = re.compile(r"[0-9]+")
_WHITESPACE = re.compile(r"\s+")
# Separators of a documents list typed as one text. NFKC has already turned the Chinese
# (full-width) semicolon into ";".
_DOCUMENT_SEPARATORS = re.compile(r"[\r\n;]+")


class ItemCategory(StrEnum):
    """The line office an item belongs to; the first two letters of the default codes."""

    PARTY = "party"
    CIVIL = "civil"
    HEALTH = "health"
    HRSS = "hrss"
    DISABILITY = "disability"
    VETERANS = "veterans"
    JUSTICE = "justice"
    HOUSING = "housing"
    GENERAL = "general"


CATEGORY_LABELS: dict[ItemCategory, str] = {
    ItemCategory.PARTY: QT_TRANSLATE_NOOP("Messages", "Party affairs"),
    ItemCategory.CIVIL: QT_TRANSLATE_NOOP("Messages", "Civil affairs"),
    ItemCategory.HEALTH: QT_TRANSLATE_NOOP("Messages", "Health and medical insurance"),
    ItemCategory.HRSS: QT_TRANSLATE_NOOP("Messages", "Human resources and social security"),
    ItemCategory.DISABILITY: QT_TRANSLATE_NOOP("Messages", "Disability"),
    ItemCategory.VETERANS: QT_TRANSLATE_NOOP("Messages", "Veterans"),
    ItemCategory.JUSTICE: QT_TRANSLATE_NOOP("Messages", "Justice and mediation"),
    ItemCategory.HOUSING: QT_TRANSLATE_NOOP("Messages", "Housing and property"),
    ItemCategory.GENERAL: QT_TRANSLATE_NOOP("Messages", "General"),
}


class ItemKind(StrEnum):
    """Items the desk handles with extra screens; every other item is ``GENERAL``."""

    GENERAL = "general"
    ELDERLY_SUBSIDY = "elderly_subsidy"
    """高龄补贴申请: starts a subsidy record once completed."""
    ELDERLY_CHECK = "elderly_check"
    """高龄补贴年审: the annual check of someone already receiving the subsidy."""
    PARTY_TRANSFER = "party_transfer"
    """党员组织关系转入 / 转出: records the letter of introduction and its receipt."""


KIND_LABELS: dict[ItemKind, str] = {
    ItemKind.GENERAL: QT_TRANSLATE_NOOP("Messages", "General item"),
    ItemKind.ELDERLY_SUBSIDY: QT_TRANSLATE_NOOP("Messages", "Elderly-age subsidy application"),
    ItemKind.ELDERLY_CHECK: QT_TRANSLATE_NOOP("Messages", "Elderly-age subsidy annual check"),
    ItemKind.PARTY_TRANSFER: QT_TRANSLATE_NOOP("Messages", "Party membership transfer"),
}


@dataclass(frozen=True)
class ServiceItemSpec:
    """One validated item of a service list."""

    code: str
    name: str
    office: str
    category: ItemCategory
    documents: tuple[str, ...]
    time_limit_days: int
    """Promised working days; 0 means handled on the spot."""
    agent_allowed: bool
    """Whether someone may handle it on the resident's behalf (帮办代办)."""
    kind: ItemKind


def _normalize_line(raw: str) -> str:
    """NFKC, trimmed, every run of whitespace (including newlines) turned into one space."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", raw)).strip()


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("C") for ch in text)


def clean_item_code(raw: str) -> str:
    """The item code: 2 to 10 upper-case letters, digits or hyphens (field ``item_code``)."""
    code = unicodedata.normalize("NFKC", raw).strip().upper()
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the item code, e.g. MZ001."),
            field="item_code",
        )
    if not _ITEM_CODE.fullmatch(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The item code {code} does not fit: a code has {min} to {max} letters, digits "
                "or hyphens, e.g. MZ001.",
            ),
            field="item_code",
            code=code[:20],
            min=2,
            max=MAX_CODE_LENGTH,
        )
    return code


def clean_item_name(raw: str) -> str:
    """The item name: 1 to 60 printable characters (field ``item_name``)."""
    name = _normalize_line(raw)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the name of the service item."),
            field="item_name",
        )
    if _has_control(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The item name contains invisible control characters."),
            field="item_name",
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The item name is {length} characters long; at most {max} are allowed."
            ),
            field="item_name",
            length=len(name),
            max=MAX_NAME_LENGTH,
        )
    return name


def clean_office(raw: str) -> str:
    """The responsible office, e.g. 民政办: 1 to 40 printable characters (``item_office``)."""
    office = _normalize_line(raw)
    if not office:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the office responsible for the item."),
            field="item_office",
        )
    if _has_control(office):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The office name contains invisible control characters."),
            field="item_office",
        )
    if len(office) > MAX_OFFICE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The office name is {length} characters long; at most {max} are allowed.",
            ),
            field="item_office",
            length=len(office),
            max=MAX_OFFICE_LENGTH,
        )
    return office


def clean_documents(raw: Iterable[str] | str) -> tuple[str, ...]:
    """The documents to bring, in order (field ``item_documents``).

    A single text (as typed into a box) is split on line breaks and on Western or Chinese
    semicolons; a list is taken item by item. Each document is normalised like a name, empty
    entries are dropped and repeats are dropped keeping the first. Each document has at most
    80 printable characters and an item asks for at most :data:`MAX_DOCUMENTS` documents.
    An empty result is allowed (for consultations).
    """
    parts: Iterable[str]
    if isinstance(raw, str):
        parts = _DOCUMENT_SEPARATORS.split(unicodedata.normalize("NFKC", raw))
    else:
        parts = raw
    documents: list[str] = []
    for part in parts:
        text = _normalize_line(part)
        if not text or text in documents:
            continue
        number = len(documents) + 1
        if _has_control(text):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Document {number} contains invisible control characters."
                ),
                field="item_documents",
                number=number,
            )
        if len(text) > MAX_DOCUMENT_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Document {number} is {length} characters long; at most {max} are allowed.",
                ),
                field="item_documents",
                number=number,
                length=len(text),
                max=MAX_DOCUMENT_LENGTH,
            )
        documents.append(text)
    if len(documents) > MAX_DOCUMENTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "{count} documents are listed; an item can ask for at most {max}."
            ),
            field="item_documents",
            count=len(documents),
            max=MAX_DOCUMENTS,
        )
    return tuple(documents)


def clean_time_limit(raw: int | str) -> int:
    """The promised time limit in working days, 0 to 365 (field ``item_limit``).

    0 means the item is handled on the spot. Text may use full-width digits.
    """
    if isinstance(raw, str):
        text = unicodedata.normalize("NFKC", raw).strip()
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Please enter the time limit in working days (0 for on the spot)."
                ),
                field="item_limit",
            )
        days = int(text) if _DIGITS.fullmatch(text) else -1
    elif isinstance(raw, int) and not isinstance(raw, bool):
        days = raw
    else:
        days = -1
    if not 0 <= days <= MAX_TIME_LIMIT_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The time limit is a whole number of working days from 0 (handled on the spot) "
                "to {max}.",
            ),
            field="item_limit",
            max=MAX_TIME_LIMIT_DAYS,
        )
    return days


def parse_category(raw: str) -> ItemCategory:
    """The category for a stored or submitted code (field ``item_category``)."""
    try:
        return ItemCategory(unicodedata.normalize("NFKC", raw).strip().lower())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please choose the category of the service item."),
            field="item_category",
        ) from None


def parse_kind(raw: str) -> ItemKind:
    """The kind for a stored or submitted code (field ``item_kind``)."""
    try:
        return ItemKind(unicodedata.normalize("NFKC", raw).strip().lower())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please choose what kind of service item this is."),
            field="item_kind",
        ) from None


_T = TypeVar("_T")
_V = TypeVar("_V")


def _attempt(errors: list[ValidationError], check: Callable[[_V], _T], value: _V) -> _T | None:
    """Run one field check; on failure note the error and return ``None``."""
    try:
        return check(value)
    except ValidationError as exc:
        errors.append(exc)
        return None


def clean_item(
    *,
    code: str,
    name: str,
    office: str,
    category: str,
    documents: Iterable[str] | str,
    time_limit_days: int | str,
    agent_allowed: bool,
    kind: str,
) -> ServiceItemSpec:
    """Check a whole item; raises one ``ValidationError`` listing every bad field."""
    errors: list[ValidationError] = []
    clean_code = _attempt(errors, clean_item_code, code)
    clean_name = _attempt(errors, clean_item_name, name)
    clean_office_name = _attempt(errors, clean_office, office)
    clean_category = _attempt(errors, parse_category, category)
    clean_docs = _attempt(errors, clean_documents, documents)
    clean_limit = _attempt(errors, clean_time_limit, time_limit_days)
    if not isinstance(agent_allowed, bool):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Please say whether the item may be handled on a resident's behalf.",
                ),
                field="item_agent_allowed",
            )
        )
    clean_kind = _attempt(errors, parse_kind, kind)
    if errors:
        raise ValidationError.many(errors)
    assert clean_code is not None and clean_name is not None and clean_office_name is not None
    assert clean_category is not None and clean_docs is not None and clean_limit is not None
    assert clean_kind is not None
    return ServiceItemSpec(
        code=clean_code,
        name=clean_name,
        office=clean_office_name,
        category=clean_category,
        documents=clean_docs,
        time_limit_days=clean_limit,
        agent_allowed=agent_allowed,
        kind=clean_kind,
    )
