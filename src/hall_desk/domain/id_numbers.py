"""Chinese identity numbers: parsing, validation, masking.

Three kinds of 18-character numbers share the GB 11643-1999 layout (6 region characters,
8 birth-date digits, 3 sequence digits, 1 check character computed with ISO 7064 MOD 11-2):

* mainland resident identity cards (居民身份证); old 15-digit cards are converted to 18,
* residence permits for Hong Kong, Macao and Taiwan residents (港澳台居民居住证), whose
  first six digits are exactly 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan),
* the 2023 foreigner's permanent residence ID card (外国人永久居留身份证): ``9``, the two-digit
  province code of the issuing authority, a three-digit nationality code, the birth date,
  a sequence number and the check character.

Every problem is reported as a :class:`~hall_desk.domain.errors.ValidationError` on the
``id_number`` field whose message names the first real problem found.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

__all__ = [
    "FIELD",
    "HMT_REGIONS",
    "MAINLAND_PROVINCE_CODES",
    "IdKind",
    "IdNumber",
    "Sex",
    "age_on",
    "check_character",
    "mask_id_number",
    "normalize_id_text",
    "parse_id_number",
]

FIELD = "id_number"
"""Form field name used on every error raised by :func:`parse_id_number`."""

EARLIEST_BIRTH_DATE = date(1890, 1, 1)
"""Birth dates before this day are rejected as implausible."""

_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CHECK_CHARS = "10X98765432"

MAINLAND_PROVINCE_CODES: frozenset[str] = frozenset(
    f"{n:02d}"
    for n in (
        *range(11, 16),
        *range(21, 24),
        *range(31, 38),
        *range(41, 47),
        *range(50, 55),
        *range(61, 66),
        71,
    )
)
"""First two digits a mainland ID number may start with (71: legacy Taiwan-issued numbers)."""

_ISSUING_PROVINCE_CODES: frozenset[str] = MAINLAND_PROVINCE_CODES - {"71"}
"""Provinces whose public security authorities issue foreigners' permanent residence cards."""

HMT_REGIONS: dict[str, str] = {"810000": "HK", "820000": "MO", "830000": "TW"}
"""The region prefixes of the Hong Kong, Macao and Taiwan residence permits."""

# Full-width ASCII (U+FF01..U+FF5E) to ASCII, plus dash look-alikes to "-".
_ID_TRANSLATION: dict[int, int] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"
_ID_TRANSLATION.update({ord(ch): ord("-") for ch in _DASHES})

# Letters clerks often type for a digit that looks the same.
_LOOKALIKE_DIGITS = {"O": "0", "o": "0", "I": "1", "l": "1"}


class IdKind(StrEnum):
    """Which document an 18-character identity number belongs to."""

    MAINLAND = "mainland"
    """居民身份证 (including converted 15-digit cards)."""
    HMT_PERMIT = "hmt_permit"
    """港澳台居民居住证: residence permit for Hong Kong, Macao and Taiwan residents."""
    FOREIGN_PERMANENT = "foreign_permanent"
    """外国人永久居留身份证 (2023 format)."""


class Sex(StrEnum):
    """Sex encoded in the sequence number: odd is male, even is female."""

    MALE = "M"
    FEMALE = "F"


