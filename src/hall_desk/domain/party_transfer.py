"""Party membership transfers (党员组织关系转接): the letter of introduction and its receipt.

A transfer moves a member's organisational relationship from one party organisation to
another, either online through the national party member management information system
(全国党员管理信息系统) or with a paper letter of introduction (纸质介绍信). The letter has a
number, an issue date and a validity period (usually three months); the receiving
organisation sends back a receipt (回执), which the desk expects within a month.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

__all__ = [
    "CHANNEL_LABELS",
    "DEFAULT_VALIDITY_MONTHS",
    "DIRECTION_LABELS",
    "EXPIRY_WARNING_DAYS",
    "MAX_LETTER_AGE_MONTHS",
    "MAX_LETTER_LENGTH",
    "MAX_ORG_LENGTH",
    "MAX_VALIDITY_MONTHS",
    "MIN_ORG_LENGTH",
    "RECEIPT_EXPECTED_DAYS",
    "SCOPE_LABELS",
    "TransferChannel",
    "TransferDetails",
    "TransferDirection",
    "TransferScope",
    "add_months",
    "clean_transfer",
    "expired",
    "expires_soon",
    "parse_channel",
    "parse_direction",
    "parse_scope",
    "receipt_overdue",
]

DEFAULT_VALIDITY_MONTHS = 3
"""Validity of a letter when none is written on it."""

MAX_VALIDITY_MONTHS = 6
"""Longest validity accepted after the issue date."""

MAX_LETTER_AGE_MONTHS = 12
"""A letter issued longer ago than this is refused as a typing mistake."""

RECEIPT_EXPECTED_DAYS = 30
"""Days after the issue date by which the receipt should be back."""

EXPIRY_WARNING_DAYS = 7
"""Days before the end of validity from which the desk is warned."""

MIN_ORG_LENGTH = 2
MAX_ORG_LENGTH = 100
MAX_LETTER_LENGTH = 40

_WHITESPACE = re.compile(r"\s+")


class TransferDirection(StrEnum):
    IN = "in"
    OUT = "out"


DIRECTION_LABELS: dict[TransferDirection, str] = {
    TransferDirection.IN: QT_TRANSLATE_NOOP("Messages", "Transfer in"),
    TransferDirection.OUT: QT_TRANSLATE_NOOP("Messages", "Transfer out"),
}


class TransferScope(StrEnum):
    WITHIN_PROVINCE = "within_province"
    OUTSIDE_PROVINCE = "outside_province"


SCOPE_LABELS: dict[TransferScope, str] = {
    TransferScope.WITHIN_PROVINCE: QT_TRANSLATE_NOOP("Messages", "Within the province"),
    TransferScope.OUTSIDE_PROVINCE: QT_TRANSLATE_NOOP("Messages", "To or from another province"),
}


class TransferChannel(StrEnum):
    ONLINE = "online"
    """Through the national party member management information system."""
    PAPER = "paper"
    """With a paper letter of introduction."""


CHANNEL_LABELS: dict[TransferChannel, str] = {
    TransferChannel.ONLINE: QT_TRANSLATE_NOOP(
        "Messages", "Online (national party member information system)"
    ),
    TransferChannel.PAPER: QT_TRANSLATE_NOOP("Messages", "Paper letter of introduction"),
}


@dataclass(frozen=True)
class TransferDetails:
    """The checked details of a transfer's letter of introduction."""

    direction: TransferDirection
    scope: TransferScope
    from_org: str
    to_org: str
    letter_number: str
    issued_on: date
    valid_until: date
    channel: TransferChannel


def add_months(d: date, months: int) -> date:
    """``d`` moved by ``months`` calendar months (negative goes back), clamped to month end.

    31 January + 1 month is 28 (or 29) February; 31 May - 1 month is 30 April.
    """
    index = d.year * 12 + d.month - 1 + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def parse_direction(raw: str) -> TransferDirection:
    try:
        return TransferDirection(raw.strip().lower())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please choose whether the membership moves in or out."),
            field="transfer_direction",
        ) from None


def parse_scope(raw: str) -> TransferScope:
    try:
        return TransferScope(raw.strip().lower())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Please choose whether the transfer stays within the province."
            ),
            field="transfer_scope",
        ) from None


def parse_channel(raw: str) -> TransferChannel:
    try:
        return TransferChannel(raw.strip().lower())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Please choose whether the letter came online or on paper."
            ),
            field="transfer_channel",
        ) from None


def _clean_org(raw: str, field: str, empty_template: str) -> str:
    text = _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", raw)).strip()
    if not text:
        raise ValidationError(empty_template, field=field)
    if not MIN_ORG_LENGTH <= len(text) <= MAX_ORG_LENGTH or any(
        unicodedata.category(ch).startswith("C") for ch in text
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The name of a party organisation has {min} to {max} printable characters.",
            ),
            field=field,
            min=MIN_ORG_LENGTH,
            max=MAX_ORG_LENGTH,
        )
    return text


