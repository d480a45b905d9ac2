"""Several desks setting up the same empty shared database at the same moment: one center.

Each desk is its own process with its own engine, as separate PCs would be. They wait at a
barrier and each sets up its own center; the setup transaction is exclusive (an advisory lock
on PostgreSQL, BEGIN IMMEDIATE on SQLite), so exactly one desk creates its center and first
administrator, and the others are told the database was set up meanwhile, writing nothing.
"""

from __future__ import annotations

import multiprocessing as mp

from argon2 import PasswordHasher
from sqlalchemy import func, select

from hall_desk.db.database import Database
from hall_desk.db.models import AuditEntry, Site, Staff
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError
from hall_desk.services import Services, create_services
from hall_desk.services.passwords import Passwords
from hall_desk.services.sites import SET_UP_MEANWHILE
from hall_desk.services.staff import SetupForm
from tests.conftest import ADMIN_PASSWORD, NOW

DESKS = 4


def _desk(url: str, number: int, start, results) -> None:
    db = Database(url)
    passwords = Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    services = create_services(db, FixedClock(NOW), passwords)
    form = SetupForm(
        center_name=f"第{number + 1}社区党群服务中心",
        center_code=f"C{number + 1:02d}",
        username=f"admin{number + 1}",
        full_name="王主任",
        password=ADMIN_PASSWORD,
        confirm=ADMIN_PASSWORD,
    )
    start.wait(timeout=60)
    try:
        outcome = ("ok", services.staff.set_up_center(form).site_id)
    except ConflictError as exc:
        outcome = ("refused", exc.message.template)
    except Exception as exc:  # reported to the parent, which fails the test
        outcome = ("error", f"{type(exc).__name__}: {exc}")
    db.dispose()
    results.put((number, outcome))


def test_desks_setting_up_an_empty_database_at_once_make_one_center(
    db_url: str, services: Services
) -> None:
    assert services.staff.needs_setup()
    services.db.dispose()
    ctx = mp.get_context("spawn")
    start = ctx.Barrier(DESKS)
    results = ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(db_url, n, start, results)) for n in range(DESKS)]
    for p in desks:
        p.start()
    collected = dict(results.get(timeout=120) for _ in desks)
    for p in desks:
        p.join(timeout=30)

    outcomes = [collected[n] for n in range(DESKS)]
    winners = [n for n, (kind, _) in enumerate(outcomes) if kind == "ok"]
    assert len(winners) == 1, outcomes
    # Every other desk was refused with the words a clerk understands.
    assert sorted(value for kind, value in outcomes if kind != "ok") == [SET_UP_MEANWHILE] * (
        DESKS - 1
    ), outcomes
    with services.db.read() as s:
        sites = list(s.execute(select(Site.id, Site.code)))
        assert [code for _, code in sites] == [f"C{winners[0] + 1:02d}"]
        assert sites[0][0] == outcomes[winners[0]][1]
        staff = list(s.scalars(select(Staff.username)))
        assert staff == [f"admin{winners[0] + 1}"]
        # Nothing of the refused desks was written, not even to the audit trail.
        assert s.scalar(select(func.count(AuditEntry.id))) == 2
    assert not services.staff.needs_setup()


def test_setting_up_a_database_that_has_a_center_is_refused(services: Services) -> None:
    form = SetupForm(
        "城北社区党群服务中心", "CB01", "zhao.admin", "赵主任", ADMIN_PASSWORD, ADMIN_PASSWORD
    )
    services.staff.set_up_center(form)
    second = SetupForm(
        "城东社区党群服务中心", "CD01", "qian.admin", "钱主任", ADMIN_PASSWORD, ADMIN_PASSWORD
    )
    try:
        services.staff.set_up_center(second)
    except ConflictError as exc:
        assert exc.message.template == SET_UP_MEANWHILE
    else:
        raise AssertionError("a second setup was accepted")
    with services.db.read() as s:
        assert list(s.scalars(select(Site.code))) == ["CB01"]
