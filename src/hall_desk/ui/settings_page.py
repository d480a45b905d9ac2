"""Settings (设置): interface language, the center's details, my password, staff accounts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desk.config import LANGUAGES, Preferences
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError, ValidationError
from hall_desk.services.session import StaffSession
from hall_desk.services.sites import SiteService
from hall_desk.services.staff import StaffRow, StaffService
from hall_desk.ui.common import FieldErrors, message_text, name_widget, restyle
from hall_desk.ui.events import DataEvents
from hall_desk.ui.staff_dialogs import AddStaffDialog, ResetPasswordDialog
from hall_desk.ui.staff_models import StaffTableModel

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
        self.open_dialog: AddStaffDialog | ResetPasswordDialog | None = None

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._language_group())
        column.addWidget(self._center_group())
        column.addWidget(self._password_group())
        self.staff_group = self._staff_group()
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

    def _staff_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Staff accounts"))
        group.setObjectName("settings.staffGroup")
        self.staff_model = StaffTableModel(self._clock.now)
        self.staff_table = QTableView()
        name_widget(self.staff_table, "settings.staffTable", self.tr("Staff accounts"))
        self.staff_table.setModel(self.staff_model)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.verticalHeader().hide()
        header = self.staff_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.staff_table.setAlternatingRowColors(True)
        self.staff_table.setMinimumHeight(180)
        self.staff_table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_staff_buttons()
        )

        self.add_staff_button = QPushButton(self.tr("Add a staff member..."))
        name_widget(self.add_staff_button, "settings.addStaff", self.tr("Add a staff member"))
        self.add_staff_button.clicked.connect(self.add_staff)
        self.toggle_staff_button = QPushButton(self.tr("Disable"))
        name_widget(
            self.toggle_staff_button,
            "settings.toggleStaff",
            self.tr("Disable or enable the selected account"),
        )
        self.toggle_staff_button.clicked.connect(self.toggle_selected)
        self.reset_password_button = QPushButton(self.tr("Set a new password..."))
        name_widget(
            self.reset_password_button,
            "settings.resetPassword",
            self.tr("Set a new password for the selected account"),
        )
        self.reset_password_button.clicked.connect(self.reset_selected_password)
        self.staff_message = QLabel()
        name_widget(self.staff_message, "settings.staffMessage", self.tr("Staff accounts message"))
        self.staff_message.setWordWrap(True)
        self.staff_message.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_staff_button)
        buttons.addWidget(self.toggle_staff_button)
        buttons.addWidget(self.reset_password_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addWidget(self.staff_table)
        layout.addLayout(buttons)
        layout.addWidget(self.staff_message)
        self._update_staff_buttons()
        return group

    # -- page life ---------------------------------------------------------------------
    def activate(self) -> None:
        """Reload what other desks may have changed: the center and the staff list."""
        self.load_center()
        if self._session.is_admin:
            self.refresh_staff()

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

    # -- staff accounts ----------------------------------------------------------------
    def refresh_staff(self) -> None:
        keep = self.selected_staff()
        try:
            rows = self._staff.list_staff(self._session)
        except DomainError as exc:
            self._say_staff(message_text(exc), ok=False)
            return
        self.staff_model.set_rows(rows)
        if keep is not None:
            self.select_staff(keep.id)
        self._update_staff_buttons()

    def selected_staff(self) -> StaffRow | None:
        selection = self.staff_table.selectionModel()
        rows = selection.selectedRows() if selection else []
        return self.staff_model.staff_at(rows[0].row()) if rows else None

    def select_staff(self, staff_id: int) -> None:
        row = self.staff_model.row_of(staff_id)
        if row is not None:
            self.staff_table.selectRow(row)

    def _update_staff_buttons(self) -> None:
        staff = self.selected_staff()
        self.toggle_staff_button.setEnabled(staff is not None)
        self.reset_password_button.setEnabled(staff is not None)
        if staff is not None and not staff.active:
            self.toggle_staff_button.setText(self.tr("Enable"))
            self.toggle_staff_button.setAccessibleName(
                self.tr("Enable the account of {username}").format(username=staff.username)
            )
        elif staff is not None:
            self.toggle_staff_button.setText(self.tr("Disable"))
            self.toggle_staff_button.setAccessibleName(
                self.tr("Disable the account of {username}").format(username=staff.username)
            )
        else:
            self.toggle_staff_button.setText(self.tr("Disable"))
            self.toggle_staff_button.setAccessibleName(
                self.tr("Disable or enable the selected account")
            )

    def _say_staff(self, text: str, *, ok: bool) -> None:
        restyle(self.staff_message, "role", "ok" if ok else "error")
        self.staff_message.setText(text)
        self.staff_message.show()

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
        self.refresh_staff()
        if added is None:
            return
        self.select_staff(added.id)
        self._say_staff(
            self.tr("{name} ({username}) can now sign in.").format(
                name=added.full_name, username=added.username
            ),
            ok=True,
        )
        self._events.changed.emit("staff")

    def toggle_selected(self) -> None:
        staff = self.selected_staff()
        if staff is None:
            self._say_staff(self.tr("Select an account in the list first."), ok=False)
            return
        try:
            self._staff.set_active(self._session, staff.id, not staff.active)
        except DomainError as exc:
            self._say_staff(message_text(exc), ok=False)
            self.refresh_staff()
            return
        self.refresh_staff()
        if staff.active:
            text = self.tr("{username} is disabled and can no longer sign in.")
        else:
            text = self.tr("{username} is enabled again and can sign in.")
        self._say_staff(text.format(username=staff.username), ok=True)
        self._events.changed.emit("staff")

    def reset_selected_password(self) -> ResetPasswordDialog | None:
        """Open the new-password dialog for the selected account (window-modal)."""
        staff = self.selected_staff()
        if staff is None:
            self._say_staff(self.tr("Select an account in the list first."), ok=False)
            return None
        dialog = ResetPasswordDialog(self._staff, self._session, staff.id, staff.username, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._password_reset(staff.username))
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _password_reset(self, username: str) -> None:
        self.refresh_staff()
        self._say_staff(
            self.tr("{username} has a new password and is unlocked.").format(username=username),
            ok=True,
        )
        self._events.changed.emit("staff")

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
