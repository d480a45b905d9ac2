"""The rules of volunteer roles, shifts and hours entered afterwards (补录), as plain checks.

Nothing here touches the database, so the rules can be property-tested on their own; the
services apply them inside their transactions. Hours follow 《志愿服务记录与证明出具办法》:
a record is true, accurate and complete, so hours entered afterwards need a reason, stay
inside the session's day and never add up to more than the session lasted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from hall_desk.domain.activities import DEFAULT_MIN_SHARE_PERCENT, shift_minutes
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.problem_lists import clean_paragraph
from hall_desk.domain.text import clean_text, normalize_line

ROLE_NAME_MAX = 30
ROLE_DESCRIPTION_MAX = 200
ROLE_PLACES_MAX = 500
REASON_MAX = 200
_DIGITS = re.compile(r"[0-9]{1,6}")
#: Volunteers may sign in from this long before their session starts.
SIGN_IN_EARLY = timedelta(hours=1)


@dataclass(frozen=True)
class CleanRole:
    name: str
    places: int
    description: str


def clean_role(name: str, places: int | str, description: str, row: int) -> CleanRole:
    """One role of the roles table as typed; ``row`` (1-based) is named where it helps."""
    errors: list[ValidationError] = []
    clean_name = ""
    try:
        clean_name = _role_name(name, row)
    except ValidationError as exc:
        errors.append(exc)
    count = 0
    try:
        count = _places(places, row)
    except ValidationError as exc:
        errors.append(exc)
    text = ""
    try:
        text = clean_paragraph(description, field="description",
                               what=QT_TRANSLATE_NOOP("Messages", "the role's description"),
                               max_length=ROLE_DESCRIPTION_MAX, required=False)  # fmt: skip
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise ValidationError.many(errors)
    return CleanRole(clean_name, count, text)


def _role_name(raw: str, row: int) -> str:
    if not normalize_line(raw):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Role {row} has no name; please enter one."),
            field="name",
            row=row,
        )
    return clean_text(raw, field="name", what=QT_TRANSLATE_NOOP("Messages", "the role's name"),
                      max_length=ROLE_NAME_MAX)  # fmt: skip


def _whole_number(raw: int | str) -> int | None:
    """A whole number typed at the desk (full-width digits too), or None."""
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    return int(text) if _DIGITS.fullmatch(text) else None


def _places(raw: int | str, row: int) -> int:
    count = _whole_number(raw)
    if count is None or not 1 <= count <= ROLE_PLACES_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Role {row}: the places must be a whole number from 1 to {max}."
            ),
            field="places",
            row=row,
            max=ROLE_PLACES_MAX,
        )
    return count


def check_unique_names(names: list[str]) -> None:
    """Two roles of one activity may not share a name."""
    seen: dict[str, int] = {}
    for row, name in enumerate(names, start=1):
        key = name.casefold()
        if key in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Roles {first} and {row} are both called “{name}”."),
                field="name",
                first=seen[key],
                row=row,
                name=name,
            )
        seen[key] = row


def check_places_cover(name: str, places: int, busiest: int) -> None:
    """A role's places cannot drop below the volunteers already signed up at one session."""
    if places < busiest:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{busiest} volunteers are already signed up as “{role}” at one session; the "
                "places cannot be fewer than {busiest}.",
            ),
            field="places",
            role=name,
            busiest=busiest,
        )


def clean_reason(raw: str, *, what: str) -> str:
    """A required reason (for a cancellation or hours entered afterwards)."""
    return clean_paragraph(raw, field="reason", what=what, max_length=REASON_MAX)


def clean_min_share(raw: int | str) -> int:
    """The minimum share of a shift a volunteer must be present for, in percent (1-100)."""
    percent = _whole_number(unicodedata.normalize("NFKC", str(raw)).strip().removesuffix("%"))
    if percent is None or not 1 <= percent <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The minimum share must be a whole percentage from 1 to 100."
            ),
            field="min_share",
        )
    return percent


def stored_min_share(raw: str | None) -> int:
    """The share as stored in the center's settings; the default when missing or unreadable."""
    try:
        return clean_min_share(raw) if raw is not None else DEFAULT_MIN_SHARE_PERCENT
    except ValidationError:
        return DEFAULT_MIN_SHARE_PERCENT


def check_sign_in_time(starts_at: datetime, ends_at: datetime, now: datetime) -> None:
    """Signing in at the desk is possible from an hour before the session until its end."""
    if now < starts_at - SIGN_IN_EARLY:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The session starts at {start}; volunteers can sign in from an hour before.",
            ),
            start=f"{starts_at:%Y-%m-%d %H:%M}",
        )
    if now >= ends_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The session ended at {end}. Enter the volunteer's times afterwards (补录) "
                "instead, with the reason.",
            ),
            end=f"{ends_at:%Y-%m-%d %H:%M}",
        )


def check_supplement(
    starts_at: datetime,
    ends_at: datetime,
    signed_in_at: datetime,
    signed_out_at: datetime,
    now: datetime,
) -> None:
    """Times entered afterwards (补录) for a session from ``starts_at`` to ``ends_at``.

    Both times fall on the session's day, sign-out after sign-in, nothing in the future, and
    the time between them no longer than the session lasts.
    """
    day = starts_at.date()
    for field, moment in (("signed_in_at", signed_in_at), ("signed_out_at", signed_out_at)):
        if moment.date() != day:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The times entered must be on the day of the session, {day}."
                ),
                field=field,
                day=day.isoformat(),
            )
    if signed_out_at <= signed_in_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The sign-out time must be after the sign-in time."),
            field="signed_out_at",
        )
    if signed_out_at > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The sign-out time {time} has not come yet."),
            field="signed_out_at",
            time=f"{signed_out_at:%H:%M}",
        )
    length = shift_minutes(starts_at, ends_at)
    typed = shift_minutes(signed_in_at, signed_out_at)
    if typed > length:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{typed} minutes were entered, but the session lasts only {length} minutes; "
                "hours entered afterwards cannot exceed the session's length.",
            ),
            field="signed_out_at",
            typed=typed,
            length=length,
        )
