"""Activities, sessions, volunteer roles and shifts written straight to the database.

Tests of volunteers, hours, certificates and their screens build what they need here without
the activity service, so they do not depend on its forms.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hall_desk.db.activity_models import Activity, ActivitySession, VolunteerRole, VolunteerShift
from hall_desk.db.database import Database
from hall_desk.db.models import Resident
from hall_desk.domain.activities import ActivityKind, credited_minutes
from hall_desk.domain.names import name_initials
from hall_desk.services.activities.activity_records import VolunteerRef
from hall_desk.services.session import StaffSession

CREATED = datetime(2026, 10, 8, 9, 0)
_numbers = itertools.count(1)


def add_activity(
    db: Database,
    actor: StaffSession,
    title: str = "周末社区志愿服务日",
    *,
    kind: ActivityKind = ActivityKind.VOLUNTEER,
    status: str = "open",
    capacity: int = 30,
) -> int:
    """An activity of the actor's center, numbered like the desk numbers them."""
    with db.write() as s:
        activity = Activity(
            site_id=actor.site_id,
            number=f"T{actor.site_id:02d}-A2026-{next(_numbers):04d}",
            title=title,
            kind=kind.value,
            organiser_kind="center",
            capacity=capacity,
            audience="all",
            description="",
            status=status,
            cancel_reason="",
            created_by_id=actor.staff_id,
            created_at=CREATED,
            updated_at=CREATED,
        )
        s.add(activity)
        s.flush()
        return activity.id


def activity_number(db: Database, activity_id: int) -> str:
    with db.read() as s:
        activity = s.get(Activity, activity_id)
        assert activity is not None
        return activity.number


def add_session(
    db: Database,
    actor: StaffSession,
    activity_id: int,
    starts_at: datetime,
    minutes: int = 180,
    *,
    status: str = "planned",
    place: str = "社区广场",
) -> int:
    with db.write() as s:
        session = ActivitySession(
            site_id=actor.site_id,
            activity_id=activity_id,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=minutes),
            place=place,
            status=status,
            cancel_reason="",
        )
        s.add(session)
        s.flush()
        return session.id


def add_role(
    db: Database,
    actor: StaffSession,
    activity_id: int,
    name: str = "引导员",
    places: int = 3,
    *,
    active: bool = True,
) -> int:
    with db.write() as s:
        role = VolunteerRole(
            site_id=actor.site_id,
            activity_id=activity_id,
            name=name,
            places=places,
            description="",
            active=active,
        )
        s.add(role)
        s.flush()
        return role.id


def add_resident(
    db: Database,
    site_id: int,
    name: str,
    phone: str | None = None,
    id_number: str | None = None,
) -> int:
    """A resident as the visitor desk stores one (pinyin initials included, for searching)."""
    with db.write() as s:
        resident = Resident(
            site_id=site_id,
            name=name,
            name_initials=" " + " ".join(name_initials(name)) + " ",
            phone=phone,
            phone_tail=phone[-4:] if phone else None,
            id_number=id_number,
            id_kind="mainland" if id_number else None,
            category="resident",
            created_at=CREATED,
            updated_at=CREATED,
        )
        s.add(resident)
        s.flush()
        return resident.id


def add_shift(
    db: Database,
    actor: StaffSession,
    role_id: int,
    session_id: int,
    *,
    member_id: int | None = None,
    resident_id: int | None = None,
    present: tuple[datetime, datetime] | None = None,
    supplementary: bool = False,
    status: str = "signed",
) -> int:
    """A shift; with ``present`` (sign-in, sign-out) its minutes are credited by the rule."""
    with db.write() as s:
        session = s.get(ActivitySession, session_id)
        assert session is not None
        minutes = 0
        if present is not None:
            minutes = credited_minutes(session.starts_at, session.ends_at, *present)
        shift = VolunteerShift(
            site_id=actor.site_id,
            role_id=role_id,
            session_id=session_id,
            member_id=member_id,
            resident_id=resident_id,
            status=status,
            signed_in_at=present[0] if present else None,
            signed_out_at=present[1] if present else None,
            credited_minutes=minutes,
            supplementary=supplementary,
            supplement_reason="补录：当日纸质签到" if supplementary else "",
            clerk_id=actor.staff_id,
            created_at=CREATED,
            updated_at=CREATED,
        )
        s.add(shift)
        s.flush()
        return shift.id


