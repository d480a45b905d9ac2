"""Where Hall Desk keeps its files, and which database it opens.

By default everything lives in the platform's per-user folders (platformdirs). ``--data-dir``
(or ``HALL_DESK_DATA_DIR``) moves all of it - database, backups, logs, archived slips, exports
and preferences - under one folder, for a portable install or a test.

What Hall Desk writes there names residents, so it is readable by the desk's own account only:
files 0600 and folders 0700 whatever the umask (POSIX; on Windows the per-user folders are
already private and nothing is changed).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

APP_NAME = "HallDesk"
DB_FILENAME = "hall-desk.sqlite3"
ENV_DB = "HALL_DESK_DB"
ENV_DATA_DIR = "HALL_DESK_DATA_DIR"
LANGUAGES = ("zh_CN", "en")
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
#: The SQLite database's side files, private like the file itself.
SQLITE_SIDECARS = ("-wal", "-shm", "-journal")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path

    @property
    def db_file(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def slips_dir(self) -> Path:
        return self.data_dir / "slips"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    @property
    def preferences_file(self) -> Path:
        return self.data_dir / "preferences.json"

    def ensure(self) -> None:
        """Create the folders, private, and tighten what older versions left readable."""
        for folder in (self.data_dir, self.log_dir, self.backups_dir):
            make_private_dir(folder)
        for name in (DB_FILENAME, *(DB_FILENAME + s for s in SQLITE_SIDECARS)):
            make_private(self.data_dir / name)
        make_private(self.preferences_file)
        for folder in (self.log_dir, self.backups_dir, self.slips_dir, self.exports_dir):
            make_private_tree(folder)


def _posix() -> bool:
    return os.name == "posix"


def restrict_umask() -> None:
    """Make everything this process creates from now on readable by its owner only."""
    if _posix():
        os.umask(0o077)


def make_private(path: Path) -> None:
    """Set ``path`` (if it is there) to 0600, or 0700 for a folder; symlinks are left alone."""
    if not _posix():
        return
    try:
        if path.is_symlink() or not path.exists():
            return
        mode = PRIVATE_DIR_MODE if path.is_dir() else PRIVATE_FILE_MODE
        path.chmod(mode)
    except OSError as exc:  # a file owned by someone else, or a read-only disk
        log.warning("could not make %s private: %s", path, exc)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and its missing parents) and set it to 0700."""
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    make_private(folder)


def make_private_tree(folder: Path) -> None:
    """Set ``folder`` and everything under it to 0700 folders and 0600 files (never following
    a symlink)."""
    if not _posix() or folder.is_symlink() or not folder.is_dir():
        return
    make_private(folder)
    for root, dirs, files in os.walk(folder):
        base = Path(root)
        for name in (*dirs, *files):
            make_private(base / name)


def private_opener(path: str | os.PathLike[str], flags: int) -> int:
    """An ``opener`` for ``open()`` that creates a new file as 0600 (before any umask)."""
    return os.open(path, flags, PRIVATE_FILE_MODE)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The folders to use: the ``--data-dir`` given, else the environment, else platformdirs."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, log_dir=root / "logs")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def resolve_db_url(db: str | None, paths: AppPaths) -> str:
    """The database URL: ``--db``, else ``HALL_DESK_DB``, else the SQLite file in the data dir."""
    url = db or os.environ.get(ENV_DB)
    if url:
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return url
    return f"sqlite:///{paths.db_file}"


def resources_dir() -> Path:
    """The ``resources`` folder: inside the installed package, or at the top of a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Hall Desk resources folder not found")


#: Longest idle time a desk may set before its session locks.
MAX_IDLE_MINUTES = 240

#: Paper of the slip printer: an A5 sheet or an 80 mm receipt roll (see printing.slips).
SLIP_LAYOUTS = ("a5", "roll80")


@dataclass
class Preferences:
    """Settings of this desk's PC (not of the center): language and the slip printer's paper."""

    language: str = "zh_CN"
    slip_layout: str = "a5"
    #: Where automatic backups go ("" = the data folder's backups/); may be a second disk or USB.
    backup_dir: str = ""
    #: Minutes without keyboard or mouse input before the session locks (0 = never).
    idle_lock_minutes: int = 10

    @classmethod
    def load(cls, path: Path) -> Preferences:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("preferences unreadable, using defaults: %s", exc)
            return cls()
        language = raw.get("language", "zh_CN")
        if language not in LANGUAGES:
            language = "zh_CN"
        layout = raw.get("slip_layout", "a5")
        if layout not in SLIP_LAYOUTS:
            layout = "a5"
        backup_dir = raw.get("backup_dir", "")
        if not isinstance(backup_dir, str):
            backup_dir = ""
        idle = raw.get("idle_lock_minutes", 10)
        if not isinstance(idle, int) or isinstance(idle, bool) or not 0 <= idle <= MAX_IDLE_MINUTES:
            idle = 10
        return cls(
            language=language, slip_layout=layout, backup_dir=backup_dir, idle_lock_minutes=idle
        )

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        make_private(tmp)
        tmp.replace(path)
