"""A desk (party service, activities) on the figure pages.

On Today: the desk's tiles join the page's grid, and a list of the desk's rows (overdue
demands, the day's sessions) under a heading; Enter on a row opens it on the desk's page. On
Review: the desk's figures against the previous period beside a chart over time and a table
per breakdown, and a note below. Every figure and row opens the records behind it, as the
other figures do. A desk subclasses ``DeskToday`` and ``DeskReview`` with what differs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from hall_desk.ui.figures.comparison_models import DeskBreakdownModel, DeskComparisonModel
from hall_desk.ui.figures.desk_chart import DeskChart
from hall_desk.ui.figures.figure_tiles import DrillTable, FigureTile, TileGrid
from hall_desk.ui.kit.common import name_widget
from hall_desk.ui.kit.elided_cells import ElidedToolTipDelegate
from hall_desk.ui.kit.table_model import RowTableModel


class TileSpec(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def key(self) -> str: ...  # the drill-down key of the tile's records

    @property
    def title(self) -> str: ...  # QT_TRANSLATE_NOOP("TodayPage", ...)


def today_text(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


class DeskToday(QWidget):
    """A tab of the Today page's breakdowns listing the desk's rows under a heading; the
    desk's tiles join the page's grid. Enter on a row hands its ``number`` to ``open_number``.

    ``names`` are the object names of the table and the heading; ``columns`` the column fitted
    to its contents and the one stretched."""

    def __init__(
        self,
        tiles: TileGrid,
        specs: Sequence[TileSpec],
        model: RowTableModel,
        *,
        names: tuple[str, str],
        columns: tuple[int, int],
        table_name: str,
        table_tip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tiles = tiles
        for spec in specs:
            tiles.add(
                FigureTile(spec.key, today_text(spec.title), f"today.tile.{spec.name}"), spec.name
            )
        self.model = model
        self.table = DrillTable(self.model, names[0], table_name)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(columns[0], QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(columns[1], QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegate(ElidedToolTipDelegate(self.table))
        self.table.setToolTip(table_tip)
        self.table.drill.connect(self._open)
        self.heading = QLabel()
        self.heading.setObjectName(names[1])
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

    def open_number(self, number: str) -> None:
        """Open the row with this number on the desk's page (the desk's signal)."""
        raise NotImplementedError

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_number(self.model.row_at(row).number)


class DeskReview(QWidget):
    """``picked`` carries the records key and the title of a figure or row picked (its records
    are of the period counted); ``chartPicked`` a ``ChartPick``.

    ``names`` are the desk's plural and singular in object names ("demands", "demand");
    ``breakdowns`` the breakdowns and their tab titles, marked in ``context``; the texts are
    translated by the desk."""

    picked = Signal(str, str)
    chartPicked = Signal(object)  # ChartPick

    def __init__(
        self,
        *,
        names: tuple[str, str],
        comparison_model: DeskComparisonModel,
        comparison_title: str,
        chart: DeskChart,
        views_title: str,
        over_time: str,
        breakdowns: Sequence[tuple[Any, str]],
        context: str,
        breakdown_model: Callable[[Any], DeskBreakdownModel],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        plural, singular = names
        self.setObjectName(f"review.{plural}")
        self.comparison_model = comparison_model
        self.comparison_table = DrillTable(
            self.comparison_model, f"review.{singular}_comparison", comparison_title
        )
        self.comparison_table.drill.connect(self._figure_picked)
        self.chart = chart
        self.chart.picked.connect(self.chartPicked.emit)
        self.views = QTabWidget()
        name_widget(self.views, f"review.{singular}_views", views_title)
        self.views.addTab(self.chart, over_time)
        self.models: dict[Any, DeskBreakdownModel] = {}
        self.tables: dict[Any, DrillTable] = {}
        for by, title in breakdowns:
            model = breakdown_model(by)
            shown = QCoreApplication.translate(context, title)
            table = DrillTable(model, f"review.{plural}_by_{by.value}", shown)
            # A long name is cut short, whole in its tooltip; the numbers never are.
            table.setItemDelegate(ElidedToolTipDelegate(table))
            table.drill.connect(lambda row, b=by: self._row_picked(b, row))
            self.models[by], self.tables[by] = model, table
            self.views.addTab(table, shown)
        self.note = QLabel()
        self.note.setObjectName(f"review.{plural}_note")
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName(f"review.{plural}_split")
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

    def show_comparison(self, comparison: Any) -> None:
        """The comparison table and the chart; the desk fills its breakdowns and note."""
        self.comparison_model.set_comparison(comparison)
        self._fit_comparison()
        self.chart.set_comparison(comparison)

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

    def _row_picked(self, by: Any, row: int) -> None:
        model = self.models[by]
        self.picked.emit(model.record_key(row) or "", model.title(row))
