"""Rules of the monthly project list: moves, months, milestones, progress, claims."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hall_desk.domain.community_projects import (
    PROJECT_MOVES,
    ProjectAction,
    ProjectStatus,
    add_months,
    check_claimant,
    check_milestone_done_on,
    check_project_move,
    clean_milestone,
    clean_progress,
    clean_project,
    project_actions,
)
from hall_desk.domain.errors import ConflictError, ValidationError

TODAY = date(2026, 11, 20)  # a Friday


def test_project_moves_follow_the_table_and_name_what_is_allowed() -> None:
    allowed = {status: set(project_actions(status)) for status in ProjectStatus}
    assert allowed[ProjectStatus.PUBLISHED] == {
        ProjectAction.CLAIM,
        ProjectAction.ADD_MILESTONE,
        ProjectAction.WITHDRAW,
    }
    assert allowed[ProjectStatus.CLAIMED] == set(ProjectAction) - {ProjectAction.CLAIM}
    assert allowed[ProjectStatus.DONE] == allowed[ProjectStatus.WITHDRAWN] == set()
    for action, sources in PROJECT_MOVES.items():
        for status in ProjectStatus:
            if status in sources:
                check_project_move(status, action)
            else:
                with pytest.raises(ConflictError):
                    check_project_move(status, action)
    with pytest.raises(ConflictError) as caught:
        check_project_move(ProjectStatus.PUBLISHED, ProjectAction.FINISH)
    assert "Claim / Add a milestone / Withdraw" in caught.value.render()


def test_a_project_is_published_for_a_month_within_a_year() -> None:
    project = clean_project(
        date(2026, 12, 17), " 绿化补植 ", "", (("补种", date(2026, 12, 5)), ("", None)), TODAY
    )
    assert project.month == date(2026, 12, 1) and project.title == "绿化补植"
    assert [m.title for m in project.milestones] == ["补种"]
    assert clean_project(date(2025, 11, 1), "x", "", (), TODAY).month == date(2025, 11, 1)
    for month in (date(2025, 10, 1), date(2027, 12, 1)):
        with pytest.raises(ValidationError) as caught:
            clean_project(month, "x", "", (), TODAY)
        assert caught.value.field == "month"


def test_milestones_fall_from_the_projects_month_to_two_years_after() -> None:
    november = date(2026, 11, 1)
    assert clean_milestone("勘察", date(2026, 11, 1), november).due_on == date(2026, 11, 1)
    for bad in (date(2026, 10, 31), date(2028, 11, 3)):
        with pytest.raises(ValidationError) as caught:
            clean_milestone("勘察", bad, november)
        assert caught.value.field == "milestone_due_on"
    with pytest.raises(ValidationError) as caught:
        clean_milestone("", None, november)
    assert {e.field for e in caught.value.errors} == {"milestone_title", "milestone_due_on"}


def test_progress_claims_and_milestone_days() -> None:
    assert [clean_progress(v) for v in (0, "55", "100%")] == [0, 55, 100]
    for bad in (-1, 101, "abc"):
        with pytest.raises(ValidationError):
            clean_progress(bad)
    check_claimant(1, None)
    check_claimant(None, 2)
    for unit, member in ((None, None), (1, 2)):
        with pytest.raises(ValidationError):
            check_claimant(unit, member)
    published = date(2026, 11, 2)
    assert check_milestone_done_on(TODAY, published, TODAY) == TODAY
    for bad in (None, TODAY + timedelta(days=1), date(2026, 11, 1)):
        with pytest.raises(ValidationError) as caught:
            check_milestone_done_on(bad, published, TODAY)
        assert caught.value.field == "done_on"


def test_months_are_counted_across_years() -> None:
    assert add_months(date(2026, 11, 1), 2) == date(2027, 1, 1)
    assert add_months(date(2026, 1, 1), -1) == date(2025, 12, 1)
    assert add_months(date(2026, 1, 1), -13) == date(2024, 12, 1)
