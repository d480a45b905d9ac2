"""The desk locks after a while without input and asks the signed-in person's password."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from hall_desk.config import Preferences
from hall_desk.db.database import Database
from hall_desk.services import Services, create_services
from hall_desk.services.session import StaffSession
from hall_desk.ui.settings.idle_lock_box import IdleLockBox
from hall_desk.ui.shell.idle_lock import (
    CHECK_INTERVAL_MS,
    IdleLock,
    LockCover,
    LockDialog,
)
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD, add_clerk, set_up_center
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed


class FakeClock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, *, minutes: float = 0, seconds: float = 0) -> None:
        self.seconds += minutes * 60 + seconds


@pytest.fixture
def desk(sqlite_url, clock, passwords, tmp_path) -> Iterator[tuple[Services, StaffSession]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    clerk = add_clerk(services, admin)
    yield services, clerk
    db.dispose()


class DeskWindow(QWidget):
    """Stands in for the main window: a form someone was filling in."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main")
        self.name = QLineEdit()
        self.name.setObjectName("form.name")
        self.note = QLineEdit()
        self.note.setObjectName("form.note")
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.note)


@pytest.fixture
def window(qtbot) -> DeskWindow:
    widget = DeskWindow()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def idle() -> FakeClock:
    return FakeClock()


@pytest.fixture
def lock(desk, window, idle) -> Iterator[IdleLock]:
    services, clerk = desk
    guard = IdleLock(services.staff, clerk, window, 10, now=idle)
    guard.install()
    yield guard
    guard.uninstall()
    if guard.dialog is not None:
        guard.dialog.hide()


def dialog_of(lock: IdleLock) -> LockDialog:
    assert lock.dialog is not None
    return lock.dialog


def test_no_input_for_the_set_time_locks_the_desk(qtbot, lock, window, idle) -> None:
    assert lock._timer.isActive() and lock._timer.interval() == CHECK_INTERVAL_MS
    idle.advance(minutes=9, seconds=59)
    lock.check()
    assert not lock.is_locked
    idle.advance(seconds=1)
    with qtbot.waitSignal(lock.locked, timeout=1000):
        lock.check()
    dialog = dialog_of(lock)
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "idle_lock_dialog"
    assert dialog.isVisible() and dialog.isModal()
    assert QApplication.activeModalWidget() is dialog
    assert "李晓燕" in dialog.who.text() and "li.clerk" in dialog.who.text()
    # The form is covered, so nobody passing by reads it off the screen.
    [cover] = window.findChildren(LockCover)
    assert cover.isVisible() and cover.geometry() == window.rect()
    window.resize(800, 500)
    assert cover.geometry() == window.rect()


def test_typing_or_moving_the_mouse_starts_the_count_again(qtbot, lock, window, idle) -> None:
    idle.advance(minutes=9)
    qtbot.keyClick(window.name, Qt.Key.Key_A)
    idle.advance(minutes=9)
    lock.check()
    assert not lock.is_locked
    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, move)
    idle.advance(minutes=9)
    lock.check()
    assert not lock.is_locked
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(5, 5),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(window, wheel)
    idle.advance(minutes=9)
    lock.check()
    assert not lock.is_locked
    commit_text(window.name, "张")  # an input method's commit is input too
    idle.advance(minutes=9)
    lock.check()
    assert not lock.is_locked
    idle.advance(minutes=1)
    lock.check()
    assert lock.is_locked


def test_the_timer_locks_without_anyone_calling_check(qtbot, desk, window, idle) -> None:
    services, clerk = desk
    guard = IdleLock(services.staff, clerk, window, 1, now=idle, check_interval_ms=20)
    guard.install()
    try:
        idle.advance(minutes=1)
        qtbot.waitUntil(lambda: guard.is_locked, timeout=2000)
    finally:
        guard.uninstall()
        if guard.dialog is not None:
            guard.dialog.hide()


