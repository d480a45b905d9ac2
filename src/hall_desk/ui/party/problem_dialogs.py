"""Dialogs of the problem lists: a new meeting with its problems, one more problem, and the
note that goes with a 销号 (or with taking one back)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import FieldError, Message, ValidationError
from hall_desk.domain.problem_lists import (
    DESCRIPTION_MAX,
    MAX_MEETING_AGE_DAYS,
    MEETING_KIND_LABELS,
    MEETING_PLACE_MAX,
    MEETING_TITLE_MAX,
    RESPONSIBLE_MAX,
    MeetingKind,
)
from hall_desk.domain.workdays import WorkCalendar
from hall_desk.services import Services
from hall_desk.services.party.problem_lists import ProblemForm
from hall_desk.services.party.problem_records import MeetingRecord, ProblemRecord
from hall_desk.services.party.project_records import UNIT
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import (
    from_qdate,
    hint_label,
    message_text,
    name_widget,
    to_qdate,
    translate_message,
)
from hall_desk.ui.kit.form_dialog import FormDialog
from hall_desk.ui.party.project_claimants import ClaimantPicker

_GROW = QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
_ROW_FIELD = re.compile(r"problem_(\d+)_(\w+)")
FIRST_ROWS = 4


def day_edit(first: date, last: date, value: date) -> tuple[QDateEdit, QLabel]:
    """A date field from ``first`` to ``last`` with its weekday shown beside it."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(to_qdate(first), to_qdate(last))
    edit.setMinimumWidth(150)
    weekday = QLabel()
    weekday.setProperty("role", "hint")

    def show_weekday(day: QDate) -> None:
        weekday.setText(QLocale().dayName(day.dayOfWeek(), QLocale.FormatType.LongFormat))

    edit.dateChanged.connect(show_weekday)
    edit.setDate(to_qdate(value))
    show_weekday(edit.date())
    return edit, weekday


class MeetingDialog(FormDialog):
    """新会议: the day, kind, title and place, and a small table of the problems raised."""

    def __init__(
        self,
        services: Services,
        session: StaffSession,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("meetingDialog", parent, growth=_GROW)
        self._services = services
        self._session = session
        self._calendar: WorkCalendar = services.calendar.calendar()
        self._days = services.problem_lists.working_days(session)
        today = services.clock.today()
        self.setWindowTitle(self.tr("New meeting"))
        self.setMinimumWidth(720)

        self.held_on, weekday = day_edit(today - timedelta(days=MAX_MEETING_AGE_DAYS), today, today)
        self.add_short_field(
            "held_on", self.held_on, "heldOn", self.tr("&Held on"),
            self.tr("Day the meeting was held"), weekday,
        )  # fmt: skip
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(translate_message(MEETING_KIND_LABELS[kind]), kind.value)
        self.add_field("kind", self.kind, "kind", self.tr("&Kind"), self.tr("Kind of meeting"))
        self.title = QLineEdit()
        self.title.setMaxLength(MEETING_TITLE_MAX)
        self.title.setPlaceholderText(self.tr("e.g. 十一月居民议事会"))
        self.add_field("title", self.title, "title", self.tr("&Title"), self.tr("Meeting title"))
        self.place = QLineEdit()
        self.place.setMaxLength(MEETING_PLACE_MAX)
        self.add_field("place", self.place, "place", self.tr("&Place"), self.tr("Where it met"))

        self.problems = QTableWidget(FIRST_ROWS, 2)
        self.problems.setHorizontalHeaderLabels([self.tr("Problem"), self.tr("Responsible")])
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        self.problems.setMinimumHeight(170)
        self.problems.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.problems.itemChanged.connect(self._grow_table)
        self.add_row_button = QPushButton(self.tr("Add a row"))
        name_widget(self.add_row_button, "meetingDialog.addRow", self.tr("Add a problem row"))
        self.add_row_button.setAutoDefault(False)
        self.add_row_button.clicked.connect(self.add_row)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.problems)
        row = QHBoxLayout()
        self.due_note = hint_label("", "meetingDialog.dueNote")
        row.addWidget(self.due_note, 1)
        row.addWidget(self.add_row_button)
        column.addLayout(row)
        self.add_field(
            "problems", box, "problems", self.tr("P&roblems"), self.tr("Problems raised")
        )
        name_widget(self.problems, "meetingDialog.problemTable", self.tr("Problems raised"))
        self.held_on.dateChanged.connect(lambda _d: self._show_due())
        self._show_due()
        self.finish(
            self.tr("Save"),
            self.tr("Save the meeting and its problems"),
            self.tr("Cancel"),
            hint=self.tr(
                "Type each problem and who is responsible for it in a row; empty rows are "
                "left out. More problems can be added to the meeting later."
            ),
        )
        self.title.setFocus()

    def add_row(self) -> None:
        self.problems.insertRow(self.problems.rowCount())

    def set_problem(self, row: int, description: str, responsible: str) -> None:
        """Fill one row (as a person typing would)."""
        while self.problems.rowCount() <= row:
            self.add_row()
        self.problems.setItem(row, 0, QTableWidgetItem(description))
        self.problems.setItem(row, 1, QTableWidgetItem(responsible))

    def problem_forms(self) -> list[ProblemForm]:
        forms = []
        for row in range(self.problems.rowCount()):
            cells = [self.problems.item(row, col) for col in (0, 1)]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            forms.append(ProblemForm(texts[0], texts[1]))
        return forms

    def save(self) -> MeetingRecord:
        try:
            return self._services.problem_lists.add_meeting(
                self._session,
                from_qdate(self.held_on.date()),
                str(self.kind.currentData()),
                self.title.text(),
                self.place.text(),
                self.problem_forms(),
            )
        except ValidationError as exc:
            raise self._rows_named(exc) from None

    def _rows_named(self, exc: ValidationError) -> ValidationError:
        """Errors of the table's rows as "Row 2: ..." under the table, the cells marked."""
        errors: list[FieldError] = []
        for item in exc.errors:
            match = _ROW_FIELD.fullmatch(item.field or "")
            if match is None:
                errors.append(item)
                continue
            row, column = int(match.group(1)), match.group(2)
            text = self.tr("Row {row}: {problem}").format(row=row + 1, problem=message_text(item))
            errors.append(FieldError("problems", Message(text)))
            cell = self.problems.item(row, 0 if column == "description" else 1)
            self.problems.setCurrentCell(row, 0 if column == "description" else 1)
            if cell is not None:
                cell.setToolTip(text)
        return ValidationError.many(errors)

    def _grow_table(self, item: QTableWidgetItem) -> None:
        # Typing into the last row opens a new empty one, so the list never runs out.
        if item.row() == self.problems.rowCount() - 1 and item.text().strip():
            self.add_row()

    def _show_due(self) -> None:
        due = self._calendar.add_working_days(from_qdate(self.held_on.date()), self._days)
        self.due_note.setText(
            self.tr(
                "Each problem is due by {date} ({days} working days after the meeting)."
            ).format(date=due.isoformat(), days=self._days)
        )


