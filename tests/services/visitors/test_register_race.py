"""Several desks registering the same new person at the same moment: one person, no error.

Each desk is its own process with its own engine, as separate PCs would be. They wait at a
barrier and register the same ID number at once; the unique key (site, ID number) decides
which desk creates the resident, and the others take that same record.
"""

from __future__ import annotations

import multiprocessing as mp
from dataclasses import asdict
from datetime import date

from sqlalchemy import func, select

from hall_desk.db.database import Database
from hall_desk.db.models import AuditEntry, Resident, Visit
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.id_numbers import check_character
from hall_desk.domain.staff import Role
from hall_desk.services import Services, create_services
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from tests.conftest import NOW

DESKS = 5
ROUNDS = 2


def _id_number(seq: int) -> str:
    body = f"140105{date(1958, 6, 1):%Y%m%d}{seq:03d}"
    return body + check_character(body)


def _desk(url: str, session: dict, start, results) -> None:
    actor = StaffSession(**{**session, "role": Role(session["role"])})
    db = Database(url)
    services = create_services(db, FixedClock(NOW))
    outcomes: list[tuple[str, int | str]] = []
    for round_ in range(ROUNDS):
        form = VisitForm(name="王秀英", id_number=_id_number(round_ + 1), purposes=("errand",))
        start.wait(timeout=60)
        try:
            outcomes.append(("ok", services.visits.register_visit(actor, form).resident_id))
        except Exception as exc:  # reported to the parent, which fails the test
            outcomes.append(("error", f"{type(exc).__name__}: {exc}"))
    db.dispose()
    results.put(outcomes)


def test_desks_registering_the_same_new_person_share_one_record(
    db_url: str, services: Services, clerk: StaffSession
) -> None:
    services.db.dispose()
    ctx = mp.get_context("spawn")
    start = ctx.Barrier(DESKS)
    results = ctx.Queue()
    session = {**asdict(clerk), "role": clerk.role.value}
    desks = [
        ctx.Process(target=_desk, args=(db_url, session, start, results)) for _ in range(DESKS)
    ]
    for p in desks:
        p.start()
    collected = [results.get(timeout=120) for _ in desks]
    for p in desks:
        p.join(timeout=30)

    errors = [value for outcomes in collected for kind, value in outcomes if kind == "error"]
    assert errors == []
    with services.db.read() as s:
        for round_ in range(ROUNDS):
            number = _id_number(round_ + 1)
            residents = list(s.scalars(select(Resident.id).where(Resident.id_number == number)))
            assert len(residents) == 1, residents
            # Every desk was told the same resident, and every visit points at it.
            assert {outcomes[round_][1] for outcomes in collected} == {residents[0]}
            visits = s.scalar(select(func.count(Visit.id)).where(Visit.resident_id == residents[0]))
            assert visits == DESKS
            created = s.scalar(
                select(func.count(AuditEntry.id)).where(
                    AuditEntry.action == "create",
                    AuditEntry.entity == "resident",
                    AuditEntry.entity_id == str(residents[0]),
                )
            )
            assert created == 1
