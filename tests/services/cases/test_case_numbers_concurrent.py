"""Several desks accepting cases at the same moment never share a case number."""

from __future__ import annotations

import multiprocessing as mp
from dataclasses import asdict

from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.staff import Role
from hall_desk.services import create_services
from hall_desk.services.cases.case_intake import IntakeForm
from hall_desk.services.catalogue import ItemForm
from hall_desk.services.session import StaffSession
from tests.conftest import NOW

DESKS = 6
CASES_PER_DESK = 8


def _desk(url: str, session: dict, item_id: int, desk: int, start, results) -> None:
    actor = StaffSession(**{**session, "role": Role(session["role"])})
    db = Database(url)
    services = create_services(db, FixedClock(NOW))
    numbers: list[str] = []
    errors: list[str] = []
    start.wait(timeout=60)
    for n in range(CASES_PER_DESK):
        form = IntakeForm(
            item_id=item_id, name="张三", phone=f"139{desk:04d}{n:04d}", documents_received=()
        )
        try:
            numbers.append(services.cases.accept_case(actor, form).number)
        except Exception as exc:  # reported to the parent, which fails the test
            errors.append(f"{type(exc).__name__}: {exc}")
    db.dispose()
    results.put((numbers, errors))


def test_concurrent_desks_get_distinct_numbers(db_url, services, admin, clerk) -> None:
    item = services.catalogue.add_item(
        admin, ItemForm("CC001", "居住证明", "社区居委会", "general", [], 0, True)
    )
    services.db.dispose()
    ctx = mp.get_context("spawn")
    start = ctx.Barrier(DESKS)
    results = ctx.Queue()
    session = {**asdict(clerk), "role": clerk.role.value}
    desks = [
        ctx.Process(target=_desk, args=(db_url, session, item.id, d, start, results))
        for d in range(DESKS)
    ]
    for p in desks:
        p.start()
    collected = [results.get(timeout=120) for _ in desks]
    for p in desks:
        p.join(timeout=30)
    errors = [e for _, errs in collected for e in errs]
    numbers = [n for nums, _ in collected for n in nums]
    assert errors == []
    assert len(numbers) == DESKS * CASES_PER_DESK
    assert len(set(numbers)) == len(numbers)
    expected = {f"CN01-2026-{i:05d}" for i in range(1, DESKS * CASES_PER_DESK + 1)}
    assert set(numbers) == expected  # no gaps either: a failed intake returns its number
