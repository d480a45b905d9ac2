"""Backups and restores on real SQLite files: verified copies, rotation, failures, restores."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from hall_desk.db.database import Database
from hall_desk.db.migrate import alembic_config, current_revision, head_revision
from hall_desk.db.models import AuditEntry
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import PermissionDenied, StorageError
from hall_desk.services import Services, create_services
from hall_desk.services.safety import backup_files
from hall_desk.services.safety.backup_rotation import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    backup_file_name,
    backups_to_keep,
    parse_backup_name,
)
from hall_desk.services.safety.backups import BackupService
from hall_desk.services.session import StaffSession
from tests.conftest import NOW, add_clerk, set_up_center

Desk = tuple[Services, StaffSession, BackupService, Path]
MARKER_TABLE = "CREATE TABLE IF NOT EXISTS backup_marker (id INTEGER PRIMARY KEY, label TEXT)"


@pytest.fixture
def desk(sqlite_url: str, clock: FixedClock, passwords, tmp_path: Path) -> Iterator[Desk]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    folder = tmp_path / "backups"
    backups = BackupService(db, clock, folder, tmp_path / "last-backup.json")
    yield services, admin, backups, folder
    db.dispose()


def add_markers(db: Database, count: int, label: str = "marker") -> None:
    """Rows in a table of the test's own, so the audit chain is left alone."""
    with db.write() as s:
        s.execute(text(MARKER_TABLE))
        s.execute(
            text("INSERT INTO backup_marker (label) VALUES (:label)"),
            [{"label": label}] * count,
        )


def count_markers(path: Path, label: str = "marker") -> int:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT count(*) FROM backup_marker WHERE label = ?", (label,))
        return int(row.fetchone()[0])
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "partial" in p.name or "-journal" in p.name)


# -- taking backups -----------------------------------------------------------------------------
def test_a_backup_is_one_checked_file_named_by_the_time(desk: Desk) -> None:
    services, admin, backups, folder = desk
    add_markers(services.db, 3)
    result = backups.back_up(admin)
    assert result.path == folder / "hall-desk-2026-11-20_0930.sqlite3"
    assert result.check == "ok" and result.size == result.path.stat().st_size > 0
    assert result.path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one file
    assert count_markers(result.path) == 3
    assert sorted(p.name for p in folder.iterdir()) == [result.path.name]
    # A second backup in the same minute gets its own name; only the newest of a day is kept.
    second = backups.back_up(admin)
    assert second.path.name == "hall-desk-2026-11-20_0930-2.sqlite3"
    assert second.removed == (result.path,)
    status = backups.status()
    assert status.newest == second.path and status.check == "ok" and status.count == 1
    assert status.newest_at == NOW and status.failure is None
    with services.db.read() as s:
        logged = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup")).all()
    assert [e.entity_id for e in logged] == [result.path.name, second.path.name]
    assert all(e.staff_id == admin.staff_id for e in logged)


def test_backup_while_another_desk_writes_is_a_consistent_snapshot(
    desk: Desk, clock: FixedClock
) -> None:
    services, admin, backups, folder = desk
    path = services.db.sqlite_path
    assert path is not None
    add_markers(services.db, 20_000, "bulk")  # a few MB, so copies take a moment
    stop = threading.Event()
    started = threading.Event()
    written: list[int] = []

    def write_pairs() -> None:
        # Another connection commits rows two at a time; a sound copy never holds half a pair.
        conn = sqlite3.connect(path, timeout=10)
        conn.execute("PRAGMA journal_mode = WAL")
        n = 0
        while not stop.is_set():
            with conn:
                for _ in range(2):
                    conn.execute("INSERT INTO backup_marker (label) VALUES ('pair')")
            n += 1
            started.set()
            time.sleep(0.0002)  # a busy desk, not a flood that grows the file without end
        conn.close()
        written.append(n)

    writer = threading.Thread(target=write_pairs)
    writer.start()
    assert started.wait(10)
    copies = []
    try:
        for _ in range(5):
            copies.append(backups.back_up(admin).path)
            clock.advance(days=1)  # one copy a day, so the rotation keeps them all
    finally:
        stop.set()
        writer.join()
    counts = []
    for copy in copies:
        conn = sqlite3.connect(copy)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
        counts.append(count_markers(copy, "pair"))
        assert count_markers(copy, "bulk") == 20_000
    assert all(c % 2 == 0 for c in counts), counts
    assert counts == sorted(counts) and counts[0] > 0
    assert counts[-1] <= 2 * written[0]
    assert written and written[0] > 0
    assert leftovers(folder) == []


