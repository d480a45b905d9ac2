"""Databases at an older schema revision, filled with data, and what their schema and rows are.

Used by the migration crash trials: a file made with ``command.upgrade(cfg, rev)`` and seeded
through plain SQL (the models describe head, not the old revision); its schema as SQLite holds it,
compared without caring about the order a batch migration writes a table's constraints in; and a
digest of the seeded columns, to prove that no row was lost or changed.
"""

from __future__ import annotations

import hashlib
import random
import re
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from alembic.script import ScriptDirectory

from hall_desk.db.database import Database
from hall_desk.db.migrate import alembic_config
from tests.trials.common import make_id, sqlite_url

RESIDENTS = 3000
VISITS = 6000
# The seeded columns of each table, compared before and after (later revisions may add columns).
SEEDED: dict[str, str] = {
    "site": "id, code, name, address, phone, created_at",
    "staff": "id, site_id, username, full_name, role, password_hash, active, failed_logins",
    "resident": "id, site_id, name, name_initials, id_number, phone, category, created_at",
    "visit": "id, site_id, resident_id, category, party_size, note, arrived_at, left_at",
    "visit_purpose": "visit_id, purpose",
    "quick_tally": "id, site_id, kind, counted_at, staff_id",
    "audit_entry": "id, site_id, staff_id, at, action, entity, entity_id, detail",
}
_SPACES = re.compile(r"\s+")


def revisions() -> list[str]:
    """Every revision from the first to head, in order."""
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


# -- the old databases -----------------------------------------------------------------------
#: The seed writes the tables as they were up to this revision; a file at a later revision
#: is seeded there and then migrated on (0004 chains the audit rows it finds, as in the field).
SEED_REVISION = "0003"


def make_at(path: Path, revision: str) -> Path:
    """A file migrated to ``revision`` only, filled with a busy center's first months."""
    order = revisions()
    seeded_at = min(revision, SEED_REVISION, key=order.index)
    _upgrade(path, seeded_at)
    conn = sqlite3.connect(path)
    with conn:
        _seed(conn)
    conn.close()
    if seeded_at != revision:
        _upgrade(path, revision)
    return path


def _upgrade(path: Path, revision: str) -> None:
    db = Database(sqlite_url(path))
    cfg = alembic_config()
    with db.engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    db.dispose()


def _seed(conn: sqlite3.Connection) -> None:
    rng = random.Random(7)
    t0 = datetime(2026, 3, 2, 9, 0)
    stamp = "2026-03-01 08:00:00.000000"
    conn.execute(
        "INSERT INTO site VALUES (1, 'CN01', '城南社区党群服务中心', '幸福路 88 号',"
        f" '0351-1234567', '{stamp}')"
    )
    conn.execute(
        "INSERT INTO staff (id, site_id, username, full_name, role, password_hash, active,"
        f" failed_logins, created_at) VALUES (1, 1, 'wang.admin', '王主任', 'admin', 'x', 1, 0,"
        f" '{stamp}')"
    )
    residents = [
        (
            i,
            1,
            f"居民{chr(0x4E00 + i % 2000)}",
            " jm ",
            make_id(date(1950, 1, 1) + timedelta(days=i), i),
            f"138{i:08d}",
            "resident",
            stamp,
            stamp,
        )
        for i in range(1, RESIDENTS + 1)
    ]
    conn.executemany(
        "INSERT INTO resident (id, site_id, name, name_initials, id_number, phone, category,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        residents,
    )
    visits, purposes, audit = [], [], []
    for v in range(1, VISITS + 1):
        at = t0 + timedelta(minutes=17 * v)
        when = at.strftime("%Y-%m-%d %H:%M:%S.000000")
        visits.append((v, 1, rng.randint(1, RESIDENTS), "resident", 1, f"备注{v}", when, 1))
        purposes.append((v, rng.choice(("errand", "reading", "consultation"))))
        audit.append((1, 1, when, "register", "visit", str(v), '{"party_size": 1}'))
    conn.executemany(
        "INSERT INTO visit (id, site_id, resident_id, category, party_size, note, arrived_at,"
        " registered_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        visits,
    )
    conn.executemany("INSERT INTO visit_purpose VALUES (?, ?)", purposes)
    conn.executemany(
        "INSERT INTO audit_entry (site_id, staff_id, at, action, entity, entity_id, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        audit,
    )
    conn.executemany(
        "INSERT INTO quick_tally (site_id, kind, counted_at, staff_id) VALUES (1, ?, ?, 1)",
        [("reader", f"2026-03-{1 + i % 28:02d} 10:00:00.000000") for i in range(500)],
    )


def _definition(sql: str | None) -> Any:
    """A statement with spaces collapsed; a table's clauses as a sorted tuple, because a batch
    migration rebuilds a table with its constraints in no fixed order."""
    text = _SPACES.sub(" ", sql or "").strip()
    if not text.upper().startswith("CREATE TABLE"):
        return text
    head, body = text[: text.index("(")], text[text.index("(") + 1 : text.rindex(")")]
    parts, depth, current = [], 0, ""
    for ch in body:
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    return (head.strip(), tuple(sorted([*parts, current.strip()])))


def schema(path: Path) -> tuple[Any, ...]:
    """Tables, columns, indexes and triggers as SQLite holds them, with the Alembic revision."""
    conn = sqlite3.connect(path)
    try:
        objects = sorted(
            (kind, name, table, _definition(sql))
            for kind, name, table, sql in conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        )
        columns = tuple(
            (t, tuple(conn.execute(f'PRAGMA table_info("{t}")').fetchall()))
            for kind, t, _, _ in objects
            if kind == "table"
        )
        version = tuple(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
    finally:
        conn.close()
    return (tuple(objects), columns, version)


def fingerprint(path: Path) -> dict[str, str]:
    """A digest of the seeded columns of every seeded table."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table, cols in SEEDED.items():
            digest = hashlib.sha256()
            for row in conn.execute(f"SELECT {cols} FROM {table} ORDER BY {cols.split(',')[0]}"):
                digest.update(repr(row).encode())
            out[table] = digest.hexdigest()
        return out
    finally:
        conn.close()


def difference(found: tuple[Any, ...], expected: tuple[Any, ...]) -> str:
    """The schema objects and revision one side has and the other lacks, briefly."""
    extra = sorted(set(found[0]) - set(expected[0]))[:3]
    missing = sorted(set(expected[0]) - set(found[0]))[:3]
    return f"(revision {found[2]}; extra {extra}; missing {missing})"[:1500]


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
