"""Volunteer roles, shifts, signing volunteers in and out, and hours entered afterwards (补录)."""

from __future__ import annotations

from hall_desk.db.database import Database
from hall_desk.domain.clock import Clock


class VolunteerService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