def test_a_copy_failing_its_check_is_not_kept_and_the_failure_is_recorded(
    desk: Desk, monkeypatch
) -> None:
    _services, admin, backups, folder = desk
    monkeypatch.setattr(backup_files, "integrity_verdict", lambda conn: "row 7 missing from index")
    with pytest.raises(StorageError) as caught:
        backups.back_up(admin)
    assert "row 7 missing" in str(caught.value)
    assert list(folder.iterdir()) == []  # neither the backup nor its temporary file
    status = backups.status()
    assert status.newest is None and status.failure is not None
    assert "row 7 missing" in status.failure.render()


def test_a_missing_backup_folder_fails_clearly_and_the_desk_keeps_working(
    desk: Desk, tmp_path: Path, clock: FixedClock
) -> None:
    services, admin, _backups, _folder = desk
    usb = tmp_path / "usb-stick" / "hall-desk"
    backups = BackupService(
        services.db,
        clock,
        tmp_path / "backups",
        tmp_path / "state.json",
        chosen_folder=lambda: str(usb),
    )
    with pytest.raises(StorageError) as caught:
        backups.back_up(admin)
    assert str(usb) in str(caught.value) and "USB" in str(caught.value)
    assert not usb.exists()  # a chosen folder is never created: it is a drive not plugged in
    assert backups.auto_backup("start") is None  # logged and recorded, not raised
    status = backups.status()
    assert status.folder == usb and status.failure is not None
    assert str(usb) in status.failure.render()
    assert status.failed_at == NOW
    assert status.folder_problem is not None and str(usb) in status.folder_problem.render()
    # The desk itself goes on; once the drive is back the failure is cleared.
    add_markers(services.db, 1)
    usb.mkdir(parents=True)
    clock.advance(minutes=5)
    assert backups.auto_backup("start") is not None
    status = backups.status()
    assert status.failure is None and status.check == "ok"


def test_a_file_where_the_folder_should_be_is_refused(desk: Desk, tmp_path: Path, clock) -> None:
    services, admin, _backups, _folder = desk
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    backups = BackupService(
        services.db, clock, tmp_path / "b", tmp_path / "s.json", chosen_folder=lambda: str(blocker)
    )
    with pytest.raises(StorageError, match="not a folder"):
        backups.back_up(admin)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_fails_clearly(desk: Desk, tmp_path: Path, clock) -> None:
    services, admin, _backups, _folder = desk
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    backups = BackupService(
        services.db, clock, tmp_path / "b", tmp_path / "s.json", chosen_folder=lambda: str(locked)
    )
    try:
        with pytest.raises(StorageError) as caught:
            backups.back_up(admin)
        assert str(locked) in str(caught.value)
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_automatic_backups_come_at_most_once_an_hour(desk: Desk, clock: FixedClock) -> None:
    _services, _admin, backups, folder = desk
    first = backups.auto_backup("start")
    assert first is not None
    clock.advance(minutes=59)
    assert backups.auto_backup("exit") is None
    clock.advance(minutes=1)
    second = backups.auto_backup("exit")
    assert second is not None and second.path.name == "hall-desk-2026-11-20_1030.sqlite3"
    assert second.removed == (first.path,)  # one a day is kept
    assert [p.name for p in folder.iterdir()] == [second.path.name]


def test_backups_are_refused_on_postgresql(tmp_path: Path, clock) -> None:
    db = Database("postgresql+psycopg://desk@localhost/halldesk")  # never connected
    backups = BackupService(db, clock, tmp_path / "b", tmp_path / "s.json")
    assert not backups.supported and not backups.status().supported
    assert backups.auto_backup("start") is None
    with pytest.raises(StorageError, match="pg_dump"):
        backups.back_up(None)
    with pytest.raises(StorageError, match="pg_dump"):
        backups.restore(None, tmp_path / "x.sqlite3")
    db.dispose()


def test_rotation_keeps_daily_weekly_monthly_and_leaves_other_files_alone(
    desk: Desk, clock: FixedClock
) -> None:
    _services, admin, backups, folder = desk
    folder.mkdir()
    # A backup at 09:00 every day for 400 days, plus a copy saved before a restore long ago
    # and somebody else's file.
    for days in range(1, 401):
        (folder / backup_file_name(NOW - timedelta(days=days, minutes=30))).write_bytes(b"")
    saved = folder / backup_file_name(NOW - timedelta(days=300), before_restore=True)
    saved.write_bytes(b"")
    (folder / "photos.zip").write_bytes(b"")
    result = backups.back_up(admin)
    names = {p.name for p in folder.iterdir()}
    assert result.path.name in names and saved.name in names and "photos.zip" in names
    kept = [n for n in names if (p := parse_backup_name(n)) and not p.before_restore]
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    days = sorted({parse_backup_name(n).taken_at.date() for n in kept}, reverse=True)  # type: ignore[union-attr]
    assert days[:14] == [NOW.date() - timedelta(days=d) for d in range(14)]
    months = {(d.year, d.month) for d in days}
    assert len(months) == 12
    assert len(result.removed) == 401 - len(kept)


