"""Mainland Chinese phone numbers: parsing, validation, masking.

Canonical forms:

* mobile: 11 digits, e.g. ``"13812345678"``;
* landline: area code, hyphen, local number, e.g. ``"010-62345678"`` or ``"0351-2345678"``.

Extensions (``0351-2345678-801``, ``0351-2345678转801``, ``ext 801``) are rejected with a
message asking for the main number only; the canonical form never carries an extension.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

__all__ = ["FIELD", "Phone", "PhoneKind", "mask_phone", "parse_phone"]

FIELD = "phone"
"""Form field name used on every error raised by :func:`parse_phone`."""

_TRANSLATION: dict[int, int] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_TRANSLATION.update(
    {ord(ch): ord("-") for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63"}
)
_TRANSLATION.update({ord("\u3000"): ord(" ")})

_BRACKETS = "()[]【】"
_EXTENSION_RE = re.compile(r"(转|分机|ext\.?|x|#)", re.IGNORECASE)
_MOBILE_RE = re.compile(r"1[3-9]\d{9}")


class PhoneKind(StrEnum):
    """Mobile or landline."""

    MOBILE = "mobile"
    LANDLINE = "landline"


@dataclass(frozen=True)
class Phone:
    """A valid phone number in canonical form (see the module docstring)."""

    canonical: str
    kind: PhoneKind

    @property
    def tail(self) -> str:
        """The last 4 digits, as clerks use them to look a visitor up."""
        return self.canonical[-4:]

    @property
    def digits(self) -> str:
        """The canonical number without the hyphen (what a phone would dial)."""
        return self.canonical.replace("-", "")


def parse_phone(raw: str) -> Phone:
    """Validate and canonicalise a mainland Chinese phone number.

    Full-width digits, spaces, hyphens and brackets are accepted and dropped. A country
    prefix ``+86``, ``0086`` or ``86`` (the bare ``86`` only in front of an 11-digit mobile
    number) is removed; after ``+86``/``0086`` a landline may be written without the leading
    0 of its area code (``+86 10 12345678`` -> ``010-62345678``). A mobile number dialled
    with a leading 0 (``013812345678``) is accepted as the mobile number.

    Landlines need an area code: ``010`` or ``020``-``029`` (three digits) or ``0`` plus
    three digits (e.g. ``0351``); the local number has 7 or 8 digits and does not start with
    0 or 1. Extensions are rejected. Raises ``ValidationError(field="phone")`` naming the
    problem.
    """
    text = raw.translate(_TRANSLATION).strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter a phone number."), field=FIELD
        )

    ext = _EXTENSION_RE.search(text)
    if ext is not None and ext.start() > 0 and _has_digit(text[: ext.start()]):
        raise _extension_error(text[ext.start() :].strip())

    cleaned: list[str] = []
    groups: list[str] = [""]
    for ch in text:
        if ch.isspace() or ch in _BRACKETS:
            continue
        if ch == "-":
            if groups[-1]:
                groups.append("")
            continue
        if ch == "+" and not cleaned:
            cleaned.append(ch)
            continue
        if not (ch.isascii() and ch.isdigit()):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The phone number contains '{char}'; please use digits only (spaces, "
                    "hyphens and brackets are fine).",
                ),
                field=FIELD,
                char=ch,
            )
        cleaned.append(ch)
        groups[-1] += ch

    number = "".join(cleaned)
    if number in ("", "+"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter a phone number."), field=FIELD
        )
    try:
        return _parse_digits(number)
    except ValidationError:
        # "0351-2345678-801": the last hyphen group may be an extension.
        groups = [g for g in groups if g]
        if len(groups) >= 3 and len(groups[-1]) <= 6 and not number.startswith("+"):
            try:
                main = _parse_digits("".join(groups[:-1]))
            except ValidationError:
                main = None
            if main is not None and main.kind is PhoneKind.LANDLINE:
                raise _extension_error(groups[-1]) from None
        raise


def _extension_error(extension: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Please leave out the extension ({extension}); only the main phone number can "
            "be saved.",
        ),
        field=FIELD,
        extension=extension,
    )


def _has_digit(text: str) -> bool:
    return any(ch.isascii() and ch.isdigit() for ch in text)


def _parse_digits(number: str) -> Phone:
    """Parse digits with an optional leading ``+`` (country prefix)."""
    if number.startswith("+"):
        if not number.startswith("+86"):
            raise _foreign_error()
        return _parse_after_country_code(number[3:])
    if number.startswith("0086"):
        return _parse_after_country_code(number[4:])
    if len(number) == 13 and number.startswith("861"):
        return _parse_national(number[2:])
    return _parse_national(number)


def _foreign_error() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Only phone numbers of mainland China (country code +86) can be saved.",
        ),
        field=FIELD,
    )


def _parse_after_country_code(rest: str) -> Phone:
    """After +86 a landline drops the 0 of its area code; mobiles start with 1[3-9]."""
    if not rest:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the phone number after +86."),
            field=FIELD,
        )
    if rest.startswith("0") or (rest.startswith("1") and not rest.startswith("10")):
        return _parse_national(rest)
    return _parse_national("0" + rest)


def _parse_national(d: str) -> Phone:
    """Parse a national number (digits only)."""
    if d.startswith("1"):
        return _parse_mobile(d)
    if not d.startswith("0"):
        if len(d) in (7, 8):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This looks like a landline number without its area code; please add the "
                    "area code, e.g. 0351-2345678.",
                ),
                field=FIELD,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This does not look like a phone number: a mobile number has 11 digits and "
                "starts with 1, and a landline number starts with its area code, e.g. "
                "0351-2345678.",
            ),
            field=FIELD,
        )
    if d.startswith("00"):
        raise _foreign_error()
    if len(d) == 12 and _MOBILE_RE.fullmatch(d[1:]):
        # A mobile number dialled with a leading 0 from a landline.
        return Phone(d[1:], PhoneKind.MOBILE)
    if d.startswith("010") or d.startswith("02"):
        area = d[:3]
    elif d.startswith("01"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{area} is not an area code. Area codes are 010, 020 to 029, or 0 followed by "
                "three digits, e.g. 0351.",
            ),
            field=FIELD,
            area=d[:3],
        )
    else:
        area = d[:4]
    local = d[len(area) :]
    if not local:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Please enter the local number after the area code {area}."
            ),
            field=FIELD,
            area=area,
        )
    if len(local) not in (7, 8):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The local number after the area code {area} has {length} digits; it should "
                "have 7 or 8.",
            ),
            field=FIELD,
            area=area,
            length=len(local),
        )
    if local[0] in "01":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The local number after the area code {area} cannot start with {digit}; "
                "please check the number.",
            ),
            field=FIELD,
            area=area,
            digit=local[0],
        )
    return Phone(f"{area}-{local}", PhoneKind.LANDLINE)


def _parse_mobile(d: str) -> Phone:
    if len(d) != 11:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Mobile numbers have 11 digits; this has {length}."),
            field=FIELD,
            length=len(d),
        )
    if d[1] not in "3456789":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A mobile number starts with 13 to 19, but this one starts with {prefix}; "
                "please check the second digit.",
            ),
            field=FIELD,
            prefix=d[:2],
        )
    return Phone(d, PhoneKind.MOBILE)


def mask_phone(canonical: str) -> str:
    """Hide the middle of a canonical phone number for display or printing.

    Mobile ``13812345678`` -> ``138****5678``; landline ``0351-2345678`` ->
    ``0351-***5678`` (area code and the last 4 digits stay, the rest becomes ``*``).
    Other strings keep only their last 4 characters (or are fully masked when 4 or shorter).
    """
    if "-" in canonical:
        area, local = canonical.split("-", 1)
        if len(local) > 4:
            return f"{area}-{'*' * (len(local) - 4)}{local[-4:]}"
        return f"{area}-{'*' * len(local)}"
    n = len(canonical)
    if n >= 8:
        return canonical[:3] + "*" * (n - 7) + canonical[-4:]
    if n <= 4:
        return "*" * n
    return "*" * (n - 4) + canonical[-4:]
