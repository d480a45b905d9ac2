"""Migrations: from empty to head, the verified copy before migrating, newer schemas refused."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, inspect, text

from hall_desk.db.database import Database
from hall_desk.db.migrate import backup_sqlite, current_revision, head_revision, upgrade_to_head
from hall_desk.db.models import Base
from hall_desk.domain.errors import StorageError


def test_empty_database_migrates_to_the_models(db_url) -> None:
    # db_url is already at head; a second run is a no-op and the tables match the models.
    db = Database(db_url)
    try:
        result = upgrade_to_head(db)
        assert result.previous == result.current == head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        db.dispose()


def test_sqlite_runs_with_wal_full_sync_and_foreign_keys(sqlite_url) -> None:
    db = Database(sqlite_url)
    try:
        with db.write() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    finally:
        db.dispose()


def test_write_sessions_take_the_write_lock_up_front(sqlite_url) -> None:
    db = Database(sqlite_url)
    other = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), timeout=0.1)
    try:
        with db.write() as s:
            s.execute(text("SELECT 1"))  # nothing written yet, but BEGIN IMMEDIATE holds the lock
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()
        db.dispose()


def test_locked_database_gives_a_clear_message(sqlite_url) -> None:
    db = Database(sqlite_url)

    @event.listens_for(db.engine, "connect")
    def _impatient(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA busy_timeout = 50")

    holder = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as caught, db.write() as s:
            s.execute(text("SELECT 1"))
        assert "busy" in caught.value.message.template
    finally:
        holder.rollback()
        holder.close()
        db.dispose()


def test_backup_before_migration_is_verified(tmp_path) -> None:
    source = tmp_path / "old.sqlite3"
    db = Database(f"sqlite:///{source}")
    upgrade_to_head(db)
    with db.write() as s:
        s.execute(text("DELETE FROM alembic_version"))  # pretend the schema predates Alembic
    db.dispose()
    copy = backup_sqlite(source, tmp_path / "backups" / "copy.sqlite3")
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_migrating_an_existing_file_keeps_a_verified_copy(tmp_path, monkeypatch) -> None:
    from hall_desk.db import migrate

    path = tmp_path / "desk.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade_to_head(db)
    with db.write() as s:
        s.execute(
            text(
                "INSERT INTO site (code, name, address, phone, created_at) "
                "VALUES ('CN01', '城南', '', '', '2026-01-01 00:00:00')"
            )
        )
    # Pretend a newer revision exists, so the file counts as needing a migration.
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002_next")
    result = upgrade_to_head(db, tmp_path / "backups")
    db.dispose()
    assert result.backup is not None and result.backup.parent == tmp_path / "backups"
    assert result.backup.name.startswith(f"pre-migration-{result.previous}-")
    copy = sqlite3.connect(result.backup)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT name FROM site").fetchone()[0] == "城南"
    copy.close()


def test_newer_schema_is_refused_and_left_alone(tmp_path) -> None:
    path = tmp_path / "newer.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade_to_head(db)
    with db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    with pytest.raises(StorageError) as caught:
        upgrade_to_head(db, tmp_path / "backups")
    assert caught.value.message.params["revision"] == "ffff9999"
    assert current_revision(db) == "ffff9999"
    db.dispose()


def test_the_migrations_build_exactly_the_models(db_url) -> None:
    # Every table, column, type, index and constraint of the models comes from a migration,
    # and no migration leaves anything the models do not know.
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from hall_desk.db import activity_models, party_models, room_models  # noqa: F401  (tables)

    db = Database(db_url)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.dispose()
