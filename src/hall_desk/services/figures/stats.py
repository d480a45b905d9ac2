"""Statistics of a center: the figures of a period, compared with the period before, for every
center of a county, and the records behind any one figure.

What each figure counts is written down in ``stats_rules`` (and in the docstrings of
``domain.reports``); every count over a period uses the center's naive wall-clock times, a
moment ``t`` being in the period when ``period.start <= t < period.end``. The backlog is
what stands open at the moment the report is made, whatever the period. Each call reads in
one database session, so the parts of a report agree with each other.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Site
from hall_desk.domain.bookings import HolidayName
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import PermissionDenied
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period, compared_periods
from hall_desk.domain.reports import Comparison, CountyReport, PeriodReport, RecordRow
from hall_desk.services.calendar import CalendarService
from hall_desk.services.figures.desk_stats import find_site
from hall_desk.services.figures.report_data import total_report
from hall_desk.services.figures.stats_queries import (
    backlog_figures,
    case_figures,
    rating_figures,
    visitor_figures,
)
from hall_desk.services.figures.stats_records import RecordFinder
from hall_desk.services.figures.stats_rooms import room_figures
from hall_desk.services.figures.stats_rules import SqlDialect
from hall_desk.services.session import StaffSession


class StatsService:
    """Read-only figures for the Today and Review pages, reports, ledgers and the terminal."""

    def __init__(self, db: Database, clock: Clock, calendar: CalendarService) -> None:
        self._db = db
        self._clock = clock
        self._calendar = calendar
        self._sql = SqlDialect(db.is_sqlite)

    # -- one center ---------------------------------------------------------------------------
    def report(self, actor: StaffSession, period: Period) -> PeriodReport:
        """The figures of the signed-in staff member's center for every day of ``period``,
        room hours included whole (the pages show ``compare``, which cuts a running period)."""
        return self.site_report(actor.site_id, period)

    def site_report(self, site_id: int, period: Period) -> PeriodReport:
        """The figures of center ``site_id`` for ``period`` (for the terminal: no sign-in)."""
        holiday, now = self._holidays(), self._clock.now()
        with self._db.read() as s:
            return self._report(s, find_site(s, site_id), period, now, holiday)

    def today(self, actor: StaffSession) -> PeriodReport:
        """Today's figures of the actor's center."""
        return self.report(actor, Period.day(self._clock.today()))

    def compare(self, actor: StaffSession, period: Period) -> Comparison:
        """The actor's center: ``period`` against its comparison period, side by side."""
        return self.site_compare(actor.site_id, period)

    def site_compare(self, site_id: int, period: Period) -> Comparison:
        """Center ``site_id``: ``period`` against its comparison period, as every page,
        report and export shows it (``domain.periods.compared_periods``: a period still
        running counts its days up to today and its room hours up to now, and is compared
        with the same stretch of the period before)."""
        holiday, now = self._holidays(), self._clock.now()
        spans = compared_periods(period, now)
        with self._db.read() as s:
            site = find_site(s, site_id)
            return Comparison(
                current=self._report(s, site, spans.current, now, holiday, spans.as_of),
                previous=self._report(s, site, spans.previous, now, holiday, spans.previous_as_of),
            )

    def records(self, actor: StaffSession, period: Period, figure: str) -> list[RecordRow]:
        """The records behind one figure of the actor's center, newest first, at most 2000.

        ``figure`` is a key such as ``"visitors"``, ``"visitors.hour:9"``, ``"cases.item:<code>"``
        or ``"backlog.overdue"`` (see ``stats_records``); ``cases.item``/``cases.office`` list
        the cases accepted in the period, ``rooms.room`` the room's bookings. An unknown key
        raises ``ValidationError`` on the field ``figure``.
        """
        now = self._clock.now()
        with self._db.read() as s:
            finder = RecordFinder(s, self._sql, actor.site_id, period, now)
            return finder.find(figure)

    # -- every center ---------------------------------------------------------------------------
    def sites(self) -> list[tuple[int, str, str]]:
        """(id, code, name) of every center on this database, by code."""
        with self._db.read() as s:
            rows = s.execute(select(Site.id, Site.code, Site.name).order_by(Site.code, Site.id))
            return [(int(i), str(code), str(name)) for i, code, name in rows]

    def county(self, actor: StaffSession, period: Period) -> CountyReport:
        """Every center's figures for ``period`` by code, and their total (county administrators
        only; anyone else gets ``PermissionDenied``)."""
        if not actor.is_county:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages", "Only a county administrator sees the figures of every center."
                )
            )
        return self.every_center(period)

    def every_center(self, period: Period) -> CountyReport:
        """Every center's figures for ``period`` and their total (for the terminal: no sign-in).

        A period still running counts as its comparison does (``site_compare``): its days up
        to today, room hours up to now."""
        holiday, now = self._holidays(), self._clock.now()
        spans = compared_periods(period, now)
        counted = spans.current
        with self._db.read() as s:
            sites = s.scalars(select(Site).order_by(Site.code, Site.id)).all()
            reports = tuple(
                self._report(s, site, counted, now, holiday, spans.as_of) for site in sites
            )
        total = total_report(reports, counted, now, spans.as_of)
        return CountyReport(period=counted, sites=reports, total=total)

    # -- inside the session -----------------------------------------------------------------------
    def _holidays(self) -> HolidayName:
        """The public holidays, read before the report's session (reading may seed them)."""
        return self._calendar.calendar().public_holiday

    def _report(
        self,
        s: Session,
        site: Site,
        period: Period,
        now: datetime,
        holiday: HolidayName,
        as_of: datetime | None = None,
    ) -> PeriodReport:
        return PeriodReport(
            site_id=site.id,
            site_code=site.code,
            site_name=site.name,
            period=period,
            generated_at=now,
            visitors=visitor_figures(s, self._sql, site.id, period),
            cases=case_figures(s, self._sql, site.id, period),
            rooms=room_figures(s, self._sql, site.id, period, holiday, as_of),
            ratings=rating_figures(s, self._sql, site.id, period),
            backlog=backlog_figures(s, site.id, now),
            as_of=as_of,
        )
