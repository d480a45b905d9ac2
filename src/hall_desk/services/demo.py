"""Demo data: a few busy weeks of a community center, so a newcomer sees a living hall.

Everyone is invented. ID numbers carry real region codes of Shanxi and Shaanxi and a correct
check character, phones are well-formed mobile numbers, and the rhythm of the day (morning and
afternoon peaks, riders at lunch time, students after school) follows what centers report.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from hall_desk.db.database import Database
from hall_desk.db.models import QuickTally, Resident, Site, Staff, Visit, VisitPurposeRow
from hall_desk.domain.clock import Clock
from hall_desk.domain.id_numbers import IdKind, check_character
from hall_desk.domain.names import name_initials
from hall_desk.domain.staff import Role
from hall_desk.domain.visits import TallyKind, VisitorCategory, VisitPurpose
from hall_desk.services import audit
from hall_desk.services.demo_bookings import fill_demo_bookings
from hall_desk.services.demo_cases import fill_demo_cases
from hall_desk.services.passwords import Passwords

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
AGE_RANGE = {
    VisitorCategory.ELDERLY: (62, 96),
    VisitorCategory.STUDENT: (8, 22),
    VisitorCategory.NEW_EMPLOYMENT: (19, 45),
}
# Relative weight of arrivals per hour of the day, 8:00 to 20:00.
HOUR_WEIGHTS = {8: 5, 9: 10, 10: 11, 11: 8, 12: 5, 13: 5, 14: 8, 15: 10, 16: 9, 17: 6, 18: 4, 19: 3}


@dataclass(frozen=True)
class DemoResult:
    site_name: str
    days: int
    residents: int
    visits: int
    walk_ins: int
    admin_login: tuple[str, str] | None  # user name and one-time password, when created
    cases: int = 0
    bookings: int = 0


def fake_id_number(rng: random.Random, birth: date, male: bool) -> str:
    """A made-up mainland ID number with a correct check character."""
    seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
    body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{seq:03d}"
    return body + check_character(body)


def fake_mobile(rng: random.Random) -> str:
    return rng.choice(("13", "15", "17", "18", "19")) + f"{rng.randrange(10**9):09d}"


def fill_demo(
    db: Database,
    clock: Clock,
    passwords: Passwords,
    *,
    days: int = 21,
    visits_per_day: int = 90,
    seed: int = 2024,
    cases_per_day: int | None = None,
    bookings_per_day: int | None = None,
) -> DemoResult:
    """Add ``days`` days of visits, service cases and room bookings ending now (bookings also
    run into the coming week). On an empty database, first
    create a demo center and an administrator with a random one-time password (returned,
    never stored)."""
    rng = random.Random(seed)
    now = clock.now()
    if cases_per_day is None:
        cases_per_day = max(1, visits_per_day // 9)
    if bookings_per_day is None:
        bookings_per_day = max(1, visits_per_day // 12)
    admin_login: tuple[str, str] | None = None
    with db.write() as s:
        site = s.scalar(select(Site).order_by(Site.id).limit(1))
        if site is None:
            site = Site(
                code="DEMO",
                name="城南社区党群服务中心（演示）",
                address="城南街道幸福路 88 号",
                phone="0351-1234567",
                created_at=now,
            )
            s.add(site)
            s.flush()
        staff_ids = list(s.scalars(select(Staff.id).where(Staff.site_id == site.id)))
        if not staff_ids:
            password = secrets.token_urlsafe(9)
            admin = Staff(
                site_id=site.id,
                username="admin",
                full_name="王主任",
                role=Role.ADMIN.value,
                password_hash=passwords.hash(password),
                active=True,
                failed_logins=0,
                created_at=now,
            )
            s.add(admin)
            s.flush()
            admin_login = ("admin", password)
            staff_ids = [admin.id]
        for username, full_name in (("demo.li", "李晓燕"), ("demo.zhao", "赵磊")):
            if s.scalar(select(Staff.id).where(Staff.username == username)) is None:
                clerk = Staff(
                    site_id=site.id,
                    username=username,
                    full_name=full_name,
                    role=Role.CLERK.value,
                    password_hash=passwords.hash(secrets.token_urlsafe(16)),
                    active=False,
                    failed_logins=0,
                    created_at=now,
                )
                s.add(clerk)
                s.flush()
                staff_ids.append(clerk.id)

        taken = set(s.scalars(select(Resident.id_number).where(Resident.site_id == site.id)))
        people: list[Resident] = []
        population = max(60, visits_per_day * days // 4)
        for _ in range(population):
            category = rng.choices(list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values()))[0]
            low, high = AGE_RANGE.get(category, (23, 70))
            age = rng.randint(low, high)
            birth = now.date() - timedelta(days=age * 365 + rng.randrange(365))
            male = rng.random() < 0.5
            name = rng.choice(SURNAMES) + "".join(
                rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2)))
            )
            resident = Resident(
                site_id=site.id,
                name=name,
                name_initials=" " + " ".join(name_initials(name)) + " ",
                category=category.value,
                created_at=now,
                updated_at=now,
            )
            if rng.random() < 0.7:
                number = fake_id_number(rng, birth, male)
                if number not in taken:
                    taken.add(number)
                    resident.id_number, resident.id_kind = number, IdKind.MAINLAND.value
                    resident.birth_date, resident.sex = birth, "M" if male else "F"
            if rng.random() < 0.8:
                resident.phone = fake_mobile(rng)
                resident.phone_tail = resident.phone[-4:]
            people.append(resident)
        s.add_all(people)
        s.flush()

        # A few regulars come often; most people come once or twice.
        weights = [rng.paretovariate(1.3) for _ in people]
        visit_count = walk_ins = 0
        hours, hour_weights = list(HOUR_WEIGHTS), list(HOUR_WEIGHTS.values())
        for offset in range(days - 1, -1, -1):
            day = now.date() - timedelta(days=offset)
            volume = int(
                visits_per_day * (0.7 if day.weekday() >= 5 else 1.0) * rng.uniform(0.8, 1.2)
            )
            for _ in range(volume):
                arrived = datetime.combine(
                    day,
                    time(rng.choices(hours, hour_weights)[0], rng.randrange(60), rng.randrange(60)),
                )
                if arrived > now:
                    continue
                person = rng.choices(people, weights)[0]
                category = VisitorCategory(person.category)
                options = PURPOSES_BY_CATEGORY[category]
                purposes = {rng.choice(options)}
                if rng.random() < 0.15:
                    purposes.add(rng.choice(options))
                stay = timedelta(
                    minutes=rng.randint(5, 150 if category is VisitorCategory.STUDENT else 60)
                )
                left = arrived + stay
                visit = Visit(
                    site_id=site.id,
                    resident_id=person.id,
                    category=category.value,
                    party_size=1 if rng.random() < 0.85 else rng.randint(2, 6),
                    note="",
                    arrived_at=arrived,
                    left_at=left if left <= now else None,
                    registered_by_id=rng.choice(staff_ids),
                    signed_out_by_id=None,
                    purposes=[VisitPurposeRow(purpose=p.value) for p in purposes],
                )
                if visit.left_at is not None:
                    visit.signed_out_by_id = visit.registered_by_id
                s.add(visit)
                if person.last_visit_at is None or arrived > person.last_visit_at:
                    person.last_visit_at = arrived
                visit_count += 1
            for kind, per_day in (
                (TallyKind.RIDER_REST, 25),
                (TallyKind.READER, 15),
                (TallyKind.ENQUIRY, 10),
                (TallyKind.OTHER, 3),
            ):
                for _ in range(int(per_day * rng.uniform(0.6, 1.3))):
                    hour = (
                        12
                        if kind is TallyKind.RIDER_REST and rng.random() < 0.5
                        else rng.choices(hours, hour_weights)[0]
                    )
                    at = datetime.combine(day, time(hour, rng.randrange(60)))
                    if at <= now:
                        s.add(
                            QuickTally(
                                site_id=site.id,
                                kind=kind.value,
                                counted_at=at,
                                staff_id=rng.choice(staff_ids),
                            )
                        )
                        walk_ins += 1
        audit.record(
            s,
            at=now,
            actor=None,
            site_id=site.id,
            action="demo",
            entity="site",
            entity_id=site.id,
            residents=len(people),
            visits=visit_count,
        )
        total_residents = s.scalar(
            select(func.count(Resident.id)).where(Resident.site_id == site.id)
        )
        result = DemoResult(
            site.name, days, int(total_residents or 0), visit_count, walk_ins, admin_login
        )
        site_id = site.id
    if cases_per_day:
        made = fill_demo_cases(db, clock, site_id, days=days, per_day=cases_per_day, seed=seed)
        result = replace(result, cases=made.accepted)
    if bookings_per_day:
        rooms = fill_demo_bookings(
            db, clock, site_id, days=days, per_day=bookings_per_day, seed=seed
        )
        result = replace(result, bookings=rooms.booked)
    return result
