"""The signed-in staff member's own password change, on the settings page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import DomainError, ValidationError
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import StaffService
from hall_desk.ui.kit.common import FieldErrors, message_text, name_widget


class PasswordBox(QGroupBox):
    """Current password, new password twice, and the button that changes it.

    Its strings stay in the settings page's translation context, where they have always been.
    """

    def __init__(
        self, staff: StaffService, session: StaffSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("SettingsPage", "My password"), parent)
        self._staff = staff
        self._session = session
        self.setObjectName("settings.passwordGroup")
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
            QCoreApplication.translate("SettingsPage", "&Current password"),
            QCoreApplication.translate("SettingsPage", "Current password"),
        )
        self.new_password = line(
            "password",
            "settings.newPassword",
            QCoreApplication.translate("SettingsPage", "&New password"),
            QCoreApplication.translate("SettingsPage", "New password"),
        )
        self.confirm_password = line(
            "confirm",
            "settings.confirmPassword",
            QCoreApplication.translate("SettingsPage", "&Repeat new password"),
            QCoreApplication.translate("SettingsPage", "Repeat the new password"),
        )
        self.change_password_button = QPushButton(
            QCoreApplication.translate("SettingsPage", "Change my password")
        )
        name_widget(
            self.change_password_button,
            "settings.changePassword",
            QCoreApplication.translate("SettingsPage", "Change my password"),
        )
        self.change_password_button.clicked.connect(self.change_password)
        self.password_changed = QLabel()
        name_widget(
            self.password_changed,
            "settings.passwordChanged",
            QCoreApplication.translate("SettingsPage", "Password message"),
        )
        self.password_changed.setProperty("role", "ok")
        self.password_changed.setWordWrap(True)
        self.password_changed.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.password_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_password_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

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
            QCoreApplication.translate(
                "SettingsPage",
                "Your password has been changed. Use the new one from your next sign-in.",
            )
        )
        self.password_changed.show()
