"""``last-backup.json``: the last backup written and, when the last try failed, why.

The file sits beside this PC's preferences, not in the backup folder, because the failure it
most often has to record is a backup folder that cannot be reached (a USB drive unplugged).
It is written whole to a temporary file and renamed, so it is never half there.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from hall_desk.domain.errors import Message

log = logging.getLogger(__name__)

STATUS_FILE_NAME = "last-backup.json"


@dataclass(frozen=True)
class LastFailure:
    at: datetime | None
    folder: str
    message: Message


class StatusFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def last_backup(self) -> dict[str, Any]:
        """The last backup written: at, file, folder, size, check, reason (empty if none)."""
        last = self._read().get("last_backup")
        return last if isinstance(last, dict) else {}

    def last_failure(self) -> LastFailure | None:
        """Why the last attempt failed; None when it succeeded (or nothing was tried)."""
        raw = self._read().get("last_failure")
        if not isinstance(raw, dict):
            return None
        try:
            at: datetime | None = datetime.fromisoformat(str(raw.get("at")))
        except ValueError:
            at = None
        template = raw.get("template")
        if not isinstance(template, str) or not template:
            template = str(raw.get("error") or "")
        params = raw.get("params")
        values = {str(k): str(v) for k, v in params.items()} if isinstance(params, dict) else {}
        return LastFailure(at, str(raw.get("folder") or ""), Message(template, values))

    def record_success(
        self, *, at: datetime, path: Path, size: int, check: str, reason: str
    ) -> None:
        data = self._read()
        data["last_backup"] = {
            "at": at.isoformat(),
            "file": path.name,
            "folder": str(path.parent),
            "size": size,
            "check": check,
            "reason": reason,
        }
        data["last_failure"] = None
        self._write(data)

    def record_failure(self, *, at: datetime, folder: Path, reason: str, message: Message) -> None:
        data = self._read()
        data["last_failure"] = {
            "at": at.isoformat(),
            "folder": str(folder),
            "reason": reason,
            "error": message.render(),  # for a person reading the file
            "template": message.template,
            "params": {k: str(v) for k, v in message.params.items()},
        }
        self._write(data)

    def _read(self) -> dict[str, Any]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return raw if isinstance(raw, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:  # never worth failing a backup over
            log.warning("backup status not saved to %s: %s", self.path, exc)
            with contextlib.suppress(OSError):
                tmp.unlink()
