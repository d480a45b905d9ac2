"""The feedback sheets (报到单位反馈表) of a unit or a member for a period.

What counts: demands solved in the period (办结 on a day of it, and still solved or called back
now) by one of the unit's members, or by the unit itself when no member was named; and
projects of the monthly list the unit or its members held during the period (claimed by its
last day and not done or withdrawn before its first). Merged demands (并单) count once, under
the demand that carried on. Residents are never named: a demand is told by its number,
category and place. Each member's volunteer hours of the activities desk are counted too
(shifts with hours credited at sessions of the period), read straight from its table: the
party area stands below the activities area and may not use its services.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from hall_desk.db.activity_models import ActivitySession, VolunteerShift
from hall_desk.db.database import Database
from hall_desk.db.models import Site
from hall_desk.db.party_models import CommunityProject, Demand, PartyMember, PartyUnit
from hall_desk.domain.activities import ShiftStatus
from hall_desk.domain.cases import parse_rating
from hall_desk.domain.demand_documents import (
    ClaimedProject,
    FeedbackSheetData,
    HandledDemand,
    MemberServices,
    check_feedback_period,
)
from hall_desk.domain.demands import DemandStatus
from hall_desk.domain.errors import NotFoundError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.printing.feedback_sheet import render_feedback_sheet
from hall_desk.services import audit
from hall_desk.services.session import StaffSession

_SOLVED = (DemandStatus.SOLVED.value, DemandStatus.CALLED_BACK.value)


def unit_sheet(
    db: Database, actor: StaffSession, unit_id: int, first: date, last: date, now: datetime
) -> bytes:
    """The unit's sheet: every member active in the period (those with nothing done too)."""
    check_feedback_period(first, last)
    with db.write() as s:
        unit = s.get(PartyUnit, unit_id)
        if unit is None or unit.site_id != actor.site_id:
            raise _no_unit()
        members = _unit_members(s, unit, first, last)
        ids = [m.id for m in members]
        # Work given to a member counts for the unit; work given to the unit itself too.
        own_demands = Demand.member_id.is_(None) & (Demand.unit_id == unit.id)
        own_projects = CommunityProject.member_id.is_(None) & (CommunityProject.unit_id == unit.id)
        demands = _solved_demands(
            s, actor.site_id, first, last, or_(Demand.member_id.in_(ids), own_demands)
        )
        projects = _held_projects(
            s, actor.site_id, first, last, or_(CommunityProject.member_id.in_(ids), own_projects)
        )
        volunteered = _volunteer_hours(s, actor.site_id, ids, first, last)
        by_member = [_services(m, demands, projects, volunteered) for m in members]
        site = _site(s, actor.site_id)
        data = FeedbackSheetData(
            center_name=site.name,
            center_address=site.address,
            center_phone=site.phone,
            unit_name=unit.name,
            unit_kind=unit.kind,
            first=first,
            last=last,
            members=tuple(by_member),
            printed_at=now,
            printed_by=actor.full_name,
            unit_demands=tuple(_handled(d) for d in demands if d.member_id is None),
            unit_projects=tuple(_claimed(p) for p in projects if p.member_id is None),
        )
        audit.record(s, at=now, actor=actor, action="print", entity="party_unit",
                     entity_id=unit.id, document="feedback_sheet", first=first.isoformat(),
                     last=last.isoformat())  # fmt: skip
    return render_feedback_sheet(data)


def member_sheet(
    db: Database, actor: StaffSession, member_id: int, first: date, last: date, now: datetime
) -> bytes:
    """One member's sheet."""
    check_feedback_period(first, last)
    with db.write() as s:
        member = s.get(PartyMember, member_id)
        if member is None or member.site_id != actor.site_id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "That party member is not on this center's list.")
            )
        demands = _solved_demands(s, actor.site_id, first, last, Demand.member_id == member.id)
        projects = _held_projects(
            s, actor.site_id, first, last, CommunityProject.member_id == member.id
        )
        site = _site(s, actor.site_id)
        data = FeedbackSheetData(
            center_name=site.name,
            center_address=site.address,
            center_phone=site.phone,
            unit_name=member.unit.name,
            unit_kind=member.unit.kind,
            first=first,
            last=last,
            members=(
                _services(
                    member,
                    demands,
                    projects,
                    _volunteer_hours(s, actor.site_id, [member.id], first, last),
                ),
            ),
            printed_at=now,
            printed_by=actor.full_name,
            for_member=True,
        )
        audit.record(s, at=now, actor=actor, action="print", entity="party_member",
                     entity_id=member.id, document="feedback_sheet", first=first.isoformat(),
                     last=last.isoformat())  # fmt: skip
    return render_feedback_sheet(data)


