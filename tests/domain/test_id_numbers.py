"""ID number parsing, checked against python-stdnum as an independent oracle."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from hall_desk.domain.errors import FieldError, ValidationError
from hall_desk.domain.id_numbers import (
    IdKind,
    IdNumber,
    Sex,
    age_on,
    check_character,
    mask_id_number,
    normalize_id_text,
    parse_id_number,
)

TODAY = date(2025, 6, 15)

# Written out independently of the module under test.
PROVINCES = [
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65",
]  # fmt: skip
HMT_PREFIXES = {"810000": "HK", "820000": "MO", "830000": "TW"}
DIGITS = "0123456789"


def stdnum_check(first17: str) -> str:
    """Check character according to python-stdnum (which wants the number with a check digit)."""
    return ric.calc_check_digit(first17 + "0")


@dataclass(frozen=True)
class Generated:
    number: str
    kind: IdKind
    birth: date
    sequence: int
    region: str
    nationality: str | None = None


def _complete(head6: str, birth: date, sequence: int) -> str:
    first17 = f"{head6}{birth:%Y%m%d}{sequence:03d}"
    return first17 + stdnum_check(first17)


births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
sequences = st.integers(min_value=0, max_value=999)


@st.composite
def mainland_numbers(draw: st.DrawFn) -> Generated:
    region = draw(st.sampled_from([*PROVINCES, "71"])) + f"{draw(st.integers(0, 9999)):04d}"
    birth, seq = draw(births), draw(sequences)
    return Generated(_complete(region, birth, seq), IdKind.MAINLAND, birth, seq, region)


@st.composite
def hmt_numbers(draw: st.DrawFn) -> Generated:
    prefix = draw(st.sampled_from(sorted(HMT_PREFIXES)))
    birth, seq = draw(births), draw(sequences)
    return Generated(_complete(prefix, birth, seq), IdKind.HMT_PERMIT, birth, seq, prefix)


@st.composite
def foreign_numbers(draw: st.DrawFn) -> Generated:
    province = draw(st.sampled_from(PROVINCES))
    nationality = f"{draw(st.integers(0, 999)):03d}"
    birth, seq = draw(births), draw(sequences)
    return Generated(
        _complete("9" + province + nationality, birth, seq),
        IdKind.FOREIGN_PERMANENT,
        birth,
        seq,
        province + "0000",
        nationality,
    )


valid_numbers = st.one_of(mainland_numbers(), hmt_numbers(), foreign_numbers())


def error_of(raw: str, today: date = TODAY) -> FieldError:
    with pytest.raises(ValidationError) as info:
        parse_id_number(raw, today)
    assert len(info.value.errors) == 1
    err = info.value.errors[0]
    assert err.field == "id_number"
    return err


def params(err: FieldError) -> dict[str, Any]:
    return dict(err.message.params)


# --- properties ---------------------------------------------------------------------------


@settings(max_examples=10_000, deadline=None)
@given(valid_numbers)
def test_valid_numbers_parse(gen: Generated) -> None:
    parsed = parse_id_number(gen.number, TODAY)
    assert parsed.canonical == gen.number
    assert parse_id_number(parsed.canonical, TODAY) == parsed
    assert parsed.kind is gen.kind
    assert parsed.birth_date == gen.birth == ric.get_birth_date(gen.number)
    assert parsed.sex is (Sex.MALE if gen.sequence % 2 else Sex.FEMALE)
    assert parsed.converted_from_legacy is False
    assert parsed.region == gen.region
    assert parsed.nationality_code == gen.nationality
    assert parsed.hmt_region == HMT_PREFIXES.get(
        gen.region if gen.kind is IdKind.HMT_PERMIT else ""
    )
    assert check_character(gen.number[:17]) == gen.number[17]
    assert ric.calc_check_digit(gen.number) == gen.number[17]


@settings(max_examples=2_000, deadline=None)
@given(st.integers(min_value=0, max_value=10**17 - 1))
def test_check_character_matches_stdnum(value: int) -> None:
    first17 = f"{value:017d}"
    assert check_character(first17) == stdnum_check(first17)


def test_check_character_matches_stdnum_on_many_random_numbers() -> None:
    rng = random.Random(11643)
    for _ in range(100_000):
        first17 = f"{rng.randrange(10**17):017d}"
        assert check_character(first17) == stdnum_check(first17)


@settings(max_examples=2_000, deadline=None)
@given(
    st.sampled_from(PROVINCES),
    st.integers(0, 9999),
    st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)),
    sequences,
)
def test_legacy_15_digit_numbers_convert(province: str, rest: int, birth: date, seq: int) -> None:
    region = f"{province}{rest:04d}"
    legacy = f"{region}{birth:%y%m%d}{seq:03d}"
    parsed = parse_id_number(legacy, TODAY)
    first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    assert parsed.canonical == first17 + stdnum_check(first17)
    assert ric.calc_check_digit(parsed.canonical) == parsed.canonical[-1]
    assert parsed.converted_from_legacy is True
    assert parsed.kind is IdKind.MAINLAND
    assert parsed.birth_date == birth
    assert parsed.sex is (Sex.MALE if seq % 2 else Sex.FEMALE)
    assert parsed.region == region
    # The converted number is itself valid and not marked as converted.
    again = parse_id_number(parsed.canonical, TODAY)
    assert again.converted_from_legacy is False
    assert again.birth_date == birth


_FULL_WIDTH = {ch: chr(ord(ch) + 0xFEE0) for ch in DIGITS + "Xx"}


_SEPARATORS = ["", "", "", "", " ", "\u3000", "-", "\t"]


@settings(max_examples=2_000, deadline=None)
@given(valid_numbers, st.binary(min_size=19, max_size=19))
def test_full_width_spaces_and_lower_case_x_normalise(gen: Generated, noise: bytes) -> None:
    # Each noise byte decides for one character: full width or not, lower-case x or not,
    # and which separator follows it; the last byte picks a leading separator.
    pieces = [_SEPARATORS[noise[18] % 8]]
    for ch, b in zip(gen.number, noise, strict=False):
        if ch == "X" and b & 2:
            ch = "x"
        if b & 1:
            ch = _FULL_WIDTH[ch]
        pieces.append(ch + _SEPARATORS[(b >> 2) % 8])
    messy = "".join(pieces)
    assert normalize_id_text(messy) == gen.number
    assert parse_id_number(messy, TODAY).canonical == gen.number


def _variants(number: str) -> list[str]:
    """Every single-character substitution and every adjacent swap of different characters."""
    out = []
    for i, original in enumerate(number):
        alphabet = DIGITS + ("X" if i == len(number) - 1 else "")
        out.extend(number[:i] + c + number[i + 1 :] for c in alphabet if c != original)
    for i in range(len(number) - 1):
        a, b = number[i], number[i + 1]
        if a != b:
            out.append(number[:i] + b + a + number[i + 2 :])
    return out


@settings(max_examples=2_000, deadline=None)
@given(valid_numbers)
def test_every_substitution_and_adjacent_swap_is_rejected(gen: Generated) -> None:
    variants = _variants(gen.number)
    assert len(variants) >= 17 * 9 + 10
    for variant in variants:
        with pytest.raises(ValidationError) as info:
            parse_id_number(variant, TODAY)
        assert info.value.errors[0].field == "id_number", variant


@settings(max_examples=1_000, deadline=None)
@given(valid_numbers)
def test_mask_keeps_first_and_last_four(gen: Generated) -> None:
    masked = mask_id_number(gen.number)
    assert len(masked) == 18
    assert masked[:4] == gen.number[:4] and masked[-4:] == gen.number[-4:]
    assert masked[4:14] == "*" * 10


# --- examples -----------------------------------------------------------------------------

VALID_MAINLAND = "11010519491231002X"  # The textbook example of GB 11643.


def test_textbook_number() -> None:
    parsed = parse_id_number(VALID_MAINLAND, TODAY)
    assert parsed == IdNumber(
        canonical=VALID_MAINLAND,
        kind=IdKind.MAINLAND,
        birth_date=date(1949, 12, 31),
        sex=Sex.FEMALE,
        converted_from_legacy=False,
        region="110105",
    )
    assert ric.is_valid(VALID_MAINLAND)
    assert parsed.age_on(date(2025, 12, 30)) == 75
    assert parsed.age_on(date(2025, 12, 31)) == 76


def test_lower_case_x_and_full_width_example() -> None:
    assert parse_id_number("11010519491231002x", TODAY).canonical == VALID_MAINLAND
    full = "１１０１０５ １９４９１２３１ ００２Ｘ"
    assert normalize_id_text(full) == VALID_MAINLAND
    assert parse_id_number(full, TODAY).canonical == VALID_MAINLAND
    assert parse_id_number("110105-19491231-002ｘ", TODAY).canonical == VALID_MAINLAND


def test_hmt_and_foreign_examples() -> None:
    hk = _complete("810000", date(1990, 1, 1), 123)
    parsed = parse_id_number(hk, TODAY)
    assert (parsed.kind, parsed.region, parsed.hmt_region) == (IdKind.HMT_PERMIT, "810000", "HK")
    assert parsed.sex is Sex.MALE
    foreign = _complete("931156", date(1985, 7, 4), 2)
    parsed = parse_id_number(foreign, TODAY)
    assert parsed.kind is IdKind.FOREIGN_PERMANENT
    assert (parsed.region, parsed.nationality_code) == ("310000", "156")
    assert parsed.sex is Sex.FEMALE
    assert parsed.hmt_region is None


def test_taiwan_issued_legacy_province_71_is_mainland() -> None:
    number = _complete("710000", date(1950, 5, 5), 11)
    assert parse_id_number(number, TODAY).kind is IdKind.MAINLAND


def test_empty() -> None:
    for raw in ["", "   ", "\u3000", " - "]:
        err = error_of(raw)
        assert err.message.template == "Please enter the ID number."


def test_invalid_character() -> None:
    err = error_of("11010519491231002#")
    assert "which is not allowed" in err.message.template
    assert params(err) == {"char": "#"}
    err = error_of("1101051949123100YX")
    assert params(err) == {"char": "Y"}


def test_letter_o_suggests_zero() -> None:
    err = error_of("11O10519491231002X")
    assert "Did you mean the digit {digit}?" in err.message.template
    assert params(err) == {"char": "O", "digit": "0"}


def test_x_not_last() -> None:
    err = error_of("1101051949123100X2")
    assert "can only be the last character" in err.message.template
    assert params(err) == {"position": 17, "length": 18}
    # The X problem is reported even when the length is wrong too.
    assert "{position}" in error_of("11X0").message.template


@pytest.mark.parametrize("raw", ["1101051949123", "1101051949123100", "1101051949123100201"])
def test_wrong_length(raw: str) -> None:
    err = error_of(raw)
    assert "has {length} characters" in err.message.template
    assert params(err) == {"length": len(raw)}


def test_legacy_ending_in_x() -> None:
    err = error_of("11010549123100X")
    assert "never ends in X" in err.message.template


@pytest.mark.parametrize("first", ["8", "9"])
def test_legacy_starting_with_8_or_9(first: str) -> None:
    err = error_of(first + "10000491231002")
    assert "15-digit number can only be an old mainland ID card" in err.message.template
    assert params(err) == {"digit": first}


@pytest.mark.parametrize(
    "province", ["00", "10", "16", "20", "30", "40", "47", "55", "60", "66", "70", "72"]
)
def test_unknown_province(province: str) -> None:
    number = _complete(province + "0101", date(1990, 3, 7), 123)
    err = error_of(number)
    assert "not a province code" in err.message.template
    assert params(err) == {"code": province}


def test_unknown_province_on_legacy_card() -> None:
    err = error_of("000101900307123")
    assert params(err) == {"code": "00"}


@pytest.mark.parametrize("prefix", ["810001", "811000", "840000", "800000", "820100"])
def test_bad_hmt_prefix(prefix: str) -> None:
    err = error_of(_complete(prefix, date(1990, 3, 7), 123))
    assert "810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)" in err.message.template
    assert params(err) == {"prefix": prefix}


@pytest.mark.parametrize("province", ["00", "71", "81", "99", "10"])
def test_bad_foreign_issuing_province(province: str) -> None:
    err = error_of(_complete("9" + province + "840", date(1990, 3, 7), 123))
    assert "code of the issuing province" in err.message.template
    assert params(err) == {"code": province}


@pytest.mark.parametrize("digits", ["19900230", "19900001", "19901301", "20230229", "19000229"])
def test_birth_date_not_a_real_date(digits: str) -> None:
    first17 = "110105" + digits + "123"
    err = error_of(first17 + check_character(first17))
    assert "is not a real date" in err.message.template
    assert params(err) == {"start": 7, "end": 14, "digits": digits}


def test_legacy_birth_date_not_a_real_date_names_the_six_digits() -> None:
    err = error_of("110105900230123")
    assert params(err) == {"start": 7, "end": 12, "digits": "900230"}


def test_leap_day_is_a_real_date() -> None:
    number = _complete("110105", date(2000, 2, 29), 123)
    assert parse_id_number(number, TODAY).birth_date == date(2000, 2, 29)


def test_birth_in_the_future() -> None:
    tomorrow = date(2025, 6, 16)
    number = _complete("110105", tomorrow, 123)
    err = error_of(number)
    assert "is in the future" in err.message.template
    assert params(err)["date"] == "2025-06-16"
    # Born today is fine; the same number is valid a day later.
    assert parse_id_number(_complete("110105", TODAY, 123), TODAY).birth_date == TODAY
    assert parse_id_number(number, tomorrow).birth_date == tomorrow


def test_birth_before_1890() -> None:
    err = error_of(_complete("110105", date(1889, 12, 31), 123))
    assert "before 1890" in err.message.template
    assert params(err)["date"] == "1889-12-31"
    assert parse_id_number(_complete("110105", date(1890, 1, 1), 123), TODAY)


def test_wrong_check_character_does_not_reveal_expected() -> None:
    wrong = VALID_MAINLAND[:17] + "5"
    err = error_of(wrong)
    assert "check character" in err.message.template
    assert "compare each digit" in err.message.template
    assert params(err) == {}


def test_order_date_before_check_character() -> None:
    # Both the date and the check character are wrong: the date is named.
    err = error_of("110105199002301230")
    assert "is not a real date" in err.message.template


def test_templates_render_without_error() -> None:
    samples = [
        "", "#", "1X1", "123", "11010549123100X", "810000491231002", "000105194912310020",
        "811000199001011234", "900840199001011234", "110105199002301234",
        "110105209001011234", "110105188001011234", "110105194912310025",
    ]  # fmt: skip
    for raw in samples:
        err = error_of(raw)
        text = err.render()
        assert "{" not in text and text.endswith((".", "?"))


def test_check_character_rejects_bad_input() -> None:
    for bad in ["1234", "1" * 18, "1" * 16 + "X", "１" * 17]:
        with pytest.raises(ValueError):
            check_character(bad)


def test_age_on() -> None:
    birth = date(2000, 2, 29)
    assert age_on(birth, date(2000, 2, 29)) == 0
    assert age_on(birth, date(2001, 2, 28)) == 0
    assert age_on(birth, date(2001, 3, 1)) == 1
    assert age_on(birth, date(2004, 2, 28)) == 3
    assert age_on(birth, date(2004, 2, 29)) == 4
    assert age_on(date(1990, 6, 15), date(2025, 6, 14)) == 34
    assert age_on(date(1990, 6, 15), date(2025, 6, 15)) == 35
    with pytest.raises(ValueError):
        age_on(date(2000, 1, 2), date(2000, 1, 1))


def test_mask_id_number() -> None:
    assert mask_id_number("110101199003071234") == "1101**********1234"
    assert mask_id_number("110101900307123") == "1101*******7123"
    assert mask_id_number("123456789") == "1234*6789"
    assert mask_id_number("12345678") == "******78"
    assert mask_id_number("123") == "*23"
    assert mask_id_number("12") == "**"
    assert mask_id_number("") == ""
