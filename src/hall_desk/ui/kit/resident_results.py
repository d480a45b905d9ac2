"""The list of residents a search found, one line each, numbers masked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hall_desk.domain.visits import CATEGORY_LABELS
from hall_desk.services.residents import ResidentSummary
from hall_desk.ui.kit.common import translate_message

_Index = QModelIndex | QPersistentModelIndex


class ResidentResultsModel(QAbstractListModel):
    """Search hits for the returning-visitor box, one line each, numbers masked."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ResidentSummary] = []

    def set_rows(self, rows: Sequence[ResidentSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def resident_at(self, row: int) -> ResidentSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [r.name, translate_message(CATEGORY_LABELS[r.category])]
            if r.masked_id:
                parts.append(r.masked_id)
            if r.masked_phone:
                parts.append(r.masked_phone)
            if r.last_visit_at:
                parts.append(
                    QCoreApplication.translate("ResidentResultsModel", "last visit {date}").format(
                        date=r.last_visit_at.strftime("%m-%d")
                    )
                )
            return "   ".join(parts)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None
