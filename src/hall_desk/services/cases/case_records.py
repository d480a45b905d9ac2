"""What the desk sees of a case: plain records built from the rows, IDs and phones masked."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from hall_desk.db.models import CaseEvent, CaseFollowUp, PartyTransfer, ServiceCase
from hall_desk.domain.cases import Agent, CaseAction, CaseStatus, Rating, Urgency, urgency
from hall_desk.domain.catalogue import ItemKind
from hall_desk.domain.id_numbers import mask_id_number
from hall_desk.domain.party_transfer import TransferChannel, TransferDirection, TransferScope
from hall_desk.domain.phones import mask_phone
from hall_desk.domain.workdays import WorkCalendar


@dataclass(frozen=True)
class TransferInfo:
    direction: TransferDirection
    scope: TransferScope
    from_org: str
    to_org: str
    letter_number: str
    issued_on: date
    valid_until: date
    channel: TransferChannel
    receipt_back_on: date | None


@dataclass(frozen=True)
class CaseEventInfo:
    at: datetime
    action: CaseAction
    from_status: CaseStatus | None
    to_status: CaseStatus
    staff_name: str
    office: str
    note: str


@dataclass(frozen=True)
class CaseRecord:
    id: int
    number: str
    status: CaseStatus
    urgency: Urgency
    item_id: int
    item_code: str
    item_name: str
    item_kind: ItemKind
    office: str
    resident_id: int
    resident_name: str
    masked_id: str
    masked_phone: str
    clerk_name: str
    accepted_at: datetime
    clock_start: date | None
    time_limit_days: int
    due_date: date | None
    paused_at: datetime | None
    paused_working_days: int
    documents_received: tuple[str, ...]
    documents_missing: tuple[str, ...]
    agent: Agent | None
    reason: str
    result_note: str
    note: str
    closed_at: datetime | None
    rating: Rating | None
    follow_up_due: date | None = None
    follow_up_done: bool = False
    transfer: TransferInfo | None = None
    events: tuple[CaseEventInfo, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


def transfer_info(row: PartyTransfer) -> TransferInfo:
    return TransferInfo(
        direction=TransferDirection(row.direction),
        scope=TransferScope(row.scope),
        from_org=row.from_org,
        to_org=row.to_org,
        letter_number=row.letter_number,
        issued_on=row.issued_on,
        valid_until=row.valid_until,
        channel=TransferChannel(row.channel),
        receipt_back_on=row.receipt_back_on,
    )


def event_info(row: CaseEvent) -> CaseEventInfo:
    return CaseEventInfo(
        at=row.at,
        action=CaseAction(row.action),
        from_status=CaseStatus(row.from_status) if row.from_status else None,
        to_status=CaseStatus(row.to_status),
        staff_name=row.staff.full_name,
        office=row.office,
        note=row.note,
    )


def case_record(
    row: ServiceCase,
    calendar: WorkCalendar,
    today: date,
    *,
    follow_up: CaseFollowUp | None = None,
    transfer: PartyTransfer | None = None,
    with_events: bool = False,
) -> CaseRecord:
    status = CaseStatus(row.status)
    resident = row.resident
    agent = Agent(row.agent_name, row.agent_relation, row.agent_phone) if row.agent_name else None
    return CaseRecord(
        id=row.id,
        number=row.number,
        status=status,
        urgency=urgency(calendar, status, row.due_date, today),
        item_id=row.item_id,
        item_code=row.item.code,
        item_name=row.item.name,
        item_kind=ItemKind(row.item.kind),
        office=row.office,
        resident_id=resident.id,
        resident_name=resident.name,
        masked_id=mask_id_number(resident.id_number) if resident.id_number else "",
        masked_phone=mask_phone(resident.phone) if resident.phone else "",
        clerk_name=row.clerk.full_name,
        accepted_at=row.accepted_at,
        clock_start=row.clock_start,
        time_limit_days=row.time_limit_days,
        due_date=row.due_date,
        paused_at=row.paused_at,
        paused_working_days=row.paused_working_days,
        documents_received=tuple(json.loads(row.documents_received)),
        documents_missing=tuple(json.loads(row.documents_missing)),
        agent=agent,
        reason=row.reason,
        result_note=row.result_note,
        note=row.note,
        closed_at=row.closed_at,
        rating=Rating(row.rating) if row.rating else None,
        follow_up_due=follow_up.due_date if follow_up else None,
        follow_up_done=bool(follow_up and follow_up.done_at),
        transfer=transfer_info(transfer) if transfer else None,
        events=tuple(event_info(e) for e in row.events) if with_events else (),
    )
