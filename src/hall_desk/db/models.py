"""Tables of the front desk.

Every record that belongs to a center carries ``site_id`` so several centers can share one
PostgreSQL server. Times are naive Beijing wall-clock times (see ``domain.clock``).
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
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Site(Base):
    """A service center or neighbourhood station."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Resident(Base):
    """A person known to the center, stored once; each visit refers to them."""

    __tablename__ = "resident"
    __table_args__ = (
        UniqueConstraint("site_id", "id_number"),
        Index("ix_resident_site_phone_tail", "site_id", "phone_tail"),
        Index("ix_resident_site_name", "site_id", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    name: Mapped[str] = mapped_column(String(40))
    # Space-separated pinyin initials of every reading, with a leading and trailing space,
    # so "initials start with X" is a LIKE '% X%' on one column.
    name_initials: Mapped[str] = mapped_column(String(400), default="")
    id_kind: Mapped[str | None] = mapped_column(String(24))
    id_number: Mapped[str | None] = mapped_column(String(18))
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    phone: Mapped[str | None] = mapped_column(String(20))
    phone_tail: Mapped[str | None] = mapped_column(String(4))
    category: Mapped[str] = mapped_column(String(24))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    last_visit_at: Mapped[datetime | None] = mapped_column(DateTime)

    visits: Mapped[list[Visit]] = relationship(back_populates="resident")


class Visit(Base):
    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_site_arrived", "site_id", "arrived_at"),
        Index("ix_visit_site_open", "site_id", "left_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    category: Mapped[str] = mapped_column(String(24))
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    arrived_at: Mapped[datetime] = mapped_column(DateTime)
    left_at: Mapped[datetime | None] = mapped_column(DateTime)
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    signed_out_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    resident: Mapped[Resident] = relationship(back_populates="visits")
    purposes: Mapped[list[VisitPurposeRow]] = relationship(
        cascade="all, delete-orphan", order_by="VisitPurposeRow.purpose"
    )


class VisitPurposeRow(Base):
    """One purpose of a visit; a visit may have several."""

    __tablename__ = "visit_purpose"

    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True
    )
    purpose: Mapped[str] = mapped_column(String(24), primary_key=True)


class QuickTally(Base):
    """One walk-in counted with a single click (riders resting, readers, ...)."""

    __tablename__ = "quick_tally"
    __table_args__ = (Index("ix_quick_tally_site_counted", "site_id", "counted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    kind: Mapped[str] = mapped_column(String(24))
    counted_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class AuditEntry(Base):
    """Who did what and when: every change, and every time a full ID or phone was shown."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_site_at", "site_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")
