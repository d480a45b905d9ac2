"""Who is signed in at this desk."""

from __future__ import annotations

from dataclasses import dataclass

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
        return self.role is Role.ADMIN

    def require_admin(self) -> None:
        """Raise ``PermissionDenied`` unless an administrator is signed in."""
        if not self.is_admin:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages", "Only an administrator may do this. Please ask your administrator."
                )
            )
