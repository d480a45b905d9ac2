"""Property tests of the hours rule (``credited_minutes``) and of the rules for hours entered
afterwards (补录): never more than the shift or the presence, nothing below the minimum share,
more presence never less credit, and a 补录 accepted only inside the session's day and length."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hall_desk.domain.activities import credited_minutes, shift_minutes
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.volunteer_rules import (
    check_sign_in_time,
    check_supplement,
    clean_min_share,
    stored_min_share,
)

DAY = datetime(2026, 11, 14)
MINUTES = st.integers(0, 24 * 60 - 1)
SHARE = st.integers(1, 100)


def _at(minute: int) -> datetime:
    return DAY + timedelta(minutes=minute)


@st.composite
def shifts(draw: st.DrawFn) -> tuple[datetime, datetime, datetime, datetime]:
    """A shift of 1 minute to 12 hours, and a presence that may start or end anywhere around it."""
    start = draw(st.integers(0, 12 * 60))
    length = draw(st.integers(1, 12 * 60))
    arrive = draw(st.integers(start - 180, start + length + 60))
    leave = draw(st.integers(arrive, start + length + 240))
    return _at(start), _at(start + length), _at(arrive), _at(leave)


@given(shifts(), SHARE)
def test_credit_never_exceeds_the_shift_nor_the_presence(
    shift: tuple[datetime, datetime, datetime, datetime], share: int
) -> None:
    start, end, arrive, leave = shift
    credited = credited_minutes(start, end, arrive, leave, share)
    assert 0 <= credited <= shift_minutes(start, end)
    assert credited <= shift_minutes(arrive, leave)


@given(shifts(), SHARE)
def test_below_the_share_nothing_at_or_above_it_the_time_inside(
    shift: tuple[datetime, datetime, datetime, datetime], share: int
) -> None:
    start, end, arrive, leave = shift
    inside = max(0, shift_minutes(max(start, arrive), min(end, leave)))
    credited = credited_minutes(start, end, arrive, leave, share)
    if inside * 100 < shift_minutes(start, end) * share:
        assert credited == 0
    else:
        assert credited == inside


@given(shifts(), st.integers(0, 240), st.integers(0, 240), SHARE)
def test_more_presence_never_less_credit(
    shift: tuple[datetime, datetime, datetime, datetime], earlier: int, later: int, share: int
) -> None:
    start, end, arrive, leave = shift
    base = credited_minutes(start, end, arrive, leave, share)
    wider = credited_minutes(
        start, end, arrive - timedelta(minutes=earlier), leave + timedelta(minutes=later), share
    )
    assert wider >= base


@given(shifts(), SHARE, SHARE)
def test_a_lower_share_never_credits_less(
    shift: tuple[datetime, datetime, datetime, datetime], a: int, b: int
) -> None:
    low, high = sorted((a, b))
    assert credited_minutes(*shift, low) >= credited_minutes(*shift, high)


def test_the_default_share_is_sixty_percent() -> None:
    start, end = _at(9 * 60), _at(12 * 60)  # 180 minutes: 108 is 60 %
    assert credited_minutes(start, end, start, start + timedelta(minutes=107)) == 0
    assert credited_minutes(start, end, start, start + timedelta(minutes=108)) == 108
    assert credited_minutes(start, end, start, start + timedelta(minutes=90), 50) == 90


# -- 补录 ----------------------------------------------------------------------------------------


@settings(max_examples=300)
@given(MINUTES, st.integers(1, 8 * 60), MINUTES, st.integers(-60, 12 * 60), st.integers(0, 2))
def test_a_supplement_is_accepted_exactly_inside_the_rules(
    start: int, length: int, arrive: int, stay: int, day_shift: int
) -> None:
    """Accepted if and only if: same day as the session, sign-out after sign-in, not in the
    future, and no longer than the session; then its credit never exceeds the session."""
    session_start, session_end = _at(start), _at(start + length)
    signed_in = _at(arrive) + timedelta(days=day_shift)
    signed_out = signed_in + timedelta(minutes=stay)
    now = DAY + timedelta(days=30)
    expected = (
        signed_in.date() == session_start.date()
        and signed_out.date() == session_start.date()
        and signed_out > signed_in
        and shift_minutes(signed_in, signed_out) <= shift_minutes(session_start, session_end)
    )
    try:
        check_supplement(session_start, session_end, signed_in, signed_out, now)
    except ValidationError:
        assert not expected
        return
    assert expected
    credit = credited_minutes(session_start, session_end, signed_in, signed_out)
    assert credit <= shift_minutes(session_start, session_end)


def test_a_supplement_for_a_time_to_come_is_refused() -> None:
    start = _at(14 * 60)
    with pytest.raises(ValidationError, match="has not come yet"):
        check_supplement(start, start + timedelta(hours=2), start, start + timedelta(hours=2),
                         now=start + timedelta(hours=1))  # fmt: skip


def test_signing_in_from_an_hour_before_until_the_end() -> None:
    start, end = _at(9 * 60), _at(12 * 60)
    check_sign_in_time(start, end, start - timedelta(hours=1))
    check_sign_in_time(start, end, end - timedelta(minutes=1))
    with pytest.raises(ValidationError):
        check_sign_in_time(start, end, start - timedelta(minutes=61))
    with pytest.raises(ValidationError):
        check_sign_in_time(start, end, end)


@given(st.integers(-5, 120))
def test_min_share_is_a_whole_percentage_from_1_to_100(percent: int) -> None:
    for typed in (percent, str(percent), f" {percent}% "):
        if 1 <= percent <= 100:
            assert clean_min_share(typed) == percent
        else:
            with pytest.raises(ValidationError):
                clean_min_share(typed)


@given(st.text(max_size=6))
def test_any_text_gives_a_share_from_1_to_100_or_a_clear_refusal(raw: str) -> None:
    try:
        assert 1 <= clean_min_share(raw) <= 100
    except ValidationError as exc:
        assert exc.field == "min_share"
        assert stored_min_share(raw) == 60