# -- the retention rule --------------------------------------------------------------------------
times = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1))


@settings(max_examples=300, deadline=None)
@given(st.lists(times, max_size=120), times)
def test_retention_properties(stamps: list[datetime], now: datetime) -> None:
    files = list(enumerate(stamps))
    keep = backups_to_keep(files, now)
    assert keep <= {i for i, _ in files}
    assert len(keep) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    if not files:
        return
    newest = max(stamps)
    assert any(stamps[i] == newest for i in keep)  # the newest backup is never deleted
    # The newest backup of each of the 14 most recent days that have one is kept.
    counted = [min(t, now) for t in stamps]
    recent_days = sorted({t.date() for t in counted}, reverse=True)[:KEEP_DAILY]
    for day in recent_days:
        on_day = [i for i, t in enumerate(counted) if t.date() == day]
        assert any(i in keep for i in on_day), day
    # Deleting what is not kept and asking again changes nothing.
    assert backups_to_keep([(i, stamps[i]) for i in keep], now) == keep


def test_retention_of_a_desk_used_on_weekdays_only() -> None:
    start = datetime(2025, 1, 6, 8, 0)  # a Monday
    stamps = []
    day = start
    while day < datetime(2026, 11, 21):
        if day.weekday() < 5:
            stamps += [day, day.replace(hour=17, minute=30)]
        day += timedelta(days=1)
    keep = backups_to_keep(list(enumerate(stamps)), NOW)
    kept = sorted(stamps[i] for i in keep)
    assert kept[-1] == stamps[-1] and kept[-1].hour == 17
    daily = {t.date() for t in kept if t >= datetime(2026, 11, 1)}
    assert len(daily) == 14  # fourteen working days, not fourteen calendar days
    assert len(kept) <= 34


def test_backup_names_round_trip() -> None:
    name = backup_file_name(datetime(2026, 11, 22, 9, 30))
    assert name == "hall-desk-2026-11-22_0930.sqlite3"
    parsed = parse_backup_name(name)
    assert parsed is not None and parsed.taken_at == datetime(2026, 11, 22, 9, 30)
    again = parse_backup_name(backup_file_name(NOW, sequence=3, before_restore=True))
    assert again is not None and again.sequence == 3 and again.before_restore
    for other in ("hall-desk.sqlite3", "hall-desk-2026-13-01_0930.sqlite3", "x.sqlite3"):
        assert parse_backup_name(other) is None


# -- restoring ----------------------------------------------------------------------------------
def live_path(services: Services) -> Path:
    path = services.db.sqlite_path
    assert path is not None
    return path


def test_restoring_a_backup_brings_back_its_rows_and_no_stale_wal(
    desk: Desk, clock: FixedClock
) -> None:
    services, admin, backups, folder = desk
    live = live_path(services)
    add_markers(services.db, 5)
    backup = backups.back_up(admin).path
    clock.advance(minutes=10)
    add_markers(services.db, 7, "later")
    assert live.with_name(live.name + "-wal").exists()  # the desk is running in WAL mode
    info = backups.inspect(backup)
    assert info.centers == ("城南社区党群服务中心",) and info.taken_at == NOW
    assert not info.needs_upgrade

    result = backups.restore(admin, backup)

    for suffix in ("-wal", "-shm", "-journal", ".restore.partial"):
        assert not live.with_name(live.name + suffix).exists(), suffix
    assert count_markers(live) == 5 and count_markers(live, "later") == 0
    # What was there before is kept beside the backups, and is not rotated away.
    assert result.saved_before is not None and result.saved_before.parent == folder
    assert "before-restore" in result.saved_before.name and not result.replaced_was_damaged
    assert count_markers(result.saved_before, "later") == 7
    # The same Database object goes on working, on the restored file, and the restore is in
    # its audit log.
    with services.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
    assert entry.entity_id == backup.name and entry.site_id == admin.site_id
    assert admin.full_name in entry.detail
    add_markers(services.db, 1, "after")
    assert count_markers(live, "after") == 1


def test_restore_needs_an_administrator(desk: Desk) -> None:
    services, admin, backups, _folder = desk
    clerk = add_clerk(services, admin)
    backup = backups.back_up(admin).path
    with pytest.raises(PermissionDenied):
        backups.restore(clerk, backup)


def test_restore_is_refused_while_another_program_has_the_database_open(desk: Desk) -> None:
    services, admin, backups, _folder = desk
    live = live_path(services)
    backup = backups.back_up(admin).path
    add_markers(services.db, 4, "later")
    other = sqlite3.connect(live)
    other.execute("SELECT count(*) FROM site").fetchone()
    try:
        with pytest.raises(StorageError, match="has the database open"):
            backups.restore(admin, backup)
    finally:
        other.close()
    assert count_markers(live, "later") == 4
    assert not live.with_name(live.name + ".restore.partial").exists()


