"""The elderly-age subsidy (高龄补贴): age bands, eligibility and the annual check (年审).

Amounts differ from province to province and change over time, so none is written here: the
administrator enters the monthly amount of each age band in settings, and this module only
checks that the bands make a sound table. Amounts are whole fen (1 yuan = 100 fen).

Birthdays follow :func:`hall_desk.domain.id_numbers.age_on`: someone born on 29 February
reaches a new age on 1 March in years without a 29 February (not on 28 February). The same
rule is used everywhere in this module (eligibility date, band changes), so the day
:func:`check_applicant_age` names as the first eligible day is the day it starts accepting.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import MAXYEAR, date
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise
from typing import Literal

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.id_numbers import age_on
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

__all__ = [
    "BAND_STARTS",
    "CHECK_METHOD_LABELS",
    "MAX_AMOUNT_FEN",
    "MAX_AMOUNT_YUAN",
    "MIN_SUBSIDY_AGE",
    "STOP_REASON_LABELS",
    "AgeBand",
    "CheckMethod",
    "CheckStatus",
    "StopReason",
    "band_change_next_month",
    "band_for_age",
    "birthday_in",
    "blank_bands",
    "check_applicant_age",
    "check_due_month",
    "check_status",
    "format_yuan",
    "parse_amount_yuan",
    "validate_bands",
]

MIN_SUBSIDY_AGE = 80
"""The age from which the subsidy is paid; the first band always starts here."""

BAND_STARTS = (80, 90, 100)
"""The usual band boundaries: 80-89, 90-99 and 100 and over."""

MAX_AMOUNT_YUAN = 100_000
"""Highest monthly amount accepted for a band, in yuan (a guard against typing errors)."""

MAX_AMOUNT_FEN = MAX_AMOUNT_YUAN * 100

_AMOUNT = re.compile(r"([0-9]+)(?:\.([0-9]*))?")

CheckStatus = Literal["ok", "due", "overdue"]


@dataclass(frozen=True)
class AgeBand:
    """An age band with its monthly amount; ``max_age`` is inclusive, ``None`` = and over."""

    min_age: int
    max_age: int | None
    monthly_amount_fen: int

    @property
    def label(self) -> str:
        """``"80-89"``, ``"100+"`` (open-ended) or ``"95"`` (a band of one year)."""
        if self.max_age is None:
            return f"{self.min_age}+"
        if self.max_age == self.min_age:
            return str(self.min_age)
        return f"{self.min_age}-{self.max_age}"

    def contains(self, age: int) -> bool:
        return self.min_age <= age and (self.max_age is None or age <= self.max_age)


def blank_bands() -> tuple[AgeBand, ...]:
    """The usual band layout (:data:`BAND_STARTS`) with every amount still 0, for a new form."""
    return tuple(
        AgeBand(start, nxt - 1 if nxt is not None else None, 0)
        for start, nxt in zip(BAND_STARTS, (*BAND_STARTS[1:], None), strict=True)
    )


def parse_amount_yuan(raw: str) -> int:
    """A monthly amount typed in yuan ("100", "100.5", "１００元", "¥80") as whole fen.

    At most two decimals, from 0 to :data:`MAX_AMOUNT_YUAN` yuan (field ``band_amount``).
    """
    text = unicodedata.normalize("NFKC", raw).strip()
    text = text.removeprefix("¥").removesuffix("元").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the monthly amount in yuan."),
            field="band_amount",
        )
    match = _AMOUNT.fullmatch(text)
    if match is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{value} is not an amount of yuan; please type a number such as 100 or 100.50.",
            ),
            field="band_amount",
            value=text[:20],
        )
    decimals = match.group(2) or ""
    if len(decimals) > 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value} has more than two decimals; amounts are counted in fen."
            ),
            field="band_amount",
            value=text[:20],
        )
    fen = int(Decimal(text) * 100)
    if fen > MAX_AMOUNT_FEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The monthly amount can be at most {max} yuan."),
            field="band_amount",
            max=MAX_AMOUNT_YUAN,
        )
    return fen


def format_yuan(fen: int) -> str:
    """Fen as yuan with two decimals: 10050 -> ``"100.50"``."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole}.{cents:02d}"


def validate_bands(bands: Sequence[AgeBand]) -> tuple[AgeBand, ...]:
    """Check an age band table and return it sorted by age (field ``bands``).

    A sound table starts at :data:`MIN_SUBSIDY_AGE`, has no gaps and no overlaps, and ends
    with an open-ended band (like 100+), so everyone aged 80 or over falls in exactly one
    band. Each amount is from 0 to :data:`MAX_AMOUNT_FEN` fen.
    """
    if not bands:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please set at least one age band."), field="bands"
        )
    ordered = tuple(sorted(bands, key=lambda b: b.min_age))
    for band in ordered:
        if band.max_age is not None and band.max_age < band.min_age:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The age band from {start} ends at {end}, before it starts."
                ),
                field="bands",
                start=band.min_age,
                end=band.max_age,
            )
        if not 0 <= band.monthly_amount_fen <= MAX_AMOUNT_FEN:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The monthly amount of the age band {band} must be from 0 to {max} yuan.",
                ),
                field="bands",
                band=band.label,
                max=MAX_AMOUNT_YUAN,
            )
    first = ordered[0]
    if first.min_age != MIN_SUBSIDY_AGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The first age band must start at {minimum}, the age the subsidy starts; it "
                "starts at {start}.",
            ),
            field="bands",
            minimum=MIN_SUBSIDY_AGE,
            start=first.min_age,
        )
    for previous, band in pairwise(ordered):
        if previous.max_age is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Only the last age band can be open-ended; {band} is followed by {next}.",
                ),
                field="bands",
                band=previous.label,
                next=band.label,
            )
        if band.min_age <= previous.max_age:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The age bands {band} and {next} overlap."),
                field="bands",
                band=previous.label,
                next=band.label,
            )
        if band.min_age > previous.max_age + 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Ages {gap_from} to {gap_to} fall between the age bands {band} and {next}; "
                    "the bands must follow on without a gap.",
                ),
                field="bands",
                gap_from=previous.max_age + 1,
                gap_to=band.min_age - 1,
                band=previous.label,
                next=band.label,
            )
    last = ordered[-1]
    if last.max_age is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The last age band must be open-ended (like {example}) so that everyone older "
                "than {end} has an amount.",
            ),
            field="bands",
            example=f"{last.min_age}+",
            end=last.max_age,
        )
    return ordered


