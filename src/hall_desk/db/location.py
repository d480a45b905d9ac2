"""Where the SQLite file lives: a local disk, or a network share it must not be opened from.

SQLite's locking relies on the file system. SMB and NFS implement those locks loosely or not
at all, so two desks writing to one file on a share can corrupt it without any error. A file
on a share is therefore refused; several desks share a PostgreSQL server instead.

Detection is best effort and needs no Qt: on Linux the mount that holds the path is looked up
in ``/proc/self/mountinfo``; on Windows UNC paths and mapped network drives are recognised; on
macOS ``statfs`` names the file system type.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from hall_desk.domain.errors import StorageError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.redact import hide_url_password

log = logging.getLogger(__name__)

#: Linux file system types that live on another machine.
NETWORK_FS_TYPES = frozenset(
    {
        "cifs",
        "smb3",
        "smb2",
        "smbfs",
        "nfs",
        "nfs4",
        "fuse.sshfs",
        "9p",
        "afs",
        "ceph",
        "fuse.ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "lustre",
        "ncpfs",
        "coda",
    }
)

#: macOS ``f_fstypename`` values of network file systems.
MACOS_NETWORK_FS_TYPES = frozenset({"smbfs", "nfs", "afpfs", "webdav", "cifs", "ftp"})

#: ``GetDriveTypeW`` result of a network drive.
DRIVE_REMOTE = 4

NETWORK_SQLITE_REFUSED = QT_TRANSLATE_NOOP(
    "Messages",
    "The database file {path} is on a network share. A SQLite file on a network share can "
    "be damaged when several desks write to it, so Hall Desk does not open it there.\n\n"
    "Keep the database on a disk of this computer (start with --data-dir and a local "
    "folder). For several desks working on the same data, set up a PostgreSQL server and "
    "start every desk with --db postgresql://user@server/halldesk",
)


@dataclass(frozen=True)
class Mount:
    """One line of ``/proc/self/mountinfo``: where it is mounted, its type and source."""

    mount_point: str
    fs_type: str
    source: str


_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    # The kernel writes space, tab, newline and backslash in paths as \040 \011 \012 \134.
    return _OCTAL_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts listed in a ``mountinfo`` text, in the order the kernel lists them.

    Each line reads ``id parent major:minor root mount-point options [optional...] - type
    source super-options``; malformed lines are skipped.
    """
    mounts: list[Mount] = []
    for line in text.splitlines():
        before, sep, after = line.partition(" - ")
        if not sep:
            continue
        left = before.split()
        right = after.split()
        if len(left) < 5 or not right:
            continue
        source = _unescape(right[1]) if len(right) > 1 else ""
        mounts.append(Mount(_unescape(left[4]), _unescape(right[0]), source))
    return mounts


def _inside(path: str, mount_point: str) -> bool:
    if mount_point == "/":
        return path.startswith("/")
    return path == mount_point or path.startswith(mount_point.rstrip("/") + "/")


def mount_of(path: str, mounts: list[Mount]) -> Mount | None:
    """The mount that holds ``path`` (absolute, symlinks resolved): the longest mount point
    that contains it; of two mounts on the same point the later one, which hides the first."""
    best: Mount | None = None
    for mount in mounts:
        if not _inside(path, mount.mount_point):
            continue
        if best is None or len(mount.mount_point) >= len(best.mount_point):
            best = mount
    return best


def is_network_mount(mount: Mount) -> bool:
    """Whether a Linux mount is a network file system."""
    fs_type = mount.fs_type.lower()
    if fs_type in NETWORK_FS_TYPES:
        return True
    # Old sshfs versions mount as plain "fuse" with an "sshfs#user@host:" source.
    return fs_type == "fuse" and mount.source.lower().startswith("sshfs#")


def linux_is_network_path(path: str, mountinfo: str | None = None) -> bool:
    """Whether ``path`` is on a network mount according to ``mountinfo`` (read from
    ``/proc/self/mountinfo`` when not given)."""
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            log.warning("cannot read the mount table, assuming a local disk: %s", exc)
            return False
    mount = mount_of(str(PurePosixPath(path)), parse_mountinfo(mountinfo))
    return mount is not None and is_network_mount(mount)


