"""The one read-only table model the pages share: a list of plain records, one per row.

A subclass names its translation context and headers and says what a cell shows; rows are
replaced as a whole with ``set_rows`` (a page reloads a list after every change).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    #: Translation context of the headers (the class name, as lupdate records it).
    CONTEXT = ""
    #: Header texts, marked with ``QT_TRANSLATE_NOOP(CONTEXT, ...)``.
    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def columns(self) -> Sequence[int]:
        """The header indexes shown, in order (all of them unless a subclass picks)."""
        return range(len(self.HEADERS))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate(self.CONTEXT, self.HEADERS[self.columns()[section]])
