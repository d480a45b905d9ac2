"""Phone number parsing and masking."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hall_desk.domain.errors import FieldError, ValidationError
from hall_desk.domain.phones import Phone, PhoneKind, mask_phone, parse_phone


def error_of(raw: str) -> FieldError:
    with pytest.raises(ValidationError) as info:
        parse_phone(raw)
    err = info.value.errors[0]
    assert err.field == "phone"
    assert "{" not in err.render()
    return err


def params(err: FieldError) -> dict[str, Any]:
    return dict(err.message.params)


@pytest.mark.parametrize(
    "raw",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "１３８１２３４５６７８",
        "+86 138 1234 5678",
        "+8613812345678",
        "(+86) 138-1234-5678",
        "0086 13812345678",
        "8613812345678",
        "013812345678",
        "\u3000138１２３４５６７８ ",
    ],
)
def test_valid_mobiles(raw: str) -> None:
    phone = parse_phone(raw)
    assert phone == Phone("13812345678", PhoneKind.MOBILE)
    assert phone.tail == "5678"
    assert phone.digits == "13812345678"


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("010-62345678", "010-62345678"),
        ("01062345678", "010-62345678"),
        ("(010) 6234 5678", "010-62345678"),
        ("020-87654321", "020-87654321"),
        ("029 8765432", "029-8765432"),
        ("0351-7654321", "0351-7654321"),
        ("0351-76543210", "0351-76543210"),
        ("(0351)7654321", "0351-7654321"),
        ("０９１９－２３４５６７８", "0919-2345678"),
        ("+86 10 62345678", "010-62345678"),
        ("+86-351-7654321", "0351-7654321"),
        ("0086 0351 7654321", "0351-7654321"),
    ],
)
def test_valid_landlines(raw: str, canonical: str) -> None:
    phone = parse_phone(raw)
    assert phone == Phone(canonical, PhoneKind.LANDLINE)
    assert phone.tail == canonical[-4:]
    assert phone.digits == canonical.replace("-", "")


def test_empty() -> None:
    for raw in ["", "  ", "\u3000", "--", "()"]:
        assert error_of(raw).message.template == "Please enter a phone number."


def test_not_digits() -> None:
    err = error_of("138-1234-567a")
    assert "digits only" in err.message.template
    assert params(err) == {"char": "a"}
    assert params(error_of("138.1234.5678")) == {"char": "."}
    assert params(error_of("138+12345678")) == {"char": "+"}


@pytest.mark.parametrize("raw", ["1381234567", "138123456789", "138 1234 56", "12345"])
def test_mobile_wrong_length(raw: str) -> None:
    err = error_of(raw)
    assert err.message.template == "Mobile numbers have 11 digits; this has {length}."
    assert params(err) == {"length": sum(ch.isdigit() for ch in raw)}


@pytest.mark.parametrize("raw", ["12812345678", "10012345678", "11012345678"])
def test_mobile_bad_second_digit(raw: str) -> None:
    err = error_of(raw)
    assert "second digit" in err.message.template
    assert params(err) == {"prefix": raw[:2]}


@pytest.mark.parametrize("raw", ["7654321", "87654321", "8765 4321"])
def test_landline_without_area_code(raw: str) -> None:
    err = error_of(raw)
    assert "please add the area code, e.g. 0351-2345678" in err.message.template


def test_not_a_phone_number() -> None:
    for raw in ["23456", "234567890"]:
        assert "does not look like a phone number" in error_of(raw).message.template


@pytest.mark.parametrize(("raw", "area"), [("011-7654321", "011"), ("019 87654321", "019")])
def test_bad_area_code(raw: str, area: str) -> None:
    err = error_of(raw)
    assert "is not an area code" in err.message.template
    assert params(err) == {"area": area}


@pytest.mark.parametrize(
    ("raw", "area", "length"),
    [("0351-765432", "0351", 6), ("0351-765432109", "0351", 9), ("010-6234", "010", 4)],
)
def test_local_number_wrong_length(raw: str, area: str, length: int) -> None:
    err = error_of(raw)
    assert "it should have 7 or 8" in err.message.template
    assert params(err) == {"area": area, "length": length}


@pytest.mark.parametrize(
    ("raw", "digit"), [("0351-1234567", "1"), ("010-02345678", "0"), ("+86 10 12345678", "1")]
)
def test_local_number_bad_first_digit(raw: str, digit: str) -> None:
    err = error_of(raw)
    assert "cannot start with {digit}" in err.message.template
    assert params(err)["digit"] == digit


def test_area_code_only() -> None:
    err = error_of("0351")
    assert "local number after the area code" in err.message.template
    assert params(err) == {"area": "0351"}


@pytest.mark.parametrize(
    ("raw", "extension"),
    [
        ("0351-7654321-801", "801"),
        ("010-62345678-1", "1"),
        ("0351-7654321转801", "转801"),
        ("0351-7654321 ext. 801", "ext. 801"),
        ("0351 7654321 x801", "x801"),
    ],
)
def test_extensions_are_rejected(raw: str, extension: str) -> None:
    err = error_of(raw)
    assert "leave out the extension" in err.message.template
    assert params(err) == {"extension": extension}


def test_foreign_numbers_are_rejected() -> None:
    for raw in ["+1 212 555 1234", "00441234567890", "+852 9123 4567"]:
        assert "country code +86" in error_of(raw).message.template
    assert "after +86" in error_of("+86").message.template


def test_mask_phone() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0351-1234567") == "0351-***4567"
    assert mask_phone("0351-76543210") == "0351-****3210"
    assert mask_phone("010-62345678") == "010-****5678"
    assert mask_phone("1234") == "****"
    assert mask_phone("123456") == "**3456"


@settings(max_examples=2_000, deadline=None)
@given(st.integers(3, 9), st.integers(0, 10**9 - 1))
def test_any_mobile_round_trips(second: int, rest: int) -> None:
    number = f"1{second}{rest:09d}"
    phone = parse_phone(number)
    assert phone == Phone(number, PhoneKind.MOBILE)
    assert parse_phone(phone.canonical) == phone
    assert parse_phone(f"+86 {number[:3]}-{number[3:7]}-{number[7:]}") == phone
    masked = mask_phone(phone.canonical)
    assert len(masked) == len(number)
    assert masked[-4:] == number[-4:] == phone.tail
    assert masked[:3] == number[:3]
    assert masked[3:7] == "****"


@settings(max_examples=2_000, deadline=None)
@given(
    st.one_of(
        st.just("010"),
        st.integers(20, 29).map(lambda n: f"0{n}"),
        st.integers(300, 999).map(lambda n: f"0{n}"),
    ),
    st.integers(2, 9),
    st.one_of(
        st.integers(0, 10**6 - 1).map(lambda n: f"{n:06d}"),
        st.integers(0, 10**7 - 1).map(lambda n: f"{n:07d}"),
    ),
)
def test_any_landline_round_trips(area: str, first: int, rest: str) -> None:
    local = f"{first}{rest}"
    phone = parse_phone(area + local)
    assert phone == Phone(f"{area}-{local}", PhoneKind.LANDLINE)
    assert parse_phone(phone.canonical) == phone
    masked = mask_phone(phone.canonical)
    assert len(masked) == len(phone.canonical)
    assert masked.startswith(area + "-")
    assert masked[-4:] == local[-4:]
