"""Tables of the activities desk: activities and their sessions, sign-ups with a waiting list,
attendance per session, volunteer roles and shifts with their hours, and the certificates of
volunteer service (志愿服务记录证明) issued from those hours.

Every row carries ``site_id`` so a county's centers can share one PostgreSQL server. A
session held in one of the center's rooms points at its ordinary booking, so the booking
service's no-double-booking rules hold for activities too. Added by migration 0006.
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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hall_desk.db.models import Base, Resident
from hall_desk.db.party_models import CommunityProject, PartyMember, PartyUnit
from hall_desk.db.room_models import Booking, Room


class ActivityCounter(Base):
    """The last number handed out per center, year and series (activity, sign-up, certificate)."""

    __tablename__ = "activity_counter"

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    series: Mapped[str] = mapped_column(String(12), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Activity(Base):
    """An activity the center runs or hosts: one date, or a course of sessions."""

    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_site_created", "site_id", "created_at"),
        Index("ix_activity_site_status", "site_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    title: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(12))  # domain.activities.ActivityKind
    # Who runs it: the center itself, a 双报到 unit, or a project of the project list.
    organiser_kind: Mapped[str] = mapped_column(String(8))  # center | unit | project
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("party_unit.id"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("community_project.id"), index=True)
    capacity: Mapped[int] = mapped_column(Integer)
    # Audience: "all", or "children" (signed up with a guardian) between the two ages.
    audience: Mapped[str] = mapped_column(String(10), default="all")
    age_min: Mapped[int | None] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    signup_opens_at: Mapped[datetime | None] = mapped_column(DateTime)
    signup_closes_at: Mapped[datetime | None] = mapped_column(DateTime)
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10))  # open | cancelled
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    unit: Mapped[PartyUnit | None] = relationship()
    project: Mapped[CommunityProject | None] = relationship()
    sessions: Mapped[list[ActivitySession]] = relationship(
        back_populates="activity", order_by="ActivitySession.starts_at"
    )
    roles: Mapped[list[VolunteerRole]] = relationship(
        back_populates="activity", order_by="VolunteerRole.id"
    )


class ActivitySession(Base):
    """One meeting of an activity, in a booked room or at a place outside the rooms."""

    __tablename__ = "activity_session"
    __table_args__ = (Index("ix_activity_session_site_start", "site_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("booking.id"), index=True)
    place: Mapped[str] = mapped_column(String(80), default="")  # when not in a room
    status: Mapped[str] = mapped_column(String(10))  # planned | cancelled
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # When the attendance of the session was last saved (NULL: not taken yet).
    attendance_saved_at: Mapped[datetime | None] = mapped_column(DateTime)
    attendance_saved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    activity: Mapped[Activity] = relationship(back_populates="sessions")
    room: Mapped[Room | None] = relationship()
    booking: Mapped[Booking | None] = relationship()


class ActivitySignup(Base):
    """A person signed up for an activity, or waiting for a place.

    ``resident_id`` is the participant, or for a child the guardian found as on the visitor
    desk; the child is named here with a birth date. The waiting list is ordered by
    ``queued_at`` then ``id``.
    """

    __tablename__ = "activity_signup"
    __table_args__ = (
        Index("ix_activity_signup_activity_status", "activity_id", "status"),
        Index("ix_activity_signup_site_created", "site_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    child_name: Mapped[str] = mapped_column(String(40), default="")
    child_birth_date: Mapped[date | None] = mapped_column(Date)
    guardian_relation: Mapped[str] = mapped_column(String(10), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(10))  # enrolled | waiting | cancelled
    queued_at: Mapped[datetime] = mapped_column(DateTime)
    promoted_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    slips_printed: Mapped[int] = mapped_column(Integer, default=0)

    activity: Mapped[Activity] = relationship()
    resident: Mapped[Resident] = relationship()


class SessionAttendance(Base):
    """Whether one signed-up person came to one session: present, absent or excused (请假)."""

    __tablename__ = "session_attendance"

    session_id: Mapped[int] = mapped_column(ForeignKey("activity_session.id"), primary_key=True)
    signup_id: Mapped[int] = mapped_column(
        ForeignKey("activity_signup.id"), primary_key=True, index=True
    )
    status: Mapped[str] = mapped_column(String(8))  # present | absent | excused
    source: Mapped[str] = mapped_column(String(8))  # scan | desk | all | sheet
    marked_at: Mapped[datetime] = mapped_column(DateTime)
    marked_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class VolunteerRole(Base):
    """A volunteer role of an activity (引导员, 助教 ...) with its places at each session."""

    __tablename__ = "volunteer_role"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    name: Mapped[str] = mapped_column(String(30))
    places: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    activity: Mapped[Activity] = relationship(back_populates="roles")


class VolunteerShift(Base):
    """A volunteer's place in a role at one session, with the times and the hours credited.

    The volunteer is a 双报到 member (``member_id``) or a resident (``resident_id``). Hours
    come from signing in and out at the desk; hours entered afterwards (补录) are marked
    ``supplementary`` with their reason.
    """

    __tablename__ = "volunteer_shift"
    __table_args__ = (
        Index("ix_volunteer_shift_site_member", "site_id", "member_id"),
        Index("ix_volunteer_shift_site_resident", "site_id", "resident_id"),
        Index("ix_volunteer_shift_session_role", "session_id", "role_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    role_id: Mapped[int] = mapped_column(ForeignKey("volunteer_role.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("activity_session.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("party_member.id"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    status: Mapped[str] = mapped_column(String(10))  # signed | cancelled
    signed_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_out_at: Mapped[datetime | None] = mapped_column(DateTime)
    credited_minutes: Mapped[int] = mapped_column(Integer, default=0)
    supplementary: Mapped[bool] = mapped_column(Boolean, default=False)  # 补录
    supplement_reason: Mapped[str] = mapped_column(Text, default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    role: Mapped[VolunteerRole] = relationship()
    session: Mapped[ActivitySession] = relationship()
    member: Mapped[PartyMember | None] = relationship()
    resident: Mapped[Resident | None] = relationship()


class VolunteerCertificate(Base):
    """A numbered 志愿服务记录证明 issued free from the center's own records.

    ``items`` keeps, as JSON, the services itemised on the certificate when it was issued, so a
    reprint shows what was certified even if a shift is corrected later.
    """

    __tablename__ = "volunteer_certificate"
    __table_args__ = (Index("ix_volunteer_certificate_site_issued", "site_id", "issued_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("party_member.id"), index=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"), index=True)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    total_minutes: Mapped[int] = mapped_column(Integer)
    items: Mapped[str] = mapped_column(Text)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    prints: Mapped[int] = mapped_column(Integer, default=0)

    member: Mapped[PartyMember | None] = relationship()
    resident: Mapped[Resident | None] = relationship()