def _no_unit() -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("Messages", "That unit is not on this center's list of reporting units.")
    )


def _site(s: Session, site_id: int) -> Site:
    site = s.get(Site, site_id)
    assert site is not None
    return site


def _unit_members(s: Session, unit: PartyUnit, first: date, last: date) -> list[PartyMember]:
    """Members of the unit who had reported by the period's end and had not left before it."""
    return list(
        s.scalars(
            select(PartyMember)
            .where(
                PartyMember.site_id == unit.site_id,
                PartyMember.unit_id == unit.id,
                PartyMember.reported_on <= last,
                or_(PartyMember.left_on.is_(None), PartyMember.left_on >= first),
            )
            .order_by(PartyMember.name_initials, PartyMember.name, PartyMember.id)
        )
    )


def _solved_demands(
    s: Session, site_id: int, first: date, last: date, whose: object
) -> list[Demand]:
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=1), datetime.min.time())
    return list(
        s.scalars(
            select(Demand)
            .options(selectinload(Demand.category))
            .where(
                Demand.site_id == site_id,
                Demand.merged_into_id.is_(None),
                Demand.status.in_(_SOLVED),
                Demand.solved_at >= start,
                Demand.solved_at < end,
                whose,  # type: ignore[arg-type]
            )
            .order_by(Demand.solved_at, Demand.id)
        )
    )


def _held_projects(
    s: Session, site_id: int, first: date, last: date, whose: object
) -> list[CommunityProject]:
    rows = s.scalars(
        select(CommunityProject)
        .where(
            CommunityProject.site_id == site_id,
            CommunityProject.status != "published",
            whose,  # type: ignore[arg-type]
        )
        .order_by(CommunityProject.month, CommunityProject.id)
    )
    return [p for p in rows if _held_in(p, first, last)]


def _held_in(project: CommunityProject, first: date, last: date) -> bool:
    """Claimed by ``last`` and, if it has ended (done or withdrawn), not before ``first``."""
    claimed = project.claimed_at.date() if project.claimed_at is not None else project.month
    if claimed > last:
        return False
    if project.status == "done":
        ended = project.done_at.date() if project.done_at is not None else claimed
        return ended >= first
    if project.status == "withdrawn":
        return project.updated_at.date() >= first
    return True


def _handled(demand: Demand) -> HandledDemand:
    place = " ".join(p for p in (demand.neighbourhood.strip(), demand.place.strip()) if p)
    assert demand.solved_at is not None
    return HandledDemand(
        number=demand.number,
        solved_on=demand.solved_at.date(),
        category=demand.category.name,
        place=place,
        result=demand.result_note.strip(),
        service_minutes=demand.service_minutes or 0,
        rating=parse_rating(demand.rating),
    )


def _claimed(project: CommunityProject) -> ClaimedProject:
    return ClaimedProject(
        title=project.title,
        month=project.month,
        status=project.status,
        progress=project.progress,
        done_on=project.done_at.date() if project.done_at is not None else None,
    )


def _volunteer_hours(
    s: Session, site_id: int, member_ids: list[int], first: date, last: date
) -> dict[int, tuple[int, int]]:
    """(shifts, minutes) credited to each member at sessions starting in the period."""
    if not member_ids:
        return {}
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=1), datetime.min.time())
    rows = s.execute(
        select(VolunteerShift.member_id, func.count(), func.sum(VolunteerShift.credited_minutes))
        .join(ActivitySession, ActivitySession.id == VolunteerShift.session_id)
        .where(
            VolunteerShift.site_id == site_id,
            VolunteerShift.member_id.in_(member_ids),
            VolunteerShift.status == ShiftStatus.SIGNED.value,
            VolunteerShift.credited_minutes > 0,
            ActivitySession.starts_at >= start,
            ActivitySession.starts_at < end,
        )
        .group_by(VolunteerShift.member_id)
    )
    return {
        member_id: (int(n), int(minutes or 0))
        for member_id, n, minutes in rows
        if member_id is not None
    }


def _services(
    member: PartyMember,
    demands: Iterable[Demand],
    projects: Iterable[CommunityProject],
    volunteered: dict[int, tuple[int, int]],
) -> MemberServices:
    shifts, minutes = volunteered.get(member.id, (0, 0))
    return MemberServices(
        name=member.name,
        neighbourhood=member.neighbourhood,
        grid=member.grid,
        reported_on=member.reported_on,
        left_on=member.left_on,
        demands=tuple(_handled(d) for d in demands if d.member_id == member.id),
        projects=tuple(_claimed(p) for p in projects if p.member_id == member.id),
        volunteer_shifts=shifts,
        volunteer_minutes=minutes,
    )
