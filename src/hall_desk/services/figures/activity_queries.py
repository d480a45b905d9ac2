"""The activity figures counted in SQL (COUNT and SUM(CASE ...) with GROUP BY): four queries
per grouping whatever the number of sessions, sign-ups, marks or shifts.

What each figure counts is written in ``domain.activity_figures``; the conditions are here, so
the figures, the breakdowns, the county view, the ledgers and the records behind them agree.
A grouping is a tuple of columns of ``Activity`` (none for a center's whole, the kind, the
organiser, or the center itself for the county); every query joins the activity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import (
    Activity,
    ActivitySession,
    ActivitySignup,
    SessionAttendance,
    VolunteerShift,
)
from hall_desk.db.party_models import CommunityProject, PartyUnit
from hall_desk.db.room_models import Room
from hall_desk.domain.activities import (
    ACTIVITY_KIND_LABELS,
    ORGANISER_KIND_LABELS,
    ActivityKind,
    ActivityStatus,
    AttendanceStatus,
    OrganiserKind,
    SessionStatus,
    ShiftStatus,
    SignupStatus,
)
from hall_desk.domain.activity_figures import (
    ActivityBreakdown,
    ActivityCounts,
    ActivityDay,
    ActivityRow,
    SessionFigures,
    count_values,
)
from hall_desk.domain.periods import Period
from hall_desk.services.figures.stats_rules import Condition, SqlDialect, as_date

Key = tuple[Any, ...]

#: The columns each breakdown groups by.
GROUPINGS: dict[ActivityBreakdown, tuple[Any, ...]] = {
    ActivityBreakdown.KIND: (Activity.kind,),
    ActivityBreakdown.ORGANISER: (Activity.organiser_kind, Activity.unit_id, Activity.project_id),
}


def _in(column: Any, period: Period) -> Condition:
    return and_(column >= period.start, column < period.end)


def held(period: Period) -> Condition:
    """The period's sessions: still planned, starting in the period."""
    return and_(
        ActivitySession.status == SessionStatus.PLANNED.value,
        _in(ActivitySession.starts_at, period),
    )


def of_site(site_id: int | None) -> list[Condition]:
    """The center's activities, or every center's (the county) when ``site_id`` is None."""
    return [] if site_id is None else [Activity.site_id == site_id]


def credited() -> Condition:
    """Shifts (not cancelled) credited with minutes."""
    return and_(
        VolunteerShift.status == ShiftStatus.SIGNED.value, VolunteerShift.credited_minutes > 0
    )


def _grouped(query: Select[Any], keys: Sequence[Any]) -> Select[Any]:
    return query.group_by(*keys) if keys else query


def _sum_if(condition: Condition, value: Any = 1) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0)


def _rows(s: Session, query: Select[Any], width: int) -> dict[Key, list[int]]:
    """Each result row's key (its first ``width`` columns) and its counts."""
    return {
        tuple(row[:width]): [int(v or 0) for v in row[width:]] for row in s.execute(query).all()
    }


def measures(
    s: Session, period: Period, keys: Sequence[Any], site_id: int | None
) -> dict[Key, ActivityCounts]:
    """The measures of ``ActivityCounts`` per group of ``keys`` (one group, the key ``()``,
    when there are none); only groups with something counted."""
    width = len(keys)
    sessions = (
        select(*keys, func.count(distinct(Activity.id)), func.count(ActivitySession.id))
        .select_from(ActivitySession)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(*of_site(site_id), held(period))
    )
    created = _in(ActivitySignup.created_at, period)
    cancelled = _in(ActivitySignup.cancelled_at, period)
    signups = (
        select(*keys, _sum_if(created), _sum_if(cancelled))
        .select_from(ActivitySignup)
        .join(Activity, Activity.id == ActivitySignup.activity_id)
        .where(*of_site(site_id), or_(created, cancelled))
    )
    marks = (
        select(*keys, *(_sum_if(SessionAttendance.status == st.value) for st in AttendanceStatus))
        .select_from(SessionAttendance)
        .join(ActivitySession, ActivitySession.id == SessionAttendance.session_id)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(*of_site(site_id), held(period))
    )
    minutes = VolunteerShift.credited_minutes
    extra = VolunteerShift.supplementary.is_(True)
    on = credited()
    shifts = (
        select(
            *keys,
            func.count(distinct(case((on, VolunteerShift.member_id)))),
            func.count(
                distinct(
                    case((and_(on, VolunteerShift.member_id.is_(None)), VolunteerShift.resident_id))
                )
            ),
            _sum_if(on),
            _sum_if(on, minutes),
            _sum_if(and_(on, extra)),
            _sum_if(and_(on, extra), minutes),
            _sum_if(VolunteerShift.signed_in_at.is_not(None)),
        )
        .select_from(VolunteerShift)
        .join(ActivitySession, ActivitySession.id == VolunteerShift.session_id)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(*of_site(site_id), held(period), VolunteerShift.status == ShiftStatus.SIGNED.value)
    )
    found: dict[Key, dict[str, int]] = {}
    parts: tuple[tuple[Select[Any], tuple[str, ...]], ...] = (
        (sessions, ("activities", "sessions")),
        (signups, ("signups", "cancellations")),
        (marks, tuple(st.value for st in AttendanceStatus)),
        (
            shifts,
            ("members", "residents", "shifts", "volunteer_minutes", "supplementary_shifts",
             "supplementary_minutes", "signed_in"),
        ),
    )  # fmt: skip
    for query, names in parts:
        for key, values in _rows(s, _grouped(query, keys), width).items():
            found.setdefault(key, {}).update(zip(names, values, strict=True))
    result: dict[Key, ActivityCounts] = {}
    for key, named in found.items():
        named["volunteers"] = named.pop("members", 0) + named.pop("residents", 0)
        counts = ActivityCounts(**named)
        if not counts.is_empty():
            result[key] = counts
    return result


