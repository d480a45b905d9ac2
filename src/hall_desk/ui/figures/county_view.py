"""The county view: every center on a shared server side by side for one period, and the
total. Only a county administrator sees it (the Review page adds it for them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from hall_desk.domain.activity_figures import ActivityCounty
from hall_desk.domain.demand_figures import DemandCounty
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.reports import CountyReport, PeriodReport
from hall_desk.ui.figures.activity_models import ActivityCountyModel
from hall_desk.ui.figures.demand_models import DemandCountyModel
from hall_desk.ui.figures.review_figures import Unit, value_text
from hall_desk.ui.kit.common import make_table_view, name_widget
from hall_desk.ui.kit.table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CountyModel(RowTableModel):
    """One row per center, then the total (site id 0)."""

    (CENTER, VISITS, PEOPLE, ACCEPTED, COMPLETED, OVERDUE, BOOKINGS, ROOM_SHARE, RATINGS,
     SATISFACTION) = range(10)  # fmt: skip
    CONTEXT = "CountyModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CountyModel", "Center"),
        QT_TRANSLATE_NOOP("CountyModel", "Visits"),
        QT_TRANSLATE_NOOP("CountyModel", "People"),
        QT_TRANSLATE_NOOP("CountyModel", "Accepted"),
        QT_TRANSLATE_NOOP("CountyModel", "Completed"),
        QT_TRANSLATE_NOOP("CountyModel", "Overdue now"),
        QT_TRANSLATE_NOOP("CountyModel", "Bookings"),
        QT_TRANSLATE_NOOP("CountyModel", "Room use"),
        QT_TRANSLATE_NOOP("CountyModel", "Ratings"),
        QT_TRANSLATE_NOOP("CountyModel", "Satisfaction"),
    )

    def set_activity_county(self, county: ActivityCounty) -> None:
        self.activity_model.set_county(county)

    def set_county(self, county: CountyReport) -> None:
        self.set_rows([*county.sites, county.total])

    def row_key(self, record: Any) -> Any:
        return record.site_id

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        report: PeriodReport = self._rows[index.row()]
        column = index.column()
        total = report.site_id == 0
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(report, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.CENTER:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OVERDUE:
            return QBrush(QColor("#c62828")) if report.backlog.overdue else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CENTER and not total:
            return report.site_code
        return None

    def text(self, report: PeriodReport, column: int) -> Any:
        if column == self.CENTER:
            if report.site_id == 0:
                return QCoreApplication.translate("CountyModel", "All centers")
            return report.site_name
        values: dict[int, Any] = {
            self.VISITS: report.visitors.visits,
            self.PEOPLE: report.visitors.people,
            self.ACCEPTED: report.cases.accepted,
            self.COMPLETED: report.cases.completed,
            self.OVERDUE: report.backlog.overdue,
            self.BOOKINGS: report.rooms.bookings,
            self.ROOM_SHARE: value_text(report.rooms.share, Unit.SHARE),
            self.RATINGS: report.ratings.count,
            self.SATISFACTION: value_text(report.ratings.rate, Unit.SHARE),
        }
        return values[column]


class CountyView(QWidget):
    """The county table and its print button (``printRequested``)."""

    printRequested = Signal()

    def __init__(self, *, can_print: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("county_view")
        self.heading = QLabel()
        self.heading.setObjectName("county.heading")
        self.heading.setProperty("role", "summary")
        self.print_button = QPushButton(self.tr("Print county report"))
        name_widget(self.print_button, "county.print", self.tr("Print the report of every center"))
        self.print_button.setVisible(can_print)
        self.print_button.clicked.connect(lambda _checked=False: self.printRequested.emit())
        self.model = CountyModel()
        self.table = make_table_view(self.model, "county.table", self.tr("Every center"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CountyModel.CENTER, QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(
            self.tr(
                "Figures of every center on this server for the period chosen above. "
                "Overdue cases are counted as they stand now."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        # The party-service desk's figures of every center, below.
        self.demand_heading = QLabel(self.tr("Party service: demands of every center"))
        self.demand_heading.setObjectName("county.demands_heading")
        self.demand_heading.setProperty("role", "summary")
        self.demand_model = DemandCountyModel()
        self.demand_table = make_table_view(
            self.demand_model, "county.demands", self.tr("Demands of every center")
        )
        header = self.demand_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            DemandCountyModel.CENTER, QHeaderView.ResizeMode.ResizeToContents
        )

        # The activities desk's figures of every center, below that.
        self.activity_heading = QLabel(self.tr("Activities and volunteer hours of every center"))
        self.activity_heading.setObjectName("county.activities_heading")
        self.activity_heading.setProperty("role", "summary")
        self.activity_model = ActivityCountyModel()
        self.activity_table = make_table_view(
            self.activity_model, "county.activities", self.tr("Activities of every center")
        )
        header = self.activity_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ActivityCountyModel.CENTER, QHeaderView.ResizeMode.ResizeToContents
        )

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.demand_heading)
        layout.addWidget(self.demand_table, 1)
        layout.addWidget(self.activity_heading)
        layout.addWidget(self.activity_table, 1)

    def set_demand_county(self, county: DemandCounty) -> None:
        self.demand_model.set_county(county)

    def set_activity_county(self, county: ActivityCounty) -> None:
        self.activity_model.set_county(county)

    def set_county(self, county: CountyReport) -> None:
        self.model.set_county(county)
        text = self.tr("{n} centers, {period}").format(
            n=len(county.sites), period=county.period.text()
        )
        as_of = county.total.as_of
        if as_of is not None:
            # A period still running counts up to today, its room hours up to now.
            text = self.tr("{text} (as of {time})").format(text=text, time=f"{as_of:%H:%M}")
        self.heading.setText(text)
