"""Service cases (办件): their states, the moves between them, numbers, ratings and deadlines.

A case is taken at the desk in one of three ways: accepted (受理), accepted pending documents
with a one-time notice of everything missing (一次性告知), or refused (不予受理). From there it
moves through 办理中 to 办结 or 退回, and may be paused (暂停, the paused working days extend the
promised date) and handed to another office (转办). Every move not in the table is refused.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.workdays import WorkCalendar

MAX_REASON_LENGTH = 500
FOLLOW_UP_WORKING_DAYS = 5
DUE_SOON_WORKING_DAYS = 2


class CaseStatus(StrEnum):
    WAITING_DOCS = "waiting_docs"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    PAUSED = "paused"
    COMPLETED = "completed"
    RETURNED = "returned"
    REFUSED = "refused"


STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.WAITING_DOCS: QT_TRANSLATE_NOOP("Messages", "Waiting for documents"),
    CaseStatus.ACCEPTED: QT_TRANSLATE_NOOP("Messages", "Accepted"),
    CaseStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Messages", "In progress"),
    CaseStatus.PAUSED: QT_TRANSLATE_NOOP("Messages", "Paused"),
    CaseStatus.COMPLETED: QT_TRANSLATE_NOOP("Messages", "Completed"),
    CaseStatus.RETURNED: QT_TRANSLATE_NOOP("Messages", "Returned"),
    CaseStatus.REFUSED: QT_TRANSLATE_NOOP("Messages", "Not accepted"),
}

OPEN_STATUSES = frozenset(
    {CaseStatus.WAITING_DOCS, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.PAUSED}
)
#: Open cases whose deadline clock runs (a paused case or one waiting for papers is not late).
RUNNING_STATUSES = frozenset({CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS})
CLOSED_STATUSES = frozenset(CaseStatus) - OPEN_STATUSES


class CaseAction(StrEnum):
    ACCEPT = "accept"
    NOTIFY = "notify"
    REFUSE = "refuse"
    DOCUMENTS_COMPLETE = "documents_complete"
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    TRANSFER = "transfer"
    COMPLETE = "complete"
    RETURN = "return"


ACTION_LABELS: dict[CaseAction, str] = {
    CaseAction.ACCEPT: QT_TRANSLATE_NOOP("Messages", "Accept"),
    CaseAction.NOTIFY: QT_TRANSLATE_NOOP("Messages", "One-time notice of missing documents"),
    CaseAction.REFUSE: QT_TRANSLATE_NOOP("Messages", "Refuse"),
    CaseAction.DOCUMENTS_COMPLETE: QT_TRANSLATE_NOOP("Messages", "Documents complete"),
    CaseAction.START: QT_TRANSLATE_NOOP("Messages", "Start handling"),
    CaseAction.PAUSE: QT_TRANSLATE_NOOP("Messages", "Pause"),
    CaseAction.RESUME: QT_TRANSLATE_NOOP("Messages", "Resume"),
    CaseAction.TRANSFER: QT_TRANSLATE_NOOP("Messages", "Hand to another office"),
    CaseAction.COMPLETE: QT_TRANSLATE_NOOP("Messages", "Complete"),
    CaseAction.RETURN: QT_TRANSLATE_NOOP("Messages", "Return"),
}

#: Where each action may be taken from (None = at intake, before the case exists) and where it
#: leads. TRANSFER keeps the case running but moves it to another office.
TRANSITIONS: dict[CaseAction, tuple[frozenset[CaseStatus | None], CaseStatus]] = {
    CaseAction.ACCEPT: (frozenset({None}), CaseStatus.ACCEPTED),
    CaseAction.NOTIFY: (frozenset({None}), CaseStatus.WAITING_DOCS),
    CaseAction.REFUSE: (frozenset({None, CaseStatus.WAITING_DOCS}), CaseStatus.REFUSED),
    CaseAction.DOCUMENTS_COMPLETE: (frozenset({CaseStatus.WAITING_DOCS}), CaseStatus.ACCEPTED),
    CaseAction.START: (frozenset({CaseStatus.ACCEPTED}), CaseStatus.IN_PROGRESS),
    CaseAction.PAUSE: (
        frozenset({CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS}),
        CaseStatus.PAUSED,
    ),
    CaseAction.RESUME: (frozenset({CaseStatus.PAUSED}), CaseStatus.IN_PROGRESS),
    CaseAction.TRANSFER: (
        frozenset({CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS}),
        CaseStatus.IN_PROGRESS,
    ),
    CaseAction.COMPLETE: (
        frozenset({CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS}),
        CaseStatus.COMPLETED,
    ),
    CaseAction.RETURN: (
        frozenset({CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.PAUSED}),
        CaseStatus.RETURNED,
    ),
}


def allowed_actions(status: CaseStatus) -> list[CaseAction]:
    """The moves the desk may offer for a case in ``status``, in table order."""
    return [action for action, (sources, _) in TRANSITIONS.items() if status in sources]


def next_status(current: CaseStatus | None, action: CaseAction) -> CaseStatus:
    """The status after ``action``; an illegal move raises ``ConflictError`` saying why."""
    sources, target = TRANSITIONS[action]
    if current in sources:
        return target
    if current is None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Messages", "“{action}” needs a case that has been taken in."),
            action=ACTION_LABELS[action],
        )
    raise ConflictError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "A case that is “{status}” cannot be moved by “{action}”. Allowed now: {allowed}.",
        ),
        status=STATUS_LABELS[current],
        action=ACTION_LABELS[action],
        allowed=tuple(ACTION_LABELS[a] for a in allowed_actions(current)),
    )


class Rating(StrEnum):
    """好差评: the five grades the resident gives at completion."""

    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    FAIRLY_SATISFIED = "fairly_satisfied"
    DISSATISFIED = "dissatisfied"
    VERY_DISSATISFIED = "very_dissatisfied"


RATING_LABELS: dict[Rating, str] = {
    Rating.VERY_SATISFIED: QT_TRANSLATE_NOOP("Messages", "Very satisfied"),
    Rating.SATISFIED: QT_TRANSLATE_NOOP("Messages", "Satisfied"),
    Rating.FAIRLY_SATISFIED: QT_TRANSLATE_NOOP("Messages", "Fairly satisfied"),
    Rating.DISSATISFIED: QT_TRANSLATE_NOOP("Messages", "Dissatisfied"),
    Rating.VERY_DISSATISFIED: QT_TRANSLATE_NOOP("Messages", "Very dissatisfied"),
}

#: A rating that opens a follow-up call (差评回访).
NEEDS_FOLLOW_UP = frozenset({Rating.DISSATISFIED, Rating.VERY_DISSATISFIED})
#: Ratings that count as satisfied in the satisfaction rate.
SATISFIED_RATINGS = frozenset({Rating.VERY_SATISFIED, Rating.SATISFIED, Rating.FAIRLY_SATISFIED})


def parse_rating(raw: str | None) -> Rating | None:
    """A rating value, or None when the resident did not rate."""
    if raw is None or not str(raw).strip():
        return None
    try:
        return Rating(str(raw).strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please choose one of the five ratings."),
            field="rating",
        ) from None


# -- case numbers -------------------------------------------------------------------------

NUMBER_DIGITS = 5
_CASE_NUMBER = re.compile(r"([A-Z0-9]{2,8})-(\d{4})-(\d{5,7})")


def format_case_number(site_code: str, year: int, running: int) -> str:
    """``SC01-2026-00042``: center code, year of intake, running number of that year."""
    return f"{site_code}-{year:04d}-{running:0{NUMBER_DIGITS}d}"


def parse_case_number(text: str) -> str | None:
    """The canonical case number in ``text`` (as typed or scanned), or None if it is not one.

    Scanners may send full-width characters, lower case or stray spaces; those are forgiven.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip().upper().replace(" ", "")
    match = _CASE_NUMBER.fullmatch(cleaned)
    return cleaned if match else None


