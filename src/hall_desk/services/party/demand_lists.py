"""The desk's lists of demands as SQL: open ones, filtered and searched, overdue, similar.

A demand folded into another (``merged_into_id`` set) leaves every list. Overdue means: a
running demand past its ``due_at``; a running demand that needs a visit, nobody there yet and
past its ``on_site_by``; a dispatched demand that needs a visit and was not taken on within the
on-site minutes. The same rule, row by row, is ``demand_records.demand_clock``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select

from hall_desk.db.models import Resident
from hall_desk.db.party_models import Demand, PartyMember, PartyUnit
from hall_desk.domain.demands import (
    OPEN_STATUSES,
    RUNNING_STATUSES,
    DemandStatus,
    parse_demand_number,
)
from hall_desk.services.party.demand_records import DemandSummary
from hall_desk.services.text_search import escape_like

LIST_LIMIT = 500

_OPEN = [s.value for s in OPEN_STATUSES]
_RUNNING = [s.value for s in RUNNING_STATUSES]
#: Not called back yet: what the desk still has to do something about.
TO_DO = [*_OPEN, DemandStatus.SOLVED.value]


def site_demands(site_id: int) -> Select[Any]:
    """Demands of one center that still stand on their own (not merged into another)."""
    return select(Demand).where(Demand.site_id == site_id, Demand.merged_into_id.is_(None))


def overdue_condition(on_site_minutes: int, now: datetime) -> ColumnElement[bool]:
    """See the module docstring; the figures count overdue demands by the same condition."""
    visit_window = now - timedelta(minutes=on_site_minutes)
    return or_(
        and_(Demand.status.in_(_RUNNING), Demand.due_at < now),
        and_(
            Demand.status.in_(_RUNNING),
            Demand.needs_visit.is_(True),
            Demand.on_site_at.is_(None),
            Demand.on_site_by < now,
        ),
        and_(
            Demand.status == DemandStatus.DISPATCHED.value,
            Demand.needs_visit.is_(True),
            Demand.dispatched_at < visit_window,
        ),
    )


def search_condition(text: str) -> ColumnElement[bool]:
    """Number (whole or part), resident or contact name / initials / phone's last 4 digits,
    小区 or place, and the member or unit who has it."""
    number = parse_demand_number(text)
    if number is not None:
        return Demand.number == number
    like = f"%{escape_like(text)}%"
    people: list[ColumnElement[bool]] = [Resident.name.like(like, escape="\\")]
    initials = text.isascii() and text.isalpha()
    if initials:
        people.append(Resident.name_initials.like(f"% {escape_like(text.lower())}%", escape="\\"))
    conditions: list[ColumnElement[bool]] = [
        Demand.number.like(f"%{escape_like(text.upper())}%", escape="\\"),
        Demand.contact_name.like(like, escape="\\"),
        Demand.neighbourhood.like(like, escape="\\"),
        Demand.place.like(like, escape="\\"),
    ]
    if text.isdigit() and len(text) == 4:
        people.append(Resident.phone_tail == text)
        conditions.append(Demand.contact_phone.like(f"%{text}"))
    conditions.append(Demand.resident_id.in_(select(Resident.id).where(or_(*people))))
    members: list[ColumnElement[bool]] = [PartyMember.name.like(like, escape="\\")]
    if initials:
        members.append(
            PartyMember.name_initials.like(f"% {escape_like(text.lower())}%", escape="\\")
        )
    conditions.append(Demand.member_id.in_(select(PartyMember.id).where(or_(*members))))
    conditions.append(
        Demand.unit_id.in_(select(PartyUnit.id).where(PartyUnit.name.like(like, escape="\\")))
    )
    return or_(*conditions)


def similar_condition(category_id: int, neighbourhood: str, place: str) -> ColumnElement[bool]:
    """Open demands of the same kind in the same 小区 (or at the same place when no 小区)."""
    where: list[ColumnElement[bool]] = [
        Demand.category_id == category_id,
        Demand.status.in_(_OPEN),
    ]
    if neighbourhood:
        where.append(Demand.neighbourhood == neighbourhood)
    else:
        where.append(Demand.place == place)
    return and_(*where)


def place_first(place: str) -> ColumnElement[int]:
    """Sort key: demands at the very same place come first."""
    return case((Demand.place == place, 0), else_=1) if place else func.abs(0)


def urgency_order(rows: list[DemandSummary]) -> list[DemandSummary]:
    """Overdue first, then due soon, each by its deadline; then the rest, newest first."""
    severity = {"overdue": 0, "due_soon": 1, "on_time": 2, "": 3}
    return sorted(
        rows,
        key=lambda r: (
            severity[r.clock_state],
            r.deadline or datetime.max,
            -r.created_at.timestamp(),
            -r.id,
        ),
    )
