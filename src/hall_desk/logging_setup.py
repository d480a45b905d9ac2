"""Logging to a rotating file in the log folder (and to stderr with ``--verbose``).

Times are the center's (Beijing) time, as the window shows them whatever time zone the PC is
set to, and carry their UTC offset: ``2026-12-07 18:03:11,123+0800``.

Every record is scrubbed before it is written (:class:`RedactFilter`): ID numbers and mobile
numbers in a message or a traceback are masked and database URLs lose their password, so a
unique-key collision or a full disk never puts a resident's numbers into the log.
"""

from __future__ import annotations

import logging
import logging.handlers
from datetime import datetime
from io import TextIOWrapper
from pathlib import Path

from hall_desk.config import make_private, make_private_dir
from hall_desk.domain.clock import CENTER_TZ
from hall_desk.domain.redact import scrub

LOG_FILENAME = "hall-desk.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactFilter(logging.Filter):
    """Scrub a record's message, traceback and stack in place before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad format string: keep what there is, scrubbed
            message = f"{record.msg} {record.args}"
        record.msg, record.args = scrub(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


class ScrubbingFormatter(logging.Formatter):
    """Scrubs the finished line once more (scrubbing is idempotent), in case a record reached
    the handler without passing :class:`RedactFilter`."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class CenterTimeFormatter(ScrubbingFormatter):
    """Record times in the center's time zone with milliseconds and the UTC offset."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        at = datetime.fromtimestamp(record.created, CENTER_TZ)
        return f"{at:%Y-%m-%d %H:%M:%S},{int(record.msecs):03d}{at:%z}"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file (the first and each after a rollover) is 0600."""

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Send log records to ``log_dir/hall-desk.log`` (1 MB x 5 files); return the file's path.

    With ``verbose`` they are echoed to stderr too; otherwise the terminal shows only the
    short messages the commands print themselves.
    """
    make_private_dir(log_dir)
    path = log_dir / LOG_FILENAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hall_desk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = PrivateRotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(CenterTimeFormatter(LOG_FORMAT))
    file_handler.addFilter(RedactFilter())
    file_handler._hall_desk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if verbose:
        console = logging.StreamHandler()
        console.setFormatter(ScrubbingFormatter("%(levelname)s: %(message)s"))
        console.addFilter(RedactFilter())
        console._hall_desk = True  # type: ignore[attr-defined]
        root.addHandler(console)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