# -- text fields --------------------------------------------------------------------------


def clean_reason(raw: str, field: str = "reason", *, required: bool = True) -> str:
    """A reason, result or note: one paragraph, at most 500 characters, no control codes."""
    text = unicodedata.normalize("NFKC", raw).strip()
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
    text = re.sub(r"[ \t]+", " ", text)
    if required and not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Please give the reason; it is printed for the resident."
            ),
            field=field,
        )
    if len(text) > MAX_REASON_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "At most {max} characters, please."),
            field=field,
            max=MAX_REASON_LENGTH,
        )
    return text


@dataclass(frozen=True)
class Agent:
    """帮办代办: the person handling the case on the resident's behalf."""

    name: str
    relation: str
    phone: str


# -- deadlines ----------------------------------------------------------------------------


def promised_finish_date(
    calendar: WorkCalendar, clock_start: date, limit_days: int, paused_working_days: int = 0
) -> date:
    """The date promised to the resident: ``limit_days`` working days after the clock started,
    moved on by the working days the case spent paused."""
    return calendar.add_working_days(clock_start, limit_days + max(0, paused_working_days))


class Urgency(StrEnum):
    """How a case stands against its promised date, as the lists colour it."""

    NONE = "none"
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"


def urgency(calendar: WorkCalendar, status: CaseStatus, due: date | None, today: date) -> Urgency:
    """Overdue, due today, due within two working days, on time, or none (closed/paused)."""
    if status not in RUNNING_STATUSES or due is None:
        return Urgency.NONE
    if due < today:
        return Urgency.OVERDUE
    if due == today:
        return Urgency.DUE_TODAY
    if due <= calendar.add_working_days(today, DUE_SOON_WORKING_DAYS):
        return Urgency.DUE_SOON
    return Urgency.ON_TIME
