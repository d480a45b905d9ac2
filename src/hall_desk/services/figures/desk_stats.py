"""What the desks' statistics services (party service, activities) do the same way: one
center's figures of a period, and the period against the one ``domain.periods.compared_periods``
gives, for the signed-in staff member or (from the terminal, no sign-in) any center; every
center side by side only for a county administrator.

A desk's service subclasses ``DeskStats`` with how it counts a center (``_figures``), how it
pairs two periods (``_comparison``) and how it sets every center side by side
(``every_center``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Site
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import NotFoundError, PermissionDenied
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period, compared_periods
from hall_desk.services.figures.stats_rules import SqlDialect
from hall_desk.services.session import StaffSession

F = TypeVar("F")  # one center's figures of a period
C = TypeVar("C")  # a period against the one compared with
K = TypeVar("K")  # every center side by side


def find_site(s: Session, site_id: int) -> Site:
    site = s.get(Site, site_id)
    if site is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "That center no longer exists."))
    return site


class DeskStats(Generic[F, C, K]):
    """Read-only figures of one desk; each call reads in one database session, so the parts
    of a report agree."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._sql = SqlDialect(db.is_sqlite)

    # -- one center ---------------------------------------------------------------------------
    def figures(self, session: StaffSession, period: Period) -> F:
        """The signed-in staff member's center for every day of ``period``."""
        return self.site_figures(session.site_id, period)

    def site_figures(self, site_id: int, period: Period) -> F:
        """Center ``site_id`` for ``period`` (for the terminal: no sign-in)."""
        now = self._clock.now()
        with self._db.read() as s:
            return self._figures(s, find_site(s, site_id), period, now)

    def compare(self, session: StaffSession, period: Period) -> C:
        """The actor's center: ``period`` against its comparison period (a period still
        running counts its days up to today, against the same stretch before)."""
        return self.site_compare(session.site_id, period)

    def site_compare(self, site_id: int, period: Period) -> C:
        now = self._clock.now()
        spans = compared_periods(period, now)
        with self._db.read() as s:
            site = find_site(s, site_id)
            return self._comparison(
                current=self._figures(s, site, spans.current, now, spans.as_of),
                previous=self._figures(s, site, spans.previous, now, spans.previous_as_of),
            )

    # -- every center ---------------------------------------------------------------------------
    def county(self, session: StaffSession, period: Period) -> K:
        """Every center's figures for ``period`` and their total (county administrators
        only; anyone else gets ``PermissionDenied``)."""
        if not session.is_county:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages", "Only a county administrator sees the figures of every center."
                )
            )
        return self.every_center(period)

    def every_center(self, period: Period) -> K:
        """Every center side by side (for the terminal: no sign-in)."""
        raise NotImplementedError

    # -- what a desk says -------------------------------------------------------------------------
    def _figures(
        self,
        s: Session,
        site: Site,
        period: Period,
        now: datetime,
        as_of: datetime | None = None,
    ) -> F:
        raise NotImplementedError

    def _comparison(self, current: F, previous: F) -> C:
        raise NotImplementedError
