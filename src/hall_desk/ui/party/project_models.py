"""Table models of the project list: a month's projects, and one project's milestones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from hall_desk.domain.community_projects import PROJECT_STATUS_LABELS, ProjectStatus
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.party.project_records import MilestoneRecord, ProjectRecord
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel
from hall_desk.ui.party.problem_models import DONE_COLOUR, OVERDUE_COLOUR

WITHDRAWN_COLOUR = QColor("#78909c")


def milestone_text(milestone: MilestoneRecord | None) -> str:
    """``2026-11-25 勘察``, or a dash when no milestone is left."""
    if milestone is None:
        return "—"
    return f"{milestone.due_on.isoformat()} {milestone.title}"


def status_text(project: ProjectRecord) -> str:
    text = translate_message(PROJECT_STATUS_LABELS[project.status])
    if project.overdue_milestones:
        text += QCoreApplication.translate(
            "ProjectTableModel", " (milestones overdue: {count})"
        ).format(count=project.overdue_milestones)
    return text


class ProjectTableModel(RowTableModel):
    """One row per project; a project with a milestone overdue is red, a withdrawn one grey."""

    TITLE, CLAIMER, PROGRESS, NEXT, STATUS = range(5)
    CONTEXT = "ProjectTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ProjectTableModel", "Project"),
        QT_TRANSLATE_NOOP("ProjectTableModel", "Claimed by"),
        QT_TRANSLATE_NOOP("ProjectTableModel", "Done %"),
        QT_TRANSLATE_NOOP("ProjectTableModel", "Next milestone"),
        QT_TRANSLATE_NOOP("ProjectTableModel", "Status"),
    )

    def text(self, project: ProjectRecord, column: int) -> str:
        match column:
            case self.TITLE:
                return project.title
            case self.CLAIMER:
                return project.claimer_name or "—"
            case self.PROGRESS:
                return f"{project.progress}%"
            case self.NEXT:
                if project.status not in (ProjectStatus.PUBLISHED, ProjectStatus.CLAIMED):
                    return "—"
                return milestone_text(project.next_milestone)
            case self.STATUS:
                return status_text(project)
        return ""

    def styled(self, project: ProjectRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PROGRESS:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ForegroundRole:
            if project.overdue_milestones:
                return QBrush(OVERDUE_COLOUR)
            if project.status is ProjectStatus.WITHDRAWN:
                return QBrush(WITHDRAWN_COLOUR)
            if project.status is ProjectStatus.DONE and column == self.STATUS:
                return QBrush(DONE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE and project.description:
                return project.description
            if column == self.CLAIMER and project.claimer_phone:
                return project.claimer_phone
        return None


class MilestoneTableModel(RowTableModel):
    """A project's milestones in date order; overdue ones red."""

    DUE, TITLE, DONE, NOTE = range(4)
    CONTEXT = "MilestoneTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MilestoneTableModel", "Due"),
        QT_TRANSLATE_NOOP("MilestoneTableModel", "Milestone"),
        QT_TRANSLATE_NOOP("MilestoneTableModel", "Reached"),
        QT_TRANSLATE_NOOP("MilestoneTableModel", "Note"),
    )

    def text(self, milestone: MilestoneRecord, column: int) -> str:
        match column:
            case self.DUE:
                return milestone.due_on.isoformat()
            case self.TITLE:
                return milestone.title
            case self.DONE:
                if milestone.done_on is not None:
                    return milestone.done_on.isoformat()
                return self.tr("Overdue") if milestone.overdue else ""
            case self.NOTE:
                return milestone.note.replace("\n", " ")
        return ""

    def styled(self, milestone: MilestoneRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and milestone.overdue:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and milestone.done_on is not None:
            return QBrush(DONE_COLOUR)
        return None
