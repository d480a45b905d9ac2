"""What the search boxes share: LIKE escaping and matching a person by name or number.

A phone or ID number is matched only on its last four characters or as a whole number,
so no one can rebuild a number one digit at a time by widening a suffix search. A search
by a whole number is the caller's to audit (see :func:`is_whole_number`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, false, func, or_

from hall_desk.domain.names import MIN_DIGITS_QUERY, PersonQuery, QueryKind

Column = SQLColumnExpression[Any]
"""A column (or mapped attribute) holding text."""

TAIL_LENGTH = MIN_DIGITS_QUERY
"""How many trailing characters of an ID number (digits of a phone) a clerk may type."""


def escape_like(text: str) -> str:
    """``text`` with LIKE's wildcards and the escape character taken literally
    (use with ``escape="\\\\"``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, literally."""
    return f"%{escape_like(text)}%"


WHOLE_LENGTHS = frozenset({10, 11, 12, 15, 18})
"""How long a whole number can be: a landline's digits with its area code (10 to 12), a
mobile (11), an ID number of the first (15) or second (18) generation. Other lengths find
no one, so typing a number digit by digit is not audited at every keystroke."""


def is_whole_number(query: PersonQuery | None) -> bool:
    """Whether ``query`` looks someone up by a whole ID or phone number (a search to audit)."""
    return query is not None and query.kind is QueryKind.DIGITS and len(query.text) in WHOLE_LENGTHS


def number_condition(
    digits: str,
    *,
    id_number: Column | None,
    phone: Column | None,
    phone_tail: Column | None = None,
) -> ColumnElement[bool]:
    """Rows whose ID number or phone ends in the 4 ``digits`` or is exactly ``digits``
    (when it is as long as a whole number can be; any other length matches no one).

    ``digits`` is a DIGITS query's text (possibly ending in ``X``). Landlines are stored as
    ``0351-2345678``, so phones are compared on their digits only.
    """
    conditions: list[ColumnElement[bool]] = []
    if len(digits) == TAIL_LENGTH:
        tail = f"%{escape_like(digits)}"
        if id_number is not None:
            conditions.append(id_number.like(tail, escape="\\"))
        if phone_tail is not None:
            conditions.append(phone_tail == digits)
        elif phone is not None:
            conditions.append(func.replace(phone, "-", "").like(tail, escape="\\"))
    elif len(digits) in WHOLE_LENGTHS:
        if id_number is not None:
            conditions.append(id_number == digits)
        if phone is not None:
            conditions.append(func.replace(phone, "-", "") == digits)
    return or_(*conditions) if conditions else false()


def person_condition(
    query: PersonQuery,
    *,
    name: Column,
    initials: Column | None,
    id_number: Column | None,
    phone: Column | None,
    phone_tail: Column | None = None,
    also_named: tuple[Column, ...] = (),
) -> ColumnElement[bool]:
    """A resident or member matching a classified search-box ``query``: a name (or one of
    ``also_named``, such as the unit's name), pinyin initials, or a number (see
    :func:`number_condition`)."""
    if query.kind is QueryKind.DIGITS:
        return number_condition(query.text, id_number=id_number, phone=phone, phone_tail=phone_tail)
    pattern = contains(query.text)
    if query.kind is QueryKind.NAME:
        return or_(*(c.like(pattern, escape="\\") for c in (name, *also_named)))
    conditions: list[ColumnElement[bool]] = [func.lower(name).like(pattern, escape="\\")]
    if initials is not None:
        conditions.append(initials.like(f"% {escape_like(query.text)}%", escape="\\"))
    return or_(*conditions)
