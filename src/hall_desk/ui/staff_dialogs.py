"""Administrators' dialogs for staff accounts: add a colleague, set a new password."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import DomainError, ValidationError
from hall_desk.domain.staff import MIN_PASSWORD_LENGTH, ROLE_LABELS, Role
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import StaffForm, StaffRow, StaffService
from hall_desk.ui.common import (
    FieldErrors,
    dialog_buttons,
    message_text,
    submit_form,
    translate_message,
)


class AddStaffDialog(QDialog):
    """A new colleague's account with a first password; they can change it in Settings."""

    def __init__(
        self, staff: StaffService, session: StaffSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._staff = staff
        self._session = session
        self.added: StaffRow | None = None
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Add a staff member"))
        self.setMinimumWidth(460)

        general = QLabel()
        general.setObjectName("staffDialog.message")
        self.errors = FieldErrors(general)
        form = QFormLayout()

        row = partial(self.errors.add_row, form)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.username.setPlaceholderText("li.xiaoyan")
        row(
            "username",
            self.username,
            "staffDialog.username",
            self.tr("&User name"),
            self.tr("User name"),
        )
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(40)
        row(
            "full_name",
            self.full_name,
            "staffDialog.fullName",
            self.tr("&Full name"),
            self.tr("Full name"),
        )
        self.role = QComboBox()
        for role in (Role.CLERK, Role.ADMIN):
            self.role.addItem(translate_message(ROLE_LABELS[role]), role.value)
        self.role.setCurrentIndex(0)
        row("role", self.role, "staffDialog.role", self.tr("R&ole"), self.tr("Role"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("at least {min} characters").format(min=MIN_PASSWORD_LENGTH)
        )
        row(
            "password",
            self.password,
            "staffDialog.password",
            self.tr("First &password"),
            self.tr("First password"),
        )
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        row(
            "confirm",
            self.confirm,
            "staffDialog.confirm",
            self.tr("&Repeat password"),
            self.tr("Repeat password"),
        )

        hint = QLabel(
            self.tr(
                "Give the first password to the colleague in person; they can change it "
                "under Settings after signing in."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        buttons, self.submit = dialog_buttons(
            self, "staffDialog", self.tr("Add"), self.tr("Add the staff member"), self.tr("Cancel")
        )
        buttons.accepted.connect(self._add)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.username.setFocus()

    def _add(self) -> None:
        form = StaffForm(
            username=self.username.text(),
            full_name=self.full_name.text(),
            role=Role(str(self.role.currentData())),
            password=self.password.text(),
            confirm=self.confirm.text(),
        )
        result = submit_form(
            self.errors,
            lambda: self._staff.add_staff(self._session, form),
        )
        if result is not None:
            self.added = result
            self.accept()


class ResetPasswordDialog(QDialog):
    """An administrator sets a new password for a colleague; this also lifts a lock."""

    def __init__(
        self,
        staff: StaffService,
        session: StaffSession,
        staff_id: int,
        username: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._staff = staff
        self._session = session
        self.staff_id = staff_id
        self.username = username
        self.setObjectName("resetDialog")
        self.setWindowTitle(self.tr("Set a new password"))
        self.setMinimumWidth(440)

        intro = QLabel(
            self.tr(
                "New password for {username}. This also unlocks the account. Give the "
                "password to them in person."
            ).format(username=username)
        )
        intro.setWordWrap(True)
        general = QLabel()
        general.setObjectName("resetDialog.message")
        self.errors = FieldErrors(general)
        form = QFormLayout()

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("at least {min} characters").format(min=MIN_PASSWORD_LENGTH)
        )
        self.errors.add_row(
            form,
            "password",
            self.password,
            "resetDialog.password",
            self.tr("New &password"),
            self.tr("New password"),
        )
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(
            form,
            "confirm",
            self.confirm,
            "resetDialog.confirm",
            self.tr("&Repeat password"),
            self.tr("Repeat the new password"),
        )

        buttons, self.submit = dialog_buttons(
            self,
            "resetDialog",
            self.tr("Set password"),
            self.tr("Set the new password"),
            self.tr("Cancel"),
        )
        buttons.accepted.connect(self._reset)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _reset(self) -> None:
        try:
            self._staff.reset_password(
                self._session, self.staff_id, self.password.text(), self.confirm.text()
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except DomainError as exc:
            self.errors.show_text(message_text(exc))
            return
        self.accept()
