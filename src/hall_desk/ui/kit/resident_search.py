"""The returning-resident search box of the visitor desk, with its list of hits.

Typing searches (after a short pause) by name, pinyin initials, phone tail or ID ending.
A case number (typed, or scanned from a slip's QR code) followed by Enter opens that case; a
booking, demand or sign-up slip's number is handed on the same way.
Up/Down move through the hits; Enter either picks the highlighted resident (``picked``) or,
with no hit, hands the typed text on (``notFound``) so a new visitor can be started with it.
A barcode or ID-card scanner that types a number and Enter works the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from hall_desk.domain.activities import NumberSeries, parse_activity_number
from hall_desk.domain.bookings import parse_booking_number
from hall_desk.domain.cases import parse_case_number
from hall_desk.domain.demands import parse_demand_number
from hall_desk.domain.errors import DomainError
from hall_desk.domain.names import classify_query
from hall_desk.services.residents import ResidentService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import message_text, name_widget
from hall_desk.ui.kit.resident_results import ResidentResultsModel

SEARCH_DELAY_MS = 150


class ResidentSearch(QWidget):
    picked = Signal(object)  # the chosen ResidentSummary
    notFound = Signal(str)  # Enter with no hit: what was typed
    caseNumber = Signal(str)  # Enter on a case number (typed or scanned)
    bookingNumber = Signal(str)  # Enter on a booking number (a booking slip's QR code)
    demandNumber = Signal(str)  # Enter on a demand number (a demand receipt's QR code)
    signupNumber = Signal(str)  # Enter on a sign-up slip's (or an activity's) number
    escaped = Signal()

    def __init__(
        self,
        residents: ResidentService,
        session: StaffSession,
        parent: QWidget | None = None,
        *,
        prefix: str = "visitor",
    ) -> None:
        super().__init__(parent)
        self._residents = residents
        self._session = session
        #: Set by a page that opens cases, so a scanned case number goes there.
        self.opens_cases = False

        self.box = QLineEdit()
        name_widget(self.box, f"{prefix}.search", self.tr("Find a returning resident"))
        # A short hint fits the narrowest form it sits in; the tooltip says it in full.
        self.box.setPlaceholderText(self.tr("Name, initials, phone or ID ending (F2)"))
        self.box.setToolTip(
            self.tr("Find a resident: name, pinyin initials, last 4 phone digits or ID ending (F2)")
        )
        self.box.setClearButtonEnabled(True)
        self.results_model = ResidentResultsModel()
        self.results = QListView()
        name_widget(self.results, f"{prefix}.searchResults", self.tr("Matching residents"))
        self.results.setModel(self.results_model)
        self.results.setMaximumHeight(150)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.hide()
        self.results.activated.connect(lambda index: self.pick(index.row()))
        self.results.clicked.connect(lambda index: self.pick(index.row()))
        self.no_match = QLabel()
        self.no_match.setObjectName(f"{prefix}.noMatch")
        self.no_match.setProperty("role", "hint")
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.results)
        layout.addWidget(self.no_match)

    def focus(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def reset(self) -> None:
        """Empty the box and hide the hits."""
        self._timer.stop()
        self.box.clear()
        self.hide_results()

    def hide_results(self) -> None:
        self.results_model.set_rows([])
        self.results.hide()
        self.no_match.hide()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.box.text()
        try:
            hits = self._residents.search(self._session, text)
        except DomainError as exc:
            self._say(message_text(exc))
            return
        self.results_model.set_rows(hits)
        self.results.setVisible(bool(hits))
        if hits:
            self.results.setCurrentIndex(self.results_model.index(0))
            self.no_match.hide()
        elif text.strip() and classify_query(text) is not None:
            self._say(
                self.tr(
                    "No resident found. Press Enter to register a new visitor with what you typed."
                )
            )
        else:
            self.no_match.hide()

    def pick(self, row: int) -> None:
        if 0 <= row < self.results_model.rowCount():
            resident = self.results_model.resident_at(row)
            self.hide_results()
            self.picked.emit(resident)

    def _say(self, text: str) -> None:
        self.no_match.setText(text)
        self.no_match.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results_model.rowCount():
                row = self.results.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                row = max(0, min(self.results_model.rowCount() - 1, row))
                self.results.setCurrentIndex(self.results_model.index(row))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
            if key == Qt.Key.Key_Escape:
                self.escaped.emit()
                return True
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        number = parse_case_number(self.box.text())
        booking = parse_booking_number(self.box.text())
        demand = parse_demand_number(self.box.text())
        activity = parse_activity_number(self.box.text())
        if activity is not None and activity[0] is NumberSeries.CERTIFICATE:
            activity = None
        if (number or booking or demand or activity) is not None and self.opens_cases:
            # A scanner reading a slip's QR code types the case, booking, demand or sign-up
            # number and Enter.
            self._timer.stop()
            self.hide_results()
            if number is not None:
                self.caseNumber.emit(number)
            elif booking is not None:
                self.bookingNumber.emit(booking)
            elif demand is not None:
                self.demandNumber.emit(demand)
            elif activity is not None:
                self.signupNumber.emit(activity[1])
            return
        if self._timer.isActive():
            self.run_search()
        if self.results_model.rowCount():
            self.pick(max(0, self.results.currentIndex().row()))
            return
        text = self.box.text().strip()
        self.hide_results()
        self.notFound.emit(text)
