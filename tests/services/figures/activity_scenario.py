"""Activities of two centers written straight to the database, and the figures counted by hand.

``build`` writes, for the admin's center, a summer care class of two sessions a week, monthly
free clinics run by a 双报到 unit (one session cancelled after it was marked), lectures of a
project (one this morning, one this afternoon), volunteer days (with a supplementary shift, a
shift below the minimum share, a cancelled one and one signed in but not out), and an activity
cancelled with its waiting list; sign-ups made, cancelled and waiting over three months; marks
of every kind. A second center has the same kinds of rows on the same days, which must never
count. The activity services are not used: the rows are ORM rows of ``db.activity_models``.

``expected`` counts each figure from the test's own lists in plain Python, independently of
the SQL under test. The fixture clock is Friday 2026-11-20 09:30.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from hall_desk.db.activity_models import (
    Activity,
    ActivitySession,
    ActivitySignup,
    SessionAttendance,
    VolunteerRole,
    VolunteerShift,
)
from hall_desk.db.database import Database
from hall_desk.db.models import Resident
from hall_desk.db.party_models import CommunityProject
from hall_desk.db.room_models import Room
from hall_desk.domain.activities import NumberSeries, format_activity_number
from hall_desk.domain.activity_figures import ActivityCounts
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.periods import Period
from hall_desk.services.bookings.rooms import RoomService
from hall_desk.services.session import StaffSession
from tests.conftest import NOW
from tests.services.figures.demand_scenario import other_center
from tests.services.party.rows import add_member, add_unit

START = datetime(2026, 9, 1, 8, 0)


@dataclass
class ActivityMade:
    id: int
    number: str
    site_id: int
    title: str
    kind: str
    organiser: str  # the organiser key: center, unit:<id>, project:<id>
    status: str = "open"


@dataclass
class SessionMade:
    id: int
    activity: ActivityMade
    starts_at: datetime
    ends_at: datetime
    status: str = "planned"
    place: str = ""


@dataclass
class SignupMade:
    id: int
    number: str
    activity: ActivityMade
    name: str
    created_at: datetime
    status: str
    cancelled_at: datetime | None = None


@dataclass
class MarkMade:
    session: SessionMade
    signup: SignupMade
    status: str


@dataclass
class ShiftMade:
    session: SessionMade
    person: tuple[str, int]  # ("m", member id) or ("r", resident id)
    status: str = "signed"
    signed_in: bool = False
    credited: int = 0
    supplementary: bool = False


@dataclass
class Scenario:
    site_id: int
    other_site_id: int
    other: StaffSession
    unit_id: int = 0
    project_id: int = 0
    room: str = ""
    phones: dict[str, str] = field(default_factory=dict)  # volunteer name -> phone
    activities: list[ActivityMade] = field(default_factory=list)
    sessions: list[SessionMade] = field(default_factory=list)
    signups: list[SignupMade] = field(default_factory=list)
    marks: list[MarkMade] = field(default_factory=list)
    shifts: list[ShiftMade] = field(default_factory=list)


def _in(moment: datetime | None, period: Period) -> bool:
    return moment is not None and period.start <= moment < period.end


class _Writer:
    def __init__(self, db: Database, scenario: Scenario, site_id: int, code: str, staff: int):
        self.db, self.scenario, self.site_id, self.code, self.staff = (
            db, scenario, site_id, code, staff,
        )  # fmt: skip
        self.activity_no = 0
        self.signup_no = 0
        self.guardian = self._resident("张家长", "13700000001")

    def _resident(self, name: str, phone: str) -> int:
        with self.db.write() as s:
            row = Resident(
                site_id=self.site_id, name=name, phone=phone, phone_tail=phone[-4:],
                category="resident", created_at=START, updated_at=START,
            )  # fmt: skip
            s.add(row)
            s.flush()
            return row.id

    def activity(
        self, title: str, kind: str, organiser: str, *, status: str = "open"
    ) -> ActivityMade:
        self.activity_no += 1
        number = format_activity_number(NumberSeries.ACTIVITY, self.code, 2026, self.activity_no)
        kind_of, _, ref = organiser.partition(":")
        with self.db.write() as s:
            row = Activity(
                site_id=self.site_id, number=number, title=title, kind=kind,
                organiser_kind=kind_of,
                unit_id=int(ref) if kind_of == "unit" else None,
                project_id=int(ref) if kind_of == "project" else None,
                capacity=30, audience="all", status=status, created_by_id=self.staff,
                created_at=START, updated_at=START,
            )  # fmt: skip
            s.add(row)
            s.flush()
            made = ActivityMade(row.id, number, self.site_id, title, kind, organiser, status)
        self.scenario.activities.append(made)
        return made

    def sessions(
        self,
        activity: ActivityMade,
        starts: list[datetime],
        minutes: int,
        *,
        room_id: int | None = None,
        place: str = "",
        cancelled: tuple[datetime, ...] = (),
    ) -> list[SessionMade]:
        made: list[SessionMade] = []
        with self.db.write() as s:
            for start in starts:
                status = "cancelled" if start in cancelled else "planned"
                row = ActivitySession(
                    site_id=self.site_id, activity_id=activity.id, starts_at=start,
                    ends_at=start + timedelta(minutes=minutes), room_id=room_id, place=place,
                    status=status,
                )  # fmt: skip
                s.add(row)
                s.flush()
                made.append(SessionMade(row.id, activity, start, row.ends_at, status, place))
        self.scenario.sessions.extend(made)
        return made

    def signups(
        self, activity: ActivityMade, rng: random.Random, count: int, first: datetime
    ) -> list[SignupMade]:
        made: list[SignupMade] = []
        with self.db.write() as s:
            for index in range(count):
                self.signup_no += 1
                created = first + timedelta(hours=rng.randint(0, 24 * 20))
                status = rng.choice(("enrolled", "enrolled", "enrolled", "waiting", "cancelled"))
                cancelled = None
                if status == "cancelled":
                    cancelled = min(created + timedelta(days=rng.randint(1, 40)), NOW)
                number = format_activity_number(
                    NumberSeries.SIGNUP, self.code, 2026, self.signup_no
                )
                name = f"孩子{self.code}{index:02d}"
                row = ActivitySignup(
                    site_id=self.site_id, activity_id=activity.id, number=number,
                    resident_id=self.guardian, child_name=name, contact_phone="13700000001",
                    status=status, queued_at=created, cancelled_at=cancelled,
                    clerk_id=self.staff, created_at=created, updated_at=created,
                )  # fmt: skip
                s.add(row)
                s.flush()
                made.append(SignupMade(row.id, number, activity, name, created, status, cancelled))
        self.scenario.signups.extend(made)
        return made

    def mark_all(
        self, sessions: list[SessionMade], signups: list[SignupMade], rng: random.Random
    ) -> None:
        """Each session before now: every sign-up not waiting, made before it, marked at
        random (or left unmarked); sign-ups cancelled later keep their marks."""
        with self.db.write() as s:
            for one in sessions:
                if one.starts_at >= NOW:
                    continue
                for signup in signups:
                    if signup.status == "waiting" or signup.created_at >= one.starts_at:
                        continue
                    if signup.cancelled_at is not None and signup.cancelled_at <= one.starts_at:
                        continue
                    status = rng.choice(("present", "present", "present", "absent", "excused", ""))
                    if not status:
                        continue
                    s.add(
                        SessionAttendance(
                            session_id=one.id, signup_id=signup.id, status=status,
                            source="desk", marked_at=one.starts_at, marked_by_id=self.staff,
                        )
                    )  # fmt: skip
                    self.scenario.marks.append(MarkMade(one, signup, status))

    def shift(self, role_id: int, made: ShiftMade) -> None:
        kind, person = made.person
        start = made.session.starts_at
        with self.db.write() as s:
            s.add(
                VolunteerShift(
                    site_id=self.site_id, role_id=role_id, session_id=made.session.id,
                    member_id=person if kind == "m" else None,
                    resident_id=person if kind == "r" else None, status=made.status,
                    signed_in_at=start if made.signed_in else None,
                    signed_out_at=(
                        start + timedelta(minutes=made.credited) if made.credited else None
                    ),
                    credited_minutes=made.credited, supplementary=made.supplementary,
                    supplement_reason="补登" if made.supplementary else "",
                    clerk_id=self.staff, created_at=start, updated_at=start,
                )
            )  # fmt: skip
        self.scenario.shifts.append(made)

    def role(self, activity: ActivityMade, name: str) -> int:
        with self.db.write() as s:
            row = VolunteerRole(site_id=self.site_id, activity_id=activity.id, name=name, places=10)
            s.add(row)
            s.flush()
            return row.id


def _days(first: date, last: date, weekdays: tuple[int, ...], at: time) -> list[datetime]:
    days = Period(first, last).dates()
    return [datetime.combine(d, at) for d in days if d.weekday() in weekdays]


def _project(db: Database, site_id: int, staff: int) -> int:
    with db.write() as s:
        row = CommunityProject(
            site_id=site_id, month=date(2026, 9, 1), title="非遗剪纸进社区", status="claimed",
            created_by_id=staff, created_at=START, updated_at=START,
        )  # fmt: skip
        s.add(row)
        s.flush()
        return row.id


def _center(db: Database, writer: _Writer, rng: random.Random, *, main: bool) -> None:
    """One center's activities; ``main`` adds what only the center under test needs."""
    scenario, site_id = writer.scenario, writer.site_id
    RoomService(db, FixedClock(START)).ensure_default(site_id)
    with db.read() as s:
        room_id, room = s.execute(
            select(Room.id, Room.name).where(Room.site_id == site_id).order_by(Room.sort_order)
        ).first()  # type: ignore[misc]
    unit = add_unit(db, site_id, "县人民医院" if main else "北街物业", "institution")
    project = _project(db, site_id, writer.staff)
    if main:
        scenario.unit_id, scenario.project_id, scenario.room = unit, project, room
    # A class twice a week from October to the end of November, in a room.
    care = writer.activity("暑托班（书法）", "summer_care", "center")
    days = _days(date(2026, 10, 5), date(2026, 11, 30), (0, 2), time(15, 0))
    classes = writer.sessions(care, days, 90, room_id=room_id)
    writer.mark_all(classes, writer.signups(care, rng, 9, datetime(2026, 9, 15, 9)), rng)
    # Monthly clinics of a unit; the November one is cancelled after it was marked.
    clinic = writer.activity("义诊进社区", "clinic", f"unit:{unit}")
    monthly = [datetime(2026, m, 14, 9, 0) for m in (9, 10, 11)]
    clinics = writer.sessions(clinic, monthly, 180, place="广场", cancelled=(monthly[2],))
    writer.mark_all(clinics, writer.signups(clinic, rng, 8, datetime(2026, 8, 25, 9)), rng)
    # A project's lectures: one in October, one this morning, one this afternoon.
    lecture = writer.activity("剪纸讲座", "lecture", f"project:{project}")
    talks = [datetime(2026, 10, 20, 14), datetime(2026, 11, 20, 8), datetime(2026, 11, 20, 14)]
    lectures = writer.sessions(lecture, talks, 60, room_id=room_id)
    writer.mark_all(lectures, writer.signups(lecture, rng, 7, datetime(2026, 10, 1, 9)), rng)
    # Cancelled altogether: its waiting list is no one's any more.
    gone = writer.activity("取消的活动", "culture", "center", status="cancelled")
    writer.sessions(gone, [datetime(2026, 11, 3, 9)], 60, cancelled=(datetime(2026, 11, 3, 9),))
    writer.signups(gone, rng, 4, datetime(2026, 10, 10, 9))
    _volunteer_days(db, writer, unit, main=main)


