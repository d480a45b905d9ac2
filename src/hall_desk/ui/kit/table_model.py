"""The one read-only table model the pages share: a list of plain records, one per row.

A subclass names its translation context and headers and says what a cell shows (``text``,
and ``styled`` for a tooltip, a colour or an alignment); rows are replaced as a whole with
``set_rows`` (a page reloads a list after every change).
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

#: The alignment of numbers in a cell.
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowTableModel(QAbstractTableModel):
    #: Translation context of the headers (the class name, as lupdate records it).
    CONTEXT = ""
    #: Header texts, marked with ``QT_TRANSLATE_NOOP(CONTEXT, ...)``.
    HEADERS: tuple[str, ...] = ()

    def __init__(self, columns: Sequence[int] | None = None) -> None:
        """``columns`` picks which headers are shown, in order (default: all of them)."""
        super().__init__()
        self._rows: list[Any] = []
        self._columns = list(columns) if columns is not None else list(range(len(self.HEADERS)))

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
        """The header indexes shown, in order."""
        return self._columns

    def row_key(self, record: Any) -> Any:
        """What identifies a record across reloads (its ``id`` unless a subclass says)."""
        return getattr(record, "id", None)

    def row_of(self, key: Any) -> int | None:
        """The row showing the record with this key, or None."""
        return next((i for i, r in enumerate(self._rows) if self.row_key(r) == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, column)
        if role == Qt.ItemDataRole.UserRole:
            return self.row_key(record)
        return self.styled(record, column, role)

    def text(self, record: Any, column: int) -> str:
        """What the cell of ``record`` under header ``column`` shows."""
        return ""

    def styled(self, record: Any, column: int, role: int) -> Any:
        """The cell's other roles: a tooltip, a colour, an alignment (None: Qt's own)."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate(self.CONTEXT, self.HEADERS[self.columns()[section]])
