"""Whom to give a demand to: members and units ranked for it, with the reasons.

The order, most important first: in a talent pool that fits the kind of demand
(``domain.demand_intake.pools_for_category``), living in the same 小区, in the same 网格, fewest
demands with them now, best average rating (someone not yet rated counts as 3 of 5, "fairly
satisfied"), most solved. A unit counts as in a pool, a 小区 or a 网格 when one of its active
members is; its open demands, ratings and solved ones are those given to the unit itself.

For members and for units, one query aggregates every figure grouped by holder and one reads
the candidates with their pool, 小区 and 网格 flags; they are ranked here, and one more query
fetches the pools of the few members shown. The time does not grow with a query per member,
and no query plan can repeat the aggregate for each member (PostgreSQL chose that for a join
of the two on tables not yet analysed, at a second a call).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from hall_desk.db.party_models import Demand, MemberSkill, PartyMember, PartyUnit, TalentPool
from hall_desk.domain.demand_intake import RATING_SCORES, pools_for_category
from hall_desk.domain.demands import DemandStatus
from hall_desk.domain.names import QueryKind, classify_query
from hall_desk.domain.phones import mask_phone
from hall_desk.services.party.lists import pool_ids
from hall_desk.services.text_search import contains, escape_like, number_condition

#: The average rating assumed for someone who has not been rated yet.
UNRATED_SCORE = 3.0

_WITH_SOMEONE = [
    DemandStatus.DISPATCHED.value,
    DemandStatus.ACCEPTED.value,
    DemandStatus.IN_PROGRESS.value,
]
_DONE = [DemandStatus.SOLVED.value, DemandStatus.CALLED_BACK.value]


@dataclass(frozen=True)
class Suggestion:
    """A member or a unit the demand could go to, and why it is where it is in the list."""

    kind: str  # "member" | "unit"
    id: int
    name: str
    unit_name: str  # a member's unit; "" for a unit
    masked_phone: str
    neighbourhood: str
    grid: str
    pools: tuple[str, ...]  # a member's talent pools ("" for a unit)
    pool_match: bool
    same_neighbourhood: bool
    same_grid: bool
    open_count: int
    average_rating: float | None
    rated_count: int
    solved_count: int

    @property
    def member_id(self) -> int | None:
        return self.id if self.kind == "member" else None

    @property
    def unit_id(self) -> int | None:
        return self.id if self.kind == "unit" else None

    def sort_key(self) -> tuple[Any, ...]:
        score = self.average_rating if self.average_rating is not None else UNRATED_SCORE
        return (
            not self.pool_match,
            not self.same_neighbourhood,
            not self.same_grid,
            self.open_count,
            -score,
            -self.solved_count,
            self.kind != "member",
            self.name,
            self.id,
        )


@dataclass(frozen=True)
class DispatchTarget:
    """What a demand asks of whoever takes it: the pools that fit and where it is."""

    site_id: int
    pool_ids: tuple[int, ...]
    neighbourhood: str
    grid: str


def target_for(
    s: Session, site_id: int, category: str, neighbourhood: str, grid: str
) -> DispatchTarget:
    pools = pool_ids(s, site_id)
    wanted = tuple(pools[name] for name in pools_for_category(category) if name in pools)
    return DispatchTarget(site_id, wanted, neighbourhood, grid)


def _score() -> ColumnElement[Any]:
    return case({r.value: score for r, score in RATING_SCORES.items()}, value=Demand.rating)


@dataclass(frozen=True)
class _Figures:
    open_count: int = 0
    solved_count: int = 0
    average_rating: float | None = None
    rated_count: int = 0


def _figures(s: Session, holder: Any, site_id: int) -> dict[int, _Figures]:
    """Per holder (member or unit), in one aggregate query: demands with them now, solved,
    average rating and how many ratings."""
    rows = s.execute(
        select(
            holder,
            func.sum(case((Demand.status.in_(_WITH_SOMEONE), 1), else_=0)),
            func.sum(case((Demand.status.in_(_DONE), 1), else_=0)),
            func.avg(_score()),
            func.count(Demand.rating),
        )
        .where(Demand.site_id == site_id, holder.is_not(None), Demand.merged_into_id.is_(None))
        .group_by(holder)
    )
    return {
        r[0]: _Figures(
            int(r[1] or 0),
            int(r[2] or 0),
            round(float(r[3]), 2) if r[3] is not None else None,
            int(r[4] or 0),
        )
        for r in rows
    }


def _flag(condition: ColumnElement[bool] | None) -> ColumnElement[Any]:
    return case((condition, 1), else_=0) if condition is not None else literal(0)


def _best(candidates: list[Suggestion], limit: int) -> list[Suggestion]:
    return sorted(candidates, key=Suggestion.sort_key)[:limit]


def member_rows(
    s: Session, target: DispatchTarget, limit: int, search: str = ""
) -> list[Suggestion]:
    """The best ``limit`` active members (two queries: the figures, then the members with
    their pool, 小区 and 网格 flags; ranked here, so no plan can repeat the aggregate)."""
    figures = _figures(s, Demand.member_id, target.site_id)
    in_pool = (
        exists().where(
            MemberSkill.member_id == PartyMember.id, MemberSkill.pool_id.in_(target.pool_ids)
        )
        if target.pool_ids
        else None
    )
    query = (
        select(
            PartyMember.id,
            PartyMember.name,
            PartyUnit.name,
            PartyMember.phone,
            PartyMember.neighbourhood,
            PartyMember.grid,
            _flag(in_pool),
        )
        .join(PartyUnit, PartyUnit.id == PartyMember.unit_id)
        .where(
            PartyMember.site_id == target.site_id,
            PartyMember.left_on.is_(None),
            PartyUnit.active.is_(True),
        )
    )
    text = " ".join(search.split())
    if text:
        like = contains(text)
        terms: list[ColumnElement[bool]] = [
            PartyMember.name.like(like, escape="\\"),
            PartyUnit.name.like(like, escape="\\"),
        ]
        if text.isascii() and text.isalpha():
            initials = f"% {escape_like(text.lower())}%"
            terms.append(PartyMember.name_initials.like(initials, escape="\\"))
        query_text = classify_query(text)
        if query_text is not None and query_text.kind is QueryKind.DIGITS:
            # A phone's last 4 digits or the whole number, never a longer tail.
            terms.append(
                number_condition(
                    query_text.text,
                    id_number=None,
                    phone=PartyMember.phone,
                    phone_tail=PartyMember.phone_tail,
                )
            )
        query = query.where(or_(*terms))
    hood, grid, none = target.neighbourhood, target.grid, _Figures()

    def key(r: Any) -> tuple[Any, ...]:
        f = figures.get(r[0], none)
        score = f.average_rating if f.average_rating is not None else UNRATED_SCORE
        near = (not hood or r[4] != hood, not grid or r[5] != grid)
        return (not r[6], *near, f.open_count, -score, -f.solved_count, False, r[1], r[0])

    # Only the few shown become records: a thousand members are ranked as plain tuples.
    best = heapq.nsmallest(limit, s.execute(query).all(), key=key)
    skills = _skills(s, [r[0] for r in best])
    return [
        Suggestion(
            kind="member",
            id=r[0],
            name=r[1],
            unit_name=r[2],
            masked_phone=mask_phone(r[3]) if r[3] else "",
            neighbourhood=r[4],
            grid=r[5],
            pools=skills.get(r[0], ()),
            pool_match=bool(r[6]),
            same_neighbourhood=bool(hood) and r[4] == hood,
            same_grid=bool(grid) and r[5] == grid,
            **vars(figures.get(r[0], none)),
        )
        for r in best
    ]


def unit_rows(s: Session, target: DispatchTarget, limit: int, search: str = "") -> list[Suggestion]:
    """The best ``limit`` active units, ranked as members are (see the module docstring)."""
    figures = _figures(s, Demand.unit_id, target.site_id)
    active_member = and_(PartyMember.unit_id == PartyUnit.id, PartyMember.left_on.is_(None))
    in_pool = (
        exists()
        .where(active_member, MemberSkill.member_id == PartyMember.id)
        .where(MemberSkill.pool_id.in_(target.pool_ids))
        if target.pool_ids
        else None
    )
    flags = [
        _flag(in_pool),
        _flag(
            exists().where(active_member, PartyMember.neighbourhood == target.neighbourhood)
            if target.neighbourhood
            else None
        ),
        _flag(
            exists().where(active_member, PartyMember.grid == target.grid) if target.grid else None
        ),
    ]
    query = select(PartyUnit.id, PartyUnit.name, PartyUnit.contact_phone, *flags).where(
        PartyUnit.site_id == target.site_id, PartyUnit.active.is_(True)
    )
    text = " ".join(search.split())
    if text:
        query = query.where(PartyUnit.name.like(contains(text), escape="\\"))
    none = _Figures()
    found = [
        Suggestion(
            kind="unit",
            id=r[0],
            name=r[1],
            unit_name="",
            masked_phone=mask_phone(r[2]) if r[2] else "",
            neighbourhood="",
            grid="",
            pools=(),
            pool_match=bool(r[3]),
            same_neighbourhood=bool(r[4]),
            same_grid=bool(r[5]),
            **vars(figures.get(r[0], none)),
        )
        for r in s.execute(query)
    ]
    return _best(found, limit)


def _skills(s: Session, member_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not member_ids:
        return {}
    found: dict[int, list[str]] = {}
    rows = s.execute(
        select(MemberSkill.member_id, TalentPool.name)
        .join(TalentPool, TalentPool.id == MemberSkill.pool_id)
        .where(MemberSkill.member_id.in_(member_ids))
        .order_by(TalentPool.sort_order, TalentPool.id)
    )
    for member_id, name in rows:
        found.setdefault(member_id, []).append(name)
    return {k: tuple(v) for k, v in found.items()}


def ranked(s: Session, target: DispatchTarget, limit: int, search: str = "") -> list[Suggestion]:
    """Members and units together, best first."""
    both = member_rows(s, target, limit, search) + unit_rows(s, target, limit, search)
    return sorted(both, key=Suggestion.sort_key)[:limit]


__all__ = ["DispatchTarget", "Suggestion", "ranked", "target_for"]
