"""The staff accounts table of the settings page; testable without any widget."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.staff import ROLE_LABELS
from hall_desk.services.staff import StaffRow
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RowTableModel


class StaffTableModel(RowTableModel):
    """One row per staff account: user name, full name, role, status, last sign-in.

    ``now`` tells the center's current time, so a lock that has run out shows as active.
    """

    USERNAME, FULL_NAME, ROLE, STATUS, LAST_SIGN_IN = range(5)
    CONTEXT = "StaffTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("StaffTableModel", "User name"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Full name"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Role"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Status"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Last sign-in"),
    )

    def __init__(self, now: Callable[[], datetime]) -> None:
        super().__init__()
        self._now = now
        self._rows: list[StaffRow] = []

    def staff_at(self, row: int) -> StaffRow:
        return self._rows[row]

    def is_locked(self, staff: StaffRow) -> bool:
        return staff.locked_until is not None and self._now() < staff.locked_until

    def styled(self, staff: StaffRow, column: int, role: int) -> Any:
        locked = staff.active and self.is_locked(staff)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS and locked:
            return self.tr(
                "Too many wrong passwords. Resetting the password unlocks the account at once."
            )
        return None

    def text(self, staff: StaffRow, column: int) -> str:
        match column:
            case self.USERNAME:
                return staff.username
            case self.FULL_NAME:
                return staff.full_name
            case self.ROLE:
                return translate_message(ROLE_LABELS[staff.role])
            case self.STATUS:
                return self.status_text(staff)
            case self.LAST_SIGN_IN:
                if staff.last_login_at is None:
                    return self.tr("never")
                return staff.last_login_at.strftime("%Y-%m-%d %H:%M")
        return ""

    def status_text(self, staff: StaffRow) -> str:
        if not staff.active:
            return self.tr("Disabled")
        if self.is_locked(staff):
            assert staff.locked_until is not None
            return self.tr("Locked until {time}").format(time=staff.locked_until.strftime("%H:%M"))
        return self.tr("Active")
