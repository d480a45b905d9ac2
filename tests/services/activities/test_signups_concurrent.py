"""Eight desks signing people up for the last three places of an activity at the same moment.

Each desk is its own process (``spawn``) with its own engine, signed in as the clerk, and signs
up a resident of its own. Every round the desks meet at a barrier and then all sign up: never
more than the capacity may hold a place, and the others must be on the waiting list in the
order they were queued, at positions 1..n without gaps, each told its final position. Runs on a
SQLite file and on PostgreSQL.
"""

from __future__ import annotations

import multiprocessing as mp
from typing import Any

from argon2 import PasswordHasher

from hall_desk.db.database import Database
from hall_desk.domain.activities import SignupStatus
from hall_desk.domain.clock import FixedClock
from hall_desk.services import create_services
from hall_desk.services.activities.activity_records import SignupForm
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from tests.conftest import CLERK_PASSWORD, NOW
from tests.services.activities.activity_helpers import (
    activity_form,
    make_activity,
    residents,
    sign_up_all,
)

DESKS = 8
ROUNDS = 3
CAPACITY = 5
ALREADY = 2  # signed up before the rush: three places are left


def _desk(url: str, plan: list[tuple[int, int]], desk: int, barrier: Any, results: Any) -> None:
    """One desk: its own engine and services, signing up its resident once per round."""
    outcomes: list[tuple[int, str, str, int | None, int]] = []
    try:
        db = Database(url)
        passwords = Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        services = create_services(db, FixedClock(NOW), passwords)
        actor = services.staff.sign_in("li.clerk", CLERK_PASSWORD)
    except Exception as exc:  # reported to the parent, which fails the test
        barrier.abort()
        results.put((desk, [(-1, "error", f"{type(exc).__name__}: {exc}", None, 0)]))
        return
    for number, (activity_id, resident_id) in enumerate(plan):
        barrier.wait(timeout=120)
        try:
            row = services.signups.sign_up(actor, activity_id, SignupForm(resident_id))
            outcomes.append((number, "ok", row.status.value, row.waiting_position, row.id))
        except Exception as exc:
            outcomes.append((number, "error", f"{type(exc).__name__}: {exc}", None, 0))
    db.dispose()
    results.put((desk, outcomes))


def test_the_last_places_go_to_exactly_as_many_as_are_left(
    db_url: str, services: Any, clerk: StaffSession
) -> None:
    people = residents(services, clerk, DESKS * ROUNDS + ALREADY * ROUNDS)
    activities = []
    for r in range(ROUNDS):
        form = activity_form(title=f"讲座{r + 1}", capacity=CAPACITY)
        detail = make_activity(services, clerk, form=form, room=None)
        early = people[DESKS * ROUNDS + ALREADY * r : DESKS * ROUNDS + ALREADY * (r + 1)]
        sign_up_all(services, clerk, detail.row.id, early)
        activities.append(detail.row.id)
    plans = [[(activities[r], people[DESKS * r + d]) for r in range(ROUNDS)] for d in range(DESKS)]
    services.db.dispose()
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(DESKS)
    results = ctx.Queue()
    desks = [
        ctx.Process(target=_desk, args=(db_url, plans[d], d, barrier, results))
        for d in range(DESKS)
    ]
    for p in desks:
        p.start()
    collected = dict(results.get(timeout=300) for _ in desks)
    for p in desks:
        p.join(timeout=60)

    outcomes = [o for rows in collected.values() for o in rows]
    assert [o for o in outcomes if o[1] == "error"] == []
    assert len(outcomes) == DESKS * ROUNDS
    for r, activity_id in enumerate(activities):
        this = [o for o in outcomes if o[0] == r]
        won = [o for o in this if o[2] == SignupStatus.ENROLLED.value]
        waiting = sorted(
            (o for o in this if o[2] == SignupStatus.WAITING.value), key=lambda o: o[4]
        )
        assert len(won) == CAPACITY - ALREADY, this
        # Queued in the order they were saved, each desk told the place it still has.
        assert [o[3] for o in waiting] == list(range(1, DESKS - len(won) + 1)), this
        listed = services.signups.signups(clerk, activity_id)
        enrolled = [x for x in listed if x.status is SignupStatus.ENROLLED]
        queue = [x for x in listed if x.status is SignupStatus.WAITING]
        assert len(enrolled) == CAPACITY
        assert [(x.id, x.waiting_position) for x in queue] == [(o[4], o[3]) for o in waiting]
        row = services.activities.detail(clerk, activity_id).row
        assert (row.enrolled, row.waiting) == (CAPACITY, DESKS - (CAPACITY - ALREADY))
