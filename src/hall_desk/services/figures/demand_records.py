"""The records behind one demand figure (the drill-down list), newest first.

A figure is named by a key: ``demands.<measure>`` for a count over the period (``collected``,
``wishes``, ``dispatched``, ``accepted``, ``on_time_responses``, ``solved``,
``solved_on_time``, ``rated``, ``satisfied``, ``reopened``), ``demands.open``,
``demands.overdue`` and ``demands.due_soon`` for what stands open now, ``demands.day:<date>``
for the demands collected on a day, ``demands.<breakdown>:<key>`` for the demands of one row
of a breakdown with anything counted in the period, and ``problems.overdue`` for the meeting
problems not ticked off in time. The list holds exactly what the figure counts (built from
the conditions of ``demand_queries``), at most :data:`RECORD_LIMIT`.

Rows are ``RecordRow``s of kind ``demand`` (``ref`` the number, ``who`` the resident's or
caller's name, never a phone, ``what`` the kind of demand, ``status`` the status label or the
rating label, ``detail`` the 小区 and place and who has it) or ``problem``.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from hall_desk.db.models import Resident
from hall_desk.db.party_models import (
    Demand,
    DemandCaller,
    DemandCategory,
    DemandEvent,
    MeetingProblem,
    PartyMember,
    PartyUnit,
    ResidentMeeting,
)
from hall_desk.domain.cases import RATING_LABELS, Rating
from hall_desk.domain.demand_figures import DemandBreakdown
from hall_desk.domain.demands import STATUS_LABELS, DemandAction, DemandStatus
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import RecordRow
from hall_desk.services.figures import demand_queries as q
from hall_desk.services.figures.stats_rules import SATISFIED, Condition, SqlDialect

RECORD_LIMIT = 2000
#: Keys of the drill-down lists this module answers.
PREFIXES = ("demands.", "problems.")

#: The moment each measure counts a demand at.
_MOMENTS: dict[str, Any] = {
    "collected": Demand.created_at,
    "wishes": Demand.created_at,
    "dispatched": Demand.dispatched_at,
    "accepted": Demand.accepted_at,
    "on_time_responses": Demand.accepted_at,
    "solved": Demand.solved_at,
    "solved_on_time": Demand.solved_at,
    "rated": Demand.called_back_at,
    "satisfied": Demand.called_back_at,
}


def unknown_figure(figure: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Messages", "There is no figure called “{figure}”."),
        field="figure",
        figure=figure[:60],
    )


def _status_label(status: str) -> str:
    try:
        return STATUS_LABELS[DemandStatus(status)]
    except ValueError:
        return status


def _rating_label(rating: str | None) -> str:
    try:
        return RATING_LABELS[Rating(rating)] if rating else ""
    except ValueError:
        return rating or ""


class DemandRecordFinder:
    """Finds the records of one demand figure of one center, in an open session."""

    def __init__(
        self,
        s: Session,
        sql: SqlDialect,
        site_id: int,
        period: Period,
        now: datetime,
        on_site_minutes: int,
    ) -> None:
        self._s, self._sql, self._site = s, sql, site_id
        self._period, self._now, self._minutes = period, now, on_site_minutes

    def find(self, figure: str) -> list[RecordRow]:
        name, keyed, arg = figure.partition(":")
        if name == "problems.overdue" and not keyed:
            return self._problems()
        if not name.startswith("demands."):
            raise unknown_figure(figure)
        measure = name.removeprefix("demands.")
        conditions = q.measure_conditions(self._sql, self._period, self._minutes)
        if keyed and measure == "day":
            return self._day(arg, figure)
        if keyed:
            return self._breakdown(measure, arg, figure)
        if measure in ("rated", "satisfied"):
            return self._ratings(satisfied_only=measure == "satisfied")
        if measure in conditions:
            return self._demands(conditions[measure], _MOMENTS[measure])
        if measure == "reopened":
            return self._reopened()
        now = {
            "open": Demand.status.in_(q.OPEN),
            "overdue": q.overdue_now(self._now, self._minutes),
            "due_soon": q.due_soon_now(self._sql, self._now),
        }
        if measure in now:
            return self._demands(now[measure], Demand.created_at)
        raise unknown_figure(figure)

    # -- queries ---------------------------------------------------------------------------------
    def _select(self, moment: Any) -> Any:
        member_unit = aliased(PartyUnit)
        return (
            select(
                Demand.number,
                moment.label("at"),
                Resident.name.label("resident"),
                Demand.contact_name,
                DemandCategory.name.label("category"),
                Demand.status,
                Demand.rating,
                Demand.neighbourhood,
                Demand.place,
                PartyMember.name.label("member"),
                member_unit.name.label("member_unit"),
                PartyUnit.name.label("unit"),
            )
            .join(DemandCategory, DemandCategory.id == Demand.category_id)
            .outerjoin(Resident, Resident.id == Demand.resident_id)
            .outerjoin(PartyMember, PartyMember.id == Demand.member_id)
            .outerjoin(member_unit, member_unit.id == PartyMember.unit_id)
            .outerjoin(PartyUnit, PartyUnit.id == Demand.unit_id)
            .where(*q.counted(self._site))
        )

    def _rows(self, query: Any, *, rating: bool = False) -> list[RecordRow]:
        rows: list[RecordRow] = []
        for r in self._s.execute(query.limit(RECORD_LIMIT)):
            holder = f"{r.member}（{r.member_unit}）" if r.member else (r.unit or "")
            where = " ".join(part for part in (r.neighbourhood, r.place) if part)
            rows.append(
                RecordRow(
                    kind="demand",
                    ref=r.number,
                    at=r.at,
                    who=r.resident or r.contact_name or "",
                    what=r.category,
                    status=_rating_label(r.rating) if rating else _status_label(r.status),
                    detail=" · ".join(part for part in (where, holder) if part),
                )
            )
        return rows

    def _demands(self, condition: Condition, moment: Any) -> list[RecordRow]:
        query = self._select(moment).where(condition)
        return self._rows(query.order_by(moment.desc(), Demand.id.desc()))

    def _day(self, raw: str, figure: str) -> list[RecordRow]:
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            raise unknown_figure(figure) from None
        start = datetime.combine(day, time.min)
        return self._demands(
            and_(Demand.created_at >= start, Demand.created_at < Period.day(day).end),
            Demand.created_at,
        )

    def _breakdown(self, by: str, key: str, figure: str) -> list[RecordRow]:
        try:
            kind = DemandBreakdown(by)
        except ValueError:
            raise unknown_figure(figure) from None
        if kind is DemandBreakdown.NEIGHBOURHOOD:
            of_row: Condition = Demand.neighbourhood == key
        elif not key.isdigit():
            raise unknown_figure(figure)
        elif kind is DemandBreakdown.CATEGORY:
            of_row = Demand.category_id == int(key)
        elif kind is DemandBreakdown.MEMBER:
            of_row = Demand.member_id == int(key)
        else:
            members = select(PartyMember.id).where(PartyMember.unit_id == int(key))
            of_row = (Demand.unit_id == int(key)) | Demand.member_id.in_(members)
        query = self._select(Demand.created_at).where(of_row, q.touched_in(self._period))
        return self._rows(query.order_by(Demand.created_at.desc(), Demand.id.desc()))

    def _ratings(self, *, satisfied_only: bool) -> list[RecordRow]:
        """Demands rated in the period and merged callers rated in it, one row per rating."""
        conditions = q.measure_conditions(self._sql, self._period, self._minutes)
        own = self._select(Demand.called_back_at).where(
            conditions["satisfied" if satisfied_only else "rated"]
        )
        rows = self._rows(own.order_by(Demand.called_back_at.desc()), rating=True)
        callers = (
            select(
                Demand.number,
                DemandCaller.called_back_at,
                DemandCaller.contact_name,
                DemandCategory.name,
                DemandCaller.rating,
            )
            .join(Demand, Demand.id == DemandCaller.demand_id)
            .join(DemandCategory, DemandCategory.id == Demand.category_id)
            .where(*q.counted(self._site), *q.caller_ratings_of(self._period))
            .order_by(DemandCaller.called_back_at.desc())
            .limit(RECORD_LIMIT)
        )
        if satisfied_only:
            callers = callers.where(DemandCaller.rating.in_(SATISFIED))
        for number, at, name, category, rating in self._s.execute(callers):
            rows.append(
                RecordRow(
                    kind="demand",
                    ref=number,
                    at=at,
                    who=name,
                    what=category,
                    status=_rating_label(rating),
                    detail=QT_TRANSLATE_NOOP("Messages", "Call merged in"),
                )
            )
        rows.sort(key=lambda r: r.at or datetime.min, reverse=True)
        return rows[:RECORD_LIMIT]

    def _reopened(self) -> list[RecordRow]:
        query = (
            self._select(DemandEvent.at)
            .join(DemandEvent, DemandEvent.demand_id == Demand.id)
            .where(
                DemandEvent.action == DemandAction.REOPEN.value,
                DemandEvent.at >= self._period.start,
                DemandEvent.at < self._period.end,
            )
        )
        return self._rows(query.order_by(DemandEvent.at.desc(), DemandEvent.id.desc()))

    def _problems(self) -> list[RecordRow]:
        query = (
            select(
                ResidentMeeting.title,
                ResidentMeeting.held_on,
                MeetingProblem.seq,
                MeetingProblem.due_date,
                MeetingProblem.responsible,
                MeetingProblem.description,
            )
            .join(ResidentMeeting, ResidentMeeting.id == MeetingProblem.meeting_id)
            .where(*q.problems_overdue(self._site, self._now.date()))
            .order_by(MeetingProblem.due_date, MeetingProblem.id)
            .limit(RECORD_LIMIT)
        )
        return [
            RecordRow(
                kind="problem",
                ref=f"{held_on.isoformat()} #{seq}",
                at=datetime.combine(due, time.min),
                who=responsible,
                what=description[:60],
                status=QT_TRANSLATE_NOOP("Messages", "Overdue"),
                detail=title,
            )
            for title, held_on, seq, due, responsible, description in self._s.execute(query)
        ]
