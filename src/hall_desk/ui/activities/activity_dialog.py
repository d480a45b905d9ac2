"""One activity: what it is, its sessions (with their rooms, bookings and attendance) and its
sign-ups (the enrolled, then the waiting list), with everything the desk does to them.

Sessions: take attendance, print the sign-in sheet, add sessions, cancel one (its room booking
is cancelled too). Sign-ups: sign people up, cancel one (whoever moves up from the waiting list
is named), print a slip again. The activity itself: edit, or cancel with a reason.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activities import ActivityStatus, SessionStatus
from hall_desk.domain.errors import DomainError
from hall_desk.services.activities.activity_records import ActivityDetail, SessionInfo
from hall_desk.ui.activities.activity_about import about_text
from hall_desk.ui.activities.activity_form import ActivityFormDialog
from hall_desk.ui.activities.activity_models import SessionTableModel
from hall_desk.ui.activities.activity_more_sessions import AddSessionsDialog
from hall_desk.ui.activities.activity_printing import print_sign_in_sheet
from hall_desk.ui.activities.attendance_dialog import AttendanceDialog
from hall_desk.ui.activities.signup_panel import SignupPanel
from hall_desk.ui.kit.common import (
    make_table_view,
    message_text,
    name_widget,
    restyle,
    size_within_screen,
)
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.kit.reason_dialog import ReasonDialog

PREFIX = "activityDialog"


class ActivityDialog(QDialog):
    def __init__(
        self, context: PageContext, detail: ActivityDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self._context = context
        self._services = context.services
        self._session = context.session
        self.detail = detail

        self.about = QLabel()
        self.about.setObjectName(f"{PREFIX}.about")
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = self._button("edit", self.tr("Edit…"), self.tr("Edit the activity"))
        self.edit_button.clicked.connect(self.edit)
        self.cancel_button = self._button(
            "cancelActivity", self.tr("Cancel the activity…"), self.tr("Cancel the activity")
        )
        self.cancel_button.clicked.connect(self.cancel_activity)
        top = QHBoxLayout()
        top.addWidget(self.about, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)

        self.session_model = SessionTableModel()
        self.sessions = make_table_view(
            self.session_model, f"{PREFIX}.sessions", self.tr("Sessions"),
            stretch=SessionTableModel.PLACE,
        )  # fmt: skip
        self.sessions.activated.connect(lambda _i: self.take_attendance())
        self.sessions.doubleClicked.connect(lambda _i: self.take_attendance())
        self.attendance_button = self._button(
            "attendance", self.tr("Take attendance…"), self.tr("Attendance of the session")
        )
        self.attendance_button.clicked.connect(self.take_attendance)
        self.sheet_button = self._button(
            "printSheet", self.tr("Print sign-in sheet"), self.tr("Print the session's sheet")
        )
        self.sheet_button.clicked.connect(self.print_sheet)
        self.add_sessions_button = self._button(
            "addSessions", self.tr("Add sessions…"), self.tr("Add sessions")
        )
        self.add_sessions_button.clicked.connect(self.add_sessions)
        self.cancel_session_button = self._button(
            "cancelSession", self.tr("Cancel session…"), self.tr("Cancel the selected session")
        )
        self.cancel_session_button.clicked.connect(self.cancel_session)
        session_box = self._group(
            self.tr("Sessions"),
            self.sessions,
            (
                self.attendance_button, self.sheet_button, None, self.add_sessions_button,
                self.cancel_session_button,
            ),
        )  # fmt: skip

        self.signups = SignupPanel(
            context, say=lambda text, role: self._say(text, role), changed=self.reload
        )

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName(f"{PREFIX}.split")
        splitter.addWidget(session_box)
        splitter.addWidget(self.signups)
        splitter.setChildrenCollapsible(False)
        self.message = QLabel()
        name_widget(self.message, f"{PREFIX}.message", self.tr("Last action"))
        self.message.setWordWrap(True)
        close = self._button("close", self.tr("Close"), self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.sessions.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.show_detail(detail)
        self.select_session(self.today_session())
        size_within_screen(self, 1100, 720)

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        name_widget(button, f"{PREFIX}.{name}", accessible)
        button.setAutoDefault(False)
        return button

    def _group(self, title: str, view: QWidget, controls: tuple[QWidget | None, ...]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        for widget in controls:
            if widget is None:
                row.addStretch(1)
            else:
                row.addWidget(widget)
        layout.addLayout(row)
        return box

    # -- showing -------------------------------------------------------------------------
    def show_detail(self, detail: ActivityDetail) -> None:
        self.detail = detail
        self.setWindowTitle(f"{detail.row.number} {detail.row.title}")
        self.about.setText(about_text(detail))
        session = self.selected_session()
        self.session_model.set_rows(detail.sessions)
        if session is not None:
            self.select_session(session.id)
        self.signups.show_activity(detail)
        self._enable()

    def reload(self) -> None:
        try:
            detail = self._services.activities.detail(self._session, self.detail.row.id)
        except DomainError as exc:
            self._say(message_text(exc), "error")
            return
        self.show_detail(detail)

    def _enable(self) -> None:
        live = self.detail.row.status is ActivityStatus.OPEN
        session = self.selected_session()
        planned = session is not None and session.status is SessionStatus.PLANNED
        for button in (self.edit_button, self.cancel_button, self.add_sessions_button):
            button.setEnabled(live)
        self.attendance_button.setEnabled(planned)
        self.sheet_button.setEnabled(planned)
        self.cancel_session_button.setEnabled(live and planned)

    def _say(self, text: str, role: str = "ok") -> None:
        self.message.setText(text)
        restyle(self.message, "role", role)

    def _changed(self) -> None:
        self._context.events.changed.emit("activity")

    # -- selection -----------------------------------------------------------------------
    def selected_session(self) -> SessionInfo | None:
        row = self.sessions.currentIndex().row()
        return (
            self.session_model.session_at(row) if 0 <= row < self.session_model.rowCount() else None
        )

    def select_session(self, session_id: int | None) -> None:
        row = self.session_model.row_of(session_id) if session_id is not None else None
        if row is not None:
            self.sessions.selectRow(row)

    def select_signup(self, signup_id: int) -> bool:
        return self.signups.select(signup_id)

    def today_session(self) -> int | None:
        """Today's session, else the next planned one, else the last one."""
        today = self._services.clock.now().date()
        planned = [s for s in self.detail.sessions if s.status is SessionStatus.PLANNED]
        coming = [s for s in planned if s.starts_at.date() >= today]
        if coming:
            return coming[0].id
        return self.detail.sessions[-1].id if self.detail.sessions else None

    # -- the activity --------------------------------------------------------------------
    def form_dialog(self) -> ActivityFormDialog:
        return ActivityFormDialog(self._services, self._session, detail=self.detail, parent=self)

    def edit(self) -> None:
        dialog = self.form_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()
            self.show_detail(dialog.saved)
            self._say(self.tr("The activity is saved."))

    def _reason(self, title: str, prompt: str) -> str | None:
        dialog = ReasonDialog(title, prompt, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text()

    def cancel_activity(self) -> None:
        reason = self._reason(
            self.tr("Cancel the activity"),
            self.tr(
                "Why is the activity cancelled? Its coming sessions and their room bookings are "
                "cancelled too."
            ),
        )
        if reason is None:
            return
        try:
            detail = self._services.activities.cancel(self._session, self.detail.row.id, reason)
        except DomainError as exc:
            self._say(message_text(exc), "error")
            return
        self._changed()
        self.show_detail(detail)
        self._say(self.tr("The activity is cancelled."))

    # -- sessions ------------------------------------------------------------------------
    def add_sessions_dialog(self) -> AddSessionsDialog:
        today = self._services.clock.now().date()
        last = max((s.starts_at.date() for s in self.detail.sessions), default=today)
        first = max(today, last + timedelta(days=7))
        return AddSessionsDialog(self._services, self._session, self.detail, first, parent=self)

    def add_sessions(self) -> None:
        dialog = self.add_sessions_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()
            detail = dialog.saved
            self.show_detail(detail)
            if detail.skipped:
                dates = "、".join(f"{c.starts_at:%m-%d}" for c in detail.skipped)
                self._say(
                    self.tr("The sessions are added; dates left out: {dates}.").format(dates=dates)
                )
            else:
                self._say(self.tr("The sessions are added."))

    def cancel_session(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        reason = self._reason(
            self.tr("Cancel the session"),
            self.tr("Why is session {seq} cancelled? Its room booking is cancelled too.").format(
                seq=session.seq
            ),
        )
        if reason is None:
            return
        try:
            detail = self._services.activities.cancel_session(self._session, session.id, reason)
        except DomainError as exc:
            self._say(message_text(exc), "error")
            return
        self._changed()
        self.show_detail(detail)
        self._say(self.tr("Session {seq} is cancelled.").format(seq=session.seq))

    def attendance_dialog(self, session_id: int) -> AttendanceDialog:
        return AttendanceDialog(
            self._services, self._session, session_id, changed=self._changed, parent=self
        )

    def take_attendance(self) -> None:
        session = self.selected_session()
        if session is None or session.status is not SessionStatus.PLANNED:
            return
        try:
            dialog = self.attendance_dialog(session.id)
        except DomainError as exc:
            self._say(message_text(exc), "error")
            return
        dialog.exec()
        self.reload()

    def print_sheet(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        print_sign_in_sheet(
            self, self._services, self._session, session.id,
            f"{self.detail.row.number}-{session.seq}", report=self._say,
        )  # fmt: skip
