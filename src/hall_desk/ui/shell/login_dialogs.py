"""Signing in, and the first start that creates the center and its administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import AuthenticationError, DomainError, ValidationError
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import SetupForm, StaffService
from hall_desk.ui.kit.common import FieldErrors, dialog_buttons, message_text, name_widget


class LoginDialog(QDialog):
    """User name and password. Wrong passwords count towards the 15-minute lock."""

    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        self.session: StaffSession | None = None
        self.setObjectName("login")
        self.setWindowTitle(self.tr("Sign in - Hall Desk"))
        self.setMinimumWidth(380)

        title = QLabel(self.tr("Party-Mass Service Center Front Desk"))
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit()
        name_widget(self.username, "login.username", self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        name_widget(self.password, "login.password", self.tr("Password"))
        self.message = QLabel()
        name_widget(self.message, "login.message", self.tr("Sign-in message"))
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)

        buttons, self.submit = dialog_buttons(
            self, "login", self.tr("Sign in"), self.tr("Sign in"), self.tr("Quit")
        )
        buttons.accepted.connect(self._sign_in)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.username.setFocus()

    def _sign_in(self) -> None:
        if not self.username.text().strip():
            self._say(self.tr("Please enter your user name."))
            self.username.setFocus()
            return
        try:
            self.session = self._staff.sign_in(self.username.text(), self.password.text())
        except AuthenticationError as exc:
            self._say(message_text(exc))
            self.password.selectAll()
            self.password.setFocus()
            return
        except DomainError as exc:
            self._say(message_text(exc))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class SetupDialog(QDialog):
    """First start on an empty database: the center's name and the first administrator."""

    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        self.session: StaffSession | None = None
        self.setObjectName("setup")
        self.setWindowTitle(self.tr("First start - set up the center"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Welcome. Enter your center's details and create the first administrator "
                "account. There is no default password: choose one now and keep it safe."
            )
        )
        intro.setWordWrap(True)
        general = QLabel()
        general.setObjectName("setup.message")
        self.errors = FieldErrors(general)
        form = QFormLayout()

        def line(
            field: str,
            obj: str,
            label: str,
            accessible: str,
            *,
            secret: bool = False,
            placeholder: str = "",
        ) -> QLineEdit:
            edit = QLineEdit()
            if secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(placeholder)
            self.errors.add_row(form, field, edit, obj, label, accessible)
            return edit

        self.center_name = line(
            "center_name",
            "setup.centerName",
            self.tr("Center &name"),
            self.tr("Center name"),
            placeholder=self.tr("e.g. Chengnan Community Service Center"),
        )
        self.center_code = line(
            "center_code",
            "setup.centerCode",
            self.tr("Center &code"),
            self.tr("Center code"),
            placeholder="SC01",
        )
        self.address = line("address", "setup.address", self.tr("&Address"), self.tr("Address"))
        self.phone = line("phone", "setup.phone", self.tr("P&hone"), self.tr("Center phone"))
        self.full_name = line(
            "full_name",
            "setup.fullName",
            self.tr("Your &full name"),
            self.tr("Administrator's full name"),
        )
        self.username = line(
            "username",
            "setup.username",
            self.tr("&User name"),
            self.tr("Administrator's user name"),
            placeholder="wang.li",
        )
        self.password = line(
            "password",
            "setup.password",
            self.tr("&Password"),
            self.tr("Password"),
            secret=True,
            placeholder=self.tr("at least 8 characters"),
        )
        self.confirm = line(
            "confirm",
            "setup.confirm",
            self.tr("&Repeat password"),
            self.tr("Repeat password"),
            secret=True,
        )

        buttons, self.submit = dialog_buttons(
            self,
            "setup",
            self.tr("Create and sign in"),
            self.tr("Create and sign in"),
            self.tr("Quit"),
        )
        buttons.accepted.connect(self._create)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.center_name.setFocus()

    def _create(self) -> None:
        form = SetupForm(
            center_name=self.center_name.text(),
            center_code=self.center_code.text(),
            username=self.username.text(),
            full_name=self.full_name.text(),
            password=self.password.text(),
            confirm=self.confirm.text(),
            address=self.address.text(),
            phone=self.phone.text(),
        )
        try:
            self.session = self._staff.set_up_center(form)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except DomainError as exc:
            self.errors.show_text(message_text(exc))
            return
        self.accept()
