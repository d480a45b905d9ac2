"""The concurrent demand desks trial, run small enough for the test suite.

8 processes dispatch and accept the same demands at the same moment, on SQLite and (when the
PostgreSQL binaries are there) on a throwaway PostgreSQL server: exactly one desk wins each
move, the others are told who has the demand, and concurrently taken numbers stay unique and
gapless (see ``tests/trials/concurrent_demands.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.pg_cluster import ThrowawayPostgres
from tests.trials import concurrent_demands


def test_eight_desks_dispatching_the_same_demands_exactly_one_wins(tmp_path: Path) -> None:
    args = ["--desks", "8", "--demands", "6", "--takes", "3", "--results", str(tmp_path)]
    if ThrowawayPostgres.available() is not None:
        args += ["--only", "sqlite"]
    assert concurrent_demands.main(args) == 0
    figures = json.loads((tmp_path / "trials_concurrent_demands.json").read_text("utf-8"))
    for name in ("sqlite", "postgresql"):
        if name not in figures:
            continue
        f = figures[name]
        assert concurrent_demands.failures(f) == [], name
        assert f["dispatches_won"] == f["accepts_won"] == 6, name
        assert f["refused_as_taken"] == f["refusals_naming_who_has_it"] == 2 * 6 * 7, name
        assert f["demand_numbers_in_database"] == 6 + 8 * 3 and f["demand_number_gaps"] == 0
        assert f["audit_chain"]["ok"] is True, name
