"""Problem lists of residents' meetings (问题清单).

A problem raised at a dated residents' meeting (居民议事会, 居民夜谈, ...) names the unit or
person who answers for it and is due a number of working days after the meeting (5 unless the
center changes it, 1 to 30). It is ticked off (销号) with a note of what was done; the list is
printed for the next meeting with every item's status.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hall_desk.domain.errors import FieldError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.text import clean_text, normalize_line
from hall_desk.domain.workdays import WorkCalendar

# -- the working days a problem is given --------------------------------------------------

DEFAULT_PROBLEM_WORKING_DAYS = 5
MIN_PROBLEM_WORKING_DAYS = 1
MAX_PROBLEM_WORKING_DAYS = 30

#: A meeting may be entered up to this many days after it was held (lists typed in late).
MAX_MEETING_AGE_DAYS = 2 * 366

MEETING_TITLE_MAX = 60
MEETING_PLACE_MAX = 60
RESPONSIBLE_MAX = 60
DESCRIPTION_MAX = 500
NOTE_MAX = 500


def clean_working_days(raw: int | str) -> int:
    """The center's working days for a meeting problem: a whole number from 1 to 30."""
    try:
        value = int(str(raw).strip())
    except ValueError:
        value = 0
    if not MIN_PROBLEM_WORKING_DAYS <= value <= MAX_PROBLEM_WORKING_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "A problem must be given {min} to {max} working days to be solved."
            ),
            field="working_days",
            min=MIN_PROBLEM_WORKING_DAYS,
            max=MAX_PROBLEM_WORKING_DAYS,
        )
    return value


def problem_due_date(calendar: WorkCalendar, held_on: date, working_days: int) -> date:
    """The last day to solve a problem raised at a meeting held on ``held_on``.

    The meeting day does not count: the result is the ``working_days``-th working day after
    it, skipping weekends and public holidays and counting make-up working days.
    """
    return calendar.add_working_days(held_on, working_days)


# -- meetings ---------------------------------------------------------------------------


class MeetingKind(StrEnum):
    COUNCIL = "council"  # 居民议事会
    NIGHT_TALK = "night_talk"  # 居民夜谈
    OTHER = "other"


MEETING_KIND_LABELS: dict[MeetingKind, str] = {
    MeetingKind.COUNCIL: QT_TRANSLATE_NOOP("Messages", "Residents' council meeting"),
    MeetingKind.NIGHT_TALK: QT_TRANSLATE_NOOP("Messages", "Residents' night talk"),
    MeetingKind.OTHER: QT_TRANSLATE_NOOP("Messages", "Other meeting"),
}


@dataclass(frozen=True)
class CleanMeeting:
    held_on: date
    kind: MeetingKind
    title: str
    place: str


def clean_meeting(
    held_on: date | None, kind: str, title: str, place: str, today: date
) -> CleanMeeting:
    """Check a meeting as typed; every bad field is reported at once."""
    errors: list[FieldError | ValidationError] = []
    if held_on is None:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please enter the day the meeting was held."),
                field="held_on",
            )
        )
    elif held_on > today:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The meeting is dated {date}, after today. Only problems raised at a "
                    "meeting already held can be listed.",
                ),
                field="held_on",
                date=held_on.isoformat(),
            )
        )
    elif (today - held_on).days > MAX_MEETING_AGE_DAYS:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The meeting is dated {date}, more than two years ago."
                ),
                field="held_on",
                date=held_on.isoformat(),
            )
        )
    try:
        meeting_kind: MeetingKind | None = MeetingKind(kind)
    except ValueError:
        meeting_kind = None
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please choose the kind of meeting."),
                field="kind",
            )
        )
    clean_title = collect_error(
        errors,
        lambda: clean_text(
            title,
            field="title",
            what=QT_TRANSLATE_NOOP("Messages", "the meeting's title"),
            max_length=MEETING_TITLE_MAX,
        ),
    )
    clean_place = collect_error(
        errors,
        lambda: clean_text(
            place,
            field="place",
            what=QT_TRANSLATE_NOOP("Messages", "the place"),
            max_length=MEETING_PLACE_MAX,
            required=False,
        ),
    )
    if errors:
        raise ValidationError.many(errors)
    assert held_on is not None and meeting_kind is not None
    return CleanMeeting(held_on, meeting_kind, clean_title, clean_place)