def _clean_letter_number(raw: str) -> str:
    """Letter numbers vary (组转字〔2024〕第015号, No.2024-0153): any printable text with a
    letter or digit, up to 40 characters."""
    text = _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", raw)).strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the number of the letter of introduction."),
            field="transfer_letter",
        )
    if (
        len(text) > MAX_LETTER_LENGTH
        or any(unicodedata.category(ch).startswith("C") for ch in text)
        or not any(ch.isalnum() for ch in text)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The letter number has at most {max} printable characters, including at least "
                "one letter or digit.",
            ),
            field="transfer_letter",
            max=MAX_LETTER_LENGTH,
        )
    return text


def clean_transfer(
    *,
    direction: str,
    scope: str,
    from_org: str,
    to_org: str,
    letter_number: str,
    issued_on: date | None,
    valid_until: date | None,
    channel: str,
    today: date,
) -> TransferDetails:
    """Check the details of a transfer; raises one ``ValidationError`` listing every bad field.

    * the organisations have 2 to 100 printable characters and differ;
    * the letter number has 1 to 40 printable characters;
    * the letter was issued neither after ``today`` nor more than a year before it;
    * the validity defaults to :data:`DEFAULT_VALIDITY_MONTHS` months after the issue date
      and must end after the issue date and at most :data:`MAX_VALIDITY_MONTHS` months after.

    An expired letter is not refused here (the case may be recorded late); use
    :func:`expired` to warn.
    """
    errors: list[ValidationError] = []
    result_direction: TransferDirection | None = None
    result_scope: TransferScope | None = None
    result_channel: TransferChannel | None = None
    clean_from: str | None = None
    clean_to: str | None = None
    clean_letter: str | None = None
    try:
        result_direction = parse_direction(direction)
    except ValidationError as exc:
        errors.append(exc)
    try:
        result_scope = parse_scope(scope)
    except ValidationError as exc:
        errors.append(exc)
    try:
        clean_from = _clean_org(
            from_org,
            "transfer_from_org",
            QT_TRANSLATE_NOOP("Messages", "Please enter the organisation the member leaves."),
        )
    except ValidationError as exc:
        errors.append(exc)
    try:
        clean_to = _clean_org(
            to_org,
            "transfer_to_org",
            QT_TRANSLATE_NOOP("Messages", "Please enter the organisation the member joins."),
        )
    except ValidationError as exc:
        errors.append(exc)
    if clean_from is not None and clean_from == clean_to:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The member cannot be transferred to the organisation they leave."
                ),
                field="transfer_to_org",
            )
        )
    try:
        clean_letter = _clean_letter_number(letter_number)
    except ValidationError as exc:
        errors.append(exc)

    if issued_on is None:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please enter the date the letter was issued."),
                field="transfer_issued_on",
            )
        )
    elif issued_on > today:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The letter's issue date {date} is in the future."),
                field="transfer_issued_on",
                date=issued_on.isoformat(),
            )
        )
    elif issued_on < add_months(today, -MAX_LETTER_AGE_MONTHS):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The letter was issued on {date}, more than a year ago; please check the date.",
                ),
                field="transfer_issued_on",
                date=issued_on.isoformat(),
            )
        )

    until = valid_until
    if issued_on is not None:
        if until is None:
            until = add_months(issued_on, DEFAULT_VALIDITY_MONTHS)
        elif until <= issued_on:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The letter is valid until {until}, which is not after its issue date "
                        "{issued}.",
                    ),
                    field="transfer_valid_until",
                    until=until.isoformat(),
                    issued=issued_on.isoformat(),
                )
            )
        elif until > add_months(issued_on, MAX_VALIDITY_MONTHS):
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The letter is valid until {until}, more than {months} months after its "
                        "issue date {issued}; please check the date.",
                    ),
                    field="transfer_valid_until",
                    until=until.isoformat(),
                    months=MAX_VALIDITY_MONTHS,
                    issued=issued_on.isoformat(),
                )
            )

    try:
        result_channel = parse_channel(channel)
    except ValidationError as exc:
        errors.append(exc)

    if errors:
        raise ValidationError.many(errors)
    assert result_direction is not None and result_scope is not None
    assert result_channel is not None and issued_on is not None and until is not None
    assert clean_from is not None and clean_to is not None and clean_letter is not None
    return TransferDetails(
        direction=result_direction,
        scope=result_scope,
        from_org=clean_from,
        to_org=clean_to,
        letter_number=clean_letter,
        issued_on=issued_on,
        valid_until=until,
        channel=result_channel,
    )


def receipt_overdue(issued_on: date, receipt_back_on: date | None, today: date) -> bool:
    """No receipt yet and more than :data:`RECEIPT_EXPECTED_DAYS` days since the issue date."""
    return receipt_back_on is None and today > issued_on + timedelta(days=RECEIPT_EXPECTED_DAYS)


def expires_soon(valid_until: date, today: date, days: int = EXPIRY_WARNING_DAYS) -> bool:
    """The letter is still valid but its last valid day is at most ``days`` days away."""
    return today <= valid_until <= today + timedelta(days=days)


def expired(valid_until: date, today: date) -> bool:
    """The letter's last valid day has passed."""
    return today > valid_until
