"""Table models of the figure pages: a period against the previous one, and the breakdowns
(per category, per service item, per room ...). Testable without any widget.

Every model says which drill-down key lies behind a row (``record_key``), so a view can open
the records of the row picked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.reports import BreakdownRow, Comparison, CountRow, RoomRow
from hall_desk.ui.figures.review_figures import (
    PERIOD_SECTIONS,
    Figure,
    Trend,
    Unit,
    change_percent_text,
    change_text,
    trend,
    value_text,
)
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

#: Colours of a change: green for good news, red for bad.
TREND_COLOURS = {Trend.GOOD: QColor("#2e7d32"), Trend.BAD: QColor("#c62828")}
SECTION_BACKGROUND = QColor("#eceff1")


def bold_font() -> QFont:
    """The font of a section heading or a total row."""
    font = QFont()
    font.setBold(True)
    return font


def compared_text(column: int, current: float | None, previous: float | None, unit: Unit) -> str:
    """A comparison table's cell right of the figure's name: this period, the previous one,
    the change and the change in percent (columns 1 to 4)."""
    if column == 1:
        return value_text(current, unit)
    if column == 2:
        return value_text(previous, unit)
    if column == 3:
        return change_text(current, previous, unit)
    return change_percent_text(current, previous, unit)


class HeadedModel(RowTableModel):
    """A breakdown whose first heading, what its rows are (service item, office, kind of
    demand ...), is given to the constructor; the other headings are the class's."""

    NAME = 0

    def __init__(self, heading: str) -> None:
        super().__init__()
        self._heading = heading

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if section == self.NAME and role == Qt.ItemDataRole.DisplayRole:
            return self._heading if orientation == Qt.Orientation.Horizontal else None
        return super().headerData(section, orientation, role)


@dataclass(frozen=True)
class ComparisonLine:
    """A section heading (``figure`` None) or one figure in both periods."""

    label: str
    figure: Figure | None = None
    current: float | None = None
    previous: float | None = None

    @property
    def trend(self) -> Trend:
        if self.figure is None:
            return Trend.SAME
        return trend(self.current, self.previous, self.figure.invert)


class ComparisonModel(RowTableModel):
    FIGURE, CURRENT, PREVIOUS, CHANGE, PERCENT = range(5)
    CONTEXT = "ComparisonModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ComparisonModel", "Figure"),
        QT_TRANSLATE_NOOP("ComparisonModel", "This period"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Previous period"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Change"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Change %"),
    )

    def set_comparison(self, comparison: Comparison) -> None:
        lines: list[ComparisonLine] = []
        for section in PERIOD_SECTIONS:
            lines.append(ComparisonLine(section.text()))
            for fig in section.figures:
                lines.append(
                    ComparisonLine(
                        fig.text(),
                        fig,
                        fig.value(comparison.current),
                        fig.value(comparison.previous),
                    )
                )
        self.set_rows(lines)

    def line(self, key: str) -> ComparisonLine:
        """The line of one figure (by its key)."""
        return next(r for r in self._rows if r.figure is not None and r.figure.key == key)

    def row_of_figure(self, key: str) -> int:
        return next(
            i for i, r in enumerate(self._rows) if r.figure is not None and r.figure.key == key
        )

    def record_key(self, row: int) -> str | None:
        line: ComparisonLine = self._rows[row]
        return line.figure.records if line.figure is not None else None

    def title(self, row: int) -> str:
        return self._rows[row].label

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line: ComparisonLine = self._rows[index.row()]
        column = self.columns()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if line.figure is None:
            if role == Qt.ItemDataRole.FontRole:
                return bold_font()
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(SECTION_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.FIGURE:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.CHANGE, self.PERCENT):
            colour = TREND_COLOURS.get(line.trend)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return line.figure.key
        if role == Qt.ItemDataRole.ToolTipRole and line.figure.records:
            return QCoreApplication.translate(
                "ComparisonModel", "Click or press Enter to list the records"
            )
        return None

    def _text(self, line: ComparisonLine, column: int) -> str:
        if line.figure is None:
            return line.label if column == self.FIGURE else ""
        if column == self.FIGURE:
            return line.label
        return compared_text(column, line.current, line.previous, line.figure.unit)


class CountModel(RowTableModel):
    """A breakdown by a fixed list (category, purpose, walk-in kind): label and count."""

    LABEL, COUNT = range(2)
    HEADERS = ("", "")  # given to the constructor

    def __init__(self, heading: str, count_heading: str, key_prefix: str) -> None:
        super().__init__()
        self._headings = (heading, count_heading)
        self._prefix = key_prefix

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headings[section]

    def record_key(self, row: int) -> str | None:
        return self._prefix + self._rows[row].key

    def title(self, row: int) -> str:
        return translate_message(self._rows[row].label)

    def total(self) -> int:
        return sum(r.count for r in self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: CountRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate_message(row.label) if index.column() == self.LABEL else row.count
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COUNT:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not row.count:
            return QBrush(QColor("#90a4ae"))
        return None


class BreakdownModel(HeadedModel):
    """Cases per service item or per office."""

    NAME, ACCEPTED, COMPLETED, AGENT = range(4)
    CONTEXT = "BreakdownModel"
    HEADERS = (
        "",  # the first heading is given (service item or office)
        QT_TRANSLATE_NOOP("BreakdownModel", "Accepted"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Completed"),
        QT_TRANSLATE_NOOP("BreakdownModel", "By agent"),
    )

    def __init__(self, heading: str, key_prefix: str) -> None:
        super().__init__(heading)
        self._prefix = key_prefix

    def record_key(self, row: int) -> str | None:
        return self._prefix + self._rows[row].key

    def title(self, row: int) -> str:
        return str(self._rows[row].label)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: BreakdownRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.label, row.accepted, row.completed, row.agent)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return f"{row.label} ({row.key})"
        return None


class RoomModel(RowTableModel):
    ROOM, BOOKINGS, CHECKED_IN, NO_SHOWS, USED, OPEN, SHARE = range(7)
    CONTEXT = "RoomModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RoomModel", "Room"),
        QT_TRANSLATE_NOOP("RoomModel", "Bookings"),
        QT_TRANSLATE_NOOP("RoomModel", "Checked in"),
        QT_TRANSLATE_NOOP("RoomModel", "No-shows"),
        QT_TRANSLATE_NOOP("RoomModel", "Hours used"),
        QT_TRANSLATE_NOOP("RoomModel", "Hours open"),
        QT_TRANSLATE_NOOP("RoomModel", "Share used"),
    )

    def __init__(self, columns: Sequence[int] | None = None) -> None:
        super().__init__(columns)

    def record_key(self, row: int) -> str | None:
        return "rooms.room:" + self._rows[row].key

    def title(self, row: int) -> str:
        return str(self._rows[row].label)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: RoomRow = self._rows[index.row()]
        column = self.columns()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.ROOM:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SHARE and row.seats:
            return QCoreApplication.translate(
                "RoomModel", "Seat-hours of all {seats} seats"
            ).format(seats=row.seats)
        return None

    def _text(self, row: RoomRow, column: int) -> Any:
        if column == self.ROOM:
            return row.label
        if column == self.BOOKINGS:
            return row.bookings
        if column == self.CHECKED_IN:
            return row.checked_in
        if column == self.NO_SHOWS:
            return row.no_shows
        if column == self.USED:
            return value_text(row.used_hours, Unit.HOURS)
        if column == self.OPEN:
            return value_text(row.open_hours, Unit.HOURS)
        return value_text(row.share, Unit.SHARE)
