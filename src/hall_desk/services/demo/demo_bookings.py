"""Made-up room bookings for the demo, made through the real booking service.

Each booking is taken a day or two before its slot with the clock set to that moment, then
checked in (or released as a no-show) when its time comes, so statuses, numbers and audit rows
are what the desk would have written. The coming week has bookings too, some still awaiting
approval, and two repeating classes run through it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from hall_desk.db.database import Database
from hall_desk.db.models import Resident
from hall_desk.domain.bookings import BookerKind, BookingStatus, RepeatFrequency, RepeatRule
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.domain.errors import DomainError
from hall_desk.services.bookings.bookings import BookingForm, BookingService
from hall_desk.services.bookings.rooms import RoomInfo, RoomService
from hall_desk.services.calendar import CalendarService
from hall_desk.services.demo.demo_cases import demo_staff
from hall_desk.services.session import StaffSession

# (room code, who, purpose, attendees, hours) for the groups that use the center's rooms.
GROUP_USES = (
    ("HY01", "城南小学", "家长学校讲座", 45, 2),
    ("HY01", "幸福里物业服务中心", "物业服务协调会", 20, 2),
    ("YS01", "", "居民议事会", 25, 2),
    ("YS01", "3号楼楼长", "楼院协商会", 12, 1),
    ("DY01", "", "主题党日活动", 24, 2),
    ("DY01", "", "党员学习教育", 18, 1),
    ("WD01", "社区舞蹈队", "广场舞排练", 20, 2),
    ("SF01", "老年书法协会", "书法练习", 12, 2),
    ("WT01", "乒乓球兴趣小组", "乒乓球活动", 10, 2),
    ("WC01", "城南小学", "课后托管", 20, 2),
    ("FN01", "街道妇联", "家庭教育讲座", 18, 2),
    ("XL01", "", "心理疏导", 2, 1),
    ("TJ01", "", "邻里纠纷调解", 5, 1),
    ("YL01", "社区读书会", "读书分享会", 15, 2),
)
PHONES = ("13835112468", "13934567120", "15135178902", "18636512345", "13700351888")


@dataclass(frozen=True)
class DemoBookings:
    booked: int
    refused: int


def fill_demo_bookings(
    db: Database, clock: Clock, site_id: int, *, days: int, per_day: int, seed: int
) -> DemoBookings:
    """Book about ``per_day`` room uses a day over the last ``days`` days and the next week."""
    rng = random.Random(seed + 2)
    now = clock.now()
    at = FixedClock(now)
    calendar = CalendarService(db, at)
    rooms_service = RoomService(db, at)
    bookings = BookingService(db, at, calendar)
    staff = demo_staff(db, site_id)
    with db.read() as s:
        students = list(s.scalars(select(Resident).where(Resident.site_id == site_id).limit(400)))
    admin = next(m for m in staff if m.is_admin)
    rooms = {r.spec.code: r for r in rooms_service.rooms(admin)}
    booked = refused = 0
    for offset in range(-days + 1, 8):
        day = now.date() + timedelta(days=offset)
        for _ in range(int(per_day * rng.uniform(0.6, 1.3))):
            code, who, purpose, people, hours = rng.choice(GROUP_USES)
            room = rooms.get(code)
            if room is None or room.spec.hours_on(day) is None:
                continue
            start = _start_within(rng, room, day, hours)
            if start is None:
                continue
            kind = BookerKind.PARTNER if who else BookerKind.STAFF
            form = BookingForm(
                room_id=room.id, starts_at=start, ends_at=start + timedelta(hours=hours),
                booker_kind=kind.value, organisation=who, purpose=purpose,
                attendees=min(people, room.spec.capacity),
                contact_name=rng.choice(("张", "李", "王")) + "老师",
                contact_phone=rng.choice(PHONES),
                channel=rng.choice(("counter", "phone")),
            )  # fmt: skip
            ok = _book_and_live(rng, bookings, rng.choice(staff), admin, form, now, at)
            booked, refused = booked + ok, refused + (not ok)
        booked += _study_seats(rng, bookings, rooms.get("ZX01"), staff, students, day, now, at)
    booked += _classes(bookings, rooms, admin, now, at)
    at.at = now
    bookings.release_no_shows(site_id)
    return DemoBookings(booked, refused)


def _start_within(rng: random.Random, room: RoomInfo, day: date, hours: int) -> datetime | None:
    span = room.spec.hours_on(day)
    assert span is not None
    latest = span[1] - hours * 60
    if latest < span[0]:
        return None
    minute = rng.randrange(span[0], latest + 1, 30)
    return datetime.combine(day, time()) + timedelta(minutes=max(minute, span[0]))


def _book_and_live(
    rng: random.Random,
    bookings: BookingService,
    actor: StaffSession,
    admin: StaffSession,
    form: BookingForm,
    now: datetime,
    at: FixedClock,
) -> bool:
    """Book a day or two ahead; approve, check in or let it lapse as its day comes."""
    assert form.starts_at is not None
    at.at = form.starts_at - timedelta(days=rng.choice((1, 2, 3)), hours=3)
    try:
        info = bookings.book(actor, form)
        if info.status is BookingStatus.PENDING and (form.starts_at < now or rng.random() < 0.5):
            bookings.approve(admin, info.id)
        if form.starts_at + timedelta(minutes=5) <= now and rng.random() < 0.9:
            at.at = form.starts_at - timedelta(minutes=rng.randint(0, 10))
            bookings.check_in(actor, info.id)
    except DomainError:
        return False
    return True


def _study_seats(
    rng: random.Random,
    bookings: BookingService,
    study: RoomInfo | None,
    staff: list[StaffSession],
    students: list[Resident],
    day: date,
    now: datetime,
    at: FixedClock,
) -> int:
    """Students book study seats in the evening, more at weekends."""
    if study is None or not students:
        return 0
    made = 0
    for _ in range(rng.randint(6, 18) if day.weekday() >= 5 else rng.randint(3, 10)):
        start = datetime.combine(day, time(rng.choice((9, 14, 18, 19)), 0))
        person = rng.choice(students)
        form = BookingForm(
            room_id=study.id, starts_at=start, ends_at=start + timedelta(hours=rng.choice((2, 3))),
            booker_kind=BookerKind.RESIDENT.value, resident_id=person.id,
            purpose="自习", attendees=1, contact_phone=person.phone or rng.choice(PHONES),
        )  # fmt: skip
        made += _book_and_live(rng, bookings, rng.choice(staff), staff[0], form, now, at)
    return made


def _classes(
    bookings: BookingService,
    rooms: dict[str, RoomInfo],
    admin: StaffSession,
    now: datetime,
    at: FixedClock,
) -> int:
    """Two repeating classes through the coming weeks, skipping whatever is already taken."""
    at.at = now
    monday = now.date() - timedelta(days=now.weekday()) + timedelta(days=7)
    made = 0
    for code, who, purpose, weekdays, hour in (
        ("SF01", "老年书法协会", "书法公益课", {1, 3}, 9),
        ("WC01", "城南小学", "周末公益托管班", {5, 6}, 9),
    ):
        room = rooms.get(code)
        if room is None:
            continue
        start = datetime.combine(monday, time(hour))
        form = BookingForm(
            room_id=room.id, starts_at=start, ends_at=start + timedelta(hours=2),
            booker_kind=BookerKind.PARTNER.value, organisation=who, purpose=purpose,
            attendees=min(15, room.spec.capacity), contact_name="孙老师",
            contact_phone=PHONES[0],
        )  # fmt: skip
        rule = RepeatRule(RepeatFrequency.WEEKLY, frozenset(weekdays), count=8)
        try:
            made += len(bookings.book_series(admin, form, rule, skip_conflicts=True).booked)
        except DomainError:
            continue
    return made