def _volunteer_days(db: Database, writer: _Writer, unit: int, *, main: bool) -> None:
    scenario, site_id = writer.scenario, writer.site_id
    day = writer.activity("志愿服务日", "volunteer", "center")
    october, today = writer.sessions(
        day, [datetime(2026, 10, 10, 8), datetime(2026, 11, 20, 8)], 240
    )
    role = writer.role(day, "引导员")
    prefix = "" if main else "北"
    people: list[tuple[str, int]] = []
    for index, name in enumerate(("刘建华", "陈丽")):
        phone = f"1391111{1000 + index + (0 if main else 50)}"
        people.append(("m", add_member(db, site_id, unit, prefix + name, phone)))
        scenario.phones[prefix + name] = phone
    for index, name in enumerate(("赵敏", "孙磊")):
        phone = f"1382222{1000 + index + (0 if main else 50)}"
        people.append(("r", writer._resident(prefix + name, phone)))
        scenario.phones[prefix + name] = phone
    liu, chen, zhao, sun = people
    for made in (
        ShiftMade(october, liu, signed_in=True, credited=240),
        ShiftMade(october, chen, signed_in=True, credited=180),
        ShiftMade(october, zhao, signed_in=True, credited=0),  # below the minimum share
        ShiftMade(october, sun, credited=200, supplementary=True),  # 补录
        ShiftMade(october, zhao, status="cancelled"),
        ShiftMade(today, liu, signed_in=True, credited=90),
        ShiftMade(today, sun, signed_in=True),  # signed in, not out yet
        ShiftMade(today, chen),
    ):
        writer.shift(role, made)
    # The October clinic had a volunteer too: one person, two kinds of activity.
    clinic = next(s for s in scenario.sessions if s.activity.kind == "clinic" and
                  s.activity.site_id == site_id and s.starts_at.month == 10)  # fmt: skip
    writer.shift(
        writer.role(clinic.activity, "导诊"), ShiftMade(clinic, liu, signed_in=True, credited=120)
    )


