"""``hall-desk backup`` and ``hall-desk restore``: the same backups Settings takes, from a terminal.

``backup`` writes a verified copy to this PC's backup folder (or ``--to DIR``) and prints the
file and its check. ``restore FILE`` checks the file, saves the database in use beside the
backups, then swaps the file in; on a terminal it asks first unless ``--yes`` is given. The
window must be closed first: a restore is refused while any other program has the database open.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hall_desk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hall_desk.config import AppPaths
    from hall_desk.db.database import Database
    from hall_desk.services.safety.backups import BackupService

Translate = Callable[[str], str]
COMMANDS = ("backup", "restore")


# -- replaced in tests ------------------------------------------------------------------------
def _is_terminal() -> bool:
    return sys.stdin.isatty()


def _ask(prompt: str) -> str:
    try:
        return input(prompt)
    except EOFError:
        return ""


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    backup = sub.add_parser(
        "backup",
        help=t(QT_TRANSLATE_NOOP("cli", "write a checked backup of the database now")),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Copy the database with SQLite's online backup API, check the copy and keep "
                "it in the backup folder set in Settings (or DIR). Older backups are thinned "
                "to 14 daily, 8 weekly and 12 monthly copies.",
            )
        ),
    )
    backup.add_argument(
        "--to",
        type=Path,
        metavar="DIR",
        help=t(QT_TRANSLATE_NOOP("cli", "write the backup to DIR (it must exist)")),
    )
    restore = sub.add_parser(
        "restore",
        help=t(QT_TRANSLATE_NOOP("cli", "replace the database with a backup")),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Check FILE (a sound Hall Desk database of this version or an older one), "
                "save the database in use to the backup folder, then put FILE in its place. "
                "Close the Hall Desk window first.",
            )
        ),
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE", help=t(QT_TRANSLATE_NOOP("cli", "the backup file"))
    )
    restore.add_argument(
        "--yes",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli", "do not ask before replacing the database")),
    )


def run(args: argparse.Namespace, paths: AppPaths, db_url: str, t: Translate, tm: Translate) -> int:
    """Run ``backup`` or ``restore``; the exit status (0 done, 1 failed, 2 not attempted)."""
    from hall_desk.db.database import Database
    from hall_desk.domain.errors import DomainError

    db = Database(db_url)
    try:
        service = _service(db, paths)
        if args.command == "backup":
            return _backup(service, args.to, t)
        return _restore(service, args.file, bool(args.yes), db.describe(), t)
    except DomainError as exc:
        print(t(QT_TRANSLATE_NOOP("cli", "Error:")), exc.render(tm), file=sys.stderr)
        return 1
    finally:
        db.dispose()


def _service(db: Database, paths: AppPaths) -> BackupService:
    from hall_desk.config import Preferences
    from hall_desk.domain.clock import Clock
    from hall_desk.services.safety.backup_status import STATUS_FILE_NAME
    from hall_desk.services.safety.backups import BackupService

    return BackupService(
        db,
        Clock(),
        paths.backups_dir,
        paths.data_dir / STATUS_FILE_NAME,
        chosen_folder=lambda: Preferences.load(paths.preferences_file).backup_dir,
    )


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _backup(service: BackupService, folder: Path | None, t: Translate) -> int:
    result = service.back_up(None, reason="terminal", folder=folder)
    print(
        t(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({size}); integrity check: {check}.")).format(
            path=result.path, size=_size(result.size), check=result.check
        )
    )
    if result.removed:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Removed {count} older backups (14 daily, 8 weekly and 12 monthly are kept).",
                )
            ).format(count=len(result.removed))
        )
    return 0


def _restore(service: BackupService, file: Path, yes: bool, database: str, t: Translate) -> int:
    info = service.inspect(file)
    centers = "、".join(info.centers) or t(QT_TRANSLATE_NOOP("cli", "no center yet"))
    print(
        t(
            QT_TRANSLATE_NOOP(
                "cli", "{file}: a backup of {taken} holding {centers} (schema {revision})."
            )
        ).format(
            file=info.path,
            taken=info.taken_at.strftime("%Y-%m-%d %H:%M"),
            centers=centers,
            revision=info.revision,
        )
    )
    if info.needs_upgrade:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli", "It was made by an older version and is brought up to date."
                )
            )
        )
    if not yes:
        if not _is_terminal():
            print(
                t(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "Nothing was changed: add --yes to restore without being asked.",
                    )
                ),
                file=sys.stderr,
            )
            return 2
        answer = _ask(
            t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Replace the database {database} with this backup? The database in use "
                    "is saved to the backup folder first. Type yes to go on: ",
                )
            ).format(database=database)
        )
        accepted = {"yes", "y", t(QT_TRANSLATE_NOOP("cli", "yes")).lower()}
        if answer.strip().lower() not in accepted:
            print(t(QT_TRANSLATE_NOOP("cli", "Nothing was changed.")))
            return 2
    result = service.restore(None, file)
    print(t(QT_TRANSLATE_NOOP("cli", "Restored {file}.")).format(file=info.path))
    if result.upgraded_from is not None:
        print(
            t(QT_TRANSLATE_NOOP("cli", "Upgraded from schema {old} to {new}.")).format(
                old=result.upgraded_from, new=_head()
            )
        )
    if result.saved_before is not None:
        template = (
            QT_TRANSLATE_NOOP(
                "cli", "The database replaced failed its check and was kept as it was in {path}."
            )
            if result.replaced_was_damaged
            else QT_TRANSLATE_NOOP("cli", "The database replaced was saved as {path}.")
        )
        print(t(template).format(path=result.saved_before))
    return 0


def _head() -> str:
    from hall_desk.db.migrate import head_revision

    return head_revision()