def is_unc_path(path: str) -> bool:
    r"""Whether a Windows path names a share on another machine: ``\\server\share\...``,
    ``//server/share/...`` or ``\\?\UNC\server\share\...`` (not ``\\?\C:\`` or ``\\.\``)."""
    text = path.replace("/", "\\")
    if text[:8].upper() == "\\\\?\\UNC\\":
        return True
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    if not text.startswith("\\\\"):
        return False
    server, _, rest = text[2:].partition("\\")
    share = rest.split("\\", 1)[0]
    return bool(server) and bool(share)


def _windows_drive_is_remote(drive: str) -> bool:
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    try:
        kind = int(windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive)))
    except (AttributeError, OSError) as exc:
        log.warning("cannot ask Windows for the drive type of %s: %s", drive, exc)
        return False
    return kind == DRIVE_REMOTE


def windows_is_network_path(path: str) -> bool:
    """Whether a Windows path is a UNC path or on a mapped network drive."""
    if is_unc_path(path):
        return True
    drive = PureWindowsPath(path).drive
    if len(drive) == 2 and drive[1] == ":":
        return _windows_drive_is_remote(drive + "\\")
    return False


class _MacStatfs(ctypes.Structure):
    # struct statfs with 64-bit inodes (the only layout of current macOS).
    _fields_ = [
        ("f_bsize", ctypes.c_uint32),
        ("f_iosize", ctypes.c_int32),
        ("f_blocks", ctypes.c_uint64),
        ("f_bfree", ctypes.c_uint64),
        ("f_bavail", ctypes.c_uint64),
        ("f_files", ctypes.c_uint64),
        ("f_ffree", ctypes.c_uint64),
        ("f_fsid", ctypes.c_int32 * 2),
        ("f_owner", ctypes.c_uint32),
        ("f_type", ctypes.c_uint32),
        ("f_flags", ctypes.c_uint32),
        ("f_fssubtype", ctypes.c_uint32),
        ("f_fstypename", ctypes.c_char * 16),
        ("f_mntonname", ctypes.c_char * 1024),
        ("f_mntfromname", ctypes.c_char * 1024),
        ("f_flags_ext", ctypes.c_uint32),
        ("f_reserved", ctypes.c_uint32 * 7),
    ]


def macos_fs_type(path: str) -> str | None:
    """The file system type name of the volume holding ``path`` (an existing path)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    except (OSError, AttributeError):
        return None
    buffer = _MacStatfs()
    if statfs(os.fsencode(path), ctypes.byref(buffer)) != 0:
        return None
    return bytes(buffer.f_fstypename).split(b"\0", 1)[0].decode("ascii", "replace")


def _existing_ancestor(path: Path) -> Path:
    # The database file may not exist yet on a first start; its folder (or one above) does.
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def is_network_path(
    path: str | os.PathLike[str], *, platform: str | None = None, mountinfo: str | None = None
) -> bool:
    """Whether a file (existing or about to be created) is on a network share.

    ``platform`` (a ``sys.platform`` value) and ``mountinfo`` (the text of Linux's
    ``/proc/self/mountinfo``) are for tests; by default this machine is asked."""
    system = platform or sys.platform
    raw = os.fspath(path)
    if system == "win32":
        # Check the path as given too: resolving may turn a mapped drive into a UNC path
        # or the other way round.
        return windows_is_network_path(raw) or windows_is_network_path(os.path.realpath(raw))
    resolved = os.path.realpath(raw)
    if system.startswith("linux"):
        return linux_is_network_path(resolved, mountinfo)
    if system == "darwin":
        fs_type = macos_fs_type(str(_existing_ancestor(Path(resolved))))
        return fs_type is not None and fs_type.lower() in MACOS_NETWORK_FS_TYPES
    return False


def refuse_network_sqlite(path: str | os.PathLike[str]) -> None:
    """Raise ``StorageError`` when the SQLite file ``path`` is on a network share."""
    if is_network_path(path):
        raise StorageError(NETWORK_SQLITE_REFUSED, path=os.fspath(path))


def sqlite_file_of(url: str) -> Path | None:
    """The file of a SQLite database URL (``None`` for PostgreSQL or an in-memory database)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def display_url(url: str) -> str:
    """A database URL fit for a screen or a log: its password, if any, shown as ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # not a URL SQLAlchemy reads: hide what looks like one
        return hide_url_password(url)
