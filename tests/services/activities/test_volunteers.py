"""Volunteer roles and shifts: places, one person once per session, signing in and out with
the minimum share, hours entered afterwards (补录), and the audit of every change."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry
from hall_desk.domain.activities import ShiftStatus
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import RoleForm, VolunteerRef
from hall_desk.services.session import StaffSession
from tests.conftest import NOW
from tests.services.activities.volunteer_rows import (
    VolunteerDay,
    add_resident,
    add_role,
    add_session,
    add_shift,
    volunteer_day,
)
from tests.services.party.demand_rows import other_center
from tests.services.party.rows import add_member, add_unit

REASON = "张三丰当天在外场服务，未能到前台签到"


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def day(services: Services, admin: StaffSession) -> VolunteerDay:
    return volunteer_day(services.db, admin, NOW.date())


@pytest.fixture
def people(services: Services, admin: StaffSession) -> dict[str, VolunteerRef]:
    unit = add_unit(services.db, admin.site_id, "县供电公司", "state_owned")
    db = services.db
    return {
        "li": VolunteerRef(member_id=add_member(db, admin.site_id, unit, "李明", "13900001111")),
        "wang": VolunteerRef(member_id=add_member(db, admin.site_id, unit, "王芳", "13900002222")),
        "zhao": VolunteerRef(member_id=add_member(db, admin.site_id, unit, "赵强", "13900003333")),
        "zhang": VolunteerRef(resident_id=add_resident(db, admin.site_id, "张三丰", "13812345678")),
    }


def _audit(services: Services, action: str) -> list[dict[str, object]]:
    with services.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()
        return [json.loads(r.detail) | {"_id": r.entity_id} for r in rows]


# -- roles --------------------------------------------------------------------------------------


def test_roles_are_added_changed_deactivated_and_deleted(
    services: Services, clerk: StaffSession, admin: StaffSession, people: dict[str, VolunteerRef]
) -> None:
    from tests.services.activities.volunteer_rows import add_activity

    activity = add_activity(services.db, admin)
    session = add_session(services.db, admin, activity, NOW + timedelta(days=1))
    saved = services.volunteers.save_roles(
        clerk,
        activity,
        [RoleForm("引导员", "2", "在门口引导居民"), RoleForm("摄影", 1), RoleForm("后勤", 4)],
    )
    assert [(r.name, r.places, r.description, r.active) for r in saved] == [
        ("引导员", 2, "在门口引导居民", True),
        ("摄影", 1, "", True),
        ("后勤", 4, "", True),
    ]
    guide, photo, _ = (r.id for r in saved)
    services.volunteers.sign_up(clerk, photo, session, people["li"])
    # 引导员 renamed with more places, 摄影 (someone signed up) and 后勤 (nobody) left out.
    again = services.volunteers.save_roles(clerk, activity, [RoleForm("引导岗", 5, id=guide)])
    assert [(r.name, r.places, r.active) for r in again] == [
        ("引导岗", 5, True),
        ("摄影", 1, False),
    ]
    assert services.volunteers.roles(clerk, activity) == again
    [detail] = _audit(services, "save_volunteer_roles")[1:]
    assert detail == {"_id": str(activity), "added": 0, "changed": 1, "deactivated": 1,
                      "deleted": 1}  # fmt: skip
    # Listing a deactivated role again brings it back.
    back = services.volunteers.save_roles(
        clerk, activity, [RoleForm("引导岗", 5, id=guide), RoleForm("摄影", 2, id=photo)]
    )
    assert [r.active for r in back] == [True, True]


def test_places_cannot_drop_below_the_volunteers_of_one_session(
    services: Services, clerk: StaffSession, day: VolunteerDay, people: dict[str, VolunteerRef]
) -> None:
    for who in ("li", "wang", "zhao"):
        services.volunteers.sign_up(clerk, day.helper, day.sessions[2], people[who])
    services.volunteers.sign_up(clerk, day.helper, day.sessions[1], people["li"])
    with pytest.raises(ValidationError) as caught:
        services.volunteers.save_roles(
            clerk,
            day.activity_id,
            [
                RoleForm("引导员", 2, id=day.guide),
                RoleForm("秩序维护", 2, id=day.helper),
            ],
        )
    assert caught.value.field == "places"
    assert "3 volunteers" in caught.value.render() and "fewer than 3" in caught.value.render()
    kept = services.volunteers.save_roles(
        clerk,
        day.activity_id,
        [RoleForm("引导员", 2, id=day.guide), RoleForm("秩序维护", 3, id=day.helper)],
    )
    assert [r.places for r in kept] == [2, 3]


def test_bad_roles_are_refused_field_by_field(
    services: Services, clerk: StaffSession, day: VolunteerDay
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.volunteers.save_roles(
            clerk, day.activity_id, [RoleForm("  ", "两个"), RoleForm("摄影", 0)]
        )
    assert [e.field for e in caught.value.errors] == ["name", "places", "places"]
    assert "Role 1 has no name" in caught.value.errors[0].render()
    assert "Role 2" in caught.value.errors[2].render()
    with pytest.raises(ValidationError, match="both called"):
        services.volunteers.save_roles(
            clerk, day.activity_id, [RoleForm("摄影", 1), RoleForm("摄影", 2)]
        )
    with pytest.raises(NotFoundError):
        services.volunteers.save_roles(clerk, day.activity_id, [RoleForm("摄影", 1, id=99999)])
    # Nothing was changed by the refusals.
    assert [r.name for r in services.volunteers.roles(clerk, day.activity_id)] == [
        "引导员",
        "秩序维护",
    ]


# -- signing up ---------------------------------------------------------------------------------


def test_places_hold_one_person_once_per_session_and_cancel_frees_the_place(
    services: Services, clerk: StaffSession, day: VolunteerDay, people: dict[str, VolunteerRef]
) -> None:
    session = day.sessions[2]
    first = services.volunteers.sign_up(clerk, day.guide, session, people["li"])
    assert (first.name, first.unit_name, first.masked_phone) == (
        "李明",
        "县供电公司",
        "139****1111",
    )
    assert (first.role_name, first.status, first.credited_minutes) == (
        "引导员",
        ShiftStatus.SIGNED,
        0,
    )
    services.volunteers.sign_up(clerk, day.guide, session, people["zhang"])
    with pytest.raises(ConflictError, match="All 2 places of “引导员” at this session are taken"):
        services.volunteers.sign_up(clerk, day.guide, session, people["wang"])
    with pytest.raises(ConflictError, match="李明 is already a volunteer at this session"):
        services.volunteers.sign_up(clerk, day.helper, session, people["li"])
    # The same person may serve at another session.
    services.volunteers.sign_up(clerk, day.guide, day.sessions[1], people["li"])

    with pytest.raises(ValidationError, match="reason"):
        services.volunteers.cancel(clerk, first.id, "  ")
    cancelled = services.volunteers.cancel(clerk, first.id, "临时有事")
    assert cancelled.status is ShiftStatus.CANCELLED
    with pytest.raises(ConflictError, match="cancelled"):
        services.volunteers.cancel(clerk, first.id, "再次取消")
    taken = services.volunteers.sign_up(clerk, day.guide, session, people["wang"])
    assert taken.name == "王芳"
    [detail] = _audit(services, "cancel_volunteer_shift")
    assert detail == {"_id": str(first.id), "reason_given": True, "signed_in": False}
    signups = _audit(services, "volunteer_sign_up")
    assert len(signups) == 4 and "李明" not in json.dumps(signups, ensure_ascii=False)
    listed = services.volunteers.shifts(clerk, session_id=session)
    assert [(r.name, r.status) for r in listed] == [
        ("李明", ShiftStatus.CANCELLED),
        ("张三丰", ShiftStatus.SIGNED),
        ("王芳", ShiftStatus.SIGNED),
    ]
    assert [r.session_id for r in services.volunteers.shifts(clerk, ref=people["li"])] == [
        day.sessions[1],
        session,
    ]
    assert len(services.volunteers.shifts(clerk, activity_id=day.activity_id)) == 4


def test_sign_up_refusals(
    services: Services, admin: StaffSession, clerk: StaffSession, day: VolunteerDay,
    people: dict[str, VolunteerRef],
) -> None:  # fmt: skip
    with pytest.raises(ValidationError):
        services.volunteers.sign_up(clerk, day.guide, day.sessions[2], VolunteerRef())
    with pytest.raises(ValidationError):
        both = VolunteerRef(
            member_id=people["li"].member_id, resident_id=people["zhang"].resident_id
        )
        services.volunteers.sign_up(clerk, day.guide, day.sessions[2], both)
    cancelled = add_session(services.db, admin, day.activity_id, NOW + timedelta(days=3),
                            status="cancelled")  # fmt: skip
    with pytest.raises(ConflictError, match="was cancelled"):
        services.volunteers.sign_up(clerk, day.guide, cancelled, people["li"])
    unused = add_role(services.db, admin, day.activity_id, "摄影", 1, active=False)
    with pytest.raises(ConflictError, match="no longer in use"):
        services.volunteers.sign_up(clerk, unused, day.sessions[2], people["li"])
    other = other_center(services.db)
    with pytest.raises(NotFoundError):
        services.volunteers.sign_up(other, day.guide, day.sessions[2], people["li"])
    stranger = add_resident(services.db, other.site_id, "周北", "13700001234")
    with pytest.raises(NotFoundError):
        services.volunteers.sign_up(clerk, day.guide, day.sessions[2],
                                    VolunteerRef(resident_id=stranger))  # fmt: skip
    # Another center sees none of this activity's shifts and cannot open its roles.
    assert services.volunteers.shifts(other, activity_id=day.activity_id) == []
    with pytest.raises(NotFoundError):
        services.volunteers.roles(other, day.activity_id)


# -- signing in and out -------------------------------------------------------------------------


def test_sign_in_and_out_credit_minutes_by_the_minimum_share(
    services: Services, admin: StaffSession, clerk: StaffSession, day: VolunteerDay,
    people: dict[str, VolunteerRef],
) -> None:  # fmt: skip
    clock = services.clock
    assert isinstance(clock, FixedClock)
    today = day.sessions[1]  # 09:00-12:00, the clock reads 09:30
    long_stay = services.volunteers.sign_up(clerk, day.guide, today, people["li"])
    short_stay = services.volunteers.sign_up(clerk, day.helper, today, people["zhang"])
    with pytest.raises(ConflictError, match="has not signed in yet"):
        services.volunteers.sign_out(clerk, long_stay.id)
    signed_in = services.volunteers.sign_in(clerk, long_stay.id)
    assert signed_in.signed_in_at == NOW
    with pytest.raises(ConflictError, match="already signed in at 09:30"):
        services.volunteers.sign_in(clerk, long_stay.id)
    services.volunteers.sign_in(clerk, short_stay.id)
    clock.advance(minutes=90)  # 11:00: 90 of 180 minutes, half the shift
    short = services.volunteers.sign_out(clerk, short_stay.id)
    assert (short.signed_out_at, short.credited_minutes) == (NOW + timedelta(minutes=90), 0)
    clock.advance(minutes=48)  # 11:48: 138 of 180 minutes, 76.7 %
    long = services.volunteers.sign_out(clerk, long_stay.id)
    assert long.credited_minutes == 138
    with pytest.raises(ConflictError, match="already signed out at 11:48"):
        services.volunteers.sign_out(clerk, long_stay.id)
    with pytest.raises(ConflictError, match="Hours are already recorded"):
        services.volunteers.cancel(clerk, long_stay.id, "登记错了")

    # With a share of 50 % the same half a shift earns its 90 minutes.
    assert services.volunteers.min_share(clerk) == 60
    assert services.volunteers.set_min_share(admin, "50") == 50
    again = services.volunteers.sign_up(clerk, day.helper, today, people["wang"])
    clock.advance(minutes=-138)  # 09:30 again
    services.volunteers.sign_in(clerk, again.id)
    clock.advance(minutes=90)
    assert services.volunteers.sign_out(clerk, again.id).credited_minutes == 90
    outs = _audit(services, "volunteer_sign_out")
    assert [(d["minutes"], d["min_share"]) for d in outs] == [(0, 60), (138, 60), (90, 50)]
    assert len(_audit(services, "volunteer_sign_in")) == 3


def test_sign_in_only_from_an_hour_before_until_the_end(
    services: Services, clerk: StaffSession, day: VolunteerDay, people: dict[str, VolunteerRef]
) -> None:
    coming = services.volunteers.sign_up(clerk, day.guide, day.sessions[2], people["li"])
    with pytest.raises(ValidationError, match="from an hour before"):
        services.volunteers.sign_in(clerk, coming.id)
    past = services.volunteers.sign_up(clerk, day.guide, day.sessions[0], people["li"])
    with pytest.raises(ValidationError, match="补录"):
        services.volunteers.sign_in(clerk, past.id)
    clock = services.clock
    assert isinstance(clock, FixedClock)
    clock.advance(days=7, minutes=-90)  # next Friday 08:00, an hour before 09:00
    assert services.volunteers.sign_in(clerk, coming.id).signed_in_at == NOW + timedelta(
        days=7, minutes=-90
    )


# -- hours entered afterwards (补录) -------------------------------------------------------------


def test_supplement_needs_a_reason_stays_inside_the_session_and_is_marked(
    services: Services, clerk: StaffSession, day: VolunteerDay, people: dict[str, VolunteerRef]
) -> None:
    past, start = day.sessions[0], day.starts[0]  # last Friday 09:00-12:00
    shift = services.volunteers.sign_up(clerk, day.guide, past, people["zhang"])
    arrive, leave = start + timedelta(minutes=20), start + timedelta(minutes=170)

    def supplement(a: datetime, b: datetime, reason: str = REASON) -> object:
        return services.volunteers.supplement(
            clerk, shift.id, signed_in_at=a, signed_out_at=b, reason=reason
        )

    with pytest.raises(ValidationError) as caught:
        supplement(arrive, leave, " ")
    assert caught.value.field == "reason"
    with pytest.raises(ValidationError, match="only 180 minutes") as caught:
        supplement(start - timedelta(minutes=30), start + timedelta(minutes=200))
    assert caught.value.field == "signed_out_at"
    with pytest.raises(ValidationError, match="on the day of the session"):
        supplement(arrive + timedelta(days=1), leave + timedelta(days=1))
    with pytest.raises(ValidationError, match="after the sign-in"):
        supplement(leave, arrive)
    row = supplement(arrive, leave)
    assert row.supplementary and row.supplement_reason == REASON  # type: ignore[attr-defined]
    assert row.credited_minutes == 150  # type: ignore[attr-defined]
    # Early arrival counts only from the start: 08:30-11:00 is 120 minutes of the shift.
    row = supplement(start - timedelta(minutes=30), start + timedelta(minutes=120))
    assert row.credited_minutes == 120  # type: ignore[attr-defined]
    details = _audit(services, "supplement_hours")
    assert [(d["minutes"], d["previous_minutes"]) for d in details] == [(150, 0), (120, 150)]
    assert all(d["reason_given"] is True for d in details)
    assert REASON not in json.dumps(details, ensure_ascii=False)
    assert "当天" not in json.dumps(details, ensure_ascii=False)


def test_supplement_of_a_session_to_come_is_refused(
    services: Services, clerk: StaffSession, day: VolunteerDay, people: dict[str, VolunteerRef]
) -> None:
    shift = services.volunteers.sign_up(clerk, day.guide, day.sessions[1], people["li"])
    start = day.starts[1]
    with pytest.raises(ValidationError, match="has not come yet"):
        services.volunteers.supplement(clerk, shift.id, signed_in_at=start,
                                       signed_out_at=start + timedelta(hours=3),
                                       reason=REASON)  # fmt: skip


# -- the minimum share and the search -----------------------------------------------------------


def test_min_share_is_an_administrators_setting_from_1_to_100(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    with pytest.raises(PermissionDenied):
        services.volunteers.set_min_share(clerk, 50)
    for bad in (0, 101, "六十", "", "2.5"):
        with pytest.raises(ValidationError):
            services.volunteers.set_min_share(admin, bad)
    assert services.volunteers.set_min_share(admin, "50%") == 50
    assert services.volunteers.min_share(clerk) == 50
    [detail] = _audit(services, "set")
    assert detail == {"_id": "volunteer_min_share", "value": 50, "previous": 60}


def test_find_volunteers_lists_members_first_then_other_residents(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    db, site = services.db, admin.site_id
    unit = add_unit(db, site, "县人民医院", "institution")
    add_member(db, site, unit, "李明", "13900001111")
    add_resident(db, site, "李明", "13900001111")  # the same person, known to the visitor desk
    add_resident(db, site, "李明亮", "13600005555")
    add_resident(db, site, "王李", "13700001111")
    found = services.volunteers.find_volunteers(clerk, "李明")
    assert [(c.name, c.is_member, c.unit_name) for c in found] == [
        ("李明", True, "县人民医院"),
        ("李明亮", False, ""),
    ]
    assert found[0].ref.member_id is not None and found[1].ref.resident_id is not None
    by_tail = services.volunteers.find_volunteers(clerk, "1111")
    assert [(c.name, c.masked_phone) for c in by_tail] == [
        ("李明", "139****1111"),
        ("王李", "137****1111"),
    ]
    assert [c.name for c in services.volunteers.find_volunteers(clerk, "13600005555")] == ["李明亮"]
    assert [c.name for c in services.volunteers.find_volunteers(clerk, "lml")] == ["李明亮"]
    assert services.volunteers.find_volunteers(clerk, "") == []
    assert services.volunteers.find_volunteers(other_center(db), "李明") == []


def test_shift_rows_name_the_activity_and_times(
    services: Services, admin: StaffSession, clerk: StaffSession, day: VolunteerDay,
    people: dict[str, VolunteerRef],
) -> None:  # fmt: skip
    start = day.starts[0]
    add_shift(services.db, admin, day.guide, day.sessions[0], member_id=people["li"].member_id,
              present=(start, start + timedelta(hours=3)))  # fmt: skip
    [row] = services.volunteers.shifts(clerk, ref=people["li"])
    assert (row.activity_id, row.activity_title) == (day.activity_id, "周末社区志愿服务日")
    assert (row.starts_at, row.ends_at, row.credited_minutes) == (start, start + timedelta(hours=3),
                                                                  180)  # fmt: skip
