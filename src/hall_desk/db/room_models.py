"""Tables of function rooms and their bookings.

Two active bookings of one room (or of one seat of the study room) may never overlap. The
service checks inside its write transaction; the database enforces it as well: an exclusion
constraint on PostgreSQL (btree_gist) and triggers on SQLite, both added by migration 0003.
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


class Room(Base):
    """A function room of a center (功能室)."""

    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("site_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(16))
    capacity: Mapped[int] = mapped_column(Integer)
    seats: Mapped[int] = mapped_column(Integer, default=0)
    # Seven "HH:MM-HH:MM" spans, Monday first, "" for a closed day, as JSON.
    hours: Mapped[str] = mapped_column(Text)
    zone_24h: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    rules: Mapped[str] = mapped_column(Text, default="[]")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class RoomClosure(Base):
    """Days a room is closed; ``room_id`` NULL closes every room of the center."""

    __tablename__ = "room_closure"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(40))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class BookingCounter(Base):
    """The last booking number handed out per center and year."""

    __tablename__ = "booking_counter"

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class BookingSeries(Base):
    """A repeating booking: the rule it was made from; its dates are ordinary bookings."""

    __tablename__ = "booking_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    rule: Mapped[str] = mapped_column(Text)  # JSON of the RepeatRule
    description: Mapped[str] = mapped_column(String(120))
    skipped: Mapped[str] = mapped_column(Text, default="[]")  # dates left out, JSON
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Booking(Base):
    """One booking of a room, or of one seat of the study room, for one span of one day."""

    __tablename__ = "booking"
    __table_args__ = (
        Index("ix_booking_room_start", "room_id", "starts_at"),
        Index("ix_booking_site_start", "site_id", "starts_at"),
        Index("ix_booking_site_status", "site_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    # Seat number in the study room; 0 for a room booked whole (0, not NULL, so the
    # database's no-overlap rules can compare it).
    seat: Mapped[int] = mapped_column(Integer, default=0)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("booking_series.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))
    booker_kind: Mapped[str] = mapped_column(String(10))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"), index=True)
    organisation: Mapped[str] = mapped_column(String(60), default="")
    purpose: Mapped[str] = mapped_column(String(60))
    attendees: Mapped[int] = mapped_column(Integer, default=1)
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    channel: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)  # cancelled, declined, no-show
    end_reason: Mapped[str] = mapped_column(Text, default="")
    slips_printed: Mapped[int] = mapped_column(Integer, default=0)

    room: Mapped[Room] = relationship()
    resident: Mapped[Resident | None] = relationship()
    clerk: Mapped[Staff] = relationship(foreign_keys=[clerk_id])


class SiteSetting(Base):
    """A center-wide setting kept in the database, e.g. the no-show grace period."""

    __tablename__ = "site_setting"

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
