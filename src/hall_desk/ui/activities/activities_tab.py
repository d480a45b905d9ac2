"""The activities list, today's sessions at the door, and the way into an activity.

At the top, today's sessions, each with a button to take its attendance. Then a row of
"New activity" (Ctrl+N), search (Ctrl+F; a typed or scanned activity or sign-up number and
Enter opens it), the kind filter and "show cancelled", and the list: number, title, kind,
organiser, dates, sessions, places taken, waiting, whether sign-up is open. Enter (or a double
click) on a row opens the activity.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activities import (
    ACTIVITY_KIND_LABELS,
    ActivityKind,
    ActivityStatus,
    NumberSeries,
    parse_activity_number,
)
from hall_desk.domain.errors import DomainError, NotFoundError
from hall_desk.services.activities.activity_records import ActivityQuery, ActivityRow
from hall_desk.ui.activities.activity_dialog import ActivityDialog
from hall_desk.ui.activities.activity_form import ActivityFormDialog
from hall_desk.ui.activities.activity_models import ActivityTableModel
from hall_desk.ui.activities.activity_today import TodayAtTheDoor
from hall_desk.ui.activities.attendance_dialog import AttendanceDialog
from hall_desk.ui.kit.common import (
    make_table_view,
    message_text,
    name_widget,
    translate_message,
)
from hall_desk.ui.kit.error_dialog import show_domain_error
from hall_desk.ui.kit.pages import PageContext

REFRESH_MS = 60_000
SEARCH_DELAY_MS = 250
#: Without "earlier ones too" the list starts this many days back.
RECENT_DAYS = 14
#: The notices after which the list is read again.
_RELOAD_ON = ("activity", "room", "rooms", "party_member", "site")


class ActivitiesTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activitiesTab")
        self._context = context
        self._services = context.services
        self._activities = context.services.activities
        self._session = context.session

        self.today = TodayAtTheDoor()
        self.today.attendanceWanted.connect(lambda session_id: self.take_attendance(session_id))
        self.today.activityWanted.connect(lambda activity_id: self.open_activity(activity_id))

        self.new_button = QPushButton(self.tr("New activity…"))
        name_widget(self.new_button, "activities.new", self.tr("Create a new activity"))
        self.new_button.setToolTip(self.tr("Create a new activity (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_activity)
        self.search = QLineEdit()
        name_widget(self.search, "activities.search", self.tr("Search activities"))
        self.search.setPlaceholderText(self.tr("Title or number, or scan a slip (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._search_entered)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.kind_filter = QComboBox()
        name_widget(self.kind_filter, "activities.kindFilter", self.tr("Filter by kind"))
        self.kind_filter.addItem(self.tr("Every kind"), None)
        for kind in ActivityKind:
            self.kind_filter.addItem(translate_message(ACTIVITY_KIND_LABELS[kind]), kind.value)
        self.earlier = QCheckBox(self.tr("Earlier ones too"))
        name_widget(self.earlier, "activities.earlier", self.tr("Show activities already over"))
        self.show_cancelled = QCheckBox(self.tr("Show cancelled"))
        name_widget(
            self.show_cancelled, "activities.showCancelled", self.tr("Show cancelled activities")
        )
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.earlier.toggled.connect(lambda _on: self.refresh())
        self.show_cancelled.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 3)
        top.addWidget(self.kind_filter)
        top.addWidget(self.earlier)
        top.addWidget(self.show_cancelled)

        self.model = ActivityTableModel()
        self.table = make_table_view(
            self.model, "activities.table", self.tr("Activities"), stretch=ActivityTableModel.TITLE
        )
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.open_button = QPushButton(self.tr("Open activity…"))
        name_widget(self.open_button, "activities.open", self.tr("Open the selected activity"))
        self.open_button.setToolTip(self.tr("Open the selected activity (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.counts = QLabel()
        name_widget(self.counts, "activities.counts", self.tr("How many are shown"))
        self.status = QLabel()
        name_widget(self.status, "activities.status", self.tr("Last action"))
        self.status.setProperty("role", "ok")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.today)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        for keys, slot in (("Ctrl+N", self.new_activity), ("Ctrl+F", self.focus_search)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start(REFRESH_MS)
        context.events.changed.connect(self._on_changed)
        self.refresh()

    # -- the list ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_changed(self, what: str) -> None:
        if what in _RELOAD_ON:
            self.refresh()

    def query(self) -> ActivityQuery:
        return ActivityQuery(
            text=self.search.text().strip(),
            kind=self.kind_filter.currentData(),
            include_cancelled=self.show_cancelled.isChecked(),
        )

    def _shown(self, row: ActivityRow) -> bool:
        """Without "earlier ones too" (and no search), activities over for a while are left
        out; one without sessions yet, or cancelled (when those are shown), stays."""
        if self.earlier.isChecked() or self.search.text().strip():
            return True
        if row.last_ends_at is None or row.status is ActivityStatus.CANCELLED:
            return True
        recent = self._services.clock.now().date() - timedelta(days=RECENT_DAYS)
        return row.last_ends_at.date() >= recent

    def refresh(self) -> None:
        self._search_timer.stop()
        selected = self._selected_id()
        try:
            rows = self._activities.list(self._session, self.query())
            today = self._activities.sessions_on(self._session, self._services.clock.now().date())
        except DomainError as exc:
            self.status.setText(message_text(exc))
            return
        rows = [row for row in rows if self._shown(row)]
        self.model.set_rows(rows)
        self.today.show_sessions(today)
        self.counts.setText(self.tr("%n activity(s)", "", len(rows)))
        if selected is not None:
            row = self.model.row_of(selected)
            if row is not None:
                self.table.selectRow(row)

    def _selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.activity_at(index.row()).id

    # -- opening -------------------------------------------------------------------------
    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_activity(self.model.activity_at(row).id)

    def _search_entered(self) -> None:
        parsed = parse_activity_number(self.search.text())
        if parsed is not None and parsed[0] is not NumberSeries.CERTIFICATE:
            if self.open_number(parsed[1]):
                self.search.clear()
            return
        self.refresh()
        if self.model.rowCount() == 1:
            self.open_row(0)
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def open_number(self, number: str) -> bool:
        """Open the activity of a sign-up slip or activity number (typed or scanned), with the
        sign-up picked out; say so on the tab if there is none."""
        try:
            found = self._activities.open_number(self._session, number)
        except NotFoundError as exc:
            self.status.setText(message_text(exc))
            return False
        except DomainError as exc:
            show_domain_error(self, exc)
            return False
        if found is None:
            self.status.setText(
                self.tr("There is no activity or sign-up numbered {number}.").format(
                    number=number.strip()
                )
            )
            return False
        activity_id, signup_id = found
        self.open_activity(activity_id, signup_id)
        return True

    def activity_dialog(self, activity_id: int, signup_id: int | None = None) -> ActivityDialog:
        detail = self._activities.detail(self._session, activity_id)
        dialog = ActivityDialog(self._context, detail, parent=self)
        if signup_id is not None:
            dialog.select_signup(signup_id)
        return dialog

    def open_activity(self, activity_id: int, signup_id: int | None = None) -> None:
        try:
            dialog = self.activity_dialog(activity_id, signup_id)
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        dialog.exec()
        self.refresh()

    # -- new activities and the door -----------------------------------------------------
    def new_activity_dialog(self) -> ActivityFormDialog:
        return ActivityFormDialog(self._services, self._session, parent=self)

    def new_activity(self) -> None:
        try:
            dialog = self.new_activity_dialog()
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        detail = dialog.saved
        self._context.events.changed.emit("activity")
        count = len(detail.sessions)
        if detail.skipped:
            dates = "、".join(f"{c.starts_at:%m-%d}" for c in detail.skipped)
            text = self.tr(
                "Activity {number} created with %n session(s); dates left out: {dates}.", "", count
            ).format(number=detail.row.number, dates=dates)
        else:
            text = self.tr("Activity {number} created with %n session(s).", "", count).format(
                number=detail.row.number
            )
        self.status.setText(text)
        self.refresh()
        row = self.model.row_of(detail.row.id)
        if row is not None:
            self.table.selectRow(row)
            self.table.setFocus()

    def attendance_dialog(self, session_id: int) -> AttendanceDialog:
        return AttendanceDialog(
            self._services,
            self._session,
            session_id,
            changed=lambda: self._context.events.changed.emit("activity"),
            parent=self,
        )

    def take_attendance(self, session_id: int) -> None:
        try:
            dialog = self.attendance_dialog(session_id)
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        dialog.exec()
        self.refresh()
