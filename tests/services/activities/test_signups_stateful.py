"""The waiting list of the real SignupService follows the domain's rules, step by random step.

A Hypothesis state machine signs residents up, cancels and changes the capacity of one activity
on SQLite; a ``Roster`` kept beside it predicts every outcome (enrolled or waiting and at which
place, who moves up, which capacity is refused), and after every step the service's list must
match it exactly.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from hall_desk.domain.activities import SignupStatus
from hall_desk.domain.activity_rules import Roster
from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import SignupForm
from hall_desk.services.session import StaffSession
from tests.services.activities.activity_helpers import activity_form, make_activity, residents

PEOPLE = 8


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


def test_the_service_keeps_the_waiting_list_as_the_rules_say(
    services: Services, clerk: StaffSession
) -> None:
    pool = residents(services, clerk, PEOPLE)

    class WaitingList(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            detail = make_activity(services, clerk, form=activity_form(capacity=2), room=None)
            self.activity = detail.row.id
            self.form = detail.form
            self.roster = Roster(2)
            self.signup_of: dict[int, int] = {}  # resident -> sign-up holding or waiting

        @rule(person=st.integers(0, PEOPLE - 1))
        def sign_up(self, person: int) -> None:
            who = pool[person]
            if who in self.signup_of:
                try:
                    services.signups.sign_up(clerk, self.activity, SignupForm(who))
                except ConflictError:
                    return
                raise AssertionError("signed up twice")
            row = services.signups.sign_up(clerk, self.activity, SignupForm(who))
            self.roster, enrolled = self.roster.add(row.id)
            expected = SignupStatus.ENROLLED if enrolled else SignupStatus.WAITING
            assert row.status is expected
            assert row.waiting_position == self.roster.position(row.id)
            self.signup_of[who] = row.id

        @rule(pick=st.integers(0, PEOPLE - 1))
        def cancel(self, pick: int) -> None:
            if not self.signup_of:
                return
            who = sorted(self.signup_of)[pick % len(self.signup_of)]
            signup = self.signup_of.pop(who)
            result = services.signups.cancel(clerk, signup, "不来了")
            self.roster, moved = self.roster.remove(signup)
            assert [r.id for r in result.promoted] == list(moved)

        @rule(capacity=st.integers(1, 6))
        def change_capacity(self, capacity: int) -> None:
            form = replace(self.form, capacity=capacity)
            if capacity < len(self.roster.enrolled):
                try:
                    services.activities.update(clerk, self.activity, form)
                except ValidationError:
                    return
                raise AssertionError("capacity below the enrolled was accepted")
            detail = services.activities.update(clerk, self.activity, form)
            self.roster, _ = self.roster.with_capacity(capacity)
            assert detail.row.enrolled == len(self.roster.enrolled)

        @invariant()
        def the_list_matches_the_rules(self) -> None:
            listed = services.signups.signups(clerk, self.activity)
            enrolled = [r.id for r in listed if r.status is SignupStatus.ENROLLED]
            waiting = [
                (r.id, r.waiting_position) for r in listed if r.status is SignupStatus.WAITING
            ]
            assert enrolled == list(self.roster.enrolled)
            assert waiting == [(i, n) for n, i in enumerate(self.roster.waiting, start=1)]

    run_state_machine_as_test(
        WaitingList,
        settings=settings(
            max_examples=8,
            stateful_step_count=15,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        ),
    )
