"""The sign-ups of an activity inside its dialog: the enrolled, then the waiting list, with
"Sign up…", "Cancel sign-up…" (whoever moves up from the waiting list is named) and printing a
slip again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activities import ActivityStatus, SignupStatus
from hall_desk.domain.errors import DomainError
from hall_desk.services.activities.activity_records import ActivityDetail, CancelResult, SignupRow
from hall_desk.ui.activities.activity_printing import print_signup_slip
from hall_desk.ui.activities.signup_dialog import SignupDialog
from hall_desk.ui.activities.signup_models import SignupTableModel
from hall_desk.ui.kit.common import make_table_view, message_text, name_widget
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.kit.reason_dialog import ReasonDialog

PREFIX = "activityDialog"


def cancelled_text(result: CancelResult) -> str:
    """Whose sign-up was cancelled and who moved up from the waiting list."""
    text = QCoreApplication.translate("SignupPanel", "{name}'s sign-up is cancelled.").format(
        name=result.cancelled.name
    )
    if result.promoted:
        names = "、".join(row.name for row in result.promoted)
        text += " " + QCoreApplication.translate(
            "SignupPanel", "Moved up from the waiting list and now signed up: {names}."
        ).format(names=names)
    return text


class SignupPanel(QGroupBox):
    def __init__(
        self,
        context: PageContext,
        *,
        say: Callable[[str, str], None],
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        """``say`` shows a line on the dialog (text, role); ``changed`` follows every change."""
        super().__init__(parent)
        self.setTitle(self.tr("Sign-ups"))
        self._context = context
        self._services = context.services
        self._session = context.session
        self._say = say
        self._changed = changed
        self.detail: ActivityDetail | None = None

        self.model = SignupTableModel()
        self.table = make_table_view(
            self.model, f"{PREFIX}.signups", self.tr("Sign-ups"), stretch=SignupTableModel.NAME
        )
        self.signup_button = self._button("signUp", self.tr("Sign up…"), self.tr("Sign people up"))
        self.signup_button.clicked.connect(self.sign_up)
        self.cancel_button = self._button(
            "cancelSignup", self.tr("Cancel sign-up…"), self.tr("Cancel the selected sign-up")
        )
        self.cancel_button.clicked.connect(self.cancel_signup)
        self.reprint_button = self._button(
            "reprint", self.tr("Print the slip again"), self.tr("Print the slip again")
        )
        self.reprint_button.clicked.connect(self.reprint_slip)
        self.show_cancelled = QCheckBox(self.tr("Show cancelled"))
        name_widget(
            self.show_cancelled, f"{PREFIX}.showCancelled", self.tr("Show cancelled sign-ups")
        )
        self.show_cancelled.toggled.connect(lambda _on: self.load())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        row = QHBoxLayout()
        for widget in (self.signup_button, self.cancel_button, self.reprint_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.show_cancelled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        name_widget(button, f"{PREFIX}.{name}", accessible)
        button.setAutoDefault(False)
        return button

    # -- showing -------------------------------------------------------------------------
    def show_activity(self, detail: ActivityDetail) -> None:
        self.detail = detail
        self.load()

    def load(self) -> None:
        if self.detail is None:
            return
        selected = self.selected()
        try:
            rows = self._services.signups.signups(
                self._session, self.detail.row.id, include_cancelled=self.show_cancelled.isChecked()
            )
        except DomainError as exc:
            self._say(message_text(exc), "error")
            return
        self.model.set_rows(rows)
        row = self.model.row_of(selected.id) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._enable()

    def _enable(self) -> None:
        live = self.detail is not None and self.detail.row.status is ActivityStatus.OPEN
        self.signup_button.setEnabled(live)
        signup = self.selected()
        active = signup is not None and signup.status is not SignupStatus.CANCELLED
        self.cancel_button.setEnabled(active)
        self.reprint_button.setEnabled(active)

    def selected(self) -> SignupRow | None:
        row = self.table.currentIndex().row()
        return self.model.signup_at(row) if 0 <= row < self.model.rowCount() else None

    def select(self, signup_id: int) -> bool:
        row = self.model.row_of(signup_id)
        if row is None and not self.show_cancelled.isChecked():
            self.show_cancelled.setChecked(True)  # a cancelled sign-up's slip was scanned
            row = self.model.row_of(signup_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.setFocus()
        return True

    # -- what the desk does --------------------------------------------------------------
    def signup_dialog(self) -> SignupDialog:
        assert self.detail is not None
        return SignupDialog(
            self._services, self._session, self.detail, self._context.slip_layout,
            changed=lambda: self._context.events.changed.emit("activity"), parent=self,
        )  # fmt: skip

    def sign_up(self) -> None:
        dialog = self.signup_dialog()
        dialog.exec()
        self._changed()
        if dialog.signed:
            self.select(dialog.signed[-1].id)
            self._say(self.tr("%n sign-up(s) made.", "", len(dialog.signed)), "ok")

    def cancel_signup(self) -> None:
        signup = self.selected()
        if signup is None:
            return
        prompt = ReasonDialog(
            self.tr("Cancel the sign-up"),
            self.tr("Why does {name} no longer come?").format(name=signup.name),
            parent=self,
        )
        if prompt.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            result = self._services.signups.cancel(self._session, signup.id, prompt.text())
        except DomainError as exc:
            self._say(message_text(exc), "error")
            return
        self._context.events.changed.emit("activity")
        self._changed()
        self._say(cancelled_text(result), "ok")

    def reprint_slip(self) -> None:
        signup = self.selected()
        if signup is None:
            return
        print_signup_slip(
            self, self._services, self._session, signup.id, signup.number,
            self._context.slip_layout(), reprint=True,
            report=lambda text: self._say(text, "ok"),
        )  # fmt: skip
