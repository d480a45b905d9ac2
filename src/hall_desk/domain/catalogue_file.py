"""The service list file (``service_items.toml``): its ``[[item]]`` tables checked one by one,
each problem named with the file, the item's number and its code."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import Any

from hall_desk.domain.catalogue import ServiceItemSpec, clean_item
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

CATALOGUE_FILE_FIELD = "catalogue_file"
"""Field name used on every error raised by :func:`parse_catalogue`."""

ITEM_KEYS = (
    "code",
    "name",
    "office",
    "category",
    "documents",
    "time_limit_days",
    "agent_allowed",
    "kind",
)
"""The keys every ``[[item]]`` table of a catalogue file has, in the order they are checked."""


def _file_error(
    source: str, index: int, code: str | None, problem: ValidationError
) -> ValidationError:
    """Wrap the problem of one item: the headline names the file, item number and code.

    The headline carries the problem rendered in English (``{problem}``); the problem's own
    translatable field errors follow the headline in ``errors`` for a screen that lists them.
    """
    if code:
        exc = ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The service list file {path} has a problem at item {index} ({code}): {problem}",
            ),
            field=CATALOGUE_FILE_FIELD,
            path=source,
            index=index,
            code=code,
            problem=problem.render(),
        )
    else:
        exc = ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The service list file {path} has a problem at item {index}: {problem}"
            ),
            field=CATALOGUE_FILE_FIELD,
            path=source,
            index=index,
            problem=problem.render(),
        )
    exc.errors = exc.errors + problem.errors
    return exc


def _check_entry(entry: object) -> Mapping[str, Any]:
    """The keys and value types of one ``[[item]]`` table, before the field rules."""
    if not isinstance(entry, dict):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "It is not a table; each item starts with a line [[item]]."
            ),
            field=CATALOGUE_FILE_FIELD,
        )
    for key in entry:
        if key not in ITEM_KEYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Unknown key {key}; the keys of an item are {keys}."),
                field=CATALOGUE_FILE_FIELD,
                key=str(key),
                keys=", ".join(ITEM_KEYS),
            )
    for key in ITEM_KEYS:
        if key not in entry:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The key {key} is missing."),
                field=CATALOGUE_FILE_FIELD,
                key=key,
            )
    for key in ("code", "name", "office", "category", "kind"):
        if not isinstance(entry[key], str):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{key} must be text in quotes."),
                field=CATALOGUE_FILE_FIELD,
                key=key,
            )
    documents = entry["documents"]
    if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "documents must be a list of texts in quotes between [ and ]."
            ),
            field=CATALOGUE_FILE_FIELD,
        )
    limit = entry["time_limit_days"]
    if not isinstance(limit, int) or isinstance(limit, bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "time_limit_days must be a whole number of working days."
            ),
            field=CATALOGUE_FILE_FIELD,
        )
    if not isinstance(entry["agent_allowed"], bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "agent_allowed must be true or false."),
            field=CATALOGUE_FILE_FIELD,
        )
    return entry


def parse_catalogue(text: str, source: str) -> list[ServiceItemSpec]:
    """Check the text of a service list file: ``[[item]]`` tables, keys as :data:`ITEM_KEYS`.

    ``source`` names the file in messages. Every item goes through :func:`clean_item` and codes
    must be unique (compared after cleaning). The first problem found raises a
    ``ValidationError`` on the field ``catalogue_file`` naming the file and, for an item, its
    number (from 1) and code.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The service list file {path} is not valid TOML: {reason}"
            ),
            field=CATALOGUE_FILE_FIELD,
            path=source,
            reason=str(exc),
        ) from None

    entries = data.get("item")
    if not isinstance(entries, list) or not entries:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The service list file {path} has no items; each item starts with a line [[item]].",
            ),
            field=CATALOGUE_FILE_FIELD,
            path=source,
        )

    items: list[ServiceItemSpec] = []
    first_index: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        raw_code = entry.get("code") if isinstance(entry, dict) else None
        code = raw_code.strip()[:20] if isinstance(raw_code, str) else None
        try:
            checked = _check_entry(entry)
            item = clean_item(**checked)
        except ValidationError as exc:
            raise _file_error(source, index, code, exc) from None
        if item.code in first_index:
            problem = ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The code {code} is already used by item {first}."),
                field=CATALOGUE_FILE_FIELD,
                code=item.code,
                first=first_index[item.code],
            )
            raise _file_error(source, index, item.code, problem)
        first_index[item.code] = index
        items.append(item)
    return items
