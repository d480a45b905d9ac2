"""Table models of the party-service desk's figures: the period against the previous one,
a breakdown (kind of demand, 小区, unit, member), the overdue demands and every center side by
side. Testable without any widget; each model says which records lie behind a row
(``record_key``), as the other figure models do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hall_desk.domain.demand_figures import (
    DemandBreakdown,
    DemandComparison,
    DemandCounty,
    DemandFigures,
    DemandRow,
    OverdueDemand,
    row_label,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.ui.figures.review_figures import (
    Trend,
    Unit,
    change_percent_text,
    change_text,
    trend,
    value_text,
)
from hall_desk.ui.figures.review_tables import TREND_COLOURS
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

#: Overdue demands are red, as overdue cases are.
OVERDUE_COLOUR = QColor("#c62828")
CONTEXT = "DemandFigures"


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@dataclass(frozen=True)
class DemandFigure:
    key: str
    label: str  # QT_TRANSLATE_NOOP("DemandFigures", ...)
    value: Callable[[DemandFigures], float | None]
    records: str | None
    unit: Unit = Unit.COUNT
    invert: bool = False


def _f(
    key: str,
    label: str,
    value: Callable[[DemandFigures], float | None],
    unit: Unit = Unit.COUNT,
    invert: bool = False,
) -> DemandFigure:
    records = f"demands.{key}" if unit is Unit.COUNT and key != "calls" else None
    return DemandFigure(key, label, value, records, unit, invert)


# fmt: off
#: Every demand figure, in the order the comparison table lists them.
DEMAND_FIGURES: tuple[DemandFigure, ...] = (
    _f("collected", QT_TRANSLATE_NOOP("DemandFigures", "Demands collected"), lambda f: f.collected),
    _f("calls", QT_TRANSLATE_NOOP("DemandFigures", "Residents' calls (merged included)"),
       lambda f: f.calls),
    _f("wishes", QT_TRANSLATE_NOOP("DemandFigures", "Small wishes"), lambda f: f.wishes),
    _f("dispatched", QT_TRANSLATE_NOOP("DemandFigures", "Dispatched"), lambda f: f.dispatched),
    _f("accepted", QT_TRANSLATE_NOOP("DemandFigures", "Taken on"), lambda f: f.accepted),
    _f("on_time_responses", QT_TRANSLATE_NOOP("DemandFigures", "Taken on in time"),
       lambda f: f.on_time_responses),
    _f("solved", QT_TRANSLATE_NOOP("DemandFigures", "Solved"), lambda f: f.solved),
    _f("solved_on_time", QT_TRANSLATE_NOOP("DemandFigures", "Solved in time"),
       lambda f: f.solved_on_time),
    _f("reopened", QT_TRANSLATE_NOOP("DemandFigures", "Reopened"), lambda f: f.reopened,
       invert=True),
    _f("rated", QT_TRANSLATE_NOOP("DemandFigures", "Ratings given"), lambda f: f.rated),
    _f("satisfied", QT_TRANSLATE_NOOP("DemandFigures", "Satisfied"), lambda f: f.satisfied),
    _f("response_rate", QT_TRANSLATE_NOOP("DemandFigures", "Response rate"),
       lambda f: f.response_rate, Unit.SHARE),
    _f("on_time_rate", QT_TRANSLATE_NOOP("DemandFigures", "Solved in time rate"),
       lambda f: f.on_time_rate, Unit.SHARE),
    _f("satisfaction_rate", QT_TRANSLATE_NOOP("DemandFigures", "Satisfaction rate"),
       lambda f: f.satisfaction_rate, Unit.SHARE),
    _f("service_hours", QT_TRANSLATE_NOOP("DemandFigures", "Hours of service"),
       lambda f: f.service_minutes / 60, Unit.HOURS),
)
# fmt: on


def demand_figure(key: str) -> DemandFigure:
    return next(f for f in DEMAND_FIGURES if f.key == key)


@dataclass(frozen=True)
class DemandLine:
    figure: DemandFigure
    current: float | None
    previous: float | None

    @property
    def label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.figure.label)

    @property
    def trend(self) -> Trend:
        return trend(self.current, self.previous, self.figure.invert)


class DemandComparisonModel(RowTableModel):
    """Each demand figure in this period and the previous one, and the change."""

    FIGURE, CURRENT, PREVIOUS, CHANGE, PERCENT = range(5)
    CONTEXT = "ComparisonModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ComparisonModel", "Figure"),
        QT_TRANSLATE_NOOP("ComparisonModel", "This period"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Previous period"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Change"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Change %"),
    )

    def set_comparison(self, comparison: DemandComparison) -> None:
        now, before = comparison.current, comparison.previous
        self.set_rows([DemandLine(f, f.value(now), f.value(before)) for f in DEMAND_FIGURES])

    def line(self, key: str) -> DemandLine:
        lines: list[DemandLine] = self._rows
        return next(line for line in lines if line.figure.key == key)

    def row_key(self, record: Any) -> Any:
        return record.figure.key

    def record_key(self, row: int) -> str | None:
        line: DemandLine = self._rows[row]
        return line.figure.records

    def title(self, row: int) -> str:
        line: DemandLine = self._rows[row]
        return line.label

    def text(self, record: Any, column: int) -> str:
        line: DemandLine = record
        unit = line.figure.unit
        if column == self.FIGURE:
            return line.label
        if column == self.CURRENT:
            return value_text(line.current, unit)
        if column == self.PREVIOUS:
            return value_text(line.previous, unit)
        if column == self.CHANGE:
            return change_text(line.current, line.previous, unit)
        return change_percent_text(line.current, line.previous, unit)

    def styled(self, record: Any, column: int, role: int) -> Any:
        line: DemandLine = record
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


class DemandBreakdownModel(RowTableModel):
    """Demands per kind, 小区, unit or member: collected, dispatched, solved, the in-time and
    satisfaction rates."""

    NAME, COLLECTED, DISPATCHED, SOLVED, IN_TIME, SATISFACTION = range(6)
    CONTEXT = "DemandBreakdownModel"
    HEADERS = (
        "",  # given to the constructor
        QT_TRANSLATE_NOOP("DemandBreakdownModel", "Collected"),
        QT_TRANSLATE_NOOP("DemandBreakdownModel", "Dispatched"),
        QT_TRANSLATE_NOOP("DemandBreakdownModel", "Solved"),
        QT_TRANSLATE_NOOP("DemandBreakdownModel", "In time"),
        QT_TRANSLATE_NOOP("DemandBreakdownModel", "Satisfaction"),
    )

    def __init__(self, by: DemandBreakdown, heading: str) -> None:
        super().__init__()
        self.by = by
        self._heading = heading

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if section == self.NAME and role == Qt.ItemDataRole.DisplayRole:
            return self._heading if orientation == Qt.Orientation.Horizontal else None
        return super().headerData(section, orientation, role)

    def row_key(self, record: Any) -> Any:
        return record.key

    def record_key(self, row: int) -> str | None:
        return f"demands.{self.by.value}:{self._rows[row].key}"

    def title(self, row: int) -> str:
        return row_label(self._rows[row].label, translate_message)

    def text(self, record: Any, column: int) -> str:
        row: DemandRow = record
        if column == self.NAME:
            name = row_label(row.label, translate_message)
            return f"{name}（{row.detail}）" if row.detail else name
        if column == self.IN_TIME:
            return value_text(row.on_time_rate, Unit.SHARE)
        if column == self.SATISFACTION:
            return value_text(row.satisfaction_rate, Unit.SHARE)
        return str((row.collected, row.dispatched, row.solved)[column - 1])

    def styled(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return self.text(record, column)
        return None


def late_text(minutes: int) -> str:
    """How late, in the largest unit that says it: 20 min, 3 h 5 min, 2 d 4 h."""
    days, rest = divmod(max(minutes, 0), 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("DemandFigures", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("DemandFigures", "{h} h {m} min").format(h=hours, m=mins)
    return QCoreApplication.translate("DemandFigures", "{m} min").format(m=mins)


class OverdueModel(RowTableModel):
    """Running demands past their due time, every row in red."""

    NUMBER, CATEGORY, PLACE, HOLDER, LATE = range(5)
    CONTEXT = "OverdueModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("OverdueModel", "Number"),
        QT_TRANSLATE_NOOP("OverdueModel", "Kind of demand"),
        QT_TRANSLATE_NOOP("OverdueModel", "Place"),
        QT_TRANSLATE_NOOP("OverdueModel", "Who has it"),
        QT_TRANSLATE_NOOP("OverdueModel", "How late"),
    )

    def row_key(self, record: Any) -> Any:
        return record.number

    def text(self, record: Any, column: int) -> str:
        demand: OverdueDemand = record
        if column == self.NUMBER:
            return demand.number
        if column == self.CATEGORY:
            return demand.category
        if column == self.PLACE:
            return " ".join(part for part in (demand.neighbourhood, demand.place) if part)
        if column == self.HOLDER:
            return demand.holder
        return late_text(demand.minutes_late)

    def styled(self, record: Any, column: int, role: int) -> Any:
        demand: OverdueDemand = record
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LATE:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "OverdueModel", "{level}, due {due}; press Enter to open it"
            ).format(
                level=translate_message(demand.level), due=demand.due_at.strftime("%m-%d %H:%M")
            )
        return None


class DemandCountyModel(RowTableModel):
    """One row per center, then the total (site id 0)."""

    CENTER, COLLECTED, DISPATCHED, SOLVED, RESPONSE, IN_TIME, SATISFACTION, OVERDUE = range(8)
    CONTEXT = "DemandCountyModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DemandCountyModel", "Center"),
        QT_TRANSLATE_NOOP("DemandCountyModel", "Demands"),
        QT_TRANSLATE_NOOP("DemandCountyModel", "Dispatched"),
        QT_TRANSLATE_NOOP("DemandCountyModel", "Solved"),
        QT_TRANSLATE_NOOP("DemandCountyModel", "Response rate"),
        QT_TRANSLATE_NOOP("DemandCountyModel", "In time"),
        QT_TRANSLATE_NOOP("DemandCountyModel", "Satisfaction"),
        QT_TRANSLATE_NOOP("DemandCountyModel", "Overdue now"),
    )

    def set_county(self, county: DemandCounty) -> None:
        self.set_rows([*county.sites, county.total])

    def row_key(self, record: Any) -> Any:
        return record.site_id

    def text(self, record: Any, column: int) -> str:
        f: DemandFigures = record
        if column == self.CENTER:
            if f.site_id == 0:
                return QCoreApplication.translate("DemandCountyModel", "All centers")
            return f.site_name
        values = {
            self.COLLECTED: str(f.collected),
            self.DISPATCHED: str(f.dispatched),
            self.SOLVED: str(f.solved),
            self.RESPONSE: value_text(f.response_rate, Unit.SHARE),
            self.IN_TIME: value_text(f.on_time_rate, Unit.SHARE),
            self.SATISFACTION: value_text(f.satisfaction_rate, Unit.SHARE),
            self.OVERDUE: str(f.overdue_open),
        }
        return values[column]

    def styled(self, record: Any, column: int, role: int) -> Any:
        f: DemandFigures = record
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.CENTER:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.FontRole and f.site_id == 0:
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OVERDUE and f.overdue_open:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CENTER and f.site_id:
            return f.site_code
        return None