# -- problems ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanProblem:
    description: str
    responsible: str  # may be "" when a unit or member is named: the service fills in the name
    unit_id: int | None
    member_id: int | None


def clean_problem(
    description: str, responsible: str, unit_id: int | None, member_id: int | None
) -> CleanProblem:
    """Check one problem of a list: what it is and who answers for it."""
    errors: list[FieldError | ValidationError] = []
    text = collect_error(
        errors,
        lambda: clean_paragraph(
            description,
            field="description",
            what=QT_TRANSLATE_NOOP("Messages", "the problem"),
            max_length=DESCRIPTION_MAX,
        ),
    )
    who = collect_error(
        errors,
        lambda: clean_text(
            responsible,
            field="responsible",
            what=QT_TRANSLATE_NOOP("Messages", "who is responsible"),
            max_length=RESPONSIBLE_MAX,
            required=False,
        ),
    )
    if unit_id is not None and member_id is not None:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Name either a unit or a party member as responsible, not both."
                ),
                field="responsible",
            )
        )
    elif not who and unit_id is None and member_id is None and not errors:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Please say which unit or person is responsible for the problem."
                ),
                field="responsible",
            )
        )
    if errors:
        raise ValidationError.many(errors)
    return CleanProblem(text, who, unit_id, member_id)


def clean_tick_off_note(raw: str) -> str:
    """销号 needs a note of what was done."""
    return clean_paragraph(
        raw,
        field="note",
        what=QT_TRANSLATE_NOOP("Messages", "what was done to solve it"),
        max_length=NOTE_MAX,
    )


def clean_paragraph(
    raw: str, *, field: str, what: str, max_length: int, required: bool = True
) -> str:
    """A paragraph typed at the desk: each line made canonical as a one-line text (Chinese
    punctuation kept, it is printed), empty lines dropped, no control codes, not too long."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    text = "\n".join(line for line in (normalize_line(_strip_controls(x)) for x in lines) if line)
    if not text:
        if required:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please enter {what}."), field=field, what=what
            )
        return ""
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Too long: {what} has {length} characters; at most {max} are allowed."
            ),
            field=field,
            what=what,
            length=len(text),
            max=max_length,
        )
    return text


def _strip_controls(line: str) -> str:
    return "".join(c for c in line if c == "\t" or unicodedata.category(c) != "Cc")


class ProblemState(StrEnum):
    DONE = "done"  # 已销号
    OPEN = "open"  # 未到期
    DUE_SOON = "due_soon"  # its last working day
    OVERDUE = "overdue"  # 已逾期


PROBLEM_STATE_LABELS: dict[ProblemState, str] = {
    ProblemState.DONE: QT_TRANSLATE_NOOP("Messages", "Ticked off"),
    ProblemState.OPEN: QT_TRANSLATE_NOOP("Messages", "Not yet due"),
    ProblemState.DUE_SOON: QT_TRANSLATE_NOOP("Messages", "Last working day"),
    ProblemState.OVERDUE: QT_TRANSLATE_NOOP("Messages", "Overdue"),
}


@dataclass(frozen=True)
class ProblemClock:
    """Where a problem stands on a day: its state and, when overdue, by how many working days."""

    state: ProblemState
    working_days_overdue: int = 0
    working_days_left: int = 0  # counting today when it is a working day


def problem_clock(
    calendar: WorkCalendar, due: date, done_on: date | None, today: date
) -> ProblemClock:
    """The state of a problem due on ``due`` as seen on ``today``.

    A ticked-off problem is done. An open one is overdue once ``due`` has passed (the working
    days counted are those after ``due`` up to today: a weekend right after it counts none),
    due soon when at most one working day is left (today being its last working day, or the
    due day being the next working day after a day off), and not yet due otherwise.
    """
    if done_on is not None:
        return ProblemClock(ProblemState.DONE)
    if today > due:
        return ProblemClock(
            ProblemState.OVERDUE, working_days_overdue=calendar.working_days_between(due, today)
        )
    left = calendar.working_days_between(today, due) + (1 if calendar.is_workday(today) else 0)
    state = ProblemState.DUE_SOON if left <= 1 else ProblemState.OPEN
    return ProblemClock(state, working_days_left=left)


def collect_error(errors: list[FieldError | ValidationError], check: Callable[[], str]) -> str:
    """Run a text check, keeping its error for the list instead of raising it."""
    try:
        return check()
    except ValidationError as exc:
        errors.append(exc)
        return ""
