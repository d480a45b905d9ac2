"""Logging to a rotating file in the log folder (and to stderr with ``--verbose``).

Times are the center's (Beijing) time, as the window shows them whatever time zone the PC is
set to, and carry their UTC offset: ``2026-12-07 18:03:11,123+0800``.
"""

from __future__ import annotations

import logging
import logging.handlers
from datetime import datetime
from pathlib import Path

from hall_desk.domain.clock import CENTER_TZ

LOG_FILENAME = "hall-desk.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class CenterTimeFormatter(logging.Formatter):
    """Record times in the center's time zone with milliseconds and the UTC offset."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        at = datetime.fromtimestamp(record.created, CENTER_TZ)
        return f"{at:%Y-%m-%d %H:%M:%S},{int(record.msecs):03d}{at:%z}"


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Send log records to ``log_dir/hall-desk.log`` (1 MB x 5 files); return the file's path.

    With ``verbose`` they are echoed to stderr too; otherwise the terminal shows only the
    short messages the commands print themselves.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hall_desk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(CenterTimeFormatter(LOG_FORMAT))
    file_handler._hall_desk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if verbose:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        console._hall_desk = True  # type: ignore[attr-defined]
        root.addHandler(console)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
