"""What the desk sees of the project list: plain records, the claimer named, phones masked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from hall_desk.db.party_models import CommunityProject, PartyMember, PartyUnit, ProjectMilestone
from hall_desk.domain.community_projects import ProjectStatus
from hall_desk.domain.phones import mask_phone

UNIT = "unit"
MEMBER = "member"


@dataclass(frozen=True)
class MilestoneRecord:
    id: int
    title: str
    due_on: date
    done_on: date | None
    note: str
    overdue: bool  # not reached and its day has passed, in a project still running


@dataclass(frozen=True)
class ProjectRecord:
    id: int
    month: date
    title: str
    description: str
    status: ProjectStatus
    claimer_kind: str  # "unit", "member" or "" while nobody has claimed it
    unit_id: int | None
    member_id: int | None
    claimer_name: str  # the unit, or the member with their unit: 张三（县人民医院）
    claimer_phone: str  # masked
    claimed_at: datetime | None
    progress: int
    progress_note: str
    done_at: datetime | None
    withdraw_reason: str
    milestones: tuple[MilestoneRecord, ...]
    created_at: datetime

    @property
    def overdue_milestones(self) -> int:
        return sum(1 for m in self.milestones if m.overdue)

    @property
    def next_milestone(self) -> MilestoneRecord | None:
        """The earliest milestone not reached yet."""
        return next((m for m in self.milestones if m.done_on is None), None)


@dataclass(frozen=True)
class Claimant:
    """A unit or member who may claim a project, as the claim dialog lists them."""

    kind: str  # "unit" or "member"
    id: int
    name: str
    unit_name: str  # the member's unit; the unit's kind label is the UI's business
    masked_phone: str
    neighbourhood: str = ""


def unit_claimant(unit: PartyUnit) -> Claimant:
    phone = mask_phone(unit.contact_phone) if unit.contact_phone else ""
    return Claimant(UNIT, unit.id, unit.name, unit.name, phone)


def member_claimant(member: PartyMember) -> Claimant:
    return Claimant(
        MEMBER,
        member.id,
        member.name,
        member.unit.name,
        mask_phone(member.phone) if member.phone else "",
        member.neighbourhood,
    )


def milestone_record(row: ProjectMilestone, running: bool, today: date) -> MilestoneRecord:
    return MilestoneRecord(
        id=row.id,
        title=row.title,
        due_on=row.due_on,
        done_on=row.done_on,
        note=row.note,
        overdue=running and row.done_on is None and row.due_on < today,
    )


def project_record(
    row: CommunityProject,
    units: dict[int, PartyUnit],
    members: dict[int, PartyMember],
    today: date,
) -> ProjectRecord:
    status = ProjectStatus(row.status)
    running = status in (ProjectStatus.PUBLISHED, ProjectStatus.CLAIMED)
    kind, name, phone = "", "", ""
    if row.unit_id is not None and row.unit_id in units:
        claimant = unit_claimant(units[row.unit_id])
        kind, name, phone = UNIT, claimant.name, claimant.masked_phone
    elif row.member_id is not None and row.member_id in members:
        claimant = member_claimant(members[row.member_id])
        kind, phone = MEMBER, claimant.masked_phone
        name = f"{claimant.name}（{claimant.unit_name}）"
    return ProjectRecord(
        id=row.id,
        month=row.month,
        title=row.title,
        description=row.description,
        status=status,
        claimer_kind=kind,
        unit_id=row.unit_id,
        member_id=row.member_id,
        claimer_name=name,
        claimer_phone=phone,
        claimed_at=row.claimed_at,
        progress=row.progress,
        progress_note=row.progress_note,
        done_at=row.done_at,
        withdraw_reason=row.withdraw_reason,
        milestones=tuple(milestone_record(m, running, today) for m in row.milestones),
        created_at=row.created_at,
    )
