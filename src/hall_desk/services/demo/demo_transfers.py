"""Made-up party membership transfers (党员组织关系转接) of the last few months.

Taken in through the real case service with the clock set to each day, so the transfers tab
shows what a center chases: letters whose receipt (回执) is not back after a month, receipts
that did come back, and two members whose letter runs out within days while their
case still waits - one for a missing document, one for the old organisation's answer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from hall_desk.db.database import Database
from hall_desk.db.models import Resident
from hall_desk.domain.catalogue import ItemKind
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.domain.errors import DomainError
from hall_desk.domain.party_transfer import add_months
from hall_desk.domain.visits import VisitorCategory
from hall_desk.services.calendar import CalendarService
from hall_desk.services.cases.case_intake import IntakeForm, TransferForm
from hall_desk.services.cases.cases import CaseService
from hall_desk.services.cases.transfers import TransferService
from hall_desk.services.catalogue import CatalogueService, ServiceItemInfo
from hall_desk.services.demo.demo_cases import ORGANISATIONS, demo_staff
from hall_desk.services.session import StaffSession

HERE = "中共城南社区委员会"


@dataclass(frozen=True)
class _Plan:
    """A transfer: direction, days ago the letter was issued and the case taken in, days
    ago the receipt came back, what became of the case, and a validity other than the
    usual three months."""

    outgoing: bool
    issued: int
    taken: int
    receipt: int | None = None
    outcome: str = "completed"  # completed | waiting (one-time notice) | paused
    valid_months: int | None = None


PLANS = (
    _Plan(True, issued=75, taken=75, receipt=48),
    _Plan(False, issued=66, taken=62, receipt=60),
    _Plan(True, issued=52, taken=52),  # receipt not back after a month
    _Plan(True, issued=41, taken=40),  # receipt not back after a month
    _Plan(False, issued=37, taken=35, receipt=33),
    _Plan(True, issued=34, taken=34, receipt=6),
    _Plan(False, issued=27, taken=24, outcome="waiting", valid_months=1),  # letter runs out
    _Plan(False, issued=86, taken=23, outcome="paused"),  # letter runs out
)


@dataclass(frozen=True)
class DemoTransfers:
    taken: int
    outstanding: int


def fill_demo_transfers(db: Database, clock: Clock, site_id: int, *, seed: int) -> DemoTransfers:
    """Take in the transfers of :data:`PLANS` and follow them up to today."""
    rng = random.Random(seed + 4)
    now = clock.now()
    at = FixedClock(now)
    calendar = CalendarService(db, at).calendar()
    cases = CaseService(db, at, CalendarService(db, at))
    transfers = TransferService(db, at)
    staff = demo_staff(db, site_id)
    if not staff:
        return DemoTransfers(0, 0)
    items = CatalogueService(db, at).items(staff[0])
    by_direction = {("转出" in i.name): i for i in items if i.kind is ItemKind.PARTY_TRANSFER}
    with db.read() as s:
        people = list(s.scalars(select(Resident).where(Resident.site_id == site_id).limit(2000)))
    rng.shuffle(people)
    # Party members first; anyone else when a small demo has too few of them.
    members = sorted(people, key=lambda r: r.category != VisitorCategory.PARTY_MEMBER.value)
    taken = 0
    for plan, member in zip(PLANS, members, strict=False):
        item = by_direction.get(plan.outgoing)
        if item is None:
            continue
        day = now.date() - timedelta(days=plan.taken)
        while not calendar.is_workday(day):
            day -= timedelta(days=1)
        issued = min(day, now.date() - timedelta(days=plan.issued))
        at.at = datetime.combine(day, time(rng.randint(9, 16), rng.randrange(60)))
        actor = rng.choice(staff)
        try:
            case_id = _take_in(rng, cases, actor, item, member, plan, issued)
            if plan.outcome == "completed":
                at.at += timedelta(minutes=rng.randint(20, 90))
                cases.complete(actor, case_id, "已办结", rng.choice(("very_satisfied", None)))
            elif plan.outcome == "paused":
                at.at += timedelta(hours=1)
                cases.start(actor, case_id)
                cases.pause(actor, case_id, "等待原党组织核实党费缴纳情况")
            if plan.receipt is not None:
                at.at = datetime.combine(now.date() - timedelta(days=plan.receipt), time(10))
                row = next(r for r in transfers.all_transfers(actor) if r.case_id == case_id)
                transfers.record_receipt(actor, row.id, at.at.date(), "回执已寄回")
        except DomainError:
            continue
        taken += 1
    at.at = now
    return DemoTransfers(taken, len(transfers.outstanding_receipts(staff[0])))


def _take_in(
    rng: random.Random,
    cases: CaseService,
    actor: StaffSession,
    item: ServiceItemInfo,
    member: Resident,
    plan: _Plan,
    issued: date,
) -> int:
    other = rng.choice(ORGANISATIONS)
    letter = TransferForm(
        direction="out" if plan.outgoing else "in",
        scope=rng.choice(("within_province", "outside_province")),
        from_org=HERE if plan.outgoing else other,
        to_org=other if plan.outgoing else HERE,
        letter_number=f"组转字第{rng.randrange(1, 9999):04d}号",
        issued_on=issued,
        valid_until=add_months(issued, plan.valid_months) if plan.valid_months else None,
        channel=rng.choice(("online", "online", "paper")),
    )
    received = item.documents
    form = IntakeForm(
        item_id=item.id,
        name=member.name,
        resident_id=member.id,
        documents_received=received,
        transfer=letter,
    )
    if plan.outcome == "waiting" and item.documents:
        form = IntakeForm(**{**form.__dict__, "documents_received": received[:-1]})
        return cases.issue_notice(actor, form).id
    return cases.accept_case(actor, form).id
