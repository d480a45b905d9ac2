"""What Hall Desk writes names residents: files 0600 and folders 0700, whatever the umask."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hall_desk import __main__ as entry
from hall_desk import config
from hall_desk.config import (
    DB_FILENAME,
    AppPaths,
    make_private,
    make_private_tree,
    private_opener,
    resolve_paths,
)
from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.periods import Period
from hall_desk.logging_setup import LOG_FILENAME, setup_logging
from hall_desk.services import Services
from hall_desk.services.archive import archive_pdf
from hall_desk.services.figures.ledgers import LedgerKind
from hall_desk.services.safety.backups import BackupService
from hall_desk.services.session import StaffSession
from hall_desk.translation import load_translator, translate_with
from tests.conftest import NOW

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    """The usual desktop umask, under which files are world-readable unless made private."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


@pytest.fixture
def hall_desk_logging() -> Iterator[None]:
    """Take the handlers ``setup_logging`` adds off the root logger again."""
    root = logging.getLogger()
    level = root.level
    yield
    for handler in list(root.handlers):
        if getattr(handler, "_hall_desk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def assert_private(*paths: Path) -> None:
    for path in paths:
        wanted = 0o700 if path.is_dir() else 0o600
        assert mode(path) == wanted, f"{path} is {oct(mode(path))}"


def everything_under(folder: Path) -> list[Path]:
    return [folder, *folder.rglob("*")]


def test_a_new_file_is_world_readable_under_this_umask(tmp_path: Path) -> None:
    """The premise of every test here: without care a file comes out 0644."""
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert mode(plain) == 0o644


def test_start_makes_the_folders_private_and_tightens_what_older_versions_left(
    tmp_path: Path,
) -> None:
    paths = resolve_paths(tmp_path / "data")
    old = [
        paths.db_file,
        paths.data_dir / (DB_FILENAME + "-wal"),
        paths.data_dir / (DB_FILENAME + "-shm"),
        paths.preferences_file,
        paths.log_dir / LOG_FILENAME,
        paths.log_dir / (LOG_FILENAME + ".1"),
        paths.backups_dir / "hall-desk-20261101-0900.sqlite3",
        paths.slips_dir / "2026" / "11" / "SC01-2026-00001.pdf",
        paths.exports_dir / "台账.xlsx",
    ]
    for file in old:
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o755)
        file.write_bytes(b"old")
        file.chmod(0o644)
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not ours")
    (paths.exports_dir / "link.txt").symlink_to(outside)

    paths.ensure()

    assert_private(paths.data_dir, *old)
    for folder in (paths.log_dir, paths.backups_dir, paths.slips_dir, paths.exports_dir):
        assert_private(*(p for p in everything_under(folder) if not p.is_symlink()))
    assert mode(outside) == 0o644  # a symlink is never followed out of the data folder


def test_a_fresh_start_creates_private_folders(tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path / "a" / "data", log_dir=tmp_path / "b" / "logs")
    paths.ensure()
    assert_private(paths.data_dir, paths.log_dir, paths.backups_dir)


def test_the_program_starts_with_a_private_umask_so_the_database_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hall_desk_logging: None
) -> None:
    monkeypatch.setattr(sys, "argv", ["hall-desk", "--data-dir", str(tmp_path), "verify"])
    entry.main()
    assert os.umask(0o022) == 0o077  # left as the program set it (the fixture restores it)
    paths = resolve_paths(tmp_path)
    assert paths.db_file.is_file()
    sidecars = [paths.data_dir / (DB_FILENAME + s) for s in config.SQLITE_SIDECARS]
    assert_private(
        paths.db_file,
        *(p for p in sidecars if p.exists()),
        paths.log_dir / LOG_FILENAME,
        *everything_under(paths.data_dir),
    )


def test_a_database_created_under_umask_077_and_its_wal_are_private(tmp_path: Path) -> None:
    config.restrict_umask()
    file = tmp_path / "hall-desk.sqlite3"
    db = Database(f"sqlite:///{file}")
    try:
        with db.write() as s:
            s.connection().exec_driver_sql("CREATE TABLE t (x INTEGER)")
        assert_private(file, tmp_path / "hall-desk.sqlite3-wal", tmp_path / "hall-desk.sqlite3-shm")
    finally:
        db.dispose()


def test_log_files_are_private_from_the_first_line_and_after_a_rollover(
    tmp_path: Path, hall_desk_logging: None
) -> None:
    log_dir = tmp_path / "logs"
    path = setup_logging(log_dir)
    logging.getLogger("hall_desk.test").info("a line")
    assert_private(log_dir, path)
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_hall_desk", False))
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    handler.doRollover()
    logging.getLogger("hall_desk.test").info("another line")
    assert_private(path, path.with_name(LOG_FILENAME + ".1"))


def test_an_archived_slip_and_its_folders_are_private(tmp_path: Path) -> None:
    archive = tmp_path / "slips"
    kept = archive_pdf(archive, "SC01-2026-00001.pdf", NOW, b"%PDF-1.4 slip")
    assert kept is not None and kept.read_bytes() == b"%PDF-1.4 slip"
    assert_private(*everything_under(archive))


def test_an_archived_slip_printed_again_stays_private(tmp_path: Path) -> None:
    archive = tmp_path / "slips"
    first = archive_pdf(archive, "a.pdf", NOW, b"one")
    assert first is not None
    first.chmod(0o644)
    again = archive_pdf(archive, "a.pdf", NOW, b"two")
    assert again is not None and again.read_bytes() == b"two"
    assert_private(again)


def test_a_backup_and_its_new_folder_are_private(
    services: Services, admin: StaffSession, clock: FixedClock, tmp_path: Path
) -> None:
    folder = tmp_path / "usb" / "backups"
    backups = BackupService(services.db, clock, folder, tmp_path / "last-backup.json")
    result = backups.back_up(admin)
    assert result.path.parent == folder
    assert_private(folder, result.path)


def test_a_ledger_export_is_private_wherever_it_is_saved(
    services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    target = tmp_path / "台账.xlsx"
    label = translate_with(load_translator("zh_CN"), "Messages")
    result = services.ledgers.export(
        clerk, Period.month(date(2026, 11, 20)), [LedgerKind.VISITS], target, label=label
    )
    assert result.path == target
    assert_private(target)


def test_an_existing_ledger_file_is_replaced_by_a_private_one(
    services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    target = tmp_path / "ledger.xlsx"
    target.write_bytes(b"older export")
    target.chmod(0o644)
    label = translate_with(load_translator("zh_CN"), "Messages")
    services.ledgers.export(
        clerk, Period.month(date(2026, 11, 20)), [LedgerKind.VISITS], target, label=label
    )
    assert_private(target)


def test_the_private_opener_creates_files_for_the_owner_only(tmp_path: Path) -> None:
    file = tmp_path / "new.part"
    with open(file, "xb", opener=private_opener) as handle:
        handle.write(b"x")
    assert_private(file)


def test_on_windows_nothing_is_changed_and_nothing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "f.txt"
    file.write_text("x")
    umask_calls: list[int] = []

    def fake_umask(mask: int) -> int:
        umask_calls.append(mask)
        return 0

    monkeypatch.setattr(config.os, "name", "nt")
    monkeypatch.setattr(config.os, "umask", fake_umask)
    config.restrict_umask()
    make_private(file)
    make_private_tree(tmp_path)
    monkeypatch.undo()
    assert umask_calls == []
    assert mode(file) == 0o644
