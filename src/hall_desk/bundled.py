"""The service list and room list that ship with the program, read from the resources folder.

The domain reads no files: it checks the text it is handed
(``domain.catalogue_file.parse_catalogue``, ``domain.room_list.parse_rooms``). Reading a list
file, and saying so when it cannot be read, happens here; the services seed a new center from
:func:`default_catalogue` and :func:`default_rooms`. This module sits outside the layers, next
to ``config``, and imports nothing of Hall Desk but ``config.resources_dir`` and the domain.
"""

from __future__ import annotations

from pathlib import Path

from hall_desk.config import resources_dir
from hall_desk.domain.catalogue import ServiceItemSpec
from hall_desk.domain.catalogue_file import CATALOGUE_FILE_FIELD, parse_catalogue
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_lists import PARTY_LIST_FIELD, parse_name_list
from hall_desk.domain.room_list import ROOMS_FILE_FIELD, parse_rooms
from hall_desk.domain.rooms import RoomSpec


def default_catalogue_path() -> Path:
    """Where the default service list ships: ``resources/catalogue/service_items.toml``."""
    return resources_dir() / "catalogue" / "service_items.toml"


def load_catalogue(path: Path) -> list[ServiceItemSpec]:
    """Read and check a service list file (see ``domain.catalogue_file.parse_catalogue``).

    A file that cannot be read, or is not UTF-8, raises a ``ValidationError`` on the field
    ``catalogue_file`` naming the file, as every problem inside it does.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The service list file {path} is not UTF-8 text."),
            field=CATALOGUE_FILE_FIELD,
            path=str(path),
        ) from None
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The service list file {path} cannot be read: {reason}"),
            field=CATALOGUE_FILE_FIELD,
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    return parse_catalogue(text, str(path))


def default_catalogue() -> list[ServiceItemSpec]:
    """The default service list a new center starts from."""
    return load_catalogue(default_catalogue_path())


def default_rooms_path() -> Path:
    """Where the default room list ships: ``resources/rooms/rooms.toml``."""
    return resources_dir() / "rooms" / "rooms.toml"


def load_rooms(path: Path) -> list[RoomSpec]:
    """Read and check a room list file (see ``domain.room_list.parse_rooms``).

    A file that cannot be read, or is not UTF-8, raises a ``ValidationError`` on the field
    ``rooms_file`` naming the file, as every problem inside it does.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The room list file {path} cannot be read: {reason}"),
            field=ROOMS_FILE_FIELD,
            path=str(path),
            reason=str(exc)[:200],
        ) from None
    return parse_rooms(text, str(path))


def default_rooms() -> list[RoomSpec]:
    """The room list a new center starts from."""
    return load_rooms(default_rooms_path())


def _load_name_list(path: Path, key: str) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The list file {path} cannot be read: {reason}"),
            field=PARTY_LIST_FIELD,
            path=str(path),
            reason=str(exc)[:200],
        ) from None
    return parse_name_list(text, key, str(path))


def default_talent_pools() -> list[str]:
    """The talent pools (人才库) a center's party-service desk starts from."""
    return _load_name_list(resources_dir() / "party" / "talent_pools.toml", "pools")


def default_demand_categories() -> list[str]:
    """The kinds of demand a center's party-service desk starts from."""
    return _load_name_list(resources_dir() / "party" / "demand_categories.toml", "categories")
