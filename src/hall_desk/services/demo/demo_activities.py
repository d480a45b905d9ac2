"""Made-up activities for the demo, run through the real activity and volunteer services.

Last summer's free care class (暑托班) for about 100 pupils in three groups over six weeks of
weekdays, taught with returning students as assistants; a 义诊 and a lecture every month of the
last three and the coming one; and a monthly volunteer day where 双报到 members serve in shifts.
Each step happens with the clock set to its moment: sign-ups before the start, attendance and
volunteers' sign-in and sign-out at each session, a few cancellations that move the waiting
list up, a 补录 or two, and certificates of volunteer service for the most active members.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from hall_desk.db.database import Database
from hall_desk.db.models import Resident
from hall_desk.db.party_models import PartyMember
from hall_desk.domain.activities import ActivityKind, AttendanceSource, AttendanceStatus, Audience
from hall_desk.domain.bookings import RepeatFrequency, RepeatRule
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.domain.errors import DomainError
from hall_desk.services.activities.activities import ActivityService
from hall_desk.services.activities.activity_records import (
    ActivityForm,
    RoleForm,
    SessionInfo,
    SessionPlan,
    SignupForm,
    VolunteerRef,
)
from hall_desk.services.activities.attendance import AttendanceService
from hall_desk.services.activities.certificates import CertificateService
from hall_desk.services.activities.signups import SignupService
from hall_desk.services.activities.volunteers import VolunteerService
from hall_desk.services.bookings.bookings import BookingService
from hall_desk.services.bookings.rooms import RoomService
from hall_desk.services.calendar import CalendarService
from hall_desk.services.demo.demo_cases import demo_staff
from hall_desk.services.session import StaffSession

#: The care class's three groups: name, room code, places, ages.
CARE_GROUPS = (
    ("暑期托管班（低年级组）", "HY01", 36, (6, 8)),
    ("暑期托管班（中年级组）", "WT01", 32, (9, 10)),
    ("暑期托管班（高年级组）", "YL01", 30, (11, 13)),
)
CHILD_GIVEN = "子涵欣怡梓萱一诺浩宇宇轩子墨俊熙思彤雨桐皓轩若汐嘉怡沐辰"
RELATIONS = ("母亲", "父亲", "祖母", "祖父", "外婆")
#: (title, kind, room, start, hours, places) of the monthly events.
MONTHLY = (
    ("社区义诊：测血压、血糖", ActivityKind.CLINIC, "HY01", time(9), 2, 50),
    ("健康大讲堂", ActivityKind.LECTURE, "HY01", time(14, 30), 2, 45),
)
LECTURE_TOPICS = ("冬季慢病预防", "防范电信诈骗", "民法典与居家养老", "家庭急救常识")
VOLUNTEER_ROLES = (("环境整治", 10), ("政策宣传", 4), ("秩序引导", 3))


@dataclass(frozen=True)
class DemoActivities:
    activities: int
    signups: int
    shifts: int
    certificates: int


@dataclass
class _Desk:
    at: FixedClock
    admin: StaffSession
    staff: list[StaffSession]
    activities: ActivityService
    signups: SignupService
    attendance: AttendanceService
    volunteers: VolunteerService
    rng: random.Random
    now: datetime
    made: int = 0
    signed: int = 0
    shifts: int = 0

    def clerk(self) -> StaffSession:
        return self.rng.choice(self.staff)


def fill_demo_activities(db: Database, clock: Clock, site_id: int, *, seed: int) -> DemoActivities:
    """The care class of last summer, three months of monthly events and volunteer days."""
    rng = random.Random(seed + 11)
    now = clock.now()
    at = FixedClock(now)
    calendar = CalendarService(db, at)
    staff = demo_staff(db, site_id)
    admin = next(m for m in staff if m.is_admin)
    desk = _Desk(
        at=at,
        admin=admin,
        staff=staff,
        activities=ActivityService(db, at, BookingService(db, at, calendar)),
        signups=SignupService(db, at),
        attendance=AttendanceService(db, at),
        volunteers=VolunteerService(db, at),
        rng=rng,
        now=now,
    )
    rooms = {r.spec.code: r.id for r in RoomService(db, at).rooms(admin)}
    with db.read() as s:
        adults = list(
            s.execute(
                select(Resident.id, Resident.birth_date).where(
                    Resident.site_id == site_id, Resident.phone.is_not(None)
                )
            )
        )
        members = list(
            s.scalars(
                select(PartyMember.id).where(
                    PartyMember.site_id == site_id, PartyMember.left_on.is_(None)
                )
            )
        )
    parents = [i for i, born in adults if born is not None and 1975 <= born.year <= 1995]
    elders = [i for i, born in adults if born is not None and born.year < 1962]
    students = [i for i, born in adults if born is not None and 2000 <= born.year <= 2007]
    _care_class(desk, rooms, parents, students)
    _running_course(desk, rooms, [i for i, _born in adults])
    for months_ago in (3, 2, 1, 0, -1):
        first = _month_start(now.date(), months_ago)
        _monthly_events(desk, rooms, first, elders or parents, members)
        if members:
            _volunteer_day(desk, first, members)
    at.at = now
    certificates = _certificates(db, at, admin, members, now)
    return DemoActivities(desk.made, desk.signed, desk.shifts, certificates)


def _care_class(
    desk: _Desk, rooms: dict[str, int], parents: list[int], students: list[int]
) -> None:
    """Six weeks of weekday mornings last summer for three groups, with student assistants."""
    year = desk.now.year if desk.now.date() > date(desk.now.year, 8, 20) else desk.now.year - 1
    first = date(year, 7, 6)
    while first.weekday() != 0:
        first += timedelta(days=1)
    last = first + timedelta(weeks=6) - timedelta(days=3)
    rule = RepeatRule(RepeatFrequency.WEEKLY, weekdays=frozenset(range(5)), until=last)
    guardians = desk.rng.sample(parents, len(parents))
    for number, (title, code, places, (young, old)) in enumerate(CARE_GROUPS):
        if code not in rooms or not guardians:
            continue
        desk.at.at = datetime.combine(first - timedelta(days=20), time(9))
        try:
            activity = desk.activities.create(
                desk.admin,
                ActivityForm(
                    title=title,
                    kind=ActivityKind.SUMMER_CARE.value,
                    capacity=places,
                    audience=Audience.CHILDREN.value,
                    age_min=young,
                    age_max=old,
                    signup_opens_at=desk.at.at,
                    signup_closes_at=datetime.combine(first - timedelta(days=1), time(18)),
                    description="返乡大学生志愿授课：作业辅导、阅读、手工、安全教育。",
                ),
                SessionPlan(
                    starts_at=datetime.combine(first, time(9)),
                    ends_at=datetime.combine(first, time(11, 30)),
                    room_id=rooms[code],
                    rule=rule,
                ),
                skip_conflicts=True,
            )
        except DomainError:
            continue
        desk.made += 1
        # A few more than the places, so some wait; a parent may have children in two groups.
        share = [guardians[(number * 37 + k) % len(guardians)] for k in range(places + 4)]
        share = list(dict.fromkeys(share))
        ids = _children(desk, activity.row.id, share, first, (young, old))
        desk.volunteers.save_roles(desk.admin, activity.row.id, [RoleForm("助教", 2)])
        roles = desk.volunteers.roles(desk.admin, activity.row.id)
        helpers = students[number * 2 : number * 2 + 2] if len(students) >= 6 else students[:2]
        for session in activity.sessions:
            _attendance(desk, session.id, session.starts_at, ids)
            for resident_id in helpers:
                _shift(desk, roles[0].id, session, VolunteerRef(resident_id=resident_id))


def _running_course(desk: _Desk, rooms: dict[str, int], residents: list[int]) -> None:
    """A paper-cutting class (非遗剪纸) three afternoons a week, running through today: its
    sessions so far marked, today's still to be taken at the door, a short waiting list."""
    if "SF01" not in rooms or len(residents) < 30:
        return
    first = desk.now.date() - timedelta(weeks=3)
    while first.weekday() != 0:
        first -= timedelta(days=1)
    desk.at.at = datetime.combine(first - timedelta(days=10), time(10))
    rule = RepeatRule(
        RepeatFrequency.WEEKLY, weekdays=frozenset({0, 2, 4}), until=first + timedelta(weeks=6)
    )
    try:
        activity = desk.activities.create(
            desk.admin,
            ActivityForm(
                title="非遗剪纸培训班",
                kind=ActivityKind.TRAINING.value,
                capacity=20,
                description="非遗传承人授课；剪刀、红纸由中心提供。",
            ),
            SessionPlan(
                starts_at=datetime.combine(first, time(14, 30)),
                ends_at=datetime.combine(first, time(16, 30)),
                room_id=rooms["SF01"],
                rule=rule,
            ),
            skip_conflicts=True,
        )
    except DomainError:
        return
    desk.made += 1
    ids: list[int] = []
    for index, resident_id in enumerate(desk.rng.sample(residents, 23)):
        desk.at.at = datetime.combine(first - timedelta(days=9 - index // 3), time(11))
        try:
            row = desk.signups.sign_up(desk.clerk(), activity.row.id, SignupForm(resident_id))
        except DomainError:
            continue
        desk.signed += 1
        if row.waiting_position is None:
            ids.append(row.id)
    for session in activity.sessions:
        if session.starts_at.date() < desk.now.date():
            _attendance(desk, session.id, session.starts_at, ids)


def _children(
    desk: _Desk, activity_id: int, guardians: list[int], first: date, ages: tuple[int, int]
) -> list[int]:
    """Sign up one child per guardian over the sign-up weeks; two drop out and others move up."""
    made: list[int] = []
    for index, guardian in enumerate(guardians):
        age = desk.rng.randint(*ages)
        born = date(first.year - age - 1, desk.rng.randint(9, 12), desk.rng.randint(1, 28))
        desk.at.at = datetime.combine(
            first - timedelta(days=18 - index * 17 // max(1, len(guardians))), time(10)
        )
        try:
            row = desk.signups.sign_up(
                desk.clerk(),
                activity_id,
                SignupForm(
                    resident_id=guardian,
                    child_name=desk.rng.choice("王李张刘陈杨赵黄周吴") + _given(desk.rng),
                    child_birth_date=born,
                    guardian_relation=desk.rng.choice(RELATIONS),
                ),
            )
        except DomainError:
            continue
        desk.signed += 1
        made.append(row.id)
    desk.at.at = datetime.combine(first - timedelta(days=2), time(15))
    for signup_id in made[:2]:
        try:
            desk.signups.cancel(desk.clerk(), signup_id, "家中临时有事，不能参加")
        except DomainError:
            continue
    return made


def _given(rng: random.Random) -> str:
    start = rng.randrange(0, len(CHILD_GIVEN) - 1, 2)
    return CHILD_GIVEN[start : start + 2]


def _attendance(desk: _Desk, session_id: int, starts_at: datetime, ids: list[int]) -> None:
    """Most come; a few are excused (请假) or simply absent. Only sessions already begun."""
    if starts_at + timedelta(minutes=30) > desk.now:
        return
    desk.at.at = starts_at + timedelta(minutes=20)
    sheet = desk.attendance.sheet(desk.clerk(), session_id)
    marks: dict[int, AttendanceStatus | None] = {}
    for line in sheet.lines:
        roll = desk.rng.random()
        if roll < 0.05:
            marks[line.signup_id] = AttendanceStatus.EXCUSED
        elif roll < 0.11:
            marks[line.signup_id] = AttendanceStatus.ABSENT
        else:
            marks[line.signup_id] = AttendanceStatus.PRESENT
    if marks:
        desk.attendance.mark(desk.clerk(), session_id, marks, AttendanceSource.DESK)


def _shift(desk: _Desk, role_id: int, session: SessionInfo, ref: VolunteerRef) -> None:
    """Sign a volunteer up a week ahead, then in and out around the session."""
    starts_at, ends_at, session_id = session.starts_at, session.ends_at, session.id
    desk.at.at = min(desk.now, starts_at - timedelta(days=5))
    try:
        shift = desk.volunteers.sign_up(desk.clerk(), role_id, session_id, ref)
    except DomainError:
        return
    desk.shifts += 1
    if ends_at + timedelta(minutes=30) > desk.now:
        return
    if desk.rng.random() < 0.04:
        desk.at.at = ends_at + timedelta(days=1)
        desk.volunteers.supplement(
            desk.clerk(),
            shift.id,
            signed_in_at=starts_at,
            signed_out_at=ends_at,
            reason="当天忘记签到，经活动负责人确认后补录",
        )
        return
    desk.at.at = starts_at - timedelta(minutes=desk.rng.randint(0, 15))
    desk.volunteers.sign_in(desk.clerk(), shift.id)
    early = desk.rng.choice((0, 0, 0, 10, 20, 90))
    desk.at.at = ends_at - timedelta(minutes=early) + timedelta(minutes=desk.rng.randint(0, 10))
    desk.volunteers.sign_out(desk.clerk(), shift.id)


def _monthly_events(
    desk: _Desk, rooms: dict[str, int], first: date, residents: list[int], members: list[int]
) -> None:
    """A 义诊 in the first week and a lecture in the third, with sign-ups and attendance."""
    for index, (title, kind, code, start, hours, places) in enumerate(MONTHLY):
        day = _working_day(first + timedelta(days=2 + index * 14))
        if code not in rooms:
            continue
        if kind is ActivityKind.LECTURE:
            title = f"{title}：{LECTURE_TOPICS[first.month % len(LECTURE_TOPICS)]}"
        starts_at = datetime.combine(day, start)
        desk.at.at = min(desk.now, starts_at - timedelta(days=10))
        try:
            activity = desk.activities.create(
                desk.admin,
                ActivityForm(title=title, kind=kind.value, capacity=places),
                SessionPlan(
                    starts_at=starts_at,
                    ends_at=starts_at + timedelta(hours=hours),
                    room_id=rooms[code],
                ),
            )
        except DomainError:
            continue
        desk.made += 1
        ids: list[int] = []
        for resident_id in desk.rng.sample(residents, min(len(residents), places - 8)):
            desk.at.at = min(desk.now, starts_at - timedelta(days=desk.rng.randint(1, 9)))
            try:
                ids.append(
                    desk.signups.sign_up(
                        desk.clerk(), activity.row.id, SignupForm(resident_id=resident_id)
                    ).id
                )
            except DomainError:
                continue
            desk.signed += 1
        session = activity.sessions[0]
        _attendance(desk, session.id, session.starts_at, ids)
        if kind is ActivityKind.CLINIC and members:
            desk.volunteers.save_roles(desk.admin, activity.row.id, [RoleForm("引导员", 2)])
            role = desk.volunteers.roles(desk.admin, activity.row.id)[0]
            for member_id in desk.rng.sample(members, min(2, len(members))):
                _shift(desk, role.id, session, VolunteerRef(member_id=member_id))


def _volunteer_day(desk: _Desk, first: date, members: list[int]) -> None:
    """The last Saturday morning of the month: members serve in the neighbourhoods."""
    day = _month_start(first, -1) - timedelta(days=1)
    while day.weekday() != 5:
        day -= timedelta(days=1)
    starts_at = datetime.combine(day, time(8, 30))
    desk.at.at = min(desk.now, starts_at - timedelta(days=12))
    try:
        activity = desk.activities.create(
            desk.admin,
            ActivityForm(
                title=f"{day.month}月在职党员志愿服务日",
                kind=ActivityKind.VOLUNTEER.value,
                capacity=30,
                description="在职党员“双报到”进小区：环境整治、政策宣传、秩序引导。",
            ),
            SessionPlan(
                starts_at=starts_at, ends_at=starts_at + timedelta(hours=3), place="各小区广场"
            ),
        )
    except DomainError:
        return
    desk.made += 1
    desk.volunteers.save_roles(
        desk.admin, activity.row.id, [RoleForm(name, places) for name, places in VOLUNTEER_ROLES]
    )
    roles = desk.volunteers.roles(desk.admin, activity.row.id)
    session = activity.sessions[0]
    chosen = desk.rng.sample(members, min(len(members), sum(r.places for r in roles)))
    for role in roles:
        for member_id in chosen[: role.places]:
            _shift(desk, role.id, session, VolunteerRef(member_id=member_id))
        chosen = chosen[role.places :]


def _certificates(
    db: Database, at: FixedClock, admin: StaffSession, members: list[int], now: datetime
) -> int:
    """Certificates of the year so far for three members who asked for one."""
    service = CertificateService(db, at)
    start = date(now.year, 1, 1)
    issued = 0
    for member_id in members[:12]:
        if issued == 3:
            break
        try:
            service.issue(admin, VolunteerRef(member_id=member_id), start, now.date())
        except DomainError:
            continue  # no hours in the year
        issued += 1
    return issued


def _working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _month_start(day: date, months_ago: int) -> date:
    month = day.year * 12 + day.month - 1 - months_ago
    return date(month // 12, month % 12 + 1, 1)
