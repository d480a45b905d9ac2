"""Problem lists of residents' meetings: due dates in working days, 销号, overdue, isolation."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry, Site, Staff
from hall_desk.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from hall_desk.domain.problem_lists import ProblemState
from hall_desk.domain.staff import Role
from hall_desk.services import Services
from hall_desk.services.party.problem_lists import ProblemForm
from hall_desk.services.session import StaffSession
from tests.services.party.rows import add_member, add_unit


def other_center(services: Services) -> StaffSession:
    """A clerk of a second center on the same database."""
    now = services.clock.now()
    with services.db.write() as s:
        site = Site(code="BJ02", name="北街社区党群服务中心", created_at=now)
        s.add(site)
        s.flush()
        staff = Staff(
            site_id=site.id,
            username="bei.clerk",
            full_name="北街前台",
            role="clerk",
            password_hash="x",
            created_at=now,
        )
        s.add(staff)
        s.flush()
        return StaffSession(staff.id, site.id, "bei.clerk", "北街前台", Role.CLERK, site.name)


def other_admin(services: Services, clerk: StaffSession) -> StaffSession:
    """The same center's session with an administrator's rights."""
    return StaffSession(
        clerk.staff_id, clerk.site_id, clerk.username, clerk.full_name, Role.ADMIN, clerk.site_name
    )


def audits(services: Services, entity: str) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity)))


def test_working_days_default_to_five_and_only_an_administrator_changes_them(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    lists = services.problem_lists
    assert lists.working_days(clerk) == 5
    with pytest.raises(PermissionDenied):
        lists.set_working_days(clerk, 7)
    for bad in (0, 31, "abc", ""):
        with pytest.raises(ValidationError) as caught:
            lists.set_working_days(admin, bad)
        assert caught.value.field == "working_days"
    lists.set_working_days(admin, "7")
    assert lists.working_days(clerk) == 7
    lists.set_working_days(admin, 3)
    assert lists.working_days(clerk) == 3
    (first, second) = [
        e for e in audits(services, "site_setting") if e.entity_id == "problem_working_days"
    ]
    assert json.loads(first.detail) == {"before": 5, "value": 7}
    assert json.loads(second.detail) == {"before": 7, "value": 3}
    assert first.staff_id == admin.staff_id


def test_a_changed_setting_applies_to_new_problems_only(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    lists = services.problem_lists
    meeting = lists.add_meeting(
        clerk, date(2026, 11, 16), "council", "十一月议事会", "", [ProblemForm("路灯不亮", "物业")]
    )
    lists.set_working_days(admin, 2)
    lists.add_problem(clerk, meeting.id, ProblemForm("井盖松动", "市政"))
    first, second = lists.problems(clerk, meeting.id)
    # Monday the 16th: five working days end on Monday the 23rd, two on Wednesday the 18th.
    assert (first.working_days, first.due_date) == (5, date(2026, 11, 23))
    assert (second.working_days, second.due_date, second.seq) == (2, date(2026, 11, 18), 2)


def test_due_dates_skip_national_day_and_count_the_make_up_saturday(
    services: Services, clerk: StaffSession
) -> None:
    meeting = services.problem_lists.add_meeting(
        clerk,
        date(2026, 9, 30),
        "night_talk",
        "九月居民夜谈",
        "社区议事厅",
        [ProblemForm("3号楼电梯异响", "物业公司")],
    )
    (problem,) = services.problem_lists.problems(clerk, meeting.id)
    # 10-01..10-07 are 国庆; 10-08, 10-09, Saturday 10-10 (调休上班), 10-12, 10-13.
    assert problem.due_date == date(2026, 10, 13)


def test_a_friday_meeting_before_qingming_skips_the_holiday_monday(
    services: Services, clerk: StaffSession
) -> None:
    meeting = services.problem_lists.add_meeting(
        clerk,
        date(2026, 4, 3),
        "council",
        "四月议事会",
        "",
        [ProblemForm("楼道堆物", "网格员")],
    )
    (problem,) = services.problem_lists.problems(clerk, meeting.id)
    # Weekdays alone would give Friday 04-10; 清明 Monday 04-06 is off, so Monday 04-13.
    assert problem.due_date == date(2026, 4, 13)


def test_problem_state_follows_the_clock_in_working_days(
    services: Services, clerk: StaffSession, clock
) -> None:
    lists = services.problem_lists
    meeting = lists.add_meeting(
        clerk,
        date(2026, 11, 16),
        "council",
        "十一月议事会",
        "",
        [ProblemForm("路灯不亮", "物业"), ProblemForm("垃圾清运", "环卫")],
    )
    assert lists.problems(clerk, meeting.id)[0].due_date == date(2026, 11, 23)

    def state() -> tuple[ProblemState, int]:
        p = lists.problems(clerk, meeting.id)[0]
        return p.state, p.working_days_overdue

    assert state() == (ProblemState.OPEN, 0)  # Friday the 20th: Friday and Monday left
    clock.at = datetime(2026, 11, 21, 10, 0)  # Saturday: only Monday is left
    assert state() == (ProblemState.DUE_SOON, 0)
    clock.at = datetime(2026, 11, 23, 17, 0)  # the due day itself
    assert state() == (ProblemState.DUE_SOON, 0)
    assert lists.overdue_problems(clerk) == []
    clock.at = datetime(2026, 11, 24, 9, 0)
    assert state() == (ProblemState.OVERDUE, 1)
    clock.at = datetime(2026, 11, 30, 9, 0)  # Tue, Wed, Thu, Fri, Mon
    assert state() == (ProblemState.OVERDUE, 5)
    lists.tick_off(clerk, lists.problems(clerk, meeting.id)[1].id, "已清运")
    overdue = lists.overdue_problems(clerk)
    assert [(p.seq, p.description, p.working_days_overdue) for p in overdue] == [(1, "路灯不亮", 5)]
    (row,) = lists.meetings(clerk)
    assert (row.problem_count, row.open_count, row.done_count, row.overdue_count) == (2, 1, 1, 1)


def test_tick_off_needs_a_note_and_happens_once(
    services: Services, admin: StaffSession, clerk: StaffSession, clock
) -> None:
    lists = services.problem_lists
    meeting = lists.add_meeting(
        clerk, date(2026, 11, 19), "council", "议事会", "", [ProblemForm("路灯不亮", "物业")]
    )
    (problem,) = lists.problems(clerk, meeting.id)
    with pytest.raises(ValidationError) as caught:
        lists.tick_off(clerk, problem.id, "  \n ")
    assert caught.value.field == "note"
    done = lists.tick_off(clerk, problem.id, "已更换灯泡\n居民确认")
    assert done.state is ProblemState.DONE and done.done_note == "已更换灯泡\n居民确认"
    assert done.done_by == "李晓燕" and done.done_at == clock.now()
    with pytest.raises(ConflictError) as again:
        lists.tick_off(admin, problem.id, "再次销号")
    assert "李晓燕" in again.value.render()
    assert lists.problems(clerk, meeting.id)[0].done_note == "已更换灯泡\n居民确认"
    (entry,) = [e for e in audits(services, "meeting_problem") if e.action == "tick_off"]
    assert "灯泡" not in entry.detail and entry.staff_id == clerk.staff_id


def test_only_an_administrator_takes_back_a_tick_made_by_mistake(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    lists = services.problem_lists
    meeting = lists.add_meeting(
        clerk, date(2026, 11, 19), "council", "议事会", "", [ProblemForm("路灯不亮", "物业")]
    )
    (problem,) = lists.problems(clerk, meeting.id)
    with pytest.raises(ConflictError):
        lists.reopen_problem(admin, problem.id, "误点")
    lists.tick_off(clerk, problem.id, "已修")
    with pytest.raises(PermissionDenied):
        lists.reopen_problem(clerk, problem.id, "点错了")
    with pytest.raises(ValidationError):
        lists.reopen_problem(admin, problem.id, " ")
    back = lists.reopen_problem(admin, problem.id, "点错了行")
    assert back.state is ProblemState.OPEN and back.done_at is None and back.done_note == ""
    assert back.reopen_reason == "点错了行"
    assert lists.tick_off(clerk, problem.id, "这次真修好了").state is ProblemState.DONE


def test_a_meeting_is_checked_and_names_the_bad_problem_row(
    services: Services, clerk: StaffSession
) -> None:
    lists = services.problem_lists
    with pytest.raises(ValidationError) as caught:
        lists.add_meeting(clerk, date(2026, 11, 21), "council", "", "", [])
    assert {e.field for e in caught.value.errors} == {"held_on", "title"}
    with pytest.raises(ValidationError) as rows:
        lists.add_meeting(
            clerk,
            date(2026, 11, 18),
            "council",
            "议事会",
            "",
            [
                ProblemForm("路灯不亮", "物业"),
                ProblemForm("", ""),
                ProblemForm("井盖", ""),
                ProblemForm("", "物业"),
            ],
        )
    assert {e.field for e in rows.value.errors} == {
        "problem_2_responsible",
        "problem_3_description",
    }
    with pytest.raises(ValidationError) as both:
        lists.add_meeting(clerk, None, "council", "", "", [ProblemForm("井盖", "")])
    # The meeting's fields and its rows are marked at once.
    assert {e.field for e in both.value.errors} == {"held_on", "title", "problem_0_responsible"}
    assert lists.meetings(clerk) == []


def test_the_responsible_unit_or_member_must_be_the_centers(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    unit = add_unit(services.db, admin.site_id, "县供电公司", "state_owned")
    member = add_member(services.db, admin.site_id, unit, "张建国", "13800001111")
    away = other_center(services)
    away_unit = add_unit(services.db, away.site_id, "北街物业", "property")
    lists = services.problem_lists
    meeting = lists.add_meeting(
        clerk,
        date(2026, 11, 18),
        "council",
        "议事会",
        "",
        [
            ProblemForm("线路老化", unit_id=unit),
            ProblemForm("邻里纠纷", member_id=member),
            ProblemForm("停车难", "网格长 李", unit_id=unit),
        ],
    )
    names = [p.responsible for p in lists.problems(clerk, meeting.id)]
    assert names == ["县供电公司", "张建国（县供电公司）", "网格长 李"]
    with pytest.raises(ValidationError) as caught:
        lists.add_problem(clerk, meeting.id, ProblemForm("外站", unit_id=away_unit))
    assert caught.value.field == "responsible"
    with pytest.raises(ValidationError):
        lists.add_problem(clerk, meeting.id, ProblemForm("两者", unit_id=unit, member_id=member))


def test_a_center_sees_and_touches_only_its_own_lists(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    lists = services.problem_lists
    meeting = lists.add_meeting(
        clerk, date(2026, 11, 18), "council", "城南议事会", "", [ProblemForm("路灯不亮", "物业")]
    )
    (problem,) = lists.problems(clerk, meeting.id)
    away = other_center(services)
    lists.add_meeting(
        away, date(2026, 11, 17), "night_talk", "北街夜谈", "", [ProblemForm("噪音", "物业")]
    )
    assert [m.title for m in lists.meetings(away)] == ["北街夜谈"]
    assert [m.title for m in lists.meetings(clerk)] == ["城南议事会"]
    with pytest.raises(NotFoundError):
        lists.problems(away, meeting.id)
    with pytest.raises(NotFoundError):
        lists.tick_off(away, problem.id, "越权")
    with pytest.raises(NotFoundError):
        lists.add_problem(away, meeting.id, ProblemForm("越权", "物业"))
    with pytest.raises(NotFoundError):
        lists.list_pdf(away, meeting.id)
    with pytest.raises(NotFoundError):
        lists.reopen_problem(other_admin(services, away), problem.id, "越权")
    assert lists.overdue_problems(away) == []
    assert lists.working_days(away) == 5


def test_meetings_are_listed_newest_first_within_the_dates_asked(
    services: Services, clerk: StaffSession
) -> None:
    lists = services.problem_lists
    for day, title in (
        (date(2026, 9, 10), "九月"),
        (date(2026, 10, 15), "十月"),
        (date(2026, 11, 12), "十一月"),
    ):
        lists.add_meeting(clerk, day, "council", title, "", [])
    assert [m.title for m in lists.meetings(clerk)] == ["十一月", "十月", "九月"]
    assert [m.title for m in lists.meetings(clerk, date(2026, 10, 1), None)] == ["十一月", "十月"]
    assert [m.title for m in lists.meetings(clerk, None, date(2026, 10, 31))] == ["十月", "九月"]
    assert [m.title for m in lists.meetings(clerk, date(2026, 10, 1), date(2026, 10, 31))] == [
        "十月"
    ]
