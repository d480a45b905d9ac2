"""Administrators' dialogs for staff accounts: add a colleague, set a new password."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from hall_desk.domain.staff import MIN_PASSWORD_LENGTH, ROLE_LABELS, Role
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import StaffForm, StaffRow, StaffService
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.form_dialog import FormDialog


def add_passwords(
    dialog: FormDialog, placeholder: str, first: tuple[str, str], repeat: tuple[str, str]
) -> tuple[QLineEdit, QLineEdit]:
    """A password and its repetition, each a (label, accessible name) field of ``dialog``."""
    password, confirm = QLineEdit(), QLineEdit()
    for edit in (password, confirm):
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    password.setPlaceholderText(placeholder)
    dialog.add_field("password", password, "password", *first)
    dialog.add_field("confirm", confirm, "confirm", *repeat)
    return password, confirm


class AddStaffDialog(FormDialog):
    """A new colleague's account with a first password; they can change it in Settings."""

    def __init__(
        self, staff: StaffService, session: StaffSession, parent: QWidget | None = None
    ) -> None:
        super().__init__("staffDialog", parent)
        self._staff = staff
        self._session = session
        self.setWindowTitle(self.tr("Add a staff member"))
        self.setMinimumWidth(460)

        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.username.setPlaceholderText("li.xiaoyan")
        self.add_field(
            "username", self.username, "username", self.tr("&User name"), self.tr("User name")
        )
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(40)
        self.add_field(
            "full_name", self.full_name, "fullName", self.tr("&Full name"), self.tr("Full name")
        )
        self.role = QComboBox()
        for role in (Role.CLERK, Role.ADMIN):
            self.role.addItem(translate_message(ROLE_LABELS[role]), role.value)
        self.role.setCurrentIndex(0)
        self.add_field("role", self.role, "role", self.tr("R&ole"), self.tr("Role"))
        self.password, self.confirm = add_passwords(
            self,
            self.tr("at least {min} characters").format(min=MIN_PASSWORD_LENGTH),
            (self.tr("First &password"), self.tr("First password")),
            (self.tr("&Repeat password"), self.tr("Repeat password")),
        )

        self.finish(
            self.tr("Add"),
            self.tr("Add the staff member"),
            self.tr("Cancel"),
            hint=self.tr(
                "Give the first password to the colleague in person; they can change it "
                "under Settings after signing in."
            ),
        )
        self.username.setFocus()

    def save(self) -> StaffRow:
        form = StaffForm(
            username=self.username.text(),
            full_name=self.full_name.text(),
            role=Role(str(self.role.currentData())),
            password=self.password.text(),
            confirm=self.confirm.text(),
        )
        return self._staff.add_staff(self._session, form)


class ResetPasswordDialog(FormDialog):
    """An administrator sets a new password for a colleague; this also lifts a lock."""

    def __init__(
        self,
        staff: StaffService,
        session: StaffSession,
        staff_id: int,
        username: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("resetDialog", parent)
        self._staff = staff
        self._session = session
        self.staff_id = staff_id
        self.username = username
        self.setWindowTitle(self.tr("Set a new password"))
        self.setMinimumWidth(440)

        intro = QLabel(
            self.tr(
                "New password for {username}. This also unlocks the account. Give the "
                "password to them in person."
            ).format(username=username)
        )
        intro.setWordWrap(True)
        self.password, self.confirm = add_passwords(
            self,
            self.tr("at least {min} characters").format(min=MIN_PASSWORD_LENGTH),
            (self.tr("New &password"), self.tr("New password")),
            (self.tr("&Repeat password"), self.tr("Repeat the new password")),
        )

        self.finish(
            self.tr("Set password"),
            self.tr("Set the new password"),
            self.tr("Cancel"),
            above=[intro],
        )
        self.password.setFocus()

    def save(self) -> str:
        """Set the password; the account's user name is what ``saved`` keeps."""
        self._staff.reset_password(
            self._session, self.staff_id, self.password.text(), self.confirm.text()
        )
        return self.username
