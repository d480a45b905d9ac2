"""Two desks claiming the same project at the same moment: exactly one of them gets it.

Each desk has its own engine (its own connections), as two PCs would. Both wait at a barrier
and then claim; the claim is a conditional update on ``status = 'published'``, so the second
one finds the project taken and is told who has it. Runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import threading
from datetime import date

from hall_desk.db.database import Database
from hall_desk.domain.errors import ConflictError
from hall_desk.services import Services, create_services
from hall_desk.services.party.projects import ProjectForm
from hall_desk.services.session import StaffSession
from tests.services.party.rows import add_member, add_unit

ROUNDS = 8


def test_two_desks_claiming_at_once_exactly_one_wins(
    db_url: str, services: Services, admin: StaffSession, clerk: StaffSession, passwords
) -> None:
    unit = add_unit(services.db, admin.site_id, "县供电公司", "state_owned")
    other_unit = add_unit(services.db, admin.site_id, "县人民医院", "institution")
    member = add_member(services.db, admin.site_id, other_unit, "李医生", "13900002222")
    project_ids = [
        services.projects.publish(clerk, ProjectForm(date(2026, 11, 1), f"项目{i}")).id
        for i in range(ROUNDS)
    ]
    desks = [Database(db_url), Database(db_url)]
    barrier = threading.Barrier(2, timeout=60)
    results: dict[int, list[tuple[str, str]]] = {0: [], 1: []}

    def desk(number: int) -> None:
        own: Services = create_services(desks[number], services.clock, passwords)
        claimant = {"unit_id": unit} if number == 0 else {"member_id": member}
        for project_id in project_ids:
            barrier.wait()
            try:
                record = own.projects.claim(admin if number else clerk, project_id, **claimant)
                results[number].append(("won", record.claimer_name))
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

    names = {0: "县供电公司", 1: "李医生（县人民医院）"}
    for round_ in range(ROUNDS):
        outcomes = [results[0][round_], results[1][round_]]
        assert sorted(kind for kind, _ in outcomes) == ["lost", "won"], outcomes
        winner = 0 if outcomes[0][0] == "won" else 1
        assert outcomes[winner][1] == names[winner]
        # The desk that lost is told who has the project.
        assert names[winner] in outcomes[1 - winner][1]
        record = services.projects.project(clerk, project_ids[round_])
        assert record.claimer_name == names[winner]
