"""Residents' demands (需求 / 微心愿 / 诉求): 群众点单 · 社区派单 · 党员接单 · 群众评单.

A demand is taken at the desk (or from a residents' meeting, a grid worker, a phone call, the
hotline), waits in the pool (待派单) until the community dispatches it to a party member or a
unit (已派单), is accepted by them (已接单: its response clock starts), handled (办理中), solved
(已办结) and finally called back with the resident's rating (已回访). It may be handed back to
the pool with a reason (退单), given to someone else (改派) or, after a poor rating, reopened
(复办) with its history kept. Every move not in the table is refused, naming the moves allowed.

The "1341" clock of 新荣: on site within 10 minutes where someone must go, an ordinary problem
solved within 30 minutes, a complex one within 4 hours, a plan for a major one within 1 day. The
minutes are a center's setting (``ResponseClock``), not constants.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP


class DemandLevel(StrEnum):
    GENERAL = "general"  # 一般
    COMPLEX = "complex"  # 复杂
    MAJOR = "major"  # 重大: a plan is due, not the solution


LEVEL_LABELS: dict[DemandLevel, str] = {
    DemandLevel.GENERAL: QT_TRANSLATE_NOOP("Messages", "Ordinary"),
    DemandLevel.COMPLEX: QT_TRANSLATE_NOOP("Messages", "Complex"),
    DemandLevel.MAJOR: QT_TRANSLATE_NOOP("Messages", "Major"),
}


class DemandStatus(StrEnum):
    PENDING = "pending"  # 待派单
    DISPATCHED = "dispatched"  # 已派单
    ACCEPTED = "accepted"  # 已接单 (签收)
    IN_PROGRESS = "in_progress"  # 办理中
    SOLVED = "solved"  # 已办结
    CALLED_BACK = "called_back"  # 已回访


STATUS_LABELS: dict[DemandStatus, str] = {
    DemandStatus.PENDING: QT_TRANSLATE_NOOP("Messages", "Waiting to be dispatched"),
    DemandStatus.DISPATCHED: QT_TRANSLATE_NOOP("Messages", "Dispatched"),
    DemandStatus.ACCEPTED: QT_TRANSLATE_NOOP("Messages", "Taken on"),
    DemandStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Messages", "Being handled"),
    DemandStatus.SOLVED: QT_TRANSLATE_NOOP("Messages", "Solved"),
    DemandStatus.CALLED_BACK: QT_TRANSLATE_NOOP("Messages", "Called back"),
}

#: Demands whose response clock runs: someone has taken them on and they are not solved.
RUNNING_STATUSES = frozenset({DemandStatus.ACCEPTED, DemandStatus.IN_PROGRESS})
OPEN_STATUSES = frozenset({DemandStatus.PENDING, DemandStatus.DISPATCHED, *RUNNING_STATUSES})


class DemandAction(StrEnum):
    DISPATCH = "dispatch"  # 派单
    ACCEPT = "accept"  # 接单
    START = "start"  # 开始办理
    SOLVE = "solve"  # 办结
    CALL_BACK = "call_back"  # 回访 (with the rating)
    HAND_BACK = "hand_back"  # 退单: back to the pool, with a reason
    REASSIGN = "reassign"  # 改派: to another member or unit
    REOPEN = "reopen"  # 复办: after a poor rating


ACTION_LABELS: dict[DemandAction, str] = {
    DemandAction.DISPATCH: QT_TRANSLATE_NOOP("Messages", "Dispatch"),
    DemandAction.ACCEPT: QT_TRANSLATE_NOOP("Messages", "Take on"),
    DemandAction.START: QT_TRANSLATE_NOOP("Messages", "Start handling"),
    DemandAction.SOLVE: QT_TRANSLATE_NOOP("Messages", "Solve"),
    DemandAction.CALL_BACK: QT_TRANSLATE_NOOP("Messages", "Call back"),
    DemandAction.HAND_BACK: QT_TRANSLATE_NOOP("Messages", "Hand back"),
    DemandAction.REASSIGN: QT_TRANSLATE_NOOP("Messages", "Give to someone else"),
    DemandAction.REOPEN: QT_TRANSLATE_NOOP("Messages", "Reopen"),
}

_WITH_SOMEONE = frozenset(
    {DemandStatus.DISPATCHED, DemandStatus.ACCEPTED, DemandStatus.IN_PROGRESS}
)

#: Where each action may be taken from, and where it leads.
TRANSITIONS: dict[DemandAction, tuple[frozenset[DemandStatus], DemandStatus]] = {
    DemandAction.DISPATCH: (frozenset({DemandStatus.PENDING}), DemandStatus.DISPATCHED),
    DemandAction.ACCEPT: (frozenset({DemandStatus.DISPATCHED}), DemandStatus.ACCEPTED),
    DemandAction.START: (frozenset({DemandStatus.ACCEPTED}), DemandStatus.IN_PROGRESS),
    DemandAction.SOLVE: (RUNNING_STATUSES, DemandStatus.SOLVED),
    DemandAction.CALL_BACK: (frozenset({DemandStatus.SOLVED}), DemandStatus.CALLED_BACK),
    DemandAction.HAND_BACK: (_WITH_SOMEONE, DemandStatus.PENDING),
    DemandAction.REASSIGN: (_WITH_SOMEONE, DemandStatus.DISPATCHED),
    DemandAction.REOPEN: (frozenset({DemandStatus.CALLED_BACK}), DemandStatus.DISPATCHED),
}


def allowed_actions(status: DemandStatus) -> list[DemandAction]:
    """The moves the desk may offer for a demand in ``status``, in table order."""
    return [action for action, (sources, _) in TRANSITIONS.items() if status in sources]


def next_status(current: DemandStatus, action: DemandAction) -> DemandStatus:
    """The status after ``action``; an illegal move raises ``ConflictError`` naming the moves
    allowed now."""
    sources, target = TRANSITIONS[action]
    if current in sources:
        return target
    raise ConflictError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "A demand that is “{status}” cannot be moved by “{action}”. Allowed now: {allowed}.",
        ),
        status=STATUS_LABELS[current],
        action=ACTION_LABELS[action],
        # A tuple of marked labels: each is translated, then joined (domain.errors.Message).
        allowed=tuple(ACTION_LABELS[a] for a in allowed_actions(current)),
    )


@dataclass(frozen=True)
class ResponseClock:
    """A center's "1341" clock in minutes, counted from the moment a demand is taken on."""

    on_site_minutes: int = 10
    general_minutes: int = 30
    complex_minutes: int = 4 * 60
    major_plan_minutes: int = 24 * 60

    def __post_init__(self) -> None:
        for name in ("on_site", "general", "complex", "major_plan"):
            minutes = getattr(self, f"{name}_minutes")
            if not 1 <= minutes <= MAX_CLOCK_MINUTES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "A response time must be between 1 minute and 7 days."
                    ),
                    field=f"{name}_minutes",
                )
        if not self.general_minutes <= self.complex_minutes <= self.major_plan_minutes:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "An ordinary problem cannot be given longer than a complex one, nor a "
                    "complex one longer than the plan for a major one.",
                ),
                field="complex_minutes",
            )

    def minutes_for(self, level: DemandLevel) -> int:
        return {
            DemandLevel.GENERAL: self.general_minutes,
            DemandLevel.COMPLEX: self.complex_minutes,
            DemandLevel.MAJOR: self.major_plan_minutes,
        }[level]

    def due_at(self, level: DemandLevel, taken_on_at: datetime) -> datetime:
        """When the solution (or, for a major problem, the plan) is due."""
        return taken_on_at + timedelta(minutes=self.minutes_for(level))

    def on_site_by(self, taken_on_at: datetime) -> datetime:
        """When someone must be there, for a demand that needs a visit."""
        return taken_on_at + timedelta(minutes=self.on_site_minutes)


