"""Table models of the party-service desk's figures: the period against the previous one,
a breakdown (kind of demand, 小区, unit, member), the overdue demands and every center side by
side. Testable without any widget; each model says which records lie behind a row
(``record_key``), as the other figure models do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from hall_desk.domain.demand_figures import (
    DemandBreakdown,
    DemandFigures,
    DemandRow,
    OverdueDemand,
    row_label,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.ui.figures.comparison_models import (
    DeskBreakdownModel,
    DeskComparisonModel,
    DeskCountyModel,
    DeskFigure,
)
from hall_desk.ui.figures.review_figures import Unit, value_text
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

#: Overdue demands are red, as overdue cases are.
OVERDUE_COLOUR = QColor("#c62828")
CONTEXT = "DemandFigures"


def _f(
    key: str,
    label: str,
    value: Callable[[DemandFigures], float | None],
    unit: Unit = Unit.COUNT,
    invert: bool = False,
) -> DeskFigure[DemandFigures]:
    records = f"demands.{key}" if unit is Unit.COUNT and key != "calls" else None
    return DeskFigure(key, label, value, records, unit, invert)


# fmt: off
#: Every demand figure, in the order the comparison table lists them.
DEMAND_FIGURES: tuple[DeskFigure[DemandFigures], ...] = (
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


def demand_figure(key: str) -> DeskFigure[DemandFigures]:
    return next(f for f in DEMAND_FIGURES if f.key == key)


class DemandComparisonModel(DeskComparisonModel):
    """Each demand figure in this period and the previous one, and the change."""

    FIGURES = DEMAND_FIGURES
    FIGURE_CONTEXT = CONTEXT


class DemandBreakdownModel(DeskBreakdownModel):
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
    RECORDS = "demands"

    def __init__(self, by: DemandBreakdown, heading: str) -> None:
        super().__init__(by, heading)

    def row_label(self, label: str) -> str:
        return row_label(label, translate_message)

    def text(self, record: Any, column: int) -> str:
        row: DemandRow = record
        if column == self.NAME:
            name = self.row_label(row.label)
            return f"{name}（{row.detail}）" if row.detail else name
        if column == self.IN_TIME:
            return value_text(row.on_time_rate, Unit.SHARE)
        if column == self.SATISFACTION:
            return value_text(row.satisfaction_rate, Unit.SHARE)
        return str((row.collected, row.dispatched, row.solved)[column - 1])


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


class DemandCountyModel(DeskCountyModel):
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
    ALL_CENTERS = QT_TRANSLATE_NOOP("DemandCountyModel", "All centers")

    def numbers(self, record: Any) -> dict[int, str]:
        f: DemandFigures = record
        return {
            self.COLLECTED: str(f.collected),
            self.DISPATCHED: str(f.dispatched),
            self.SOLVED: str(f.solved),
            self.RESPONSE: value_text(f.response_rate, Unit.SHARE),
            self.IN_TIME: value_text(f.on_time_rate, Unit.SHARE),
            self.SATISFACTION: value_text(f.satisfaction_rate, Unit.SHARE),
            self.OVERDUE: str(f.overdue_open),
        }

    def styled(self, record: Any, column: int, role: int) -> Any:
        f: DemandFigures = record
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OVERDUE and f.overdue_open:
            return QBrush(OVERDUE_COLOUR)
        return super().styled(record, column, role)
