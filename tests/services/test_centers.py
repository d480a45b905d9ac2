"""Several centers on one server: adding a center, making a county administrator."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry, Staff
from hall_desk.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from hall_desk.domain.staff import Role
from hall_desk.services import Services
from hall_desk.services.centers import CenterAdmin
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import StaffForm
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD


@pytest.fixture
def centers(services: Services, passwords) -> CenterAdmin:
    return CenterAdmin(services.db, services.clock, passwords)


def test_a_second_center_gets_its_own_administrator(
    services: Services, admin: StaffSession, centers: CenterAdmin
) -> None:
    made = centers.add_center("cn02", "城北社区党群服务站", "zhao.admin", "赵站长")
    assert made.code == "CN02" and made.username == "zhao.admin"
    session = services.staff.sign_in("zhao.admin", made.one_time_password)
    assert session.site_id == made.site_id != admin.site_id
    assert session.is_admin and not session.is_county
    assert session.site_name == "城北社区党群服务站"
    with services.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "site")).all()[-1]
    assert entry.site_id == made.site_id and entry.staff_id is None and "terminal" in entry.detail


def test_adding_a_center_refuses_taken_codes_and_names(
    admin: StaffSession, centers: CenterAdmin
) -> None:
    with pytest.raises(ConflictError) as taken:
        centers.add_center("CN01", "又一个中心", "new.admin", "钱主任")
    assert taken.value.message.params["code"] == "CN01"
    with pytest.raises(ConflictError):
        centers.add_center("CN03", "又一个中心", "wang.admin", "钱主任")
    with pytest.raises(ValidationError) as bad:
        centers.add_center("", "", "", "")
    assert {e.field for e in bad.value.errors} >= {"center_code", "center_name", "username"}


def test_county_administrator_is_granted_from_the_terminal_only(
    services: Services, admin: StaffSession, centers: CenterAdmin
) -> None:
    form = StaffForm("qian.county", "钱县长", Role.COUNTY, CLERK_PASSWORD, CLERK_PASSWORD)
    with pytest.raises(PermissionDenied):
        services.staff.add_staff(admin, form)
    services.staff.add_staff(
        admin, StaffForm("li.clerk", "李晓燕", Role.CLERK, CLERK_PASSWORD, CLERK_PASSWORD)
    )
    with pytest.raises(ConflictError):
        centers.grant_county("li.clerk")
    with pytest.raises(NotFoundError):
        centers.grant_county("nobody")

    name, center = centers.grant_county("wang.admin")
    assert (name, center) == ("王主任", "城南社区党群服务中心")
    county = services.staff.sign_in("wang.admin", ADMIN_PASSWORD)
    assert county.role is Role.COUNTY and county.is_county and county.is_admin
    # A county administrator still administers their own center and may make another one.
    services.staff.add_staff(county, form)
    with services.db.read() as s:
        roles = dict(s.execute(select(Staff.username, Staff.role)).all())
        actions = s.scalars(select(AuditEntry.action)).all()
    assert roles["qian.county"] == "county" and "grant_county" in actions


def test_last_administrator_counts_county_administrators(
    services: Services, admin: StaffSession, centers: CenterAdmin
) -> None:
    second = services.staff.add_staff(
        admin, StaffForm("sun.admin", "孙副主任", Role.ADMIN, CLERK_PASSWORD, CLERK_PASSWORD)
    )
    centers.grant_county("wang.admin")
    county = services.staff.sign_in("wang.admin", ADMIN_PASSWORD)
    # The county administrator still counts as an administrator of the center, so the
    # other administrator may be disabled ...
    services.staff.set_active(county, second.id, False)
    # ... while a center's administrator may not disable the county administrator (issue 16).
    services.staff.set_active(county, second.id, True)
    sun = services.staff.sign_in("sun.admin", CLERK_PASSWORD)
    with pytest.raises(PermissionDenied):
        services.staff.set_active(sun, county.staff_id, False)
