"""Staff accounts in Settings (administrators only): add, disable or enable, new password,
unlock."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QGroupBox, QVBoxLayout, QWidget

from hall_desk.domain.clock import Clock
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import StaffRow, StaffService
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.settings.staff_dialogs import AddStaffDialog, ResetPasswordDialog
from hall_desk.ui.settings.staff_models import StaffTableModel


class StaffPanel(QGroupBox):
    """The accounts as a list in a group box of its own, with their buttons under it."""

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
        self.model = StaffTableModel(clock.now)
        self.list = ListPanel(
            session, events, "staff", load=lambda: self.model.set_rows(staff.list_staff(session))
        )
        self.table = self.list.list_table(
            self.model, "settings.staffTable", self.tr("Staff accounts"), min_height=180
        )
        self.list.action_row(
            [
                ListAction(
                    "settings.addStaff",
                    self.tr("Add a staff member..."),
                    self.tr("Add a staff member"),
                    self.add_staff,
                    needs_row=False,
                ),
                ListAction(
                    "settings.toggleStaff",
                    self.tr("Disable"),
                    self.tr("Disable or enable the selected account"),
                    self.toggle_selected,
                    label=self._toggle_label,
                ),
                ListAction(
                    "settings.resetPassword",
                    self.tr("Set a new password..."),
                    self.tr("Set a new password for the selected account"),
                    self.reset_selected_password,
                ),
                ListAction(
                    "settings.unlockStaff",
                    self.tr("Unlock"),
                    self.tr("Unlock the selected account after too many wrong passwords"),
                    self.unlock_selected,
                    allowed=self.model.is_locked,
                ),
            ]
        )
        self.list.message_line("settings.staffMessage", self.tr("Staff accounts message"))
        self.list.lay_out(margins=0)
        QVBoxLayout(self).addWidget(self.list)
        self.list.update_actions()

    @property
    def open_dialog(self) -> QDialog | None:
        return self.list.open_dialog

    def refresh(self) -> None:
        self.list.refresh()

    def selected_staff(self) -> StaffRow | None:
        staff: StaffRow | None = self.list.selected()
        return staff

    def _toggle_label(self, staff: StaffRow | None) -> tuple[str, str]:
        if staff is not None and not staff.active:
            text = self.tr("Enable the account of {username}")
            return self.tr("Enable"), text.format(username=staff.username)
        if staff is not None:
            text = self.tr("Disable the account of {username}")
            return self.tr("Disable"), text.format(username=staff.username)
        return self.tr("Disable"), self.tr("Disable or enable the selected account")

    def add_staff(self) -> AddStaffDialog:
        """Open the add dialog (window-modal, not blocking); the table refreshes on success."""
        return self.list.open_window(AddStaffDialog(self._staff, self._session, self), self._added)

    def _added(self, dialog: AddStaffDialog) -> None:
        self.refresh()
        added: StaffRow | None = dialog.saved
        if added is None:
            return
        self.list.select(added.id)
        self.list.say(
            self.tr("{name} ({username}) can now sign in.").format(
                name=added.full_name, username=added.username
            ),
            ok=True,
        )
        self.list.notify()

    def toggle_selected(self) -> None:
        staff = self.list.chosen(self.tr("Select an account in the list first."))
        if staff is None:
            return
        if not self.list.attempt(
            lambda: self._staff.set_active(self._session, staff.id, not staff.active)
        ):
            return
        if staff.active:
            text = self.tr("{username} is disabled and can no longer sign in.")
        else:
            text = self.tr("{username} is enabled again and can sign in.")
        self.list.changed(text.format(username=staff.username))

    def reset_selected_password(self) -> ResetPasswordDialog | None:
        """Open the new-password dialog for the selected account (window-modal)."""
        staff = self.list.chosen(self.tr("Select an account in the list first."))
        if staff is None:
            return None
        dialog = ResetPasswordDialog(self._staff, self._session, staff.id, staff.username, self)
        return self.list.open_window(dialog, self._password_reset)

    def _password_reset(self, dialog: ResetPasswordDialog) -> None:
        self.list.changed(
            self.tr("{username} has a new password and is unlocked.").format(
                username=dialog.username
            )
        )

    def unlock_selected(self) -> None:
        """Lift the lock after wrong passwords; the password stays as it is."""
        staff = self.list.chosen(self.tr("Select an account in the list first."))
        if staff is None:
            return
        if self.list.attempt(lambda: self._staff.unlock(self._session, staff.id)):
            self.list.changed(
                self.tr("{username} is unlocked and can sign in again.").format(
                    username=staff.username
                )
            )