def band_for_age(bands: Iterable[AgeBand], age: int) -> AgeBand | None:
    """The band ``age`` falls in, or ``None`` (under 80, or a table with a gap)."""
    for band in bands:
        if band.contains(age):
            return band
    return None


def birthday_in(birth_date: date, year: int) -> date:
    """The day in ``year`` on which someone born on ``birth_date`` reaches a new age.

    A 29 February birthday falls on 1 March in years without a 29 February, matching
    :func:`~hall_desk.domain.id_numbers.age_on`.
    """
    if birth_date.month == 2 and birth_date.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return birth_date.replace(year=year)


def check_applicant_age(birth_date: date, on: date) -> int:
    """The applicant's age on ``on``; refuses anyone under :data:`MIN_SUBSIDY_AGE`.

    The error (field ``id_number``) names the age, the birth date, the minimum age and the
    first day an application is accepted (the 80th birthday, see :func:`birthday_in`).
    """
    if on < birth_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The date of birth {birth} is after the application date {on}."
            ),
            field="id_number",
            birth=birth_date.isoformat(),
            on=on.isoformat(),
        )
    age = age_on(birth_date, on)
    if age < MIN_SUBSIDY_AGE:
        eligible_on = birthday_in(birth_date, birth_date.year + MIN_SUBSIDY_AGE)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The applicant is {age} years old (born {birth}); the elderly-age subsidy "
                "starts at {minimum}. They can apply from {eligible_on}.",
            ),
            field="id_number",
            age=age,
            birth=birth_date.isoformat(),
            minimum=MIN_SUBSIDY_AGE,
            eligible_on=eligible_on.isoformat(),
        )
    return age


def band_change_next_month(
    birth_date: date, today: date, *, starts: Iterable[int] = BAND_STARTS
) -> int | None:
    """The age that moves the person into a higher band during next calendar month.

    Returns 90 or 100 (any value of ``starts`` above :data:`MIN_SUBSIDY_AGE`; pass the
    center's own band starts when they differ) when the person reaches that age during the
    month after ``today``'s month - December looks at January of the next year - else
    ``None``.
    """
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    for start in sorted(set(starts)):
        if start <= MIN_SUBSIDY_AGE or birth_date.year + start > MAXYEAR:
            continue
        birthday = birthday_in(birth_date, birth_date.year + start)
        if (birthday.year, birthday.month) == (year, month):
            return start
    return None


class CheckMethod(StrEnum):
    """How the annual check was done."""

    IN_PERSON = "in_person"
    HOME_VISIT = "home_visit"
    ON_BEHALF = "on_behalf"


CHECK_METHOD_LABELS: dict[CheckMethod, str] = {
    CheckMethod.IN_PERSON: QT_TRANSLATE_NOOP("Messages", "In person at the desk"),
    CheckMethod.HOME_VISIT: QT_TRANSLATE_NOOP("Messages", "Home visit"),
    CheckMethod.ON_BEHALF: QT_TRANSLATE_NOOP("Messages", "Done on their behalf"),
}


class StopReason(StrEnum):
    """Why the subsidy stopped."""

    DEATH = "death"
    MOVED_AWAY = "moved_away"
    OTHER = "other"


STOP_REASON_LABELS: dict[StopReason, str] = {
    StopReason.DEATH: QT_TRANSLATE_NOOP("Messages", "Passed away"),
    StopReason.MOVED_AWAY: QT_TRANSLATE_NOOP("Messages", "Moved away"),
    StopReason.OTHER: QT_TRANSLATE_NOOP("Messages", "Other reason"),
}


def check_due_month(started_on: date, last_checked_on: date | None) -> tuple[int, int]:
    """The (year, month) of the next annual check.

    The check is due once a year in the anniversary month of the start of payment: the first
    month with the start's month number that comes strictly after the month of the last
    check (or of the start, when never checked). So a check done in its due month, or late,
    moves the next one to the anniversary month of the following year, while a check done
    months ahead of the anniversary month does not count for that anniversary. A last check
    dated before the start (bad data) is ignored.
    """
    reference = started_on
    if last_checked_on is not None and last_checked_on >= started_on:
        reference = last_checked_on
    month = started_on.month
    if month > reference.month:
        return reference.year, month
    return reference.year + 1, month


def check_status(started_on: date, last_checked_on: date | None, today: date) -> CheckStatus:
    """``"due"`` during the due month (:func:`check_due_month`), ``"overdue"`` after it,
    else ``"ok"``."""
    due = check_due_month(started_on, last_checked_on)
    now = (today.year, today.month)
    if now == due:
        return "due"
    if now > due:
        return "overdue"
    return "ok"
