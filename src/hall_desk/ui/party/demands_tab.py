"""The demands tab of the party-service page (群众点单 · 社区派单 · 党员接单 · 群众评单).

A row of search (Ctrl+F; a typed or scanned demand number and Enter opens it) and filters
(status, kind of demand, small wishes, overdue only), "New demand" (Ctrl+N), and the list:
overdue rows red, due-soon rows amber, refreshed every minute and whenever anything is saved.
Enter (or a double click) on a row opens the demand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.demand_intake import KIND_LABELS, DemandKind
from hall_desk.domain.demands import STATUS_LABELS, DemandStatus, parse_demand_number
from hall_desk.domain.errors import DomainError, NotFoundError
from hall_desk.services.party.demand_records import DemandDetail, DemandSummary
from hall_desk.ui.kit.common import make_table_view, message_text, name_widget, translate_message
from hall_desk.ui.kit.error_dialog import show_domain_error
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.party.demand_dialog import DemandDialog
from hall_desk.ui.party.demand_intake import DemandIntakeDialog
from hall_desk.ui.party.demand_models import DemandTableModel
from hall_desk.ui.party.demand_printing import print_demand_slip

REFRESH_MS = 60_000
SEARCH_DELAY_MS = 250
#: The status filter's own choices besides one status.
TO_DO, EVERYTHING = "", "all"


class DemandsTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demandsTab")
        self._context = context
        self._demands = context.services.demands
        self._session = context.session

        self.new_button = QPushButton(self.tr("New demand (Ctrl+N)"))
        name_widget(self.new_button, "demands.new", self.tr("Take a new demand"))
        self.new_button.setToolTip(self.tr("Take a new demand (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_demand)
        self.search = QLineEdit()
        name_widget(self.search, "demands.search", self.tr("Search demands"))
        self.search.setPlaceholderText(self.tr("Number, name, phone or place (Ctrl+F)"))
        self.search.setToolTip(
            self.tr(
                "Demand number (or scan the receipt), resident, initials, last 4 phone digits, "
                "place or who has it (Ctrl+F)"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._search_entered)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.status_filter = QComboBox()
        name_widget(self.status_filter, "demands.statusFilter", self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("Not called back yet"), TO_DO)
        for status in DemandStatus:
            self.status_filter.addItem(translate_message(STATUS_LABELS[status]), status.value)
        self.status_filter.addItem(self.tr("All demands"), EVERYTHING)
        self.category_filter = QComboBox()
        name_widget(self.category_filter, "demands.categoryFilter", self.tr("Filter by category"))
        self.kind_filter = QComboBox()
        name_widget(self.kind_filter, "demands.kindFilter", self.tr("Demands or small wishes"))
        self.kind_filter.addItem(self.tr("Demands and wishes"), None)
        for kind in DemandKind:
            self.kind_filter.addItem(translate_message(KIND_LABELS[kind]), kind.value)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        name_widget(self.overdue_only, "demands.overdueOnly", self.tr("Show overdue demands only"))
        for combo in (self.status_filter, self.category_filter, self.kind_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue_only.toggled.connect(lambda _on: self.refresh())

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 3)
        top.addWidget(self.status_filter)
        top.addWidget(self.category_filter, 1)
        top.addWidget(self.kind_filter)
        top.addWidget(self.overdue_only)

        self.model = DemandTableModel()
        self.table = make_table_view(
            self.model, "demands.table", self.tr("Demands"), stretch=DemandTableModel.PLACE
        )
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.open_button = QPushButton(self.tr("Open demand…"))
        name_widget(self.open_button, "demands.open", self.tr("Open the selected demand"))
        self.open_button.setToolTip(self.tr("Open the selected demand (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.status = QLabel()
        name_widget(self.status, "demands.status", self.tr("Last action"))
        self.status.setProperty("role", "ok")
        self.status.setWordWrap(True)
        self.counts = QLabel()
        name_widget(self.counts, "demands.counts", self.tr("How many are shown"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        for keys, slot in (("Ctrl+N", self.new_demand), ("Ctrl+F", self.focus_search)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start(REFRESH_MS)
        context.events.changed.connect(self._on_changed)
        self._fill_categories()
        self.refresh()

    # -- the list ----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_changed(self, what: str) -> None:
        if what in ("demand", "party_member", "resident", "party_lists", "site"):
            if what == "party_lists":
                self._fill_categories()
            self.refresh()

    def _fill_categories(self) -> None:
        try:
            categories = self._demands.categories(self._session)
        except DomainError as exc:
            self.status.setText(message_text(exc))
            return
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("Any category"), None)
        for category_id, name in categories:
            self.category_filter.addItem(name, category_id)
        index = self.category_filter.findData(current) if current is not None else 0
        self.category_filter.setCurrentIndex(max(0, index))
        self.category_filter.blockSignals(False)

    def refresh(self) -> None:
        self._search_timer.stop()
        selected = self._selected()
        status = self.status_filter.currentData()
        try:
            rows = self._demands.open_demands(
                self._session,
                status=status if status not in (TO_DO, EVERYTHING) else None,
                category_id=self.category_filter.currentData(),
                search=self.search.text(),
                overdue_only=self.overdue_only.isChecked(),
                kind=self.kind_filter.currentData(),
                include_closed=status == EVERYTHING,
            )
        except DomainError as exc:
            self.status.setText(message_text(exc))
            return
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.is_overdue)
        text = self.tr("%n demand(s)", "", len(rows))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.counts.setText(text)
        self.counts.setProperty("role", "error" if overdue else None)
        self.counts.style().unpolish(self.counts)
        self.counts.style().polish(self.counts)
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row is not None:
                self.table.selectRow(row)

    def _selected(self) -> DemandSummary | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.demand_at(index.row())

    # -- opening -----------------------------------------------------------------------
    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_number(self.model.demand_at(row).number)

    def _search_entered(self) -> None:
        number = parse_demand_number(self.search.text())
        if number is not None:
            if self.open_number(number):
                self.search.clear()
            return
        self.refresh()
        if self.model.rowCount() == 1:
            self.open_row(0)
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def open_number(self, number: str) -> bool:
        """Open the demand ``number`` (typed or scanned); say so on the tab if there is none."""
        try:
            demand = self._demands.detail(self._session, number)
        except NotFoundError:
            self.status.setText(
                self.tr("There is no demand numbered {number}.").format(number=number.strip())
            )
            return False
        except DomainError as exc:
            show_domain_error(self, exc)
            return False
        self.open_demand(demand)
        return True

    def demand_dialog(self, demand: DemandDetail) -> DemandDialog:
        return DemandDialog(demand, self._context, parent=self)

    def open_demand(self, demand: DemandDetail) -> None:
        self.demand_dialog(demand).exec()
        self.refresh()

    # -- intake ------------------------------------------------------------------------
    def intake_dialog(self) -> DemandIntakeDialog:
        services = self._context.services
        return DemandIntakeDialog(
            self._demands, services.residents, self._session, services.clock, parent=self
        )

    def new_demand(self) -> None:
        try:
            dialog = self.intake_dialog()
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.after_intake(dialog)

    def after_intake(self, dialog: DemandIntakeDialog) -> None:
        """Saved: tell the desk, print the resident's receipt (at the desk), show it."""
        demand = dialog.demand
        if demand is None:
            return
        self._context.events.changed.emit("demand")
        if dialog.merged:
            self.status.setText(
                self.tr("The call was merged into {number} (并单).").format(number=demand.number)
            )
        else:
            self.status.setText(self.tr("Demand {number} saved.").format(number=demand.number))
            if demand.source.value == "desk":
                print_demand_slip(
                    self,
                    self._context.services.demand_slips,
                    self._session,
                    demand.number,
                    "receipt",
                    self._context.slip_layout(),
                    report=lambda text: self.status.setText(
                        self.tr("Demand {number} saved. {printing}").format(
                            number=demand.number, printing=text
                        )
                    ),
                )
        self.refresh()
        row = self.model.row_of(demand.id)
        if row is not None:
            self.table.selectRow(row)
            self.table.setFocus()
