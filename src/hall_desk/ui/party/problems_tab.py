"""The problem lists tab (问题清单): meetings on the left, the chosen meeting's problems on the
right, overdue ones red and those on their last working day amber.

Ctrl+N records a new meeting with its problems; Enter on a problem ticks it off (销号) with a
note of what was done; the list prints as a table for the next meeting.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import DomainError
from hall_desk.domain.problem_lists import MEETING_KIND_LABELS, ProblemState
from hall_desk.services.party.problem_records import MeetingRecord, ProblemRecord
from hall_desk.ui.kit import print_pdf as printing
from hall_desk.ui.kit.common import hint_label, make_table_view, message_text, translate_message
from hall_desk.ui.kit.list_panel import ListAction, ListPanel, selected_row
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.party.problem_dialogs import (
    MeetingDialog,
    NoteDialog,
    ProblemDialog,
    problem_about,
)
from hall_desk.ui.party.problem_models import MeetingTableModel, ProblemTableModel

#: Without "show older", the meetings of the last year are listed.
RECENT_DAYS = 366
#: What other desks or pages may change that this tab shows.
REFRESH_ON = frozenset(
    {"problem", "party_member", "party_unit", "calendar", "site_setting", "demand_clock"}
)


class ProblemsTab(ListPanel):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context.session, context.events, "problem", parent)
        self.setObjectName("problemsTab")
        self._context = context
        self._services = context.services

        self.show_older = QCheckBox(self.tr("Show meetings older than a year"))
        self.show_older.setObjectName("problems.showOlder")
        self.show_older.setAccessibleName(self.show_older.text())
        self.show_older.toggled.connect(lambda _on: self.refresh())
        self.meeting_model = MeetingTableModel()
        self.meetings: QTableView = make_table_view(
            self.meeting_model,
            "problems.meetings",
            self.tr("Meetings"),
            stretch=MeetingTableModel.TITLE,
        )
        self.meetings.selectionModel().selectionChanged.connect(lambda *_: self._meeting_changed())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter: on to the meeting's problems
            enter = QShortcut(QKeySequence(key), self.meetings)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.focus_problems)

        self.heading = QLabel()
        self.heading.setObjectName("problems.heading")
        self.heading.setProperty("role", "summary")
        self.heading.setWordWrap(True)
        self.model = ProblemTableModel()
        self.table = self.list_table(
            self.model,
            "problems.problems",
            self.tr("Problems of the meeting"),
            stretch=ProblemTableModel.DESCRIPTION,
            opens=self.tick_off,
        )
        self.empty = hint_label(
            self.tr("No meetings yet. Record one with “New meeting...” (Ctrl+N)."),
            "problems.empty",
        )
        self.summary = hint_label("", "problems.summary")
        self._actions = self._make_actions()
        self.action_row(self._actions)
        self._tooltips()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.show_older)
        left_layout.addWidget(self.meetings, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("problems.splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([480, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self.button_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message_line("problems.message", self.tr("Problem lists message")))

        for keys, run in (("Ctrl+N", self.new_meeting), ("Ctrl+P", self.print_list)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(run)
        context.events.changed.connect(self._on_changed)
        self.refresh()

    def _make_actions(self) -> list[ListAction]:
        return [
            ListAction("problems.newMeeting", self.tr("New meeting..."),
                       self.tr("Record a new meeting and its problems"), self.new_meeting,
                       needs_row=False),
            ListAction("problems.addProblem", self.tr("Add problem..."),
                       self.tr("Add a problem to the chosen meeting"), self.add_problem,
                       needs_row=False),
            ListAction("problems.tickOff", self.tr("Tick off..."),
                       self.tr("Tick off the chosen problem with a note of what was done"),
                       self.tick_off, allowed=lambda p: p.state is not ProblemState.DONE),
            ListAction("problems.reopen", self.tr("Take back tick..."),
                       self.tr("Take back a tick made by mistake"), self.reopen,
                       allowed=lambda p: p.state is ProblemState.DONE, admin_only=True),
            ListAction("problems.print", self.tr("Print list..."),
                       self.tr("Print the chosen meeting's list for the next meeting"),
                       self.print_list, needs_row=False),
        ]  # fmt: skip

    def _tooltips(self) -> None:
        for name, tip in (
            ("problems.newMeeting", self.tr("Ctrl+N")),
            ("problems.tickOff", self.tr("Enter on a problem")),
            ("problems.print", self.tr("Ctrl+P")),
        ):
            for _action, button in self._buttons:
                if button.objectName() == name:
                    button.setToolTip(tip)

    # -- showing -------------------------------------------------------------------------
    def load(self) -> None:
        today = self._services.clock.today()
        first = None if self.show_older.isChecked() else today - timedelta(days=RECENT_DAYS)
        lists = self._services.problem_lists
        keep = self.chosen_meeting()
        meetings = lists.meetings(self._session, first, None)
        overdue = lists.overdue_problems(self._session)
        days = lists.working_days(self._session)
        selection = self.meetings.selectionModel()
        selection.blockSignals(True)  # the problems are loaded once, below
        try:
            self.meeting_model.set_rows(meetings)
            row = self.meeting_model.row_of(keep.id) if keep is not None else None
            if row is None and meetings:
                row = 0
            if row is not None:
                self.meetings.selectRow(row)
        finally:
            selection.blockSignals(False)
        self.meetings.viewport().update()
        self._load_problems()
        self.empty.setVisible(not meetings)
        if overdue:
            text = self.tr(
                "Problems are due {days} working days after their meeting; {count} are overdue."
            ).format(days=days, count=len(overdue))
        else:
            text = self.tr("Problems are due {days} working days after their meeting.").format(
                days=days
            )
        self.summary.setText(text)

    def _load_problems(self) -> None:
        meeting = self.chosen_meeting()
        rows: list[ProblemRecord] = []
        if meeting is not None:
            rows = self._services.problem_lists.problems(self._session, meeting.id)
        self.model.set_rows(rows)
        self.heading.setText(self._heading(meeting))

    def _heading(self, meeting: MeetingRecord | None) -> str:
        if meeting is None:
            return ""
        kind = translate_message(MEETING_KIND_LABELS[meeting.kind])
        text = self.tr("{kind} “{title}”, {date}").format(
            kind=kind, title=meeting.title, date=meeting.held_on.isoformat()
        )
        if meeting.place:
            text += self.tr(", {place}").format(place=meeting.place)
        return text

    def focus_problems(self) -> None:
        """From the meetings to the chosen meeting's problems, the first one chosen."""
        if self.model.rowCount():
            if selected_row(self.table) is None:
                self.table.selectRow(0)
            self.table.setFocus()

    def chosen_meeting(self) -> MeetingRecord | None:
        row = selected_row(self.meetings)
        return None if row is None else self.meeting_model.row_at(row)

    def chosen_problem(self) -> ProblemRecord | None:
        problem: ProblemRecord | None = self.selected()
        return problem

    def update_actions(self) -> None:
        super().update_actions()
        has_meeting = self.chosen_meeting() is not None
        for action, button in self._buttons:
            if action.name in ("problems.addProblem", "problems.print"):
                button.setEnabled(has_meeting)

    def _meeting_changed(self) -> None:
        try:
            self.keeping_selection(self._load_problems)
        except DomainError as exc:
            self.say(message_text(exc), ok=False)

    def _on_changed(self, what: str) -> None:
        if what in REFRESH_ON:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # a day may have passed: states move on
        focus = self.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.meetings.setFocus()

    # -- actions -------------------------------------------------------------------------
    def new_meeting(self) -> None:
        dialog = MeetingDialog(self._services, self._session, self)
        self.open_window(dialog, self._meeting_saved)

    def _meeting_saved(self, dialog: MeetingDialog) -> None:
        meeting: MeetingRecord = dialog.saved
        if self._is_old(meeting):
            self.show_older.setChecked(True)  # reloads
        self.refresh()
        row = self.meeting_model.row_of(meeting.id)
        if row is not None:
            self.meetings.selectRow(row)
        self.say(
            self.tr("The meeting “{title}” is saved with {count} problems.").format(
                title=meeting.title, count=meeting.problem_count
            ),
            ok=True,
        )
        self.notify()

    def _is_old(self, meeting: MeetingRecord) -> bool:
        today = self._services.clock.today()
        return meeting.held_on < today - timedelta(days=RECENT_DAYS)

    def add_problem(self) -> None:
        meeting = self.chosen_meeting()
        if meeting is None:
            self.say(self.tr("Choose a meeting first."), ok=False)
            return
        dialog = ProblemDialog(self._services, self._session, meeting, self)
        self.open_window(dialog, self._problem_saved)

    def _problem_saved(self, dialog: ProblemDialog) -> None:
        problem: ProblemRecord = dialog.saved
        self.refresh()
        self.select(problem.id)
        self.changed(
            self.tr("Problem {seq} is added, due {date}.").format(
                seq=problem.seq, date=problem.due_date.isoformat()
            )
        )

    def tick_off(self) -> None:
        problem = self.chosen(self.tr("Choose a problem first."))
        if problem is None:
            return
        if problem.state is ProblemState.DONE:
            self.say(self.tr("Problem {seq} is already ticked off.").format(seq=problem.seq),
                     ok=False)  # fmt: skip
            return
        lists = self._services.problem_lists
        dialog = NoteDialog(
            "tickOffDialog",
            self.tr("Tick off a problem"),
            problem_about(problem),
            self.tr("&What was done"),
            self.tr("What was done to solve the problem"),
            self.tr("Tick off"),
            lambda note: lists.tick_off(self._session, problem.id, note),
            self,
        )
        self.open_window(
            dialog,
            lambda d: self.changed(self.tr("Problem {seq} is ticked off.").format(seq=d.saved.seq)),
        )

    def reopen(self) -> None:
        problem = self.chosen(self.tr("Choose a problem first."))
        if problem is None or not self.is_admin:
            return
        lists = self._services.problem_lists
        dialog = NoteDialog(
            "reopenDialog",
            self.tr("Take back a tick"),
            problem_about(problem),
            self.tr("&Why"),
            self.tr("Why the tick is taken back"),
            self.tr("Take back"),
            lambda reason: lists.reopen_problem(self._session, problem.id, reason),
            self,
            field="reason",
        )
        self.open_window(
            dialog,
            lambda d: self.changed(self.tr("Problem {seq} is open again.").format(seq=d.saved.seq)),
        )

    def print_list(self) -> None:
        meeting = self.chosen_meeting()
        if meeting is None:
            self.say(self.tr("Choose a meeting first."), ok=False)
            return
        try:
            pdf = self._services.problem_lists.list_pdf(self._session, meeting.id)
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
            return
        title = self.tr("Problem list {title}").format(title=meeting.title)
        printing.print_pdf(self, pdf, title, report=True)
