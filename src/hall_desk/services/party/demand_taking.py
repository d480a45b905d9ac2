"""Taking a demand at the desk, and 并单: a new call merged into an open demand, or a pending
demand folded into another. A folded demand is kept, pointing at the one that carries on,
and leaves every list; its residents become that one's callers, each called back on their own.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Site
from hall_desk.db.party_models import Demand, DemandCaller, DemandCounter
from hall_desk.domain.clock import Clock
from hall_desk.domain.demand_intake import DemandEventKind
from hall_desk.domain.demands import (
    OPEN_STATUSES,
    DemandStatus,
    format_demand_number,
    parse_demand_number,
)
from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services import audit
from hall_desk.services.numbering import take_running_number
from hall_desk.services.party import demand_lists as lists
from hall_desk.services.party.demand_forms import (
    DemandForm,
    lock_demand,
    merged_refusal,
    validate_demand,
)
from hall_desk.services.party.demand_moves import (
    add_event,
    detail_now,
    number_of,
    refuse_merged,
)
from hall_desk.services.party.demand_records import (
    LIST_LOADS,
    DemandDetail,
    DemandSummary,
    summaries,
)
from hall_desk.services.party.demand_settings import read_response_clock
from hall_desk.services.party.lists import ensure_party_lists
from hall_desk.services.session import StaffSession


class DemandIntake:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def check_form(self, actor: StaffSession, form: DemandForm) -> None:
        """Raise what ``take`` would refuse about ``form``, saving nothing (the desk checks
        before it looks for similar demands to merge into)."""
        with self._db.read() as s:
            validate_demand(s, actor, form, self._clock.today())

    def take(self, actor: StaffSession, form: DemandForm) -> DemandDetail:
        """群众点单: a new demand waiting to be dispatched, with its number."""
        now = self._clock.now()
        with self._db.write() as s:
            ensure_party_lists(s, actor.site_id)
            clean = validate_demand(s, actor, form, now.date())
            assert clean.category is not None
            site = s.get(Site, actor.site_id)
            assert site is not None
            running = take_running_number(s, DemandCounter, actor.site_id, now.year)
            row = Demand(
                site_id=actor.site_id,
                number=format_demand_number(site.code, now.year, running),
                kind=clean.kind.value,
                source=clean.source.value,
                category_id=clean.category.id,
                description=clean.description,
                neighbourhood=clean.neighbourhood,
                grid=clean.grid,
                place=clean.place,
                level=clean.level.value,
                needs_visit=clean.needs_visit,
                resident_id=clean.resident.id if clean.resident is not None else None,
                contact_name=clean.contact_name,
                contact_phone=clean.contact_phone,
                wish_target_date=clean.wish_target_date,
                status=DemandStatus.PENDING.value,
                accepted_how="",
                result_note="",
                service_minutes=0,
                rating_note="",
                reopen_count=0,
                clerk_id=actor.staff_id,
                created_at=now,
                updated_at=now,
                slips_printed=0,
            )
            s.add(row)
            s.flush()
            add_event(s, actor, row, DemandEventKind.TAKE, None, now, "")
            audit.record(s, at=now, actor=actor, action="take", entity="demand",
                         entity_id=row.number, kind=row.kind, source=row.source,
                         category=clean.category.name, level=row.level,
                         resident_id=row.resident_id,
                         anonymous=row.resident_id is None)  # fmt: skip
            return detail_now(s, actor, row, now)

    def similar_open(
        self, actor: StaffSession, category_id: int | None, neighbourhood: str, place: str
    ) -> list[DemandSummary]:
        """Open demands of the same kind in the same 小区 (or at the same place), the same
        place first: before saving a new one, the desk offers to merge into one of these."""
        hood = " ".join(neighbourhood.split())
        spot = " ".join(place.split())
        if category_id is None or not (hood or spot):
            return []
        now = self._clock.now()
        with self._db.read() as s:
            clock = read_response_clock(s, actor.site_id)
            query = (
                lists.site_demands(actor.site_id)
                .where(lists.similar_condition(category_id, hood, spot))
                .options(*LIST_LOADS)
                .order_by(lists.place_first(spot), Demand.created_at.desc(), Demand.id.desc())
                .limit(20)
            )
            return summaries(s, list(s.scalars(query)), clock, now)

    def merge_into(self, actor: StaffSession, number: str, form: DemandForm) -> DemandDetail:
        """并单: the resident of ``form`` becomes another caller of the open demand ``number``
        instead of a new demand; they are called back on their own."""
        now = self._clock.now()
        with self._db.write() as s:
            clean = validate_demand(s, actor, form, now.date(), caller_only=True)
            row = self._open_target(s, actor, number)
            resident_id = clean.resident.id if clean.resident is not None else None
            self._refuse_same_caller(s, row, resident_id)
            s.add(
                DemandCaller(
                    demand_id=row.id,
                    resident_id=resident_id,
                    contact_name=clean.contact_name,
                    contact_phone=clean.contact_phone,
                    source=clean.source.value,
                    raised_at=now,
                    note="",
                )
            )
            row.updated_at = now
            add_event(
                s, actor, row, DemandEventKind.ADD_CALLER, DemandStatus(row.status), now,
                clean.description,
            )  # fmt: skip
            audit.record(s, at=now, actor=actor, action="add_caller", entity="demand",
                         entity_id=row.number, source=clean.source.value,
                         resident_id=resident_id)  # fmt: skip
            s.flush()
            s.refresh(row)
            return detail_now(s, actor, row, now)

    def merge_demand(self, actor: StaffSession, number: str, into_number: str) -> DemandDetail:
        """并单 of two demands: the pending demand ``number`` is folded into ``into_number``.
        Its resident (and any callers) become callers of the other; it leaves every list."""
        now = self._clock.now()
        with self._db.write() as s:
            # Both rows are locked, always in the order of their numbers, so two desks merging
            # the same pair opposite ways wait for each other instead of deadlocking.
            for each in sorted(
                {parse_demand_number(number) or "", parse_demand_number(into_number) or ""}
            ):
                lock_demand(s, actor, each)
            folded = lock_demand(s, actor, number, lock=False)
            target = self._open_target(s, actor, into_number)
            if folded.id == target.id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "A demand cannot be merged into itself."),
                    field="into",
                )
            if folded.merged_into_id is not None:
                raise merged_refusal(folded, number_of(s, folded.merged_into_id))
            if folded.status != DemandStatus.PENDING.value:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Only a demand still waiting to be dispatched can be merged into "
                        "another; {number} is already under way.",
                    ),
                    number=folded.number,
                )
            if folded.resident_id is not None:
                self._refuse_same_caller(s, target, folded.resident_id)
            s.add(
                DemandCaller(
                    demand_id=target.id,
                    resident_id=folded.resident_id,
                    contact_name=folded.contact_name,
                    contact_phone=folded.contact_phone,
                    source=folded.source,
                    raised_at=folded.created_at,
                    note="",
                )
            )
            for caller in list(folded.callers):
                caller.demand_id = target.id
            folded.merged_into_id = target.id
            folded.updated_at = target.updated_at = now
            pending, running = DemandStatus.PENDING, DemandStatus(target.status)
            add_event(s, actor, folded, DemandEventKind.MERGED_INTO, pending, now, target.number)
            add_event(s, actor, target, DemandEventKind.ADD_CALLER, running, now, folded.number)
            audit.record(s, at=now, actor=actor, action="merge", entity="demand",
                         entity_id=folded.number, into=target.number)  # fmt: skip
            s.flush()
            s.expire_all()
            return detail_now(s, actor, lock_demand(s, actor, target.number, lock=False), now)

    @staticmethod
    def _open_target(s: Session, actor: StaffSession, number: str) -> Demand:
        row = lock_demand(s, actor, number)
        refuse_merged(s, row)
        if DemandStatus(row.status) not in OPEN_STATUSES:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{number} is already solved; a new call about it is a new demand.",
                ),
                number=row.number,
            )
        return row

    @staticmethod
    def _refuse_same_caller(s: Session, row: Demand, resident_id: int | None) -> None:
        if resident_id is None:
            return
        known = {row.resident_id, *(c.resident_id for c in row.callers)}
        if resident_id in known:
            raise ConflictError(
                QT_TRANSLATE_NOOP("Messages", "This resident's call is already part of {number}."),
                number=row.number,
            )
