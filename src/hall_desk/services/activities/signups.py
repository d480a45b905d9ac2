"""Signing people up for an activity, with a waiting list that moves up by itself."""

from __future__ import annotations

from pathlib import Path

from hall_desk.db.database import Database
from hall_desk.domain.clock import Clock


class SignupService:
    def __init__(self, db: Database, clock: Clock, slips_dir: Path | None = None) -> None:
        self._db = db
        self._clock = clock
        self._slips_dir = slips_dir
