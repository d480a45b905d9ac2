"""SQLite files for backup and restore: a verified copy, a check of a chosen file, a swap.

Every copy goes through SQLite's online backup API (one step, so it is one consistent snapshot
however busy the other desks' writes are) into a temporary file, is switched to a single file
(``journal_mode=DELETE``), checked with ``PRAGMA integrity_check`` and for a Hall Desk schema,
flushed to the disk, and only then renamed into place. A temporary file never outlives the call.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hall_desk.config import make_private
from hall_desk.db.migrate import head_revision, known_revisions
from hall_desk.domain.errors import StorageError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.safety.backup_rotation import BACKUP_PREFIX, parse_backup_name

log = logging.getLogger(__name__)

PARTIAL_SUFFIX = ".partial"
SIDECARS = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_S = 10.0
#: Errors that mean the file itself is not a sound database (as opposed to a disk or folder).
DAMAGE_ERRORS = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
BUSY_ERRORS = ("SQLITE_BUSY", "SQLITE_LOCKED")

WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Messages",
    "The backup could not be written to {folder} ({reason}). Check that the drive is plugged "
    "in, not full and not write-protected, or choose another folder in Settings > Backups. "
    "The desk keeps working.",
)
LIVE_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "The copy of the database failed its check ({verdict}), so it was not kept. The database "
    "itself may be damaged: please ask for help before changing anything more.",
)
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "Messages", "{file} is not a database, or it is damaged ({reason}). Nothing was changed."
)
FILE_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is damaged: its integrity check found problems ({verdict}). Nothing was changed.",
)
NOT_HALL_DESK = QT_TRANSLATE_NOOP(
    "Messages", "{file} is not a Hall Desk database. Nothing was changed."
)
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} was made by a newer version of Hall Desk (schema {revision}). Install that version "
    "to restore it; nothing was changed.",
)
IN_USE = QT_TRANSLATE_NOOP(
    "Messages",
    "Another Hall Desk window or program has the database open. Close it and try again; "
    "nothing was changed.",
)


class DamagedDatabase(StorageError):
    """The database being copied is itself unreadable or fails its integrity check."""


@dataclass(frozen=True)
class CheckedCopy:
    path: Path
    size: int
    check: str
    revision: str


@dataclass(frozen=True)
class BackupInfo:
    """A file offered for a restore, checked: when it was taken and whose data it holds."""

    path: Path
    taken_at: datetime
    size: int
    revision: str
    centers: tuple[str, ...]
    #: An older schema, brought up to date when restored.
    needs_upgrade: bool


def _errorname(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", ""))


def reason_of(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160]


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never write to ``path`` (any characters in the name are safe)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)


def integrity_verdict(conn: sqlite3.Connection) -> str:
    """``"ok"``, or the first problems ``PRAGMA integrity_check`` reports."""
    rows = conn.execute("PRAGMA integrity_check(20)").fetchall()
    return "; ".join(str(row[0]) for row in rows)[:300] or "no answer"


def hall_desk_revision(conn: sqlite3.Connection) -> str | None:
    """The schema revision of a Hall Desk database, or None when it is not one."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"alembic_version", "site"} <= tables:
        return None
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 and rows[0][0] else None


def remove_with_sidecars(path: Path) -> None:
    """Delete ``path`` and its ``-wal``, ``-shm`` and ``-journal`` files, if there."""
    for suffix in ("", *SIDECARS):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no handle on a folder)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network, FAT on a USB stick) refuse; the data is synced
        pass
    finally:
        os.close(fd)


def remove_stale_partials(folder: Path, older_than_s: float = 3600) -> None:
    """Temporary files left by a backup that was killed (a power cut) an hour or more ago."""
    try:
        candidates = list(folder.glob(BACKUP_PREFIX + "*" + PARTIAL_SUFFIX))
    except OSError:
        return
    for path in candidates:
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime > older_than_s:
                remove_with_sidecars(path)


def _snapshot(source: Path, partial: Path) -> tuple[str, str | None]:
    """Copy ``source`` into ``partial`` as one file; its integrity verdict and schema revision."""
    try:
        src = connect_read_only(source)
    except sqlite3.Error as exc:
        raise DamagedDatabase(NOT_A_DATABASE, file=str(source), reason=reason_of(exc)) from exc
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)  # all pages in one step: a consistent snapshot, never restarted
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            verdict = integrity_verdict(dst)
            revision = hall_desk_revision(dst) if verdict == "ok" else None
        finally:
            dst.close()
    finally:
        src.close()
    return verdict, revision


