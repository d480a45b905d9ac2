"""Migration crash trials: kill -9 during ``upgrade_to_head``; always exactly the old or new schema.

For each older revision (every revision before head, found by Alembic) a template file is made
at that revision with ``command.upgrade(cfg, rev)`` and filled with residents, visits, tallies
and audit rows through plain SQL. Each trial copies a template, starts a child that runs
``upgrade_to_head`` on the copy (verified pre-migration copy included) and kills it with
SIGKILL at a random moment: half of the trials anywhere in the child's run, half inside the
migration transaction itself (after the pre-migration copy is written), using times measured on
uninterrupted runs. Afterwards:

* ``PRAGMA integrity_check`` is ok;
* the schema (every table, column, index and trigger in ``sqlite_master``, with the revision in
  ``alembic_version``) equals the reference at the old revision or the reference at head;
* the seeded rows are all there, unchanged;
* a following ``upgrade_to_head`` succeeds and leaves exactly the head schema.

    python -m tests.trials.migration_crash_trials [--trials 50] [--seed N]
"""

from __future__ import annotations

import argparse
import logging
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

from hall_desk.db.database import Database
from hall_desk.db.migrate import head_revision, upgrade_to_head
from tests.trials.common import REPO, RESULTS, copy_sqlite, sqlite_url, write_figures
from tests.trials.old_databases import (
    RESIDENTS,
    VISITS,
    difference,
    fingerprint,
    integrity,
    make_at,
    revisions,
    schema,
)


