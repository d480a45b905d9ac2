"""Who may manage whom, one answer for every failed sign-in, and unlocking (issue 16)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry
from hall_desk.domain.errors import AuthenticationError, NotFoundError, PermissionDenied
from hall_desk.domain.staff import Role
from hall_desk.services import Services
from hall_desk.services.centers import CenterAdmin
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import StaffForm, StaffService
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD

OTHER_ADMIN_PASSWORD = "Desk-2024-zhou"
NEW_PASSWORD = "Fresh-2025-pass"


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


class CountingPasswords(Passwords):
    """Counts the password checks, each of which costs one argon2id hash."""

    def __init__(self, inner: Passwords) -> None:
        self._inner = inner
        self.verified = 0

    def hash(self, password: str) -> str:
        return self._inner.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        self.verified += 1
        return self._inner.verify(stored, password)

    def needs_rehash(self, stored: str) -> bool:
        return self._inner.needs_rehash(stored)


def lock(services: Services, username: str) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            services.staff.sign_in(username, "wrong-password")


def county_and_center_admin(
    services: Services, admin: StaffSession, passwords: Passwords
) -> tuple[StaffSession, StaffSession]:
    """wang.admin made county administrator, and zhou.admin an administrator of the same center."""
    services.staff.add_staff(
        admin,
        StaffForm("zhou.admin", "周主任", Role.ADMIN, OTHER_ADMIN_PASSWORD, OTHER_ADMIN_PASSWORD),
    )
    CenterAdmin(services.db, services.clock, passwords).grant_county("wang.admin")
    county = services.staff.sign_in("wang.admin", ADMIN_PASSWORD)
    assert county.is_county
    return county, services.staff.sign_in("zhou.admin", OTHER_ADMIN_PASSWORD)


def test_every_failed_sign_in_says_the_same_words_and_costs_one_hash(
    services: Services, admin: StaffSession, clerk: StaffSession, passwords: Passwords
) -> None:
    counting = CountingPasswords(passwords)
    staff = StaffService(services.db, services.clock, counting)
    staff.add_staff(
        admin, StaffForm("zhao.clerk", "赵敏", Role.CLERK, CLERK_PASSWORD, CLERK_PASSWORD)
    )
    services.staff.set_active(admin, clerk.staff_id, False)
    lock(services, "wang.admin")
    tries = {
        "unknown name": ("nobody", CLERK_PASSWORD),
        "malformed name": ("王 主任", CLERK_PASSWORD),
        "wrong password": ("zhao.clerk", "wrong-password"),
        "locked, right password": ("wang.admin", ADMIN_PASSWORD),
        "disabled, right password": ("li.clerk", CLERK_PASSWORD),
    }
    messages = {}
    for what, (username, password) in tries.items():
        before = counting.verified
        with pytest.raises(AuthenticationError) as caught:
            staff.sign_in(username, password)
        messages[what] = caught.value.render()
        assert counting.verified - before == 1, what
    assert len(set(messages.values())) == 1, messages


def test_wrong_passwords_still_lock_and_a_locked_account_does_not_count_on(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    lock(services, "li.clerk")
    with pytest.raises(AuthenticationError):
        services.staff.sign_in("li.clerk", "wrong-password")
    with services.db.read() as s:
        failed = s.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "sign_in_failed")
        ).all()
    assert len(failed) == 5 and '"locked": true' in failed[-1]


def test_only_a_county_administrator_manages_a_county_administrator(
    services: Services, admin: StaffSession, passwords: Passwords
) -> None:
    county, center_admin = county_and_center_admin(services, admin, passwords)
    refused = (
        lambda: services.staff.reset_password(
            center_admin, county.staff_id, NEW_PASSWORD, NEW_PASSWORD
        ),
        lambda: services.staff.set_active(center_admin, county.staff_id, False),
        lambda: services.staff.set_active(center_admin, county.staff_id, True),
        lambda: services.staff.unlock(center_admin, county.staff_id),
    )
    for call in refused:
        with pytest.raises(PermissionDenied) as caught:
            call()
        assert "county administrator" in caught.value.message.template
    with pytest.raises(AuthenticationError):
        services.staff.sign_in("wang.admin", NEW_PASSWORD)
    assert services.staff.sign_in("wang.admin", ADMIN_PASSWORD).is_county

    # The county administrator still manages the center's administrator.
    services.staff.reset_password(county, center_admin.staff_id, NEW_PASSWORD, NEW_PASSWORD)
    assert services.staff.sign_in("zhou.admin", NEW_PASSWORD).role is Role.ADMIN
    services.staff.set_active(county, center_admin.staff_id, False)
    services.staff.set_active(county, center_admin.staff_id, True)


def test_an_administrator_unlocks_an_account_and_the_password_stays(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    lock(services, "li.clerk")
    with pytest.raises(PermissionDenied):
        services.staff.unlock(clerk, clerk.staff_id)
    services.staff.unlock(admin, clerk.staff_id)
    assert services.staff.sign_in("li.clerk", CLERK_PASSWORD).staff_id == clerk.staff_id
    with services.db.read() as s:
        row = s.scalar(select(AuditEntry).where(AuditEntry.action == "unlock"))
    assert (
        row is not None and row.entity_id == str(clerk.staff_id) and row.staff_id == admin.staff_id
    )


def test_a_county_administrator_unlocks_another_centers_administrator_only(
    services: Services, admin: StaffSession, passwords: Passwords
) -> None:
    county, _center_admin = county_and_center_admin(services, admin, passwords)
    made = CenterAdmin(services.db, services.clock, passwords).add_center(
        "CN02", "城北社区党群服务站", "zhao.admin", "赵站长"
    )
    other = services.staff.sign_in("zhao.admin", made.one_time_password)
    services.staff.add_staff(
        other, StaffForm("qian.clerk", "钱芳", Role.CLERK, CLERK_PASSWORD, CLERK_PASSWORD)
    )
    clerk_b = services.staff.sign_in("qian.clerk", CLERK_PASSWORD)
    lock(services, "zhao.admin")
    # A center's administrator cannot reach another center's accounts, not even to unlock.
    center_admin = services.staff.sign_in("zhou.admin", OTHER_ADMIN_PASSWORD)
    with pytest.raises(NotFoundError):
        services.staff.unlock(center_admin, other.staff_id)
    # The county administrator unlocks the other center's only administrator, not its clerk.
    services.staff.unlock(county, other.staff_id)
    assert services.staff.sign_in("zhao.admin", made.one_time_password).site_id == other.site_id
    with pytest.raises(NotFoundError):
        services.staff.unlock(county, clerk_b.staff_id)
    with pytest.raises(NotFoundError):
        services.staff.reset_password(county, other.staff_id, NEW_PASSWORD, NEW_PASSWORD)


def test_a_disabled_administrator_can_no_longer_reveal_a_number(
    services: Services, admin: StaffSession, passwords: Passwords
) -> None:
    from hall_desk.services.visitors.visits import VisitForm

    services.staff.add_staff(
        admin,
        StaffForm("zhou.admin", "周主任", Role.ADMIN, OTHER_ADMIN_PASSWORD, OTHER_ADMIN_PASSWORD),
    )
    other = services.staff.sign_in("zhou.admin", OTHER_ADMIN_PASSWORD)
    visit = services.visits.register_visit(
        other, VisitForm(name="张三", phone="13812345678", purposes=("errand",))
    )
    assert services.residents.reveal(other, visit.resident_id, "phone") == "13812345678"
    services.staff.set_active(admin, other.staff_id, False)
    with pytest.raises(PermissionDenied) as caught:
        services.residents.reveal(other, visit.resident_id, "phone")
    assert "13812345678" not in caught.value.render()
    with services.db.read() as s:
        reveals = s.scalars(select(AuditEntry.id).where(AuditEntry.action == "reveal")).all()
    assert len(reveals) == 1
