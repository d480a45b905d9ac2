"""The party-service desk on the figure pages.

On Today: five tiles in the page's grid (demands taken today, open, overdue in red, due soon,
meeting problems overdue in red) and the overdue demands listed in red; Enter on one opens
it on the party-service page. On Review: the demand figures against the previous period, a
chart over time and the demands per kind, 小区, unit and member. Every figure and row opens
the records behind it, as the other figures do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from hall_desk.domain.demand_figures import (
    BREAKDOWN_LABELS,
    DemandBreakdown,
    DemandComparison,
    DemandFigures,
    DemandRow,
    OverdueDemand,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.ui.figures.demand_chart import DemandsChart
from hall_desk.ui.figures.demand_models import (
    DemandBreakdownModel,
    DemandComparisonModel,
    OverdueModel,
)
from hall_desk.ui.figures.figure_tiles import DrillTable, FigureTile, TileGrid
from hall_desk.ui.figures.review_figures import value_text
from hall_desk.ui.kit.common import name_widget, restyle, translate_message
from hall_desk.ui.kit.elided_cells import ElidedToolTipDelegate


@dataclass(frozen=True)
class DemandTile:
    name: str
    key: str  # drill-down key of DemandStatsService.records
    title: str  # QT_TRANSLATE_NOOP("TodayPage", ...)
    value: Callable[[DemandFigures], int]
    backlog: bool = True
    alert: bool = False


# fmt: off
#: The party-service row of the Today page's tiles.
DEMAND_TILES: tuple[DemandTile, ...] = (
    DemandTile("demands_taken", "demands.collected",
               QT_TRANSLATE_NOOP("TodayPage", "Demands taken"), lambda f: f.collected,
               backlog=False),
    DemandTile("demands_open", "demands.open", QT_TRANSLATE_NOOP("TodayPage", "Demands open"),
               lambda f: f.backlog.open_now),
    DemandTile("demands_overdue", "demands.overdue",
               QT_TRANSLATE_NOOP("TodayPage", "Demands overdue"), lambda f: f.overdue_open,
               alert=True),
    DemandTile("demands_due_soon", "demands.due_soon",
               QT_TRANSLATE_NOOP("TodayPage", "Demands due soon"), lambda f: f.backlog.due_soon),
    DemandTile("problems_overdue", "problems.overdue",
               QT_TRANSLATE_NOOP("TodayPage", "Meeting problems overdue"),
               lambda f: f.backlog.problems_overdue, alert=True),
)
# fmt: on


def _today(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


class TodayDemands(QWidget):
    """The overdue demands in red (a tab of the Today page's breakdowns); its tiles join the
    page's grid. ``demandNumber`` carries the number of a demand to open."""

    demandNumber = Signal(str)

    def __init__(self, tiles: TileGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today.demands")
        self.tiles = tiles
        for spec in DEMAND_TILES:
            tiles.add(
                FigureTile(spec.key, _today(spec.title), f"today.tile.{spec.name}"), spec.name
            )
        self.model = OverdueModel()
        self.table = DrillTable(self.model, "today.overdue_demands", self.tr("Overdue demands"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OverdueModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OverdueModel.PLACE, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegate(ElidedToolTipDelegate(self.table))
        self.table.setToolTip(self.tr("Press Enter to open the demand selected"))
        self.table.drill.connect(self._open)
        self.heading = QLabel()
        self.heading.setObjectName("today.overdue_heading")
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self.comparison: DemandComparison | None = None

    def show_figures(self, comparison: DemandComparison, overdue: Sequence[OverdueDemand]) -> None:
        self.comparison = comparison
        now, before = comparison.current, comparison.previous
        for spec in DEMAND_TILES:
            value = spec.value(now)
            note = ""
            if spec.name == "demands_taken" and now.merged_calls:
                note = self.tr("+{n} calls merged").format(n=now.merged_calls)
            if spec.backlog:
                sub = _today("Standing now")
            else:
                sub = _today("Yesterday {value}").format(value=value_text(spec.value(before)))
            self.tiles.tiles[spec.name].set_figure(
                str(value), note=note, sub=sub, alert=spec.alert and value > 0
            )
        self.model.set_rows(overdue)
        total = now.overdue_open
        if total:
            text = self.tr("{n} demands are past their time:").format(n=total)
            if total > len(overdue):
                text = self.tr("{n} demands are past their time; the {shown} longest overdue:")
                text = text.format(n=total, shown=len(overdue))
        else:
            text = self.tr("No demand is past its time.")
        self.heading.setText(text)
        restyle(self.heading, "role", "error" if total else "ok")

    def tab_title(self) -> str:
        overdue = self.comparison.current.overdue_open if self.comparison else 0
        if overdue:
            return self.tr("Party service ({n} overdue)").format(n=overdue)
        return self.tr("Party service")

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.demandNumber.emit(self.model.row_at(row).number)


_BREAKDOWNS: tuple[tuple[DemandBreakdown, str], ...] = (
    (DemandBreakdown.CATEGORY, QT_TRANSLATE_NOOP("ReviewDemands", "By kind")),
    (DemandBreakdown.NEIGHBOURHOOD, QT_TRANSLATE_NOOP("ReviewDemands", "By neighbourhood")),
    (DemandBreakdown.UNIT, QT_TRANSLATE_NOOP("ReviewDemands", "By unit")),
    (DemandBreakdown.MEMBER, QT_TRANSLATE_NOOP("ReviewDemands", "By member")),
)


class ReviewDemands(QWidget):
    """The Review page's party-service tab. ``picked`` carries the records key and the title
    of a figure or row picked (its records are of the period counted); ``chartPicked`` a
    ``ChartPick``."""

    picked = Signal(str, str)
    chartPicked = Signal(object)  # ChartPick

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review.demands")
        self.comparison_model = DemandComparisonModel()
        self.comparison_table = DrillTable(
            self.comparison_model,
            "review.demand_comparison",
            self.tr("Demands: this period against the previous"),
        )
        self.comparison_table.drill.connect(self._figure_picked)
        self.chart = DemandsChart()
        self.chart.picked.connect(self.chartPicked.emit)
        self.views = QTabWidget()
        name_widget(self.views, "review.demand_views", self.tr("Demands over time and by group"))
        self.views.addTab(self.chart, self.tr("Over time"))
        self.models: dict[DemandBreakdown, DemandBreakdownModel] = {}
        self.tables: dict[DemandBreakdown, DrillTable] = {}
        for by, title in _BREAKDOWNS:
            model = DemandBreakdownModel(by, translate_message(BREAKDOWN_LABELS[by]))
            table = DrillTable(
                model,
                f"review.demands_by_{by.value}",
                QCoreApplication.translate("ReviewDemands", title),
            )
            # A long name is cut short, whole in its tooltip; the numbers never are.
            table.setItemDelegate(ElidedToolTipDelegate(table))
            table.drill.connect(lambda row, b=by: self._row_picked(b, row))
            self.models[by], self.tables[by] = model, table
            self.views.addTab(table, QCoreApplication.translate("ReviewDemands", title))
        self.note = QLabel()
        self.note.setObjectName("review.demands_note")
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("review.demands_split")
        split.setChildrenCollapsible(False)
        split.addWidget(self.comparison_table)
        split.addWidget(self.views)
        # The table keeps the width its figures need; the chart and tables take the rest.
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)

    def set_figures(
        self,
        comparison: DemandComparison,
        breakdowns: Mapping[DemandBreakdown, Sequence[DemandRow]],
    ) -> None:
        now = comparison.current
        self.comparison_model.set_comparison(comparison)
        self._fit_comparison()
        self.chart.set_comparison(comparison)
        for by, model in self.models.items():
            model.set_rows(now.by_category if by is DemandBreakdown.CATEGORY else breakdowns[by])
        self.note.setText(
            self.tr(
                "Response rate: taken on within {minutes} minutes of dispatch. Solved in time: "
                "by the time the clock gave. A demand counts for a unit when it went to the "
                "unit or to one of its members. Open now: {open}, overdue {overdue}."
            ).format(
                minutes=now.on_site_minutes,
                open=now.backlog.open_now,
                overdue=now.backlog.overdue_open,
            )
        )

    def _fit_comparison(self) -> None:
        """Wide enough that no figure's name or value is cut (the chart takes the rest)."""
        table, header = self.comparison_table, self.comparison_table.horizontalHeader()
        columns = range(self.comparison_model.columnCount())
        widths = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns]
        names = [
            table.fontMetrics().horizontalAdvance(line.label) for line in self.comparison_model.rows
        ]
        widths[0] = max([widths[0], *names]) + 16  # the cell's padding
        scroll = table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(sum(widths) + scroll + 2 * table.frameWidth())

    def _figure_picked(self, row: int) -> None:
        key = self.comparison_model.record_key(row)
        if key is not None:
            self.picked.emit(key, self.comparison_model.title(row))

    def _row_picked(self, by: DemandBreakdown, row: int) -> None:
        model = self.models[by]
        self.picked.emit(model.record_key(row) or "", model.title(row))
