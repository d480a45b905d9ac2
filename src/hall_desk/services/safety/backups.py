"""Backups of the desk's SQLite database, and restoring one of them.

Backups are taken on start and on exit (at most one an hour), on demand, and before every
restore, into a folder of this PC's choosing (a second disk or a USB drive is best). Each is a
verified copy (see ``backup_files``); old ones are thinned to 14 daily, 8 weekly and 12 monthly
copies (see ``backup_rotation``). The outcome of the last attempt - the file and its check, or
why it failed - is kept in a small ``last-backup.json`` beside the preferences, which is always
writable even when the backup folder is on a drive that has been unplugged.

On PostgreSQL the server's administrator backs up with ``pg_dump``; the app takes no backups.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from hall_desk.config import make_private, make_private_dir
from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.db.models import Site
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError, Message, StorageError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services import audit
from hall_desk.services.safety.backup_files import (
    BackupInfo,
    DamagedDatabase,
    fsync_file,
    fsync_folder,
    inspect_backup,
    make_single_file,
    reason_of,
    remove_stale_partials,
    remove_with_sidecars,
    take_over,
    write_checked_copy,
)
from hall_desk.services.safety.backup_rotation import (
    BackupFile,
    backup_file_name,
    backups_to_keep,
    list_backups,
)
from hall_desk.services.safety.backup_status import STATUS_FILE_NAME as STATUS_FILE_NAME
from hall_desk.services.safety.backup_status import StatusFile
from hall_desk.services.session import StaffSession

log = logging.getLogger(__name__)

#: Automatic backups are skipped while the newest backup is younger than this.
AUTO_INTERVAL = timedelta(hours=1)
BEFORE_RESTORE_REASON = "before-restore"

NOT_ON_POSTGRESQL = QT_TRANSLATE_NOOP(
    "Messages",
    "This desk works on a PostgreSQL server, which Hall Desk does not back up or restore "
    "itself: the server's administrator backs it up with pg_dump and restores with pg_restore.",
)
FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "The backup folder {folder} is not there. If it is on a USB drive or a second disk, plug "
    "it in, or choose another folder in Settings > Backups. The desk keeps working.",
)
NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "Messages",
    "{folder} is a file, not a folder, so no backup can be written there. Choose another "
    "folder in Settings > Backups.",
)
NO_DATABASE = QT_TRANSLATE_NOOP("Messages", "There is no database at {path} to back up yet.")
SAME_FILE = QT_TRANSLATE_NOOP(
    "Messages", "That file is the database in use now, not a backup. Nothing was changed."
)
RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "The restore could not be finished ({reason}). The database was not changed."
)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    taken_at: datetime
    size: int
    #: The verdict of ``PRAGMA integrity_check`` on the copy: always "ok" for a kept backup.
    check: str
    #: Older backups deleted by the rotation that followed.
    removed: tuple[Path, ...] = ()


@dataclass(frozen=True)
class BackupStatus:
    """What Settings shows: the folder, the newest backup in it and how the last try went."""

    folder: Path
    supported: bool
    newest: Path | None = None
    newest_at: datetime | None = None
    newest_size: int | None = None
    #: The check of the newest backup when this desk wrote it; None when not known here.
    check: str | None = None
    count: int = 0
    #: Why the folder cannot be read now (a drive unplugged).
    folder_problem: Message | None = None
    #: When the last attempt failed and why; None when the last attempt succeeded.
    failed_at: datetime | None = None
    failure: Message | None = None


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    #: The database as it was just before the restore, saved in the backup folder.
    saved_before: Path | None
    #: True when the database replaced failed its own check and was saved as it was.
    replaced_was_damaged: bool
    #: The schema the backup had when it was older than this version's; None otherwise.
    upgraded_from: str | None


class BackupService:
    """Backups and restores of one SQLite database.

    ``default_folder`` is used when ``chosen_folder()`` (this PC's preference) is empty; the
    default folder is created when missing, a chosen one never is (a missing chosen folder is
    a drive that is not plugged in, and writing to the empty mount point would mislead).
    """

    def __init__(
        self,
        db: Database,
        clock: Clock,
        default_folder: Path,
        status_file: Path,
        *,
        chosen_folder: Callable[[], str] = lambda: "",
    ) -> None:
        self._db = db
        self._clock = clock
        self._default_folder = default_folder
        self._status = StatusFile(status_file)
        self._chosen_folder = chosen_folder
        self._lock = threading.RLock()

    @property
    def supported(self) -> bool:
        """False on PostgreSQL (or an in-memory database): the app takes no backups there."""
        return self._db.sqlite_path is not None

    def folder(self) -> Path:
        """Where backups go now."""
        chosen = self._chosen_folder().strip()
        return Path(chosen).expanduser() if chosen else self._default_folder

    # -- status ------------------------------------------------------------------------------
    def status(self) -> BackupStatus:
        """The newest backup in the folder, its check, and the last failure if the last try
        failed."""
        folder = self.folder()
        if not self.supported:
            return BackupStatus(folder, supported=False)
        files: list[BackupFile] = []
        problem: Message | None = None
        try:
            files = list_backups(folder)
        except FileNotFoundError:
            if folder != self._default_folder:
                problem = Message(FOLDER_MISSING, {"folder": str(folder)})
        except NotADirectoryError:
            problem = Message(NOT_A_FOLDER, {"folder": str(folder)})
        except OSError as exc:
            problem = Message(FOLDER_MISSING, {"folder": str(folder)})
            log.warning("backup folder unreadable: %s", exc)
        failure = self._status.last_failure()
        if failure is not None and failure.folder and Path(failure.folder) != folder:
            failure = None  # a folder since replaced; only the folder in use matters
        failed_at = failure.at if failure is not None else None
        failed = failure.message if failure is not None else None
        if not files:
            return BackupStatus(
                folder, True, folder_problem=problem, failed_at=failed_at, failure=failed
            )
        newest = files[-1]
        last = self._status.last_backup()
        check = None
        if last.get("file") == newest.path.name:
            check = str(last.get("check")) if last.get("check") else None
        try:
            size: int | None = newest.path.stat().st_size
        except OSError:
            size = None
        return BackupStatus(
            folder,
            True,
            newest=newest.path,
            newest_at=newest.name.taken_at,
            newest_size=size,
            check=check,
            count=len(files),
            failed_at=failed_at,
            failure=failed,
        )

    # -- taking backups ----------------------------------------------------------------------
    def back_up(
        self, actor: StaffSession | None, *, reason: str = "manual", folder: Path | None = None
    ) -> BackupResult:
        """Take a verified backup now (into ``folder``, else this PC's backup folder), thin the
        old ones and record it; raises ``StorageError`` naming the folder when it cannot."""
        live = self._live_file()
        target = folder if folder is not None else self.folder()
        with self._lock:
            try:
                result = self._take(live, target, reason=reason, explicit=folder is not None)
            except StorageError as exc:
                self._status.record_failure(
                    at=self._clock.now(), folder=target, reason=reason, message=exc.message
                )
                raise
            removed = self._rotate(target)
        self._audit(actor, "backup", result.path.name, reason=reason, size=result.size)
        return BackupResult(result.path, result.taken_at, result.size, result.check, removed)

    def auto_backup(self, reason: str) -> BackupResult | None:
        """The backup on start or on exit: skipped (None) when the newest backup is younger
        than an hour. A failure is logged and recorded for Settings, never raised, so the desk
        starts and closes whatever happened to the backup drive."""
        if not self.supported:
            return None
        try:
            files = list_backups(self.folder())
        except OSError:
            files = []
        if files:
            age = self._clock.now() - files[-1].name.taken_at
            if timedelta(0) <= age < AUTO_INTERVAL:
                return None
        try:
            return self.back_up(None, reason=reason)
        except DomainError as exc:
            log.warning("automatic backup (%s) failed: %s", reason, exc)
            return None

    def _live_file(self) -> Path:
        path = self._db.sqlite_path
        if path is None:
            raise StorageError(NOT_ON_POSTGRESQL)
        if not path.is_file():
            raise StorageError(NO_DATABASE, path=str(path))
        return path

    def _take(self, live: Path, folder: Path, *, reason: str, explicit: bool) -> BackupResult:
        self._ensure_folder(folder, create=not explicit and folder == self._default_folder)
        remove_stale_partials(folder)
        taken_at = self._clock.now()
        before_restore = reason == BEFORE_RESTORE_REASON
        sequence = 1
        while True:
            target = folder / backup_file_name(
                taken_at, sequence=sequence, before_restore=before_restore
            )
            if not target.exists():
                break
            sequence += 1
        copy = write_checked_copy(live, target)
        result = BackupResult(copy.path, taken_at, copy.size, copy.check)
        self._status.record_success(
            at=taken_at, path=copy.path, size=copy.size, check=copy.check, reason=reason
        )
        log.info("backup %s written (%d bytes, check %s)", copy.path, copy.size, copy.check)
        return result

    def _ensure_folder(self, folder: Path, *, create: bool) -> None:
        if folder.is_dir():
            return
        if folder.exists():
            raise StorageError(NOT_A_FOLDER, folder=str(folder))
        if not create:
            raise StorageError(FOLDER_MISSING, folder=str(folder))
        try:
            make_private_dir(folder)
        except OSError as exc:
            raise StorageError(FOLDER_MISSING, folder=str(folder)) from exc

    def _rotate(self, folder: Path) -> tuple[Path, ...]:
        """Delete the regular backups the retention rule does not keep. Copies saved before a
        restore are never deleted automatically: they hold what a restore replaced."""
        try:
            regular = [f for f in list_backups(folder) if not f.name.before_restore]
        except OSError:
            return ()
        keep = backups_to_keep([(f.path, f.name.taken_at) for f in regular], self._clock.now())
        removed: list[Path] = []
        for backup in regular:
            if backup.path in keep:
                continue
            try:
                backup.path.unlink()
            except OSError as exc:
                log.warning("old backup %s could not be deleted: %s", backup.path, exc)
                continue
            removed.append(backup.path)
        if removed:
            log.info("rotation removed %d old backups from %s", len(removed), folder)
        return tuple(removed)

    # -- restoring ---------------------------------------------------------------------------
    def inspect(self, file: Path) -> BackupInfo:
        """Check a file before offering to restore it; raises ``StorageError`` if it cannot be."""
        if not self.supported:
            raise StorageError(NOT_ON_POSTGRESQL)
        return inspect_backup(file.expanduser())

    def restore(self, actor: StaffSession | None, file: Path) -> RestoreResult:
        """Replace the database with the backup ``file``; ``actor`` must be an administrator
        (None from the terminal).

        The file is checked first, the database in use is backed up, and the file is copied,
        brought to this version's schema and recorded in its audit log beside the database;
        only then are all connections closed, the stale WAL removed and the copy renamed onto
        the database. Until that rename nothing is changed. Callers sign everyone out after.
        """
        live = self._db.sqlite_path
        if live is None:
            raise StorageError(NOT_ON_POSTGRESQL)
        if actor is not None:
            actor.require_admin()
        file = file.expanduser()
        with self._lock:
            if file.exists() and live.exists() and os.path.samefile(file, live):
                raise StorageError(SAME_FILE)
            info = inspect_backup(file)
            saved, damaged = self._save_before_restore(live)
            staging = live.with_name(live.name + ".restore" + ".partial")
            try:
                remove_with_sidecars(staging)
                try:
                    write_checked_copy(file, staging)
                except StorageError as exc:
                    raise StorageError(RESTORE_FAILED, reason=exc.message.render()) from exc
                upgraded_from = self._prepare(staging, actor, info, saved)
                fsync_file(staging)
                self._db.dispose()  # every pooled connection of this desk is closed
                take_over(live)
                os.replace(staging, live)
                fsync_folder(live.parent)
            except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
                log.exception("restore from %s failed", file)
                raise StorageError(RESTORE_FAILED, reason=reason_of(exc)) from exc
            finally:
                with contextlib.suppress(OSError):
                    remove_with_sidecars(staging)
                self._db.dispose()
        log.info("database restored from %s (saved before: %s)", file, saved)
        return RestoreResult(info, saved, damaged, upgraded_from)

    def _save_before_restore(self, live: Path) -> tuple[Path | None, bool]:
        """Back up the database about to be replaced. A damaged one is saved as it is."""
        if not live.exists():
            return None, False
        folder = self.folder()
        try:
            return self._take(
                live, folder, reason=BEFORE_RESTORE_REASON, explicit=False
            ).path, False
        except DamagedDatabase as exc:
            log.warning("database to be replaced is damaged (%s); saving it as it is", exc)
        target = folder / backup_file_name(self._clock.now(), before_restore=True).replace(
            ".sqlite3", "-damaged.sqlite3"
        )
        try:
            for suffix in ("", "-wal"):
                source = live.with_name(live.name + suffix)
                if source.exists():
                    # Not a backup: the evidence of a broken file, byte for byte.
                    copied = shutil.copyfile(source, target.with_name(target.name + suffix))
                    make_private(copied)
            fsync_file(target)
            fsync_folder(folder)
        except OSError as exc:
            raise StorageError(RESTORE_FAILED, reason=reason_of(exc)) from exc
        return target, True

    def _prepare(
        self, staging: Path, actor: StaffSession | None, info: BackupInfo, saved: Path | None
    ) -> str | None:
        """Bring the copy to this version's schema and record the restore in its audit log."""
        copy = Database(f"sqlite:///{staging}")
        try:
            migration = upgrade_to_head(copy)
            upgraded_from = migration.previous if migration.previous != migration.current else None
            with copy.write() as s:
                site_ids = list(s.scalars(select(Site.id)))
                site_id = actor.site_id if actor is not None and actor.site_id in site_ids else None
                if site_id is None and len(site_ids) == 1:
                    site_id = site_ids[0]
                audit.record(
                    s,
                    at=self._clock.now(),
                    actor=None,  # staff ids of the database replaced mean nothing here
                    action="restore",
                    entity="database",
                    entity_id=info.path.name[:40],
                    site_id=site_id,
                    file=str(info.path),
                    taken_at=info.taken_at.isoformat(sep=" "),
                    schema=info.revision,
                    upgraded_from=upgraded_from,
                    saved_before=saved.name if saved is not None else None,
                    by=actor.full_name if actor is not None else "terminal",
                    username=actor.username if actor is not None else "",
                )
        finally:
            copy.dispose()
        make_single_file(staging)
        return upgraded_from

    # -- records -----------------------------------------------------------------------------
    def _audit(
        self, actor: StaffSession | None, action: str, entity_id: str, **detail: Any
    ) -> None:
        try:
            with self._db.write() as s:
                site_id = None
                if actor is None:
                    site_ids = list(s.scalars(select(Site.id).limit(2)))
                    site_id = site_ids[0] if len(site_ids) == 1 else None
                audit.record(
                    s,
                    at=self._clock.now(),
                    actor=actor,
                    action=action,
                    entity="database",
                    entity_id=entity_id[:40],
                    site_id=site_id,
                    **detail,
                )
        except DomainError as exc:  # the backup itself is safe; a busy log must not undo it
            log.warning("backup not recorded in the audit log: %s", exc)
