"""Visitor names: normalisation, pinyin initials and search-box queries.

Names may be written in Chinese characters, Latin letters (with diacritics), or a mix, and
minority or foreign names transcribed into Chinese use the middle dot "·" between parts
(阿卜杜·热合曼). :func:`normalize_person_name` is the gatekeeper for the name field,
:func:`name_initials` produces the pinyin-initial spellings stored for quick search, and
:func:`classify_query` decides how to use what a clerk typed into the search box.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pypinyin import Style, pinyin

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

__all__ = [
    "FIELD",
    "MAX_NAME_LENGTH",
    "MIN_DIGITS_QUERY",
    "PersonQuery",
    "QueryKind",
    "classify_query",
    "is_cjk_ideograph",
    "name_initials",
    "normalize_person_name",
]

FIELD = "name"
"""Form field name used on every error raised by :func:`normalize_person_name`."""

MAX_NAME_LENGTH = 40
"""Longest accepted name, in characters after normalisation."""

MIN_DIGITS_QUERY = 4
"""Fewest digits a search-box query needs to be used as a phone tail / ID suffix."""

MIDDLE_DOT = "·"

# Look-alikes of the middle dot, after NFKC (which already maps U+0387 to U+00B7 and
# U+FF65 to U+30FB).
_DOT_VARIANTS = "\u2027\u2022\u2219\u22c5\u30fb\u2e31\u00b7"
_APOSTROPHES = "\u2018\u2019\u02bc\u2032\uff07"
_HYPHENS = "\u2010\u2011\u2012\u2013\u2212\ufe63"
_NAME_TRANSLATION: dict[int, str] = {ord(ch): MIDDLE_DOT for ch in _DOT_VARIANTS}
_NAME_TRANSLATION.update({ord(ch): "'" for ch in _APOSTROPHES})
_NAME_TRANSLATION.update({ord(ch): "-" for ch in _HYPHENS})

_CJK_RANGES = (
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # Unified Ideographs
    (0xF900, 0xFAFF),  # Compatibility Ideographs
    (0x20000, 0x323AF),  # Extensions B to I, Compatibility Supplement
)
_CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af"
_DOT_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK_CLASS}])\s*\.\s*(?=[{_CJK_CLASS}])")
_SPACED_DOTS = re.compile(r"\s*·(?:\s*·)*\s*")
_WHITESPACE = re.compile(r"\s+")
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})

# Latin letters whose decomposition is not an ASCII letter.
_LATIN_INITIALS = {"ø": "o", "æ": "a", "œ": "o", "ł": "l", "đ": "d", "þ": "t", "ß": "s", "ð": "d"}

# Readings of characters used as surnames, in order of preference (the surname reading
# first). pypinyin knows most readings but orders them by general frequency.
_SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("zeng",),
    "单": ("shan",),
    "解": ("xie",),
    "区": ("ou",),
    "仇": ("qiu",),
    "朴": ("piao",),
    "查": ("zha",),
    "盖": ("ge",),
    "覃": ("qin",),
    "尉": ("wei", "yu"),
    "乐": ("yue", "le"),
    "员": ("yun",),
    "缪": ("miao",),
    "种": ("chong",),
    "重": ("chong",),
    "长": ("chang",),
    "华": ("hua",),
    "任": ("ren",),
    "沈": ("shen",),
    "翟": ("zhai", "di"),
    "召": ("shao",),
    "秘": ("bi",),
    "繁": ("po",),
    "那": ("na",),
    "句": ("gou",),
    "牟": ("mou", "mu"),
    "宿": ("su",),
    "郇": ("huan", "xun"),
    "隗": ("wei", "kui"),
    "柏": ("bai",),
    "薄": ("bo",),
    "都": ("du",),
    "阚": ("kan",),
    "眭": ("sui",),
    "瞿": ("qu",),
    "折": ("she",),
    "冼": ("xian",),
    "洗": ("xian",),
    "乜": ("nie",),
    "能": ("nai",),
    "祭": ("zhai",),
    "蕃": ("pi",),
    "藏": ("zang",),
    "万": ("wan", "mo"),
    "澹": ("tan",),
    "令": ("ling",),
}

# Compound surnames whose second character has a special reading.
_COMPOUND_SURNAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "万俟": (("mo",), ("qi",)),
    "尉迟": (("yu",), ("chi",)),
    "单于": (("chan",), ("yu",)),
    "长孙": (("zhang",), ("sun",)),
    "澹台": (("tan",), ("tai",)),
    "令狐": (("ling",), ("hu",)),
}


def is_cjk_ideograph(ch: str) -> bool:
    """Whether ``ch`` (one character) is a CJK unified or compatibility ideograph."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN ")


