"""Attendance per session: scanned slips, names marked at the desk, paper sheets entered."""

from __future__ import annotations

from hall_desk.db.database import Database
from hall_desk.domain.clock import Clock


class AttendanceService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
