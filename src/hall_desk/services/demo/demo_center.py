"""The demo's own center and staff, and the rule that keeps made-up data out of a real center.

A center the demo creates is marked in its settings (``site_setting`` key ``demo_center``).
Any other center is a real one: the demo refuses to add made-up visits, cases and residents
to it unless asked explicitly (``hall-desk demo --into-existing``), since they could never be
told apart from the real records afterwards.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Site, Staff
from hall_desk.db.room_models import SiteSetting
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.staff import Role
from hall_desk.services.centers import CenterAdmin
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from hall_desk.services.sites import SiteService
from hall_desk.services.staff import StaffForm, StaffService

DEMO_MARK = "demo_center"
DEMO_CODE = "DEMO"
DEMO_NAME = "城南社区党群服务中心（演示）"
DEMO_ADDRESS = "城南街道幸福路 88 号"
DEMO_PHONE = "0351-1234567"
#: The administrator (主任) the demo creates, who signs in with a one-time password.
DEMO_ADMIN = ("admin", "王丽")
#: The desk's colleagues: user name, name, still working here. Their passwords are random
#: and never shown; the administrator resets one to sign in as that clerk.
DEMO_CLERKS = (
    ("li.na", "李娜", True),
    ("zhang.wei", "张伟", True),
    ("chen.jing", "陈静", True),
    ("zhao.lei", "赵磊", False),  # left the center; the account is disabled
)


class RealCenterError(ConflictError):
    """The database holds a center the demo did not create."""

    def __init__(self, center: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{center} is a real center, not one created by the demo; no made-up data is "
                "added to it. Nothing was changed.",
            ),
            center=center,
        )
        self.center = center


@dataclass(frozen=True)
class DemoCenter:
    site_id: int
    name: str
    admin_login: tuple[str, str] | None  # user name and one-time password, when created


def is_demo_center(s: Session, site_id: int) -> bool:
    """True for a center the demo created."""
    return s.get(SiteSetting, (site_id, DEMO_MARK)) is not None


def real_centers(db: Database) -> list[str]:
    """The names of the centers the demo did not create, oldest first."""
    with db.read() as s:
        sites = s.scalars(select(Site).order_by(Site.id)).all()
        return [site.name for site in sites if not is_demo_center(s, site.id)]


def demo_center(
    db: Database, clock: Clock, passwords: Passwords, *, into_existing: bool
) -> DemoCenter:
    """The center to fill: the first one in the database, or a new demo center (with its
    administrator and one-time password) when there is none.

    Raises :class:`RealCenterError` when the database holds a real center, unless
    ``into_existing``; nothing is written then.
    """
    with db.read() as s:
        sites = s.scalars(select(Site).order_by(Site.id)).all()
        real = [site.name for site in sites if not is_demo_center(s, site.id)]
        first = (sites[0].id, sites[0].name) if sites else None
    if real and not into_existing:
        raise RealCenterError(real[0])
    if first is not None:
        return DemoCenter(first[0], first[1], None)
    made = CenterAdmin(db, clock, passwords).add_center(DEMO_CODE, DEMO_NAME, *DEMO_ADMIN)
    now = clock.now()
    with db.write() as s:
        s.add(SiteSetting(site_id=made.site_id, key=DEMO_MARK, value="1", updated_at=now))
    admin = StaffSession(
        admin_id(db, made.site_id),
        made.site_id,
        made.username,
        DEMO_ADMIN[1],
        Role.ADMIN,
        DEMO_NAME,
    )
    SiteService(db, clock).update(admin, name=DEMO_NAME, address=DEMO_ADDRESS, phone=DEMO_PHONE)
    return DemoCenter(made.site_id, made.name, (made.username, made.one_time_password))


def admin_id(db: Database, site_id: int) -> int:
    """The center's first active administrator."""
    with db.read() as s:
        found = s.scalar(
            select(Staff.id)
            .where(
                Staff.site_id == site_id,
                Staff.active.is_(True),
                Staff.role.in_((Role.ADMIN.value, Role.COUNTY.value)),
            )
            .order_by(Staff.id)
            .limit(1)
        )
    if found is None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages", "The center has no active administrator to add demo data for."
            )
        )
    return found


def add_demo_clerks(
    db: Database, clock: Clock, passwords: Passwords, admin: StaffSession
) -> list[str]:
    """Add the demo's colleagues the database does not have yet; their user names."""
    service = StaffService(db, clock, passwords)
    with db.read() as s:
        taken = set(s.scalars(select(Staff.username)))
    added: list[str] = []
    for username, full_name, active in DEMO_CLERKS:
        if username in taken:
            continue
        password = secrets.token_urlsafe(16)
        row = service.add_staff(
            admin, StaffForm(username, full_name, Role.CLERK, password, password)
        )
        if not active:
            service.set_active(admin, row.id, False)
        added.append(username)
    return added