def total(s: Session, period: Period, site_id: int) -> ActivityCounts:
    """A center's measures over the period."""
    return measures(s, period, (), site_id).get((), ActivityCounts())


def waiting_now(s: Session, site_id: int | None) -> dict[int, int]:
    """People on a waiting list now, of activities not cancelled, per center."""
    query = (
        select(Activity.site_id, func.count(ActivitySignup.id))
        .join(Activity, Activity.id == ActivitySignup.activity_id)
        .where(
            *of_site(site_id),
            ActivitySignup.status == SignupStatus.WAITING.value,
            Activity.status == ActivityStatus.OPEN.value,
        )
        .group_by(Activity.site_id)
    )
    return {int(site): int(n) for site, n in s.execute(query)}


def per_day(s: Session, sql: SqlDialect, site_id: int, period: Period) -> tuple[ActivityDay, ...]:
    """Sessions held and people present on every day of the period."""
    day = sql.day(ActivitySession.starts_at)
    sessions: Counter[date] = Counter()
    present: Counter[date] = Counter()
    query = (
        select(day, func.count(ActivitySession.id))
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(*of_site(site_id), held(period))
        .group_by(day)
    )
    for raw, n in s.execute(query):
        sessions[as_date(raw)] += int(n)
    query = (
        select(day, func.count())
        .select_from(SessionAttendance)
        .join(ActivitySession, ActivitySession.id == SessionAttendance.session_id)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(
            *of_site(site_id),
            held(period),
            SessionAttendance.status == AttendanceStatus.PRESENT.value,
        )
        .group_by(day)
    )
    for raw, n in s.execute(query):
        present[as_date(raw)] += int(n)
    return tuple(ActivityDay(d, sessions[d], present[d]) for d in period.dates())


# -- breakdowns ---------------------------------------------------------------------------------


def organiser_key(kind: str, unit_id: int | None, project_id: int | None) -> str:
    """``center``, ``unit:<id>`` or ``project:<id>``."""
    if kind == OrganiserKind.UNIT.value and unit_id is not None:
        return f"unit:{unit_id}"
    if kind == OrganiserKind.PROJECT.value and project_id is not None:
        return f"project:{project_id}"
    return OrganiserKind.CENTER.value


def kind_label(kind: str) -> str:
    try:
        return ACTIVITY_KIND_LABELS[ActivityKind(kind)]
    except ValueError:
        return kind


def _names(s: Session, keys: Sequence[str]) -> dict[str, str]:
    """Units' and projects' names of organiser keys."""
    units = [int(k[5:]) for k in keys if k.startswith("unit:")]
    projects = [int(k[8:]) for k in keys if k.startswith("project:")]
    names: dict[str, str] = {}
    if units:
        for i, name in s.execute(
            select(PartyUnit.id, PartyUnit.name).where(PartyUnit.id.in_(units))
        ):
            names[f"unit:{i}"] = name
    if projects:
        query = select(CommunityProject.id, CommunityProject.title).where(
            CommunityProject.id.in_(projects)
        )
        for i, title in s.execute(query):
            names[f"project:{i}"] = title
    return names


