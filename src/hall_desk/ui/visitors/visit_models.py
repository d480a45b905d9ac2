"""Table and list models of the visitor page; testable without any widget."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.visits import CATEGORY_LABELS, PURPOSE_LABELS
from hall_desk.services.visitors.visits import VisitRecord
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex


def purposes_text(purposes: Sequence[Any]) -> str:
    return "、".join(translate_message(PURPOSE_LABELS[p]) for p in purposes)


def _hhmm(at: datetime | None) -> str:
    return at.strftime("%H:%M") if at else ""


class VisitTableModel(RowTableModel):
    """Visits as rows. ``columns`` picks which of the known columns to show, in order."""

    ARRIVED, LEFT, NAME, CATEGORY, PURPOSES, PARTY, ID, PHONE, CLERK = range(9)
    CONTEXT = "VisitTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("VisitTableModel", "Arrived"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Left"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Name"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Category"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Purpose"),
        QT_TRANSLATE_NOOP("VisitTableModel", "People"),
        QT_TRANSLATE_NOOP("VisitTableModel", "ID number"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Phone"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Registered by"),
    )

    def visit_at(self, row: int) -> VisitRecord:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        visit = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(visit, column)
        if role == Qt.ItemDataRole.UserRole:
            return visit.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PARTY,):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, visit: VisitRecord, column: int) -> str:
        match column:
            case self.ARRIVED:
                return _hhmm(visit.arrived_at)
            case self.LEFT:
                return _hhmm(visit.left_at)
            case self.NAME:
                return visit.name
            case self.CATEGORY:
                return translate_message(CATEGORY_LABELS[visit.category])
            case self.PURPOSES:
                return purposes_text(visit.purposes)
            case self.PARTY:
                return str(visit.party_size)
            case self.ID:
                return visit.masked_id
            case self.PHONE:
                return visit.masked_phone
            case self.CLERK:
                return visit.registered_by
        return ""
