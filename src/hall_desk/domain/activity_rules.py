"""The rules of an activity: what a typed activity must hold, who may sign up, and the waiting
list (候补) that moves up by itself.

The waiting list is plain arithmetic kept here so it can be tested on its own: for a capacity and
the sign-ups in order, who holds a place, who waits at which position, and who moves up when
someone cancels or the capacity is raised. The activities service applies exactly these answers
inside its transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from hall_desk.domain.activities import ActivityKind, ActivityStatus, Audience, OrganiserKind
from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import normalize_person_name
from hall_desk.domain.problem_lists import clean_paragraph
from hall_desk.domain.text import clean_text

MAX_TITLE = 60
MAX_DESCRIPTION = 1000
MAX_PLACE = 80
MAX_RELATION = 10
MAX_REASON = 200
MIN_CAPACITY = 1
MAX_CAPACITY = 2000
MIN_AGE = 0
MAX_AGE = 18
#: Attendance of a session can be taken from this long before it starts.
ATTENDANCE_EARLY_MINUTES = 60

# The form fields named by the errors, so a form can mark the field at fault.
FIELD_TITLE = "activity_title"
FIELD_KIND = "activity_kind"
FIELD_ORGANISER = "activity_organiser"
FIELD_CAPACITY = "activity_capacity"
FIELD_AGES = "activity_ages"
FIELD_WINDOW = "activity_window"
FIELD_DESCRIPTION = "activity_description"
FIELD_SESSION_TIME = "session_time"
FIELD_SESSION_PLACE = "session_place"
FIELD_REASON = "reason"
FIELD_RESIDENT = "signup_resident"
FIELD_CHILD_NAME = "child_name"
FIELD_CHILD_BIRTH = "child_birth_date"
FIELD_RELATION = "guardian_relation"
FIELD_PHONE = "contact_phone"

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


# -- the activity as typed ------------------------------------------------------------------


@dataclass(frozen=True)
class CleanActivity:
    """An activity's fields after their checks."""

    title: str
    kind: ActivityKind
    organiser_kind: OrganiserKind
    organiser_id: int | None
    capacity: int
    audience: Audience
    age_min: int | None
    age_max: int | None
    signup_opens_at: datetime | None
    signup_closes_at: datetime | None
    description: str


def parse_count(raw: int | str | None, *, field: str, what: str, low: int, high: int) -> int:
    """A whole number typed (or given) between ``low`` and ``high``."""
    try:
        value = int(str(raw).strip()) if raw is not None else None
    except ValueError:
        value = None
    if value is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter {what} as a whole number."),
            field=field,
            what=what,
        )
    if not low <= value <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter {what} between {low} and {high}."),
            field=field,
            what=what,
            low=low,
            high=high,
        )
    return value


def clean_activity(
    *,
    title: str,
    kind: str,
    organiser_kind: str,
    organiser_id: int | None,
    capacity: int | str,
    audience: str,
    age_min: int | str | None,
    age_max: int | str | None,
    signup_opens_at: datetime | None,
    signup_closes_at: datetime | None,
    description: str,
) -> CleanActivity:
    """Every field of a typed activity; all problems are reported at once."""
    errors: list[ValidationError] = []
    clean_title = _attempt(errors, lambda: clean_text(
        title, field=FIELD_TITLE, what=QT_TRANSLATE_NOOP("Messages", "the title"),
        max_length=MAX_TITLE,
    ))  # fmt: skip
    chosen_kind = _enum(
        errors,
        ActivityKind,
        kind,
        FIELD_KIND,
        QT_TRANSLATE_NOOP("Messages", "Please choose the kind of activity."),
    )
    organiser = _enum(
        errors,
        OrganiserKind,
        organiser_kind,
        FIELD_ORGANISER,
        QT_TRANSLATE_NOOP("Messages", "Please choose who organises the activity."),
    )
    if organiser is not None and organiser is not OrganiserKind.CENTER and organiser_id is None:
        errors.append(ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please choose the unit or project organising it."),
            field=FIELD_ORGANISER,
        ))  # fmt: skip
    places = _attempt(errors, lambda: parse_count(
        capacity, field=FIELD_CAPACITY, what=QT_TRANSLATE_NOOP("Messages", "the number of places"),
        low=MIN_CAPACITY, high=MAX_CAPACITY,
    ))  # fmt: skip
    chosen_audience = _enum(
        errors,
        Audience,
        audience,
        FIELD_AGES,
        QT_TRANSLATE_NOOP("Messages", "Please choose who the activity is for."),
    )
    low = high = None
    if chosen_audience is Audience.CHILDREN:
        low, high = _ages(errors, age_min, age_max)
    if (
        signup_opens_at is not None
        and signup_closes_at is not None
        and signup_closes_at <= signup_opens_at
    ):
        errors.append(ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Sign-up must close after it opens."),
            field=FIELD_WINDOW,
        ))  # fmt: skip
    text = _attempt(errors, lambda: clean_paragraph(
        description, field=FIELD_DESCRIPTION, max_length=MAX_DESCRIPTION,
        what=QT_TRANSLATE_NOOP("Messages", "the description"), required=False,
    ))  # fmt: skip
    if errors:
        raise ValidationError.many(errors)
    assert clean_title is not None and chosen_kind is not None and organiser is not None
    assert places is not None and chosen_audience is not None
    return CleanActivity(
        title=clean_title,
        kind=chosen_kind,
        organiser_kind=organiser,
        organiser_id=None if organiser is OrganiserKind.CENTER else organiser_id,
        capacity=places,
        audience=chosen_audience,
        age_min=low,
        age_max=high,
        signup_opens_at=signup_opens_at,
        signup_closes_at=signup_closes_at,
        description=text or "",
    )


