"""The monthly project list (项目清单): its rules.

A project is published for a month, claimed (认领) by exactly one unit or one member, moves on
through dated milestones and a completion percentage, and ends done or withdrawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from hall_desk.domain.errors import ConflictError, FieldError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.problem_lists import clean_paragraph, collect_error
from hall_desk.domain.text import clean_text

PROJECT_TITLE_MAX = 60
PROJECT_DESCRIPTION_MAX = 1000
MILESTONE_TITLE_MAX = 60
#: A project may be published for a month up to a year before or after the current one.
PROJECT_MONTHS_AROUND = 12
#: Milestones lie between the first day of the project's month and two years after it.
MILESTONE_SPAN_DAYS = 2 * 366


class ProjectStatus(StrEnum):
    PUBLISHED = "published"  # 待认领
    CLAIMED = "claimed"  # 已认领
    DONE = "done"  # 已完成
    WITHDRAWN = "withdrawn"  # 已撤回


PROJECT_STATUS_LABELS: dict[ProjectStatus, str] = {
    ProjectStatus.PUBLISHED: QT_TRANSLATE_NOOP("Messages", "Waiting to be claimed"),
    ProjectStatus.CLAIMED: QT_TRANSLATE_NOOP("Messages", "Claimed"),
    ProjectStatus.DONE: QT_TRANSLATE_NOOP("Messages", "Done"),
    ProjectStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Messages", "Withdrawn"),
}


class ProjectAction(StrEnum):
    CLAIM = "claim"
    ADD_MILESTONE = "add_milestone"
    TICK_MILESTONE = "tick_milestone"
    SET_PROGRESS = "set_progress"
    FINISH = "finish"
    WITHDRAW = "withdraw"


PROJECT_ACTION_LABELS: dict[ProjectAction, str] = {
    ProjectAction.CLAIM: QT_TRANSLATE_NOOP("Messages", "Claim"),
    ProjectAction.ADD_MILESTONE: QT_TRANSLATE_NOOP("Messages", "Add a milestone"),
    ProjectAction.TICK_MILESTONE: QT_TRANSLATE_NOOP("Messages", "Tick off a milestone"),
    ProjectAction.SET_PROGRESS: QT_TRANSLATE_NOOP("Messages", "Record progress"),
    ProjectAction.FINISH: QT_TRANSLATE_NOOP("Messages", "Mark done"),
    ProjectAction.WITHDRAW: QT_TRANSLATE_NOOP("Messages", "Withdraw"),
}

_ACTIVE = frozenset({ProjectStatus.PUBLISHED, ProjectStatus.CLAIMED})

#: The statuses each action may be taken from.
PROJECT_MOVES: dict[ProjectAction, frozenset[ProjectStatus]] = {
    ProjectAction.CLAIM: frozenset({ProjectStatus.PUBLISHED}),
    ProjectAction.ADD_MILESTONE: _ACTIVE,
    ProjectAction.TICK_MILESTONE: frozenset({ProjectStatus.CLAIMED}),
    ProjectAction.SET_PROGRESS: frozenset({ProjectStatus.CLAIMED}),
    ProjectAction.FINISH: frozenset({ProjectStatus.CLAIMED}),
    ProjectAction.WITHDRAW: _ACTIVE,
}


def project_actions(status: ProjectStatus) -> list[ProjectAction]:
    """What the desk may do with a project in ``status``, in table order."""
    return [action for action, sources in PROJECT_MOVES.items() if status in sources]


def check_project_move(status: ProjectStatus, action: ProjectAction) -> None:
    """Refuse ``action`` on a project in ``status``, naming what is allowed now."""
    if status in PROJECT_MOVES[action]:
        return
    raise ConflictError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "A project that is “{status}” cannot be given “{action}”. Allowed now: {allowed}.",
        ),
        status=PROJECT_STATUS_LABELS[status],
        action=PROJECT_ACTION_LABELS[action],
        allowed=tuple(PROJECT_ACTION_LABELS[a] for a in project_actions(status)),
    )


def first_of_month(d: date) -> date:
    return d.replace(day=1)


def add_months(month: date, n: int) -> date:
    """The first day of the month ``n`` months after ``month``'s (negative goes back)."""
    index = month.year * 12 + month.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class CleanMilestone:
    title: str
    due_on: date


