"""Made-up service cases for the demo: taken in and moved through the real case service.

Each case is accepted at a plausible moment of its day with a clock set to that moment, so
numbers, promised dates, events and audit rows are exactly what the desk would have written.
Older cases are mostly completed (with ratings), a few are returned or still waiting for
documents, and some open ones are left past their promised date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from hall_desk.db.database import Database
from hall_desk.db.models import Resident, Site, Staff
from hall_desk.domain.catalogue import ItemKind
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.domain.errors import DomainError
from hall_desk.domain.id_numbers import age_on
from hall_desk.domain.staff import Role
from hall_desk.services.calendar import CalendarService
from hall_desk.services.cases.case_intake import IntakeForm, TransferForm
from hall_desk.services.cases.cases import CaseService
from hall_desk.services.catalogue import CatalogueService, ServiceItemInfo
from hall_desk.services.session import StaffSession

RATING_WEIGHTS = {
    "very_satisfied": 55,
    "satisfied": 30,
    "fairly_satisfied": 8,
    "dissatisfied": 2,
    "very_dissatisfied": 1,
    "": 4,
}
ORGANISATIONS = (
    "中共太原市小店区坞城街道某社区委员会",
    "中共西安市雁塔区电子城街道某社区委员会",
    "中共大同市平城区新华街街道某社区委员会",
    "中共咸阳市秦都区人民路街道某社区委员会",
)


@dataclass(frozen=True)
class DemoCases:
    accepted: int
    skipped: int


def fill_demo_cases(
    db: Database, clock: Clock, site_id: int, *, days: int, per_day: int, seed: int
) -> DemoCases:
    """Take in about ``per_day`` cases on each of the last ``days`` days and move them on."""
    rng = random.Random(seed + 1)
    now = clock.now()
    at = FixedClock(now)
    calendar = CalendarService(db, at)
    catalogue = CatalogueService(db, at)
    cases = CaseService(db, at, calendar)
    staff = demo_staff(db, site_id)
    with db.read() as s:
        residents = list(s.scalars(select(Resident).where(Resident.site_id == site_id)))
    items = catalogue.items(staff[0])
    general = [i for i in items if i.kind is ItemKind.GENERAL]
    elderly = next((i for i in items if i.kind is ItemKind.ELDERLY_SUBSIDY), None)
    transfers = [i for i in items if i.kind is ItemKind.PARTY_TRANSFER]
    old = [r for r in residents if r.birth_date and age_on(r.birth_date, now.date()) >= 80]
    accepted = skipped = 0
    for offset in range(days - 1, -1, -1):
        day = now.date() - timedelta(days=offset)
        if day.weekday() >= 5 and rng.random() < 0.6:
            continue
        for _ in range(int(per_day * rng.uniform(0.6, 1.4))):
            moment = datetime.combine(day, time(rng.randint(8, 17), rng.randrange(60)))
            if moment > now:
                continue
            at.at = moment
            actor = rng.choice(staff)
            person = rng.choice(residents)
            roll = rng.random()
            transfer = None
            if roll < 0.06 and elderly is not None and old:
                item, person = elderly, rng.choice(old)
            elif roll < 0.14 and transfers:
                item = rng.choice(transfers)
                transfer = _letter(rng, day, "转出" in item.name)
            else:
                item = rng.choice(general)
            form = _form(rng, item, person, transfer)
            try:
                if rng.random() < 0.12 and item.documents:
                    case = cases.issue_notice(actor, _missing_one(rng, form, item))
                else:
                    case = cases.accept_case(actor, form)
            except DomainError:
                skipped += 1  # e.g. an applicant already receiving the subsidy
                continue
            accepted += 1
            _move_on(rng, cases, actor, case.id, case.due_date, day, now, at)
    at.at = now
    return DemoCases(accepted, skipped)


def demo_staff(db: Database, site_id: int) -> list[StaffSession]:
    """Every active staff member of the center as a session the demo acts as (the first
    administrator first)."""
    with db.read() as s:
        site = s.get(Site, site_id)
        assert site is not None
        active = s.scalars(
            select(Staff).where(Staff.site_id == site_id, Staff.active.is_(True)).order_by(Staff.id)
        )
        return [
            StaffSession(m.id, site_id, m.username, m.full_name, Role(m.role), site.name)
            for m in active
        ]


def _form(
    rng: random.Random, item: ServiceItemInfo, person: Resident, transfer: TransferForm | None
) -> IntakeForm:
    agent = {}
    if item.agent_allowed and rng.random() < 0.15:
        agent = {
            "agent_name": rng.choice(("张", "李", "王", "刘")) + rng.choice(("明", "红", "军")),
            "agent_relation": rng.choice(("子女", "配偶", "网格员")),
            "agent_phone": "139" + f"{rng.randrange(10**8):08d}",
        }
    return IntakeForm(
        item_id=item.id,
        name=person.name,
        resident_id=person.id,
        documents_received=item.documents,
        transfer=transfer,
        check_method="in_person",
        **agent,
    )


def _missing_one(rng: random.Random, form: IntakeForm, item: ServiceItemInfo) -> IntakeForm:
    missing = rng.choice(item.documents)
    received = tuple(d for d in item.documents if d != missing)
    return IntakeForm(**{**form.__dict__, "documents_received": received})


def _letter(rng: random.Random, day: date, outgoing: bool) -> TransferForm:
    here = "中共城南社区委员会"
    other = rng.choice(ORGANISATIONS)
    return TransferForm(
        direction="out" if outgoing else "in",
        scope=rng.choice(("within_province", "outside_province")),
        from_org=here if outgoing else other,
        to_org=other if outgoing else here,
        letter_number=f"组转字第{rng.randrange(1, 9999):04d}号",
        issued_on=day - timedelta(days=rng.randrange(0, 10)),
        valid_until=None,
        channel=rng.choice(("online", "online", "paper")),
    )


def _move_on(
    rng: random.Random,
    cases: CaseService,
    actor: StaffSession,
    case_id: int,
    due: date | None,
    day: date,
    now: datetime,
    at: FixedClock,
) -> None:
    """Move a case on as its office would have, up to today; some are left late on purpose."""
    if due is None:
        return
    finish = datetime.combine(due, time(16, rng.randrange(60))) - timedelta(
        days=rng.choice((0, 0, 1, 2))
    )
    finish = max(finish, datetime.combine(day, time(17, 30)))
    try:
        if finish > now or rng.random() < 0.05:
            if rng.random() < 0.6 and datetime.combine(day, time(18)) <= now:
                at.at = datetime.combine(day, time(18))
                cases.start(actor, case_id)
            return  # still open (some of them overdue)
        at.at = finish
        if rng.random() < 0.04:
            cases.return_case(actor, case_id, "材料不符合政策要求，已向居民说明")
            return
        rating = rng.choices(list(RATING_WEIGHTS), list(RATING_WEIGHTS.values()))[0]
        cases.complete(actor, case_id, "已办结", rating or None)
    except DomainError:
        return
