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
    # The hash chain (services.audit_seal): the previous row's row_hash, and
    # sha256(prev_hash + this row's canonical content), both as 64 hex digits.
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class AuditChainHead(Base):
    """The one row (id 1) naming the last audit row and its hash.

    Writers lock it while they chain new rows on, so two desks never chain onto the same row;
    ``hall-desk verify`` compares it with the last row, which reveals rows cut off the end.
    """

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


# -- service items and cases (便民服务事项与办件) --------------------------------------------


class ServiceItem(Base):
    """One item on a center's service list. Retired items keep their cases and history."""

    __tablename__ = "service_item"
    __table_args__ = (UniqueConstraint("site_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(60))
    office: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(24), default="general")
    # JSON list of document names, in the order the desk asks for them.
    documents: Mapped[str] = mapped_column(Text, default="[]")
    time_limit_days: Mapped[int] = mapped_column(Integer, default=0)
    agent_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CalendarDayRow(Base):
    """A public holiday or a make-up working day (调休). National, so shared by every center."""

    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(20), default="")
    source: Mapped[str] = mapped_column(String(16))  # "seed" or "admin"
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class CalendarYear(Base):
    """A year whose holidays are complete: seeded from chinese_calendar or confirmed by hand."""

    __tablename__ = "calendar_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(40))
    confirmed_at: Mapped[datetime] = mapped_column(DateTime)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class CaseCounter(Base):
    """The last running number handed out per center and year (locked while taking one)."""

    __tablename__ = "case_counter"

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class ServiceCase(Base):
    """A resident's request for one service item (办件), from intake to its end."""

    __tablename__ = "service_case"
    __table_args__ = (
        Index("ix_service_case_site_status", "site_id", "status"),
        Index("ix_service_case_site_due", "site_id", "due_date"),
        Index("ix_service_case_site_accepted", "site_id", "accepted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id"), index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    office: Mapped[str] = mapped_column(String(40))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    accepted_at: Mapped[datetime] = mapped_column(DateTime)
    # The day the deadline clock started (intake, or the day the missing papers came in).
    clock_start: Mapped[date | None] = mapped_column(Date)
    time_limit_days: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date | None] = mapped_column(Date)
    paused_at: Mapped[datetime | None] = mapped_column(DateTime)
    paused_working_days: Mapped[int] = mapped_column(Integer, default=0)
    documents_received: Mapped[str] = mapped_column(Text, default="[]")
    documents_missing: Mapped[str] = mapped_column(Text, default="[]")
    agent_name: Mapped[str] = mapped_column(String(40), default="")
    agent_relation: Mapped[str] = mapped_column(String(20), default="")
    agent_phone: Mapped[str] = mapped_column(String(20), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    result_note: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Item-specific details as JSON, e.g. how an elderly subsidy check is done.
    detail: Mapped[str] = mapped_column(Text, default="{}")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    rating: Mapped[str | None] = mapped_column(String(20))
    rated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    item: Mapped[ServiceItem] = relationship()
    resident: Mapped[Resident] = relationship()
    clerk: Mapped[Staff] = relationship()
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", order_by="CaseEvent.id", cascade="all, delete-orphan"
    )


class CaseEvent(Base):
    """One move of a case, for its history on screen (the audit log has it too)."""

    __tablename__ = "case_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("service_case.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    office: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[ServiceCase] = relationship(back_populates="events")
    staff: Mapped[Staff] = relationship()


class CaseFollowUp(Base):
    """差评回访: a call back owed for a poor rating, due within 5 working days."""

    __tablename__ = "case_follow_up"
    __table_args__ = (Index("ix_case_follow_up_site_open", "site_id", "done_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("service_case.id"), unique=True)
    rating: Mapped[str] = mapped_column(String(20))
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    due_date: Mapped[date] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    outcome: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[ServiceCase] = relationship()


class SlipPrint(Base):
    """Every slip printed or written for a case, with its archived PDF."""

    __tablename__ = "slip_print"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("service_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    layout: Mapped[str] = mapped_column(String(8))
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    printed_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    path: Mapped[str] = mapped_column(String(400), default="")


# -- elderly-age subsidy (高龄补贴) ----------------------------------------------------------


class SubsidyBand(Base):
    """An age band and its monthly amount, as the administrator enters it (in fen)."""

    __tablename__ = "subsidy_band"
    __table_args__ = (UniqueConstraint("site_id", "min_age"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    min_age: Mapped[int] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    monthly_amount_fen: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ElderlySubsidy(Base):
    """A person receiving the subsidy: from the completed application until payment stops."""

    __tablename__ = "elderly_subsidy"
    __table_args__ = (UniqueConstraint("site_id", "resident_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("service_case.id"))
    started_on: Mapped[date] = mapped_column(Date)
    stopped_on: Mapped[date | None] = mapped_column(Date)
    stop_reason: Mapped[str] = mapped_column(String(16), default="")
    stop_note: Mapped[str] = mapped_column(Text, default="")
    last_checked_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    resident: Mapped[Resident] = relationship()
    checks: Mapped[list[ElderlyCheck]] = relationship(
        back_populates="subsidy", order_by="ElderlyCheck.checked_on"
    )


class ElderlyCheck(Base):
    """One annual check (年审) of a subsidised person."""

    __tablename__ = "elderly_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    subsidy_id: Mapped[int] = mapped_column(ForeignKey("elderly_subsidy.id"), index=True)
    checked_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("service_case.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    subsidy: Mapped[ElderlySubsidy] = relationship(back_populates="checks")


# -- party membership transfer (党员组织关系转接) --------------------------------------------


class PartyTransfer(Base):
    """The letter and receipt of one party membership transfer case."""

    __tablename__ = "party_transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("service_case.id"), unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    direction: Mapped[str] = mapped_column(String(8))
    scope: Mapped[str] = mapped_column(String(20))
    from_org: Mapped[str] = mapped_column(String(100))
    to_org: Mapped[str] = mapped_column(String(100))
    letter_number: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(8))
    receipt_back_on: Mapped[date | None] = mapped_column(Date)
    receipt_note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[ServiceCase] = relationship()