def age_on(birth: date, day: date) -> int:
    """Return the age in full years on ``day`` of someone born on ``birth``.

    The birthday counts as reached when the calendar month/day is reached, so a 29 February
    birthday counts as passed on 1 March in non-leap years. Raises ``ValueError`` when
    ``day`` is before ``birth``.
    """
    if day < birth:
        raise ValueError(f"{day.isoformat()} is before the birth date {birth.isoformat()}")
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class IdNumber:
    """A valid identity number in canonical form.

    ``region`` is always a six-digit code:

    * mainland: the first six digits (the household registration region at issue);
    * Hong Kong, Macao and Taiwan permits: ``"810000"``, ``"820000"`` or ``"830000"``
      (see :attr:`hmt_region` for ``"HK"``/``"MO"``/``"TW"``);
    * foreigners' permanent residence cards: the issuing province's code followed by
      ``"0000"`` (e.g. ``"110000"`` for Beijing); the nationality code is in
      :attr:`nationality_code`.
    """

    canonical: str
    kind: IdKind
    birth_date: date
    sex: Sex
    converted_from_legacy: bool
    region: str
    nationality_code: str | None = None
    """Three-digit nationality code of a foreigner's card (GB/T 2659), else ``None``."""

    @property
    def hmt_region(self) -> str | None:
        """``"HK"``, ``"MO"`` or ``"TW"`` for a residence permit, else ``None``."""
        if self.kind is IdKind.HMT_PERMIT:
            return HMT_REGIONS[self.region]
        return None

    def age_on(self, day: date) -> int:
        """Return the holder's age in full years on ``day`` (see :func:`age_on`)."""
        return age_on(self.birth_date, day)


def normalize_id_text(raw: str) -> str:
    """Normalise what a clerk typed or a reader returned into plain ID characters.

    Full-width characters become ASCII (``１２３Ｘ`` -> ``123X``), all whitespace (including
    the ideographic space U+3000) and hyphens/dashes are removed and a lower-case ``x``
    becomes ``X``. Other characters are kept so that validation can name them.
    """
    text = raw.translate(_ID_TRANSLATION)
    text = "".join(ch for ch in text if not ch.isspace() and ch != "-")
    return text.replace("x", "X")


def check_character(first17: str) -> str:
    """Return the GB 11643-1999 (ISO 7064 MOD 11-2) check character for 17 digits.

    The result is ``"0"``-``"9"`` or ``"X"``. Raises ``ValueError`` unless ``first17`` is
    exactly 17 ASCII digits.
    """
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        raise ValueError(f"expected 17 ASCII digits, got {first17!r}")
    total = sum(int(ch) * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def parse_id_number(raw: str, today: date) -> IdNumber:
    """Validate and canonicalise an identity number typed or read at the desk.

    Accepts 18-character mainland ID numbers, Hong Kong/Macao/Taiwan residence permits and
    2023 foreigners' permanent residence ID cards, and old 15-digit mainland cards (which
    are converted to 18 characters: ``19`` is inserted before the year and the check
    character is computed). Input is first cleaned with :func:`normalize_id_text`.

    Raises ``ValidationError(field="id_number")`` naming the first problem found, checked in
    this order: empty input; a character that is not a digit or X; an X before the last
    position; wrong length; a 15-digit number ending in X or starting with 8 or 9; the
    region part (province code, Hong Kong/Macao/Taiwan prefix or issuing province); the
    birth date (a real date, not after ``today``, not before 1890); the check character.
    """
    text = normalize_id_text(raw)
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the ID number."), field=FIELD
        )

    for ch in text:
        if ch.isascii() and (ch.isdigit() or ch == "X"):
            continue
        if ch in _LOOKALIKE_DIGITS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The ID number contains the letter {char}; ID numbers have only digits "
                    "(and possibly an X at the end). Did you mean the digit {digit}?",
                ),
                field=FIELD,
                char=ch,
                digit=_LOOKALIKE_DIGITS[ch],
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The ID number contains '{char}', which is not allowed; an ID number has only "
                "digits, and the last character may also be an X.",
            ),
            field=FIELD,
            char=ch,
        )

    length = len(text)
    x_at = text.find("X")
    if x_at != -1 and x_at != length - 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The letter X can only be the last character of an ID number, but here it is "
                "character {position} of {length}.",
            ),
            field=FIELD,
            position=x_at + 1,
            length=length,
        )

    if length not in (15, 18):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The ID number has {length} characters; a mainland ID number has 18 (or 15 on "
                "the old cards).",
            ),
            field=FIELD,
            length=length,
        )

    legacy = length == 15
    if legacy:
        if text.endswith("X"):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "An old 15-digit ID number has digits only and never ends in X; please "
                    "check the number again.",
                ),
                field=FIELD,
            )
        if text[0] in "89":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A 15-digit number can only be an old mainland ID card, and those never "
                    "start with {digit}. Residence permits and permanent residence ID cards "
                    "have 18 characters.",
                ),
                field=FIELD,
                digit=text[0],
            )

    kind, region, nationality = _check_region(text)

    if legacy:
        date_digits, start, end = text[6:12], 7, 12
        full_date = "19" + date_digits
    else:
        date_digits, start, end = text[6:14], 7, 14
        full_date = date_digits
    birth = _parse_birth_date(full_date, date_digits, start, end, today)

    if legacy:
        first17 = text[:6] + "19" + text[6:]
        canonical = first17 + check_character(first17)
    else:
        if check_character(text[:17]) != text[17]:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The last character of the ID number (the check character) does not match "
                    "the other digits, so at least one character was typed or read wrong. "
                    "Please compare each digit with the card again.",
                ),
                field=FIELD,
            )
        canonical = text

    sex = Sex.MALE if int(canonical[16]) % 2 == 1 else Sex.FEMALE
    return IdNumber(
        canonical=canonical,
        kind=kind,
        birth_date=birth,
        sex=sex,
        converted_from_legacy=legacy,
        region=region,
        nationality_code=nationality,
    )


