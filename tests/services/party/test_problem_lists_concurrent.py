"""Two desks ticking off the same problem at the same moment: exactly one 销号 counts.

Each desk has its own engine, as two PCs would; the 销号 is a conditional update on
``done_at IS NULL``, so the second desk is told who ticked it off and its note is not kept.
Runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import threading
from datetime import date

from hall_desk.db.database import Database
from hall_desk.domain.errors import ConflictError
from hall_desk.services import Services, create_services
from hall_desk.services.party.problem_lists import ProblemForm
from hall_desk.services.session import StaffSession

ROUNDS = 6


def test_two_desks_ticking_off_at_once_exactly_one_wins(
    db_url: str, services: Services, admin: StaffSession, clerk: StaffSession, passwords
) -> None:
    lists = services.problem_lists
    meeting = lists.add_meeting(
        clerk,
        date(2026, 11, 16),
        "council",
        "议事会",
        "",
        [ProblemForm(f"问题{i}", "物业") for i in range(ROUNDS)],
    )
    problem_ids = [p.id for p in lists.problems(clerk, meeting.id)]
    desks = [Database(db_url), Database(db_url)]
    barrier = threading.Barrier(2, timeout=60)
    results: dict[int, list[tuple[str, str]]] = {0: [], 1: []}
    sessions = {0: clerk, 1: admin}

    def desk(number: int) -> None:
        own = create_services(desks[number], services.clock, passwords)
        for problem_id in problem_ids:
            barrier.wait()
            try:
                own.problem_lists.tick_off(sessions[number], problem_id, f"第{number}台办结")
                results[number].append(("won", ""))
            except ConflictError as exc:
                results[number].append(("lost", exc.render()))
            except Exception as exc:
                results[number].append(("error", f"{type(exc).__name__}: {exc}"))

    threads = [threading.Thread(target=desk, args=(n,)) for n in (0, 1)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    finally:
        for d in desks:
            d.dispose()

    names = {0: clerk.full_name, 1: admin.full_name}
    done = {p.id: p for p in lists.problems(clerk, meeting.id)}
    for round_, problem_id in enumerate(problem_ids):
        outcomes = [results[0][round_], results[1][round_]]
        assert sorted(kind for kind, _ in outcomes) == ["lost", "won"], outcomes
        winner = 0 if outcomes[0][0] == "won" else 1
        assert names[winner] in outcomes[1 - winner][1]
        assert done[problem_id].done_note == f"第{winner}台办结"
        assert done[problem_id].done_by == names[winner]