def _is_digit_like(ch: str) -> bool:
    return unicodedata.category(ch) in ("Nd", "No", "Nl") and not is_cjk_ideograph(ch)


def _clean_name_text(raw: str) -> str:
    """NFKC, unify look-alike dots/apostrophes/hyphens, tidy spaces. Never raises."""
    text = unicodedata.normalize("NFKC", raw).translate(_NAME_TRANSLATION).strip()
    text = _DOT_BETWEEN_CJK.sub(MIDDLE_DOT, text)
    text = _SPACED_DOTS.sub(MIDDLE_DOT, text)
    return _WHITESPACE.sub(" ", text)


def normalize_person_name(raw: str) -> str:
    """Validate a visitor's name and return it in normal form.

    Applies NFKC (full-width letters become ASCII), strips the ends, collapses inner
    whitespace to one space, turns the look-alikes of the middle dot (``‧ • ・ ･``, and a
    full stop between two Chinese characters) into ``·`` without spaces around it, and
    unifies curly apostrophes and dash-like hyphens to ``'`` and ``-``.

    Raises ``ValidationError(field="name")`` when the name is empty, contains control or
    invisible formatting characters, digits, or any character other than Chinese characters,
    Latin letters, spaces, ``·``, ``-``, ``'`` and ``.``, has no letter at all, or is longer
    than :data:`MAX_NAME_LENGTH` characters.
    """
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the person's name."), field=FIELD
        )
    for ch in text:
        if unicodedata.category(ch) in _CONTROL_CATEGORIES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The name contains an invisible control character (U+{code}), perhaps "
                    "from copying and pasting. Please type the name again.",
                ),
                field=FIELD,
                code=f"{ord(ch):04X}",
            )
    text = _clean_name_text(text)

    for ch in text:
        if is_cjk_ideograph(ch) or _is_latin_letter(ch) or ch in " ·-'.":
            continue
        if _is_digit_like(ch):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The name contains the digit {char}; a name cannot contain numbers.",
                ),
                field=FIELD,
                char=ch,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The name contains '{char}', which cannot be used in a name. Use Chinese "
                "characters, Latin letters, spaces, the middle dot (·), hyphens, apostrophes "
                "or full stops.",
            ),
            field=FIELD,
            char=ch,
        )

    if not any(is_cjk_ideograph(ch) or _is_latin_letter(ch) for ch in text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The name must contain at least one Chinese character or letter.",
            ),
            field=FIELD,
        )
    if len(text) > MAX_NAME_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The name has {length} characters; at most {limit} are allowed.",
            ),
            field=FIELD,
            length=len(text),
            limit=MAX_NAME_LENGTH,
        )
    return text


def _latin_initial(ch: str) -> str | None:
    lower = ch.lower()
    if lower in _LATIN_INITIALS:
        return _LATIN_INITIALS[lower]
    base = unicodedata.normalize("NFKD", lower)[:1]
    if base.isascii() and base.isalpha():
        return base
    return None


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _initials_of(readings: Iterable[str]) -> list[str]:
    """First ASCII letters of pinyin readings, deduplicated, order kept."""
    letters = []
    for reading in readings:
        first = unicodedata.normalize("NFKD", reading)[:1].lower()
        if first.isascii() and first.isalpha():
            letters.append(first)
    return _unique(letters)


def _cjk_run_options(run: str, surname_readings: list[tuple[str, ...]]) -> list[list[str]]:
    """Initial-letter options for each character of a run of CJK ideographs.

    Order per character: surname readings (when given for that position), the reading
    pypinyin picks in context, then every other reading of the character. The contextual
    reading is skipped when pypinyin knows no reading for some character of the run (its
    answer would then not line up with the characters).
    """
    contextual = pinyin(run, style=Style.NORMAL, errors="ignore")
    options: list[list[str]] = []
    for i, ch in enumerate(run):
        readings: list[str] = []
        if i < len(surname_readings):
            readings.extend(surname_readings[i])
        if len(contextual) == len(run):
            readings.extend(contextual[i])
        for alternatives in pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore"):
            readings.extend(alternatives)
        options.append(_initials_of(readings))
    return options


