from __future__ import annotations

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry
from hall_desk.domain.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from hall_desk.domain.staff import Role
from hall_desk.services import Services
from hall_desk.services.staff import SetupForm, StaffForm
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD, set_up_center


def test_first_start_needs_setup_and_creates_the_first_administrator(services: Services) -> None:
    assert services.staff.needs_setup()
    session = set_up_center(services)
    assert not services.staff.needs_setup()
    assert session.role is Role.ADMIN
    assert session.site_name == "城南社区党群服务中心"
    again = services.staff.sign_in("WANG.ADMIN", ADMIN_PASSWORD)
    assert again.staff_id == session.staff_id
    info = services.sites.get(session)
    assert (info.code, info.phone) == ("CN01", "0351-1234567")


def test_setup_reports_every_bad_field_at_once(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.staff.set_up_center(
            SetupForm(
                center_name=" ",
                center_code="x",
                username="王",
                full_name="",
                password="short",
                confirm="short",
            )
        )
    fields = {e.field for e in caught.value.errors}
    assert {"center_name", "center_code", "username", "full_name", "password"} <= fields
    assert services.staff.needs_setup()


def test_setup_cannot_run_twice(services: Services) -> None:
    set_up_center(services)
    with pytest.raises(ConflictError):
        set_up_center(services)


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(services, admin, clock) -> None:
    for attempt in range(1, 5):
        with pytest.raises(AuthenticationError) as caught:
            services.staff.sign_in("wang.admin", "wrong-password")
        assert caught.value.message.params["left"] == 5 - attempt
    with pytest.raises(AuthenticationError) as caught:
        services.staff.sign_in("wang.admin", "wrong-password")
    assert "locked for 15 minutes" in caught.value.message.template
    # Even the right password is refused while locked, with the minutes left.
    clock.advance(minutes=10)
    with pytest.raises(AuthenticationError) as caught:
        services.staff.sign_in("wang.admin", ADMIN_PASSWORD)
    assert caught.value.message.params["minutes"] == 5
    clock.advance(minutes=5, seconds=1)
    assert services.staff.sign_in("wang.admin", ADMIN_PASSWORD).username == "wang.admin"


def test_unknown_user_and_wrong_password_give_the_same_message(services, admin) -> None:
    with pytest.raises(AuthenticationError) as unknown:
        services.staff.sign_in("nobody", ADMIN_PASSWORD)
    assert unknown.value.message.template == "Wrong user name or password."


def test_admin_adds_disables_and_resets_staff(services, admin) -> None:
    row = services.staff.add_staff(
        admin, StaffForm("li.clerk", "李晓燕", Role.CLERK, CLERK_PASSWORD, CLERK_PASSWORD)
    )
    clerk = services.staff.sign_in("li.clerk", CLERK_PASSWORD)
    assert clerk.role is Role.CLERK
    with pytest.raises(PermissionDenied):
        services.staff.add_staff(
            clerk, StaffForm("x.y", "张三", Role.CLERK, "abcd1234!", "abcd1234!")
        )
    with pytest.raises(ValidationError) as dup:
        services.staff.add_staff(
            admin, StaffForm("li.clerk", "李四", Role.CLERK, CLERK_PASSWORD, CLERK_PASSWORD)
        )
    assert dup.value.field == "username"

    services.staff.set_active(admin, row.id, False)
    with pytest.raises(AuthenticationError) as disabled:
        services.staff.sign_in("li.clerk", CLERK_PASSWORD)
    assert "disabled" in disabled.value.message.template
    services.staff.set_active(admin, row.id, True)

    for _ in range(5):
        with pytest.raises(AuthenticationError):
            services.staff.sign_in("li.clerk", "nope-nope")
    services.staff.reset_password(admin, row.id, "New-pass-77", "New-pass-77")
    assert services.staff.sign_in("li.clerk", "New-pass-77").staff_id == row.id

    with services.db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action).order_by(AuditEntry.id))]
    assert {"setup", "create", "disable", "enable", "reset_password", "sign_in_failed"} <= set(
        actions
    )


def test_last_administrator_and_self_cannot_be_disabled(services, admin) -> None:
    with pytest.raises(ValidationError):
        services.staff.set_active(admin, admin.staff_id, False)


def test_change_own_password_checks_the_current_one(services, clerk) -> None:
    with pytest.raises(ValidationError) as caught:
        services.staff.change_own_password(clerk, "not-it", "Better-pass-1", "Better-pass-1")
    assert caught.value.field == "current"
    services.staff.change_own_password(clerk, CLERK_PASSWORD, "Better-pass-1", "Better-pass-1")
    assert services.staff.sign_in("li.clerk", "Better-pass-1")


def test_passwords_are_stored_as_argon2id(services, admin) -> None:
    from hall_desk.db.models import Staff

    with services.db.read() as s:
        stored = s.scalar(select(Staff.password_hash).where(Staff.username == "wang.admin"))
    assert stored.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored
