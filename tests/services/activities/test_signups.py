"""Signing up: places then the waiting list, the refusals, a cancellation moving the first
waiting up by itself, capacity changes, and the sign-up slip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from hall_desk.domain.activities import SignupStatus
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.printing.slip_layout import SlipLayout
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import SignupForm
from hall_desk.services.session import StaffSession
from tests.conftest import NOW
from tests.services.activities.activity_helpers import (
    MONDAY,
    activity_form,
    at,
    audit_rows,
    child,
    children_form,
    make_activity,
    make_course,
    other_center,
    resident,
    residents,
    sign_up_all,
)


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


def test_places_then_the_waiting_list(services: Services, clerk: StaffSession) -> None:
    detail = make_activity(services, clerk, form=activity_form(capacity=3))
    rows = sign_up_all(services, clerk, detail.row.id, residents(services, clerk, 5))
    assert [r.status for r in rows] == [SignupStatus.ENROLLED] * 3 + [SignupStatus.WAITING] * 2
    assert [r.waiting_position for r in rows] == [None, None, None, 1, 2]
    assert rows[0].number == "CN01-S2026-00001" and rows[4].number == "CN01-S2026-00005"
    assert rows[0].name == "居民零零零" and rows[0].guardian_name == ""
    assert rows[0].masked_phone == "139****0000" and rows[0].child_age is None
    row = services.activities.detail(clerk, detail.row.id).row
    assert (row.enrolled, row.waiting, row.capacity) == (3, 2, 3)
    audit = audit_rows(services, "activity_signup")
    assert [a.action for a in audit] == ["sign_up"] * 5
    assert all("1391234" not in a.detail and "居民" not in a.detail for a in audit)


def test_a_cancellation_moves_the_first_waiting_up(services: Services, clerk: StaffSession) -> None:
    detail = make_activity(services, clerk, form=activity_form(capacity=2))
    rows = sign_up_all(services, clerk, detail.row.id, residents(services, clerk, 5))
    result = services.signups.cancel(clerk, rows[0].id, "家里有事")
    assert result.cancelled.status is SignupStatus.CANCELLED
    assert [p.id for p in result.promoted] == [rows[2].id]
    assert result.promoted[0].status is SignupStatus.ENROLLED
    assert result.promoted[0].promoted_at == NOW
    listed = services.signups.signups(clerk, detail.row.id)
    assert [(r.id, r.status, r.waiting_position) for r in listed] == [
        (rows[1].id, SignupStatus.ENROLLED, None),
        (rows[2].id, SignupStatus.ENROLLED, None),
        (rows[3].id, SignupStatus.WAITING, 1),
        (rows[4].id, SignupStatus.WAITING, 2),
    ]
    # Someone waiting who cancels moves nobody up; the rest of the list closes the gap.
    assert services.signups.cancel(clerk, rows[3].id, "不来了").promoted == []
    with_cancelled = services.signups.signups(clerk, detail.row.id, include_cancelled=True)
    assert [r.id for r in with_cancelled] == [rows[1].id, rows[2].id, rows[4].id, rows[0].id,
                                              rows[3].id]  # fmt: skip
    assert with_cancelled[2].waiting_position == 1
    with pytest.raises(ConflictError, match="already cancelled"):
        services.signups.cancel(clerk, rows[0].id, "again")
    actions = [a.action for a in audit_rows(services, "activity_signup")]
    assert actions[-3:] == ["cancel_signup", "promote_signup", "cancel_signup"]
    assert all("家里有事" not in a.detail for a in audit_rows(services, "activity_signup"))


def test_capacity_raised_promotes_and_lowered_below_the_signed_up_is_refused(
    services: Services, clerk: StaffSession
) -> None:
    detail = make_activity(services, clerk, form=activity_form(capacity=2))
    rows = sign_up_all(services, clerk, detail.row.id, residents(services, clerk, 5))
    raised = services.activities.update(clerk, detail.row.id, replace(detail.form, capacity=4))
    assert (raised.row.enrolled, raised.row.waiting) == (4, 1)
    listed = {r.id: r for r in services.signups.signups(clerk, detail.row.id)}
    assert listed[rows[2].id].status is SignupStatus.ENROLLED
    assert listed[rows[3].id].status is SignupStatus.ENROLLED
    assert listed[rows[4].id].waiting_position == 1
    with pytest.raises(ValidationError) as refused:
        services.activities.update(clerk, detail.row.id, replace(detail.form, capacity=3))
    assert refused.value.field == "activity_capacity" and "4 people" in refused.value.render()
    with pytest.raises(ValidationError, match="who the activity is for"):
        services.activities.update(clerk, detail.row.id, replace(detail.form, audience="children",
                                                                 age_min=6, age_max=9))  # fmt: skip


def test_nobody_signs_up_twice(services: Services, clerk: StaffSession) -> None:
    detail = make_activity(services, clerk, form=activity_form(capacity=1))
    first, second = residents(services, clerk, 2)
    signed = services.signups.sign_up(clerk, detail.row.id, SignupForm(first))
    waiting = services.signups.sign_up(clerk, detail.row.id, SignupForm(second))
    with pytest.raises(ConflictError, match=f"Already signed up .*{signed.number}"):
        services.signups.sign_up(clerk, detail.row.id, SignupForm(first))
    with pytest.raises(ConflictError, match=f"waiting list .* place 1 .*{waiting.number}"):
        services.signups.sign_up(clerk, detail.row.id, SignupForm(second))
    services.signups.cancel(clerk, signed.id, "换人")
    again = services.signups.sign_up(clerk, detail.row.id, SignupForm(first))
    assert again.status is SignupStatus.WAITING and again.waiting_position == 1


def test_the_sign_up_window_and_a_cancelled_or_finished_activity(
    services: Services, clerk: StaffSession, clock: FixedClock
) -> None:
    person = resident(services, clerk, "张三", "13800001111")
    early = make_activity(services, clerk, form=activity_form(signup_opens_at=at(MONDAY, 8)))
    with pytest.raises(ConflictError, match="opens at 2026-11-23 08:00"):
        services.signups.sign_up(clerk, early.row.id, SignupForm(person))
    late = make_activity(services, clerk, form=activity_form(title="已截止",
                         signup_closes_at=at(date(2026, 11, 20), 9)), room=None)  # fmt: skip
    with pytest.raises(ConflictError, match="closed at 2026-11-20 09:00"):
        services.signups.sign_up(clerk, late.row.id, SignupForm(person))
    assert not services.activities.detail(clerk, late.row.id).row.signup_open
    off = make_activity(services, clerk, form=activity_form(title="取消了"), room="SF01")
    services.activities.cancel(clerk, off.row.id, "天气")
    with pytest.raises(ConflictError, match="has been cancelled"):
        services.signups.sign_up(clerk, off.row.id, SignupForm(person))
    clock.advance(days=3, hours=2)  # Monday 11:30: the session is over
    with pytest.raises(ConflictError, match="is over"):
        services.signups.sign_up(clerk, early.row.id, SignupForm(person))


def test_children_with_a_guardian(services: Services, clerk: StaffSession) -> None:
    course = make_course(services, clerk)
    mother = resident(services, clerk, "李红", "13700002222")
    row = services.signups.sign_up(clerk, course.row.id, child(mother))
    assert (row.name, row.guardian_name, row.guardian_relation) == ("王小明", "李红", "母亲")
    assert row.child_age == 9 and row.masked_phone == "137****2222"
    # A second child of the same guardian is fine; the same child twice is not.
    services.signups.sign_up(clerk, course.row.id, child(mother, "王小红", date(2019, 3, 1)))
    with pytest.raises(ConflictError, match="Already signed up"):
        services.signups.sign_up(clerk, course.row.id, child(mother))
    # Ages on the day of the first session (2026-11-23): six on that very day is old enough.
    six_today = child(mother, "王小弟", date(2020, 11, 23))
    assert services.signups.sign_up(clerk, course.row.id, six_today).child_age == 6
    with pytest.raises(ValidationError) as young:
        services.signups.sign_up(clerk, course.row.id, child(mother, "王幼", date(2020, 11, 24)))
    assert young.value.field == "child_birth_date" and "will be 5" in young.value.render()
    with pytest.raises(ValidationError) as nameless:
        services.signups.sign_up(clerk, course.row.id, child(mother, " "))
    assert nameless.value.field == "child_name"


def test_a_child_needs_a_guardian_phone(services: Services, clerk: StaffSession) -> None:
    course = make_course(services, clerk, children_form(capacity=5))
    grandpa = resident(services, clerk, "赵大爷")
    with pytest.raises(ValidationError) as refused:
        services.signups.sign_up(clerk, course.row.id, child(grandpa))
    assert refused.value.field == "contact_phone"
    with pytest.raises(ValidationError) as bad:
        services.signups.sign_up(clerk, course.row.id, replace(child(grandpa), contact_phone="12"))
    assert bad.value.field == "contact_phone"
    typed = replace(child(grandpa), contact_phone="139 0000 1234")
    assert services.signups.sign_up(clerk, course.row.id, typed).masked_phone == "139****1234"
    with pytest.raises(ValidationError) as nobody:
        services.signups.sign_up(clerk, course.row.id, SignupForm(None))
    assert nobody.value.field == "signup_resident"


def test_another_centers_activity_or_resident_is_not_found(
    services: Services, clerk: StaffSession
) -> None:
    detail = make_activity(services, clerk)
    stranger = other_center(services)
    theirs = resident(services, stranger, "北街居民", "13600003333")
    ours = resident(services, clerk, "城南居民", "13600004444")
    with pytest.raises(NotFoundError):
        services.signups.sign_up(clerk, detail.row.id, SignupForm(theirs))
    with pytest.raises(NotFoundError):
        services.signups.sign_up(stranger, detail.row.id, SignupForm(theirs))
    signed = services.signups.sign_up(clerk, detail.row.id, SignupForm(ours))
    with pytest.raises(NotFoundError):
        services.signups.cancel(stranger, signed.id, "不是我们的")
    with pytest.raises(NotFoundError):
        services.signups.signups(stranger, detail.row.id)
    with pytest.raises(NotFoundError):
        services.signups.slip_pdf(stranger, signed.id, SlipLayout.A5)


def test_the_slip_is_archived_counted_and_reprinted(
    services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    detail = make_activity(services, clerk, form=activity_form(capacity=1))
    first, second = sign_up_all(services, clerk, detail.row.id, residents(services, clerk, 2))
    pdf = services.signups.slip_pdf(clerk, first.id, SlipLayout.A5)
    text = _text(pdf)
    assert first.number in text and "健康知识讲座" in text and "139****0000" in text
    assert "居**" in text and "居民零零零" not in text and "13912340000" not in text
    waiting = _text(services.signups.slip_pdf(clerk, second.id, SlipLayout.ROLL80))
    assert "候补第1位" in waiting
    again = _text(services.signups.slip_pdf(clerk, first.id, SlipLayout.A5))
    assert "补" in again and "补打" in again.replace("　", "")
    archived = sorted(p.name for p in (tmp_path / "slips").rglob("*.pdf"))
    assert archived == [
        f"{first.number}_signup_20261120-093000.pdf",
        f"{first.number}_signup_20261120-093000_reprint.pdf",
        f"{second.number}_signup_20261120-093000.pdf",
    ]
    actions = [a.action for a in audit_rows(services, "activity_signup")][-3:]
    assert actions == ["print", "print", "reprint"]
    services.signups.cancel(clerk, second.id, "不来了")
    with pytest.raises(ConflictError, match="no slip"):
        services.signups.slip_pdf(clerk, second.id, SlipLayout.A5)


def _text(pdf: bytes) -> str:
    return "".join(
        "".join((page.extract_text() or "").split()) for page in PdfReader(BytesIO(pdf)).pages
    )
