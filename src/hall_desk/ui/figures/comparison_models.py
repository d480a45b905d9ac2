"""Table models the desks' figures share (the party-service desk, the activities desk): the
desk's figures in this period against the previous one, a breakdown whose first heading is
given, and every center side by side with the total in bold.

A desk subclasses each with what differs: its figures and their translation context, its
records prefix and row labels, its columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.ui.figures.review_figures import Trend, Unit, trend
from hall_desk.ui.figures.review_tables import (
    TREND_COLOURS,
    HeadedModel,
    bold_font,
    compared_text,
)
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

F = TypeVar("F")


@dataclass(frozen=True)
class DeskFigure(Generic[F]):
    """One figure of a desk: its key, its name (marked in the desk's context), how to read it
    from the desk's figures, and the drill-down key of its records (None: a rate)."""

    key: str
    label: str  # QT_TRANSLATE_NOOP(<the desk's context>, ...)
    value: Callable[[F], float | None]
    records: str | None
    unit: Unit = Unit.COUNT
    invert: bool = False


@dataclass(frozen=True)
class DeskLine:
    figure: DeskFigure[Any]
    current: float | None
    previous: float | None
    context: str  # the translation context of the figure's name

    @property
    def label(self) -> str:
        return QCoreApplication.translate(self.context, self.figure.label)

    @property
    def trend(self) -> Trend:
        return trend(self.current, self.previous, self.figure.invert)


class Compared(Protocol):
    @property
    def current(self) -> Any: ...

    @property
    def previous(self) -> Any: ...


class DeskComparisonModel(RowTableModel):
    """Each of a desk's figures in this period and the previous one, and the change."""

    #: The desk's figures in the order listed, and the context their names are marked in.
    FIGURES: tuple[DeskFigure[Any], ...] = ()
    FIGURE_CONTEXT = ""
    FIGURE, CURRENT, PREVIOUS, CHANGE, PERCENT = range(5)
    CONTEXT = "ComparisonModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ComparisonModel", "Figure"),
        QT_TRANSLATE_NOOP("ComparisonModel", "This period"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Previous period"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Change"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Change %"),
    )

    def set_comparison(self, comparison: Compared) -> None:
        now, before = comparison.current, comparison.previous
        context = self.FIGURE_CONTEXT
        self.set_rows([DeskLine(f, f.value(now), f.value(before), context) for f in self.FIGURES])

    def line(self, key: str) -> DeskLine:
        lines: list[DeskLine] = self._rows
        return next(line for line in lines if line.figure.key == key)

    def row_key(self, record: Any) -> Any:
        return record.figure.key

    def record_key(self, row: int) -> str | None:
        line: DeskLine = self._rows[row]
        return line.figure.records

    def title(self, row: int) -> str:
        line: DeskLine = self._rows[row]
        return line.label

    def text(self, record: Any, column: int) -> str:
        line: DeskLine = record
        if column == self.FIGURE:
            return line.label
        return compared_text(column, line.current, line.previous, line.figure.unit)

    def styled(self, record: Any, column: int, role: int) -> Any:
        line: DeskLine = record
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.FIGURE:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.CHANGE, self.PERCENT):
            colour = TREND_COLOURS.get(line.trend)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and line.figure.records:
            return QCoreApplication.translate(
                "ComparisonModel", "Click or press Enter to list the records"
            )
        return None


class DeskBreakdownModel(HeadedModel):
    """A desk's figures per group (kind, organiser, unit ...): the rows' records are
    ``<RECORDS>.<by>:<row key>``; the first heading names the groups."""

    #: The desk's drill-down prefix ("demands", "activities").
    RECORDS = ""

    def __init__(self, by: Any, heading: str) -> None:
        super().__init__(heading)
        self.by = by

    def row_label(self, label: str) -> str:
        """A row's label as shown (the desk's domain says which labels are translated)."""
        return label

    def row_key(self, record: Any) -> Any:
        return record.key

    def record_key(self, row: int) -> str | None:
        return f"{self.RECORDS}.{self.by.value}:{self._rows[row].key}"

    def title(self, row: int) -> str:
        return self.row_label(self._rows[row].label)

    def styled(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return self.text(record, column)
        return None


class DeskCountyModel(RowTableModel):
    """One row per center, then the total (site id 0) in bold. A subclass gives the numbers
    of a row (``numbers``) and its "All centers", marked in its own context."""

    CENTER = 0
    ALL_CENTERS = ""  # QT_TRANSLATE_NOOP(<CONTEXT>, "All centers")

    def set_county(self, county: Any) -> None:
        self.set_rows([*county.sites, county.total])

    def row_key(self, record: Any) -> Any:
        return record.site_id

    def numbers(self, record: Any) -> dict[int, str]:
        """The cells of a row right of the center's name, by column."""
        return {}

    def text(self, record: Any, column: int) -> str:
        if column == self.CENTER:
            if record.site_id == 0:
                return QCoreApplication.translate(self.CONTEXT, self.ALL_CENTERS)
            return str(record.site_name)
        return self.numbers(record)[column]

    def styled(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.CENTER:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.FontRole and record.site_id == 0:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CENTER and record.site_id:
            return record.site_code
        return None
