"""What the desk sees of a meeting's problem list: plain records, each problem's state today."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from hall_desk.db.party_models import MeetingProblem, ResidentMeeting
from hall_desk.domain.problem_lists import MeetingKind, ProblemState, problem_clock
from hall_desk.domain.workdays import WorkCalendar
from hall_desk.printing.problem_list import ProblemLine, ProblemListSheet


@dataclass(frozen=True)
class ProblemRecord:
    id: int
    meeting_id: int
    meeting_title: str
    meeting_held_on: date
    seq: int
    description: str
    responsible: str
    unit_id: int | None
    member_id: int | None
    working_days: int
    due_date: date
    state: ProblemState
    working_days_overdue: int
    working_days_left: int
    done_at: datetime | None
    done_note: str
    done_by: str
    reopen_reason: str

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    @property
    def done_late(self) -> bool:
        """Ticked off after its due date."""
        return self.done_at is not None and self.done_at.date() > self.due_date


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    held_on: date
    kind: MeetingKind
    title: str
    place: str
    problem_count: int
    open_count: int  # not ticked off, overdue ones included
    done_count: int
    due_soon_count: int
    overdue_count: int


def problem_record(
    row: MeetingProblem,
    meeting: ResidentMeeting,
    calendar: WorkCalendar,
    today: date,
    staff_names: Mapping[int, str],
) -> ProblemRecord:
    clock = problem_clock(
        calendar, row.due_date, row.done_at.date() if row.done_at else None, today
    )
    return ProblemRecord(
        id=row.id,
        meeting_id=meeting.id,
        meeting_title=meeting.title,
        meeting_held_on=meeting.held_on,
        seq=row.seq,
        description=row.description,
        responsible=row.responsible,
        unit_id=row.unit_id,
        member_id=row.member_id,
        working_days=row.working_days,
        due_date=row.due_date,
        state=clock.state,
        working_days_overdue=clock.working_days_overdue,
        working_days_left=clock.working_days_left,
        done_at=row.done_at,
        done_note=row.done_note,
        done_by=staff_names.get(row.done_by_id, "") if row.done_by_id is not None else "",
        reopen_reason=row.reopen_reason,
    )


def meeting_record(
    row: ResidentMeeting, problems: Iterable[MeetingProblem], calendar: WorkCalendar, today: date
) -> MeetingRecord:
    states = [
        problem_clock(calendar, p.due_date, p.done_at.date() if p.done_at else None, today).state
        for p in problems
    ]
    return MeetingRecord(
        id=row.id,
        held_on=row.held_on,
        kind=MeetingKind(row.kind),
        title=row.title,
        place=row.place,
        problem_count=len(states),
        open_count=sum(1 for s in states if s is not ProblemState.DONE),
        done_count=states.count(ProblemState.DONE),
        due_soon_count=states.count(ProblemState.DUE_SOON),
        overdue_count=states.count(ProblemState.OVERDUE),
    )


#: How each kind of meeting is named on the printed list.
_KIND_TEXT = {
    MeetingKind.COUNCIL: "居民议事会",
    MeetingKind.NIGHT_TALK: "居民夜谈",
    MeetingKind.OTHER: "会议",
}


def printable_list(
    center: str, meeting: MeetingRecord, problems: Sequence[ProblemRecord], printed_at: datetime
) -> ProblemListSheet:
    """The sheet the printing module lays out, from the records as they stand now."""
    return ProblemListSheet(
        center=center,
        meeting_title=meeting.title,
        meeting_kind=_KIND_TEXT[meeting.kind],
        held_on=meeting.held_on,
        place=meeting.place,
        printed_at=printed_at,
        lines=tuple(
            ProblemLine(
                seq=p.seq,
                description=p.description,
                responsible=p.responsible,
                due_date=p.due_date,
                state=p.state,
                working_days_overdue=p.working_days_overdue,
                done_on=p.done_at.date() if p.done_at else None,
                done_note=p.done_note,
                done_late=p.done_late,
            )
            for p in problems
        ),
    )