def write_checked_copy(source: Path, target: Path, *, require_known: bool = True) -> CheckedCopy:
    """Copy the SQLite database ``source`` to ``target``, verified, or raise ``StorageError``.

    The copy is made beside ``target`` under a temporary name and renamed into place only when
    it passes ``integrity_check`` and holds a Hall Desk schema (a known revision unless
    ``require_known`` is false). Nothing is left at ``target`` or beside it on failure.
    """
    folder = target.parent
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        remove_with_sidecars(partial)
        verdict, revision = _snapshot(source, partial)
        if verdict != "ok":
            raise DamagedDatabase(LIVE_DAMAGED, verdict=verdict)
        if revision is None or (require_known and revision not in known_revisions()):
            raise DamagedDatabase(NOT_HALL_DESK, file=str(source))
        make_private(partial)
        fsync_file(partial)
        os.replace(partial, target)
        fsync_folder(folder)
        return CheckedCopy(target, target.stat().st_size, verdict, revision)
    except sqlite3.Error as exc:
        if _errorname(exc) in DAMAGE_ERRORS:
            raise DamagedDatabase(LIVE_DAMAGED, verdict=reason_of(exc)) from exc
        raise StorageError(WRITE_FAILED, folder=str(folder), reason=reason_of(exc)) from exc
    except OSError as exc:
        raise StorageError(WRITE_FAILED, folder=str(folder), reason=reason_of(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            remove_with_sidecars(partial)


def inspect_backup(path: Path) -> BackupInfo:
    """Check a file offered for a restore: a sound SQLite file holding a Hall Desk database of
    this version's schema or an older one. Raises ``StorageError`` saying what is wrong."""
    if not path.is_file():
        raise StorageError(NOT_A_DATABASE, file=str(path), reason="no such file")
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise StorageError(NOT_A_DATABASE, file=str(path), reason=reason_of(exc)) from exc
    try:
        verdict = integrity_verdict(conn)
        if verdict != "ok":
            raise StorageError(FILE_DAMAGED, file=str(path), verdict=verdict)
        revision = hall_desk_revision(conn)
        if revision is None:
            raise StorageError(NOT_HALL_DESK, file=str(path))
        if revision not in known_revisions():
            raise StorageError(NEWER_SCHEMA, file=str(path), revision=revision)
        centers = tuple(str(row[0]) for row in conn.execute("SELECT name FROM site ORDER BY id"))
    except sqlite3.Error as exc:
        if _errorname(exc) in DAMAGE_ERRORS:
            raise StorageError(FILE_DAMAGED, file=str(path), verdict=reason_of(exc)) from exc
        raise StorageError(NOT_A_DATABASE, file=str(path), reason=reason_of(exc)) from exc
    finally:
        conn.close()
    stat = path.stat()
    parsed = parse_backup_name(path.name)
    taken_at = (
        parsed.taken_at
        if parsed is not None
        else datetime.fromtimestamp(stat.st_mtime).replace(second=0, microsecond=0)
    )
    return BackupInfo(path, taken_at, stat.st_size, revision, centers, revision != head_revision())


def make_single_file(path: Path) -> None:
    """Fold any write-ahead log into ``path`` and drop its side files."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    for suffix in SIDECARS:
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def take_over(live: Path) -> None:
    """Make sure nothing else has ``live`` open, then fold its WAL in and remove the side files.

    Leaving WAL mode needs the only connection to the file, so it fails while another window
    or program has the database open: the restore stops there, with nothing changed.
    """
    if live.exists():
        try:
            conn = sqlite3.connect(live, timeout=2.0)
            try:
                mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.Error as exc:
            if _errorname(exc) in BUSY_ERRORS:
                raise StorageError(IN_USE) from exc
            if _errorname(exc) not in DAMAGE_ERRORS:
                raise
            # A damaged database (already saved aside) is about to be replaced anyway.
            log.warning("database being replaced is damaged: %s", exc)
            mode = "delete"
        if mode.lower() != "delete":
            raise StorageError(IN_USE)
    for suffix in SIDECARS:
        with contextlib.suppress(FileNotFoundError):
            live.with_name(live.name + suffix).unlink()
