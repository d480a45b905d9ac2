"""The activities desk's ledger sheets: 活动台账 (one row per session held in the period, with
its sign-ups and attendance) and 志愿服务时长 (one row per volunteer credited with hours in the
period: 双报到 members unit by unit, then residents).

Counted by the same conditions as the figures (``activity_queries``), so a sheet's totals are
the figures' totals. Phones are masked unless an administrator asks for them in full; ID
numbers are never written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import Activity, ActivitySession, VolunteerShift
from hall_desk.db.models import Resident
from hall_desk.db.party_models import PartyMember, PartyUnit
from hall_desk.domain.activity_figures import ActivityComparison, ActivityFigures, row_label
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period
from hall_desk.printing.ledger_xlsx import Cell, CellValue, Column, Style
from hall_desk.services.figures import activity_queries as q
from hall_desk.services.figures.ledger_summary import SummaryRow, _compare, _heading

if TYPE_CHECKING:
    from hall_desk.services.figures.ledger_rows import RowContext

Row = tuple[CellValue, ...]
_MEMBER = QT_TRANSLATE_NOOP("Messages", "Reporting party member")
_RESIDENT = QT_TRANSLATE_NOOP("Messages", "Resident")

ACTIVITY_COLUMNS: tuple[Column, ...] = (
    Column("序号", 7, Style.INTEGER),
    Column("日期", 11, Style.DATE),
    Column("时间", 12),
    Column("活动编号", 17),
    Column("活动名称", 24),
    Column("活动类型", 12),
    Column("主办方", 20),
    Column("地点", 14),
    Column("报名人数", 8, Style.INTEGER),
    Column("出席", 7, Style.INTEGER),
    Column("缺席", 7, Style.INTEGER),
    Column("请假", 7, Style.INTEGER),
)

HOURS_COLUMNS: tuple[Column, ...] = (
    Column("序号", 7, Style.INTEGER),
    Column("姓名", 10),
    Column("身份", 14),
    Column("报到单位", 24),
    Column("联系电话", 15),
    Column("服务次数", 8, Style.INTEGER),
    Column("服务时长（小时）", 10, Style.DECIMAL),
    Column("其中补录（小时）", 10, Style.DECIMAL),
)


def count_activity_rows(s: Session, site_id: int, period: Period) -> int:
    return q.count_sessions(s, site_id, period)


def stream_activities(s: Session, ctx: RowContext) -> Iterator[Row]:
    """活动台账: the period's sessions, earliest first, numbered from 1."""
    for number, one in enumerate(q.session_rows(s, ctx.site_id, ctx.period), start=1):
        yield (
            number,
            one.starts_at.date(),
            f"{one.starts_at:%H:%M}-{one.ends_at:%H:%M}",
            one.number,
            one.title,
            ctx.label(one.kind),
            row_label(one.organiser, ctx.label),
            one.place or None,
            one.enrolled,
            one.present,
            one.absent,
            one.excused,
        )


def _per_person(site_id: int, period: Period) -> Any:
    """Shifts, minutes and supplementary minutes per volunteer, as a subquery."""
    minutes = VolunteerShift.credited_minutes
    return (
        select(
            VolunteerShift.member_id.label("member_id"),
            VolunteerShift.resident_id.label("resident_id"),
            func.count(VolunteerShift.id).label("shifts"),
            func.sum(minutes).label("minutes"),
            func.sum(case((VolunteerShift.supplementary.is_(True), minutes), else_=0)).label(
                "extra"
            ),
        )
        .join(ActivitySession, ActivitySession.id == VolunteerShift.session_id)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(*q.of_site(site_id), q.held(period), q.credited())
        .group_by(VolunteerShift.member_id, VolunteerShift.resident_id)
        .subquery()
    )


def count_volunteer_rows(s: Session, site_id: int, period: Period) -> int:
    people = _per_person(site_id, period)
    return int(s.scalar(select(func.count()).select_from(people)) or 0)


def stream_volunteer_hours(s: Session, ctx: RowContext) -> Iterator[Row]:
    """志愿服务时长: members unit by unit, then residents, each by name."""
    people = _per_person(ctx.site_id, ctx.period)
    is_resident = case((people.c.member_id.is_(None), 1), else_=0)
    query = (
        select(
            people.c.member_id,
            people.c.shifts,
            people.c.minutes,
            people.c.extra,
            PartyMember.name.label("member"),
            PartyMember.phone.label("member_phone"),
            PartyUnit.name.label("unit"),
            Resident.name.label("resident"),
            Resident.phone.label("resident_phone"),
        )
        .select_from(people)
        .outerjoin(PartyMember, PartyMember.id == people.c.member_id)
        .outerjoin(PartyUnit, PartyUnit.id == PartyMember.unit_id)
        .outerjoin(Resident, Resident.id == people.c.resident_id)
        .order_by(
            is_resident,
            PartyUnit.name,
            PartyMember.name,
            Resident.name,
            people.c.member_id,
            people.c.resident_id,
        )
    )
    member, resident = ctx.label(_MEMBER), ctx.label(_RESIDENT)
    for number, row in enumerate(s.execute(query), start=1):
        is_member = row.member_id is not None
        yield (
            number,
            (row.member if is_member else row.resident) or None,
            member if is_member else resident,
            row.unit if is_member else None,
            ctx.phone(row.member_phone if is_member else row.resident_phone),
            int(row.shifts),
            int(row.minutes or 0) / 60,
            int(row.extra or 0) / 60,
        )


# -- the summary sheet's lines ------------------------------------------------------------------

_SUMMARY: tuple[tuple[str, Callable[[ActivityFigures], float | None], Style], ...] = (
    ("开展活动（项）", lambda f: f.activities, Style.INTEGER),
    ("活动场次", lambda f: f.sessions, Style.INTEGER),
    ("报名", lambda f: f.signups, Style.INTEGER),
    ("取消报名", lambda f: f.cancellations, Style.INTEGER),
    ("出席（服务人次）", lambda f: f.present, Style.INTEGER),
    ("缺席", lambda f: f.absent, Style.INTEGER),
    ("请假", lambda f: f.excused, Style.INTEGER),
    ("出席率", lambda f: f.attendance_rate, Style.PERCENT),
    ("缺席率", lambda f: f.no_show_rate, Style.PERCENT),
    ("志愿者（人）", lambda f: f.volunteers, Style.INTEGER),
    ("志愿服务（人次）", lambda f: f.shifts, Style.INTEGER),
    ("志愿服务时长（小时）", lambda f: f.volunteer_hours, Style.DECIMAL),
    ("其中补录（小时）", lambda f: f.supplementary_hours, Style.DECIMAL),
)


def activity_summary_rows(
    comparison: ActivityComparison, label: Callable[[str], str]
) -> Iterator[SummaryRow]:
    """The activities desk's lines of the summary sheet: its figures against the previous
    period and the kinds of activity (the same figures as the pages)."""
    now, before = comparison.current, comparison.previous
    yield _heading("活动与志愿服务", "本期", "上期", "增减")
    for title, value, style in _SUMMARY:
        yield _compare(title, value(now), value(before), style)
    yield ["候补中（截至导出时）", Cell(now.waiting_now, Style.INTEGER)]
    yield []
    yield _heading("按活动类型", "场次", "报名", "出席", "缺席", "请假", "志愿时长（小时）")
    for row in now.by_kind:
        yield [
            label(row.label),
            row.sessions,
            row.signups,
            row.present,
            row.absent,
            row.excused,
            Cell(row.volunteer_hours, Style.DECIMAL),
        ]
