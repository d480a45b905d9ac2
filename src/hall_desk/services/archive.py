"""Printed documents kept as PDF files in the data folder, whatever the printer did."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from hall_desk.config import make_private, make_private_dir, private_opener
from hall_desk.domain.errors import StorageError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


def archive_pdf(archive_dir: Path | None, name: str, now: datetime, pdf: bytes) -> Path | None:
    """Keep a printed PDF under ``archive_dir/YYYY/MM/name`` (written whole, then renamed),
    readable by the owner only (0600 in 0700 folders)."""
    if archive_dir is None:
        return None
    folder = archive_dir / f"{now:%Y}" / f"{now:%m}"
    target = folder / name
    try:
        for level in (archive_dir, archive_dir / f"{now:%Y}", folder):
            make_private_dir(level)
        tmp = target.with_suffix(".part")
        with open(tmp, "wb", opener=private_opener) as handle:
            handle.write(pdf)
        make_private(tmp)  # a part file left over by a crash keeps its old mode otherwise
        tmp.replace(target)
    except OSError as exc:
        log.error("could not archive slip %s: %s", target, exc)
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The slip could not be saved in {folder} ({reason}). The record itself is "
                "saved; free some disk space or check the folder, then print again.",
            ),
            folder=str(folder),
            reason=exc.strerror or str(exc),
        ) from exc
    return target