def breakdown_rows(
    s: Session, period: Period, site_id: int, by: ActivityBreakdown
) -> tuple[ActivityRow, ...]:
    """One row per kind of activity or organiser with anything counted in the period: most
    sessions first, then most present, then by label."""
    counts = measures(s, period, GROUPINGS[by], site_id)
    merged: dict[str, ActivityCounts] = {}
    for key, value in counts.items():
        text = str(key[0]) if by is ActivityBreakdown.KIND else organiser_key(*key)
        merged[text] = value
    if by is ActivityBreakdown.KIND:
        labels = {k: kind_label(k) for k in merged}
    else:
        labels = _names(s, list(merged))
        labels[OrganiserKind.CENTER.value] = ORGANISER_KIND_LABELS[OrganiserKind.CENTER]
    rows = [
        ActivityRow(key=k, label=labels.get(k, k), **count_values(v)) for k, v in merged.items()
    ]
    return tuple(sorted(rows, key=lambda r: (-r.sessions, -r.present, r.label)))


# -- sessions one by one ------------------------------------------------------------------------


def held_sessions(site_id: int, period: Period, *first: Any) -> Any:
    """The sessions of center ``site_id`` held in ``period``, each with its activity (number,
    title, kind), its organiser's unit or project, times, room and place; ``first`` are
    columns put before these."""
    return (
        select(
            *first,
            Activity.number,
            Activity.title,
            Activity.kind,
            Activity.organiser_kind,
            PartyUnit.name.label("unit"),
            CommunityProject.title.label("project"),
            ActivitySession.starts_at,
            ActivitySession.ends_at,
            Room.name.label("room"),
            ActivitySession.place,
        )
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .outerjoin(Room, Room.id == ActivitySession.room_id)
        .outerjoin(PartyUnit, PartyUnit.id == Activity.unit_id)
        .outerjoin(CommunityProject, CommunityProject.id == Activity.project_id)
        .where(*of_site(site_id), held(period))
    )


def _sessions_query(site_id: int, period: Period) -> Any:
    return held_sessions(
        site_id, period, ActivitySession.id, Activity.id.label("activity_id")
    ).order_by(ActivitySession.starts_at, ActivitySession.id)


def count_sessions(s: Session, site_id: int, period: Period) -> int:
    query = (
        select(func.count(ActivitySession.id))
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(*of_site(site_id), held(period))
    )
    return int(s.scalar(query) or 0)


def session_rows(s: Session, site_id: int, period: Period) -> list[SessionFigures]:
    """The period's sessions, earliest first, each with its sign-ups, marks and volunteers."""
    ids = (
        select(ActivitySession.id)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(*of_site(site_id), held(period))
    )
    activities = select(ActivitySession.activity_id).where(ActivitySession.id.in_(ids))
    enrolled = dict(
        s.execute(
            select(ActivitySignup.activity_id, func.count(ActivitySignup.id))
            .where(
                ActivitySignup.activity_id.in_(activities),
                ActivitySignup.status == SignupStatus.ENROLLED.value,
            )
            .group_by(ActivitySignup.activity_id)
        ).all()
    )
    not_enrolled = ActivitySignup.status != SignupStatus.ENROLLED.value
    marks = _rows(
        s,
        select(
            SessionAttendance.session_id,
            *(_sum_if(SessionAttendance.status == st.value) for st in AttendanceStatus),
            _sum_if(not_enrolled),
        )
        .join(ActivitySignup, ActivitySignup.id == SessionAttendance.signup_id)
        .where(SessionAttendance.session_id.in_(ids))
        .group_by(SessionAttendance.session_id),
        1,
    )
    shifts = _rows(
        s,
        select(
            VolunteerShift.session_id,
            func.count(VolunteerShift.id),
            _sum_if(VolunteerShift.signed_in_at.is_not(None)),
        )
        .where(
            VolunteerShift.session_id.in_(ids),
            VolunteerShift.status == ShiftStatus.SIGNED.value,
        )
        .group_by(VolunteerShift.session_id),
        1,
    )
    result: list[SessionFigures] = []
    for row in s.execute(_sessions_query(site_id, period)):
        present, absent, excused, gone = marks.get((row.id,), [0, 0, 0, 0])
        volunteers, signed_in = shifts.get((row.id,), [0, 0])
        result.append(
            SessionFigures(
                session_id=row.id,
                activity_id=row.activity_id,
                number=row.number,
                title=row.title,
                kind=kind_label(row.kind),
                organiser=organiser_name(row.organiser_kind, row.unit, row.project),
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                place=row.room or row.place or "",
                enrolled=int(enrolled.get(row.activity_id, 0)) + gone,
                present=present,
                absent=absent,
                excused=excused,
                volunteers=volunteers,
                volunteers_signed_in=signed_in,
            )
        )
    return result


def organiser_name(kind: str, unit: str | None, project: str | None) -> str:
    """The unit's or project's name, or the label template of the center."""
    if kind == OrganiserKind.UNIT.value and unit:
        return unit
    if kind == OrganiserKind.PROJECT.value and project:
        return project
    return ORGANISER_KIND_LABELS[OrganiserKind.CENTER]
