"""The trial scripts at toy size, so CI proves they still run and still find nothing wrong.

The full-size figures come from running the scripts themselves (see each module's docstring);
here each runs with tiny numbers and writes its JSON to a temporary folder, not to
benchmarks/results.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.pg_cluster import ThrowawayPostgres
from tests.trials import concurrent_desks, crash_trials, malformed_input, migration_crash_trials
from tests.trials.common import copy_sqlite
from tests.trials.crash_checks import Acknowledged, check_file


def _figures(folder: Path, name: str) -> dict:
    return json.loads((folder / f"trials_{name}.json").read_text(encoding="utf-8"))


def test_crash_trials_lose_nothing_acknowledged(tmp_path: Path) -> None:
    assert crash_trials.main(["--trials", "5", "--results", str(tmp_path)]) == 0
    f = _figures(tmp_path, "crash")
    assert f["trials"] == f["kills"] == f["integrity_ok"] == 5
    assert f["acknowledged_rows"] > 0
    assert f["lost"] == f["changed"] == f["half_written"] == 0
    assert f["reopened_and_wrote_after_last_kill"] is True


def test_the_crash_checks_do_notice_a_half_written_file(tmp_path: Path) -> None:
    """Zero found means something: break a trial file on purpose and the checks say where."""
    assert crash_trials.main(["--trials", "2", "--results", str(tmp_path)]) == 0
    broken = copy_sqlite(Path(_figures(tmp_path, "crash")["database"]), tmp_path / "b.sqlite3")
    conn = sqlite3.connect(broken)
    with conn:
        conn.execute("DELETE FROM visit_purpose WHERE visit_id = (SELECT MIN(id) FROM visit)")
        conn.execute("DELETE FROM audit_entry WHERE entity = 'booking'")
        conn.execute("UPDATE case_counter SET last_number = last_number - 1")
    conn.close()
    report = check_file(broken, Acknowledged())
    found = "\n".join(report.problems)
    assert "visit without purposes" in found and "booking without its audit row" in found
    assert "case_counter behind the highest number" in found


def test_migration_crash_trials_leave_the_old_or_the_new_schema(tmp_path: Path) -> None:
    assert migration_crash_trials.main(["--trials", "3", "--results", str(tmp_path)]) == 0
    f = _figures(tmp_path, "migration_crash")
    assert f["old"] + f["new"] == f["trials"] == 3
    assert f["other"] == 0 and f["upgrade_after_ok"] == 3 and f["data_intact"] == 3


def test_concurrent_desks_never_double_book_or_share_a_case_number(tmp_path: Path) -> None:
    args = ["--desks", "2", "--rounds", "3", "--results", str(tmp_path)]
    if ThrowawayPostgres.available() is not None:
        args += ["--only", "sqlite"]
    assert concurrent_desks.main(args) == 0
    for name, f in _figures(tmp_path, "concurrent_desks").items():
        if name in ("sqlite", "postgresql"):
            assert f["double_bookings"] == f["duplicate_case_numbers"] == 0, name
            assert f["unhandled_errors"] == 0 and f["cases_accepted"] == 6, name


def test_malformed_input_is_refused_or_stored_canonical(tmp_path: Path) -> None:
    assert malformed_input.main(["--examples", "30", "--results", str(tmp_path)]) == 0
    f = _figures(tmp_path, "malformed_input")
    assert f["entry_points"] >= 50
    assert f["totals"]["refused"] > 0 and f["totals"]["accepted_canonical"] > 0
    assert f["totals"]["crashes"] == f["totals"]["silent_accepts"] == 0