def clean_milestone(title: str, due_on: date | None, month: date) -> CleanMilestone:
    """A dated step of a project published for ``month``."""
    errors: list[FieldError | ValidationError] = []
    text = collect_error(
        errors,
        lambda: clean_text(
            title,
            field="milestone_title",
            what=QT_TRANSLATE_NOOP("Messages", "the milestone"),
            max_length=MILESTONE_TITLE_MAX,
        ),
    )
    start = first_of_month(month)
    if due_on is None:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please enter the milestone's date."),
                field="milestone_due_on",
            )
        )
    elif not start <= due_on <= start + timedelta(days=MILESTONE_SPAN_DAYS):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A milestone of a project for {month} must fall between {first} and {last}.",
                ),
                field="milestone_due_on",
                month=start.strftime("%Y-%m"),
                first=start.isoformat(),
                last=(start + timedelta(days=MILESTONE_SPAN_DAYS)).isoformat(),
            )
        )
    if errors:
        raise ValidationError.many(errors)
    assert due_on is not None
    return CleanMilestone(text, due_on)


@dataclass(frozen=True)
class CleanProject:
    month: date
    title: str
    description: str
    milestones: tuple[CleanMilestone, ...]


def clean_project(
    month: date | None,
    title: str,
    description: str,
    milestones: tuple[tuple[str, date | None], ...],
    today: date,
) -> CleanProject:
    """Check a project as typed for publishing: month, title, description, its milestones."""
    errors: list[FieldError | ValidationError] = []
    start: date | None = None
    if month is None:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please choose the month of the project list."),
                field="month",
            )
        )
    else:
        start = first_of_month(month)
        this_month = first_of_month(today)
        if not (
            add_months(this_month, -PROJECT_MONTHS_AROUND)
            <= start
            <= add_months(this_month, PROJECT_MONTHS_AROUND)
        ):
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "A project can be published for a month up to a year before or after "
                        "this one, not for {month}.",
                    ),
                    field="month",
                    month=start.strftime("%Y-%m"),
                )
            )
            start = None
    clean_title = collect_error(
        errors,
        lambda: clean_text(
            title,
            field="title",
            what=QT_TRANSLATE_NOOP("Messages", "the project's title"),
            max_length=PROJECT_TITLE_MAX,
        ),
    )
    clean_description = collect_error(
        errors,
        lambda: clean_paragraph(
            description,
            field="description",
            what=QT_TRANSLATE_NOOP("Messages", "the description"),
            max_length=PROJECT_DESCRIPTION_MAX,
            required=False,
        ),
    )
    steps: list[CleanMilestone] = []
    if start is not None:
        for index, (step_title, step_due) in enumerate(milestones):
            if not step_title.strip() and step_due is None:
                continue  # an empty row of the little table
            try:
                steps.append(clean_milestone(step_title, step_due, start))
            except ValidationError as exc:
                # Named by row, ``milestone_2_due_on``, so the form can say which one.
                for e in exc.errors:
                    part = (e.field or "").removeprefix("milestone_")
                    errors.append(FieldError(f"milestone_{index}_{part}", e.message))
    if errors:
        raise ValidationError.many(errors)
    assert start is not None
    return CleanProject(start, clean_title, clean_description, tuple(steps))


def clean_progress(raw: int | str) -> int:
    """A completion percentage, 0 to 100."""
    try:
        value = int(str(raw).strip().rstrip("%"))
    except ValueError:
        value = -1
    if not 0 <= value <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The completion must be a percentage from 0 to 100."),
            field="percent",
        )
    return value


def check_claimant(unit_id: int | None, member_id: int | None) -> None:
    """A project is claimed by exactly one unit or one member."""
    if (unit_id is None) == (member_id is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "A project is claimed by exactly one unit or one party member."
            ),
            field="claimant",
        )


def check_milestone_done_on(done_on: date | None, published_on: date, today: date) -> date:
    """The day a milestone was reached: not before the project was published, not after today."""
    if done_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter the day the milestone was reached."),
            field="done_on",
        )
    if done_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A milestone cannot be reached after today."),
            field="done_on",
        )
    if done_on < published_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The project was only published on {date}; the milestone cannot "
                "have been reached before.",
            ),
            field="done_on",
            date=published_on.isoformat(),
        )
    return done_on