def _check_region(text: str) -> tuple[IdKind, str, str | None]:
    """Classify a cleaned 15/18-character number and validate its region part."""
    first = text[0]
    if first == "8":
        prefix = text[:6]
        if prefix not in HMT_REGIONS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "An ID number starting with 8 must be a residence permit for Hong Kong, "
                    "Macao or Taiwan residents and begin with 810000 (Hong Kong), 820000 "
                    "(Macao) or 830000 (Taiwan); this one begins with {prefix}.",
                ),
                field=FIELD,
                prefix=prefix,
            )
        return IdKind.HMT_PERMIT, prefix, None
    if first == "9":
        province = text[1:3]
        if province not in _ISSUING_PROVINCE_CODES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "On a foreigner's permanent residence ID card, characters 2 and 3 are the "
                    "code of the issuing province, but {code} is not a province code. Please "
                    "check these digits.",
                ),
                field=FIELD,
                code=province,
            )
        return IdKind.FOREIGN_PERMANENT, province + "0000", text[3:6]
    province = text[:2]
    if province not in MAINLAND_PROVINCE_CODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The ID number starts with {code}, which is not a province code. Please check "
                "the first two digits (for example, Beijing numbers start with 11).",
            ),
            field=FIELD,
            code=province,
        )
    return IdKind.MAINLAND, text[:6], None


def _parse_birth_date(full: str, digits: str, start: int, end: int, today: date) -> date:
    """Turn YYYYMMDD into a date and check it is plausible; ``digits`` is what was typed."""
    try:
        birth = date(int(full[:4]), int(full[4:6]), int(full[6:8]))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Characters {start} to {end} of the ID number are the date of birth, but "
                "{digits} is not a real date. Please check these digits.",
            ),
            field=FIELD,
            start=start,
            end=end,
            digits=digits,
        ) from None
    if birth > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The date of birth in the ID number, {date}, is in the future. Please check "
                "characters {start} to {end}.",
            ),
            field=FIELD,
            date=birth.isoformat(),
            start=start,
            end=end,
        )
    if birth < EARLIEST_BIRTH_DATE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The date of birth in the ID number, {date}, is before 1890, which cannot be "
                "right. Please check characters {start} to {end}.",
            ),
            field=FIELD,
            date=birth.isoformat(),
            start=start,
            end=end,
        )
    return birth


def mask_id_number(canonical: str) -> str:
    """Hide the middle of an ID number for display or printing.

    Keeps the first 4 and last 4 characters and replaces every other character with ``*``
    (``110101199003071234`` -> ``1101**********1234``). Strings shorter than 9 characters
    keep only their last 2 characters; strings of 2 characters or fewer are masked entirely.
    """
    n = len(canonical)
    if n >= 9:
        return canonical[:4] + "*" * (n - 8) + canonical[-4:]
    if n <= 2:
        return "*" * n
    return "*" * (n - 2) + canonical[-2:]
