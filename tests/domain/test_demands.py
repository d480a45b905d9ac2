"""The demand state machine and the "1341" response clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desk.domain.demands import (
    DemandAction,
    DemandLevel,
    DemandStatus,
    ResponseClock,
    allowed_actions,
    clock_state,
    next_status,
)
from hall_desk.domain.errors import ConflictError, ValidationError

S, A = DemandStatus, DemandAction

# Written out by hand from the workflow (群众点单 · 社区派单 · 党员接单 · 群众评单),
# independently of the module's table: (from, action) -> to.
EXPECTED = {
    (S.PENDING, A.DISPATCH): S.DISPATCHED,
    (S.DISPATCHED, A.ACCEPT): S.ACCEPTED,
    (S.ACCEPTED, A.START): S.IN_PROGRESS,
    (S.ACCEPTED, A.SOLVE): S.SOLVED,
    (S.IN_PROGRESS, A.SOLVE): S.SOLVED,
    (S.SOLVED, A.CALL_BACK): S.CALLED_BACK,
    (S.DISPATCHED, A.HAND_BACK): S.PENDING,
    (S.ACCEPTED, A.HAND_BACK): S.PENDING,
    (S.IN_PROGRESS, A.HAND_BACK): S.PENDING,
    (S.DISPATCHED, A.REASSIGN): S.DISPATCHED,
    (S.ACCEPTED, A.REASSIGN): S.DISPATCHED,
    (S.IN_PROGRESS, A.REASSIGN): S.DISPATCHED,
    (S.CALLED_BACK, A.REOPEN): S.DISPATCHED,
}


@given(st.sampled_from(list(S)), st.sampled_from(list(A)))
def test_every_move_follows_the_workflow(status: DemandStatus, action: DemandAction) -> None:
    expected = EXPECTED.get((status, action))
    if expected is None:
        with pytest.raises(ConflictError) as refused:
            next_status(status, action)
        allowed = refused.value.message.params["allowed"]
        for offered in allowed_actions(status):
            assert (status, offered) in EXPECTED
        assert allowed  # the message always says what is possible (or "—")
    else:
        assert next_status(status, action) is expected
        assert action in allowed_actions(status)


@given(st.lists(st.sampled_from(list(A)), max_size=30))
def test_a_demand_only_ever_reaches_known_states(actions: list[DemandAction]) -> None:
    status = S.PENDING
    for action in actions:
        if (status, action) in EXPECTED:
            status = next_status(status, action)
    assert status in set(S)


def test_a_called_back_demand_can_only_be_reopened() -> None:
    assert allowed_actions(S.CALLED_BACK) == [A.REOPEN]


def test_the_1341_clock() -> None:
    clock = ResponseClock()
    taken = datetime(2026, 12, 7, 9, 0)
    assert clock.on_site_by(taken) == taken + timedelta(minutes=10)
    assert clock.due_at(DemandLevel.GENERAL, taken) == taken + timedelta(minutes=30)
    assert clock.due_at(DemandLevel.COMPLEX, taken) == taken + timedelta(hours=4)
    assert clock.due_at(DemandLevel.MAJOR, taken) == taken + timedelta(days=1)


def test_clock_states_around_the_deadline() -> None:
    clock = ResponseClock()
    taken = datetime(2026, 12, 7, 9, 0)
    general = DemandLevel.GENERAL
    assert clock_state(clock, general, taken, taken + timedelta(minutes=10)) == "on_time"
    assert clock_state(clock, general, taken, taken + timedelta(minutes=25)) == "due_soon"
    assert clock_state(clock, general, taken, taken + timedelta(minutes=30)) == "due_soon"
    assert clock_state(clock, general, taken, taken + timedelta(minutes=31)) == "overdue"
    complex_ = DemandLevel.COMPLEX
    assert clock_state(clock, complex_, taken, taken + timedelta(hours=3)) == "on_time"
    assert clock_state(clock, complex_, taken, taken + timedelta(hours=3, minutes=15)) == "due_soon"


def test_a_center_sets_its_own_clock_within_reason() -> None:
    assert ResponseClock(general_minutes=20).due_at(
        DemandLevel.GENERAL, datetime(2026, 1, 1)
    ) == datetime(2026, 1, 1, 0, 20)
    with pytest.raises(ValidationError) as zero:
        ResponseClock(on_site_minutes=0)
    assert zero.value.field == "on_site_minutes"
    with pytest.raises(ValidationError):
        ResponseClock(general_minutes=300, complex_minutes=240)
    with pytest.raises(ValidationError):
        ResponseClock(major_plan_minutes=8 * 24 * 60)