def _attempt(errors: list[ValidationError], check: Callable[[], T]) -> T | None:
    try:
        return check()
    except ValidationError as exc:
        errors.append(exc)
        return None


def _enum(
    errors: list[ValidationError], enum: type[E], raw: str, field: str, message: str
) -> E | None:
    try:
        return enum(raw)
    except ValueError:
        errors.append(ValidationError(message, field=field))
        return None


def _ages(
    errors: list[ValidationError], age_min: int | str | None, age_max: int | str | None
) -> tuple[int | None, int | None]:
    what = QT_TRANSLATE_NOOP("Messages", "the age")
    low = _attempt(errors, lambda: parse_count(age_min, field=FIELD_AGES, what=what,
                                               low=MIN_AGE, high=MAX_AGE))  # fmt: skip
    high = _attempt(errors, lambda: parse_count(age_max, field=FIELD_AGES, what=what,
                                                low=MIN_AGE, high=MAX_AGE))  # fmt: skip
    if low is not None and high is not None and high < low:
        errors.append(ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The youngest age must not be above the oldest."),
            field=FIELD_AGES,
        ))  # fmt: skip
    return low, high


def clean_reason(raw: str) -> str:
    """Why something is cancelled: required, one line, at most :data:`MAX_REASON` characters."""
    return clean_text(raw, field=FIELD_REASON, what=QT_TRANSLATE_NOOP("Messages", "the reason"),
                      max_length=MAX_REASON)  # fmt: skip


def clean_place(raw: str) -> str:
    return clean_text(raw, field=FIELD_SESSION_PLACE,
                      what=QT_TRANSLATE_NOOP("Messages", "the place"), max_length=MAX_PLACE,
                      required=False)  # fmt: skip


def check_session_times(starts_at: datetime | None, ends_at: datetime | None) -> None:
    """A session starts and ends on the same day, the end after the start."""
    if starts_at is None or ends_at is None or ends_at <= starts_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter a start and a later end time."),
            field=FIELD_SESSION_TIME,
        )
    if ends_at.date() != starts_at.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A session must end on the day it starts."),
            field=FIELD_SESSION_TIME,
        )


# -- who may sign up ------------------------------------------------------------------------


