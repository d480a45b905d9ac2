"""A SQLite file on a network share is recognised and refused; local disks are not."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hall_desk.db import location
from hall_desk.db.location import (
    Mount,
    is_network_path,
    is_unc_path,
    linux_is_network_path,
    mount_of,
    parse_mountinfo,
    refuse_network_sqlite,
    sqlite_file_of,
    windows_is_network_path,
)
from hall_desk.domain.errors import StorageError
from hall_desk.ui.kit.common import message_text

MOUNTINFO = r"""
22 1 0:21 / /proc rw,relatime shared:5 - proc proc rw
27 1 254:0 / / rw,relatime shared:1 - ext4 /dev/sda2 rw,errors=remount-ro
30 27 0:40 / /srv/docker rw,relatime - overlay overlay rw,lowerdir=/a,upperdir=/b,workdir=/c
31 27 0:41 / /mnt/office rw,relatime shared:50 - cifs //fileserver/desk rw,vers=3.1.1,cache=strict
32 31 8:17 / /mnt/office/usb rw,relatime shared:51 - ext4 /dev/sdb1 rw
33 27 0:42 / /home/shared rw,relatime shared:52 - nfs4 nas:/export/home rw,vers=4.2
34 27 0:43 / /home/wang/remote rw,nosuid,nodev - fuse.sshfs wang@server:/data rw,user_id=1000
35 27 0:44 / /media/wang/My\040Share rw,relatime - cifs //nas/My\040Share rw
36 27 8:33 / /media/wang/My\040Disk rw,relatime - ext4 /dev/sdc1 rw
37 27 0:45 / /mnt/office2 rw,relatime - nfs nas:/old rw
38 37 0:46 / /mnt/office2 rw,relatime - ext4 /dev/sdd1 rw
39 27 0:47 / /mnt/legacy rw - fuse sshfs#wang@old:/srv rw
40 27 0:48 / /mnt/webdav rw - fuse.davfs2 https://dav.example/ rw
41 27 0:49 / /mnt/media rw - fuse.gvfsd-fuse gvfsd-fuse rw
this line is not a mount
"""


def on_network(path: str) -> bool:
    return linux_is_network_path(path, MOUNTINFO)


def test_mountinfo_lines_are_parsed_with_escaped_spaces() -> None:
    mounts = parse_mountinfo(MOUNTINFO)
    assert Mount("/", "ext4", "/dev/sda2") in mounts
    assert Mount("/media/wang/My Share", "cifs", "//nas/My Share") in mounts
    # Optional fields (shared:50) do not shift the type and source.
    assert Mount("/mnt/office", "cifs", "//fileserver/desk") in mounts
    assert len(mounts) == 14


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/wang/.local/share/HallDesk/hall-desk.sqlite3", False),  # ext4 root
        ("/srv/docker/data/hall-desk.sqlite3", False),  # overlay is local
        ("/mnt/office/hall-desk.sqlite3", True),  # cifs
        ("/mnt/office", True),
        ("/mnt/office/usb/hall-desk.sqlite3", False),  # a local disk mounted inside the share
        ("/mnt/officebackup/hall-desk.sqlite3", False),  # only a name prefix, not inside
        ("/home/shared/desk/hall-desk.sqlite3", True),  # nfs4
        ("/home/wang/remote/hall-desk.sqlite3", True),  # fuse.sshfs
        ("/home/wang/remotely/hall-desk.sqlite3", False),
        ("/media/wang/My Share/hall-desk.sqlite3", True),  # \040 in the mount point
        ("/media/wang/My Disk/hall-desk.sqlite3", False),
        ("/mnt/office2/hall-desk.sqlite3", False),  # a local disk mounted over an old share
        ("/mnt/legacy/hall-desk.sqlite3", True),  # old-style fuse sshfs
        ("/mnt/webdav/hall-desk.sqlite3", True),
        ("/mnt/media/hall-desk.sqlite3", False),
    ],
)
def test_the_mount_holding_a_path_decides(path: str, network: bool) -> None:
    assert on_network(path) is network


def test_the_longest_mount_point_wins() -> None:
    mounts = parse_mountinfo(MOUNTINFO)
    mount = mount_of("/mnt/office/usb/a/b.sqlite3", mounts)
    assert mount is not None and mount.mount_point == "/mnt/office/usb"
    mount = mount_of("/mnt/office/other.sqlite3", mounts)
    assert mount is not None and mount.fs_type == "cifs"
    assert mount_of("/anything", []) is None


def test_is_network_path_on_linux_follows_symlinks(tmp_path: Path) -> None:
    # A link in a local folder that points into the share is on the share.
    target = tmp_path / "share"
    target.mkdir()
    link = tmp_path / "link"
    link.symlink_to(target)
    mountinfo = f"27 1 254:0 / / rw - ext4 /dev/sda2 rw\n31 27 0:41 / {target} rw - cifs //s/d rw\n"
    assert is_network_path(link / "hall-desk.sqlite3", platform="linux", mountinfo=mountinfo)
    assert not is_network_path(tmp_path / "x.sqlite3", platform="linux", mountinfo=mountinfo)


@pytest.mark.parametrize(
    ("path", "unc"),
    [
        (r"\\fileserver\desk\hall-desk.sqlite3", True),
        (r"\\fileserver\desk", True),
        ("//fileserver/desk/hall-desk.sqlite3", True),
        (r"\\?\UNC\fileserver\desk\hall-desk.sqlite3", True),
        (r"\\?\C:\HallDesk\hall-desk.sqlite3", False),
        (r"\\.\PhysicalDrive0", False),
        (r"\\fileserver", False),
        (r"C:\Users\wang\AppData\Local\HallDesk\hall-desk.sqlite3", False),
        ("relative\\hall-desk.sqlite3", False),
        ("/home/wang/hall-desk.sqlite3", False),
    ],
)
def test_unc_paths_are_network_paths(path: str, unc: bool) -> None:
    assert is_unc_path(path) is unc


def test_mapped_network_drives_are_asked_of_windows(monkeypatch) -> None:
    asked: list[str] = []

    def drive_type(drive: str) -> bool:
        asked.append(drive)
        return drive.upper() == "Z:\\"

    monkeypatch.setattr(location, "_windows_drive_is_remote", drive_type)
    assert windows_is_network_path(r"Z:\HallDesk\hall-desk.sqlite3")
    assert not windows_is_network_path(r"C:\HallDesk\hall-desk.sqlite3")
    assert windows_is_network_path(r"\\nas\share\hall-desk.sqlite3")
    assert asked == ["Z:\\", "C:\\"]


def test_windows_drive_type_without_windows_is_local() -> None:
    if sys.platform != "win32":
        assert not location._windows_drive_is_remote("Z:\\")


def test_this_machines_temporary_folder_is_not_a_share(tmp_path: Path) -> None:
    assert not is_network_path(tmp_path / "hall-desk.sqlite3")


def test_a_file_on_a_share_is_refused_with_advice(monkeypatch, qapp) -> None:
    monkeypatch.setattr(location, "is_network_path", lambda path: True)
    with pytest.raises(StorageError) as caught:
        refuse_network_sqlite("/mnt/office/hall-desk.sqlite3")
    text = message_text(caught.value)
    assert "/mnt/office/hall-desk.sqlite3" in text
    assert "network share" in text
    assert "--db postgresql://" in text


def test_a_local_file_is_not_refused(tmp_path: Path) -> None:
    refuse_network_sqlite(tmp_path / "hall-desk.sqlite3")


def test_sqlite_file_of_a_url() -> None:
    assert sqlite_file_of("sqlite:////data/hall-desk.sqlite3") == Path("/data/hall-desk.sqlite3")
    assert sqlite_file_of("sqlite:///:memory:") is None
    assert sqlite_file_of("sqlite://") is None
    assert sqlite_file_of("postgresql+psycopg://desk@server/halldesk") is None
    assert sqlite_file_of("not a url") is None
