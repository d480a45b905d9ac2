"""Table models of the case pages; testable without any widget."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from hall_desk.domain.cases import ACTION_LABELS, STATUS_LABELS, Urgency
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.cases.case_records import CaseRecord
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex

#: Text colours of the urgency levels (red for overdue, as the desk expects).
URGENCY_COLOURS = {
    Urgency.OVERDUE: QColor("#c62828"),
    Urgency.DUE_TODAY: QColor("#d84315"),
    Urgency.DUE_SOON: QColor("#9a6700"),
}


def due_text(case: CaseRecord, today: date | None = None) -> str:
    """The promised date as the lists show it, with what it means now."""
    if case.due_date is None:
        return ""
    text = case.due_date.isoformat()
    label = {
        Urgency.OVERDUE: QCoreApplication.translate("CaseTableModel", "overdue"),
        Urgency.DUE_TODAY: QCoreApplication.translate("CaseTableModel", "due today"),
        Urgency.DUE_SOON: QCoreApplication.translate("CaseTableModel", "due soon"),
    }.get(case.urgency)
    return f"{text} ({label})" if label else text


class CaseTableModel(RowTableModel):
    NUMBER, ITEM, RESIDENT, PHONE, STATUS, DUE, OFFICE, CLERK, ACCEPTED = range(9)
    CONTEXT = "CaseTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CaseTableModel", "Case number"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Service item"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Resident"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Phone"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Promised by"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Office"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Taken by"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Taken in"),
    )

    def case_at(self, row: int) -> CaseRecord:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(case, column)
        if role == Qt.ItemDataRole.UserRole:
            return case.id
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = URGENCY_COLOURS.get(case.urgency)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and case.urgency is Urgency.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, case: CaseRecord, column: int) -> str:
        if column == self.NUMBER:
            return case.number
        if column == self.ITEM:
            return case.item_name
        if column == self.RESIDENT:
            agent = case.agent
            if agent is not None:
                return QCoreApplication.translate(
                    "CaseTableModel", "{name} (agent: {agent})"
                ).format(name=case.resident_name, agent=agent.name)
            return case.resident_name
        if column == self.PHONE:
            return case.masked_phone
        if column == self.STATUS:
            return translate_message(STATUS_LABELS[case.status])
        if column == self.DUE:
            return due_text(case)
        if column == self.OFFICE:
            return case.office
        if column == self.CLERK:
            return case.clerk_name
        if column == self.ACCEPTED:
            return case.accepted_at.strftime("%Y-%m-%d %H:%M")
        return ""


class CaseEventModel(RowTableModel):
    """The history of one case."""

    CONTEXT = "CaseEventModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CaseEventModel", "When"),
        QT_TRANSLATE_NOOP("CaseEventModel", "What"),
        QT_TRANSLATE_NOOP("CaseEventModel", "Status"),
        QT_TRANSLATE_NOOP("CaseEventModel", "Office"),
        QT_TRANSLATE_NOOP("CaseEventModel", "By"),
        QT_TRANSLATE_NOOP("CaseEventModel", "Note"),
    )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        event = self._rows[index.row()]
        return (
            event.at.strftime("%Y-%m-%d %H:%M"),
            translate_message(ACTION_LABELS[event.action]),
            translate_message(STATUS_LABELS[event.to_status]),
            event.office,
            event.staff_name,
            event.note,
        )[index.column()]
