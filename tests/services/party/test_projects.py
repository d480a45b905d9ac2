"""The monthly project list: publish, claim once, milestones, progress, done or withdrawn."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry
from hall_desk.domain.community_projects import ProjectStatus
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.services import Services
from hall_desk.services.party.projects import ProjectForm
from hall_desk.services.session import StaffSession
from tests.services.party.rows import add_member, add_unit
from tests.services.party.test_problem_lists import other_center

NOVEMBER = date(2026, 11, 1)


@pytest.fixture
def registry(services: Services, admin: StaffSession) -> dict[str, int]:
    unit = add_unit(services.db, admin.site_id, "县供电公司", "state_owned")
    return {
        "unit": unit,
        "member": add_member(services.db, admin.site_id, unit, "张建国", "13800001111"),
    }


def publish(services: Services, clerk: StaffSession, title: str = "线路改造", **kw) -> int:
    form = ProjectForm(NOVEMBER, title, "老旧小区线路改造", **kw)
    return services.projects.publish(clerk, form).id


def test_a_project_is_published_claimed_advanced_and_done(
    services: Services, clerk: StaffSession, registry: dict[str, int], clock
) -> None:
    projects = services.projects
    record = projects.publish(
        clerk,
        ProjectForm(
            date(2026, 11, 17),
            " 线路改造 ",
            "1号楼至6号楼",
            (("勘察", date(2026, 11, 25)), ("", None), ("施工", date(2026, 12, 10))),
        ),
    )
    assert record.month == NOVEMBER and record.title == "线路改造"
    assert record.status is ProjectStatus.PUBLISHED and record.claimer_name == ""
    assert [m.title for m in record.milestones] == ["勘察", "施工"]

    claimed = projects.claim(clerk, record.id, member_id=registry["member"])
    assert claimed.status is ProjectStatus.CLAIMED
    assert claimed.claimer_name == "张建国（县供电公司）" and claimed.claimer_phone == "138****1111"
    assert claimed.claimed_at == clock.now()

    clock.at = datetime(2026, 11, 26, 9, 0)
    first = claimed.milestones[0]
    ticked = projects.tick_milestone(clerk, first.id, date(2026, 11, 24), "已勘察完毕")
    assert ticked.milestones[0].done_on == date(2026, 11, 24) and ticked.progress == 50
    assert ticked.next_milestone is not None and ticked.next_milestone.title == "施工"
    with pytest.raises(ConflictError):
        projects.tick_milestone(clerk, first.id, date(2026, 11, 25))

    advanced = projects.set_progress(clerk, record.id, "70%", "已完成3栋")
    assert (advanced.progress, advanced.progress_note) == (70, "已完成3栋")
    with pytest.raises(ValidationError) as down:
        projects.set_progress(clerk, record.id, 60)
    assert down.value.field == "note"
    with pytest.raises(ValidationError):
        projects.set_progress(clerk, record.id, 101)

    added = projects.add_milestone(clerk, record.id, "验收", date(2026, 12, 20))
    assert [m.title for m in added.milestones] == ["勘察", "施工", "验收"]

    done = projects.finish(clerk, record.id)
    assert done.status is ProjectStatus.DONE and done.progress == 100
    assert done.done_at == clock.now()
    with pytest.raises(ConflictError) as late:
        projects.set_progress(clerk, record.id, 90)
    assert "Done" in late.value.render()
    with pytest.raises(ConflictError):
        projects.withdraw(clerk, record.id, "不做了")
    with services.db.read() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "community_project")
        ).all()
        details = " ".join(
            s.scalars(select(AuditEntry.detail).where(AuditEntry.entity == "community_project"))
        )
    assert actions == [
        "publish",
        "claim",
        "tick_milestone",
        "set_progress",
        "add_milestone",
        "finish",
    ]
    assert "13800001111" not in details and "张建国" not in details and "3栋" not in details


def test_a_project_is_claimed_once_by_exactly_one_unit_or_member(
    services: Services, clerk: StaffSession, registry: dict[str, int]
) -> None:
    projects = services.projects
    project_id = publish(services, clerk)
    with pytest.raises(ValidationError):
        projects.claim(clerk, project_id)
    with pytest.raises(ValidationError):
        projects.claim(clerk, project_id, unit_id=registry["unit"], member_id=registry["member"])
    assert projects.claim(clerk, project_id, unit_id=registry["unit"]).claimer_name == "县供电公司"
    with pytest.raises(ConflictError) as twice:
        projects.claim(clerk, project_id, member_id=registry["member"])
    assert "县供电公司" in twice.value.render()
    assert projects.project(clerk, project_id).unit_id == registry["unit"]


def test_milestones_and_progress_wait_for_a_claim(
    services: Services, clerk: StaffSession, registry: dict[str, int]
) -> None:
    projects = services.projects
    record = projects.publish(
        clerk, ProjectForm(NOVEMBER, "绿化补植", "", (("补种", date(2026, 11, 30)),))
    )
    with pytest.raises(ConflictError) as early:
        projects.set_progress(clerk, record.id, 10)
    assert "Claim" in early.value.render()
    with pytest.raises(ConflictError):
        projects.tick_milestone(clerk, record.milestones[0].id, date(2026, 11, 20))
    with pytest.raises(ConflictError):
        projects.finish(clerk, record.id)
    with pytest.raises(ValidationError) as bad:
        projects.add_milestone(clerk, record.id, "很早", date(2026, 10, 31))
    assert bad.value.field == "milestone_due_on"
    projects.claim(clerk, record.id, unit_id=registry["unit"])
    with pytest.raises(ValidationError) as future:
        projects.tick_milestone(clerk, record.milestones[0].id, date(2026, 11, 21))
    assert future.value.field == "done_on"


def test_a_withdrawn_project_keeps_its_reason_and_cannot_be_claimed(
    services: Services, clerk: StaffSession, registry: dict[str, int]
) -> None:
    projects = services.projects
    project_id = publish(services, clerk)
    with pytest.raises(ValidationError):
        projects.withdraw(clerk, project_id, "")
    gone = projects.withdraw(clerk, project_id, "资金未到位")
    assert gone.status is ProjectStatus.WITHDRAWN and gone.withdraw_reason == "资金未到位"
    with pytest.raises(ConflictError) as caught:
        projects.claim(clerk, project_id, unit_id=registry["unit"])
    assert "Withdrawn" in caught.value.render()


def test_publishing_checks_the_form(services: Services, clerk: StaffSession) -> None:
    with pytest.raises(ValidationError) as caught:
        services.projects.publish(clerk, ProjectForm(None, "", ""))
    assert {e.field for e in caught.value.errors} == {"month", "title"}
    with pytest.raises(ValidationError) as far:
        services.projects.publish(clerk, ProjectForm(date(2028, 1, 1), "远期", ""))
    assert far.value.field == "month"
    with pytest.raises(ValidationError) as step:
        services.projects.publish(clerk, ProjectForm(NOVEMBER, "x", "", (("", date(2026, 11, 5)),)))
    assert step.value.field == "milestone_0_title"
    with pytest.raises(ValidationError) as steps:
        services.projects.publish(
            clerk,
            ProjectForm(
                NOVEMBER,
                "x",
                "",
                (
                    ("勘察", date(2026, 11, 5)),
                    ("", None),
                    ("早了", date(2026, 10, 31)),
                    ("", date(2026, 12, 1)),
                ),
            ),
        )
    assert [e.field for e in steps.value.errors] == ["milestone_2_due_on", "milestone_3_title"]


def test_overdue_milestones_and_the_month_and_status_filters(
    services: Services, clerk: StaffSession, registry: dict[str, int], clock
) -> None:
    projects = services.projects
    a = projects.publish(
        clerk, ProjectForm(NOVEMBER, "线路改造", "", (("勘察", date(2026, 11, 23)),))
    )
    projects.publish(clerk, ProjectForm(date(2026, 12, 3), "非遗培训进社区", ""))
    projects.claim(clerk, a.id, unit_id=registry["unit"])
    assert projects.projects(clerk, NOVEMBER)[0].overdue_milestones == 0
    clock.at = datetime(2026, 11, 24, 9, 0)
    (row,) = projects.projects(clerk, NOVEMBER)
    assert row.overdue_milestones == 1 and row.milestones[0].overdue
    assert [p.title for p in projects.projects(clerk, date(2026, 12, 15))] == ["非遗培训进社区"]
    assert [p.title for p in projects.projects(clerk)] == ["线路改造", "非遗培训进社区"]
    assert [p.title for p in projects.projects(clerk, None, "published")] == ["非遗培训进社区"]
    assert [p.title for p in projects.projects(clerk, None, ProjectStatus.CLAIMED)] == ["线路改造"]


def test_claimants_are_found_by_name_initials_or_phone_tail_with_masked_phones(
    services: Services, admin: StaffSession, clerk: StaffSession, registry: dict[str, int]
) -> None:
    other = add_unit(services.db, admin.site_id, "县人民医院", "institution")
    add_member(services.db, admin.site_id, other, "李医生", "13900002222")
    found = services.projects.claimants(clerk, "供电")
    assert [(c.kind, c.name) for c in found] == [("unit", "县供电公司"), ("member", "张建国")]
    assert found[1].unit_name == "县供电公司" and found[1].masked_phone == "138****1111"
    assert [c.name for c in services.projects.claimants(clerk, "2222")] == ["李医生"]
    assert [c.name for c in services.projects.claimants(clerk, "张")] == ["张建国"]
    assert services.projects.claimants(clerk, "  ") == []
    assert "13800001111" not in repr(found)


def test_a_center_sees_and_claims_only_its_own_projects(
    services: Services, clerk: StaffSession, registry: dict[str, int]
) -> None:
    project_id = publish(services, clerk)
    away = other_center(services)
    away_unit = add_unit(services.db, away.site_id, "北街物业", "property")
    assert services.projects.projects(away) == []
    assert services.projects.claimants(away, "供电") == []
    with pytest.raises(NotFoundError):
        services.projects.claim(away, project_id, unit_id=away_unit)
    with pytest.raises(ValidationError) as foreign:
        services.projects.claim(clerk, project_id, unit_id=away_unit)
    assert foreign.value.field == "claimant"
    assert services.projects.project(clerk, project_id).status is ProjectStatus.PUBLISHED


def test_audit_of_a_claim_names_ids_not_people(
    services: Services, clerk: StaffSession, registry: dict[str, int]
) -> None:
    project_id = publish(services, clerk)
    services.projects.claim(clerk, project_id, member_id=registry["member"])
    with services.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "claim")).one()
    assert json.loads(entry.detail) == {
        "by": "member",
        "member_id": registry["member"],
        "unit_id": None,
    }
