"""The staff panel's Unlock button: only for a locked account, and the password stays."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import AuthenticationError
from hall_desk.services import Services, create_services
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.settings.staff_panel import StaffPanel
from tests.conftest import CLERK_PASSWORD, add_clerk, set_up_center


@pytest.fixture
def desk(
    sqlite_url: str, clock: FixedClock, passwords: Passwords
) -> Iterator[tuple[Services, StaffSession]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords)
    try:
        yield services, set_up_center(services)
    finally:
        db.dispose()


def test_unlock_is_offered_for_a_locked_account_and_keeps_the_password(qtbot, desk) -> None:
    services, admin = desk
    clerk = add_clerk(services, admin)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            services.staff.sign_in("li.clerk", "wrong-password")
    events = DataEvents()
    changes: list[str] = []
    events.changed.connect(changes.append)
    panel = StaffPanel(services.staff, admin, events, services.clock)
    qtbot.addWidget(panel)
    panel.show()
    unlock = panel.findChild(QPushButton, "settings.unlockStaff")
    assert unlock is not None and unlock.accessibleName()
    panel.refresh()
    assert panel.list.select(admin.staff_id)
    assert not unlock.isEnabled()  # not locked
    assert panel.list.select(clerk.staff_id)
    assert unlock.isEnabled()
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    message = panel.findChild(QLabel, "settings.staffMessage")
    assert message.text() == "li.clerk is unlocked and can sign in again."
    assert changes == ["staff"]
    assert not unlock.isEnabled()
    assert services.staff.sign_in("li.clerk", CLERK_PASSWORD).staff_id == clerk.staff_id
