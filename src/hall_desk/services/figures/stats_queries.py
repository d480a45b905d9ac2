"""The figures of one center for one period, counted in SQL (GROUP BY), one query per part.

Rooms are in ``stats_rooms``; what each figure counts is defined in ``stats_rules``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from hall_desk.db.models import (
    CaseEvent,
    CaseFollowUp,
    QuickTally,
    ServiceCase,
    ServiceItem,
    Visit,
    VisitPurposeRow,
)
from hall_desk.db.room_models import Booking
from hall_desk.domain.cases import RATING_LABELS, Rating
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import (
    BacklogFigures,
    BreakdownRow,
    CaseFigures,
    CountRow,
    DayCount,
    RatingDay,
    RatingFigures,
    VisitorFigures,
)
from hall_desk.domain.visits import (
    CATEGORY_LABELS,
    PURPOSE_LABELS,
    TALLY_LABELS,
    TallyKind,
    VisitorCategory,
    VisitPurpose,
)
from hall_desk.services.figures import stats_rules as rules
from hall_desk.services.figures.stats_rules import Condition, SqlDialect, as_date


def _count(s: Session, column: InstrumentedAttribute[int], conditions: list[Condition]) -> int:
    """How many rows of ``column``'s table match ``conditions``."""
    return int(s.scalar(select(func.count(column)).where(*conditions)) or 0)


def visitor_figures(s: Session, sql: SqlDialect, site_id: int, period: Period) -> VisitorFigures:
    """Visits, the people they brought, and their breakdowns; walk-ins per kind.

    A visit counts on the day and in the hour it arrived; a visit with two purposes counts
    once in ``visits`` and under each purpose.
    """
    day, hour = sql.day(Visit.arrived_at), sql.hour(Visit.arrived_at)
    per_day: Counter[date] = Counter()
    by_hour = [0] * 24
    by_category = [0] * len(VisitorCategory)
    people = 0
    # One pass over the visits: categories are summed alongside day and hour.
    for raw_day, raw_hour, count, size, *categories in s.execute(
        select(
            day,
            hour,
            func.count(),
            func.coalesce(func.sum(Visit.party_size), 0),
            *(func.sum(case((Visit.category == c.value, 1), else_=0)) for c in VisitorCategory),
        )
        .where(*rules.visits_in(site_id, period))
        .group_by(day, hour)
    ):
        per_day[as_date(raw_day)] += int(count)
        by_hour[int(raw_hour)] += int(count)
        people += int(size)
        for index, n in enumerate(categories):
            by_category[index] += int(n or 0)

    purposes = dict(
        s.execute(
            select(VisitPurposeRow.purpose, func.count())
            .join(Visit, Visit.id == VisitPurposeRow.visit_id)
            .where(*rules.visits_in(site_id, period))
            .group_by(VisitPurposeRow.purpose)
        ).all()
    )
    tallies = dict(
        s.execute(
            select(QuickTally.kind, func.count())
            .where(*rules.tallies_in(site_id, period))
            .group_by(QuickTally.kind)
        ).all()
    )
    walk_ins = tuple(
        CountRow(k.value, TALLY_LABELS[k], int(tallies.get(k.value, 0))) for k in TallyKind
    )
    return VisitorFigures(
        visits=sum(per_day.values()),
        people=people,
        by_category=tuple(
            CountRow(c.value, CATEGORY_LABELS[c], n)
            for c, n in zip(VisitorCategory, by_category, strict=True)
        ),
        by_purpose=tuple(
            CountRow(p.value, PURPOSE_LABELS[p], int(purposes.get(p.value, 0)))
            for p in VisitPurpose
        ),
        by_hour=tuple(by_hour),
        per_day=tuple(DayCount(d, per_day.get(d, 0)) for d in period.dates()),
        walk_ins=walk_ins,
        walk_ins_total=sum(row.count for row in walk_ins),
    )


class _Breakdown:
    """Accepted, completed and agent counts per key, with the label to show."""

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}
        self.accepted: Counter[str] = Counter()
        self.completed: Counter[str] = Counter()
        self.agent: Counter[str] = Counter()

    def rows(self) -> tuple[BreakdownRow, ...]:
        keys = [k for k in self.labels if self.accepted[k] or self.completed[k]]
        rows = [
            BreakdownRow(k, self.labels[k], self.accepted[k], self.completed[k], self.agent[k])
            for k in keys
        ]
        return tuple(sorted(rows, key=lambda r: (-r.accepted, r.key)))


