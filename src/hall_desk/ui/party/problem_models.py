"""Table models of the problem lists: meetings with their counts, and a meeting's problems."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.problem_lists import MEETING_KIND_LABELS, ProblemState
from hall_desk.services.party.problem_records import MeetingRecord, ProblemRecord
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

#: Overdue red and due-soon amber, as on the case lists.
OVERDUE_COLOUR = QColor("#c62828")
DUE_SOON_COLOUR = QColor("#9a6700")
DONE_COLOUR = QColor("#2e7d32")

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("ProblemTableModel", "Mon"),
    QT_TRANSLATE_NOOP("ProblemTableModel", "Tue"),
    QT_TRANSLATE_NOOP("ProblemTableModel", "Wed"),
    QT_TRANSLATE_NOOP("ProblemTableModel", "Thu"),
    QT_TRANSLATE_NOOP("ProblemTableModel", "Fri"),
    QT_TRANSLATE_NOOP("ProblemTableModel", "Sat"),
    QT_TRANSLATE_NOOP("ProblemTableModel", "Sun"),
)


def day_with_weekday(day: date) -> str:
    """``2026-11-23 Mon`` (周一 in Chinese)."""
    weekday = QCoreApplication.translate("ProblemTableModel", _WEEKDAYS[day.weekday()])
    return f"{day.isoformat()} {weekday}"


def problem_status_text(problem: ProblemRecord) -> str:
    """What the status column says: ticked off on a day, not yet due, overdue by N days."""
    translate = QCoreApplication.translate
    if problem.state is ProblemState.DONE:
        assert problem.done_at is not None
        text = translate("ProblemTableModel", "Ticked off {date}")
        text = text.format(date=problem.done_at.date().isoformat())
        if problem.done_late:
            text += translate("ProblemTableModel", " (late)")
        return text
    if problem.state is ProblemState.OVERDUE:
        if problem.working_days_overdue:
            text = translate("ProblemTableModel", "Overdue by {days} working days")
            return text.format(days=problem.working_days_overdue)
        return translate("ProblemTableModel", "Overdue")
    if problem.state is ProblemState.DUE_SOON:
        return translate("ProblemTableModel", "Last working day")
    text = translate("ProblemTableModel", "Not yet due ({days} working days left)")
    return text.format(days=problem.working_days_left)


def _state_colour(state: ProblemState) -> QColor | None:
    return {
        ProblemState.OVERDUE: OVERDUE_COLOUR,
        ProblemState.DUE_SOON: DUE_SOON_COLOUR,
        ProblemState.DONE: DONE_COLOUR,
    }.get(state)


class MeetingTableModel(RowTableModel):
    """One row per meeting: its day, title and how its problems stand."""

    HELD_ON, TITLE, OPEN, DONE, OVERDUE = range(5)
    CONTEXT = "MeetingTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Held on"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Meeting"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Still open"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Ticked off"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Overdue"),
    )

    def text(self, meeting: MeetingRecord, column: int) -> str:
        match column:
            case self.HELD_ON:
                return meeting.held_on.isoformat()
            case self.TITLE:
                return meeting.title
            case self.OPEN:
                return str(meeting.open_count)
            case self.DONE:
                return str(meeting.done_count)
            case self.OVERDUE:
                return str(meeting.overdue_count)
        return ""

    def styled(self, meeting: MeetingRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.OPEN:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ForegroundRole:
            if meeting.overdue_count:
                return QBrush(OVERDUE_COLOUR)
            if meeting.due_soon_count:
                return QBrush(DUE_SOON_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            kind = translate_message(MEETING_KIND_LABELS[meeting.kind])
            return f"{kind}: {meeting.title}" + (f"\n{meeting.place}" if meeting.place else "")
        return None


class ProblemTableModel(RowTableModel):
    """A meeting's problems in list order; overdue ones red and bold, due soon amber."""

    SEQ, DESCRIPTION, RESPONSIBLE, DUE, STATUS = range(5)
    CONTEXT = "ProblemTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ProblemTableModel", "No."),
        QT_TRANSLATE_NOOP("ProblemTableModel", "Problem"),
        QT_TRANSLATE_NOOP("ProblemTableModel", "Responsible"),
        QT_TRANSLATE_NOOP("ProblemTableModel", "Due"),
        QT_TRANSLATE_NOOP("ProblemTableModel", "Status"),
    )

    def text(self, problem: ProblemRecord, column: int) -> str:
        match column:
            case self.SEQ:
                return str(problem.seq)
            case self.DESCRIPTION:
                return problem.description.replace("\n", " ")
            case self.RESPONSIBLE:
                return problem.responsible
            case self.DUE:
                return day_with_weekday(problem.due_date)
            case self.STATUS:
                return problem_status_text(problem)
        return ""

    def styled(self, problem: ProblemRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SEQ:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = _state_colour(problem.state)
            if colour is not None and (
                problem.state is not ProblemState.DONE or column == self.STATUS
            ):
                return QBrush(colour)
        if role == Qt.ItemDataRole.FontRole and problem.state is ProblemState.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(problem, column)
        return None

    @staticmethod
    def _tooltip(problem: ProblemRecord, column: int) -> str | None:
        translate = QCoreApplication.translate
        if column == ProblemTableModel.STATUS and problem.state is ProblemState.DONE:
            text = translate("ProblemTableModel", "{who}: {note}")
            return text.format(who=problem.done_by or "—", note=problem.done_note)
        if column == ProblemTableModel.DESCRIPTION:
            text = problem.description
            if problem.reopen_reason and problem.state is not ProblemState.DONE:
                back = translate("ProblemTableModel", "Tick taken back: {reason}")
                text += "\n" + back.format(reason=problem.reopen_reason)
            return text
        if column == ProblemTableModel.DUE:
            text = translate("ProblemTableModel", "{days} working days after the meeting")
            return text.format(days=problem.working_days)
        return None
