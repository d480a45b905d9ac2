"""Staff accounts in Settings (administrators only): add, disable or enable, new password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import StaffRow, StaffService
from hall_desk.ui.common import make_table_view, message_text, name_widget, restyle
from hall_desk.ui.events import DataEvents
from hall_desk.ui.staff_dialogs import AddStaffDialog, ResetPasswordDialog
from hall_desk.ui.staff_models import StaffTableModel


class StaffPanel(QGroupBox):
    def __init__(
        self,
        staff: StaffService,
        session: StaffSession,
        events: DataEvents,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Staff accounts"), parent)
        self.setObjectName("settings.staffGroup")
        self._staff = staff
        self._session = session
        self._events = events
        self._clock = clock
        self.open_dialog: AddStaffDialog | ResetPasswordDialog | None = None
        self.model = StaffTableModel(self._clock.now)
        self.table = make_table_view(self.model, "settings.staffTable", self.tr("Staff accounts"))
        self.table.setMinimumHeight(180)
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )

        self.add_button = QPushButton(self.tr("Add a staff member..."))
        name_widget(self.add_button, "settings.addStaff", self.tr("Add a staff member"))
        self.add_button.clicked.connect(self.add_staff)
        self.toggle_button = QPushButton(self.tr("Disable"))
        name_widget(
            self.toggle_button,
            "settings.toggleStaff",
            self.tr("Disable or enable the selected account"),
        )
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.reset_button = QPushButton(self.tr("Set a new password..."))
        name_widget(
            self.reset_button,
            "settings.resetPassword",
            self.tr("Set a new password for the selected account"),
        )
        self.reset_button.clicked.connect(self.reset_selected_password)
        self.message = QLabel()
        name_widget(self.message, "settings.staffMessage", self.tr("Staff accounts message"))
        self.message.setWordWrap(True)
        self.message.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    def refresh(self) -> None:
        keep = self.selected_staff()
        try:
            rows = self._staff.list_staff(self._session)
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            return
        self.model.set_rows(rows)
        if keep is not None:
            self.select_staff(keep.id)
        self._update_buttons()

    def selected_staff(self) -> StaffRow | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection else []
        return self.model.staff_at(rows[0].row()) if rows else None

    def select_staff(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        staff = self.selected_staff()
        self.toggle_button.setEnabled(staff is not None)
        self.reset_button.setEnabled(staff is not None)
        if staff is not None and not staff.active:
            self.toggle_button.setText(self.tr("Enable"))
            self.toggle_button.setAccessibleName(
                self.tr("Enable the account of {username}").format(username=staff.username)
            )
        elif staff is not None:
            self.toggle_button.setText(self.tr("Disable"))
            self.toggle_button.setAccessibleName(
                self.tr("Disable the account of {username}").format(username=staff.username)
            )
        else:
            self.toggle_button.setText(self.tr("Disable"))
            self.toggle_button.setAccessibleName(self.tr("Disable or enable the selected account"))

    def _say(self, text: str, *, ok: bool) -> None:
        restyle(self.message, "role", "ok" if ok else "error")
        self.message.setText(text)
        self.message.show()

    def add_staff(self) -> AddStaffDialog:
        """Open the add dialog (window-modal, not blocking); the table refreshes on success."""
        dialog = AddStaffDialog(self._staff, self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._staff_added(dialog.added))
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _staff_added(self, added: StaffRow | None) -> None:
        self.refresh()
        if added is None:
            return
        self.select_staff(added.id)
        self._say(
            self.tr("{name} ({username}) can now sign in.").format(
                name=added.full_name, username=added.username
            ),
            ok=True,
        )
        self._events.changed.emit("staff")

    def toggle_selected(self) -> None:
        staff = self.selected_staff()
        if staff is None:
            self._say(self.tr("Select an account in the list first."), ok=False)
            return
        try:
            self._staff.set_active(self._session, staff.id, not staff.active)
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            self.refresh()
            return
        self.refresh()
        if staff.active:
            text = self.tr("{username} is disabled and can no longer sign in.")
        else:
            text = self.tr("{username} is enabled again and can sign in.")
        self._say(text.format(username=staff.username), ok=True)
        self._events.changed.emit("staff")

    def reset_selected_password(self) -> ResetPasswordDialog | None:
        """Open the new-password dialog for the selected account (window-modal)."""
        staff = self.selected_staff()
        if staff is None:
            self._say(self.tr("Select an account in the list first."), ok=False)
            return None
        dialog = ResetPasswordDialog(self._staff, self._session, staff.id, staff.username, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._password_reset(staff.username))
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _password_reset(self, username: str) -> None:
        self.refresh()
        self._say(
            self.tr("{username} has a new password and is unlocked.").format(username=username),
            ok=True,
        )
        self._events.changed.emit("staff")

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