def case_figures(s: Session, sql: SqlDialect, site_id: int, period: Period) -> CaseFigures:
    """Intakes, notices, completions and returns in the period, per item and per office.

    ``received`` counts intakes (accepted_at in the period); ``refused`` those whose status
    is refused (also when refused later, while waiting for papers); ``accepted`` the rest.
    ``completed``/``returned`` count cases of that status closed in the period; a completed
    case is late when it closed on a day after its promised date. ``agent`` counts accepted
    cases with an agent. Per item (key: item code, label: item name) and per office (the
    office holding the case now), accepted and agent count accepted cases, completed the
    completed ones; only rows with something accepted or completed are listed.
    """
    items = _Breakdown()
    offices = _Breakdown()
    received = refused = agent = 0
    is_agent = func.sum(case((ServiceCase.agent_name != "", 1), else_=0))
    for code, name, office, status, count, agents in s.execute(
        select(
            ServiceItem.code,
            ServiceItem.name,
            ServiceCase.office,
            ServiceCase.status,
            func.count(),
            is_agent,
        )
        .join(ServiceItem, ServiceItem.id == ServiceCase.item_id)
        .where(*rules.received_in(site_id, period))
        .group_by(ServiceItem.code, ServiceItem.name, ServiceCase.office, ServiceCase.status)
    ):
        received += int(count)
        if status == rules.REFUSED:
            refused += int(count)
            continue
        items.labels[code] = name
        offices.labels[office] = office
        for breakdown, k in ((items, code), (offices, office)):
            breakdown.accepted[k] += int(count)
            breakdown.agent[k] += int(agents or 0)
        agent += int(agents or 0)

    closed: Counter[str] = Counter()
    completed_late = 0
    is_late = func.sum(case((rules.late(sql), 1), else_=0))
    for status in (rules.COMPLETED, rules.RETURNED):
        for code, name, office, count, lates in s.execute(
            select(
                ServiceItem.code,
                ServiceItem.name,
                ServiceCase.office,
                func.count(),
                is_late,
            )
            .join(ServiceItem, ServiceItem.id == ServiceCase.item_id)
            .where(*rules.closed_in(site_id, period, status))
            .group_by(ServiceItem.code, ServiceItem.name, ServiceCase.office)
        ):
            closed[status] += int(count)
            if status == rules.COMPLETED:
                completed_late += int(lates or 0)
                items.labels[code] = name
                offices.labels[office] = office
                items.completed[code] += int(count)
                offices.completed[office] += int(count)

    notified = int(
        s.scalar(
            select(func.count(CaseEvent.id))
            .select_from(CaseEvent)
            .join(ServiceCase, ServiceCase.id == CaseEvent.case_id)
            .where(*rules.notified_in(site_id, period))
        )
        or 0
    )
    return CaseFigures(
        received=received,
        accepted=received - refused,
        refused=refused,
        notified=notified,
        completed=closed[rules.COMPLETED],
        completed_late=completed_late,
        returned=closed[rules.RETURNED],
        agent=agent,
        by_item=items.rows(),
        by_office=offices.rows(),
    )


def rating_figures(s: Session, sql: SqlDialect, site_id: int, period: Period) -> RatingFigures:
    """Cases rated in the period (rated_at in the period), per rating and per day."""
    day = sql.day(ServiceCase.rated_at)
    per_day: dict[date, list[int]] = {}
    by_rating: Counter[str] = Counter()
    for raw_day, rating, count in s.execute(
        select(day, ServiceCase.rating, func.count())
        .where(*rules.rated_in(site_id, period))
        .group_by(day, ServiceCase.rating)
    ):
        counts = per_day.setdefault(as_date(raw_day), [0, 0])
        counts[0] += int(count)
        if rating in rules.SATISFIED:
            counts[1] += int(count)
        by_rating[str(rating)] += int(count)
    rows = tuple(CountRow(r.value, RATING_LABELS[r], by_rating[r.value]) for r in Rating)
    return RatingFigures(
        count=sum(row.count for row in rows),
        satisfied=sum(by_rating[value] for value in rules.SATISFIED),
        by_rating=rows,
        per_day=tuple(RatingDay(d, *per_day.get(d, (0, 0))) for d in period.dates()),
    )


def backlog_figures(s: Session, site_id: int, now: datetime) -> BacklogFigures:
    """What stands open at ``now``, whatever the period.

    Overdue and due today follow the case list's views, checks due the elderly subsidy's
    list and receipts outstanding the party transfer list (see ``stats_rules``).
    """
    today = now.date()
    return BacklogFigures(
        in_hall=_count(s, Visit.id, rules.in_hall(site_id, today)),
        open_cases=_count(s, ServiceCase.id, rules.open_cases(site_id)),
        waiting_docs=_count(s, ServiceCase.id, rules.waiting_docs(site_id)),
        overdue=_count(s, ServiceCase.id, rules.overdue(site_id, today)),
        due_today=_count(s, ServiceCase.id, rules.due_today(site_id, today)),
        follow_ups_open=_count(s, CaseFollowUp.id, rules.follow_ups_open(site_id)),
        checks_due=len(rules.checks_due(s, site_id, today)),
        receipts_outstanding=len(rules.receipts_outstanding(s, site_id, today)),
        pending_bookings=_count(s, Booking.id, rules.pending_bookings(site_id, now)),
    )
