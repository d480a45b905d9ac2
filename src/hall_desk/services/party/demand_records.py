"""What the desk sees of a demand: plain frozen records built from the rows, phones masked.

``DemandSummary`` is a row of a list; ``DemandDetail`` adds the history, the residents whose
calls were merged in (each called back on its own), the moves allowed now and a version (the
newest history entry) that a desk hands back with a move so that a change made meanwhile at
another desk is refused instead of overwritten.

The clock of a row: a running demand against its ``due_at`` (and, when someone must go, its
``on_site_by`` until they are there); a dispatched one that needs a visit against the on-site
minutes from dispatch, since nobody has taken it on yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from hall_desk.db.models import Resident
from hall_desk.db.party_models import Demand, DemandCaller, DemandEvent, PartyMember, PartyUnit
from hall_desk.domain.cases import Rating
from hall_desk.domain.demand_intake import (
    EVENT_LABELS,
    AcceptedHow,
    DemandKind,
    DemandSource,
    deadline_state,
)
from hall_desk.domain.demands import (
    RUNNING_STATUSES,
    DemandAction,
    DemandLevel,
    DemandStatus,
    ResponseClock,
    allowed_actions,
)
from hall_desk.domain.phones import mask_phone

_SEVERITY = {"": 0, "on_time": 1, "due_soon": 2, "overdue": 3}


@dataclass(frozen=True)
class DemandSummary:
    id: int
    number: str
    kind: DemandKind
    source: DemandSource
    category_id: int
    category_name: str
    description: str
    neighbourhood: str
    grid: str
    place: str
    level: DemandLevel
    needs_visit: bool
    status: DemandStatus
    resident_id: int | None
    #: The resident's name, or the contact's for an anonymous demand ("" when none was given).
    resident_name: str
    masked_phone: str
    member_id: int | None
    unit_id: int | None
    #: Who has it now: the member's or the unit's name ("" while in the pool).
    holder_name: str
    #: The member's unit ("" for a unit or nobody).
    holder_unit_name: str
    created_at: datetime
    dispatched_at: datetime | None
    accepted_at: datetime | None
    due_at: datetime | None
    on_site_by: datetime | None
    on_site_at: datetime | None
    solved_at: datetime | None
    called_back_at: datetime | None
    wish_target_date: date | None
    rating: Rating | None
    reopen_count: int
    caller_count: int
    #: The deadline that matters now, and "overdue" / "due_soon" / "on_time" ("" for none).
    deadline: datetime | None
    clock_state: str

    @property
    def is_overdue(self) -> bool:
        return self.clock_state == "overdue"

    @property
    def place_text(self) -> str:
        return " ".join(p for p in (self.neighbourhood, self.place) if p)


@dataclass(frozen=True)
class DemandEventInfo:
    id: int
    at: datetime
    action: str
    from_status: DemandStatus | None
    to_status: DemandStatus
    staff_name: str
    holder_name: str
    note: str
    rating: Rating | None

    @property
    def label(self) -> str:
        """The translatable name of the move (派单, 接单 …, or 并单 and the like)."""
        return EVENT_LABELS.get(self.action, self.action)


@dataclass(frozen=True)
class CallerInfo:
    """A resident whose call was merged into the demand (并单)."""

    id: int
    resident_id: int | None
    name: str
    masked_phone: str
    source: DemandSource
    raised_at: datetime
    called_back_at: datetime | None
    rating: Rating | None
    note: str


@dataclass(frozen=True)
class DemandDetail(DemandSummary):
    contact_name: str
    masked_contact_phone: str
    accepted_how: AcceptedHow | None
    clock_minutes: int | None
    started_at: datetime | None
    result_note: str
    service_minutes: int
    rating_note: str
    clerk_name: str
    merged_into_number: str | None
    merged_numbers: tuple[str, ...]
    slips_printed: int
    events: tuple[DemandEventInfo, ...]
    callers: tuple[CallerInfo, ...]
    allowed: tuple[DemandAction, ...]
    #: The id of the newest history entry; hand it back with a move (see the module docstring).
    version: int

    @property
    def is_merged(self) -> bool:
        return self.merged_into_number is not None

    @property
    def callers_owed(self) -> tuple[CallerInfo, ...]:
        """Merged callers not yet called back."""
        return tuple(c for c in self.callers if c.called_back_at is None)


def demand_clock(row: Demand, clock: ResponseClock, now: datetime) -> tuple[datetime | None, str]:
    """The deadline that matters now for ``row`` and its state (see the module docstring)."""
    status = DemandStatus(row.status)
    if row.merged_into_id is not None:
        return None, ""
    checks: list[tuple[datetime, int]] = []
    if status in RUNNING_STATUSES:
        if row.due_at is not None:
            minutes = row.clock_minutes or clock.minutes_for(DemandLevel(row.level))
            checks.append((row.due_at, minutes))
        if row.needs_visit and row.on_site_at is None and row.on_site_by is not None:
            checks.append((row.on_site_by, clock.on_site_minutes))
    elif status is DemandStatus.DISPATCHED and row.needs_visit and row.dispatched_at is not None:
        checks.append(
            (row.dispatched_at + timedelta(minutes=clock.on_site_minutes), clock.on_site_minutes)
        )
    if not checks:
        return None, ""
    rated = [(deadline_state(due, minutes, now), due) for due, minutes in checks]
    state, due = max(rated, key=lambda r: (_SEVERITY[r[0]], -r[1].timestamp()))
    if state == "on_time" and status in RUNNING_STATUSES and row.due_at is not None:
        due = row.due_at  # nothing pressing: show the promise itself
    return due, state


def _people(row: Demand) -> tuple[str, str, str, str]:
    """(resident or contact name, masked phone, holder name, holder's unit)."""
    resident = row.resident
    name = resident.name if resident is not None else row.contact_name
    phone = row.contact_phone or (resident.phone if resident is not None else "") or ""
    if row.member is not None:
        holder, unit = row.member.name, row.member.unit.name
    elif row.unit is not None:
        holder, unit = row.unit.name, ""
    else:
        holder, unit = "", ""
    return name, mask_phone(phone) if phone else "", holder, unit


def _summary_values(
    row: Demand, clock: ResponseClock, now: datetime, caller_count: int
) -> dict[str, object]:
    name, phone, holder, holder_unit = _people(row)
    deadline, state = demand_clock(row, clock, now)
    return {
        "id": row.id,
        "number": row.number,
        "kind": DemandKind(row.kind),
        "source": DemandSource(row.source),
        "category_id": row.category_id,
        "category_name": row.category.name,
        "description": row.description,
        "neighbourhood": row.neighbourhood,
        "grid": row.grid,
        "place": row.place,
        "level": DemandLevel(row.level),
        "needs_visit": row.needs_visit,
        "status": DemandStatus(row.status),
        "resident_id": row.resident_id,
        "resident_name": name,
        "masked_phone": phone,
        "member_id": row.member_id,
        "unit_id": row.unit_id,
        "holder_name": holder,
        "holder_unit_name": holder_unit,
        "created_at": row.created_at,
        "dispatched_at": row.dispatched_at,
        "accepted_at": row.accepted_at,
        "due_at": row.due_at,
        "on_site_by": row.on_site_by,
        "on_site_at": row.on_site_at,
        "solved_at": row.solved_at,
        "called_back_at": row.called_back_at,
        "wish_target_date": row.wish_target_date,
        "rating": Rating(row.rating) if row.rating else None,
        "reopen_count": row.reopen_count,
        "caller_count": caller_count,
        "deadline": deadline,
        "clock_state": state,
    }


LIST_LOADS = (
    selectinload(Demand.category),
    selectinload(Demand.resident),
    selectinload(Demand.member).selectinload(PartyMember.unit),
    selectinload(Demand.unit),
)


def summaries(
    s: Session, rows: Sequence[Demand], clock: ResponseClock, now: datetime
) -> list[DemandSummary]:
    """List records of ``rows`` (loaded with ``LIST_LOADS``), with one query for caller counts."""
    ids = [r.id for r in rows]
    counts: dict[int, int] = {}
    if ids:
        counts = {
            demand_id: n
            for demand_id, n in s.execute(
                select(DemandCaller.demand_id, func.count())
                .where(DemandCaller.demand_id.in_(ids))
                .group_by(DemandCaller.demand_id)
            )
        }
    return [DemandSummary(**_summary_values(r, clock, now, counts.get(r.id, 0))) for r in rows]  # type: ignore[arg-type]


def _event_info(row: DemandEvent, holders: dict[tuple[str, int], str]) -> DemandEventInfo:
    holder = ""
    if row.member_id is not None:
        holder = holders.get(("member", row.member_id), "")
    elif row.unit_id is not None:
        holder = holders.get(("unit", row.unit_id), "")
    return DemandEventInfo(
        id=row.id,
        at=row.at,
        action=row.action,
        from_status=DemandStatus(row.from_status) if row.from_status else None,
        to_status=DemandStatus(row.to_status),
        staff_name=row.staff.full_name,
        holder_name=holder,
        note=row.note,
        rating=Rating(row.rating) if row.rating else None,
    )


def _caller_info(row: DemandCaller, residents: dict[int, Resident]) -> CallerInfo:
    resident = residents.get(row.resident_id) if row.resident_id is not None else None
    name = row.contact_name or (resident.name if resident is not None else "")
    phone = row.contact_phone or (resident.phone if resident is not None else "") or ""
    return CallerInfo(
        id=row.id,
        resident_id=row.resident_id,
        name=name,
        masked_phone=mask_phone(phone) if phone else "",
        source=DemandSource(row.source),
        raised_at=row.raised_at,
        called_back_at=row.called_back_at,
        rating=Rating(row.rating) if row.rating else None,
        note=row.note,
    )


def detail(s: Session, row: Demand, clock: ResponseClock, now: datetime) -> DemandDetail:
    """The full record of one demand (with its history, callers and allowed moves)."""
    events = list(row.events)
    member_ids = {e.member_id for e in events if e.member_id is not None}
    unit_ids = {e.unit_id for e in events if e.unit_id is not None}
    holders: dict[tuple[str, int], str] = {}
    if member_ids:
        holders.update(
            (("member", i), n)
            for i, n in s.execute(
                select(PartyMember.id, PartyMember.name).where(PartyMember.id.in_(member_ids))
            )
        )
    if unit_ids:
        holders.update(
            (("unit", i), n)
            for i, n in s.execute(
                select(PartyUnit.id, PartyUnit.name).where(PartyUnit.id.in_(unit_ids))
            )
        )
    merged_into = s.get(Demand, row.merged_into_id) if row.merged_into_id is not None else None
    merged_numbers = tuple(
        s.scalars(select(Demand.number).where(Demand.merged_into_id == row.id).order_by(Demand.id))
    )
    resident_ids = {c.resident_id for c in row.callers if c.resident_id is not None}
    residents = (
        {r.id: r for r in s.scalars(select(Resident).where(Resident.id.in_(resident_ids)))}
        if resident_ids
        else {}
    )
    callers = tuple(_caller_info(c, residents) for c in row.callers)
    status = DemandStatus(row.status)
    allowed = () if merged_into is not None else tuple(allowed_actions(status))
    return DemandDetail(
        **_summary_values(row, clock, now, len(callers)),  # type: ignore[arg-type]
        contact_name=row.contact_name,
        masked_contact_phone=mask_phone(row.contact_phone) if row.contact_phone else "",
        accepted_how=AcceptedHow(row.accepted_how) if row.accepted_how else None,
        clock_minutes=row.clock_minutes,
        started_at=row.started_at,
        result_note=row.result_note,
        service_minutes=row.service_minutes,
        rating_note=row.rating_note,
        clerk_name=row.clerk.full_name,
        merged_into_number=merged_into.number if merged_into is not None else None,
        merged_numbers=merged_numbers,
        slips_printed=row.slips_printed,
        events=tuple(_event_info(e, holders) for e in events),
        callers=callers,
        allowed=allowed,
        version=events[-1].id if events else 0,
    )