@dataclass(frozen=True)
class VolunteerDay:
    """A volunteer activity with two roles and three sessions."""

    activity_id: int
    sessions: tuple[int, ...]  # a Saturday past, today at 09:00, a Saturday to come
    guide: int  # 引导员, 2 places
    helper: int  # 秩序维护, 3 places
    starts: tuple[datetime, ...]


def volunteer_day(db: Database, actor: StaffSession, today: date) -> VolunteerDay:
    """Sessions of 3 hours at 09:00: a week ago, today, and a week from today."""
    activity_id = add_activity(db, actor)
    starts = tuple(
        datetime.combine(today + timedelta(days=offset), datetime.min.time()).replace(hour=9)
        for offset in (-7, 0, 7)
    )
    sessions = tuple(add_session(db, actor, activity_id, start) for start in starts)
    guide = add_role(db, actor, activity_id, "引导员", 2)
    helper = add_role(db, actor, activity_id, "秩序维护", 3)
    return VolunteerDay(activity_id, sessions, guide, helper, starts)


#: 张三丰's ID number (a valid mainland one); only ever shown masked.
ZHANG_ID = "142201199005124565"
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@dataclass(frozen=True)
class HoursScenario:
    """Shifts around November 2026, with the hours each person should have in it.

    李明 and 王芳 serve for 县供电公司, 赵强 for 县人民医院, 张三丰 is a resident. Sessions of three
    hours: 10-31 and 12-01 fall outside November, 11-07 and 11-14 inside.
    """

    activity_id: int
    sessions: dict[str, int]  # by day "10-31", "11-07", "11-14", "12-01"
    power_unit: int
    hospital_unit: int
    refs: dict[str, VolunteerRef]
    #: (shifts credited, minutes) in November, by name.
    november: dict[str, tuple[int, int]]


def hours_scenario(db: Database, actor: StaffSession) -> HoursScenario:
    from tests.services.party.rows import add_member, add_unit

    site = actor.site_id
    power = add_unit(db, site, "县供电公司", "state_owned")
    hospital = add_unit(db, site, "县人民医院", "institution")
    refs = {
        "李明": VolunteerRef(member_id=add_member(db, site, power, "李明", "13900001111")),
        "王芳": VolunteerRef(member_id=add_member(db, site, power, "王芳", "13900002222")),
        "赵强": VolunteerRef(member_id=add_member(db, site, hospital, "赵强", "13900003333")),
        "张三丰": VolunteerRef(
            resident_id=add_resident(db, site, "张三丰", "13812345678", ZHANG_ID)
        ),
    }
    activity = add_activity(db, actor, "周末社区志愿服务日")
    starts = {
        "10-31": datetime(2026, 10, 31, 9, 0),
        "11-07": datetime(2026, 11, 7, 9, 0),
        "11-14": datetime(2026, 11, 14, 14, 0),
        "12-01": datetime(2026, 12, 1, 9, 0),
    }
    sessions = {day: add_session(db, actor, activity, start) for day, start in starts.items()}
    guide = add_role(db, actor, activity, "引导员", 5)
    helper = add_role(db, actor, activity, "秩序维护", 5)

    def served(who: str, day: str, role: int, begin: int, end: int, **kw: object) -> None:
        start = starts[day]
        ref = refs[who]
        add_shift(db, actor, role, sessions[day], member_id=ref.member_id,
                  resident_id=ref.resident_id,
                  present=(start + timedelta(minutes=begin), start + timedelta(minutes=end)),
                  **kw)  # type: ignore[arg-type]  # fmt: skip

    served("李明", "10-31", guide, 0, 180)
    served("李明", "11-07", guide, 0, 180)
    served("李明", "11-14", guide, 10, 160, supplementary=True)  # 150 minutes, 补录
    served("王芳", "11-07", helper, 0, 60)  # a third of the shift: nothing
    served("王芳", "11-14", helper, -20, 190)  # early and late: the shift's 180 only
    served("赵强", "11-07", helper, 0, 180, status="cancelled")
    served("赵强", "11-14", helper, 0, 180)
    served("张三丰", "11-07", helper, 0, 120)  # two thirds: 120
    served("张三丰", "12-01", helper, 0, 180)
    add_shift(db, actor, guide, sessions["11-14"], member_id=refs["王芳"].member_id,
              status="cancelled")  # fmt: skip
    return HoursScenario(
        activity_id=activity,
        sessions=sessions,
        power_unit=power,
        hospital_unit=hospital,
        refs=refs,
        november={"李明": (2, 330), "王芳": (1, 180), "赵强": (1, 180), "张三丰": (1, 120)},
    )
