"""Settings (设置): interface language, the center's details, my password, staff accounts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hall_desk.config import LANGUAGES, Preferences
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError, ValidationError
from hall_desk.services.session import StaffSession
from hall_desk.services.sites import SiteService
from hall_desk.services.staff import StaffService
from hall_desk.ui.common import FieldErrors, message_text, name_widget, restyle
from hall_desk.ui.events import DataEvents
from hall_desk.ui.staff_panel import StaffPanel

# Each language is named in itself, so anyone can find their own whatever is shown now.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsPage(QWidget):
    def __init__(
        self,
        staff: StaffService,
        sites: SiteService,
        session: StaffSession,
        events: DataEvents,
        preferences: Preferences,
        preferences_path: Path,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self._staff = staff
        self._sites = sites
        self._session = session
        self._events = events
        self._preferences = preferences
        self._preferences_path = preferences_path
        self._clock = clock or Clock()

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._language_group())
        column.addWidget(self._center_group())
        column.addWidget(self._password_group())
        self.staff_group = StaffPanel(staff, session, events, self._clock)
        self.staff_group.setVisible(session.is_admin)
        column.addWidget(self.staff_group)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("settings.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.activate()

    # -- building ----------------------------------------------------------------------
    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Interface language"))
        group.setObjectName("settings.languageGroup")
        self.language = QComboBox()
        name_widget(self.language, "settings.language", self.tr("Interface language"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._preferences.language)))
        self.save_language_button = QPushButton(self.tr("Save language"))
        name_widget(
            self.save_language_button,
            "settings.saveLanguage",
            self.tr("Save the interface language"),
        )
        self.save_language_button.clicked.connect(self.save_language)
        self.language_note = QLabel()
        name_widget(self.language_note, "settings.languageNote", self.tr("Language message"))
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        hint = QLabel(self.tr("This is a setting of this computer only, not of the center."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(self.save_language_button)
        row.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.language_note)
        return group

    def _center_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("The center"))
        group.setObjectName("settings.centerGroup")
        editable = self._session.is_admin
        general = QLabel()
        general.setObjectName("settings.centerError")
        self.center_errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.center_code = QLineEdit()
        name_widget(self.center_code, "settings.centerCode", self.tr("Center code"))
        self.center_code.setReadOnly(True)
        self.center_code.setToolTip(
            self.tr("The code starts every case and booking number, so it cannot be changed.")
        )
        form.addRow(self.tr("Code"), self.center_code)

        def line(field: str, obj: str, label: str, accessible: str, length: int) -> QLineEdit:
            edit = QLineEdit()
            edit.setMaxLength(length)
            edit.setReadOnly(not editable)
            if editable:
                edit.returnPressed.connect(self.save_center)
            self.center_errors.add_row(form, field, edit, obj, label, accessible)
            return edit

        self.center_name = line(
            "name", "settings.centerName", self.tr("&Name"), self.tr("Center name"), 100
        )
        self.center_address = line(
            "address", "settings.centerAddress", self.tr("&Address"), self.tr("Center address"), 200
        )
        self.center_phone = line(
            "phone", "settings.centerPhone", self.tr("P&hone"), self.tr("Center phone"), 40
        )

        self.save_center_button = QPushButton(self.tr("Save the center's details"))
        name_widget(
            self.save_center_button, "settings.saveCenter", self.tr("Save the center's details")
        )
        self.save_center_button.clicked.connect(self.save_center)
        self.save_center_button.setVisible(editable)
        self.center_saved = QLabel()
        name_widget(self.center_saved, "settings.centerSaved", self.tr("Center details message"))
        self.center_saved.setProperty("role", "ok")
        self.center_saved.setWordWrap(True)
        self.center_saved.hide()

        layout = QVBoxLayout(group)
        layout.addLayout(form)
        if not editable:
            note = QLabel(self.tr("Only an administrator can change the center's details."))
            note.setObjectName("settings.centerReadOnly")
            note.setProperty("role", "hint")
            layout.addWidget(note)
        layout.addWidget(general)
        layout.addWidget(self.center_saved)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_center_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return group

    def _password_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("My password"))
        group.setObjectName("settings.passwordGroup")
        general = QLabel()
        general.setObjectName("settings.passwordError")
        self.password_errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        def line(field: str, obj: str, label: str, accessible: str) -> QLineEdit:
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.returnPressed.connect(self.change_password)
            self.password_errors.add_row(form, field, edit, obj, label, accessible)
            return edit

        self.current_password = line(
            "current",
            "settings.currentPassword",
            self.tr("&Current password"),
            self.tr("Current password"),
        )
        self.new_password = line(
            "password", "settings.newPassword", self.tr("&New password"), self.tr("New password")
        )
        self.confirm_password = line(
            "confirm",
            "settings.confirmPassword",
            self.tr("&Repeat new password"),
            self.tr("Repeat the new password"),
        )
        self.change_password_button = QPushButton(self.tr("Change my password"))
        name_widget(
            self.change_password_button, "settings.changePassword", self.tr("Change my password")
        )
        self.change_password_button.clicked.connect(self.change_password)
        self.password_changed = QLabel()
        name_widget(self.password_changed, "settings.passwordChanged", self.tr("Password message"))
        self.password_changed.setProperty("role", "ok")
        self.password_changed.setWordWrap(True)
        self.password_changed.hide()

        layout = QVBoxLayout(group)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.password_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_password_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return group

    # -- page life ---------------------------------------------------------------------
    def activate(self) -> None:
        """Reload what other desks may have changed: the center and the staff list."""
        self.load_center()
        if self._session.is_admin:
            self.staff_group.refresh()

    # -- language ----------------------------------------------------------------------
    def save_language(self) -> None:
        """Write the language to this PC's preferences; it applies from the next sign-in."""
        code = str(self.language.currentData())
        updated = replace(self._preferences, language=code)
        try:
            updated.save(self._preferences_path)
        except OSError as exc:
            restyle(self.language_note, "role", "error")
            reason = exc.strerror or str(exc)
            self.language_note.setText(
                self.tr("The language could not be saved: {reason}").format(reason=reason)
            )
            self.language_note.show()
            return
        self._preferences.language = code
        restyle(self.language_note, "role", "ok")
        self.language_note.setText(
            self.tr("Saved. The new language is used after you sign out and sign in again.")
        )
        self.language_note.show()

    # -- the center --------------------------------------------------------------------
    def load_center(self) -> None:
        self.center_errors.clear()
        self.center_saved.hide()
        try:
            info = self._sites.get(self._session)
        except DomainError as exc:
            self.center_errors.show_text(message_text(exc))
            return
        self.center_code.setText(info.code)
        self.center_name.setText(info.name)
        self.center_address.setText(info.address)
        self.center_phone.setText(info.phone)

    def save_center(self) -> None:
        if not self._session.is_admin:
            return
        self.center_saved.hide()
        try:
            info = self._sites.update(
                self._session,
                name=self.center_name.text(),
                address=self.center_address.text(),
                phone=self.center_phone.text(),
            )
        except ValidationError as exc:
            self.center_errors.show(exc)
            return
        except DomainError as exc:
            self.center_errors.show_text(message_text(exc))
            return
        self.center_errors.clear()
        self.center_name.setText(info.name)
        self.center_address.setText(info.address)
        self.center_phone.setText(info.phone)
        self.center_saved.setText(self.tr("The center's details have been saved."))
        self.center_saved.show()
        self._events.changed.emit("site")

    # -- my password -------------------------------------------------------------------
    def change_password(self) -> None:
        self.password_changed.hide()
        try:
            self._staff.change_own_password(
                self._session,
                self.current_password.text(),
                self.new_password.text(),
                self.confirm_password.text(),
            )
        except ValidationError as exc:
            self.password_errors.show(exc)
            return
        except DomainError as exc:
            self.password_errors.show_text(message_text(exc))
            return
        self.password_errors.clear()
        for edit in (self.current_password, self.new_password, self.confirm_password):
            edit.clear()
        self.password_changed.setText(
            self.tr("Your password has been changed. Use the new one from your next sign-in.")
        )
        self.password_changed.show()
