"""The settings page and the staff dialogs, driven through their widgets on a real SQLite file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QPushButton, QTableView

from hall_desk.config import Preferences
from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import AuthenticationError
from hall_desk.domain.staff import Role
from hall_desk.services import Services, create_services
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.settings.settings_page import SettingsPage
from hall_desk.ui.settings.staff_dialogs import AddStaffDialog, ResetPasswordDialog
from hall_desk.ui.settings.staff_models import StaffTableModel
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD, add_clerk, set_up_center

NEW_PASSWORD = "Fresh-2025-pass"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(
    sqlite_url: str, clock: FixedClock, passwords: Passwords
) -> Iterator[tuple[Services, StaffSession]]:
    """Services on a fresh SQLite file with the center set up; the administrator signed in."""
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords)
    try:
        yield services, set_up_center(services)
    finally:
        db.dispose()


def make_page(
    qtbot, services: Services, session: StaffSession, tmp_path: Path
) -> tuple[SettingsPage, DataEvents, list[str]]:
    events = DataEvents()
    changes: list[str] = []
    events.changed.connect(changes.append)
    page = SettingsPage(
        services.staff,
        services.sites,
        session,
        events,
        Preferences(),
        tmp_path / "prefs" / "preferences.json",
        clock=services.clock,
    )
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, events, changes


def show_staff_tab(page: SettingsPage) -> None:
    """Staff accounts live on their own tab; a click reaches only what is shown."""
    page.tabs.setCurrentWidget(page.staff_group.parentWidget())
    assert page.staff_group.isVisible()


def child(parent, kind, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def click(qtbot, parent, name: str) -> None:
    qtbot.mouseClick(child(parent, QPushButton, name), LEFT)


def table_rows(page: SettingsPage) -> dict[str, list[str]]:
    model = child(page, QTableView, "settings.staffTable").model()
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def select(page: SettingsPage, username: str) -> None:
    table = child(page, QTableView, "settings.staffTable")
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == username)
    table.selectRow(row)


def fill(dialog, prefix: str, **texts: str) -> None:
    for name, text in texts.items():
        child(dialog, QLineEdit, f"{prefix}.{name}").setText(text)


# -- staff accounts ----------------------------------------------------------------------------
def test_admin_adds_a_clerk_who_appears_and_can_sign_in(qtbot, desk, tmp_path) -> None:
    services, admin = desk
    page, _events, changes = make_page(qtbot, services, admin, tmp_path)
    assert list(table_rows(page)) == ["wang.admin"]

    show_staff_tab(page)
    click(qtbot, page, "settings.addStaff")
    dialog = page.staff_group.open_dialog
    assert isinstance(dialog, AddStaffDialog) and dialog.isVisible()
    assert child(dialog, QComboBox, "staffDialog.role").currentData() == Role.CLERK.value
    fill(
        dialog,
        "staffDialog",
        username="li.clerk",
        fullName="李晓燕",
        password=CLERK_PASSWORD,
        confirm=CLERK_PASSWORD,
    )
    click(qtbot, dialog, "staffDialog.submit")

    assert dialog.result() == AddStaffDialog.DialogCode.Accepted
    rows = table_rows(page)
    assert rows["li.clerk"][:4] == ["li.clerk", "李晓燕", "Clerk", "Active"]
    assert rows["li.clerk"][4] == "never"
    assert (
        page.staff_group.selected_staff() is not None
        and page.staff_group.selected_staff().username == "li.clerk"
    )
    assert "li.clerk" in child(page, QLabel, "settings.staffMessage").text()
    assert changes == ["staff"]
    assert services.staff.sign_in("li.clerk", CLERK_PASSWORD).role is Role.CLERK


def test_bad_additions_show_under_the_field_keep_the_text_and_save_nothing(
    qtbot, desk, tmp_path
) -> None:
    services, admin = desk
    page, _events, changes = make_page(qtbot, services, admin, tmp_path)
    dialog = page.staff_group.add_staff()

    fill(
        dialog,
        "staffDialog",
        username="li.clerk",
        fullName="李晓燕",
        password="short",
        confirm="short",
    )
    click(qtbot, dialog, "staffDialog.submit")
    assert dialog.isVisible()
    assert "at least 8 characters" in child(dialog, QLabel, "staffDialog.password.error").text()
    assert child(dialog, QLineEdit, "staffDialog.password").property("invalid") is True
    assert child(dialog, QLineEdit, "staffDialog.username").text() == "li.clerk"
    assert child(dialog, QLineEdit, "staffDialog.fullName").text() == "李晓燕"
    assert child(dialog, QLineEdit, "staffDialog.password").text() == "short"

    fill(
        dialog,
        "staffDialog",
        username="Wang.Admin",
        password=CLERK_PASSWORD,
        confirm=CLERK_PASSWORD,
    )
    click(qtbot, dialog, "staffDialog.submit")
    assert dialog.isVisible()
    assert "already taken" in child(dialog, QLabel, "staffDialog.username.error").text()
    assert child(dialog, QLabel, "staffDialog.password.error").text() == ""
    assert child(dialog, QLineEdit, "staffDialog.username").text() == "Wang.Admin"

    assert [s.username for s in services.staff.list_staff(admin)] == ["wang.admin"]
    assert list(table_rows(page)) == ["wang.admin"]
    assert changes == []
    dialog.reject()


def test_disable_then_enable_through_the_toggle_button(qtbot, desk, tmp_path) -> None:
    services, admin = desk
    add_clerk(services, admin)
    page, _events, changes = make_page(qtbot, services, admin, tmp_path)
    show_staff_tab(page)
    toggle = child(page, QPushButton, "settings.toggleStaff")
    assert not toggle.isEnabled()

    select(page, "li.clerk")
    assert toggle.isEnabled() and toggle.text() == "Disable"
    qtbot.mouseClick(toggle, LEFT)
    assert table_rows(page)["li.clerk"][3] == "Disabled"
    assert toggle.text() == "Enable"
    with pytest.raises(AuthenticationError):
        services.staff.sign_in("li.clerk", CLERK_PASSWORD)

    qtbot.mouseClick(toggle, LEFT)
    assert table_rows(page)["li.clerk"][3] == "Active"
    assert toggle.text() == "Disable"
    services.staff.sign_in("li.clerk", CLERK_PASSWORD)
    assert changes == ["staff", "staff"]

    # The service's refusal is shown on the page; nothing changes.
    select(page, "wang.admin")
    qtbot.mouseClick(toggle, LEFT)
    message = child(page, QLabel, "settings.staffMessage")
    assert message.text() == "You cannot disable your own account."
    assert message.property("role") == "error"
    assert table_rows(page)["wang.admin"][3] == "Active"
    assert changes == ["staff", "staff"]


def test_reset_password_unlocks_and_the_new_password_works(qtbot, desk, tmp_path) -> None:
    services, admin = desk
    add_clerk(services, admin)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            services.staff.sign_in("li.clerk", "wrong-password")
    page, _events, changes = make_page(qtbot, services, admin, tmp_path)
    assert table_rows(page)["li.clerk"][3] == "Locked until 09:45"

    show_staff_tab(page)
    select(page, "li.clerk")
    click(qtbot, page, "settings.resetPassword")
    dialog = page.staff_group.open_dialog
    assert isinstance(dialog, ResetPasswordDialog) and dialog.username == "li.clerk"
    fill(dialog, "resetDialog", password=NEW_PASSWORD, confirm="Fresh-2025-typo")
    click(qtbot, dialog, "resetDialog.submit")
    assert dialog.isVisible()
    assert child(dialog, QLabel, "resetDialog.confirm.error").text() == (
        "The two passwords do not match."
    )
    assert child(dialog, QLineEdit, "resetDialog.confirm").text() == "Fresh-2025-typo"

    fill(dialog, "resetDialog", confirm=NEW_PASSWORD)
    click(qtbot, dialog, "resetDialog.submit")
    assert dialog.result() == ResetPasswordDialog.DialogCode.Accepted
    assert table_rows(page)["li.clerk"][3] == "Active"
    assert changes == ["staff"]
    services.staff.sign_in("li.clerk", NEW_PASSWORD)


def test_a_clerk_sees_no_staff_accounts_and_cannot_edit_the_center(qtbot, desk, tmp_path) -> None:
    services, admin = desk
    clerk = add_clerk(services, admin)
    page, _events, changes = make_page(qtbot, services, clerk, tmp_path)

    assert child(page, QGroupBox, "settings.staffGroup").isHidden()
    for name in (
        "settings.centerName",
        "settings.centerAddress",
        "settings.centerPhone",
        "settings.centerCode",
    ):
        assert child(page, QLineEdit, name).isReadOnly()
    assert child(page, QLineEdit, "settings.centerName").text() == "城南社区党群服务中心"
    assert child(page, QPushButton, "settings.saveCenter").isHidden()
    # Their own password stays theirs to change.
    assert child(page, QPushButton, "settings.changePassword").isVisible()
    page.save_center()
    assert changes == []


def test_changing_the_center_name_saves_and_is_audited(qtbot, desk, tmp_path) -> None:
    services, admin = desk
    page, _events, changes = make_page(qtbot, services, admin, tmp_path)
    assert child(page, QLineEdit, "settings.centerCode").text() == "CN01"
    name = child(page, QLineEdit, "settings.centerName")

    name.setText("   ")
    click(qtbot, page, "settings.saveCenter")
    assert child(page, QLabel, "settings.centerName.error").text() == (
        "Please enter the name of the center."
    )
    assert name.text() == "   "
    assert services.sites.get(admin).name == "城南社区党群服务中心"

    name.setText("城南街道党群服务中心")
    click(qtbot, page, "settings.saveCenter")
    assert child(page, QLabel, "settings.centerName.error").text() == ""
    assert child(page, QLabel, "settings.centerSaved").isVisible()
    assert services.sites.get(admin).name == "城南街道党群服务中心"
    assert changes == ["site"]
    entry = services.audit.recent(admin)[0]
    assert (entry.action, entry.entity, entry.staff) == ("update", "site", "王主任")
    assert entry.detail["changes"] == {
        "name": {"from": "城南社区党群服务中心", "to": "城南街道党群服务中心"}
    }


def test_changing_my_password(qtbot, desk, tmp_path) -> None:
    services, admin = desk
    page, _events, _changes = make_page(qtbot, services, admin, tmp_path)
    current = child(page, QLineEdit, "settings.currentPassword")
    fill(
        page,
        "settings",
        currentPassword="not-my-password",
        newPassword=NEW_PASSWORD,
        confirmPassword=NEW_PASSWORD,
    )
    click(qtbot, page, "settings.changePassword")
    assert child(page, QLabel, "settings.currentPassword.error").text() == (
        "The current password is not right."
    )
    assert current.text() == "not-my-password"

    current.setText(ADMIN_PASSWORD)
    click(qtbot, page, "settings.changePassword")
    assert child(page, QLabel, "settings.passwordChanged").isVisible()
    for name in ("currentPassword", "newPassword", "confirmPassword"):
        assert child(page, QLineEdit, f"settings.{name}").text() == ""
    services.staff.sign_in("wang.admin", NEW_PASSWORD)


def test_saving_the_language_writes_the_preferences_file(qtbot, desk, tmp_path) -> None:
    services, admin = desk
    page, _events, changes = make_page(qtbot, services, admin, tmp_path)
    combo = child(page, QComboBox, "settings.language")
    assert combo.currentData() == "zh_CN"
    assert [combo.itemText(i) for i in range(combo.count())] == ["简体中文", "English"]

    combo.setCurrentIndex(combo.findData("en"))
    click(qtbot, page, "settings.saveLanguage")
    path = tmp_path / "prefs" / "preferences.json"
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "en"
    assert Preferences.load(path).language == "en"
    note = child(page, QLabel, "settings.languageNote")
    assert note.isVisible() and "sign out" in note.text()
    assert changes == []


def test_a_preferences_file_that_cannot_be_written_is_reported(qtbot, desk, tmp_path) -> None:
    services, admin = desk
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    page = SettingsPage(
        services.staff,
        services.sites,
        admin,
        DataEvents(),
        Preferences(),
        blocker / "preferences.json",
    )
    qtbot.addWidget(page)
    page.language.setCurrentIndex(page.language.findData("en"))
    page.save_language()
    assert page.language_note.property("role") == "error"
    assert not page.language_note.isHidden()


def test_staff_model_texts(desk) -> None:
    services, admin = desk
    model = StaffTableModel(services.clock.now)
    model.set_rows(services.staff.list_staff(admin))
    assert model.rowCount() == 1 and model.columnCount() == 5
    assert model.headerData(0, Qt.Orientation.Horizontal) == "User name"
    row = [model.index(0, c).data() for c in range(5)]
    assert row == ["wang.admin", "王主任", "Administrator", "Active", "2026-11-20 09:30"]

    locked = replace(model.staff_at(0), locked_until=services.clock.now() + timedelta(minutes=15))
    assert model.status_text(locked) == "Locked until 09:45"
    assert model.status_text(replace(locked, active=False)) == "Disabled"
    services.clock.advance(minutes=16)
    assert model.status_text(locked) == "Active"


def test_the_slip_paper_is_saved_at_once(qtbot, desk, tmp_path) -> None:
    services, admin = desk
    preferences = Preferences()
    path = tmp_path / "prefs" / "preferences.json"
    page = SettingsPage(services.staff, services.sites, admin, DataEvents(), preferences, path)
    qtbot.addWidget(page)
    page.show()
    combo = child(page, QComboBox, "settings.slipLayout")
    assert combo.currentData() == "a5"
    assert [combo.itemText(i) for i in range(combo.count())] == ["A5 sheet", "80 mm receipt roll"]
    assert not path.exists()

    combo.setCurrentIndex(combo.findData("roll80"))
    assert json.loads(path.read_text(encoding="utf-8"))["slip_layout"] == "roll80"
    assert Preferences.load(path) == Preferences(language="zh_CN", slip_layout="roll80")
    # The desk's own preferences follow at once; no sign-in needed.
    assert preferences.slip_layout == "roll80"
    note = child(page, QLabel, "settings.slipNote")
    assert note.isVisible() and "80 mm receipt roll" in note.text()
    assert note.property("role") == "ok"

    # A page opened later shows the saved paper.
    again = SettingsPage(
        services.staff, services.sites, admin, DataEvents(), Preferences.load(path), path
    )
    qtbot.addWidget(again)
    assert child(again, QComboBox, "settings.slipLayout").currentData() == "roll80"


def test_tabs_for_the_service_list_and_holidays(qtbot, desk, tmp_path) -> None:
    services, admin = desk
    clerk = add_clerk(services, admin)
    for session, titles in (
        (admin, ["General", "Staff", "Service list", "Holidays"]),
        (clerk, ["General", "Service list", "Holidays"]),
    ):
        page = SettingsPage(
            services.staff,
            services.sites,
            session,
            DataEvents(),
            Preferences(),
            tmp_path / "preferences.json",
            clock=services.clock,
            catalogue=services.catalogue,
            calendar=services.calendar,
        )
        qtbot.addWidget(page)
        tabs = page.tabs
        shown = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
        assert shown == titles
        assert page.catalogue_panel is not None and page.catalogue_panel.model.rowCount() > 40
        assert page.calendar_panel is not None
        # 2027 is near and its holidays are not known: the tab says so.
        holidays = tabs.indexOf(page.calendar_panel)
        assert not tabs.tabIcon(holidays).isNull()
        assert page.calendar_panel.uncovered == [2027]
