"""Which backup files are Hall Desk's, when each was taken, and which of them to keep.

Backups are named by the center's local time, to the minute: ``hall-desk-2026-11-22_0930.sqlite3``
(``-2``, ``-3`` ... when a minute already has one; ``-before-restore`` for the copy of the
database taken just before a restore replaced it). Only files named like this are ever listed,
counted or deleted, so a backup folder may share a USB drive with anything else.

Retention is grandfather-father-son: the newest backup of each of the 14 most recent days that
have a backup, of each of the 8 most recent ISO weeks and of each of the 12 most recent months.
Days without a backup (weekends, holidays, a desk left switched off) do not use up a slot, so a
desk that was off for a month still keeps 14 daily copies.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12

BACKUP_PREFIX = "hall-desk-"
BACKUP_SUFFIX = ".sqlite3"
BEFORE_RESTORE = "before-restore"

_NAME = re.compile(
    r"^hall-desk-(\d{4})-(\d{2})-(\d{2})_(\d{2})(\d{2})(?:-(\d{1,4}))?(-before-restore)?\.sqlite3$"
)


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says about it."""

    name: str
    taken_at: datetime
    sequence: int
    before_restore: bool

    @property
    def order(self) -> tuple[datetime, int]:
        """Sorts backups oldest first; two of the same minute by their sequence number."""
        return (self.taken_at, self.sequence)


def backup_file_name(taken_at: datetime, *, sequence: int = 1, before_restore: bool = False) -> str:
    """``hall-desk-2026-11-22_0930.sqlite3`` for ``taken_at`` (the center's local time)."""
    name = BACKUP_PREFIX + taken_at.strftime("%Y-%m-%d_%H%M")
    if sequence > 1:
        name += f"-{sequence}"
    if before_restore:
        name += "-" + BEFORE_RESTORE
    return name + BACKUP_SUFFIX


def parse_backup_name(name: str) -> BackupName | None:
    """The time and kind of a Hall Desk backup file, or None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    year, month, day, hour, minute, sequence, before = match.groups()
    try:
        taken_at = datetime(int(year), int(month), int(day), int(hour), int(minute))
    except ValueError:
        return None
    return BackupName(name, taken_at, int(sequence or 1), before is not None)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    name: BackupName


def list_backups(folder: Path) -> list[BackupFile]:
    """Hall Desk's backups in ``folder``, oldest first; any other file is ignored."""
    found: list[BackupFile] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if not entry.name.startswith(BACKUP_PREFIX):
                continue
            parsed = parse_backup_name(entry.name)
            if parsed is not None and entry.is_file():
                found.append(BackupFile(Path(entry.path), parsed))
    found.sort(key=lambda f: f.name.order)
    return found


def _day(at: datetime) -> object:
    return at.date()


def _iso_week(at: datetime) -> object:
    year, week, _ = at.isocalendar()
    return (year, week)


def _month(at: datetime) -> object:
    return (at.year, at.month)


def backups_to_keep(
    files: Iterable[tuple[K, datetime]],
    now: datetime,
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[K]:
    """The files to keep of ``files`` (each a key and the time it was taken); delete the rest.

    Keeps the newest file of each of the ``daily`` most recent days that have a file, of each
    of the ``weekly`` most recent ISO weeks and of each of the ``monthly`` most recent months,
    so at most ``daily + weekly + monthly`` files, and always the newest file of all. A file
    dated after ``now`` (the PC's clock was wrong) counts as taken ``now``, so a clock that
    once ran ahead cannot push every real backup out of the recent slots.
    """
    items = list(files)
    # Newest first: by the time counted (clamped to now), then the real time, then the later
    # position given, so equal times still give one definite order.
    ordered = sorted(
        range(len(items)),
        key=lambda i: (min(items[i][1], now), items[i][1], i),
        reverse=True,
    )
    keep: set[K] = set()
    buckets: tuple[tuple[int, Callable[[datetime], object]], ...] = (
        (daily, _day),
        (weekly, _iso_week),
        (monthly, _month),
    )
    for count, period_of in buckets:
        seen: set[object] = set()
        for i in ordered:
            key, at = items[i]
            period = period_of(min(at, now))
            if period in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(period)
            keep.add(key)
    return keep