def name_initials(name: str, limit: int = 32) -> list[str]:
    """Return the pinyin-initial spellings of a name, lower case, most likely first.

    Each Chinese character contributes the first letter of one of its readings (all
    heteronyms from pypinyin, with surname readings such as 曾 zēng, 单 shàn, 解 xiè,
    区 ōu, 仇 qiú preferred for the first character); each Latin word contributes its
    first letter (``"Anna Li"`` -> ``["al"]``, ``"O'Brien"`` is one word). Other characters
    (``·``, spaces, hyphens) only separate words. Characters pypinyin has no reading for
    contribute nothing.

    When the combinations exceed ``limit``, the alternatives of later characters are
    dropped first (the last character's rarer readings first); all readings of the first
    character (the surname) are always kept, so the result has at most
    ``max(limit, number of readings of the first character)`` entries. The first entry
    uses the preferred reading of every character. Returns ``[]`` when there are no
    letters. Raises ``ValueError`` when ``limit`` < 1.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    text = _clean_name_text(name)

    surname: list[tuple[str, ...]] = []
    if text[:2] in _COMPOUND_SURNAMES:
        surname = list(_COMPOUND_SURNAMES[text[:2]])
    elif text[:1] in _SURNAME_READINGS:
        surname = [_SURNAME_READINGS[text[:1]]]

    options: list[list[str]] = []
    in_word = False
    i = 0
    while i < len(text):
        ch = text[i]
        if is_cjk_ideograph(ch):
            j = i
            while j < len(text) and is_cjk_ideograph(text[j]):
                j += 1
            run_options = _cjk_run_options(text[i:j], surname if i == 0 else [])
            options.extend(opt for opt in run_options if opt)
            in_word = False
            i = j
            continue
        if _is_latin_letter(ch):
            if not in_word:
                initial = _latin_initial(ch)
                if initial is not None:
                    options.append([initial])
            in_word = True
        elif ch != "'":
            in_word = False
        i += 1

    if not options:
        return []

    def total(opts: list[list[str]]) -> int:
        product = 1
        for opt in opts:
            product *= len(opt)
        return product

    for pos in range(len(options) - 1, 0, -1):
        while total(options) > limit and len(options[pos]) > 1:
            options[pos].pop()
    return ["".join(combo) for combo in itertools.product(*options)]


class QueryKind(StrEnum):
    """How the text of the search box is to be matched."""

    NAME = "name"
    INITIALS = "initials"
    DIGITS = "digits"


@dataclass(frozen=True)
class PersonQuery:
    """A search-box query, classified.

    * ``NAME``: ``text`` is the name normalised like :func:`normalize_person_name` (without
      raising); match it as a case-insensitive substring of stored names.
    * ``INITIALS``: ``text`` is ASCII letters only, lower case; match it as a prefix (or
      substring) of any of the visitor's :func:`name_initials` spellings. Callers should also
      match it case-insensitively against Latin names, since ``"anna"`` may be part of a name.
    * ``DIGITS``: ``text`` is at least :data:`MIN_DIGITS_QUERY` ASCII digits, possibly ending
      in an upper-case ``X``; match it as the end (suffix) of a canonical ID number or of the
      digits of a phone number (a phone tail).
    """

    kind: QueryKind
    text: str


_DIGITS_QUERY = re.compile(r"[0-9]+X?")
_INITIALS_QUERY = re.compile(r"[a-z]+")
_QUERY_SEPARATORS = re.compile(r"[\s\-]+")


def classify_query(text: str) -> PersonQuery | None:
    """Decide how to search for what a clerk typed in the search box.

    After NFKC (full-width characters become ASCII) and trimming:

    * any Chinese character -> ``NAME`` with the normalised text (``"张 三"`` stays
      ``"张 三"``; dots are unified to ``·``);
    * only ASCII letters -> ``INITIALS``, lower-cased (``"ZS"`` -> ``"zs"``);
    * digits, optionally ending in ``X``/``x``, ignoring spaces and hyphens -> ``DIGITS``
      when there are at least 4 characters, otherwise ``None`` (too unspecific);
    * Latin words with spaces, diacritics, ``·``, ``-``, ``'`` or ``.`` (``"Anna Li"``,
      ``"José"``) -> ``NAME``;
    * anything else, including empty or whitespace-only text -> ``None``.
    """
    cleaned = _clean_name_text(text)
    if not cleaned:
        return None
    if any(is_cjk_ideograph(ch) for ch in cleaned):
        return PersonQuery(QueryKind.NAME, cleaned)
    lowered = cleaned.lower()
    if _INITIALS_QUERY.fullmatch(lowered):
        return PersonQuery(QueryKind.INITIALS, lowered)
    compact = _QUERY_SEPARATORS.sub("", cleaned).replace("x", "X")
    if _DIGITS_QUERY.fullmatch(compact):
        if len(compact) >= MIN_DIGITS_QUERY:
            return PersonQuery(QueryKind.DIGITS, compact)
        return None
    if any(_is_latin_letter(ch) for ch in cleaned) and all(
        _is_latin_letter(ch) or ch in " ·-'." for ch in cleaned
    ):
        return PersonQuery(QueryKind.NAME, cleaned)
    return None
