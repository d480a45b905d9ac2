"""Demands of two centers written straight to the database, and the figures counted by hand.

``build`` makes seven weeks of one center's demands (September to today, 2026-11-20 09:30)
with every outcome a desk sees — waiting, dispatched, taken on, overdue, due soon, solved in
time and late, called back with each rating, reopened, merged (并单), with callers rated on
their own — and a few demands of a second center that must never count. ``expected`` counts
each figure from the test's own list in plain Python, independently of the SQL under test.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from hall_desk.db.database import Database
from hall_desk.db.models import Site, Staff
from hall_desk.db.party_models import (
    Demand,
    DemandCaller,
    DemandEvent,
    MeetingProblem,
    ResidentMeeting,
)
from hall_desk.domain.cases import SATISFIED_RATINGS, Rating
from hall_desk.domain.demand_figures import DemandCounts
from hall_desk.domain.demands import ResponseClock, format_demand_number
from hall_desk.domain.periods import Period
from hall_desk.domain.staff import Role
from hall_desk.services.party.demand_settings import write_response_clock
from hall_desk.services.session import StaffSession
from tests.conftest import NOW
from tests.services.party.rows import add_member, add_unit, seed_lists

#: The center's on-site minutes in the scenario (not the default 10), so the response rate
#: is shown to follow the center's clock.
ON_SITE = 15
LEVEL_MINUTES = {"general": 30, "complex": 240, "major": 1440}
NEIGHBOURHOODS = ("幸福小区", "阳光花园", "")
#: The 小区 of the two demands at the edges of the clock (``_exact_edges``).
EDGE_PLACE = "边界小区"


@dataclass
class DemandMade:
    """One demand as the test wrote it."""

    id: int
    number: str
    site_id: int
    category: str
    neighbourhood: str
    kind: str
    level: str
    status: str
    created_at: datetime
    member: str | None = None  # member's name
    unit: str | None = None  # the unit it was given to directly
    dispatched_at: datetime | None = None
    accepted_at: datetime | None = None
    clock_minutes: int | None = None
    due_at: datetime | None = None
    solved_at: datetime | None = None
    service_minutes: int = 0
    called_back_at: datetime | None = None
    rating: Rating | None = None
    merged_into: int | None = None
    reopened_at: datetime | None = None


@dataclass
class CallerMade:
    demand_id: int
    raised_at: datetime
    called_back_at: datetime | None = None
    rating: Rating | None = None


@dataclass
class Scenario:
    site_id: int
    other_site_id: int
    demands: list[DemandMade] = field(default_factory=list)
    callers: list[CallerMade] = field(default_factory=list)
    member_unit: dict[str, str] = field(default_factory=dict)  # member -> unit
    problems_overdue: int = 0

    def counted(self, site_id: int | None = None) -> list[DemandMade]:
        wanted = self.site_id if site_id is None else site_id
        return [d for d in self.demands if d.site_id == wanted and d.merged_into is None]

    def units_of(self, demand: DemandMade) -> set[str]:
        units = {demand.unit} if demand.unit else set()
        if demand.member:
            units.add(self.member_unit[demand.member])
        return units


def other_center(db: Database, now: datetime = NOW) -> StaffSession:
    """A clerk of a second center on the same database."""
    with db.write() as s:
        site = Site(code="BJ02", name="北街社区党群服务中心", created_at=now)
        s.add(site)
        s.flush()
        staff = Staff(
            site_id=site.id, username="bei.clerk", full_name="北街前台", role="clerk",
            password_hash="x", created_at=now,
        )  # fmt: skip
        s.add(staff)
        s.flush()
        return StaffSession(staff.id, site.id, "bei.clerk", "北街前台", Role.CLERK, site.name)


def _in(moment: datetime | None, period: Period) -> bool:
    return moment is not None and period.start <= moment < period.end


class _Writer:
    def __init__(self, db: Database, site_id: int, code: str, clerk_id: int) -> None:
        self.db, self.site_id, self.code, self.clerk_id = db, site_id, code, clerk_id
        self.running = 0
        _pools, self.categories = seed_lists(db, site_id)
        self.members: dict[str, int] = {}
        self.units: dict[str, int] = {}

    def write(self, made: DemandMade, scenario: Scenario) -> DemandMade:
        self.running += 1
        made.number = format_demand_number(self.code, made.created_at.year, self.running)
        with self.db.write() as s:
            row = Demand(
                site_id=self.site_id,
                number=made.number,
                kind=made.kind,
                source="desk",
                category_id=self.categories[made.category],
                description="楼道灯不亮",
                neighbourhood=made.neighbourhood,
                place="3号楼2单元",
                level=made.level,
                needs_visit=True,
                contact_name="张大妈",
                contact_phone="13800138000",
                status=made.status,
                member_id=self.members[made.member] if made.member else None,
                unit_id=self.units[made.unit] if made.unit else None,
                dispatched_at=made.dispatched_at,
                accepted_at=made.accepted_at,
                accepted_how="phone" if made.accepted_at else "",
                clock_minutes=made.clock_minutes,
                due_at=made.due_at,
                solved_at=made.solved_at,
                service_minutes=made.service_minutes,
                called_back_at=made.called_back_at,
                rating=made.rating.value if made.rating else None,
                reopen_count=1 if made.reopened_at else 0,
                merged_into_id=made.merged_into,
                clerk_id=self.clerk_id,
                created_at=made.created_at,
                updated_at=made.created_at,
            )
            s.add(row)
            s.flush()
            made.id = row.id
            if made.reopened_at is not None:
                s.add(
                    DemandEvent(
                        demand_id=row.id, at=made.reopened_at, staff_id=self.clerk_id,
                        action="reopen", from_status="called_back", to_status="dispatched",
                    )
                )  # fmt: skip
        scenario.demands.append(made)
        return made

    def caller(self, scenario: Scenario, caller: CallerMade) -> None:
        with self.db.write() as s:
            s.add(
                DemandCaller(
                    demand_id=caller.demand_id, contact_name="李大爷", source="phone",
                    raised_at=caller.raised_at, called_back_at=caller.called_back_at,
                    rating=caller.rating.value if caller.rating else None,
                )
            )  # fmt: skip
        scenario.callers.append(caller)


def _outcome(rng: random.Random, made: DemandMade, member: str | None, unit: str | None) -> None:
    """Moves ``made`` along to a random outcome; a move that would fall after NOW is not made."""
    made.status = "pending"
    stage = rng.choice(("pending", "dispatched", "running", "solved", "rated", "rated", "rated"))
    dispatched = made.created_at + timedelta(minutes=rng.randint(2, 90))
    if stage == "pending" or dispatched >= NOW:
        return
    made.member, made.unit = member, unit
    made.dispatched_at, made.status = dispatched, "dispatched"
    # Taken on 1-30 minutes after dispatch: about half within the center's 15 minutes.
    accepted = dispatched + timedelta(minutes=rng.randint(1, 30))
    if stage == "dispatched" or accepted >= NOW:
        return
    made.accepted_at = accepted
    made.clock_minutes = LEVEL_MINUTES[made.level]
    made.due_at = accepted + timedelta(minutes=made.clock_minutes)
    made.status = rng.choice(("accepted", "in_progress"))
    took = int(made.clock_minutes * rng.choice((0.3, 0.8, 1.0, 1.5, 3.0)))
    solved = accepted + timedelta(minutes=took)
    if stage == "running" or solved >= NOW:
        return
    made.solved_at, made.status = solved, "solved"
    made.service_minutes = rng.choice((20, 45, 90))
    called = solved + timedelta(hours=rng.randint(1, 50))
    if stage == "solved" or called >= NOW:
        return
    made.called_back_at, made.status = called, "called_back"
    made.rating = rng.choice(list(Rating))
    reopened = called + timedelta(hours=1)
    if made.rating not in SATISFIED_RATINGS and rng.random() < 0.5 and reopened < NOW:
        # 复办: the rating stays with the history; the demand is with someone again.
        made.reopened_at, made.status = reopened, "dispatched"


def build(db: Database, admin: StaffSession, *, seed: int = 7, count: int = 90) -> Scenario:
    """The scenario: ``count`` demands of the admin's center, a few of another center."""
    other = other_center(db)
    scenario = Scenario(admin.site_id, other.site_id)
    with db.write() as s:
        write_response_clock(s, admin.site_id, ResponseClock(on_site_minutes=ON_SITE), NOW)
    rng = random.Random(seed)
    here = _Writer(db, admin.site_id, "CN01", admin.staff_id)
    there = _Writer(db, other.site_id, "BJ02", other.staff_id)
    for name, kind in (("县人民医院", "institution"), ("县供电公司", "state_owned")):
        here.units[name] = add_unit(db, admin.site_id, name, kind)
    there.units["北街物业"] = add_unit(db, other.site_id, "北街物业", "property")
    for name, unit, phone in (
        ("刘建华", "县人民医院", "13911110001"),
        ("陈丽", "县人民医院", "13911110002"),
        ("王强", "县供电公司", "13911110003"),
    ):
        here.members[name] = add_member(db, admin.site_id, here.units[unit], name, phone)
        scenario.member_unit[name] = unit
    there.members["周北"] = add_member(
        db, other.site_id, there.units["北街物业"], "周北", "13911119999"
    )
    scenario.member_unit["周北"] = "北街物业"

    categories = list(here.categories)[:5]
    start = datetime(2026, 9, 25, 8, 0)
    span = int((NOW - timedelta(minutes=30) - start).total_seconds() // 60)
    holders = [("刘建华", None), ("陈丽", None), ("王强", None), (None, "县供电公司")]
    # One demand given to a unit and to another unit's member counts for both units.
    holders.append(("刘建华", "县供电公司"))
    for _ in range(count):
        created = start + timedelta(minutes=rng.randint(0, span))
        made = DemandMade(
            id=0, number="", site_id=admin.site_id, category=rng.choice(categories),
            neighbourhood=rng.choice(NEIGHBOURHOODS), kind=rng.choice(("demand", "demand", "wish")),
            level=rng.choice(("general", "general", "complex", "major")), status="pending",
            created_at=created,
        )  # fmt: skip
        member, unit = rng.choice(holders)
        _outcome(rng, made, member, unit)
        here.write(made, scenario)

    _exact_edges(here, scenario)
    _merges_and_callers(rng, here, scenario)
    _running_now(here, scenario)
    for _ in range(6):  # the other center: everything, none of it ours
        made = DemandMade(
            id=0, number="", site_id=other.site_id, category=categories[0],
            neighbourhood="幸福小区", kind="demand", level="general", status="pending",
            created_at=NOW - timedelta(days=rng.randint(0, 40), hours=2),
        )  # fmt: skip
        _outcome(rng, made, "周北", None)
        made.rating = made.rating or Rating.VERY_DISSATISFIED
        made.called_back_at = made.called_back_at or made.created_at + timedelta(hours=1)
        there.write(made, scenario)
        there.caller(
            scenario, CallerMade(made.id, made.created_at, made.created_at, Rating.SATISFIED)
        )
    scenario.problems_overdue = _problems(db, admin, other)
    return scenario


def _exact_edges(here: _Writer, scenario: Scenario) -> None:
    """Taken on exactly at the on-site limit and solved exactly at the due time: both on time;
    one minute later: late."""
    for extra in (0, 1):
        dispatched = datetime(2026, 11, 10, 9, 0) + timedelta(hours=extra)
        accepted = dispatched + timedelta(minutes=ON_SITE + extra)
        due = accepted + timedelta(minutes=30)
        made = DemandMade(
            id=0, number="", site_id=here.site_id, category=next(iter(here.categories)),
            neighbourhood=EDGE_PLACE, kind="demand", level="general", status="solved",
            created_at=dispatched - timedelta(minutes=5), member="陈丽",
            dispatched_at=dispatched, accepted_at=accepted, clock_minutes=30, due_at=due,
            solved_at=due + timedelta(minutes=extra), service_minutes=30,
        )  # fmt: skip
        here.write(made, scenario)


def _merges_and_callers(rng: random.Random, here: _Writer, scenario: Scenario) -> None:
    """并单: a few pending demands folded into others, and residents' calls rated on their own."""
    targets = [d for d in scenario.counted() if d.status != "pending"][:8]
    for target in targets[:4]:
        folded = DemandMade(
            id=0, number="", site_id=here.site_id, category=target.category,
            neighbourhood=target.neighbourhood, kind="demand", level=target.level,
            status="pending", created_at=target.created_at + timedelta(minutes=20),
            merged_into=target.id,
        )  # fmt: skip
        here.write(folded, scenario)
        here.caller(scenario, CallerMade(target.id, folded.created_at))
    for target in targets[4:]:
        called = target.created_at + timedelta(days=1)
        rating = rng.choice(list(Rating))
        if called < NOW:
            here.caller(scenario, CallerMade(target.id, target.created_at, called, rating))
        else:
            here.caller(scenario, CallerMade(target.id, target.created_at))


def _running_now(here: _Writer, scenario: Scenario) -> None:
    """Demands running at 09:30 today: three overdue, one due soon, one with time to spare."""
    for accepted_minutes_ago, level, minutes, member, unit in (
        (50, "general", 30, "王强", None),  # 20 minutes late
        (300, "complex", 240, "王强", None),  # an hour late
        (40, "general", 30, None, "县人民医院"),  # 10 minutes late, with the unit itself
        (26, "general", 30, "王强", None),  # 4 minutes left: due soon
        (60, "complex", 240, "王强", None),  # plenty of time
    ):
        accepted = NOW - timedelta(minutes=accepted_minutes_ago)
        made = DemandMade(
            id=0, number="", site_id=here.site_id, category=list(here.categories)[1],
            neighbourhood="阳光花园", kind="demand", level=level, status="in_progress",
            created_at=accepted - timedelta(minutes=10), member=member, unit=unit,
            dispatched_at=accepted - timedelta(minutes=5), accepted_at=accepted,
            clock_minutes=minutes, due_at=accepted + timedelta(minutes=minutes),
        )  # fmt: skip
        here.write(made, scenario)


def _problems(db: Database, admin: StaffSession, other: StaffSession) -> int:
    """A meeting's problems: two overdue, one due today, one ticked off late; the other
    center's overdue problem does not count. Returns the overdue count."""
    today = NOW.date()
    with db.write() as s:
        for session, dues in (
            (admin, [(today - timedelta(days=3), None), (today - timedelta(days=1), None),
                     (today, None), (today - timedelta(days=5), NOW - timedelta(days=1))]),
            (other, [(today - timedelta(days=3), None)]),
        ):  # fmt: skip
            meeting = ResidentMeeting(
                site_id=session.site_id, held_on=today - timedelta(days=10), kind="council",
                title="十一月居民议事会", clerk_id=session.staff_id, created_at=NOW,
            )  # fmt: skip
            s.add(meeting)
            s.flush()
            for seq, (due, done) in enumerate(dues, start=1):
                s.add(
                    MeetingProblem(
                        site_id=session.site_id, meeting_id=meeting.id, seq=seq,
                        description="路灯不亮", responsible="物业", working_days=5,
                        due_date=due, done_at=done, done_note="已修好" if done else "",
                        created_at=NOW,
                    )
                )  # fmt: skip
    return 2


# -- counting by hand ---------------------------------------------------------------------------


def expected_counts(
    scenario: Scenario,
    period: Period,
    demands: list[DemandMade],
    on_site: int = ON_SITE,
) -> DemandCounts:
    """Every measure of ``demands`` (already filtered) in ``period``, counted one by one."""
    ids = {d.id for d in demands}
    accepted = [d for d in demands if _in(d.accepted_at, period)]
    solved = [d for d in demands if _in(d.solved_at, period)]
    ratings = [d.rating for d in demands if d.rating and _in(d.called_back_at, period)]
    ratings += [
        c.rating
        for c in scenario.callers
        if c.demand_id in ids and c.rating and _in(c.called_back_at, period)
    ]
    return DemandCounts(
        collected=sum(_in(d.created_at, period) for d in demands),
        wishes=sum(_in(d.created_at, period) and d.kind == "wish" for d in demands),
        dispatched=sum(_in(d.dispatched_at, period) for d in demands),
        accepted=len(accepted),
        on_time_responses=sum(
            d.dispatched_at is not None
            and d.accepted_at is not None
            and d.accepted_at - d.dispatched_at <= timedelta(minutes=on_site)
            for d in accepted
        ),
        solved=len(solved),
        solved_on_time=sum(
            d.due_at is not None and d.solved_at is not None and d.solved_at <= d.due_at
            for d in solved
        ),
        rated=len(ratings),
        satisfied=sum(r in SATISFIED_RATINGS for r in ratings),
        service_minutes=sum(d.service_minutes for d in solved),
    )


def expected_merged_calls(scenario: Scenario, period: Period, site_id: int | None = None) -> int:
    ids = {d.id for d in scenario.counted(site_id)}
    return sum(c.demand_id in ids and _in(c.raised_at, period) for c in scenario.callers)


def expected_per_day(scenario: Scenario, period: Period) -> dict[date, tuple[int, int]]:
    collected: Counter[date] = Counter()
    solved: Counter[date] = Counter()
    for d in scenario.counted():
        if _in(d.created_at, period):
            collected[d.created_at.date()] += 1
        if d.solved_at is not None and _in(d.solved_at, period):
            solved[d.solved_at.date()] += 1
    return {day: (collected[day], solved[day]) for day in period.dates()}


def expected_backlog(scenario: Scenario, now: datetime = NOW) -> tuple[int, int, int]:
    """(open, overdue, due soon) at ``now``: due soon is the last fifth of the demand's own
    clock, at least 5 minutes."""
    open_now = overdue = due_soon = 0
    for d in scenario.counted():
        if d.status not in ("pending", "dispatched", "accepted", "in_progress"):
            continue
        open_now += 1
        if d.status == "dispatched":  # every demand here needs a visit
            late = d.dispatched_at is not None and now - d.dispatched_at > timedelta(
                minutes=ON_SITE
            )
            overdue += late
            continue
        if d.status == "pending" or d.due_at is None:
            continue
        margin = max(timedelta(minutes=5), timedelta(minutes=(d.clock_minutes or 0) / 5))
        if now > d.due_at:
            overdue += 1
        elif d.due_at - now <= margin:
            due_soon += 1
    return open_now, overdue, due_soon


def running_overdue(scenario: Scenario, now: datetime = NOW) -> list[DemandMade]:
    """Overdue now, as the desk lists them: taken on and past due, or dispatched for a visit
    and not taken on within the on-site minutes; ordered by the promise first missed."""
    visit = timedelta(minutes=ON_SITE)

    def missed(d: DemandMade) -> datetime | None:
        if d.status in ("accepted", "in_progress"):
            return d.due_at
        if d.status == "dispatched" and d.dispatched_at is not None:
            return d.dispatched_at + visit
        return None

    late = [d for d in scenario.counted() if (m := missed(d)) is not None and m < now]
    return sorted(late, key=lambda d: (missed(d) or now, d.number))
