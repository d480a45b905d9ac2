"""Demands, residents, projects and a second center written straight to the database, so the
slips and feedback sheets are tested without going through the demand desk's own moves."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from hall_desk.db.database import Database
from hall_desk.db.models import Resident, Site, Staff
from hall_desk.db.party_models import CommunityProject, Demand, DemandEvent
from hall_desk.domain.demands import format_demand_number
from hall_desk.domain.staff import Role
from hall_desk.services.party.lists import category_ids, ensure_party_lists
from hall_desk.services.session import StaffSession

TAKEN = datetime(2026, 3, 2, 9, 0)


def add_resident(db: Database, site_id: int, name: str, phone: str) -> int:
    with db.write() as s:
        resident = Resident(
            site_id=site_id,
            name=name,
            phone=phone,
            phone_tail=phone[-4:],
            category="resident",
            created_at=TAKEN,
            updated_at=TAKEN,
        )
        s.add(resident)
        s.flush()
        return resident.id


def add_demand(
    db: Database,
    site_id: int,
    clerk_id: int,
    seq: int,
    *,
    category: str = "小区环境",
    status: str = "pending",
    created_at: datetime = TAKEN,
    **fields: Any,
) -> str:
    """A demand numbered ``seq`` of its year at the center; ``fields`` set any other column."""
    with db.write() as s:
        ensure_party_lists(s, site_id)
        site = s.get(Site, site_id)
        assert site is not None
        values: dict[str, Any] = {
            "source": "desk",
            "description": "楼道灯坏了，晚上看不见。",
            "neighbourhood": "幸福里小区",
            "place": "3号楼2单元",
            "level": "general",
        }
        values.update(fields)
        demand = Demand(
            site_id=site_id,
            number=format_demand_number(site.code, created_at.year, seq),
            category_id=category_ids(s, site_id)[category],
            status=status,
            clerk_id=clerk_id,
            created_at=created_at,
            updated_at=created_at,
            **values,
        )
        s.add(demand)
        s.flush()
        return demand.number


def add_event(
    db: Database, number: str, staff_id: int, action: str, to_status: str, at: datetime
) -> None:
    with db.write() as s:
        demand = s.scalar(select(Demand).where(Demand.number == number))
        assert demand is not None
        s.add(DemandEvent(demand_id=demand.id, at=at, staff_id=staff_id, action=action,
                          from_status=None, to_status=to_status,
                          member_id=demand.member_id, unit_id=demand.unit_id))  # fmt: skip


def add_project(
    db: Database,
    site_id: int,
    staff_id: int,
    title: str,
    *,
    month: date,
    status: str,
    unit_id: int | None = None,
    member_id: int | None = None,
    claimed_at: datetime | None = None,
    done_at: datetime | None = None,
    progress: int = 0,
    updated_at: datetime = TAKEN,
) -> None:
    with db.write() as s:
        s.add(
            CommunityProject(
                site_id=site_id,
                month=month,
                title=title,
                status=status,
                unit_id=unit_id,
                member_id=member_id,
                claimed_at=claimed_at,
                done_at=done_at,
                progress=progress,
                created_by_id=staff_id,
                created_at=TAKEN,
                updated_at=updated_at,
            )
        )


def other_center(db: Database) -> StaffSession:
    """A clerk of a second center on the same database."""
    with db.write() as s:
        site = Site(code="BJ02", name="北街社区党群服务中心", created_at=TAKEN)
        s.add(site)
        s.flush()
        staff = Staff(site_id=site.id, username="bei.clerk", full_name="北街前台", role="clerk",
                      password_hash="x", created_at=TAKEN)  # fmt: skip
        s.add(staff)
        s.flush()
        return StaffSession(staff.id, site.id, "bei.clerk", "北街前台", Role.CLERK, site.name)
