from __future__ import annotations

import pytest
from sqlalchemy import func, select

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
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            services.staff.sign_in("wang.admin", "wrong-password")
    # Even the right password is refused while locked, with the same words as a wrong one.
    clock.advance(minutes=10)
    with pytest.raises(AuthenticationError) as caught:
        services.staff.sign_in("wang.admin", ADMIN_PASSWORD)
    assert caught.value.message.template.startswith("Sign-in failed:")
    clock.advance(minutes=5, seconds=1)
    assert services.staff.sign_in("wang.admin", ADMIN_PASSWORD).username == "wang.admin"


def test_unknown_user_and_wrong_password_give_the_same_message(services, admin) -> None:
    with pytest.raises(AuthenticationError) as unknown:
        services.staff.sign_in("nobody", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationError) as wrong:
        services.staff.sign_in("wang.admin", "wrong-password")
    assert unknown.value.message == wrong.value.message


def test_a_disabled_accounts_open_session_stops_at_its_next_change(services, admin, clerk) -> None:
    from hall_desk.db.models import Visit
    from hall_desk.services.visitors.visits import VisitForm

    services.visits.register_visit(clerk, VisitForm(name="张三", purposes=("errand",)))
    services.staff.set_active(admin, clerk.staff_id, False)
    with pytest.raises(PermissionDenied) as caught:
        services.visits.register_visit(clerk, VisitForm(name="李四", purposes=("errand",)))
    assert "disabled" in caught.value.message.template
    with pytest.raises(PermissionDenied):
        services.staff.change_own_password(clerk, CLERK_PASSWORD, "Better-pass-1", "Better-pass-1")
    with services.db.read() as s:
        assert s.scalar(select(func.count(Visit.id))) == 1
    services.staff.set_active(admin, clerk.staff_id, True)
    services.visits.register_visit(clerk, VisitForm(name="李四", purposes=("errand",)))


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
    with pytest.raises(AuthenticationError):
        services.staff.sign_in("li.clerk", CLERK_PASSWORD)
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
