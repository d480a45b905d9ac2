"""First start and signing in, through the real dialogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from hall_desk.db.database import Database
from hall_desk.services import Services, create_services
from tests.conftest import ADMIN_PASSWORD, set_up_center
from tests.ui.helpers import commit_text


@pytest.fixture
def services(sqlite_url, clock, passwords) -> Iterator[Services]:
    db = Database(sqlite_url)
    yield create_services(db, clock, passwords)
    db.dispose()


def test_first_start_creates_the_center_and_administrator(qtbot, services) -> None:
    from hall_desk.ui.shell.login_dialogs import SetupDialog

    assert services.staff.needs_setup()
    dialog = SetupDialog(services.staff)
    qtbot.addWidget(dialog)
    commit_text(dialog.center_name, "城北社区党群服务中心")
    qtbot.keyClicks(dialog.center_code, "cb01")
    commit_text(dialog.full_name, "刘书记")
    qtbot.keyClicks(dialog.username, "liu")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.confirm, "short")
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    assert dialog.session is None and services.staff.needs_setup()
    assert "password" in dialog.errors.messages()
    assert dialog.center_name.text() == "城北社区党群服务中心"  # nothing typed is lost

    dialog.password.setText("Longer-pass-9")
    dialog.confirm.setText("Longer-pass-9")
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    assert dialog.session is not None and dialog.session.site_name == "城北社区党群服务中心"
    assert not services.staff.needs_setup()


def test_sign_in_wrong_password_then_right(qtbot, services) -> None:
    from hall_desk.ui.shell.login_dialogs import LoginDialog

    set_up_center(services)
    dialog = LoginDialog(services.staff)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, "wang.admin")
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.session is None
    assert dialog.message.isVisibleTo(dialog)
    assert dialog.message.text().startswith("Sign-in failed:")
    assert dialog.username.text() == "wang.admin"
    dialog.password.setText(ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.session is not None and dialog.result() == dialog.DialogCode.Accepted


def test_every_refusal_reads_the_same_even_when_locked(qtbot, services) -> None:
    from hall_desk.ui.shell.login_dialogs import LoginDialog

    set_up_center(services)
    dialog = LoginDialog(services.staff)
    qtbot.addWidget(dialog)
    dialog.username.setText("nobody")
    dialog.password.setText("wrong")
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    unknown = dialog.message.text()
    assert "15 minutes" in unknown  # says how the lock works without saying who is locked
    dialog.username.setText("wang.admin")
    for _ in range(5):
        dialog.password.setText("wrong")
        qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
        assert dialog.message.text() == unknown
    dialog.password.setText(ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    assert dialog.session is None and dialog.message.text() == unknown


def test_main_window_hosts_the_pages(qtbot, services, tmp_path) -> None:
    from hall_desk.app import build_main_window
    from hall_desk.config import Preferences, resolve_paths

    admin = set_up_center(services)
    window = build_main_window(services, admin, resolve_paths(tmp_path), Preferences())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.nav.count() == 8
    assert window.stack.currentWidget().objectName() == "visitor"
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
    )
    assert window.stack.currentWidget().objectName() == "cases"
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier
    )
    assert window.stack.currentWidget().objectName() == "bookings_page"
    for key, name in (
        (Qt.Key.Key_4, "party"),
        (Qt.Key.Key_5, "activities"),
        (Qt.Key.Key_6, "today_page"),
        (Qt.Key.Key_7, "review_page"),
        (Qt.Key.Key_8, "settings"),
    ):
        qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget().objectName() == name
    assert "王主任" in window.who.text()
    from PySide6.QtWidgets import QPushButton

    sign_out = window.findChild(QPushButton, "main.signOut")
    with qtbot.waitSignal(window.signOutRequested):
        qtbot.mouseClick(sign_out, Qt.MouseButton.LeftButton)
