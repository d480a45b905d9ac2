"""One line of text typed at the desk or read from a data file, made canonical.

Full-width letters, digits and spaces become ASCII so searching and codes behave; Chinese
punctuation (，。（）) stays, because these texts are printed for residents.
"""

from __future__ import annotations

import re
import unicodedata

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

_WHITESPACE = re.compile(r"\s+")


def _fold_width(ch: str) -> str:
    """Full-width letters, digits and spaces become ASCII; Chinese punctuation stays as it is."""
    if "\uff10" <= ch <= "\uff19" or "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a":
        return unicodedata.normalize("NFKC", ch)
    return " " if ch == "\u3000" else ch


def normalize_line(raw: str) -> str:
    """NFC, full-width letters and digits folded, runs of whitespace made one space, trimmed.

    Full-width punctuation (，。（）) is kept: these texts are printed for residents.
    """
    text = "".join(_fold_width(ch) for ch in unicodedata.normalize("NFC", raw))
    return _WHITESPACE.sub(" ", text).strip()


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("C") for ch in text)


def clean_text(raw: str, *, field: str, what: str, max_length: int, required: bool = True) -> str:
    """One line of text: NFKC, spaces collapsed, no control characters, not too long.

    ``what`` is a translatable noun such as "the room name" used in the messages.
    """
    text = normalize_line(raw)
    if not text:
        if required:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please enter {what}."), field=field, what=what
            )
        return ""
    if _has_control(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "There are invisible control characters in {what}."),
            field=field,
            what=what,
        )
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Too long: {what} has {length} characters; at most {max} are allowed."
            ),
            field=field,
            what=what,
            length=len(text),
            max=max_length,
        )
    return text
