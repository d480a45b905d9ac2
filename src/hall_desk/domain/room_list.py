"""The room list file: ``resources/rooms/rooms.toml`` and any file of the same shape.

:func:`parse_rooms` checks the text it is handed (``hall_desk.bundled`` reads the file): each
``[[room]]`` table is checked for its keys and their types, then through
:func:`hall_desk.domain.rooms.clean_room`; the first problem names the file and the room.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import Any

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.rooms import RoomSpec, clean_room

ROOMS_FILE_FIELD = "rooms_file"

ROOM_KEYS = (
    "code",
    "name",
    "kind",
    "capacity",
    "seats",
    "hours",
    "zone_24h",
    "needs_approval",
    "rules",
)


def _file_problem(source: str, index: int, problem: ValidationError) -> ValidationError:
    exc = ValidationError(
        QT_TRANSLATE_NOOP(
            "Messages", "The room list file {path} has a problem at room {index}: {problem}"
        ),
        field=ROOMS_FILE_FIELD,
        path=source,
        index=index,
        problem=problem.render(),
    )
    exc.errors = exc.errors + problem.errors
    return exc


def _room_entry(entry: object) -> Mapping[str, Any]:
    if not isinstance(entry, dict) or set(entry) != set(ROOM_KEYS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Each [[room]] table needs exactly the keys {keys}."),
            field=ROOMS_FILE_FIELD,
            keys=", ".join(ROOM_KEYS),
        )
    for key in ("code", "name", "kind"):
        if not isinstance(entry[key], str):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{key} must be text in quotes."),
                field=ROOMS_FILE_FIELD,
                key=key,
            )
    for key in ("capacity", "seats"):
        if not isinstance(entry[key], int) or isinstance(entry[key], bool):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{key} must be a whole number."),
                field=ROOMS_FILE_FIELD,
                key=key,
            )
    for key in ("zone_24h", "needs_approval"):
        if not isinstance(entry[key], bool):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "{key} must be true or false."),
                field=ROOMS_FILE_FIELD,
                key=key,
            )
    if not isinstance(entry["hours"], list) or not all(isinstance(h, str) for h in entry["hours"]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "hours must be a list of seven texts, Monday first."),
            field=ROOMS_FILE_FIELD,
        )
    if not isinstance(entry["rules"], list) or not all(isinstance(r, str) for r in entry["rules"]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "rules must be a list of texts."), field=ROOMS_FILE_FIELD
        )
    return entry


def parse_rooms(text: str, source: str) -> list[RoomSpec]:
    """Check the text of a room list file of ``[[room]]`` tables; codes and names must be unique.

    ``source`` names the file in messages; every problem raises a ``ValidationError`` on the
    field :data:`ROOMS_FILE_FIELD`.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The room list file {path} cannot be read: {reason}"),
            field=ROOMS_FILE_FIELD,
            path=source,
            reason=str(exc)[:200],
        ) from None
    entries = data.get("room")
    if not isinstance(entries, list) or not entries:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The room list file {path} has no [[room]] tables."),
            field=ROOMS_FILE_FIELD,
            path=source,
        )
    rooms: list[RoomSpec] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        try:
            room = clean_room(**_room_entry(entry))
            if room.code in seen or room.name in seen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "The code {code} or name {name} is used twice."),
                    field=ROOMS_FILE_FIELD,
                    code=room.code,
                    name=room.name,
                )
        except ValidationError as exc:
            raise _file_problem(source, index, exc) from None
        seen.update((room.code, room.name))
        rooms.append(room)
    return rooms
