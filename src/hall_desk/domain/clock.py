"""Local time of the center.

Every center is in China, so wall-clock times are stored as naive Asia/Shanghai datetimes:
what the desk sees is what the database holds, whatever time zone the PC itself is set to.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

CENTER_TZ = ZoneInfo("Asia/Shanghai")


class Clock:
    """Source of "now" for services; tests pass a ``FixedClock``."""

    def now(self) -> datetime:
        """The current Beijing time, naive, to the second."""
        return datetime.now(CENTER_TZ).replace(tzinfo=None, microsecond=0)

    def today(self) -> date:
        return self.now().date()


class FixedClock(Clock):
    """A clock that reads a set time and can be moved forward."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at = self.at + timedelta(**delta)
