"""The monthly project list (项目清单): published, claimed by a unit or member, milestones, done.

A claim is a conditional update on ``status = 'published'``: when two desks claim the same
project at the same moment, exactly one succeeds and the other is told who has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from hall_desk.db.database import Database
from hall_desk.db.party_models import CommunityProject, ProjectMilestone
from hall_desk.domain.clock import Clock
from hall_desk.domain.community_projects import (
    ProjectAction,
    ProjectStatus,
    check_claimant,
    check_milestone_done_on,
    check_project_move,
    clean_milestone,
    clean_progress,
    clean_project,
    first_of_month,
)
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.problem_lists import NOTE_MAX, clean_paragraph
from hall_desk.services import audit
from hall_desk.services.party.project_claimants import (
    claimers,
    find_claimants,
    registered_claimant,
)
from hall_desk.services.party.project_records import (
    MEMBER,
    UNIT,
    Claimant,
    MilestoneRecord,
    ProjectRecord,
    project_record,
)
from hall_desk.services.session import StaffSession

__all__ = [
    "Claimant",
    "MilestoneRecord",
    "ProjectForm",
    "ProjectRecord",
    "ProjectService",
]


@dataclass(frozen=True)
class ProjectForm:
    """A project as typed for publishing; ``milestones`` are (title, due day) rows."""

    month: date | None
    title: str
    description: str = ""
    milestones: tuple[tuple[str, date | None], ...] = ()


class ProjectService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- publishing and claiming ------------------------------------------------------------
    def publish(self, session: StaffSession, form: ProjectForm) -> ProjectRecord:
        """Put a project on a month's list, waiting to be claimed."""
        now = self._clock.now()
        clean = clean_project(form.month, form.title, form.description, form.milestones,
                              now.date())  # fmt: skip
        with self._db.write() as s:
            row = CommunityProject(
                site_id=session.site_id,
                month=clean.month,
                title=clean.title,
                description=clean.description,
                status=ProjectStatus.PUBLISHED.value,
                progress=0,
                progress_note="",
                withdraw_reason="",
                created_by_id=session.staff_id,
                created_at=now,
                updated_at=now,
            )
            row.milestones = [
                ProjectMilestone(title=m.title, due_on=m.due_on, note="") for m in clean.milestones
            ]
            s.add(row)
            s.flush()
            audit.record(s, at=now, actor=session, action="publish", entity="community_project",
                         entity_id=row.id, month=clean.month.strftime("%Y-%m"),
                         milestones=len(clean.milestones))  # fmt: skip
            return self._record(s, row, now.date())

    def claimants(self, session: StaffSession, search: str) -> list[Claimant]:
        """Registered units and members matching a name, pinyin initials or a phone's last
        digits; units first. Members who left and units no longer active are not offered."""
        with self._db.read() as s:
            return find_claimants(s, session.site_id, search)

    def claim(
        self,
        session: StaffSession,
        project_id: int,
        unit_id: int | None = None,
        member_id: int | None = None,
    ) -> ProjectRecord:
        """认领: one unit or one member takes the project on. Only the first claim counts."""
        check_claimant(unit_id, member_id)
        now = self._clock.now()
        with self._db.write() as s:
            row = self._project(s, session, project_id)
            if row.status != ProjectStatus.CLAIMED.value:  # a claimed one: say who has it
                check_project_move(ProjectStatus(row.status), ProjectAction.CLAIM)
            registered_claimant(s, session.site_id, unit_id, member_id)
            claimed = s.execute(
                update(CommunityProject)
                .where(
                    CommunityProject.id == row.id,
                    CommunityProject.status == ProjectStatus.PUBLISHED.value,
                )
                .values(
                    status=ProjectStatus.CLAIMED.value,
                    unit_id=unit_id,
                    member_id=member_id,
                    claimed_at=now,
                    updated_at=now,
                )
                .execution_options(synchronize_session=False)
            )
            s.refresh(row)
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                raise self._taken(s, row)
            audit.record(s, at=now, actor=session, action="claim", entity="community_project",
                         entity_id=row.id, by=UNIT if unit_id is not None else MEMBER,
                         unit_id=unit_id, member_id=member_id)  # fmt: skip
            return self._record(s, row, now.date())

    # -- moving on --------------------------------------------------------------------------
    def add_milestone(
        self, session: StaffSession, project_id: int, title: str, due_on: date | None
    ) -> ProjectRecord:
        """A further dated step of a project not yet done or withdrawn."""
        now = self._clock.now()
        with self._db.write() as s:
            row = self._project(s, session, project_id, lock=True)
            check_project_move(ProjectStatus(row.status), ProjectAction.ADD_MILESTONE)
            step = clean_milestone(title, due_on, row.month)
            row.milestones.append(ProjectMilestone(title=step.title, due_on=step.due_on, note=""))
            row.updated_at = now
            s.flush()
            audit.record(s, at=now, actor=session, action="add_milestone",
                         entity="community_project", entity_id=row.id,
                         due=step.due_on.isoformat())  # fmt: skip
            return self._record(s, row, now.date())

    def tick_milestone(
        self, session: StaffSession, milestone_id: int, done_on: date | None, note: str = ""
    ) -> ProjectRecord:
        """A milestone reached on ``done_on``; the percentage rises to at least the share of
        milestones reached."""
        now = self._clock.now()
        text = clean_paragraph(note, field="note", what=QT_TRANSLATE_NOOP("Messages", "the note"),
                               max_length=NOTE_MAX, required=False)  # fmt: skip
        with self._db.write() as s:
            step = s.get(ProjectMilestone, milestone_id)
            if step is None or step.project.site_id != session.site_id:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Messages", "This milestone no longer exists.")
                )
            row = self._project(s, session, step.project_id, lock=True)
            check_project_move(ProjectStatus(row.status), ProjectAction.TICK_MILESTONE)
            if step.done_on is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The milestone “{title}” was already reached on {date}."
                    ),
                    title=step.title,
                    date=step.done_on.isoformat(),
                )
            step.done_on = check_milestone_done_on(done_on, row.created_at.date(), now.date())
            step.note = text
            reached = sum(1 for m in row.milestones if m.done_on is not None)
            row.progress = max(row.progress, reached * 100 // len(row.milestones))
            row.updated_at = now
            audit.record(s, at=now, actor=session, action="tick_milestone",
                         entity="community_project", entity_id=row.id, milestone=step.id,
                         progress=row.progress)  # fmt: skip
            return self._record(s, row, now.date())

    def set_progress(
        self, session: StaffSession, project_id: int, percent: int | str, note: str = ""
    ) -> ProjectRecord:
        """Record how far a claimed project has come, 0 to 100 %, with what was done."""
        value = clean_progress(percent)
        text = clean_paragraph(note, field="note", what=QT_TRANSLATE_NOOP("Messages", "the note"),
                               max_length=NOTE_MAX, required=False)  # fmt: skip
        now = self._clock.now()
        with self._db.write() as s:
            row = self._project(s, session, project_id, lock=True)
            check_project_move(ProjectStatus(row.status), ProjectAction.SET_PROGRESS)
            if value < row.progress and not text:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The completion goes down from {before}% to {after}%: please say why "
                        "in the note.",
                    ),
                    field="note",
                    before=row.progress,
                    after=value,
                )
            before = row.progress
            row.progress = value
            row.progress_note = text
            row.updated_at = now
            audit.record(s, at=now, actor=session, action="set_progress",
                         entity="community_project", entity_id=row.id, before=before,
                         after=value)  # fmt: skip
            return self._record(s, row, now.date())

    def finish(self, session: StaffSession, project_id: int, note: str = "") -> ProjectRecord:
        """The claimed project is done: 100 %."""
        text = clean_paragraph(note, field="note", what=QT_TRANSLATE_NOOP("Messages", "the note"),
                               max_length=NOTE_MAX, required=False)  # fmt: skip
        now = self._clock.now()
        with self._db.write() as s:
            row = self._project(s, session, project_id, lock=True)
            check_project_move(ProjectStatus(row.status), ProjectAction.FINISH)
            row.status = ProjectStatus.DONE.value
            row.progress = 100
            if text:
                row.progress_note = text
            row.done_at = now
            row.updated_at = now
            audit.record(s, at=now, actor=session, action="finish", entity="community_project",
                         entity_id=row.id)  # fmt: skip
            return self._record(s, row, now.date())

    def withdraw(self, session: StaffSession, project_id: int, reason: str) -> ProjectRecord:
        """Take a project off the list (not claimed, or given up), with the reason."""
        text = clean_paragraph(
            reason,
            field="reason",
            what=QT_TRANSLATE_NOOP("Messages", "why the project is withdrawn"),
            max_length=NOTE_MAX,
        )
        now = self._clock.now()
        with self._db.write() as s:
            row = self._project(s, session, project_id, lock=True)
            check_project_move(ProjectStatus(row.status), ProjectAction.WITHDRAW)
            before = row.status
            row.status = ProjectStatus.WITHDRAWN.value
            row.withdraw_reason = text
            row.updated_at = now
            audit.record(s, at=now, actor=session, action="withdraw",
                         entity="community_project", entity_id=row.id,
                         before=before)  # fmt: skip
            return self._record(s, row, now.date())

    # -- lists ------------------------------------------------------------------------------
    def projects(
        self,
        session: StaffSession,
        month: date | None = None,
        status: ProjectStatus | str | None = None,
    ) -> list[ProjectRecord]:
        """The center's projects (of ``month`` when given, in any status unless given), in
        the order they were published."""
        today = self._clock.today()
        with self._db.read() as s:
            query = (
                select(CommunityProject)
                .where(CommunityProject.site_id == session.site_id)
                .options(selectinload(CommunityProject.milestones))
            )
            if month is not None:
                query = query.where(CommunityProject.month == first_of_month(month))
            if status is not None:
                query = query.where(CommunityProject.status == ProjectStatus(status).value)
            rows = list(s.scalars(query.order_by(CommunityProject.month, CommunityProject.id)))
            units, members = claimers(s, rows)
            return [project_record(r, units, members, today) for r in rows]

    def project(self, session: StaffSession, project_id: int) -> ProjectRecord:
        """One project of the center as it stands now."""
        with self._db.read() as s:
            return self._record(s, self._project(s, session, project_id), self._clock.today())

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _record(s: Session, row: CommunityProject, today: date) -> ProjectRecord:
        s.flush()
        s.refresh(row, ["milestones"])
        units, members = claimers(s, [row])
        return project_record(row, units, members, today)

    @staticmethod
    def _project(
        s: Session, session: StaffSession, project_id: int, *, lock: bool = False
    ) -> CommunityProject:
        query = select(CommunityProject).where(
            CommunityProject.id == project_id, CommunityProject.site_id == session.site_id
        )
        row = s.scalar(query.with_for_update() if lock else query)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This project no longer exists."))
        return row

    def _taken(self, s: Session, row: CommunityProject) -> ConflictError:
        """The message for a claim that came second, naming who has the project."""
        if row.status == ProjectStatus.CLAIMED.value:
            record = self._record(s, row, self._clock.today())
            return ConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{title}” was claimed by {who} at {time}; it cannot be claimed twice.",
                ),
                title=row.title,
                who=record.claimer_name or "—",
                time=row.claimed_at.strftime("%Y-%m-%d %H:%M") if row.claimed_at else "—",
            )
        check_project_move(ProjectStatus(row.status), ProjectAction.CLAIM)
        raise AssertionError("a published project is claimable")  # pragma: no cover
