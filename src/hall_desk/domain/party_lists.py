"""The two short lists the party-service desk starts from: talent pools and kinds of demand.

``resources/party/talent_pools.toml`` holds ``pools = [...]`` and
``resources/party/demand_categories.toml`` holds ``categories = [...]``. :func:`parse_name_list`
checks the text it is handed (``hall_desk.bundled`` reads the file); :func:`clean_list_name`
is the one rule for a name in either list, also when an administrator types one.
"""

from __future__ import annotations

import tomllib

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.text import clean_text

LIST_NAME_MAX = 20
PARTY_LIST_FIELD = "party_list_file"


def clean_list_name(raw: str, field: str = "name") -> str:
    """A pool's or a kind's name: one line, 1 to 20 characters, inner spaces kept."""
    return clean_text(
        raw, field=field, what=QT_TRANSLATE_NOOP("Messages", "the name"), max_length=LIST_NAME_MAX
    )


def parse_name_list(text: str, key: str, source: str) -> list[str]:
    """The names under ``key`` in a TOML file's text, checked; the first problem names the file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _problem(source, str(exc)) from None
    names = data.get(key)
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise _problem(source, f"“{key}” must be a list of names")
    cleaned: list[str] = []
    for raw in names:
        try:
            name = clean_list_name(raw)
        except ValidationError as exc:
            raise _problem(source, f"“{raw}”: {exc.message.render()}") from None
        if name in cleaned:
            raise _problem(source, f"“{name}” appears twice")
        cleaned.append(name)
    return cleaned


def _problem(source: str, problem: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Messages", "The list file {path} has a problem: {problem}"),
        field=PARTY_LIST_FIELD,
        path=source,
        problem=problem,
    )
