"""What the trial scripts share: a migrated database, a center with staff, and the figures file.

The trials are scripts, not unit tests: each runs as ``python -m tests.trials.<name>``, writes
its figures to ``benchmarks/results/trials_<name>.json`` and prints a one-line summary.
"""

from __future__ import annotations

import json
import platform
import sqlite3
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.domain.id_numbers import check_character
from hall_desk.services import Services, create_services
from hall_desk.services.calendar import CalendarService
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession

REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / "benchmarks" / "results"
# The test suite's fixed moment: a Friday morning in the center's local time.
NOW = datetime(2026, 11, 20, 9, 30)
CLERK = "li.clerk"


def fast_passwords() -> Passwords:
    """argon2id at a low cost, as in the test suite; the trials are not about hashing."""
    return Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def migrated(url: str) -> str:
    """Bring the database at ``url`` to head with the holiday calendar seeded."""
    db = Database(url)
    try:
        upgrade_to_head(db)
        CalendarService(db, Clock()).ensure_seeded()
    finally:
        db.dispose()
    return url


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite file with the online backup API."""
    target.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def open_services(url: str, clock: FixedClock | None = None, slips: Path | None = None) -> Services:
    return create_services(
        Database(url), clock or FixedClock(NOW), fast_passwords(), slips_dir=slips
    )


def set_up(services: Services) -> tuple[StaffSession, StaffSession]:
    """The center CN01 with its administrator and the clerk li.clerk, both signed in."""
    from tests.conftest import add_clerk, set_up_center

    admin = set_up_center(services)
    return admin, add_clerk(services, admin, CLERK)


def sign_in_clerk(services: Services) -> StaffSession:
    from tests.conftest import CLERK_PASSWORD

    return services.staff.sign_in(CLERK, CLERK_PASSWORD)


def make_id(birth: date = date(1960, 3, 7), seq: int = 123, region: str = "140105") -> str:
    """A valid 18-digit resident ID number."""
    body = f"{region}{birth:%Y%m%d}{seq % 1000:03d}"
    return body + check_character(body)


def write_figures(name: str, figures: dict[str, Any], directory: Path = RESULTS) -> Path:
    """Write ``trials_<name>.json`` (in benchmarks/results by default) with when and how it ran."""
    directory.mkdir(parents=True, exist_ok=True)
    out = directory / f"trials_{name}.json"
    document = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "command": " ".join(["python -m tests.trials." + Path(sys.argv[0]).stem, *sys.argv[1:]]),
        **figures,
    }
    out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def audit_chain(url: str) -> dict[str, Any]:
    """``hall-desk verify``'s verdict on the database: integrity and the whole audit chain."""
    try:
        from hall_desk.services.safety.audit_chain import verify
    except ImportError:  # the audit chain is not part of this version
        return {"ok": None, "reason": "no audit chain in this version"}
    db = Database(url)
    try:
        result = verify(db)
    finally:
        db.dispose()
    return {
        "ok": result.ok,
        "rows": result.rows_checked,
        "reason": result.reason,
        "first_broken_id": result.first_broken_id,
    }
