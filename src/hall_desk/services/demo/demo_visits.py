"""Made-up residents and visits with the rhythm of a real hall.

Visitors follow a long tail: a handful of regulars (elders reading the paper in the morning,
delivery riders resting at noon, students doing homework after school) come on most working
days, at most twice a day, at about their usual hour; everyone else comes once, twice or
three times in three weeks, a few a little more, their visits close together (an errand
that needs a second trip). The day's volume follows the morning and afternoon peaks centers
report, with quieter weekends.

Everyone is invented. ID numbers carry real region codes of Shanxi and Shaanxi and a correct
check character, phones are well-formed mobile numbers. The rows are written in bulk (one
transaction) rather than visit by visit through the visit service, so that a year of a busy
center takes seconds; what is written is what that service would write.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from hall_desk.db.database import Database
from hall_desk.db.models import QuickTally, Resident, Visit, VisitPurposeRow
from hall_desk.domain.clock import Clock
from hall_desk.domain.id_numbers import IdKind, check_character
from hall_desk.domain.names import name_initials
from hall_desk.domain.visits import TallyKind, VisitorCategory, VisitPurpose

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
    "苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史"
    "顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文单解区仇"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉梅华建国志红晓东海燕文斌宇浩凯"
    "鹏辉丹萍鑫欣怡嘉子涵梓轩雨晨思佳博俊"
)
REGIONS = (
    "140105",
    "140106",
    "140107",
    "140927",
    "140202",
    "140729",
    "610402",
    "610431",
    "610423",
    "610422",
    "610113",
    "610104",
)
CATEGORY_WEIGHTS = {
    VisitorCategory.RESIDENT: 40,
    VisitorCategory.ELDERLY: 22,
    VisitorCategory.PARTY_MEMBER: 12,
    VisitorCategory.NEW_EMPLOYMENT: 10,
    VisitorCategory.STUDENT: 10,
    VisitorCategory.ORGANIZATION: 3,
    VisitorCategory.OTHER: 3,
}
#: Who the regulars are.
REGULAR_WEIGHTS = {
    VisitorCategory.ELDERLY: 45,
    VisitorCategory.NEW_EMPLOYMENT: 25,
    VisitorCategory.STUDENT: 20,
    VisitorCategory.PARTY_MEMBER: 10,
}
PURPOSES_BY_CATEGORY = {
    VisitorCategory.RESIDENT: (
        VisitPurpose.ERRAND,
        VisitPurpose.CONSULTATION,
        VisitPurpose.ACTIVITY,
        VisitPurpose.MEDIATION,
    ),
    VisitorCategory.ELDERLY: (
        VisitPurpose.ERRAND,
        VisitPurpose.CONSULTATION,
        VisitPurpose.ACTIVITY,
        VisitPurpose.READING,
        VisitPurpose.REST,
    ),
    VisitorCategory.PARTY_MEMBER: (
        VisitPurpose.ACTIVITY,
        VisitPurpose.DELIBERATION,
        VisitPurpose.ERRAND,
    ),
    VisitorCategory.NEW_EMPLOYMENT: (VisitPurpose.REST, VisitPurpose.CONSULTATION),
    VisitorCategory.STUDENT: (VisitPurpose.STUDY, VisitPurpose.READING, VisitPurpose.ACTIVITY),
    VisitorCategory.ORGANIZATION: (
        VisitPurpose.DELIBERATION,
        VisitPurpose.ACTIVITY,
        VisitPurpose.CONSULTATION,
    ),
    VisitorCategory.OTHER: (VisitPurpose.CONSULTATION, VisitPurpose.OTHER),
}
#: What a regular comes for, day after day.
REGULAR_PURPOSES = {
    VisitorCategory.ELDERLY: (VisitPurpose.READING, VisitPurpose.ACTIVITY, VisitPurpose.REST),
    VisitorCategory.NEW_EMPLOYMENT: (VisitPurpose.REST,),
    VisitorCategory.STUDENT: (VisitPurpose.STUDY, VisitPurpose.READING),
    VisitorCategory.PARTY_MEMBER: (VisitPurpose.ACTIVITY, VisitPurpose.DELIBERATION),
}
AGE_RANGE = {
    VisitorCategory.ELDERLY: (62, 96),
    VisitorCategory.STUDENT: (8, 22),
    VisitorCategory.NEW_EMPLOYMENT: (19, 45),
}
# Relative weight of arrivals per hour of the day, 8:00 to 20:00.
HOUR_WEIGHTS = {8: 5, 9: 10, 10: 11, 11: 8, 12: 5, 13: 5, 14: 8, 15: 10, 16: 9, 17: 6, 18: 4, 19: 3}
# Some groups keep their own hours: elders in the morning, riders around lunch, pupils after
# school on a school day.
CATEGORY_HOURS = {
    VisitorCategory.ELDERLY: {8: 8, 9: 12, 10: 10, 11: 5, 14: 4, 15: 5, 16: 3},
    VisitorCategory.NEW_EMPLOYMENT: {10: 3, 11: 6, 12: 9, 13: 8, 14: 5, 15: 3, 16: 2, 17: 2},
}
SCHOOL_DAY_HOURS = {15: 2, 16: 6, 17: 8, 18: 6, 19: 4}
#: How often someone who is not a regular comes within about three weeks.
OCCASIONAL_COUNTS = {1: 46, 2: 26, 3: 14, 4: 7, 5: 4, 6: 3}
#: An occasional visitor's visits fall within this many days of each other.
ERRAND_SPAN_DAYS = 14
#: Share of a day's visits made by regulars.
REGULAR_SHARE = 0.15
TALLIES_PER_DAY = {
    TallyKind.RIDER_REST: 25,
    TallyKind.READER: 15,
    TallyKind.ENQUIRY: 10,
    TallyKind.OTHER: 3,
}
DEFAULT_VISITS_PER_DAY = 90


@dataclass(frozen=True)
class DemoVisits:
    residents: int  # added
    regulars: int
    visits: int
    walk_ins: int


@dataclass
class _Visitor:
    resident: Resident
    category: VisitorCategory
    regular: bool = False
    arrivals: list[datetime] = field(default_factory=list)


def fake_id_number(rng: random.Random, birth: date, male: bool) -> str:
    """A made-up mainland ID number with a correct check character."""
    seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
    body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{seq:03d}"
    return body + check_character(body)


def fake_mobile(rng: random.Random) -> str:
    return rng.choice(("13", "15", "17", "18", "19")) + f"{rng.randrange(10**9):09d}"


def fake_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def fill_demo_visits(
    db: Database,
    clock: Clock,
    site_id: int,
    staff_ids: Sequence[int],
    *,
    days: int,
    per_day: int,
    seed: int,
) -> DemoVisits:
    """Add residents, their visits over the last ``days`` days (about ``per_day`` on a working
    day, up to now) and the counted walk-ins of those days."""
    rng = random.Random(seed)
    now = clock.now()
    dates = [now.date() - timedelta(days=o) for o in range(days - 1, -1, -1)]
    volume = [_volume(rng, day, per_day, now) for day in dates]
    with db.read() as s:
        taken = set(s.scalars(select(Resident.id_number).where(Resident.site_id == site_id)))

    visitors = _regulars(rng, dates, now, max(2, round(per_day * REGULAR_SHARE / 0.7)))
    regulars = len(visitors)
    left = list(volume)
    for visitor in visitors:
        for arrived in visitor.arrivals:
            left[(arrived.date() - dates[0]).days] -= 1
    visitors.extend(_occasional(rng, dates, left, now))

    with db.write() as s:
        for visitor in visitors:
            _fill_in(rng, visitor, site_id, now, taken)
        s.add_all(v.resident for v in visitors)
        s.flush()
        visits = 0
        for visitor in visitors:
            for arrived in visitor.arrivals:
                s.add(_visit(rng, visitor, arrived, site_id, now, staff_ids))
                visits += 1
        walk_ins = 0
        for day in dates:
            for tally in _tallies(rng, day, per_day, now, site_id, staff_ids):
                s.add(tally)
                walk_ins += 1
    return DemoVisits(len(visitors), regulars, visits, walk_ins)


def _volume(rng: random.Random, day: date, per_day: int, now: datetime) -> int:
    """Visits on ``day``: fewer at weekends, and today only as far as the clock has come."""
    share = 1.0
    if day == now.date():
        total = sum(HOUR_WEIGHTS.values())
        done = sum(w for h, w in HOUR_WEIGHTS.items() if h < now.hour) + (
            HOUR_WEIGHTS.get(now.hour, 0) * now.minute / 60
        )
        share = done / total
    weekend = 0.7 if day.weekday() >= 5 else 1.0
    return round(per_day * weekend * rng.uniform(0.8, 1.2) * share)


def _hours_for(category: VisitorCategory, day: date) -> dict[int, int]:
    if category is VisitorCategory.STUDENT and day.weekday() < 5:
        return SCHOOL_DAY_HOURS
    return CATEGORY_HOURS.get(category, HOUR_WEIGHTS)


def _arrival(
    rng: random.Random, day: date, category: VisitorCategory, now: datetime
) -> datetime | None:
    """A plausible arrival on ``day`` for the category, not after ``now``."""
    weights = _hours_for(category, day)
    if day == now.date():
        weights = {h: w for h, w in weights.items() if h <= now.hour} or {
            h: w for h, w in HOUR_WEIGHTS.items() if h <= now.hour
        }
        if not weights:
            return None
    hour = rng.choices(list(weights), list(weights.values()))[0]
    arrived = datetime.combine(day, time(hour, rng.randrange(60), rng.randrange(60)))
    if arrived > now:
        arrived = datetime.combine(day, time(hour)) + (now - datetime.combine(day, time(hour))) * (
            rng.random()
        )
        arrived = arrived.replace(microsecond=0)
    return arrived


def _regulars(rng: random.Random, dates: list[date], now: datetime, count: int) -> list[_Visitor]:
    """People who come on most working days at about the same hour, at most twice a day."""
    found: list[_Visitor] = []
    for _ in range(count):
        category = rng.choices(list(REGULAR_WEIGHTS), list(REGULAR_WEIGHTS.values()))[0]
        visitor = _Visitor(Resident(), category, regular=True)
        keen = rng.uniform(0.55, 0.9)
        usual = {
            school: rng.choices(list(hours), list(hours.values()))[0]
            for school, hours in (
                (True, _hours_for(category, date(2024, 1, 1))),  # a Monday
                (False, _hours_for(category, date(2024, 1, 6))),  # a Saturday
            )
        }
        for day in dates:
            working = day.weekday() < 5
            if rng.random() >= (keen if working else keen * 0.35):
                continue
            hour = usual[working]
            arrived = datetime.combine(day, time(hour)) + timedelta(
                minutes=rng.randint(0, 45), seconds=rng.randrange(60)
            )
            if arrived > now:
                continue
            visitor.arrivals.append(arrived)
            again = arrived + timedelta(hours=rng.randint(4, 6), minutes=rng.randrange(60))
            if rng.random() < 0.12 and again.hour < 20 and again <= now:
                visitor.arrivals.append(again)
        if visitor.arrivals:
            found.append(visitor)
    return found


def _occasional(
    rng: random.Random, dates: list[date], left: list[int], now: datetime
) -> list[_Visitor]:
    """Everyone else, until the days' volumes are used up: most come once to three times,
    their visits within two weeks of each other."""
    counts, count_weights = list(OCCASIONAL_COUNTS), list(OCCASIONAL_COUNTS.values())
    # A first visit falls on a day in proportion to what that day still lacks.
    pool = [i for i, n in enumerate(left) for _ in range(n)]
    rng.shuffle(pool)
    open_days = [i for i, n in enumerate(left) if n > 0]
    found: list[_Visitor] = []
    while pool:
        first = pool.pop()
        if left[first] <= 0:
            continue
        category = rng.choices(list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values()))[0]
        wanted = rng.choices(counts, count_weights)[0]
        low = bisect_left(open_days, first - ERRAND_SPAN_DAYS)
        high = bisect_right(open_days, first + ERRAND_SPAN_DAYS)
        near = [i for i in open_days[low:high] if i != first]
        chosen = sorted([first, *rng.sample(near, min(wanted - 1, len(near)))])
        visitor = _Visitor(Resident(), category)
        for index in chosen:
            arrived = _arrival(rng, dates[index], category, now)
            left[index] -= 1
            if arrived is not None:
                visitor.arrivals.append(arrived)
            if left[index] == 0:
                open_days.remove(index)
        if visitor.arrivals:
            found.append(visitor)
    return found


def _fill_in(
    rng: random.Random, visitor: _Visitor, site_id: int, now: datetime, taken: set[str | None]
) -> None:
    """Name, category, ID number and phone of a made-up resident, registered at their first
    visit (or long before, for some)."""
    category = visitor.category
    low, high = AGE_RANGE.get(category, (23, 70))
    age = rng.randint(low, high)
    birth = now.date() - timedelta(days=age * 365 + rng.randrange(365))
    male = rng.random() < 0.5
    name = fake_name(rng)
    first = min(visitor.arrivals)
    registered = first if rng.random() < 0.6 else first - timedelta(days=rng.randint(30, 700))
    resident = visitor.resident
    resident.site_id = site_id
    resident.name = name
    resident.name_initials = " " + " ".join(name_initials(name)) + " "
    resident.category = category.value
    resident.created_at = registered
    resident.updated_at = registered
    resident.last_visit_at = max(visitor.arrivals)
    if rng.random() < 0.7:
        number = fake_id_number(rng, birth, male)
        if number not in taken:
            taken.add(number)
            resident.id_number, resident.id_kind = number, IdKind.MAINLAND.value
            resident.birth_date, resident.sex = birth, "M" if male else "F"
    if rng.random() < 0.8:
        resident.phone = fake_mobile(rng)
        resident.phone_tail = resident.phone[-4:]


def _visit(
    rng: random.Random,
    visitor: _Visitor,
    arrived: datetime,
    site_id: int,
    now: datetime,
    staff_ids: Sequence[int],
) -> Visit:
    category = visitor.category
    regular = REGULAR_PURPOSES.get(category) if visitor.regular else None
    options = regular or PURPOSES_BY_CATEGORY[category]
    purposes = {rng.choice(options)}
    if rng.random() < 0.15:
        purposes.add(rng.choice(PURPOSES_BY_CATEGORY[category]))
    longest = 150 if category is VisitorCategory.STUDENT else 60
    left = arrived + timedelta(minutes=rng.randint(5, longest))
    staff = rng.choice(staff_ids)
    return Visit(
        site_id=site_id,
        resident_id=visitor.resident.id,
        category=category.value,
        party_size=1 if regular or rng.random() < 0.85 else rng.randint(2, 6),
        note="",
        arrived_at=arrived,
        left_at=left if left <= now else None,
        registered_by_id=staff,
        signed_out_by_id=staff if left <= now else None,
        purposes=[VisitPurposeRow(purpose=p.value) for p in purposes],
    )


def _tallies(
    rng: random.Random,
    day: date,
    per_day: int,
    now: datetime,
    site_id: int,
    staff_ids: Sequence[int],
) -> list[QuickTally]:
    """Riders resting, readers and quick questions counted with one click, as busy as the
    hall (a center with 90 visits a day counts about 50)."""
    scale = per_day / DEFAULT_VISITS_PER_DAY
    hours, hour_weights = list(HOUR_WEIGHTS), list(HOUR_WEIGHTS.values())
    made: list[QuickTally] = []
    for kind, usual in TALLIES_PER_DAY.items():
        for _ in range(round(usual * scale * rng.uniform(0.6, 1.3))):
            lunch = kind is TallyKind.RIDER_REST and rng.random() < 0.5
            hour = 12 if lunch else rng.choices(hours, hour_weights)[0]
            at = datetime.combine(day, time(hour, rng.randrange(60)))
            if at <= now:
                made.append(
                    QuickTally(
                        site_id=site_id,
                        kind=kind.value,
                        counted_at=at,
                        staff_id=rng.choice(staff_ids),
                    )
                )
    return made
