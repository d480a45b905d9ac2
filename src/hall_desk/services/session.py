"""Who is signed in at this desk."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from hall_desk.db.models import Staff
from hall_desk.domain.errors import PermissionDenied
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.staff import Role


@dataclass(frozen=True)
class StaffSession:
    staff_id: int
    site_id: int
    username: str
    full_name: str
    role: Role
    site_name: str

    @property
    def is_admin(self) -> bool:
        return self.role in (Role.ADMIN, Role.COUNTY)

    @property
    def is_county(self) -> bool:
        """A county administrator, who sees every center's figures on a shared server."""
        return self.role is Role.COUNTY

    def require_admin(self) -> None:
        """Raise ``PermissionDenied`` unless an administrator is signed in."""
        if not self.is_admin:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages", "Only an administrator may do this. Please ask your administrator."
                )
            )


#: ``staff_id`` of work done from the terminal, where nobody signs in.
TERMINAL_STAFF_ID = 0


def terminal_session(site_id: int, site_name: str) -> StaffSession:
    """Acting for a center from the terminal: a clerk's rights (nothing is unmasked) and
    audit rows that name no staff member."""
    return StaffSession(
        staff_id=TERMINAL_STAFF_ID,
        site_id=site_id,
        username="",
        full_name="",
        role=Role.CLERK,
        site_name=site_name,
    )


def require_still_active(s: Session, actor: StaffSession) -> None:
    """Refuse the work of a session whose account was disabled (or removed) since sign-in.

    ``audit.record`` calls this for every change, so a disabled account's open session stops
    at its next action and nothing of that action is saved."""
    if actor.staff_id == TERMINAL_STAFF_ID:
        return
    with s.no_autoflush:
        staff = s.get(Staff, actor.staff_id)
    if staff is None or not staff.active:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Your account has been disabled, so nothing was saved. Please close Hall Desk "
                "and ask your administrator.",
            )
        )
