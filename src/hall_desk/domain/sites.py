"""The center (site) itself: the rules for its name, code, address and phone."""

from __future__ import annotations

import re
import unicodedata

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

_SITE_CODE = re.compile(r"[A-Z0-9]{2,8}")


def clean_center_name(raw: str, field: str = "center_name") -> str:
    name = unicodedata.normalize("NFKC", raw).strip()
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the name of the center."), field=field
        )
    if len(name) > 100 or any(unicodedata.category(c).startswith("C") for c in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The center name must be at most 100 printable characters."
            ),
            field=field,
        )
    return name


def clean_center_code(raw: str) -> str:
    code = unicodedata.normalize("NFKC", raw).strip().upper()
    if not _SITE_CODE.fullmatch(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The center code has 2 to 8 letters or digits, e.g. SC01; it starts every "
                "case and booking number.",
            ),
            field="center_code",
        )
    return code


def clean_free_line(raw: str, field: str, max_length: int = 200) -> str:
    text = unicodedata.normalize("NFKC", raw).strip()
    if len(text) > max_length or any(unicodedata.category(c) == "Cc" for c in text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "At most {max} characters on one line, without control characters."
            ),
            field=field,
            max=max_length,
        )
    return text
