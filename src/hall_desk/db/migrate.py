"""Bring a database to the current schema with Alembic, safely.

Before any migration of an existing SQLite file, a copy is taken with SQLite's online backup
API and checked with ``PRAGMA integrity_check``; if the copy is not sound nothing is migrated.
Batch migrations run with foreign keys off (SQLite rebuilds tables to alter them) and the whole
upgrade is one transaction, checked with ``PRAGMA foreign_key_check`` before it commits.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from hall_desk.db.database import Database
from hall_desk.domain.errors import StorageError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    previous: str | None
    current: str
    backup: Path | None


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API and verify the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The safety copy of the database failed its integrity check ({verdict}); "
                "nothing was changed.",
            ),
            verdict=str(verdict)[:100],
        )
    partial.replace(target)
    return target


def upgrade_to_head(db: Database, backup_dir: Path | None = None) -> MigrationResult:
    """Migrate ``db`` to the newest schema; a no-op when it is already there."""
    head = head_revision()
    previous = current_revision(db)
    if previous == head:
        return MigrationResult(previous, head, None)
    if previous is not None and previous not in known_revisions():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This database was written by a newer version of Hall Desk (schema {revision}). "
                "Please install the newer version; nothing was changed.",
            ),
            revision=previous,
        )

    backup: Path | None = None
    path = db.sqlite_path
    if path is not None and previous is not None and path.exists() and backup_dir is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(path, backup_dir / f"pre-migration-{previous}-{stamp}.sqlite3")
        log.info("verified copy before migration: %s", backup)

    cfg = alembic_config()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            # Must be set outside a transaction, so on the raw connection before BEGIN.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if db.is_sqlite:
                    problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if problems:
                        raise StorageError(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "The database upgrade found {count} broken references and was "
                                "undone; the database is unchanged.",
                            ),
                            count=len(problems),
                        )
        finally:
            if db.is_sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
    log.info("database migrated from %s to %s", previous, head)
    return MigrationResult(previous, head, backup)
