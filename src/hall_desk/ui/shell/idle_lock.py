"""The session locks after a while without keyboard or mouse input and asks for the password.

A front desk PC is often left with a resident's details on screen. After the idle time set in
Settings (``Preferences.idle_lock_minutes``, 0 = never) every window of the desk is covered and
a modal dialog asks the signed-in person for their password; "Sign out" ends the session
instead. Nothing underneath is closed or cleared, so a half-filled form is still there after
unlocking. ``IdleLockBox`` is the setting on Settings -> General.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import AuthenticationError, DomainError
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import StaffService
from hall_desk.ui.kit.common import message_text, name_widget

#: How often the idle time is looked at; the lock comes at most this late.
CHECK_INTERVAL_MS = 15_000

#: Events that show a person is at the desk.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,  # Chinese input: an input method commits text, no key press
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def idle_clock() -> float:
    """Seconds on a clock that keeps counting while the PC sleeps, so a desk that was
    suspended for an hour is locked when it wakes (``time.monotonic`` stops on Linux and
    macOS during sleep)."""
    if sys.platform.startswith("linux"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":
        return time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic()


class LockCover(QWidget):
    """An opaque sheet over a window's content while the session is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("idle_lock.cover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        label = QLabel(QCoreApplication.translate("IdleLock", "This desk is locked."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("role", "title")
        QVBoxLayout(self).addWidget(label)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Follow the window when it is resized or maximised while locked.
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class LockDialog(QDialog):
    """Who is signed in, and their password to carry on (or "Sign out")."""

    unlocked = Signal()
    signOutChosen = Signal()

    def __init__(
        self, staff: StaffService, session: StaffSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._staff = staff
        self._session = session
        self.setObjectName("idle_lock_dialog")
        self.setWindowTitle(self.tr("Locked - Hall Desk"))
        # No close button: only the password or "Sign out" ends the lock.
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(420)

        self.who = QLabel(
            self.tr(
                "{name} ({username}) is signed in at {site}. The desk was locked after a "
                "while without use. Enter your password to carry on where you left off."
            ).format(name=session.full_name, username=session.username, site=session.site_name)
        )
        self.who.setObjectName("idle_lock.who")
        self.who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        name_widget(self.password, "idle_lock.password", self.tr("Password"))
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        name_widget(self.message, "idle_lock.message", self.tr("Unlock message"))
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Password"), self.password)
        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        name_widget(self.unlock_button, "idle_lock.unlock", self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        name_widget(self.sign_out_button, "idle_lock.signOut", self.tr("Sign out"))
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.clicked.connect(self.signOutChosen)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.DestructiveRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.password.setFocus()

    def try_unlock(self) -> None:
        """Check the password as a sign-in does: five wrong ones lock the account."""
        try:
            self._staff.sign_in(self._session.username, self.password.text())
        except AuthenticationError as exc:
            self._say(message_text(exc))
            self.password.selectAll()
            self.password.setFocus()
            return
        except DomainError as exc:
            self._say(message_text(exc))
            return
        self.password.clear()
        self.message.hide()
        self.accept()
        self.unlocked.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def reject(self) -> None:
        # Escape (and the window manager's close) must not get past the lock.
        return

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible():
            event.ignore()
            return
        super().closeEvent(event)


class IdleLock(QObject):
    """Watches the application's input; covers the desk and asks for the password when idle.

    Install it once a staff member has signed in (``install()``), remove it on sign-out
    (``uninstall()``). ``now`` is the clock, in seconds; tests pass their own.
    """

    locked = Signal()
    unlocked = Signal()
    #: "Sign out" was chosen on the lock dialog; the desk returns to the sign-in dialog.
    signOutRequested = Signal()

    def __init__(
        self,
        staff: StaffService,
        session: StaffSession,
        window: QWidget,
        minutes: int,
        *,
        now: Callable[[], float] = idle_clock,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self._staff = staff
        self._session = session
        self._window = window
        self._minutes = max(0, minutes)
        self._now = now
        self._last_input = now()
        self._installed = False
        self.dialog: LockDialog | None = None
        self._covers: list[LockCover] = []
        self._focus: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: int) -> None:
        """A new idle time (0 = never lock); it counts from the last input as before."""
        self._minutes = max(0, minutes)

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is None or self._installed:
            return
        app.installEventFilter(self)
        self._installed = True
        self._last_input = self._now()
        self._timer.start()

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False
        self._timer.stop()

    def idle_seconds(self) -> float:
        return max(0.0, self._now() - self._last_input)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.dialog is None and event.type() in INPUT_EVENTS:
            self._last_input = self._now()
        return False

    def check(self) -> None:
        """Lock when the idle time has run out (called by the timer every ~15 s)."""
        if self._minutes <= 0 or self.dialog is not None:
            return
        if self.idle_seconds() >= self._minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Cover every window of the desk and ask for the password."""
        if self.dialog is not None:
            return
        self._focus = QApplication.focusWidget()
        # An open drop-down list or menu would sit above the lock and keep the input grab.
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            following = QApplication.activePopupWidget()
            popup = following if following is not popup else None
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window.windowType() in (
                Qt.WindowType.Window,
                Qt.WindowType.Dialog,
            ):
                self._covers.append(LockCover(window))
        self.dialog = LockDialog(self._staff, self._session, self._window)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.signOutChosen.connect(self._sign_out)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.password.setFocus()
        self.locked.emit()

    def _uncover(self) -> None:
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers.clear()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()

    def _unlocked(self) -> None:
        self._uncover()
        self._last_input = self._now()
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.activateWindow()
            focus.setFocus()
        self.unlocked.emit()

    def _sign_out(self) -> None:
        self._uncover()
        self._focus = None
        self.uninstall()
        self.signOutRequested.emit()
