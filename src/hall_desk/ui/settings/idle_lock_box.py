"""Settings -> General: how long the desk may stand unused before it locks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from hall_desk.config import MAX_IDLE_MINUTES, Preferences
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import name_widget, restyle


class IdleLockBox(QGroupBox):
    """Settings -> General: minutes without use before the desk locks (0 = never).

    A setting of this PC, saved in its preferences at once; ``minutesChanged`` tells the
    running ``IdleLock``. Only an administrator may change it: the lock protects residents'
    data on an unattended screen.
    """

    minutesChanged = Signal(int)

    def __init__(
        self,
        preferences: Preferences,
        preferences_path: Path,
        session: StaffSession,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("IdleLock", "Lock when idle"), parent)
        self.setObjectName("settings.idleGroup")
        self._preferences = preferences
        self._path = preferences_path
        self.minutes = QSpinBox()
        name_widget(
            self.minutes,
            "settings.idleMinutes",
            QCoreApplication.translate("IdleLock", "Minutes without use before the desk locks"),
        )
        self.minutes.setRange(0, MAX_IDLE_MINUTES)
        self.minutes.setSuffix(QCoreApplication.translate("IdleLock", " min"))
        self.minutes.setSpecialValueText(QCoreApplication.translate("IdleLock", "Never"))
        self.minutes.setValue(preferences.idle_lock_minutes)
        # Saved when typing is done (Enter, leaving the box, the arrows), not at every digit.
        self.minutes.setKeyboardTracking(False)
        self.minutes.setEnabled(session.is_admin)
        self.minutes.valueChanged.connect(self.save)
        self.note = QLabel()
        name_widget(
            self.note,
            "settings.idleNote",
            QCoreApplication.translate("IdleLock", "Idle lock message"),
        )
        self.note.setWordWrap(True)
        self.note.hide()
        hint = QLabel(
            QCoreApplication.translate(
                "IdleLock",
                "After this many minutes without keyboard or mouse input, this computer covers "
                "the desk and asks for the password again; what was typed stays. A setting of "
                "this computer only, changed by an administrator.",
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.note)

    def save(self, minutes: int) -> None:
        """Write the idle time to this PC's preferences; the running lock follows at once."""
        try:
            replace(self._preferences, idle_lock_minutes=minutes).save(self._path)
        except OSError as exc:
            restyle(self.note, "role", "error")
            self.note.setText(
                QCoreApplication.translate(
                    "IdleLock", "The idle time could not be saved: {reason}"
                ).format(reason=exc.strerror or str(exc))
            )
            self.note.show()
            return
        self._preferences.idle_lock_minutes = minutes
        restyle(self.note, "role", "ok")
        if minutes:
            text = QCoreApplication.translate(
                "IdleLock", "Saved. The desk locks after {minutes} minutes without use."
            ).format(minutes=minutes)
        else:
            text = QCoreApplication.translate(
                "IdleLock", "Saved. The desk no longer locks by itself."
            )
        self.note.setText(text)
        self.note.show()
        self.minutesChanged.emit(minutes)
