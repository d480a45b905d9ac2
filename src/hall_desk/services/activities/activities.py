"""Activities and their sessions; each session's room booked through the booking service."""

from __future__ import annotations

from hall_desk.db.database import Database
from hall_desk.domain.clock import Clock
from hall_desk.services.bookings.bookings import BookingService


class ActivityService:
    def __init__(self, db: Database, clock: Clock, bookings: BookingService) -> None:
        self._db = db
        self._clock = clock
        self._bookings = bookings
