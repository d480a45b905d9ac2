"""Party membership transfers: letter details, receipts, validity warnings and month arithmetic."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.party_transfer import (
    CHANNEL_LABELS,
    DEFAULT_VALIDITY_MONTHS,
    DIRECTION_LABELS,
    EXPIRY_WARNING_DAYS,
    RECEIPT_EXPECTED_DAYS,
    SCOPE_LABELS,
    TransferChannel,
    TransferDetails,
    TransferDirection,
    TransferScope,
    add_months,
    clean_transfer,
    expired,
    expires_soon,
    receipt_overdue,
)

TODAY = date(2026, 11, 20)

GOOD: dict[str, Any] = {
    "direction": "in",
    "scope": "outside_province",
    "from_org": "中共西安市雁塔区某某街道某某社区委员会",
    "to_org": "中共三原县城关街道池阳社区委员会",
    "letter_number": "组转字〔2026〕第015号",
    "issued_on": date(2026, 11, 10),
    "valid_until": None,
    "channel": "paper",
    "today": TODAY,
}


def transfer(**changes: Any) -> TransferDetails:
    return clean_transfer(**{**GOOD, **changes})


def transfer_error(**changes: Any) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        transfer(**changes)
    for err in info.value.errors:
        assert "{" not in err.render()
    return info.value


def test_constants() -> None:
    assert DEFAULT_VALIDITY_MONTHS == 3
    assert RECEIPT_EXPECTED_DAYS == 30
    assert EXPIRY_WARNING_DAYS == 7


def test_labels_cover_every_member() -> None:
    assert set(DIRECTION_LABELS) == set(TransferDirection)
    assert set(SCOPE_LABELS) == set(TransferScope)
    assert set(CHANNEL_LABELS) == set(TransferChannel)


def test_a_good_transfer_gets_three_months_validity_by_default() -> None:
    details = transfer()
    assert details == TransferDetails(
        direction=TransferDirection.IN,
        scope=TransferScope.OUTSIDE_PROVINCE,
        from_org="中共西安市雁塔区某某街道某某社区委员会",
        to_org="中共三原县城关街道池阳社区委员会",
        letter_number="组转字〔2026〕第015号",
        issued_on=date(2026, 11, 10),
        valid_until=date(2027, 2, 10),
        channel=TransferChannel.PAPER,
    )


def test_default_validity_is_clamped_to_the_month_end() -> None:
    details = transfer(issued_on=date(2026, 8, 31), today=date(2026, 9, 1))
    assert details.valid_until == date(2026, 11, 30)


def test_text_is_normalised() -> None:
    details = transfer(
        from_org="  中共某某  支部委员会 ",
        letter_number=" Ｎｏ．２０２６－０１５３ ",
        direction=" OUT ",
        channel="online",
        scope="within_province",
    )
    assert details.from_org == "中共某某 支部委员会"
    assert details.letter_number == "No.2026-0153"
    assert details.direction is TransferDirection.OUT
    assert details.channel is TransferChannel.ONLINE
    assert details.scope is TransferScope.WITHIN_PROVINCE


def test_an_explicit_validity_is_kept() -> None:
    assert transfer(valid_until=date(2027, 1, 10)).valid_until == date(2027, 1, 10)
    assert transfer(valid_until=date(2027, 5, 10)).valid_until == date(2027, 5, 10)  # 6 months
    assert transfer(valid_until=date(2026, 11, 11)).valid_until == date(2026, 11, 11)


def test_every_bad_field_is_reported_at_once() -> None:
    exc = transfer_error(
        from_org="党",
        to_org="",
        letter_number="\x07",
        issued_on=date(2026, 12, 1),
        valid_until=date(2026, 11, 30),
    )
    assert [e.field for e in exc.errors] == [
        "transfer_from_org",
        "transfer_to_org",
        "transfer_letter",
        "transfer_issued_on",
        "transfer_valid_until",
    ]
    assert exc.for_field("transfer_issued_on")[0].message.params == {"date": "2026-12-01"}
    assert exc.for_field("transfer_valid_until")[0].message.params == {
        "until": "2026-11-30",
        "issued": "2026-12-01",
    }


def test_unknown_codes_are_reported_too() -> None:
    exc = transfer_error(direction="sideways", scope="", channel="fax")
    assert [e.field for e in exc.errors] == [
        "transfer_direction",
        "transfer_scope",
        "transfer_channel",
    ]


def test_organisation_lengths() -> None:
    assert transfer(from_org="某支").from_org == "某支"
    assert transfer(to_org="党" * 100).to_org == "党" * 100
    exc = transfer_error(to_org="党" * 101)
    assert exc.for_field("transfer_to_org")[0].message.params == {"min": 2, "max": 100}


def test_the_same_organisation_on_both_ends_is_refused() -> None:
    exc = transfer_error(to_org=" " + GOOD["from_org"])
    assert [e.field for e in exc.errors] == ["transfer_to_org"]


@pytest.mark.parametrize("number", ["1", "(2026)12号", "No.2026-0153", "组转字〔2026〕第015号"])
def test_letter_numbers_are_permissive(number: str) -> None:
    assert transfer(letter_number=number).letter_number == number


@pytest.mark.parametrize("number", ["", "   ", "号" * 41, "--", "12\x0034", "第\u200b1号"])
def test_bad_letter_numbers(number: str) -> None:
    exc = transfer_error(letter_number=number)
    assert [e.field for e in exc.errors] == ["transfer_letter"]


def test_issue_date_rules() -> None:
    assert transfer(issued_on=TODAY).issued_on == TODAY
    assert transfer(issued_on=date(2025, 11, 20)).issued_on == date(2025, 11, 20)
    exc = transfer_error(issued_on=date(2025, 11, 19))
    assert [e.field for e in exc.errors] == ["transfer_issued_on"]
    assert "more than a year ago" in exc.render()
    exc = transfer_error(issued_on=None, valid_until=None)
    assert [e.field for e in exc.errors] == ["transfer_issued_on"]
    assert exc.render() == "Please enter the date the letter was issued."


def test_validity_rules() -> None:
    exc = transfer_error(valid_until=date(2026, 11, 10))
    assert [e.field for e in exc.errors] == ["transfer_valid_until"]
    exc = transfer_error(valid_until=date(2027, 5, 11))
    assert exc.for_field("transfer_valid_until")[0].message.params == {
        "until": "2027-05-11",
        "months": 6,
        "issued": "2026-11-10",
    }


# -- receipts and validity ---------------------------------------------------------------------


def test_receipt_overdue() -> None:
    issued = date(2026, 10, 1)
    assert not receipt_overdue(issued, None, date(2026, 10, 31))  # day 30
    assert receipt_overdue(issued, None, date(2026, 11, 1))  # day 31
    assert not receipt_overdue(issued, date(2026, 10, 20), date(2026, 12, 1))
    assert not receipt_overdue(issued, None, issued)


def test_expiry_warnings() -> None:
    valid_until = date(2027, 1, 10)
    assert not expires_soon(valid_until, date(2027, 1, 2))  # 8 days left
    assert expires_soon(valid_until, date(2027, 1, 3))  # 7 days left
    assert expires_soon(valid_until, date(2027, 1, 10))  # last day
    assert not expires_soon(valid_until, date(2027, 1, 11))
    assert expires_soon(valid_until, date(2026, 12, 20), days=30)
    assert not expired(valid_until, date(2027, 1, 10))
    assert expired(valid_until, date(2027, 1, 11))


@given(st.dates(), st.dates())
def test_expired_and_expiring_never_overlap(valid_until: date, today: date) -> None:
    assert not (expired(valid_until, today) and expires_soon(valid_until, today))


# -- month arithmetic --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 5, 31), -1, date(2026, 4, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2027, 1, 15), -1, date(2026, 12, 15)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 3, 10), 0, date(2026, 3, 10)),
        (date(2026, 3, 10), -27, date(2023, 12, 10)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2900, 12, 31)),
    st.integers(-1200, 1200),
)
def test_add_months_properties(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    last_day = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last_day)
    if start.day <= 28:
        assert add_months(result, -months) == start


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2900, 12, 31)))
def test_default_validity_is_always_accepted(issued: date) -> None:
    details = transfer(issued_on=issued, today=issued + timedelta(days=1))
    assert details.valid_until == add_months(issued, DEFAULT_VALIDITY_MONTHS)
    assert details.valid_until > issued
