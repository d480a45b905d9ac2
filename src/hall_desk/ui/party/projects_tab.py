"""The projects tab (项目清单): a month's projects, who claimed them, how far they are.

◀ ▶ (Alt+Left/Right) step through the months; Ctrl+N publishes a project. A project with a
milestone past its day is red; the details under the list show its milestones and notes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from hall_desk.domain.community_projects import (
    PROJECT_STATUS_LABELS,
    ProjectStatus,
    add_months,
    first_of_month,
)
from hall_desk.services.party.project_records import ProjectRecord
from hall_desk.ui.kit.common import hint_label, name_widget, translate_message
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.party.problem_dialogs import NoteDialog
from hall_desk.ui.party.project_dialogs import (
    ClaimDialog,
    MilestoneDialog,
    ProgressDialog,
    PublishDialog,
)
from hall_desk.ui.party.project_models import ProjectTableModel, milestone_text

REFRESH_ON = frozenset({"project", "party_member", "party_unit"})
_RUNNING = (ProjectStatus.PUBLISHED, ProjectStatus.CLAIMED)


class ProjectsTab(ListPanel):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context.session, context.events, "project", parent)
        self.setObjectName("projectsTab")
        self._context = context
        self._services = context.services
        self.month = first_of_month(self._services.clock.today())

        self.previous = QPushButton("◀")
        name_widget(self.previous, "projects.previousMonth", self.tr("Previous month"))
        self.previous.setToolTip(self.tr("Previous month (Alt+Left)"))
        self.previous.clicked.connect(lambda: self.step_month(-1))
        self.month_label = QLabel()
        self.month_label.setObjectName("projects.month")
        self.month_label.setProperty("role", "summary")
        self.next = QPushButton("▶")
        name_widget(self.next, "projects.nextMonth", self.tr("Next month"))
        self.next.setToolTip(self.tr("Next month (Alt+Right)"))
        self.next.clicked.connect(lambda: self.step_month(1))
        for arrow in (self.previous, self.next):
            arrow.setFixedWidth(40)
        self.this_month = QPushButton(self.tr("This month"))
        name_widget(self.this_month, "projects.thisMonth", self.tr("Show this month"))
        self.this_month.clicked.connect(self.show_this_month)
        self.status = QComboBox()
        name_widget(self.status, "projects.status", self.tr("Show projects in this status"))
        self.status.addItem(self.tr("Any status"), None)
        for status in ProjectStatus:
            self.status.addItem(translate_message(PROJECT_STATUS_LABELS[status]), status.value)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("projects.count")
        self.count.setProperty("role", "muted")
        for widget in (self.previous, self.month_label, self.next, self.this_month):
            self.top.addWidget(widget)
        self.top.addSpacing(16)
        self.top.addWidget(self.status)
        self.top.addWidget(self.count)
        self.top.addStretch(1)

        self.model = ProjectTableModel()
        self.table = self.list_table(
            self.model,
            "projects.table",
            self.tr("Projects of the month"),
            stretch=(ProjectTableModel.TITLE, ProjectTableModel.NEXT),
            opens=self.milestones,
        )
        self.details = hint_label("", "projects.details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = hint_label("", "projects.empty")
        self._actions = self._make_actions()
        self.action_row(self._actions)
        for action, button in self._buttons:
            if action.name == "projects.publish":
                button.setToolTip(self.tr("Ctrl+N"))
            elif action.name == "projects.milestone":
                button.setToolTip(self.tr("Enter on a project"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        layout.addLayout(self.button_row)
        layout.addWidget(self.message_line("projects.message", self.tr("Projects message")))

        for keys, run in (
            ("Ctrl+N", self.publish),
            ("Alt+Left", lambda: self.step_month(-1)),
            ("Alt+Right", lambda: self.step_month(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(run)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())
        context.events.changed.connect(self._on_changed)
        self.refresh()

    def _make_actions(self) -> list[ListAction]:
        def claimed(p: ProjectRecord) -> bool:
            return p.status is ProjectStatus.CLAIMED

        return [
            ListAction("projects.publish", self.tr("Publish..."),
                       self.tr("Publish a project for the month (Ctrl+N)"), self.publish,
                       needs_row=False),
            ListAction("projects.claim", self.tr("Claim..."),
                       self.tr("Record who claims the chosen project"), self.claim,
                       allowed=lambda p: p.status is ProjectStatus.PUBLISHED),
            ListAction("projects.milestone", self.tr("Milestone..."),
                       self.tr("Tick off or add a milestone of the chosen project"),
                       self.milestones, allowed=lambda p: p.status in _RUNNING),
            ListAction("projects.progress", self.tr("Progress..."),
                       self.tr("Record how far the chosen project has come"), self.progress,
                       allowed=claimed),
            ListAction("projects.finish", self.tr("Mark done"),
                       self.tr("Mark the chosen project as done"), self.finish,
                       allowed=claimed),
            ListAction("projects.withdraw", self.tr("Withdraw..."),
                       self.tr("Withdraw the chosen project, with the reason"), self.withdraw,
                       allowed=lambda p: p.status in _RUNNING),
        ]  # fmt: skip

    # -- showing -------------------------------------------------------------------------
    def load(self) -> None:
        status = self.status.currentData()
        rows = self._services.projects.projects(self._session, self.month, status)
        self.model.set_rows(rows)
        self.month_label.setText(
            self.tr("{year}-{month}").format(year=self.month.year, month=f"{self.month.month:02d}")
        )
        claimed = sum(1 for p in rows if p.status is not ProjectStatus.PUBLISHED)
        self.count.setText(
            self.tr("{count} projects, {claimed} claimed").format(count=len(rows), claimed=claimed)
        )
        self.empty.setText(
            self.tr("No projects for this month. Publish one with “Publish...” (Ctrl+N).")
        )
        self.empty.setVisible(not rows)
        self._show_details()

    def _show_details(self) -> None:
        project = self.chosen_project()
        self.details.setText("" if project is None else self._details(project))
        self.details.setVisible(project is not None)

    def _details(self, project: ProjectRecord) -> str:
        lines = [project.description] if project.description else []
        if project.milestones:
            steps = []
            for m in project.milestones:
                mark = "✓" if m.done_on is not None else ("!" if m.overdue else "·")
                steps.append(f"{mark} {milestone_text(m)}")
            lines.append(self.tr("Milestones: {list}").format(list="　".join(steps)))
        if project.progress_note:
            lines.append(self.tr("Latest progress: {note}").format(note=project.progress_note))
        if project.withdraw_reason:
            lines.append(self.tr("Withdrawn: {reason}").format(reason=project.withdraw_reason))
        return "\n".join(line.replace("\n", " ") for line in lines)

    def chosen_project(self) -> ProjectRecord | None:
        project: ProjectRecord | None = self.selected()
        return project

    def step_month(self, step: int) -> None:
        self.month = add_months(self.month, step)
        self.refresh()

    def show_this_month(self) -> None:
        self.month = first_of_month(self._services.clock.today())
        self.refresh()

    def show_month(self, month: date) -> None:
        self.month = first_of_month(month)
        self.refresh()

    def _on_changed(self, what: str) -> None:
        if what in REFRESH_ON:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # milestones fall due as days pass
        focus = self.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.table.setFocus()

    # -- actions -------------------------------------------------------------------------
    def publish(self) -> None:
        dialog = PublishDialog(
            self._services.projects, self._session, self.month, self._services.clock.today(), self
        )
        self.open_window(dialog, self._published)

    def _published(self, dialog: PublishDialog) -> None:
        project: ProjectRecord = dialog.saved
        self.month = project.month
        self.refresh()
        self.select(project.id)
        self.changed(self.tr("“{title}” is published.").format(title=project.title))

    def claim(self) -> None:
        project = self._chosen()
        if project is None:
            return
        dialog = ClaimDialog(self._services.projects, self._session, project, self)
        self.open_window(
            dialog,
            lambda d: self.changed(
                self.tr("“{title}” is claimed by {who}.").format(
                    title=d.saved.title, who=d.saved.claimer_name
                )
            ),
        )

    def milestones(self) -> None:
        project = self._chosen()
        if project is None:
            return
        if project.status not in _RUNNING:
            self.say(self.tr("“{title}” is closed: its milestones can no longer change.")
                     .format(title=project.title), ok=False)  # fmt: skip
            return
        dialog = MilestoneDialog(
            self._services.projects, self._session, project, self._services.clock.today(), self
        )
        self.open_window(
            dialog,
            lambda d: self.changed(
                self.tr("The milestones of “{title}” are saved ({progress}% done).").format(
                    title=d.saved.title, progress=d.saved.progress
                )
            ),
        )

    def progress(self) -> None:
        project = self._chosen()
        if project is None:
            return
        dialog = ProgressDialog(self._services.projects, self._session, project, self)
        self.open_window(
            dialog,
            lambda d: self.changed(
                self.tr("“{title}” is {progress}% done.").format(
                    title=d.saved.title, progress=d.saved.progress
                )
            ),
        )

    def finish(self) -> None:
        project = self._chosen()
        if project is None:
            return
        question = self.tr("Mark “{title}” as done (100%)?").format(title=project.title)
        if not self.confirmed(self.tr("Project done"), question):
            return
        if self.attempt(lambda: self._services.projects.finish(self._session, project.id)):
            self.changed(self.tr("“{title}” is done.").format(title=project.title))

    def withdraw(self) -> None:
        project = self._chosen()
        if project is None:
            return
        projects = self._services.projects
        dialog = NoteDialog(
            "withdrawDialog",
            self.tr("Withdraw a project"),
            project.title,
            self.tr("&Why"),
            self.tr("Why the project is withdrawn"),
            self.tr("Withdraw"),
            lambda reason: projects.withdraw(self._session, project.id, reason),
            self,
            field="reason",
        )
        self.open_window(
            dialog,
            lambda d: self.changed(self.tr("“{title}” is withdrawn.").format(title=d.saved.title)),
        )

    def _chosen(self) -> ProjectRecord | None:
        project: ProjectRecord | None = self.chosen(self.tr("Choose a project first."))
        return project
