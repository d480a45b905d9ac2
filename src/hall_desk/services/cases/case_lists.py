"""Finding cases: the desk's lists (open, due, overdue, waiting), filters and search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from hall_desk.db.database import Database
from hall_desk.db.models import (
    CaseFollowUp,
    PartyTransfer,
    Resident,
    ServiceCase,
    ServiceItem,
    Staff,
)
from hall_desk.domain.cases import (
    DUE_SOON_WORKING_DAYS,
    OPEN_STATUSES,
    RUNNING_STATUSES,
    CaseStatus,
    parse_case_number,
)
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import NotFoundError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.workdays import WorkCalendar
from hall_desk.services.calendar import CalendarService
from hall_desk.services.cases.case_records import CaseRecord, case_record
from hall_desk.services.session import StaffSession
from hall_desk.services.text_search import escape_like

LIST_LIMIT = 500


class CaseView(StrEnum):
    OPEN = "open"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    WAITING_DOCS = "waiting_docs"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"
    ALL = "all"


VIEW_LABELS: dict[CaseView, str] = {
    CaseView.OPEN: QT_TRANSLATE_NOOP("Messages", "Open"),
    CaseView.DUE_TODAY: QT_TRANSLATE_NOOP("Messages", "Due today"),
    CaseView.DUE_SOON: QT_TRANSLATE_NOOP("Messages", "Due within 2 working days"),
    CaseView.OVERDUE: QT_TRANSLATE_NOOP("Messages", "Overdue"),
    CaseView.WAITING_DOCS: QT_TRANSLATE_NOOP("Messages", "Waiting for documents"),
    CaseView.FOLLOW_UP: QT_TRANSLATE_NOOP("Messages", "Call-backs owed"),
    CaseView.CLOSED: QT_TRANSLATE_NOOP("Messages", "Closed"),
    CaseView.ALL: QT_TRANSLATE_NOOP("Messages", "All"),
}


@dataclass(frozen=True)
class CaseQuery:
    view: CaseView = CaseView.OPEN
    item_id: int | None = None
    office: str | None = None
    clerk_id: int | None = None
    status: CaseStatus | None = None
    text: str = ""
    limit: int = LIST_LIMIT


@dataclass(frozen=True)
class ClerkOption:
    id: int
    name: str


class CaseLists:
    def __init__(self, db: Database, clock: Clock, calendar: CalendarService) -> None:
        self._db = db
        self._clock = clock
        self._calendar = calendar

    def get(self, actor: StaffSession, case_id: int) -> CaseRecord:
        """One case with its history."""
        cal = self._calendar.calendar()
        with self._db.read() as s:
            case = s.get(ServiceCase, case_id)
            if case is None or case.site_id != actor.site_id:
                raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "That case no longer exists."))
            return self._full(s, case, cal)

    def find_by_number(self, actor: StaffSession, text: str) -> CaseRecord | None:
        """The case whose number was typed or scanned, or None (also for another center's)."""
        number = parse_case_number(text)
        if number is None:
            return None
        cal = self._calendar.calendar()
        with self._db.read() as s:
            case = s.scalar(
                select(ServiceCase).where(
                    ServiceCase.site_id == actor.site_id, ServiceCase.number == number
                )
            )
            return self._full(s, case, cal) if case is not None else None

    def _full(self, s: Session, case: ServiceCase, cal: WorkCalendar) -> CaseRecord:
        follow = s.scalar(select(CaseFollowUp).where(CaseFollowUp.case_id == case.id))
        transfer = s.scalar(select(PartyTransfer).where(PartyTransfer.case_id == case.id))
        return case_record(
            case, cal, self._clock.today(), follow_up=follow, transfer=transfer, with_events=True
        )

    def list_cases(self, actor: StaffSession, query: CaseQuery) -> list[CaseRecord]:
        """Cases in one of the desk's views, filtered and searched, most urgent first."""
        cal = self._calendar.calendar()
        today = self._clock.today()
        with self._db.read() as s:
            stmt = self._filtered(actor, query, cal, today)
            stmt = stmt.options(
                selectinload(ServiceCase.item),
                selectinload(ServiceCase.resident),
                selectinload(ServiceCase.clerk),
            )
            if query.view in (CaseView.CLOSED, CaseView.ALL):
                stmt = stmt.order_by(ServiceCase.accepted_at.desc())
            else:
                stmt = stmt.order_by(
                    ServiceCase.due_date.is_(None), ServiceCase.due_date, ServiceCase.accepted_at
                )
            rows = list(s.scalars(stmt.limit(query.limit)))
            ids = [r.id for r in rows]
            follows = {
                f.case_id: f
                for f in s.scalars(select(CaseFollowUp).where(CaseFollowUp.case_id.in_(ids)))
            }
            return [case_record(r, cal, today, follow_up=follows.get(r.id)) for r in rows]

    def view_counts(self, actor: StaffSession) -> dict[CaseView, int]:
        """How many cases each view holds now (the figures on the view buttons)."""
        cal = self._calendar.calendar()
        today = self._clock.today()
        counts: dict[CaseView, int] = {}
        with self._db.read() as s:
            for view in CaseView:
                if view in (CaseView.CLOSED, CaseView.ALL):
                    continue
                stmt = self._filtered(actor, CaseQuery(view=view), cal, today)
                counts[view] = s.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        return counts

    def clerks(self, actor: StaffSession) -> list[ClerkOption]:
        with self._db.read() as s:
            rows = s.execute(
                select(Staff.id, Staff.full_name)
                .where(Staff.site_id == actor.site_id)
                .order_by(Staff.full_name)
            ).all()
            return [ClerkOption(r.id, r.full_name) for r in rows]

    def _filtered(
        self, actor: StaffSession, query: CaseQuery, cal: WorkCalendar, today: date
    ) -> Select[Any]:
        stmt = select(ServiceCase).where(ServiceCase.site_id == actor.site_id)
        running = [s.value for s in RUNNING_STATUSES]
        view = query.view
        if view is CaseView.OPEN:
            stmt = stmt.where(ServiceCase.status.in_([s.value for s in OPEN_STATUSES]))
        elif view is CaseView.DUE_TODAY:
            stmt = stmt.where(ServiceCase.status.in_(running), ServiceCase.due_date == today)
        elif view is CaseView.DUE_SOON:
            soon = cal.add_working_days(today, DUE_SOON_WORKING_DAYS)
            stmt = stmt.where(
                ServiceCase.status.in_(running),
                ServiceCase.due_date >= today,
                ServiceCase.due_date <= soon,
            )
        elif view is CaseView.OVERDUE:
            stmt = stmt.where(ServiceCase.status.in_(running), ServiceCase.due_date < today)
        elif view is CaseView.WAITING_DOCS:
            stmt = stmt.where(ServiceCase.status == CaseStatus.WAITING_DOCS.value)
        elif view is CaseView.FOLLOW_UP:
            stmt = stmt.where(
                ServiceCase.id.in_(
                    select(CaseFollowUp.case_id).where(
                        CaseFollowUp.site_id == actor.site_id, CaseFollowUp.done_at.is_(None)
                    )
                )
            )
        elif view is CaseView.CLOSED:
            stmt = stmt.where(ServiceCase.status.not_in([s.value for s in OPEN_STATUSES]))

        if query.item_id is not None:
            stmt = stmt.where(ServiceCase.item_id == query.item_id)
        if query.office:
            stmt = stmt.where(ServiceCase.office == query.office)
        if query.clerk_id is not None:
            stmt = stmt.where(ServiceCase.clerk_id == query.clerk_id)
        if query.status is not None:
            stmt = stmt.where(ServiceCase.status == query.status.value)
        text = " ".join(query.text.split())
        if text:
            stmt = stmt.where(self._search(text))
        return stmt

    @staticmethod
    def _search(text: str) -> ColumnElement[bool]:
        """Case number (whole or its tail), resident name or initials, or a phone's last 4."""
        number = parse_case_number(text)
        if number is not None:
            return ServiceCase.number == number
        like = f"%{escape_like(text.upper())}%"
        conditions: list[ColumnElement[bool]] = [ServiceCase.number.like(like, escape="\\")]
        resident_match: list[ColumnElement[bool]] = [
            Resident.name.like(f"%{escape_like(text)}%", escape="\\")
        ]
        if text.isascii() and text.isalpha():
            resident_match.append(
                Resident.name_initials.like(f"% {escape_like(text.lower())}%", escape="\\")
            )
        if text.isdigit() and len(text) == 4:
            resident_match.append(Resident.phone_tail == text)
        conditions.append(
            ServiceCase.resident_id.in_(select(Resident.id).where(or_(*resident_match)))
        )
        conditions.append(
            ServiceCase.item_id.in_(
                select(ServiceItem.id).where(
                    ServiceItem.name.like(f"%{escape_like(text)}%", escape="\\")
                )
            )
        )
        return or_(*conditions)