def build(db: Database, admin: StaffSession, *, seed: int = 11) -> Scenario:
    """The scenario: the admin's center and another center with the same kinds of rows."""
    other = other_center(db)
    scenario = Scenario(admin.site_id, other.site_id, other)
    rng = random.Random(seed)
    _center(db, _Writer(db, scenario, admin.site_id, "CN01", admin.staff_id), rng, main=True)
    _center(db, _Writer(db, scenario, other.site_id, "BJ02", other.staff_id), rng, main=False)
    return scenario


# -- counted by hand ----------------------------------------------------------------------------


def held(scenario: Scenario, period: Period, site_id: int) -> list[SessionMade]:
    """The center's sessions held in the period (planned, starting in it), earliest first."""
    found = [
        s
        for s in scenario.sessions
        if s.activity.site_id == site_id and s.status == "planned" and _in(s.starts_at, period)
    ]
    return sorted(found, key=lambda s: (s.starts_at, s.id))


def expected(
    scenario: Scenario,
    period: Period,
    site_id: int | None = None,
    of: Callable[[ActivityMade], bool] = lambda _a: True,
) -> ActivityCounts:
    """Every measure of ``ActivityCounts`` for the center's activities that ``of`` picks."""
    site = scenario.site_id if site_id is None else site_id
    sessions = [s for s in held(scenario, period, site) if of(s.activity)]
    ids = {id(s) for s in sessions}
    signups = [x for x in scenario.signups if x.activity.site_id == site and of(x.activity)]
    marks = [m for m in scenario.marks if id(m.session) in ids]
    shifts = [x for x in scenario.shifts if id(x.session) in ids and x.status == "signed"]
    served = [x for x in shifts if x.credited > 0]
    extra = [x for x in served if x.supplementary]
    return ActivityCounts(
        activities=len({s.activity.id for s in sessions}),
        sessions=len(sessions),
        signups=sum(_in(x.created_at, period) for x in signups),
        cancellations=sum(_in(x.cancelled_at, period) for x in signups),
        present=sum(m.status == "present" for m in marks),
        absent=sum(m.status == "absent" for m in marks),
        excused=sum(m.status == "excused" for m in marks),
        volunteers=len({x.person for x in served}),
        shifts=len(served),
        volunteer_minutes=sum(x.credited for x in served),
        supplementary_shifts=len(extra),
        supplementary_minutes=sum(x.credited for x in extra),
        signed_in=sum(x.signed_in for x in shifts),
    )


def expected_waiting(scenario: Scenario, site_id: int | None = None) -> int:
    site = scenario.site_id if site_id is None else site_id
    return sum(
        x.status == "waiting" and x.activity.site_id == site and x.activity.status == "open"
        for x in scenario.signups
    )


def expected_enrolled(scenario: Scenario, session: SessionMade) -> int:
    """Enrolled now, and anyone marked at the session whose sign-up is no longer enrolled."""
    now = sum(x.activity is session.activity and x.status == "enrolled" for x in scenario.signups)
    gone = sum(m.session is session and m.signup.status != "enrolled" for m in scenario.marks)
    return now + gone


def mark_count(scenario: Scenario, session: SessionMade, status: str) -> int:
    return sum(m.session is session and m.status == status for m in scenario.marks)
