"""Figures of the activities desk: activities and sessions held, sign-ups, attendance, people
served (人次), volunteers and their hours, by kind of activity and by organiser.

What each figure counts is written in ``domain.activity_figures``; the SQL is in
``activity_queries``. Each call reads in one database session, so the parts of a report agree.
A period is compared with the period ``domain.periods.compared_periods`` gives, as every other
figure of the desk is.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import Activity
from hall_desk.db.models import Site
from hall_desk.domain.activity_figures import (
    ActivityBreakdown,
    ActivityComparison,
    ActivityCounty,
    ActivityCountyRow,
    ActivityFigures,
    ActivityRow,
    SessionFigures,
    count_values,
)
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period, compared_periods
from hall_desk.domain.reports import RecordRow
from hall_desk.services.figures import activity_queries as q
from hall_desk.services.figures.activity_drill import ActivityRecordFinder
from hall_desk.services.figures.desk_stats import DeskStats
from hall_desk.services.session import StaffSession


def parse_breakdown(by: str | ActivityBreakdown) -> ActivityBreakdown:
    try:
        return ActivityBreakdown(by)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Activities are broken down by kind or organiser, not “{by}”."
            ),
            field="by",
            by=str(by),
        ) from None


class ActivityStatsService(DeskStats[ActivityFigures, ActivityComparison, ActivityCounty]):
    """Read-only activity figures for the Today and Review pages, reports, ledgers, the county
    view and the terminal."""

    def breakdown(
        self, session: StaffSession, period: Period, by: str | ActivityBreakdown
    ) -> list[ActivityRow]:
        """The measures of ``period`` per "kind" or "organiser"; rows with nothing counted
        are left out."""
        kind = parse_breakdown(by)
        with self._db.read() as s:
            return list(q.breakdown_rows(s, period, session.site_id, kind))

    def sessions(self, session: StaffSession, period: Period) -> list[SessionFigures]:
        """The period's sessions (today's, for the Today page) with their counts."""
        return self.site_sessions(session.site_id, period)

    def site_sessions(self, site_id: int, period: Period) -> list[SessionFigures]:
        with self._db.read() as s:
            return q.session_rows(s, site_id, period)

    def records(self, session: StaffSession, period: Period, figure: str) -> list[RecordRow]:
        """The records behind one activity figure of the actor's center, newest first, at most
        2000 (keys in ``activity_drill``); an unknown key raises ``ValidationError`` on the
        field ``figure``."""
        with self._db.read() as s:
            return ActivityRecordFinder(s, session.site_id, period).find(figure)

    # -- every center ---------------------------------------------------------------------------
    def every_center(self, period: Period) -> ActivityCounty:
        """Every center side by side, each measure counted for all centers in one query
        grouped by center (for the terminal: no sign-in)."""
        now = self._clock.now()
        spans = compared_periods(period, now)
        with self._db.read() as s:
            sites = s.execute(select(Site.id, Site.code, Site.name).order_by(Site.code, Site.id))
            counted = q.measures(s, spans.current, (Activity.site_id,), None)
            rows = []
            for site_id, code, name in sites.all():
                counts = counted.get((site_id,))
                values = {} if counts is None else count_values(counts)
                rows.append(
                    ActivityCountyRow(
                        site_id=site_id,
                        site_code=code,
                        site_name=name,
                        activities=values.get("activities", 0),
                        sessions=values.get("sessions", 0),
                        served=values.get("present", 0),
                        volunteers=values.get("volunteers", 0),
                        volunteer_minutes=values.get("volunteer_minutes", 0),
                    )
                )
        total = ActivityCountyRow(
            site_id=0,
            site_code="ALL",
            site_name="",
            activities=sum(r.activities for r in rows),
            sessions=sum(r.sessions for r in rows),
            served=sum(r.served for r in rows),
            volunteers=sum(r.volunteers for r in rows),
            volunteer_minutes=sum(r.volunteer_minutes for r in rows),
        )
        return ActivityCounty(spans.current, tuple(rows), total, now, spans.as_of)

    # -- inside the session -----------------------------------------------------------------------
    def _comparison(
        self, current: ActivityFigures, previous: ActivityFigures
    ) -> ActivityComparison:
        return ActivityComparison(current=current, previous=previous)

    def _figures(
        self,
        s: Session,
        site: Site,
        period: Period,
        now: datetime,
        as_of: datetime | None = None,
    ) -> ActivityFigures:
        counts = q.total(s, period, site.id)
        return ActivityFigures(
            site_id=site.id,
            site_code=site.code,
            site_name=site.name,
            period=period,
            generated_at=now,
            waiting_now=q.waiting_now(s, site.id).get(site.id, 0),
            per_day=q.per_day(s, self._sql, site.id, period),
            by_kind=q.breakdown_rows(s, period, site.id, ActivityBreakdown.KIND),
            by_organiser=q.breakdown_rows(s, period, site.id, ActivityBreakdown.ORGANISER),
            as_of=as_of,
            **count_values(counts),
        )