# -- the child ---------------------------------------------------------------------------------
def _emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class _Marks(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        _emit("COPIED" if "verified copy" in record.getMessage() else "LOG")


def child(path: Path, backups: Path) -> int:
    log = logging.getLogger("hall_desk.db.migrate")
    log.setLevel(logging.INFO)
    log.addHandler(_Marks())
    db = Database(sqlite_url(path))
    _emit("READY")
    upgrade_to_head(db, backups)
    _emit("DONE")
    return 0


def _run_child(path: Path, backups: Path, delay: float | None) -> tuple[dict[str, float], int]:
    """Run a child; kill it ``delay`` s after READY (None: let it finish). Marks -> seconds."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.trials.migration_crash_trials",
            "--child",
            str(path),
            "--backups",
            str(backups),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    marks: dict[str, float] = {}
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            marks.setdefault(line.strip(), time.monotonic())
            if line.startswith("READY"):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(timeout=120)
    if delay is not None:
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(timeout=30)
    start = marks.get("READY", 0.0)
    return {k: v - start for k, v in marks.items()}, proc.returncode


def _calibrate(template: Path, work: Path, runs: int = 3) -> tuple[float, float]:
    """Seconds from READY to the verified copy and to DONE, on uninterrupted runs (medians)."""
    copied, done = [], []
    for n in range(runs):
        target = copy_sqlite(template, work / f"calibrate-{n}.sqlite3")
        marks, _code = _run_child(target, work / f"calibrate-backups-{n}", None)
        copied.append(marks.get("COPIED", 0.0))
        done.append(marks["DONE"])
    return sorted(copied)[runs // 2], sorted(done)[runs // 2]


# -- the parent --------------------------------------------------------------------------------
def run(trials: int, seed: int, results: Path) -> int:
    work = Path(tempfile.mkdtemp(prefix="hd-migration-"))
    head = head_revision()
    old_revisions = [r for r in revisions() if r != head]
    rng = random.Random(seed)
    templates: dict[str, dict[str, Any]] = {}
    for rev in old_revisions:
        template = make_at(work / f"at-{rev}.sqlite3", rev)
        migrated_copy = copy_sqlite(template, work / f"ref-head-from-{rev}.sqlite3")
        upgrade_to_head(Database(sqlite_url(migrated_copy)))
        copied, done = _calibrate(template, work)
        templates[rev] = {
            "path": template,
            "old": schema(template),
            "new": schema(migrated_copy),
            "data": fingerprint(template),
            "copied_s": copied,
            "done_s": done,
        }
    tally: dict[str, Any] = {
        "trials": 0,
        "kills": 0,
        "finished_before_kill": 0,
        "old": 0,
        "new": 0,
        "other": 0,
        "integrity_ok": 0,
        "data_intact": 0,
        "upgrade_after_ok": 0,
        "killed_before_copy": 0,
        "killed_during_migration": 0,
        "killed_after_done": 0,
        "leftover_partial_copies": 0,
        "by_revision": {r: {"old": 0, "new": 0} for r in old_revisions},
        "problems": [],
    }
    began = time.monotonic()
    for trial in range(trials):
        rev = old_revisions[trial % len(old_revisions)]
        t = templates[rev]
        if trial % 2:
            delay = rng.uniform(t["copied_s"], t["done_s"])  # inside the migration transaction
        else:
            delay = rng.uniform(0.0, t["done_s"] * 1.25)
        path = copy_sqlite(t["path"], work / f"trial-{trial}.sqlite3")
        backups = work / f"backups-{trial}"
        marks, code = _run_child(path, backups, delay)
        tally["trials"] += 1
        tally["kills"] += code == -signal.SIGKILL
        tally["finished_before_kill"] += code == 0
        tally["killed_before_copy"] += code != 0 and "COPIED" not in marks
        tally["killed_during_migration"] += code != 0 and "COPIED" in marks and "DONE" not in marks
        tally["killed_after_done"] += code != 0 and "DONE" in marks
        tally["leftover_partial_copies"] += len(list(backups.glob("*.partial")))
        problems = _inspect(path, t, rev, tally)
        if problems:
            tally["problems"].append(
                {
                    "trial": trial,
                    "revision": rev,
                    "delay": round(delay, 4),
                    "marks": marks,
                    "problems": problems,
                }
            )
        path.unlink()
    tally.update(
        head=head,
        old_revisions=old_revisions,
        seconds=round(time.monotonic() - began, 1),
        seeded_rows={"residents": RESIDENTS, "visits": VISITS, "audit_rows": VISITS},
        measured_seconds={
            r: {"to_verified_copy": round(t["copied_s"], 4), "to_done": round(t["done_s"], 4)}
            for r, t in templates.items()
        },
    )
    out = write_figures("migration_crash", tally, results)
    ok = tally["other"] == 0 and not tally["problems"]
    print(
        f"migration crash trials: {trials} trials, {tally['kills']} kills "
        f"({tally['killed_during_migration']} inside the migration), old {tally['old']}, "
        f"new {tally['new']}, other {tally['other']}, integrity ok {tally['integrity_ok']}, "
        f"data intact {tally['data_intact']}, upgrade after ok {tally['upgrade_after_ok']} "
        f"-> {out}"
    )
    return 0 if ok else 1


def _inspect(path: Path, t: dict[str, Any], rev: str, tally: dict[str, Any]) -> list[str]:
    problems = []
    verdict = integrity(path)
    tally["integrity_ok"] += verdict == "ok"
    if verdict != "ok":
        problems.append(f"integrity_check: {verdict}")
    found = schema(path)
    state = "old" if found == t["old"] else "new" if found == t["new"] else "other"
    tally[state] += 1
    if state == "other":
        problems.append(f"schema is neither {rev} nor head: revision {found[2]}")
    else:
        tally["by_revision"][rev][state] += 1
    if fingerprint(path) == t["data"]:
        tally["data_intact"] += 1
    else:
        problems.append("seeded rows differ after the kill")
    try:
        db = Database(sqlite_url(path))
        upgrade_to_head(db, path.parent / "after-backups")
        db.dispose()
        wrong = [
            what
            for what, bad in (
                ("schema", schema(path) != t["new"]),
                ("integrity", integrity(path) != "ok"),
                ("seeded rows", fingerprint(path) != t["data"]),
            )
            if bad
        ]
        if wrong:
            problems.append(
                "after the upgrade that followed the kill: "
                + ", ".join(wrong)
                + " "
                + difference(schema(path), t["new"])
            )
        else:
            tally["upgrade_after_ok"] += 1
    except Exception as exc:
        problems.append(f"the upgrade after the kill failed: {type(exc).__name__}: {exc}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=int(date.today().strftime("%Y%m%d")))
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the JSON goes")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--backups", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.backups)
    return run(args.trials, args.seed, args.results)


if __name__ == "__main__":
    sys.exit(main())
