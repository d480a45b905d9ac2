"""Tables of the party-service desk: 双报到 units and members, residents' demands, problem lists
from residents' meetings and the projects units and members claim.

Every row carries ``site_id`` (directly or through its parent) so a county's centers can share
one PostgreSQL server. Added by migration 0005.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hall_desk.db.models import Base, Resident, Staff

# -- the registry (双报到) -------------------------------------------------------------------


class TalentPool(Base):
    """A talent pool (人才库) of a center, e.g. 法律服务; seeded from the bundled list."""

    __tablename__ = "talent_pool"
    __table_args__ = (UniqueConstraint("site_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    name: Mapped[str] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DemandCategory(Base):
    """A kind of demand (小区环境, 电梯更新, ...) of a center; seeded from the bundled list."""

    __tablename__ = "demand_category"
    __table_args__ = (UniqueConstraint("site_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    name: Mapped[str] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PartyUnit(Base):
    """A work unit that reports to the community (报到单位), with its co-building agreement."""

    __tablename__ = "party_unit"
    __table_args__ = (UniqueConstraint("site_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(16))
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    # 共建协议: number, signed on, runs until, what the unit commits to.
    agreement_number: Mapped[str] = mapped_column(String(40), default="")
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    agreement_ends_on: Mapped[date | None] = mapped_column(Date)
    agreement_commitments: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class PartyMember(Base):
    """An in-service party member who reported to the community (在职党员双报到)."""

    __tablename__ = "party_member"
    __table_args__ = (
        UniqueConstraint("site_id", "id_number"),
        Index("ix_party_member_site_name", "site_id", "name"),
        Index("ix_party_member_site_phone_tail", "site_id", "phone_tail"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("party_unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    name_initials: Mapped[str] = mapped_column(String(400), default="")
    phone: Mapped[str] = mapped_column(String(20))
    phone_tail: Mapped[str] = mapped_column(String(4))
    id_number: Mapped[str | None] = mapped_column(String(18))
    neighbourhood: Mapped[str] = mapped_column(String(40), default="")  # 小区
    grid: Mapped[str] = mapped_column(String(20), default="")  # 网格
    reported_on: Mapped[date] = mapped_column(Date)  # 报到日期
    last_reported_on: Mapped[date] = mapped_column(Date)  # latest half-yearly report
    left_on: Mapped[date | None] = mapped_column(Date)
    left_reason: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    unit: Mapped[PartyUnit] = relationship()
    skills: Mapped[list[MemberSkill]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )


class MemberSkill(Base):
    """A member's place in a talent pool."""

    __tablename__ = "member_skill"

    member_id: Mapped[int] = mapped_column(ForeignKey("party_member.id"), primary_key=True)
    pool_id: Mapped[int] = mapped_column(ForeignKey("talent_pool.id"), primary_key=True)

    member: Mapped[PartyMember] = relationship(back_populates="skills")
    pool: Mapped[TalentPool] = relationship()


# -- demands (需求 / 微心愿 / 诉求) -----------------------------------------------------------


