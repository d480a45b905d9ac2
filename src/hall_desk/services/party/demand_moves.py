"""How a demand moves: one transaction per move, its row locked, a history entry and an audit
row written with it.

``DemandMoves.move`` runs the state machine on the locked row (``demand_forms.lock_demand``):
of two desks dispatching, accepting or reassigning the same demand at the same moment, the
second waits for the first and is then refused, told who has the demand now. A desk that
hands back the ``version`` of the detail it showed is refused as well when anything changed
in between. Arrival on site and a merged caller's call back are recorded here too; they are
not moves of the state machine.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.party_models import Demand, DemandCaller, DemandEvent
from hall_desk.domain.clock import Clock
from hall_desk.domain.demand_intake import (
    DemandEventKind,
    check_time_today,
    clean_note,
    parse_demand_rating,
)
from hall_desk.domain.demands import DemandAction, DemandStatus, next_status
from hall_desk.domain.errors import ConflictError, NotFoundError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services import audit
from hall_desk.services.party.demand_forms import (
    changed_meanwhile,
    lock_demand,
    merged_refusal,
    refused_move,
)
from hall_desk.services.party.demand_records import DemandDetail, detail
from hall_desk.services.party.demand_settings import read_response_clock
from hall_desk.services.session import StaffSession

#: What a move changes on the row; returns the note of its history entry.
Change = Callable[[Session, Demand, datetime], str]


class DemandMoves:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def move(
        self,
        actor: StaffSession,
        number: str,
        action: DemandAction,
        change: Change,
        version: int | None,
        *,
        at: datetime | None = None,
        rating: str | None = None,
        keep_holder: bool = False,
    ) -> DemandDetail:
        now = self._clock.now()
        with self._db.write() as s:
            row = lock_demand(s, actor, number)
            refuse_merged(s, row)
            before = DemandStatus(row.status)
            if version is not None and version_of(s, row) != version:
                raise changed_meanwhile(row, now)
            try:
                after = next_status(before, action)
            except ConflictError:
                raise refused_move(row, action, now) from None
            held = (row.member_id, row.unit_id)
            note = change(s, row, now)
            row.status = after.value
            row.updated_at = now
            who = held if keep_holder else (row.member_id, row.unit_id)
            when = row.accepted_at if action is DemandAction.ACCEPT and row.accepted_at else now
            add_event(s, actor, row, action, before, when, note, rating=rating, holder=who)
            audit.record(s, at=now, actor=actor, action=action.value, entity="demand",
                         entity_id=row.number, before=before.value, after=after.value,
                         member_id=who[0], unit_id=who[1], rating=rating,
                         back_dated=bool(at and at < now))  # fmt: skip
            s.flush()
            return detail_now(s, actor, row, now)

    def record_on_site(
        self, actor: StaffSession, number: str, at: datetime | None = None
    ) -> DemandDetail:
        """Someone arrived on site (the 10 minutes of the 1341 clock)."""
        now = self._clock.now()
        with self._db.write() as s:
            row = lock_demand(s, actor, number)
            refuse_merged(s, row)
            status = DemandStatus(row.status)
            if status not in (DemandStatus.ACCEPTED, DemandStatus.IN_PROGRESS):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Arrival on site can only be recorded once the demand has been taken "
                        "on and until it is solved.",
                    )
                )
            if row.on_site_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Arrival on site was already recorded at {time}."
                    ),
                    time=f"{row.on_site_at:%H:%M}",
                )
            row.on_site_at = check_time_today(at or now, row.accepted_at, now)
            row.updated_at = now
            add_event(s, actor, row, DemandEventKind.ON_SITE, status, row.on_site_at, "")
            late = row.on_site_by is not None and row.on_site_at > row.on_site_by
            audit.record(s, at=now, actor=actor, action="on_site", entity="demand",
                         entity_id=row.number, late=late)  # fmt: skip
            return detail_now(s, actor, row, now)

    def call_back_caller(
        self, actor: StaffSession, caller_id: int, rating: str, note: str = ""
    ) -> DemandDetail:
        """The call back of one resident whose call was merged in (each rates on their own)."""
        grade = parse_demand_rating(rating)
        text = clean_note(note, "note", required=False)
        now = self._clock.now()
        with self._db.write() as s:
            caller = s.get(DemandCaller, caller_id)
            if caller is None or caller.demand.site_id != actor.site_id:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Messages", "That caller is no longer on this demand.")
                )
            row = lock_demand(s, actor, caller.demand.number)
            status = DemandStatus(row.status)
            if status not in (DemandStatus.SOLVED, DemandStatus.CALLED_BACK):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{number} is not solved yet; its callers are called back once it is.",
                    ),
                    number=row.number,
                )
            if caller.called_back_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "This caller was already called back at {time}."),
                    time=f"{caller.called_back_at:%Y-%m-%d %H:%M}",
                )
            caller.called_back_at = now
            caller.rating = grade.value
            caller.note = text
            row.updated_at = now
            add_event(s, actor, row, DemandEventKind.CALLER_CALL_BACK, status, now, text,
                        rating=grade.value)  # fmt: skip
            audit.record(s, at=now, actor=actor, action="caller_call_back", entity="demand",
                         entity_id=row.number, caller=caller.id, rating=grade.value)  # fmt: skip
            return detail_now(s, actor, row, now)


def detail_now(s: Session, actor: StaffSession, row: Demand, now: datetime) -> DemandDetail:
    """The demand as it stands inside the transaction, with its history."""
    s.flush()
    s.refresh(row)
    return detail(s, row, read_response_clock(s, actor.site_id), now)


def give(row: Demand, member_id: int | None, unit_id: int | None, at: datetime | None) -> None:
    """Give the demand to someone (or nobody) afresh: whatever ran before is cleared."""
    row.member_id, row.unit_id = member_id, unit_id
    row.dispatched_at = at
    row.accepted_at = None
    row.accepted_how = ""
    row.due_at = None
    row.on_site_by = None
    row.on_site_at = None
    row.started_at = None
    row.solved_at = None


def add_event(
    s: Session,
    actor: StaffSession,
    row: Demand,
    action: DemandAction | DemandEventKind,
    before: DemandStatus | None,
    at: datetime,
    note: str,
    *,
    rating: str | None = None,
    holder: tuple[int | None, int | None] | None = None,
) -> None:
    """A history entry; by default naming whoever has the demand after the move."""
    member_id, unit_id = holder if holder is not None else (row.member_id, row.unit_id)
    s.add(
        DemandEvent(
            demand_id=row.id,
            at=at,
            staff_id=actor.staff_id,
            action=action.value,
            from_status=before.value if before is not None else None,
            to_status=row.status,
            member_id=member_id,
            unit_id=unit_id,
            note=note,
            rating=rating,
        )
    )


def version_of(s: Session, row: Demand) -> int:
    """The id of the demand's newest history entry."""
    newest = s.scalar(
        select(DemandEvent.id)
        .where(DemandEvent.demand_id == row.id)
        .order_by(DemandEvent.id.desc())
        .limit(1)
    )
    return newest or 0


def number_of(s: Session, demand_id: int) -> str:
    return s.scalar(select(Demand.number).where(Demand.id == demand_id)) or ""


def refuse_merged(s: Session, row: Demand) -> None:
    """A demand folded into another is worked on there."""
    if row.merged_into_id is not None:
        raise merged_refusal(row, number_of(s, row.merged_into_id))
