"""Problem lists of residents' meetings: each problem due in working days, ticked off (销号).

The working days come from the center's setting (5 unless an administrator changes it) and
the holiday calendar; each problem keeps the number it was given, so a later change of the
setting does not move promises already made. A 销号 is a conditional update, so two desks
ticking the same problem off at once cannot both succeed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Site, Staff
from hall_desk.db.party_models import MeetingProblem, ResidentMeeting
from hall_desk.db.room_models import SiteSetting
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, FieldError, NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.problem_lists import (
    CleanProblem,
    clean_meeting,
    clean_paragraph,
    clean_problem,
    clean_tick_off_note,
    clean_working_days,
    problem_due_date,
)
from hall_desk.printing.problem_list import render_problem_list
from hall_desk.services import audit
from hall_desk.services.calendar import CalendarService
from hall_desk.services.party.problem_forms import (
    WORKING_DAYS_KEY,
    ProblemForm,
    clean_problem_forms,
    responsible_text,
    stored_working_days,
)
from hall_desk.services.party.problem_records import (
    MeetingRecord,
    ProblemRecord,
    meeting_record,
    printable_list,
    problem_record,
)
from hall_desk.services.session import StaffSession

__all__ = [
    "WORKING_DAYS_KEY",
    "MeetingRecord",
    "ProblemForm",
    "ProblemListService",
    "ProblemRecord",
]


class ProblemListService:
    def __init__(self, db: Database, clock: Clock, calendar: CalendarService) -> None:
        self._db = db
        self._clock = clock
        self._calendar = calendar

    # -- the setting ------------------------------------------------------------------------
    def working_days(self, session: StaffSession) -> int:
        """How many working days after its meeting a problem is due at this center."""
        with self._db.read() as s:
            return stored_working_days(s, session.site_id)

    def set_working_days(self, session: StaffSession, days: int | str) -> None:
        """Change the working days new problems get (administrators; 1 to 30; audited)."""
        session.require_admin()
        value = clean_working_days(days)
        now = self._clock.now()
        with self._db.write() as s:
            row = s.get(SiteSetting, (session.site_id, WORKING_DAYS_KEY))
            before = stored_working_days(s, session.site_id)
            if row is None:
                s.add(SiteSetting(site_id=session.site_id, key=WORKING_DAYS_KEY,
                                  value=str(value), updated_at=now))  # fmt: skip
            else:
                row.value = str(value)
                row.updated_at = now
            audit.record(s, at=now, actor=session, action="set", entity="site_setting",
                         entity_id=WORKING_DAYS_KEY, before=before, value=value)  # fmt: skip

    # -- meetings and their problems --------------------------------------------------------
    def add_meeting(
        self,
        session: StaffSession,
        held_on: date | None,
        kind: str,
        title: str,
        place: str,
        problems: Sequence[ProblemForm] = (),
    ) -> MeetingRecord:
        """Record a meeting held and the problems raised at it, each due in working days."""
        now = self._clock.now()
        errors: list[FieldError] = []
        try:
            meeting = clean_meeting(held_on, kind, title, place, now.date())
        except ValidationError as exc:
            errors.extend(exc.errors)
        try:
            cleaned = clean_problem_forms(problems)
        except ValidationError as exc:
            errors.extend(exc.errors)
        if errors:  # the meeting's fields and its problem rows, all marked at once
            raise ValidationError.many(errors)
        calendar = self._calendar.calendar()
        with self._db.write() as s:
            row = ResidentMeeting(
                site_id=session.site_id,
                held_on=meeting.held_on,
                kind=meeting.kind.value,
                title=meeting.title,
                place=meeting.place,
                clerk_id=session.staff_id,
                created_at=now,
            )
            s.add(row)
            s.flush()
            days = stored_working_days(s, session.site_id)
            due = problem_due_date(calendar, meeting.held_on, days)
            for seq, (index, problem) in enumerate(cleaned, start=1):
                self._add_problem_row(s, session, row, seq, problem, days, due, now, index)
            audit.record(s, at=now, actor=session, action="add", entity="resident_meeting",
                         entity_id=row.id, kind=meeting.kind.value, problems=len(cleaned),
                         working_days=days)  # fmt: skip
            s.flush()
            return meeting_record(row, list(row.problems), calendar, now.date())

    def add_problem(
        self, session: StaffSession, meeting_id: int, form: ProblemForm
    ) -> ProblemRecord:
        """Add a problem to a meeting's list; it is due counting from the meeting's day."""
        problem = clean_problem(form.description, form.responsible, form.unit_id, form.member_id)
        now = self._clock.now()
        calendar = self._calendar.calendar()
        with self._db.write() as s:
            meeting = self._meeting(s, session, meeting_id, lock=True)
            seq = (
                s.scalar(
                    select(func.max(MeetingProblem.seq)).where(
                        MeetingProblem.meeting_id == meeting.id
                    )
                )
                or 0
            ) + 1
            days = stored_working_days(s, session.site_id)
            due = problem_due_date(calendar, meeting.held_on, days)
            row = self._add_problem_row(s, session, meeting, seq, problem, days, due, now, None)
            audit.record(s, at=now, actor=session, action="add", entity="meeting_problem",
                         entity_id=row.id, meeting=meeting.id, seq=seq,
                         due=due.isoformat())  # fmt: skip
            return problem_record(row, meeting, calendar, now.date(), {})

    def tick_off(self, session: StaffSession, problem_id: int, note: str) -> ProblemRecord:
        """销号: the problem is solved; the note says what was done. A second 销号 is refused."""
        text = clean_tick_off_note(note)
        now = self._clock.now()
        calendar = self._calendar.calendar()
        with self._db.write() as s:
            row = self._problem(s, session, problem_id)
            done = s.execute(
                update(MeetingProblem)
                .where(MeetingProblem.id == row.id, MeetingProblem.done_at.is_(None))
                .values(done_at=now, done_note=text, done_by_id=session.staff_id)
                .execution_options(synchronize_session=False)
            )
            if done.rowcount != 1:  # type: ignore[attr-defined]
                s.refresh(row)
                raise self._already_ticked(s, row)
            s.refresh(row)
            late = calendar.working_days_between(row.due_date, now.date())
            audit.record(s, at=now, actor=session, action="tick_off", entity="meeting_problem",
                         entity_id=row.id, meeting=row.meeting_id, seq=row.seq,
                         working_days_late=late)  # fmt: skip
            return problem_record(row, row.meeting, calendar, now.date(), _staff_names(s, row))

    def reopen_problem(self, session: StaffSession, problem_id: int, reason: str) -> ProblemRecord:
        """Take back a 销号 made by mistake (administrators), with the reason."""
        session.require_admin()
        text = clean_paragraph(
            reason,
            field="reason",
            what=QT_TRANSLATE_NOOP("Messages", "why the tick is taken back"),
            max_length=500,
        )
        now = self._clock.now()
        calendar = self._calendar.calendar()
        with self._db.write() as s:
            row = self._problem(s, session, problem_id)
            if row.done_at is None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Problem {seq} is not ticked off, so there is nothing to undo."
                    ),
                    seq=row.seq,
                )
            row.done_at = None
            row.done_note = ""
            row.done_by_id = None
            row.reopen_reason = text
            audit.record(s, at=now, actor=session, action="reopen", entity="meeting_problem",
                         entity_id=row.id, meeting=row.meeting_id, seq=row.seq)  # fmt: skip
            s.flush()
            return problem_record(row, row.meeting, calendar, now.date(), {})

    # -- lists ------------------------------------------------------------------------------
    def meetings(
        self, session: StaffSession, first: date | None = None, last: date | None = None
    ) -> list[MeetingRecord]:
        """The center's meetings held from ``first`` to ``last`` (either open-ended), newest
        first, with how many of their problems are open, done, due soon and overdue."""
        calendar = self._calendar.calendar()
        today = self._clock.today()
        with self._db.read() as s:
            query = select(ResidentMeeting).where(ResidentMeeting.site_id == session.site_id)
            if first is not None:
                query = query.where(ResidentMeeting.held_on >= first)
            if last is not None:
                query = query.where(ResidentMeeting.held_on <= last)
            rows = s.scalars(
                query.order_by(ResidentMeeting.held_on.desc(), ResidentMeeting.id.desc())
            ).all()
            problems: dict[int, list[MeetingProblem]] = {row.id: [] for row in rows}
            if rows:
                for problem in s.scalars(
                    select(MeetingProblem).where(MeetingProblem.meeting_id.in_(problems))
                ):
                    problems[problem.meeting_id].append(problem)
            return [meeting_record(row, problems[row.id], calendar, today) for row in rows]

    def problems(self, session: StaffSession, meeting_id: int) -> list[ProblemRecord]:
        """A meeting's problems in list order, each with its state as of today."""
        calendar = self._calendar.calendar()
        today = self._clock.today()
        with self._db.read() as s:
            meeting = self._meeting(s, session, meeting_id)
            names = _staff_names(s, *meeting.problems)
            return [problem_record(p, meeting, calendar, today, names) for p in meeting.problems]

    def overdue_problems(self, session: StaffSession) -> list[ProblemRecord]:
        """Every open problem of the center past its due date, the longest overdue first."""
        calendar = self._calendar.calendar()
        today = self._clock.today()
        with self._db.read() as s:
            rows = s.execute(
                select(MeetingProblem, ResidentMeeting)
                .join(ResidentMeeting, ResidentMeeting.id == MeetingProblem.meeting_id)
                .where(
                    MeetingProblem.site_id == session.site_id,
                    MeetingProblem.done_at.is_(None),
                    MeetingProblem.due_date < today,
                )
                .order_by(MeetingProblem.due_date, ResidentMeeting.id, MeetingProblem.seq)
            ).all()
            return [problem_record(p, m, calendar, today, {}) for p, m in rows]

    def list_pdf(self, session: StaffSession, meeting_id: int) -> bytes:
        """The meeting's list as an A4 landscape table, every item with its status today."""
        calendar = self._calendar.calendar()
        now = self._clock.now()
        with self._db.read() as s:
            meeting = self._meeting(s, session, meeting_id)
            site = s.get(Site, session.site_id)
            names = _staff_names(s, *meeting.problems)
            records = [
                problem_record(p, meeting, calendar, now.date(), names) for p in meeting.problems
            ]
            sheet = printable_list(
                site.name if site is not None else session.site_name,
                meeting_record(meeting, list(meeting.problems), calendar, now.date()),
                records,
                now,
            )
        return render_problem_list(sheet)

    # -- helpers ----------------------------------------------------------------------------
    def _add_problem_row(
        self,
        s: Session,
        session: StaffSession,
        meeting: ResidentMeeting,
        seq: int,
        problem: CleanProblem,
        days: int,
        due: date,
        now: datetime,
        index: int | None,
    ) -> MeetingProblem:
        responsible = responsible_text(s, session, problem, index)
        row = MeetingProblem(
            site_id=session.site_id,
            meeting_id=meeting.id,
            seq=seq,
            description=problem.description,
            responsible=responsible,
            unit_id=problem.unit_id,
            member_id=problem.member_id,
            working_days=days,
            due_date=due,
            done_note="",
            reopen_reason="",
            created_at=now,
        )
        meeting.problems.append(row)
        s.flush()
        return row

    @staticmethod
    def _meeting(
        s: Session, session: StaffSession, meeting_id: int, *, lock: bool = False
    ) -> ResidentMeeting:
        query = select(ResidentMeeting).where(
            ResidentMeeting.id == meeting_id, ResidentMeeting.site_id == session.site_id
        )
        row = s.scalar(query.with_for_update() if lock else query)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This meeting no longer exists."))
        return row

    @staticmethod
    def _problem(s: Session, session: StaffSession, problem_id: int) -> MeetingProblem:
        row = s.get(MeetingProblem, problem_id)
        if row is None or row.site_id != session.site_id:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This problem no longer exists."))
        return row

    @staticmethod
    def _already_ticked(s: Session, row: MeetingProblem) -> ConflictError:
        who = s.get(Staff, row.done_by_id) if row.done_by_id is not None else None
        return ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages", "Problem {seq} was already ticked off by {who} at {time}."
            ),
            seq=row.seq,
            who=who.full_name if who is not None else "—",
            time=row.done_at.strftime("%Y-%m-%d %H:%M") if row.done_at else "—",
        )


def _staff_names(s: Session, *rows: MeetingProblem) -> dict[int, str]:
    ids = {row.done_by_id for row in rows if row.done_by_id is not None}
    if not ids:
        return {}
    return dict(s.execute(select(Staff.id, Staff.full_name).where(Staff.id.in_(ids))).all())