def age_on(birth: date, day: date) -> int:
    """Age in whole years on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class CleanChild:
    name: str
    birth_date: date
    relation: str
    age: int


def clean_child(
    name: str,
    birth_date: date | None,
    relation: str,
    *,
    age_min: int | None,
    age_max: int | None,
    on: date,
) -> CleanChild:
    """A child signed up by a guardian: named, born, and of an age the activity is for on
    ``on`` (the day of its first session)."""
    errors: list[ValidationError] = []
    child: str | None = None
    try:
        child = normalize_person_name(name)
    except ValidationError as exc:  # the name rules speak of "name"; here it is the child's
        message = exc.message
        errors.append(ValidationError(message.template, field=FIELD_CHILD_NAME, **message.params))
    text = _attempt(errors, lambda: clean_text(
        relation, field=FIELD_RELATION, max_length=MAX_RELATION,
        what=QT_TRANSLATE_NOOP("Messages", "the relation to the child"), required=False,
    ))  # fmt: skip
    age: int | None = None
    if birth_date is None or birth_date > on:
        errors.append(ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the child's date of birth."),
            field=FIELD_CHILD_BIRTH,
        ))  # fmt: skip
    else:
        age = age_on(birth_date, on)
        low = MIN_AGE if age_min is None else age_min
        high = MAX_AGE if age_max is None else age_max
        if not low <= age <= high:
            errors.append(ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The child will be {age} on {day}; this activity is for children aged "
                    "{low} to {high}.",
                ),
                field=FIELD_CHILD_BIRTH, age=age, day=on.isoformat(), low=low, high=high,
            ))  # fmt: skip
    if errors:
        raise ValidationError.many(errors)
    assert child is not None and birth_date is not None and age is not None
    return CleanChild(child, birth_date, text or "", age)


def signup_open(
    status: ActivityStatus,
    opens_at: datetime | None,
    closes_at: datetime | None,
    last_ends_at: datetime | None,
    now: datetime,
) -> bool:
    """Sign-up is possible now: not cancelled, inside the window (a missing bound leaves that
    side open) and the last session has not ended."""
    return (
        status is ActivityStatus.OPEN
        and (opens_at is None or now >= opens_at)
        and (closes_at is None or now < closes_at)
        and (last_ends_at is None or now < last_ends_at)
    )


def check_signup_open(
    status: ActivityStatus,
    opens_at: datetime | None,
    closes_at: datetime | None,
    last_ends_at: datetime | None,
    now: datetime,
    *,
    title: str,
) -> None:
    """Raise ``ConflictError`` saying why nobody can sign up for the activity now."""
    if status is ActivityStatus.CANCELLED:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Messages", "“{title}” has been cancelled; nobody can sign up."),
            title=title,
        )
    if opens_at is not None and now < opens_at:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Messages", "Sign-up for “{title}” opens at {time}."),
            title=title,
            time=opens_at.strftime("%Y-%m-%d %H:%M"),
        )
    if closes_at is not None and now >= closes_at:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Messages", "Sign-up for “{title}” closed at {time}."),
            title=title,
            time=closes_at.strftime("%Y-%m-%d %H:%M"),
        )
    if last_ends_at is not None and now >= last_ends_at:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Messages", "“{title}” is over; nobody can sign up any more."),
            title=title,
        )


def attendance_opens_at(starts_at: datetime) -> datetime:
    """When the attendance of a session starting at ``starts_at`` can first be taken."""
    return starts_at - timedelta(minutes=ATTENDANCE_EARLY_MINUTES)


# -- the waiting list -----------------------------------------------------------------------


@dataclass(frozen=True)
class Roster:
    """The places of an activity: who holds one (in sign-up order) and who waits (first in,
    first out). Nobody waits while a place is free, and never more hold one than the capacity.
    """

    capacity: int
    enrolled: tuple[int, ...] = ()
    waiting: tuple[int, ...] = ()

    @property
    def places_left(self) -> int:
        return max(0, self.capacity - len(self.enrolled))

    def position(self, signup_id: int) -> int | None:
        """1-based place on the waiting list, None when not waiting."""
        return self.waiting.index(signup_id) + 1 if signup_id in self.waiting else None

    def add(self, signup_id: int) -> tuple[Roster, bool]:
        """A new sign-up: a place if one is free (True), else the end of the waiting list."""
        if self.places_left > 0 and not self.waiting:
            return replace(self, enrolled=(*self.enrolled, signup_id)), True
        return replace(self, waiting=(*self.waiting, signup_id)), False

    def remove(self, signup_id: int, *, promote: bool = True) -> tuple[Roster, tuple[int, ...]]:
        """A cancelled sign-up; the place it freed goes to the first waiting (returned)."""
        roster = replace(
            self,
            enrolled=tuple(i for i in self.enrolled if i != signup_id),
            waiting=tuple(i for i in self.waiting if i != signup_id),
        )
        return roster.fill() if promote else (roster, ())

    def with_capacity(self, capacity: int) -> tuple[Roster, tuple[int, ...]]:
        """A new number of places; never below those already holding one. Raising it moves
        the first waiting up at once (returned)."""
        if capacity < len(self.enrolled):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{count} people are already signed up; the places cannot go below {count}.",
                ),
                field=FIELD_CAPACITY,
                count=len(self.enrolled),
            )
        return replace(self, capacity=capacity).fill()

    def fill(self) -> tuple[Roster, tuple[int, ...]]:
        """Move the first waiting into the free places; the roster and who moved up."""
        moved = self.waiting[: self.places_left]
        if not moved:
            return self, ()
        return replace(
            self, enrolled=(*self.enrolled, *moved), waiting=self.waiting[len(moved) :]
        ), moved