def test_a_wrong_password_keeps_it_locked_and_the_right_one_unlocks(
    qtbot, lock, window, idle
) -> None:
    commit_text(window.name, "张三")
    qtbot.keyClicks(window.note, "call back at 3")
    window.note.setFocus()
    idle.advance(minutes=10)
    lock.check()
    dialog = dialog_of(lock)
    qtbot.waitExposed(dialog)

    dialog.password.setText("not-my-password")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.is_locked and dialog.isVisible()
    assert dialog.message.isVisible() and dialog.message.text()
    # Input while locked does not count as being at the desk.
    qtbot.keyClick(dialog.password, Qt.Key.Key_Backspace)
    # Escape does not get past the lock.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert lock.is_locked and dialog.isVisible()

    dialog.password.setText(CLERK_PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=2000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not lock.is_locked and not dialog.isVisible()
    assert not any(cover.isVisible() for cover in window.findChildren(LockCover))
    # What was typed underneath is still there.
    assert window.name.text() == "张三"
    assert window.note.text() == "call back at 3"
    # The count starts again from the unlock.
    idle.advance(minutes=9)
    lock.check()
    assert not lock.is_locked


def test_five_wrong_passwords_lock_the_account_and_sign_out_ends_it(qtbot, lock, idle) -> None:
    idle.advance(minutes=10)
    lock.check()
    dialog = dialog_of(lock)
    for _ in range(5):
        dialog.password.setText("wrong-password")
        dialog.try_unlock()
    assert "locked" in dialog.message.text()
    # Even the right password cannot open a locked account.
    dialog.password.setText(CLERK_PASSWORD)
    dialog.try_unlock()
    assert lock.is_locked and "locked" in dialog.message.text()

    with qtbot.waitSignal(lock.signOutRequested, timeout=1000):
        qtbot.mouseClick(dialog.sign_out_button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked and not dialog.isVisible()
    assert not lock._timer.isActive()


def test_zero_minutes_never_locks(lock, idle) -> None:
    lock.set_minutes(0)
    idle.advance(minutes=24 * 60)
    lock.check()
    assert not lock.is_locked
    # Choosing a time again applies to the idle time already passed.
    lock.set_minutes(5)
    assert lock.minutes == 5
    lock.check()
    assert lock.is_locked


def test_every_window_of_the_desk_is_covered(qtbot, lock, window, idle) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    idle.advance(minutes=10)
    lock.check()
    assert len(other.findChildren(LockCover)) == 1
    assert len(window.findChildren(LockCover)) == 1
    assert dialog_of(lock).findChildren(LockCover) == []


def test_the_lock_dialogs_controls_are_named(lock, idle) -> None:
    idle.advance(minutes=10)
    lock.check()
    dialog = dialog_of(lock)
    for widget in (dialog.password, dialog.unlock_button, dialog.sign_out_button):
        assert widget.objectName() and widget.accessibleName()


def test_nothing_underneath_can_be_used_while_locked(qtbot, lock, window, idle) -> None:
    # Input through the window system, as a real keyboard and mouse deliver it.
    window.activateWindow()
    window.name.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Q)
    assert window.name.text() == "q"
    idle.advance(minutes=10)
    lock.check()
    qtbot.waitExposed(dialog_of(lock))
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_X)
    spot = window.name.mapTo(window, window.name.rect().center())
    QTest.mouseClick(
        window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot
    )
    assert window.name.text() == "q"
    assert QApplication.focusWidget() is dialog_of(lock).password
    # What lies at the form's place is the cover, not the form.
    under = window.childAt(spot)
    assert under is not None and under is not window.name
    assert isinstance(under, LockCover) or isinstance(under.parentWidget(), LockCover)


def test_the_setting_saves_the_minutes_and_tells_the_lock(qtbot, desk, lock, tmp_path) -> None:
    services, clerk = desk
    admin = services.staff.sign_in("wang.admin", ADMIN_PASSWORD)
    path = tmp_path / "preferences.json"
    preferences = Preferences()
    box = IdleLockBox(preferences, path, admin)
    qtbot.addWidget(box)
    assert unnamed(box) == []
    assert box.minutes.value() == 10 and box.minutes.isEnabled()
    box.minutesChanged.connect(lock.set_minutes)
    box.minutes.setValue(0)
    assert box.minutes.text() == "Never"
    assert Preferences.load(path).idle_lock_minutes == 0 and preferences.idle_lock_minutes == 0
    assert lock.minutes == 0
    box.minutes.setValue(25)
    assert Preferences.load(path).idle_lock_minutes == 25 and lock.minutes == 25
    assert "25" in box.note.text()
    # A clerk sees the setting but cannot switch the lock off.
    clerk_box = IdleLockBox(Preferences(), path, clerk)
    qtbot.addWidget(clerk_box)
    assert not clerk_box.minutes.isEnabled()


def test_a_setting_that_cannot_be_saved_says_so(qtbot, desk, tmp_path) -> None:
    services, _clerk = desk
    admin = services.staff.sign_in("wang.admin", ADMIN_PASSWORD)
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    box = IdleLockBox(Preferences(), blocked / "preferences.json", admin)
    qtbot.addWidget(box)
    changed: list[int] = []
    box.minutesChanged.connect(changed.append)
    box.minutes.setValue(3)
    assert "could not be saved" in box.note.text() and changed == []