class ProblemDialog(FormDialog):
    """One more problem for a meeting's list, optionally owned by a registered unit or member."""

    def __init__(
        self,
        services: Services,
        session: StaffSession,
        meeting: MeetingRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("problemDialog", parent, growth=_GROW)
        self._services = services
        self._session = session
        self._meeting = meeting
        self.setWindowTitle(self.tr("Add a problem"))
        self.setMinimumWidth(620)
        about = QLabel(
            self.tr("{title}, held on {date}").format(
                title=meeting.title, date=meeting.held_on.isoformat()
            )
        )
        about.setObjectName("problemDialog.meeting")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.description.setPlaceholderText(self.tr("At most {max} characters").format(
            max=DESCRIPTION_MAX))  # fmt: skip
        self.add_field(
            "description", self.description, "description", self.tr("&Problem"),
            self.tr("The problem raised"),
        )  # fmt: skip
        self.responsible = QLineEdit()
        self.responsible.setMaxLength(RESPONSIBLE_MAX)
        self.responsible.setPlaceholderText(
            self.tr("Unit or person; or choose a registered one below")
        )
        self.add_field(
            "responsible", self.responsible, "responsible", self.tr("&Responsible"),
            self.tr("Who is responsible"),
        )  # fmt: skip
        self.picker = ClaimantPicker(services.projects, session, "problemDialog")
        self.picker.table.setMinimumHeight(110)
        self.add_field(
            "owner", self.picker, "owner", self.tr("Re&gistered"),
            self.tr("A registered unit or member responsible (optional)"),
        )  # fmt: skip
        self.finish(
            self.tr("Add"),
            self.tr("Add the problem"),
            self.tr("Cancel"),
            above=[about],
            hint=self.tr("It is due counting working days from the meeting's day."),
        )
        self.description.setFocus()

    def form(self) -> ProblemForm:
        chosen = self.picker.chosen()
        unit_id = chosen.id if chosen is not None and chosen.kind == UNIT else None
        member_id = chosen.id if chosen is not None and chosen.kind != UNIT else None
        return ProblemForm(
            self.description.toPlainText(), self.responsible.text(), unit_id, member_id
        )

    def save(self) -> ProblemRecord:
        return self._services.problem_lists.add_problem(
            self._session, self._meeting.id, self.form()
        )


class NoteDialog(FormDialog):
    """One required note about a record: what was done (销号), why a tick is taken back, why a
    project is withdrawn. ``about`` says which record it is."""

    def __init__(
        self,
        prefix: str,
        title: str,
        about: str,
        label: str,
        accessible: str,
        submit: str,
        call: Callable[[str], Any],
        parent: QWidget | None = None,
        *,
        field: str = "note",
    ) -> None:
        """``field`` is what the service's messages about the text name ("note", "reason")."""
        super().__init__(prefix, parent, growth=_GROW)
        self._call = call
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        heading = QLabel(about)
        heading.setObjectName(f"{prefix}.about")
        heading.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.add_field(field, self.note, "note", label, accessible)
        self.finish(submit, accessible, self.tr("Cancel"), above=[heading])
        self.note.setFocus()

    def save(self) -> Any:
        return self._call(self.note.toPlainText())


def problem_about(problem: ProblemRecord) -> str:
    """Which problem a note is about: number, text, who, due day."""
    return QCoreApplication.translate("NoteDialog", "{seq}. {problem} — {who}, due {date}").format(
        seq=problem.seq,
        problem=problem.description,
        who=problem.responsible,
        date=problem.due_date.isoformat(),
    )
