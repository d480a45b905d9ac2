"""The case desk (事项办理): take in requests, and see what is open, due and overdue.

A case number typed or scanned into the search box and Enter opens that case at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activities import NumberSeries, parse_activity_number
from hall_desk.domain.cases import STATUS_LABELS, CaseStatus, parse_case_number
from hall_desk.domain.clock import Clock
from hall_desk.domain.demands import parse_demand_number
from hall_desk.domain.errors import DomainError
from hall_desk.printing.slips import SlipLayout
from hall_desk.services.calendar import CalendarService
from hall_desk.services.cases.case_lists import VIEW_LABELS, CaseLists, CaseQuery, CaseView
from hall_desk.services.cases.case_records import CaseRecord
from hall_desk.services.cases.cases import CaseService
from hall_desk.services.cases.slips import SlipService
from hall_desk.services.catalogue import CatalogueService
from hall_desk.services.residents import ResidentService
from hall_desk.services.session import StaffSession
from hall_desk.ui.cases.calendar_words import calendar_warning
from hall_desk.ui.cases.case_dialog import CaseDialog
from hall_desk.ui.cases.case_models import CaseTableModel
from hall_desk.ui.cases.intake_dialog import IntakeDialog
from hall_desk.ui.kit.common import make_table_view, message_text, name_widget, translate_message
from hall_desk.ui.kit.error_dialog import show_domain_error
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.slip_printing import issue_and_print

REFRESH_MS = 60_000
SEARCH_DELAY_MS = 250
#: The views with a count on their button, in the order the desk works through them.
COUNTED_VIEWS = (
    CaseView.OPEN,
    CaseView.DUE_TODAY,
    CaseView.DUE_SOON,
    CaseView.OVERDUE,
    CaseView.WAITING_DOCS,
    CaseView.FOLLOW_UP,
)


class CasesPage(QWidget):
    demandNumber = Signal(str)  # Enter on a demand number in the search box
    signupNumber = Signal(str)  # ... on a sign-up slip's (or an activity's) number

    def __init__(
        self,
        *,
        cases: CaseService,
        lists: CaseLists,
        catalogue: CatalogueService,
        calendar: CalendarService,
        residents: ResidentService,
        slips: SlipService,
        session: StaffSession,
        events: DataEvents,
        clock: Clock,
        slip_layout: Callable[[], SlipLayout],
        extra_tabs: list[tuple[str, QWidget]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cases")
        self._cases = cases
        self._lists = lists
        self._catalogue = catalogue
        self._calendar = calendar
        self._residents = residents
        self._slips = slips
        self._session = session
        self._events = events
        self._clock = clock
        self._slip_layout = slip_layout
        self._view = CaseView.OPEN

        self.new_button = QPushButton(self.tr("New case (F3)"))
        name_widget(self.new_button, "cases.new", self.tr("Take in a new case"))
        self.new_button.clicked.connect(self.new_case)
        self.search = QLineEdit()
        name_widget(self.search, "cases.search", self.tr("Search cases"))
        # A short hint fits a 1280-wide screen; the tooltip says it in full.
        self.search.setPlaceholderText(self.tr("Case number, name, initials or phone ending"))
        self.search.setToolTip(
            self.tr("Case number (or scan the slip), name, initials or last 4 phone digits")
        )
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._search_entered)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_list)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.item_filter = QComboBox()
        name_widget(self.item_filter, "cases.itemFilter", self.tr("Filter by service item"))
        self.office_filter = QComboBox()
        name_widget(self.office_filter, "cases.officeFilter", self.tr("Filter by office"))
        self.clerk_filter = QComboBox()
        name_widget(self.clerk_filter, "cases.clerkFilter", self.tr("Filter by clerk"))
        self.status_filter = QComboBox()
        name_widget(self.status_filter, "cases.statusFilter", self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in CaseStatus:
            self.status_filter.addItem(translate_message(STATUS_LABELS[status]), status.value)
        for combo in (self.item_filter, self.office_filter, self.clerk_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_list())

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 3)
        top.addWidget(self.item_filter, 2)
        top.addWidget(self.office_filter, 1)
        top.addWidget(self.clerk_filter)
        top.addWidget(self.status_filter)

        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        self.view_buttons: dict[CaseView, QPushButton] = {}
        views = QHBoxLayout()
        for view in CaseView:
            button = QPushButton()
            button.setCheckable(True)
            name_widget(button, f"cases.view.{view.value}", translate_message(VIEW_LABELS[view]))
            button.clicked.connect(lambda _=False, v=view: self.show_view(v))
            self.view_group.addButton(button)
            views.addWidget(button)
            self.view_buttons[view] = button
        views.addStretch(1)
        self.view_buttons[CaseView.OPEN].setChecked(True)

        self.calendar_warning = QLabel()
        self.calendar_warning.setObjectName("cases.calendarWarning")
        self.calendar_warning.setProperty("role", "error")
        self.calendar_warning.setWordWrap(True)
        self.calendar_warning.hide()

        self.model = CaseTableModel()
        self.table = make_table_view(
            self.model, "cases.table", self.tr("Cases"), stretch=CaseTableModel.ITEM
        )
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.open_button = QPushButton(self.tr("Open case"))
        name_widget(self.open_button, "cases.open", self.tr("Open the selected case"))
        self.open_button.clicked.connect(self.open_selected)
        self.status = QLabel()
        name_widget(self.status, "cases.status", self.tr("Last action"))
        self.status.setProperty("role", "ok")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)

        desk = QWidget()
        desk_layout = QVBoxLayout(desk)
        desk_layout.addLayout(top)
        desk_layout.addLayout(views)
        desk_layout.addWidget(self.calendar_warning)
        desk_layout.addWidget(self.table, 1)
        desk_layout.addLayout(bottom)

        layout = QVBoxLayout(self)
        if extra_tabs:
            self.tabs = QTabWidget()
            self.tabs.setObjectName("cases.tabs")
            self.tabs.addTab(desk, self.tr("Cases"))
            for title, widget in extra_tabs:
                self.tabs.addTab(widget, title)
            layout.addWidget(self.tabs)
        else:
            layout.addWidget(desk)

        shortcut = QShortcut(QKeySequence("F3"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_case)
        focus = QShortcut(QKeySequence("F2"), self)
        focus.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus.activated.connect(self.focus_search)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start(REFRESH_MS)
        events.changed.connect(self._on_changed)
        self._fill_filters()
        self.refresh()

    # -- page life ---------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()
        self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_changed(self, what: str) -> None:
        if what in ("case", "resident"):
            self.refresh()
        elif what == "catalogue":
            self._fill_filters()
            self.refresh()
        elif what == "calendar":
            self.refresh()

    def _fill_filters(self) -> None:
        try:
            items = self._catalogue.items(self._session, include_retired=True)
            offices = self._catalogue.offices(self._session)
            clerks = self._lists.clerks(self._session)
        except DomainError as exc:
            self.status.setText(message_text(exc))
            return
        for combo, first, entries in (
            (self.item_filter, self.tr("Any item"), [(f"{i.name}", i.id) for i in items]),
            (self.office_filter, self.tr("Any office"), [(o, o) for o in offices]),
            (self.clerk_filter, self.tr("Anyone at the desk"), [(c.name, c.id) for c in clerks]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, data in entries:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def refresh(self) -> None:
        try:
            counts = self._lists.view_counts(self._session)
            missing = self._calendar.uncovered_years_ahead()
            estimated = self._calendar.estimated_years_ahead()
        except DomainError as exc:
            self.status.setText(message_text(exc))
            return
        for view, button in self.view_buttons.items():
            label = translate_message(VIEW_LABELS[view])
            if view in COUNTED_VIEWS:
                label = f"{label} ({counts.get(view, 0)})"
            button.setText(label)
        overdue = self.view_buttons[CaseView.OVERDUE]
        overdue.setProperty("role", "danger" if counts.get(CaseView.OVERDUE) else None)
        overdue.style().unpolish(overdue)
        overdue.style().polish(overdue)
        warning = calendar_warning(missing, estimated)
        self.calendar_warning.setText(warning)
        self.calendar_warning.setVisible(bool(warning))
        self.refresh_list()

    def show_view(self, view: CaseView) -> None:
        self._view = view
        self.view_buttons[view].setChecked(True)
        self.refresh_list()

    def query(self) -> CaseQuery:
        status = self.status_filter.currentData()
        return CaseQuery(
            view=self._view,
            item_id=self.item_filter.currentData(),
            office=self.office_filter.currentData(),
            clerk_id=self.clerk_filter.currentData(),
            status=CaseStatus(status) if status else None,
            text=self.search.text(),
        )

    def refresh_list(self) -> None:
        self._search_timer.stop()
        selected = self._selected()
        try:
            rows = self._lists.list_cases(self._session, self.query())
        except DomainError as exc:
            self.status.setText(message_text(exc))
            return
        self.model.set_rows(rows)
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row is not None:
                self.table.selectRow(row)

    # -- opening -----------------------------------------------------------------------
    def _selected(self) -> CaseRecord | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.case_at(index.row())

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_case_id(self.model.case_at(row).id)

    def _search_entered(self) -> None:
        demand = parse_demand_number(self.search.text())
        if demand is not None:  # a demand receipt's QR scanned here: its own page opens it
            self.search.clear()
            self.demandNumber.emit(demand)
            return
        activity = parse_activity_number(self.search.text())
        if activity is not None and activity[0] is not NumberSeries.CERTIFICATE:
            self.search.clear()
            self.signupNumber.emit(activity[1])
            return
        number = parse_case_number(self.search.text())
        if number is not None:
            if self.open_number(number):
                self.search.clear()
            return
        self.refresh_list()
        if self.model.rowCount() == 1:
            self.open_row(0)

    def open_number(self, text: str) -> bool:
        """Open the case with this number; say so on the page if there is none."""
        try:
            case = self._lists.find_by_number(self._session, text)
        except DomainError as exc:
            show_domain_error(self, exc)
            return False
        if case is None:
            self.status.setText(self.tr("There is no case numbered {number}.").format(number=text))
            return False
        self.open_case(case)
        return True

    def open_case_id(self, case_id: int) -> None:
        try:
            case = self._lists.get(self._session, case_id)
        except DomainError as exc:
            show_domain_error(self, exc)
            self.refresh()
            return
        self.open_case(case)

    def open_case(self, case: CaseRecord) -> None:
        dialog = self.case_dialog(case)
        dialog.exec()
        self.refresh()

    def case_dialog(self, case: CaseRecord) -> CaseDialog:
        return CaseDialog(
            case,
            cases=self._cases,
            lists=self._lists,
            catalogue=self._catalogue,
            slips=self._slips,
            session=self._session,
            events=self._events,
            slip_layout=self._slip_layout,
            parent=self,
        )

    # -- intake ------------------------------------------------------------------------
    def intake_dialog(self) -> IntakeDialog | None:
        try:
            items = self._catalogue.items(self._session)
        except DomainError as exc:
            show_domain_error(self, exc)
            return None
        return IntakeDialog(
            self._cases,
            self._residents,
            self._calendar,
            items,
            self._session,
            self._clock,
            parent=self,
        )

    def new_case(self) -> None:
        dialog = self.intake_dialog()
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.after_intake(dialog)

    def after_intake(self, dialog: IntakeDialog) -> None:
        """The case is saved: print its slip and show it in the list."""
        case = dialog.case
        if case is None:
            return
        self._events.changed.emit("case")
        self.status.setText(
            self.tr("Case {number} saved: {status}.").format(
                number=case.number, status=translate_message(STATUS_LABELS[case.status])
            )
        )
        issue_and_print(
            self,
            self._slips,
            self._session,
            case.id,
            self._slip_layout(),
            report=lambda text: self.status.setText(
                self.tr("Case {number} saved. {printing}").format(number=case.number, printing=text)
            ),
        )
        self.refresh()
