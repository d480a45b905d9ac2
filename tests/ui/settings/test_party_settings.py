"""The party-service settings (pools, kinds of demand, clocks) driven through their widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSpinBox, QTableView

from hall_desk.config import Preferences
from hall_desk.domain.demands import ResponseClock
from hall_desk.services import Services
from hall_desk.services.party.registry import MemberForm, PartyList, UnitForm
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.settings.party_settings_panel import (
    EntryNameDialog,
    PartySettingsPanel,
    PartySettingsServices,
)
from hall_desk.ui.settings.settings_page import SettingsPage
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Widgets are tested on SQLite only; the services themselves on both databases."""
    return sqlite_url


def party(services: Services) -> PartySettingsServices:
    return PartySettingsServices(services.registry, services.demands, services.problem_lists)


def make_panel(qtbot, services: Services, session: StaffSession):
    events = DataEvents()
    changes: list[str] = []
    events.changed.connect(changes.append)
    panel = PartySettingsPanel(party(services), session, events)
    qtbot.addWidget(panel)
    panel.resize(1200, 640)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    return panel, changes


def child(parent, kind, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def rows(panel: PartySettingsPanel, key: str) -> list[list[str]]:
    model = child(panel, QTableView, f"partySettings.{key}.table").model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_an_administrator_adds_renames_orders_and_retires_a_pool(
    qtbot, services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    assert unnamed(panel) == []
    assert [r[0] for r in rows(panel, "pools")][:3] == ["法律服务", "医疗健康", "教育辅导"]
    assert len(rows(panel, "kinds")) == 13

    qtbot.mouseClick(child(panel, QPushButton, "partySettings.pools.add"), LEFT)
    dialog = panel.pools.open_dialog
    assert isinstance(dialog, EntryNameDialog) and unnamed(dialog) == []
    commit_text(child(dialog, QLineEdit, "entryDialog.name"), "法律服务")
    qtbot.mouseClick(child(dialog, QPushButton, "entryDialog.submit"), LEFT)
    assert "already" in dialog.errors.messages()["name"]
    child(dialog, QLineEdit, "entryDialog.name").setText("")
    commit_text(child(dialog, QLineEdit, "entryDialog.name"), "应急救援")
    qtbot.mouseClick(child(dialog, QPushButton, "entryDialog.submit"), LEFT)
    assert dialog.result() == EntryNameDialog.DialogCode.Accepted
    assert rows(panel, "pools")[-1] == ["应急救援", "0", "In use"]
    assert changes == ["party_lists"]

    qtbot.mouseClick(child(panel, QPushButton, "partySettings.pools.up"), LEFT)
    assert [r[0] for r in rows(panel, "pools")][-2:] == ["应急救援", "志愿服务"]
    assert panel.pools.selected().name == "应急救援"

    # A member in the pool keeps it when it is retired.
    registry = services.registry
    unit = registry.add_unit(clerk, UnitForm("县人民医院", "institution"))
    pool = panel.pools.selected().id
    registry.add_member(
        clerk, MemberForm("王小明", unit.id, "13812345678", reported_on=date(2026, 3, 2),
                          pool_ids=(pool,))
    )  # fmt: skip
    panel.refresh()
    retire = child(panel, QPushButton, "partySettings.pools.retire")
    qtbot.mouseClick(retire, LEFT)
    assert rows(panel, "pools")[-2] == ["应急救援", "1", "Retired"]
    assert retire.text() == "Restore"
    assert registry.members(clerk)[0].pools == ("应急救援",)
    assert "应急救援" not in [
        e.name for e in registry.list_entries(clerk, PartyList.POOLS) if e.active
    ]


def test_the_clocks_are_saved_and_a_clock_against_the_rules_is_marked(
    qtbot, services: Services, admin: StaffSession
) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    on_site = child(panel, QSpinBox, "partySettings.onSite")
    general = child(panel, QSpinBox, "partySettings.general")
    complex_ = child(panel, QSpinBox, "partySettings.complex")
    major = child(panel, QSpinBox, "partySettings.major")
    days = child(panel, QSpinBox, "partySettings.workingDays")
    assert [b.value() for b in (on_site, general, complex_, major, days)] == [10, 30, 240, 1440, 5]

    on_site.setValue(15)
    days.setValue(3)
    qtbot.mouseClick(child(panel, QPushButton, "partySettings.applyClocks"), LEFT)
    assert services.demands.response_clock(admin) == ResponseClock(15, 30, 240, 1440)
    assert services.problem_lists.working_days(admin) == 3
    assert "Saved" in child(panel, QLabel, "partySettings.clockNote").text()
    assert changes == ["demand_clock"]

    general.setValue(300)  # longer than a complex problem
    days.setValue(7)
    qtbot.mouseClick(child(panel, QPushButton, "partySettings.applyClocks"), LEFT)
    assert "complex_minutes" in panel.clock_errors.messages()
    assert services.demands.response_clock(admin).general_minutes == 30
    assert services.problem_lists.working_days(admin) == 3
    assert general.value() == 300  # what was typed stays
    panel.refresh()
    assert general.value() == 30 and days.value() == 3


def test_the_tab_is_for_administrators_only(
    qtbot, services: Services, admin: StaffSession, clerk: StaffSession, tmp_path: Path
) -> None:
    def page(session: StaffSession) -> SettingsPage:
        made = SettingsPage(services.staff, services.sites, session, DataEvents(), Preferences(),
                            tmp_path / "preferences.json", clock=services.clock,
                            party=party(services))  # fmt: skip
        qtbot.addWidget(made)
        return made

    mine = page(admin)
    titles = [mine.tabs.tabText(i) for i in range(mine.tabs.count())]
    assert "Party service" in titles and mine.party_panel is not None
    mine.tabs.setCurrentWidget(mine.party_panel)
    assert len(rows(mine.party_panel, "kinds")) == 13
    theirs = page(clerk)
    assert theirs.party_panel is None
    assert "Party service" not in [theirs.tabs.tabText(i) for i in range(theirs.tabs.count())]
