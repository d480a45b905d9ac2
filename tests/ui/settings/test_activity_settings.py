"""The activities settings (the volunteers' minimum share) driven through their widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox

from hall_desk.config import Preferences
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.settings.activity_settings_panel import ActivitySettingsPanel
from hall_desk.ui.settings.settings_page import SettingsPage
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Widgets are tested on SQLite only; the services themselves on both databases."""
    return sqlite_url


def child(parent, kind, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def make_panel(qtbot, services: Services, session: StaffSession):
    events = DataEvents()
    changes: list[str] = []
    events.changed.connect(changes.append)
    panel = ActivitySettingsPanel(services.volunteers, session, events)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    return panel, changes


def test_an_administrator_sets_the_minimum_share(
    qtbot, services: Services, admin: StaffSession
) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    assert unnamed(panel) == []
    share = child(panel, QSpinBox, "activitySettings.minShare")
    assert share.value() == 60  # the default
    assert (share.minimum(), share.maximum()) == (1, 100)

    share.setValue(75)
    qtbot.mouseClick(child(panel, QPushButton, "activitySettings.apply"), LEFT)
    note = child(panel, QLabel, "activitySettings.note")
    assert note.isVisible() and "75%" in note.text()
    assert changes == ["volunteer"]
    assert services.volunteers.min_share(admin) == 75

    # Read afresh from the database when the panel is shown again.
    share.setValue(20)
    panel.refresh()
    assert share.value() == 75


def test_a_refusal_is_shown_on_the_field_and_nothing_is_saved(
    qtbot, services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    # A clerk never sees the panel; were it shown, the service still refuses and says why.
    panel, changes = make_panel(qtbot, services, clerk)
    child(panel, QSpinBox, "activitySettings.minShare").setValue(80)
    assert panel.apply() is False
    error = child(panel, QLabel, "activitySettings.error")
    assert error.isVisible() and error.text()
    assert changes == []
    assert services.volunteers.min_share(admin) == 60


@pytest.mark.parametrize("role", ["admin", "clerk"])
def test_only_administrators_get_the_activities_tab(
    qtbot, services: Services, role: str, request, tmp_path: Path
) -> None:
    session: StaffSession = request.getfixturevalue(role)
    page = SettingsPage(
        services.staff,
        services.sites,
        session,
        DataEvents(),
        Preferences(),
        tmp_path / "preferences.json",
        clock=services.clock,
        volunteers=services.volunteers,
    )
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    if role == "admin":
        assert page.activity_panel is not None and "Activities" in titles
        page.tabs.setCurrentWidget(page.activity_panel)
        assert child(page, QSpinBox, "activitySettings.minShare").value() == 60
    else:
        assert page.activity_panel is None and "Activities" not in titles
