"""Residents' demands from intake to the call back: 群众点单 · 社区派单 · 党员接单 · 群众评单.

``DemandService`` is what the pages and the other parts call; it hands the work to
``demand_taking`` (intake and 并单), ``demand_moves`` (every move in its own locked
transaction: of two desks moving the same demand at once exactly one succeeds and the other
is told who has it now), ``demand_lists`` (the lists), ``dispatch`` (suggestions) and
``demand_records`` (what is handed back: frozen records with phones masked).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.party_models import Demand, DemandCategory, PartyMember
from hall_desk.domain.clock import Clock
from hall_desk.domain.demand_intake import (
    check_service_minutes,
    check_time_today,
    clean_note,
    parse_accepted_how,
    parse_demand_rating,
)
from hall_desk.domain.demands import DemandAction, DemandLevel, DemandStatus, ResponseClock
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services import audit
from hall_desk.services.calendar import CalendarService
from hall_desk.services.party import demand_lists as lists
from hall_desk.services.party.demand_forms import DemandForm, holder_of, lock_demand
from hall_desk.services.party.demand_moves import DemandMoves, detail_now, give
from hall_desk.services.party.demand_records import (
    LIST_LOADS,
    DemandDetail,
    DemandSummary,
    summaries,
)
from hall_desk.services.party.demand_settings import read_response_clock, write_response_clock
from hall_desk.services.party.demand_taking import DemandIntake
from hall_desk.services.party.dispatch import Suggestion, ranked, target_for
from hall_desk.services.party.lists import ensure_party_lists
from hall_desk.services.session import StaffSession

__all__ = ["DemandDetail", "DemandForm", "DemandService", "DemandSummary", "Suggestion"]


class DemandService:
    def __init__(self, db: Database, clock: Clock, calendar: CalendarService) -> None:
        self._db = db
        self._clock = clock
        self._calendar = calendar
        self._intake = DemandIntake(db, clock)
        self._moves = DemandMoves(db, clock)

    # -- settings and lists --------------------------------------------------------------
    def response_clock(self, actor: StaffSession) -> ResponseClock:
        """The center's "1341" clock (the defaults until an administrator changes it)."""
        with self._db.read() as s:
            return read_response_clock(s, actor.site_id)

    def set_response_clock(self, actor: StaffSession, clock: ResponseClock) -> None:
        """Change the clock for demands taken on from now on (administrators only)."""
        actor.require_admin()
        clock = ResponseClock(**vars(clock))  # checked again, whoever built it
        now = self._clock.now()
        with self._db.write() as s:
            write_response_clock(s, actor.site_id, clock, now)
            audit.record(s, at=now, actor=actor, action="set", entity="site_setting",
                         entity_id="demand_clock", **vars(clock))  # fmt: skip

    def categories(self, actor: StaffSession) -> list[tuple[int, str]]:
        """The center's active kinds of demand (id, name) in list order, seeded on first use."""
        query = (
            select(DemandCategory.id, DemandCategory.name)
            .where(DemandCategory.site_id == actor.site_id, DemandCategory.active.is_(True))
            .order_by(DemandCategory.sort_order, DemandCategory.id)
        )
        with self._db.read() as s:
            rows = [(i, n) for i, n in s.execute(query)]
            seeded = bool(rows) or s.scalar(
                select(DemandCategory.id).where(DemandCategory.site_id == actor.site_id).limit(1)
            )
        if seeded:
            return rows
        with self._db.write() as s:
            ensure_party_lists(s, actor.site_id)
            return [(i, n) for i, n in s.execute(query)]

    def places(self, actor: StaffSession) -> tuple[list[str], list[str]]:
        """The 小区 and 网格 names already used by the center's members and demands (for
        completion while typing), each sorted."""
        hoods: set[str] = set()
        grids: set[str] = set()
        with self._db.read() as s:
            for model in (Demand, PartyMember):
                rows = s.execute(
                    select(model.neighbourhood, model.grid)
                    .where(model.site_id == actor.site_id)
                    .distinct()
                )
                for hood, grid in rows:
                    hoods.add(hood)
                    grids.add(grid)
        return sorted(h for h in hoods if h), sorted(g for g in grids if g)

    # -- intake --------------------------------------------------------------------------
    def check_form(self, actor: StaffSession, form: DemandForm) -> None:
        """Raise what ``take`` would refuse about ``form``, saving nothing."""
        self._intake.check_form(actor, form)

    def take(self, actor: StaffSession, form: DemandForm) -> DemandDetail:
        """群众点单: a new demand waiting to be dispatched, with its number."""
        return self._intake.take(actor, form)

    def similar_open(
        self, actor: StaffSession, category_id: int | None, neighbourhood: str, place: str
    ) -> list[DemandSummary]:
        """Open demands of the same kind in the same 小区 (or at the same place), the same
        place first: before saving a new one, the desk offers to merge into one of these."""
        return self._intake.similar_open(actor, category_id, neighbourhood, place)

    def merge_into(self, actor: StaffSession, number: str, form: DemandForm) -> DemandDetail:
        """并单: the resident of ``form`` becomes another caller of the open demand ``number``
        instead of a new demand; they are called back on their own."""
        return self._intake.merge_into(actor, number, form)

    def merge_demand(self, actor: StaffSession, number: str, into_number: str) -> DemandDetail:
        """并单 of two demands: the pending demand ``number`` is folded into ``into_number``.
        Its resident (and any callers) become callers of the other; it leaves every list."""
        return self._intake.merge_demand(actor, number, into_number)

    # -- moves ---------------------------------------------------------------------------
    def dispatch(
        self,
        actor: StaffSession,
        number: str,
        member_id: int | None = None,
        unit_id: int | None = None,
        note: str = "",
        *,
        version: int | None = None,
    ) -> DemandDetail:
        """社区派单: give the waiting demand to one member or one unit."""
        text = clean_note(note, "note", required=False)

        def change(s: Session, row: Demand, now: datetime) -> str:
            member, unit = holder_of(s, actor, member_id, unit_id)
            give(row, member.id if member else None, unit.id if unit else None, now)
            return text

        return self._moves.move(actor, number, DemandAction.DISPATCH, change, version)

    def accept(
        self,
        actor: StaffSession,
        number: str,
        how: str,
        at: datetime | None = None,
        *,
        version: int | None = None,
    ) -> DemandDetail:
        """党员接单 as the member told the desk (by phone or in person): the clock starts at
        ``at`` (now unless given; earlier today is fine, not before the dispatch)."""
        manner = parse_accepted_how(how)

        def change(s: Session, row: Demand, now: datetime) -> str:
            taken = check_time_today(at or now, row.dispatched_at, now)
            clock = read_response_clock(s, row.site_id)
            level = DemandLevel(row.level)
            row.accepted_at = taken
            row.accepted_how = manner.value
            row.clock_minutes = clock.minutes_for(level)
            row.due_at = clock.due_at(level, taken)
            row.on_site_by = clock.on_site_by(taken) if row.needs_visit else None
            return ""

        return self._moves.move(actor, number, DemandAction.ACCEPT, change, version, at=at)

    def start(
        self, actor: StaffSession, number: str, *, version: int | None = None
    ) -> DemandDetail:
        def change(s: Session, row: Demand, now: datetime) -> str:
            row.started_at = now
            return ""

        return self._moves.move(actor, number, DemandAction.START, change, version)

    def record_on_site(
        self, actor: StaffSession, number: str, at: datetime | None = None
    ) -> DemandDetail:
        """Someone arrived on site (the 10 minutes of the 1341 clock); now unless ``at``."""
        return self._moves.record_on_site(actor, number, at)

    def solve(
        self,
        actor: StaffSession,
        number: str,
        result_note: str,
        service_minutes: int,
        *,
        version: int | None = None,
    ) -> DemandDetail:
        """已办结, with what was done and the minutes of service given (added up for units)."""
        result = clean_note(result_note, "result_note", required=False)
        if not result:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please say what was done."), field="result_note"
            )
        minutes = check_service_minutes(service_minutes)

        def change(s: Session, row: Demand, now: datetime) -> str:
            row.solved_at = now
            row.result_note = result
            row.service_minutes = (row.service_minutes or 0) + minutes
            return result

        return self._moves.move(actor, number, DemandAction.SOLVE, change, version)

    def call_back(
        self,
        actor: StaffSession,
        number: str,
        rating: str,
        note: str = "",
        *,
        version: int | None = None,
    ) -> DemandDetail:
        """群众评单: the resident's rating of a solved demand."""
        grade = parse_demand_rating(rating)
        text = clean_note(note, "note", required=False)

        def change(s: Session, row: Demand, now: datetime) -> str:
            row.called_back_at = now
            row.rating = grade.value
            row.rating_note = text
            return text

        return self._moves.move(
            actor, number, DemandAction.CALL_BACK, change, version, rating=grade.value
        )

    def call_back_caller(
        self, actor: StaffSession, caller_id: int, rating: str, note: str = ""
    ) -> DemandDetail:
        """The call back of one resident whose call was merged in (each rates on their own)."""
        return self._moves.call_back_caller(actor, caller_id, rating, note)

    def hand_back(
        self, actor: StaffSession, number: str, reason: str, *, version: int | None = None
    ) -> DemandDetail:
        """退单: back to the pool with the reason; whoever had it no longer has it."""
        text = clean_note(reason, "reason", required=True)

        def change(s: Session, row: Demand, now: datetime) -> str:
            give(row, None, None, None)
            return text

        return self._moves.move(
            actor, number, DemandAction.HAND_BACK, change, version, keep_holder=True
        )

    def reassign(
        self,
        actor: StaffSession,
        number: str,
        member_id: int | None = None,
        unit_id: int | None = None,
        reason: str = "",
        *,
        version: int | None = None,
    ) -> DemandDetail:
        """改派: to another member or unit, with the reason; the clock starts again when they
        take it on."""
        text = clean_note(reason, "reason", required=True)

        def change(s: Session, row: Demand, now: datetime) -> str:
            member, unit = holder_of(s, actor, member_id, unit_id)
            new = (member.id if member else None, unit.id if unit else None)
            if new == (row.member_id, row.unit_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "It is already with them; please choose someone else."
                    ),
                    field="holder",
                )
            give(row, new[0], new[1], now)
            return text

        return self._moves.move(actor, number, DemandAction.REASSIGN, change, version)

    def reopen(
        self, actor: StaffSession, number: str, reason: str, *, version: int | None = None
    ) -> DemandDetail:
        """复办 after the call back: back to whoever had it, its history and earlier rating kept;
        the clock starts again when it is taken on."""
        text = clean_note(reason, "reason", required=True)

        def change(s: Session, row: Demand, now: datetime) -> str:
            row.reopen_count += 1
            give(row, row.member_id, row.unit_id, now)
            return text

        return self._moves.move(actor, number, DemandAction.REOPEN, change, version)

    # -- reading -------------------------------------------------------------------------
    def detail(self, actor: StaffSession, number: str) -> DemandDetail:
        """One demand by its number, typed or scanned; another center's is not found."""
        now = self._clock.now()
        with self._db.read() as s:
            return detail_now(s, actor, lock_demand(s, actor, number, lock=False), now)

    def open_demands(
        self,
        actor: StaffSession,
        *,
        status: DemandStatus | str | None = None,
        category_id: int | None = None,
        search: str = "",
        overdue_only: bool = False,
        kind: str | None = None,
        include_closed: bool = False,
    ) -> list[DemandSummary]:
        """The desk's list: not yet called back (or only ``status``; with ``include_closed``
        every demand), filtered and searched, overdue first."""
        now = self._clock.now()
        with self._db.read() as s:
            clock = read_response_clock(s, actor.site_id)
            query = lists.site_demands(actor.site_id)
            if status is not None and str(status):
                query = query.where(Demand.status == DemandStatus(str(status)).value)
            elif not include_closed:
                query = query.where(Demand.status.in_(lists.TO_DO))
            if category_id is not None:
                query = query.where(Demand.category_id == category_id)
            if kind:
                query = query.where(Demand.kind == str(kind))
            text = " ".join(search.split())
            if text:
                query = query.where(lists.search_condition(text))
            if overdue_only:
                query = query.where(lists.overdue_condition(clock.on_site_minutes, now))
            query = query.options(*LIST_LOADS).order_by(Demand.created_at.desc(), Demand.id.desc())
            rows = list(s.scalars(query.limit(lists.LIST_LIMIT)))
            return lists.urgency_order(summaries(s, rows, clock, now))

    def overdue(self, actor: StaffSession) -> list[DemandSummary]:
        """Demands past their clock now (see ``demand_lists``), most overdue first."""
        return self.open_demands(actor, overdue_only=True)

    def suggest(self, actor: StaffSession, number: str, limit: int = 8) -> list[Suggestion]:
        """Members and units to dispatch the demand to, best first, with the reasons."""
        return self.candidates(actor, number, "", limit)

    def candidates(
        self, actor: StaffSession, number: str, search: str = "", limit: int = 50
    ) -> list[Suggestion]:
        """Like ``suggest``, over every active member and unit whose name (or unit, initials,
        phone's last 4 digits) matches ``search``."""
        with self._db.read() as s:
            row = lock_demand(s, actor, number, lock=False)
            target = target_for(s, actor.site_id, row.category.name, row.neighbourhood, row.grid)
            return ranked(s, target, max(1, min(limit, 200)), search)