class DemandCounter(Base):
    """The last demand number handed out per center and year."""

    __tablename__ = "demand_counter"

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Demand(Base):
    """A resident's demand, from intake to the call back; a 微心愿 is one with ``kind`` "wish"."""

    __tablename__ = "demand"
    __table_args__ = (
        Index("ix_demand_site_status", "site_id", "status"),
        Index("ix_demand_site_created", "site_id", "created_at"),
        Index("ix_demand_site_member", "site_id", "member_id"),
        Index("ix_demand_site_unit", "site_id", "unit_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    kind: Mapped[str] = mapped_column(String(8), default="demand")  # demand | wish
    source: Mapped[str] = mapped_column(String(10))  # desk | meeting | grid | phone | hotline
    category_id: Mapped[int] = mapped_column(ForeignKey("demand_category.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    neighbourhood: Mapped[str] = mapped_column(String(40), default="")  # 小区
    grid: Mapped[str] = mapped_column(String(20), default="")  # 网格, for dispatch suggestions
    place: Mapped[str] = mapped_column(String(80), default="")  # 楼栋 / 单元 / spot
    level: Mapped[str] = mapped_column(String(8))
    needs_visit: Mapped[bool] = mapped_column(Boolean, default=False)
    # The resident found as on the visitor desk, or NULL for an anonymous demand.
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"), index=True)
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    wish_target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("party_member.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("party_unit.id"))
    dispatched_at: Mapped[datetime | None] = mapped_column(DateTime)
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime)
    accepted_how: Mapped[str] = mapped_column(String(10), default="")  # phone | in_person
    # The clock as it stood when the demand was taken on (a later settings change keeps it).
    clock_minutes: Mapped[int | None] = mapped_column(Integer)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    on_site_by: Mapped[datetime | None] = mapped_column(DateTime)
    on_site_at: Mapped[datetime | None] = mapped_column(DateTime)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    solved_at: Mapped[datetime | None] = mapped_column(DateTime)
    result_note: Mapped[str] = mapped_column(Text, default="")
    service_minutes: Mapped[int] = mapped_column(Integer, default=0)  # hours given, for the unit
    called_back_at: Mapped[datetime | None] = mapped_column(DateTime)
    rating: Mapped[str | None] = mapped_column(String(20))
    rating_note: Mapped[str] = mapped_column(Text, default="")
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    # 并单: a demand folded into another one is kept, pointing at the one that carries on.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("demand.id"))
    meeting_problem_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_problem.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    slips_printed: Mapped[int] = mapped_column(Integer, default=0)

    category: Mapped[DemandCategory] = relationship()
    resident: Mapped[Resident | None] = relationship()
    member: Mapped[PartyMember | None] = relationship()
    unit: Mapped[PartyUnit | None] = relationship()
    clerk: Mapped[Staff] = relationship()
    events: Mapped[list[DemandEvent]] = relationship(
        back_populates="demand", order_by="DemandEvent.id", cascade="all, delete-orphan"
    )
    callers: Mapped[list[DemandCaller]] = relationship(
        back_populates="demand", order_by="DemandCaller.id", cascade="all, delete-orphan"
    )


class DemandCaller(Base):
    """Another resident who raised the same demand (并单); each is called back on its own."""

    __tablename__ = "demand_caller"

    id: Mapped[int] = mapped_column(primary_key=True)
    demand_id: Mapped[int] = mapped_column(ForeignKey("demand.id"), index=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    source: Mapped[str] = mapped_column(String(10))
    raised_at: Mapped[datetime] = mapped_column(DateTime)
    called_back_at: Mapped[datetime | None] = mapped_column(DateTime)
    rating: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

    demand: Mapped[Demand] = relationship(back_populates="callers")


class DemandEvent(Base):
    """One move of a demand, with its time and who (the audit trail has it too)."""

    __tablename__ = "demand_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    demand_id: Mapped[int] = mapped_column(ForeignKey("demand.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("party_member.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("party_unit.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    # The rating given at a call back, kept here so a reopened demand's history still shows it.
    rating: Mapped[str | None] = mapped_column(String(20))

    demand: Mapped[Demand] = relationship(back_populates="events")
    staff: Mapped[Staff] = relationship()


class DemandSlipPrint(Base):
    """Every receipt or dispatch slip printed for a demand, with its archived PDF."""

    __tablename__ = "demand_slip_print"

    id: Mapped[int] = mapped_column(primary_key=True)
    demand_id: Mapped[int] = mapped_column(ForeignKey("demand.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # receipt | dispatch
    layout: Mapped[str] = mapped_column(String(8))
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    printed_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    path: Mapped[str] = mapped_column(String(400), default="")


# -- problem lists and projects ------------------------------------------------------------


class ResidentMeeting(Base):
    """A dated residents' meeting (居民议事会, 居民夜谈, ...) whose problems are listed."""

    __tablename__ = "resident_meeting"
    __table_args__ = (Index("ix_resident_meeting_site_held", "site_id", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    held_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(60))
    place: Mapped[str] = mapped_column(String(60), default="")
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    problems: Mapped[list[MeetingProblem]] = relationship(
        back_populates="meeting", order_by="MeetingProblem.seq", cascade="all, delete-orphan"
    )


class MeetingProblem(Base):
    """One problem of a meeting's list: who answers for it, its due date, 销号 with a note."""

    __tablename__ = "meeting_problem"
    __table_args__ = (
        UniqueConstraint("meeting_id", "seq"),
        Index("ix_meeting_problem_site_due", "site_id", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    meeting_id: Mapped[int] = mapped_column(ForeignKey("resident_meeting.id"))
    seq: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(60))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("party_unit.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("party_member.id"))
    working_days: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_note: Mapped[str] = mapped_column(Text, default="")
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Why an administrator took back a 销号 made by mistake (the latest time).
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    meeting: Mapped[ResidentMeeting] = relationship(back_populates="problems")


class CommunityProject(Base):
    """A project the community publishes for a month (项目清单), claimed by a unit or member."""

    __tablename__ = "community_project"
    __table_args__ = (Index("ix_community_project_site_month", "site_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    month: Mapped[date] = mapped_column(Date)  # the first day of the month it is published for
    title: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12))  # published | claimed | done | withdrawn
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("party_unit.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("party_member.id"))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent
    progress_note: Mapped[str] = mapped_column(Text, default="")  # with the latest percentage
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    withdraw_reason: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    milestones: Mapped[list[ProjectMilestone]] = relationship(
        back_populates="project", order_by="ProjectMilestone.due_on", cascade="all, delete-orphan"
    )


class ProjectMilestone(Base):
    """A dated step of a project; ticking it off may move the project's percentage."""

    __tablename__ = "project_milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("community_project.id"), index=True)
    title: Mapped[str] = mapped_column(String(60))
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    project: Mapped[CommunityProject] = relationship(back_populates="milestones")
