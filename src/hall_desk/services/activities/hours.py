"""Volunteers' hours: each person's ledger, totals over a period, a unit's members' hours."""

from __future__ import annotations

from hall_desk.db.database import Database
from hall_desk.domain.clock import Clock


class HoursService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