def corrupt_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    for i in range(middle, middle + page):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))


def test_a_corrupted_backup_is_refused_and_the_database_untouched(desk: Desk) -> None:
    services, admin, backups, folder = desk
    live = live_path(services)
    add_markers(services.db, 3000)
    backup = backups.back_up(admin).path
    corrupt_middle(backup)
    services.db.dispose()
    before = digest(live)
    with pytest.raises(StorageError) as caught:
        backups.restore(admin, backup)
    assert "damaged" in str(caught.value) or "not a database" in str(caught.value)
    assert digest(live) == before
    assert [p.name for p in folder.iterdir()] == [backup.name]  # no copy, nothing left over


def test_a_database_of_another_program_is_refused(desk: Desk, tmp_path: Path) -> None:
    _services, admin, backups, _folder = desk
    other = tmp_path / "shop.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE sale (id INTEGER PRIMARY KEY, amount INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="not a Hall Desk database"):
        backups.restore(admin, other)
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("not a database at all " * 100)
    with pytest.raises(StorageError, match="not a database"):
        backups.restore(admin, text_file)


def test_a_backup_from_a_newer_version_is_refused(desk: Desk) -> None:
    services, admin, backups, _folder = desk
    backup = backups.back_up(admin).path
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    add_markers(services.db, 2, "later")
    with pytest.raises(StorageError, match="newer version") as caught:
        backups.restore(admin, backup)
    assert "0099_from_the_future" in str(caught.value)
    assert count_markers(live_path(services), "later") == 2


def test_an_older_backup_is_brought_to_this_version(desk: Desk, tmp_path: Path) -> None:
    services, admin, backups, _folder = desk
    old = tmp_path / "old" / "hall-desk-2026-03-02_1700.sqlite3"
    old.parent.mkdir()
    old_db = Database(f"sqlite:///{old}")
    cfg = alembic_config()
    with old_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.execute(
            text(
                "INSERT INTO site (code, name, address, phone, created_at) "
                "VALUES ('CN01', '城南社区党群服务中心', '', '', '2026-01-05 09:00:00')"
            )
        )
    old_db.dispose()
    info = backups.inspect(old)
    assert info.revision == "0002" and info.needs_upgrade

    result = backups.restore(admin, old)

    assert result.upgraded_from == "0002"
    assert current_revision(services.db) == head_revision()
    with services.db.read() as s:
        assert s.execute(text("SELECT name FROM site")).scalar() == "城南社区党群服务中心"
        assert s.scalar(select(func.count()).where(AuditEntry.action == "restore")) == 1


def test_a_failed_upgrade_leaves_the_database_as_it_was(desk: Desk, monkeypatch) -> None:
    from hall_desk.services.safety import backups as module

    services, admin, backups, _folder = desk
    live = live_path(services)
    backup = backups.back_up(admin).path
    add_markers(services.db, 2, "later")

    def broken(db: Database, backup_dir: Path | None = None) -> None:
        raise StorageError("The database upgrade found 3 broken references and was undone.")

    monkeypatch.setattr(module, "upgrade_to_head", broken)
    with pytest.raises(StorageError, match="broken references"):
        backups.restore(admin, backup)
    assert count_markers(live, "later") == 2
    assert not live.with_name(live.name + ".restore.partial").exists()


def test_a_damaged_database_can_be_replaced_and_is_kept_as_it_was(desk: Desk) -> None:
    services, admin, backups, _folder = desk
    live = live_path(services)
    add_markers(services.db, 3000)
    backup = backups.back_up(admin).path
    services.db.dispose()
    corrupt_middle(live)
    result = backups.restore(admin, backup)
    assert result.replaced_was_damaged and result.saved_before is not None
    assert result.saved_before.name.endswith("-damaged.sqlite3")
    assert result.saved_before.read_bytes()[:16] == b"SQLite format 3\x00"
    conn = sqlite3.connect(live)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert count_markers(live) == 3000


def test_the_database_in_use_cannot_be_restored_onto_itself(desk: Desk) -> None:
    services, admin, backups, _folder = desk
    with pytest.raises(StorageError, match="in use now"):
        backups.restore(admin, live_path(services))


def test_a_failure_in_a_folder_no_longer_used_is_not_shown(
    desk: Desk, tmp_path: Path, clock
) -> None:
    services, _admin, _backups, _folder = desk
    chosen = {"folder": str(tmp_path / "unplugged")}
    backups = BackupService(
        services.db,
        clock,
        tmp_path / "b",
        tmp_path / "s.json",
        chosen_folder=lambda: chosen["folder"],
    )
    assert backups.auto_backup("start") is None
    assert backups.status().failure is not None
    chosen["folder"] = ""  # the administrator went back to the standard folder
    assert backups.status().failure is None
