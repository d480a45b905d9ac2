"""Dialogs of the project list: publish a project, claim it, its milestones and progress."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.community_projects import (
    MILESTONE_TITLE_MAX,
    PROJECT_DESCRIPTION_MAX,
    PROJECT_MONTHS_AROUND,
    PROJECT_TITLE_MAX,
    add_months,
    first_of_month,
)
from hall_desk.domain.errors import FieldError, Message, ValidationError
from hall_desk.domain.problem_lists import NOTE_MAX
from hall_desk.services.party.project_records import UNIT, ProjectRecord
from hall_desk.services.party.projects import ProjectForm, ProjectService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import from_qdate, make_table_view, message_text, name_widget, to_qdate
from hall_desk.ui.kit.form_dialog import FormDialog
from hall_desk.ui.party.problem_dialogs import day_edit
from hall_desk.ui.party.project_claimants import ClaimantPicker
from hall_desk.ui.party.project_models import MilestoneTableModel

_GROW = QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
_ROW_FIELD = re.compile(r"milestone_(\d+)_(\w+)")
FIRST_MILESTONE_ROWS = 3


def project_about(project: ProjectRecord) -> QLabel:
    """The project a dialog is about, as its first line."""
    text = f"{project.title}（{project.month:%Y-%m}）"
    if project.claimer_name:
        text += f" — {project.claimer_name}"
    label = QLabel(text)
    label.setObjectName("projectDialog.about")
    label.setWordWrap(True)
    return label


class PublishDialog(FormDialog):
    """发布项目: a month's project with its description and dated milestones."""

    def __init__(
        self,
        projects: ProjectService,
        session: StaffSession,
        month: date,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("publishDialog", parent, growth=_GROW)
        self._projects = projects
        self._session = session
        self._today = today
        self.setWindowTitle(self.tr("Publish a project"))
        self.setMinimumWidth(640)
        this_month = first_of_month(today)
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDateRange(
            to_qdate(add_months(this_month, -PROJECT_MONTHS_AROUND)),
            to_qdate(add_months(this_month, PROJECT_MONTHS_AROUND + 1) - timedelta(days=1)),
        )
        self.month.setDate(to_qdate(first_of_month(month)))
        self.month.setMinimumWidth(120)
        self.add_short_field(
            "month", self.month, "month", self.tr("&Month"), self.tr("Month of the project list")
        )
        self.title = QLineEdit()
        self.title.setMaxLength(PROJECT_TITLE_MAX)
        self.title.setPlaceholderText(self.tr("e.g. 线路改造, 绿化补植, 非遗培训进社区"))
        self.add_field("title", self.title, "title", self.tr("&Title"), self.tr("Project title"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.description.setPlaceholderText(
            self.tr("What is to be done, where; at most {max} characters").format(
                max=PROJECT_DESCRIPTION_MAX
            )
        )
        self.add_field(
            "description", self.description, "description", self.tr("&Description"),
            self.tr("What the project is"),
        )  # fmt: skip

        self.milestones = QTableWidget(0, 2)
        self.milestones.setHorizontalHeaderLabels([self.tr("Milestone"), self.tr("Due on")])
        header = self.milestones.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.milestones.setMinimumHeight(130)
        name_widget(self.milestones, "publishDialog.milestoneTable", self.tr("Milestones"))
        for _ in range(FIRST_MILESTONE_ROWS):
            self.add_row()
        add_row = QPushButton(self.tr("Add a row"))
        name_widget(add_row, "publishDialog.addRow", self.tr("Add a milestone row"))
        add_row.setAutoDefault(False)
        add_row.clicked.connect(self.add_row)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.milestones)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(add_row)
        column.addLayout(line)
        self.add_field(
            "milestones", box, "milestones", self.tr("Mi&lestones"),
            self.tr("Dated milestones (optional)"),
        )  # fmt: skip
        name_widget(self.milestones, "publishDialog.milestoneTable", self.tr("Milestones"))
        self.finish(
            self.tr("Publish"),
            self.tr("Publish the project"),
            self.tr("Cancel"),
            hint=self.tr("Rows without a milestone name are left out."),
        )
        self.title.setFocus()

    def add_row(self) -> None:
        row = self.milestones.rowCount()
        self.milestones.insertRow(row)
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(to_qdate(max(self._today, from_qdate(self.month.date()))))
        name_widget(edit, f"publishDialog.milestoneDue{row}", self.tr("Milestone due on"))
        self.milestones.setCellWidget(row, 1, edit)

    def set_milestone(self, row: int, title: str, due_on: date) -> None:
        while self.milestones.rowCount() <= row:
            self.add_row()
        self.milestones.setItem(row, 0, QTableWidgetItem(title))
        edit = self.milestones.cellWidget(row, 1)
        assert isinstance(edit, QDateEdit)
        edit.setDate(to_qdate(due_on))

    def form(self) -> ProjectForm:
        rows: list[tuple[str, date | None]] = []
        for row in range(self.milestones.rowCount()):
            item = self.milestones.item(row, 0)
            title = item.text() if item is not None else ""
            edit = self.milestones.cellWidget(row, 1)
            due = from_qdate(edit.date()) if isinstance(edit, QDateEdit) else None
            # A row without a name is an unused row: its date is only the default.
            rows.append((title, due) if title.strip() else ("", None))
        return ProjectForm(
            from_qdate(self.month.date()),
            self.title.text(),
            self.description.toPlainText(),
            tuple(rows),
        )

    def save(self) -> ProjectRecord:
        try:
            return self._projects.publish(self._session, self.form())
        except ValidationError as exc:
            raise self._rows_named(exc) from None

    def _rows_named(self, exc: ValidationError) -> ValidationError:
        errors: list[FieldError] = []
        for item in exc.errors:
            match = _ROW_FIELD.fullmatch(item.field or "")
            if match is None:
                errors.append(item)
                continue
            text = self.tr("Row {row}: {problem}").format(
                row=int(match.group(1)) + 1, problem=message_text(item)
            )
            errors.append(FieldError("milestones", Message(text)))
        return ValidationError.many(errors)


class ClaimDialog(FormDialog):
    """认领: the unit or member who takes the project on, found in the registry."""

    def __init__(
        self,
        projects: ProjectService,
        session: StaffSession,
        project: ProjectRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("claimDialog", parent, growth=_GROW)
        self._projects = projects
        self._session = session
        self._project = project
        self.setWindowTitle(self.tr("Claim a project"))
        self.setMinimumWidth(640)
        self.picker = ClaimantPicker(projects, session, "claimDialog")
        self.add_field(
            "claimant", self.picker, "claimant", self.tr("&Claimed by"),
            self.tr("The unit or member who claims the project"),
        )  # fmt: skip
        self.finish(
            self.tr("Claim"),
            self.tr("Record the claim"),
            self.tr("Cancel"),
            above=[project_about(project)],
            hint=self.tr("A project is claimed by one unit or one member, once."),
        )
        self.picker.search.setFocus()

    def save(self) -> ProjectRecord:
        chosen = self.picker.chosen()
        return self._projects.claim(
            self._session,
            self._project.id,
            unit_id=chosen.id if chosen is not None and chosen.kind == UNIT else None,
            member_id=chosen.id if chosen is not None and chosen.kind != UNIT else None,
        )


class MilestoneDialog(FormDialog):
    """A project's milestones: tick one off as reached on a day, or add a new one."""

    NEW = -1

    def __init__(
        self,
        projects: ProjectService,
        session: StaffSession,
        project: ProjectRecord,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("milestoneDialog", parent, growth=_GROW)
        self._projects = projects
        self._session = session
        self._project = project
        self._today = today
        self.setWindowTitle(self.tr("Milestones"))
        self.setMinimumWidth(640)
        model = MilestoneTableModel()
        model.set_rows(project.milestones)
        self.list: QTableView = make_table_view(
            model, "milestoneDialog.list", self.tr("The project's milestones"),
            stretch=MilestoneTableModel.NOTE,
        )  # fmt: skip
        self.list.setMinimumHeight(110)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.choice = QComboBox()
        for milestone in project.milestones:
            if milestone.done_on is None:
                self.choice.addItem(
                    self.tr("Reached: {date} {title}").format(
                        date=milestone.due_on.isoformat(), title=milestone.title
                    ),
                    milestone.id,
                )
        self.choice.addItem(self.tr("Add a new milestone"), self.NEW)
        self.add_field(
            "milestone", self.choice, "choice", self.tr("&What"),
            self.tr("Which milestone is reached, or a new one"),
        )  # fmt: skip
        self.milestone_title = QLineEdit()
        self.milestone_title.setMaxLength(MILESTONE_TITLE_MAX)
        self.add_field(
            "milestone_title", self.milestone_title, "title", self.tr("&Milestone"),
            self.tr("Name of the new milestone"),
        )  # fmt: skip
        self.day, weekday = day_edit(
            project.month - timedelta(days=366), today + timedelta(days=3 * 366), today
        )
        self.add_short_field(
            "day", self.day, "day", self.tr("&Day"), self.tr("Day of the milestone"), weekday
        )
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.add_field("note", self.note, "note", self.tr("&Note"), self.tr("What was reached"))
        self.choice.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.finish(
            self.tr("Save"), self.tr("Save the milestone"), self.tr("Cancel"),
            above=[project_about(project), self.list],
        )  # fmt: skip
        self._choice_changed()

    @property
    def adding(self) -> bool:
        return self.choice.currentData() == self.NEW

    def _choice_changed(self) -> None:
        adding = self.adding
        self.milestone_title.setEnabled(adding)
        self.note.setEnabled(not adding)
        self.day.setToolTip(self.tr("Due on") if adding else self.tr("Reached on"))
        self.day.setAccessibleName(
            self.tr("Day the new milestone is due") if adding else self.tr("Day it was reached")
        )
        if adding:
            self.milestone_title.setFocus()
        else:
            self.day.setDate(to_qdate(self._today))
            self.note.setFocus()

    def save(self) -> ProjectRecord:
        day = from_qdate(self.day.date())
        try:
            if self.adding:
                return self._projects.add_milestone(
                    self._session, self._project.id, self.milestone_title.text(), day
                )
            return self._projects.tick_milestone(
                self._session, int(self.choice.currentData()), day, self.note.text()
            )
        except ValidationError as exc:
            # The service names the day by what it is; here one field holds either.
            day_fields = ("done_on", "milestone_due_on")
            raise ValidationError.many(
                FieldError("day" if e.field in day_fields else e.field, e.message)
                for e in exc.errors
            ) from None


class ProgressDialog(FormDialog):
    """How far a claimed project has come, in percent, with what was done."""

    def __init__(
        self,
        projects: ProjectService,
        session: StaffSession,
        project: ProjectRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("progressDialog", parent, growth=_GROW)
        self._projects = projects
        self._session = session
        self._project = project
        self.setWindowTitle(self.tr("Record progress"))
        self.setMinimumWidth(520)
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix("%")
        self.percent.setSingleStep(10)
        self.percent.setValue(project.progress)
        self.percent.setMinimumWidth(90)
        self.add_short_field(
            "percent",
            self.percent,
            "percent",
            self.tr("&Completion"),
            self.tr("Completion in percent"),
        )
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.add_field("note", self.note, "note", self.tr("&Note"), self.tr("What was done"))
        self.finish(
            self.tr("Save"), self.tr("Save the progress"), self.tr("Cancel"),
            above=[project_about(project)],
            hint=self.tr("A lower percentage than before needs a note saying why."),
        )  # fmt: skip
        self.percent.setFocus()
        self.percent.selectAll()

    def save(self) -> ProjectRecord:
        return self._projects.set_progress(
            self._session, self._project.id, self.percent.value(), self.note.toPlainText()
        )
