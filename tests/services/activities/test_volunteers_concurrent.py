"""Six desks signing volunteers up at the same moment: the places of a role hold, and one
person is signed up once per session.

Each desk is its own process (``spawn``) with its own engine. In the first round the six
desks sign up six different people for the last two places of a role: exactly two win and
the four others are told every place is taken. In the second round all six sign up the same
person at another session, each for a role of its own choosing: exactly one wins. Runs on a
SQLite file and on PostgreSQL.
"""

from __future__ import annotations

import multiprocessing as mp
from typing import Any

from sqlalchemy import func, select

from hall_desk.db.activity_models import VolunteerShift
from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError
from hall_desk.services import Services, create_services
from hall_desk.services.activities.activity_records import VolunteerRef
from hall_desk.services.session import StaffSession
from tests.conftest import NOW
from tests.services.activities.volunteer_rows import add_resident, add_role, volunteer_day

DESKS = 6
PLACES = 3


def _desk(
    url: str,
    actor: StaffSession,
    rounds: list[tuple[int, int, int]],  # (role, session, resident) per round
    barrier: Any,
    results: Any,
    desk: int,
) -> None:
    outcomes: list[tuple[str, str]] = []
    try:
        db = Database(url)
        services = create_services(db, FixedClock(NOW))
    except Exception as exc:  # reported to the parent, which fails the test
        barrier.abort()
        results.put((desk, [("error", f"{type(exc).__name__}: {exc}")]))
        return
    for role_id, session_id, resident_id in rounds:
        barrier.wait(timeout=120)
        try:
            row = services.volunteers.sign_up(
                actor, role_id, session_id, VolunteerRef(resident_id=resident_id)
            )
            outcomes.append(("won", row.name))
        except ConflictError as exc:
            outcomes.append(("lost", exc.render()))
        except Exception as exc:
            outcomes.append(("error", f"{type(exc).__name__}: {exc}"))
    db.dispose()
    results.put((desk, outcomes))


def test_places_and_one_shift_per_session_hold_across_desks(
    db_url: str, services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    db = services.db
    day = volunteer_day(db, admin, NOW.date())
    role = add_role(db, admin, day.activity_id, "物资发放", PLACES)
    people = [add_resident(db, admin.site_id, f"志愿者{n}", f"1370000{n:04d}") for n in range(9)]
    services.volunteers.sign_up(clerk, role, day.sessions[2], VolunteerRef(resident_id=people[8]))
    one_each = [add_role(db, admin, day.activity_id, f"岗位{n}", 2) for n in range(DESKS)]
    db.dispose()

    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(DESKS)
    results = ctx.Queue()
    desks = [
        ctx.Process(
            target=_desk,
            args=(
                db_url,
                clerk,
                [(role, day.sessions[2], people[n]), (one_each[n], day.sessions[1], people[0])],
                barrier,
                results,
                n,
            ),
        )
        for n in range(DESKS)
    ]
    for p in desks:
        p.start()
    collected = dict(results.get(timeout=300) for _ in desks)
    for p in desks:
        p.join(timeout=60)

    rounds = [[collected[n][r] for n in range(DESKS)] for r in range(2)]
    assert [o for r in rounds for o in r if o[0] == "error"] == []
    places, same_person = rounds
    assert sum(1 for kind, _ in places if kind == "won") == PLACES - 1, places
    for kind, message in places:
        if kind == "lost":
            assert message == f"All {PLACES} places of “物资发放” at this session are taken."
    assert sum(1 for kind, _ in same_person if kind == "won") == 1, same_person
    for kind, message in same_person:
        if kind == "lost":
            assert message.startswith("志愿者0 is already a volunteer at this session")

    with db.read() as s:
        signed = VolunteerShift.status == "signed"
        on_role = s.scalar(
            select(func.count()).where(
                VolunteerShift.role_id == role, VolunteerShift.session_id == day.sessions[2], signed
            )
        )
        on_session = s.scalar(
            select(func.count()).where(
                VolunteerShift.session_id == day.sessions[1],
                VolunteerShift.resident_id == people[0],
                signed,
            )
        )
    assert (on_role, on_session) == (PLACES, 1)
