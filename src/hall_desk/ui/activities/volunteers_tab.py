"""Volunteer roles and shifts: signing volunteers up, in and out, and hours added afterwards.

Pick an activity (those with a session today first) and one of its sessions; the session's
roles show their places filled, and its shifts their times and hours. Ctrl+N signs a
volunteer up; a shift's hours come from signing in and out here, or are added afterwards
(补录) with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activities import SessionStatus, ShiftStatus, format_hours
from hall_desk.domain.errors import DomainError
from hall_desk.services.activities.activity_records import (
    SessionInfo,
    ShiftRow,
)
from hall_desk.ui.activities.volunteer_dialogs import (
    CancelShiftDialog,
    RolesDialog,
    VolunteerSignupDialog,
)
from hall_desk.ui.activities.volunteer_models import (
    RoleLine,
    RoleTableModel,
    ShiftTableModel,
    role_lines,
)
from hall_desk.ui.activities.volunteer_sessions import SessionChooser
from hall_desk.ui.activities.volunteer_supplement import SupplementDialog
from hall_desk.ui.kit.common import make_table_view, message_text, name_widget
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.kit.pages import PageContext

#: What this tab's changes are called in the one "data changed" notice.
VOLUNTEER_NOTICE = "volunteer"
RELOAD_ON = frozenset({VOLUNTEER_NOTICE, "activity"})
T = TypeVar("T")


def _signed(shift: ShiftRow) -> bool:
    return shift.status is ShiftStatus.SIGNED


class VolunteersTab(ListPanel):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context.session, context.events, VOLUNTEER_NOTICE, parent)
        self.setObjectName("volunteersTab")
        self._context = context
        self._services = context.services
        self._volunteers = context.services.volunteers
        self._loaded = False
        self._notifying = False
        self._roles: list[RoleLine] = []

        self.chooser = SessionChooser(
            context.services.activities, context.services.clock, context.session, self
        )
        self.chooser.changed.connect(self._session_changed)
        self.chooser.refused.connect(lambda text: self.say(text, ok=False))
        self.roles_button = QPushButton(self.tr("Roles..."))
        name_widget(
            self.roles_button, "volunteers.roles", self.tr("Edit the activity's volunteer roles")
        )
        self.roles_button.clicked.connect(lambda _checked=False: self.edit_roles())
        activity_label = QLabel(self.tr("&Activity"))
        activity_label.setBuddy(self.chooser.activity)
        session_label = QLabel(self.tr("&Session"))
        session_label.setBuddy(self.chooser.session)
        self.top.addWidget(activity_label)
        self.top.addWidget(self.chooser.activity, 1)
        self.top.addWidget(session_label)
        self.top.addWidget(self.chooser.session)
        self.top.addWidget(self.roles_button)

        self.shift_model = ShiftTableModel()
        self.model = self.shift_model
        self.table = self.list_table(
            self.shift_model,
            "volunteers.shifts",
            self.tr("Volunteers of the session"),
            stretch=ShiftTableModel.NOTE,
            min_height=160,
            wrap=False,
        )
        self.role_model = RoleTableModel()
        self.role_table: QTableView = make_table_view(
            self.role_model,
            "volunteers.roleTable",
            self.tr("Roles of the session with places filled"),
            stretch=RoleTableModel.DESCRIPTION,
        )
        self.role_table.setMaximumHeight(130)
        self.summary = QLabel()
        self.summary.setObjectName("volunteers.summary")
        self.summary.setProperty("role", "muted")
        self.empty = QLabel()
        self.empty.setObjectName("volunteers.empty")
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.action_row(self._actions())
        for action, button in self._buttons:
            if action.name == "volunteers.signUp":
                button.setToolTip("Ctrl+N")
        self.message_line("volunteers.message", self.tr("Volunteers message"))

        roles_group = QGroupBox(self.tr("Roles"))
        roles_group.setObjectName("volunteers.rolesGroup")
        QVBoxLayout(roles_group).addWidget(self.role_table)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(roles_group)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self.button_row)
        assert self.message is not None
        layout.addWidget(self.message)

        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.sign_up)
        context.events.changed.connect(self._on_changed)
        self.update_actions()

    def _actions(self) -> list[ListAction]:
        def can_sign_in(s: ShiftRow) -> bool:
            return _signed(s) and s.signed_in_at is None

        def can_sign_out(s: ShiftRow) -> bool:
            return _signed(s) and s.signed_in_at is not None and s.signed_out_at is None

        return [
            ListAction("volunteers.signUp", self.tr("Sign up a volunteer..."),
                       self.tr("Sign a volunteer up for a role at this session (Ctrl+N)"),
                       self.sign_up, needs_row=False),
            ListAction("volunteers.signIn", self.tr("Sign in"),
                       self.tr("Sign the selected volunteer in now"), self.sign_in,
                       allowed=can_sign_in),
            ListAction("volunteers.signOut", self.tr("Sign out"),
                       self.tr("Sign the selected volunteer out now"), self.sign_out,
                       allowed=can_sign_out),
            ListAction("volunteers.supplement", self.tr("Add hours afterwards..."),
                       self.tr("Enter the selected volunteer's times afterwards, with the reason"),
                       self.supplement, allowed=_signed),
            ListAction("volunteers.cancel", self.tr("Cancel the shift..."),
                       self.tr("Cancel the selected volunteer's shift, with the reason"),
                       self.cancel_shift, allowed=_signed),
        ]  # fmt: skip

    # -- choosing the session ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """The activities, the chosen one's sessions and the session's volunteers, afresh."""
        self._loaded = True
        try:
            self.chooser.fill()
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
        self.refresh()

    def _session_changed(self) -> None:
        if self._loaded:
            self.refresh()

    def choose(self, activity_id: int, session_id: int | None = None) -> bool:
        """Show ``activity_id`` (and ``session_id`` of it); False if it is not offered."""
        if not self._loaded:
            self.reload()
        return self.chooser.choose(activity_id, session_id)

    def chosen_session(self) -> SessionInfo | None:
        return self.chooser.chosen_session()

    # -- the lists ----------------------------------------------------------------------------
    def load(self) -> None:
        meeting = self.chosen_session()
        shifts: list[ShiftRow] = []
        self._roles = []
        if meeting is not None:
            self.shift_model.min_share = self._volunteers.min_share(self._session)
            shifts = self._volunteers.shifts(self._session, session_id=meeting.id)
            roles = self._volunteers.roles(self._session, meeting.activity_id)
            self._roles = role_lines(roles, shifts)
        self.shift_model.set_rows(shifts)
        self.role_model.set_rows(self._roles)
        self.roles_button.setEnabled(self.chooser.activity_id() is not None)
        self._show_summary(meeting, shifts)

    def _show_summary(self, meeting: SessionInfo | None, shifts: list[ShiftRow]) -> None:
        signed = [s for s in shifts if _signed(s)]
        came = sum(1 for s in signed if s.signed_in_at is not None)
        minutes = sum(s.credited_minutes for s in signed)
        self.summary.setText(
            self.tr("{count} volunteers, {came} signed in, {hours} h credited").format(
                count=len(signed), came=came, hours=format_hours(minutes)
            )
        )
        self.summary.setVisible(meeting is not None)
        if not self.chooser.has_activities():
            empty = self.tr("No activities yet. Create one on the Activities tab (Alt+1).")
        elif meeting is None:
            empty = self.tr("The activity has no sessions.")
        elif not self._roles:
            empty = self.tr("The activity has no volunteer roles yet: add them with “Roles...”.")
        elif not shifts:
            empty = self.tr("No volunteers at this session yet: “Sign up a volunteer...” (Ctrl+N).")
        else:
            empty = ""
        self.empty.setText(empty)
        self.empty.setVisible(bool(empty))

    def _on_changed(self, what: str) -> None:
        if what in RELOAD_ON and self._loaded and not self._notifying:
            self.reload()

    def notify(self) -> None:
        # This tab has already reloaded; its own notice is for the other pages.
        self._notifying = True
        try:
            super().notify()
        finally:
            self._notifying = False

    # -- actions ------------------------------------------------------------------------------
    def edit_roles(self) -> RolesDialog | None:
        activity_id = self.chooser.activity_id()
        if activity_id is None:
            self.say(self.tr("Choose an activity first."), ok=False)
            return None
        try:
            roles = self._volunteers.roles(self._session, activity_id)
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
            return None
        dialog = RolesDialog(
            self._volunteers, self._session, activity_id, self.chooser.activity_title(), roles, self
        )
        return self.open_window(
            dialog,
            lambda d: self.changed(
                self.tr("The roles of “{title}” are saved.").format(
                    title=self.chooser.activity_title()
                )
            ),
        )

    def sign_up(self) -> VolunteerSignupDialog | None:
        meeting = self.chosen_session()
        if meeting is None:
            self.say(self.tr("Choose an activity and one of its sessions first."), ok=False)
            return None
        if meeting.status is SessionStatus.CANCELLED:
            self.say(self.tr("This session is cancelled."), ok=False)
            return None
        if not self._roles:
            self.say(
                self.tr("Add the activity's volunteer roles first, with “Roles...”."), ok=False
            )
            return None
        dialog = VolunteerSignupDialog(
            self._volunteers,
            self._session,
            self.chooser.activity_title(),
            meeting,
            self._roles,
            self,
        )
        return self.open_window(dialog, self._signed_up)

    def _signed_up(self, dialog: VolunteerSignupDialog) -> None:
        shift: ShiftRow = dialog.saved
        self.refresh()
        self.select(shift.id)
        self.say(
            self.tr("{name} is signed up as {role}.").format(name=shift.name, role=shift.role_name),
            ok=True,
        )
        self.notify()

    def sign_in(self) -> ShiftRow | None:
        shift = self._chosen()
        if shift is None:
            return None
        done = self._run(lambda: self._volunteers.sign_in(self._session, shift.id))
        if done is not None and done.signed_in_at is not None:
            self.changed(
                self.tr("{name} signed in at {time}.").format(
                    name=done.name, time=f"{done.signed_in_at:%H:%M}"
                )
            )
        return done

    def sign_out(self) -> ShiftRow | None:
        shift = self._chosen()
        if shift is None:
            return None
        done = self._run(lambda: self._volunteers.sign_out(self._session, shift.id))
        if done is not None:
            self.changed(self.signed_out_text(done))
        return done

    def signed_out_text(self, shift: ShiftRow) -> str:
        """What signing out credited, or why nothing."""
        at = f"{shift.signed_out_at:%H:%M}" if shift.signed_out_at is not None else ""
        if shift.credited_minutes:
            return self.tr("{name} signed out at {time}: {hours} h credited.").format(
                name=shift.name, time=at, hours=format_hours(shift.credited_minutes)
            )
        return self.tr(
            "{name} signed out at {time}: no hours, present less than {share}% of the shift."
        ).format(name=shift.name, time=at, share=self.shift_model.min_share)

    def supplement(self) -> SupplementDialog | None:
        shift = self._chosen()
        if shift is None:
            return None
        dialog = SupplementDialog(
            self._volunteers, self._session, shift, self.shift_model.min_share, self
        )
        return self.open_window(dialog, self._supplemented)

    def _supplemented(self, dialog: SupplementDialog) -> None:
        shift: ShiftRow = dialog.saved
        hours = format_hours(shift.credited_minutes)
        self.changed(
            self.tr("Hours added afterwards for {name}: {hours} h.").format(
                name=shift.name, hours=hours
            )
        )

    def cancel_shift(self) -> CancelShiftDialog | None:
        shift = self._chosen()
        if shift is None:
            return None
        dialog = CancelShiftDialog(self._volunteers, self._session, shift, self)
        return self.open_window(
            dialog,
            lambda d: self.changed(
                self.tr("The shift of {name} is cancelled.").format(name=d.saved.name)
            ),
        )

    def _chosen(self) -> ShiftRow | None:
        shift: ShiftRow | None = self.chosen(self.tr("Select a volunteer in the list first."))
        return shift

    def _run(self, call: Callable[[], T]) -> T | None:
        """A service call that changes a shift; a refusal is said and the lists reloaded."""
        try:
            return call()
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
            self.refresh()
            return None
