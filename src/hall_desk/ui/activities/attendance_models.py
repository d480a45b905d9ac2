"""The marks of one session: everyone enrolled, with present / absent / excused to tick.

Ticking one of the three clears the other two; unticking the ticked one clears the mark. What
was changed and not yet saved is kept apart (``changes``) and shown bold, so a scan at the door
or a reload never throws away ticks entered from a paper sheet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from hall_desk.domain.activities import AttendanceStatus
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.activities.activity_records import AttendanceLine
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

Index = QModelIndex | QPersistentModelIndex


class AttendanceMarksModel(RowTableModel):
    SEQ, NUMBER, NAME, GUARDIAN, PHONE, PRESENT, ABSENT, EXCUSED = range(8)
    CONTEXT = "AttendanceMarksModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AttendanceMarksModel", "No."),
        QT_TRANSLATE_NOOP("AttendanceMarksModel", "Slip number"),
        QT_TRANSLATE_NOOP("AttendanceMarksModel", "Name"),
        QT_TRANSLATE_NOOP("AttendanceMarksModel", "Guardian"),
        QT_TRANSLATE_NOOP("AttendanceMarksModel", "Phone"),
        QT_TRANSLATE_NOOP("AttendanceMarksModel", "Present (P)"),
        QT_TRANSLATE_NOOP("AttendanceMarksModel", "Absent (A)"),
        QT_TRANSLATE_NOOP("AttendanceMarksModel", "Excused (E)"),
    )
    #: The column of each mark.
    MARK_COLUMNS: Mapping[int, AttendanceStatus] = {
        PRESENT: AttendanceStatus.PRESENT,
        ABSENT: AttendanceStatus.ABSENT,
        EXCUSED: AttendanceStatus.EXCUSED,
    }

    def __init__(self) -> None:
        super().__init__()
        #: Marks changed here and not saved yet: signup id -> mark (None: cleared).
        self.changes: dict[int, AttendanceStatus | None] = {}

    def row_key(self, record: Any) -> Any:
        line: AttendanceLine = record
        return line.signup_id

    def line_at(self, row: int) -> AttendanceLine:
        record: AttendanceLine = self.row_at(row)
        return record

    def mark_of(self, row: int) -> AttendanceStatus | None:
        """The mark shown on ``row``: the unsaved change, or what is saved."""
        line = self.line_at(row)
        if line.signup_id in self.changes:
            return self.changes[line.signup_id]
        return line.status

    def set_mark(self, row: int, status: AttendanceStatus | None) -> None:
        """Tick ``status`` on ``row`` (None clears the mark); remembered as a change unless it
        is what is saved already."""
        line = self.line_at(row)
        if status == line.status:
            self.changes.pop(line.signup_id, None)
        else:
            self.changes[line.signup_id] = status
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def forget_changes(self, signup_ids: Iterable[int] | None = None) -> None:
        """Drop the unsaved changes (of ``signup_ids`` only, when given)."""
        if signup_ids is None:
            self.changes.clear()
        else:
            for signup_id in signup_ids:
                self.changes.pop(signup_id, None)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def counts(self) -> dict[AttendanceStatus | None, int]:
        """How many lines show each mark (None: not marked yet)."""
        out: dict[AttendanceStatus | None, int] = {}
        for row in range(self.rowCount()):
            mark = self.mark_of(row)
            out[mark] = out.get(mark, 0) + 1
        return out

    # -- the cells -----------------------------------------------------------------------
    def text(self, record: Any, column: int) -> str:
        line: AttendanceLine = record
        if column == self.NUMBER:
            return line.number
        if column == self.NAME:
            return line.name
        if column == self.GUARDIAN:
            return line.guardian_name
        if column == self.PHONE:
            return line.masked_phone
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns()[index.column()]
        if column == self.SEQ and role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        if column in self.MARK_COLUMNS:
            wanted = self.MARK_COLUMNS[column]
            if role == Qt.ItemDataRole.CheckStateRole:
                ticked = self.mark_of(index.row()) is wanted
                return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return QCoreApplication.translate(self.CONTEXT, self.HEADERS[column])
        if role == Qt.ItemDataRole.FontRole and self.line_at(index.row()).signup_id in self.changes:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def styled(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SEQ:
            return RIGHT_ALIGNED
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns()[index.column()] in self.MARK_COLUMNS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        column = self.columns()[index.column()]
        if column not in self.MARK_COLUMNS:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_mark(index.row(), self.MARK_COLUMNS[column] if ticked else None)
        return True