MAX_CLOCK_MINUTES = 7 * 24 * 60

#: A running demand is "due soon" in the last fifth of its time (at least 5 minutes).
DUE_SOON_SHARE = 0.2


def clock_state(
    clock: ResponseClock, level: DemandLevel, taken_on_at: datetime, now: datetime
) -> str:
    """ "overdue", "due_soon" or "on_time" for a running demand at ``now``."""
    due = clock.due_at(level, taken_on_at)
    if now > due:
        return "overdue"
    margin = max(timedelta(minutes=5), timedelta(minutes=clock.minutes_for(level) * DUE_SOON_SHARE))
    return "due_soon" if due - now <= margin else "on_time"


_DEMAND_NUMBER = re.compile(r"[A-Z0-9]{2,8}-D\d{4}-\d{5,7}")


def format_demand_number(site_code: str, year: int, running: int) -> str:
    """``CN01-D2026-00042``: center code, D for demand, year of intake, running number."""
    return f"{site_code}-D{year:04d}-{running:05d}"


def parse_demand_number(raw: str) -> str | None:
    """The canonical demand number in ``raw`` (typed or scanned from a receipt's QR), or None.

    Scanners may send full-width characters, lower case or stray spaces; those are forgiven.
    """
    text = unicodedata.normalize("NFKC", raw).strip().upper().replace(" ", "")
    return text if _DEMAND_NUMBER.fullmatch(text) else None
