"""Figures of the party-service desk: demands collected, dispatched, solved, on time, rated.

What each figure counts is written in ``domain.demand_figures``; the SQL is in
``demand_queries``. Each call reads in one database session, so the parts of a report agree.
A period is compared with the period ``domain.periods.compared_periods`` gives, as every
other figure of the desk is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Site
from hall_desk.domain.clock import Clock
from hall_desk.domain.demand_figures import (
    DemandBacklog,
    DemandBreakdown,
    DemandComparison,
    DemandCounty,
    DemandDay,
    DemandFigures,
    DemandRow,
    OverdueDemand,
    add_counts,
    count_values,
)
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period, compared_periods
from hall_desk.domain.reports import RecordRow
from hall_desk.services.calendar import CalendarService
from hall_desk.services.figures import demand_queries as q
from hall_desk.services.figures.demand_records import DemandRecordFinder
from hall_desk.services.figures.desk_stats import DeskStats
from hall_desk.services.party.demand_settings import read_response_clock
from hall_desk.services.session import StaffSession

#: Overdue demands the Today page lists at most (the count says how many there are).
OVERDUE_LIST_LIMIT = 50


def parse_breakdown(by: str | DemandBreakdown) -> DemandBreakdown:
    try:
        return DemandBreakdown(by)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Demands are broken down by kind, neighbourhood, unit or member, not “{by}”.",
            ),
            field="by",
            by=str(by),
        ) from None


class DemandStatsService(DeskStats[DemandFigures, DemandComparison, DemandCounty]):
    """Read-only demand figures for the Today and Review pages, reports, ledgers and the
    terminal."""

    def __init__(self, db: Database, clock: Clock, calendar: CalendarService) -> None:
        super().__init__(db, clock)
        self._calendar = calendar

    def breakdown(
        self, session: StaffSession, period: Period, by: str | DemandBreakdown
    ) -> list[DemandRow]:
        """The measures of ``period`` per "category", "neighbourhood", "unit" or "member"
        (see ``domain.demand_figures``); rows with nothing counted are left out."""
        return self.site_breakdown(session.site_id, period, by)

    def site_breakdown(
        self, site_id: int, period: Period, by: str | DemandBreakdown
    ) -> list[DemandRow]:
        kind = parse_breakdown(by)
        with self._db.read() as s:
            minutes = read_response_clock(s, site_id).on_site_minutes
            return list(q.breakdown_rows(s, self._sql, site_id, period, minutes, kind))

    def overdue_now(
        self, session: StaffSession, limit: int = OVERDUE_LIST_LIMIT
    ) -> list[OverdueDemand]:
        """Overdue demands now (as the demand desk lists them), the longest overdue first."""
        now = self._clock.now()
        with self._db.read() as s:
            minutes = read_response_clock(s, session.site_id).on_site_minutes
            return q.overdue_demands(s, session.site_id, now, minutes, limit)

    def records(self, session: StaffSession, period: Period, figure: str) -> list[RecordRow]:
        """The records behind one demand figure of the actor's center, newest first, at most
        2000 (keys in ``demand_records``); an unknown key raises ``ValidationError`` on the
        field ``figure``."""
        now = self._clock.now()
        with self._db.read() as s:
            minutes = read_response_clock(s, session.site_id).on_site_minutes
            finder = DemandRecordFinder(s, self._sql, session.site_id, period, now, minutes)
            return finder.find(figure)

    # -- every center ---------------------------------------------------------------------------
    def every_center(self, period: Period) -> DemandCounty:
        """Every center's figures and their total (for the terminal: no sign-in); a period
        still running counts as its comparison does."""
        now = self._clock.now()
        spans = compared_periods(period, now)
        with self._db.read() as s:
            sites = s.scalars(select(Site).order_by(Site.code, Site.id)).all()
            figures = tuple(
                self._figures(s, site, spans.current, now, spans.as_of) for site in sites
            )
        total = total_figures(figures, spans.current, now, spans.as_of)
        return DemandCounty(period=spans.current, sites=figures, total=total)

    # -- inside the session -----------------------------------------------------------------------
    def _comparison(self, current: DemandFigures, previous: DemandFigures) -> DemandComparison:
        return DemandComparison(current=current, previous=previous)

    def _figures(
        self,
        s: Session,
        site: Site,
        period: Period,
        now: datetime,
        as_of: datetime | None = None,
    ) -> DemandFigures:
        minutes = read_response_clock(s, site.id).on_site_minutes
        by_category = q.breakdown_rows(
            s, self._sql, site.id, period, minutes, DemandBreakdown.CATEGORY
        )
        # Every demand has one kind, so the kinds add up to the whole center.
        counts = add_counts(by_category)
        return DemandFigures(
            site_id=site.id,
            site_code=site.code,
            site_name=site.name,
            period=period,
            generated_at=now,
            merged_calls=q.merged_calls(s, site.id, period),
            reopened=q.reopened(s, site.id, period),
            backlog=q.backlog(s, self._sql, site.id, now, minutes),
            on_site_minutes=minutes,
            per_day=q.per_day(s, self._sql, site.id, period),
            by_category=by_category,
            as_of=as_of,
            **count_values(counts),
        )


def _merge_rows(groups: Sequence[Sequence[DemandRow]]) -> tuple[DemandRow, ...]:
    """Kinds of demand of several centers, added up by name (each center has its own list)."""
    merged: dict[str, list[DemandRow]] = {}
    for rows in groups:
        for row in rows:
            merged.setdefault(row.label, []).append(row)
    result = [
        DemandRow(key=label, label=label, **count_values(add_counts(rows)))
        for label, rows in merged.items()
    ]
    return tuple(sorted(result, key=lambda r: (-r.collected, -r.dispatched, -r.solved, r.label)))


def total_figures(
    figures: Sequence[DemandFigures],
    period: Period,
    generated_at: datetime,
    as_of: datetime | None = None,
) -> DemandFigures:
    """Every figure of ``figures`` added up (site id 0, code "ALL"). Centers' clocks may
    differ, so the total's ``on_site_minutes`` is 0."""
    days: dict[date, tuple[int, int]] = {}
    for one in figures:
        for day in one.per_day:
            collected, solved = days.get(day.day, (0, 0))
            days[day.day] = (collected + day.collected, solved + day.solved)
    return DemandFigures(
        site_id=0,
        site_code="ALL",
        site_name="",
        period=period,
        generated_at=generated_at,
        merged_calls=sum(f.merged_calls for f in figures),
        reopened=sum(f.reopened for f in figures),
        backlog=DemandBacklog(
            **{
                f.name: sum(getattr(one.backlog, f.name) for one in figures)
                for f in fields(DemandBacklog)
            }
        ),
        on_site_minutes=0,
        per_day=tuple(DemandDay(d, c, v) for d, (c, v) in sorted(days.items())),
        by_category=_merge_rows([f.by_category for f in figures]),
        as_of=as_of,
        **count_values(add_counts(figures)),
    )
