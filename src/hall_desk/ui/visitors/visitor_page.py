"""The visitor desk (来访登记): find or register a visitor, the hall now, today's visits."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError, ValidationError
from hall_desk.domain.id_numbers import IdKind, Sex, parse_id_number
from hall_desk.domain.names import QueryKind, classify_query
from hall_desk.domain.visits import TALLY_LABELS, TallyKind
from hall_desk.services.residents import ResidentService, ResidentSummary
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitService
from hall_desk.ui.kit.common import make_table_view, message_text, name_widget, translate_message
from hall_desk.ui.kit.error_dialog import show_domain_error
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.known_resident import complete_id_text, registered_holder
from hall_desk.ui.kit.resident_search import ResidentSearch
from hall_desk.ui.visitors.visit_models import VisitTableModel
from hall_desk.ui.visitors.visitor_form import VisitorForm

REFRESH_MS = 30_000


class VisitorPage(QWidget):
    def __init__(
        self,
        visits: VisitService,
        residents: ResidentService,
        session: StaffSession,
        events: DataEvents,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitor")
        self._clock = clock
        self._visits = visits
        self._residents = residents
        self._session = session
        self._events = events

        # -- search for returning residents ---------------------------------------------
        self.finder = ResidentSearch(residents, session)
        self.finder.picked.connect(self.pick_resident)
        self.finder.notFound.connect(self.start_new_visitor)
        self.finder.escaped.connect(self.clear)

        # -- the form ------------------------------------------------------------------
        self.form = VisitorForm()
        self.form.submitted.connect(self.register)
        self.form.cleared.connect(self.clear)
        self.form.unlinked.connect(self.finder.focus)
        self.form.id_number.textChanged.connect(self._id_hint)
        self.form.take_known.taken.connect(self.pick_resident)
        self.status = QLabel()
        name_widget(self.status, "visitor.status", self.tr("Last registration"))
        self.status.setProperty("role", "ok")
        self.status.setWordWrap(True)

        # -- quick tallies -------------------------------------------------------------
        tallies = QGroupBox(self.tr("Count without registering"))
        tally_grid = QGridLayout(tallies)
        self.tally_buttons: dict[TallyKind, QPushButton] = {}
        for row, kind in enumerate(TallyKind):
            button = QPushButton()
            name_widget(
                button, f"visitor.tally.{kind.value}", translate_message(TALLY_LABELS[kind])
            )
            button.clicked.connect(lambda _=False, k=kind: self.count_walk_in(k))
            undo = QToolButton()
            undo.setText(self.tr("Undo"))
            name_widget(
                undo,
                f"visitor.tallyUndo.{kind.value}",
                self.tr("Undo the last count: {kind}").format(
                    kind=translate_message(TALLY_LABELS[kind])
                ),
            )
            undo.clicked.connect(lambda _=False, k=kind: self.undo_walk_in(k))
            tally_grid.addWidget(button, row // 2, (row % 2) * 2)
            tally_grid.addWidget(undo, row // 2, (row % 2) * 2 + 1)
            self.tally_buttons[kind] = button

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.finder)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.status)
        left_layout.addStretch(1)
        left_layout.addWidget(tallies)

        # -- the hall and today's list ------------------------------------------------
        self.summary = QLabel()
        name_widget(self.summary, "visitor.summary", self.tr("Today's figures"))
        self.summary.setProperty("role", "summary")
        self.summary.setWordWrap(True)
        self.in_hall_model = VisitTableModel(
            [
                VisitTableModel.ARRIVED,
                VisitTableModel.NAME,
                VisitTableModel.CATEGORY,
                VisitTableModel.PURPOSES,
                VisitTableModel.PARTY,
                VisitTableModel.PHONE,
            ]
        )
        self.today_model = VisitTableModel(
            [
                VisitTableModel.ARRIVED,
                VisitTableModel.LEFT,
                VisitTableModel.NAME,
                VisitTableModel.CATEGORY,
                VisitTableModel.PURPOSES,
                VisitTableModel.PARTY,
                VisitTableModel.ID,
                VisitTableModel.PHONE,
                VisitTableModel.CLERK,
            ]
        )
        self.in_hall = make_table_view(
            self.in_hall_model, "visitor.inHall", self.tr("Now in the hall")
        )
        self.today = make_table_view(self.today_model, "visitor.today", self.tr("Today's visits"))
        self.in_hall.doubleClicked.connect(lambda _index: self.sign_out_selected())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("visitor.tabs")
        self.tabs.addTab(self.in_hall, "")
        self.tabs.addTab(self.today, "")

        self.sign_out_button = QPushButton(self.tr("Mark as left (F8)"))
        name_widget(
            self.sign_out_button,
            "visitor.signOut",
            self.tr("Mark the selected visitor as having left"),
        )
        self.sign_out_button.clicked.connect(self.sign_out_selected)
        self.reveal_button = QPushButton(self.tr("Show full numbers"))
        name_widget(
            self.reveal_button,
            "visitor.reveal",
            self.tr("Show the full ID and phone numbers of the selected visitor"),
        )
        self.reveal_button.setVisible(session.is_admin)
        self.reveal_button.clicked.connect(self.reveal_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.sign_out_button)
        actions.addStretch(1)
        actions.addWidget(self.reveal_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for key, slot in (("F2", self.focus_search), ("F8", self.sign_out_selected)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start(REFRESH_MS)
        events.changed.connect(self._on_changed)
        self.setTabOrder(self.finder.box, self.form.name)
        self.refresh()

    # -- page life ---------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()
        self.focus_search()

    def focus_search(self) -> None:
        self.finder.focus()

    def _on_changed(self, what: str) -> None:
        if what in ("visit", "resident", "tally"):
            self.refresh()

    def refresh(self) -> None:
        """Reload the hall, today's list and the counts (also every 30 s for other desks)."""
        try:
            in_hall = self._visits.in_hall(self._session)
            today = self._visits.visits_on(self._session)
            summary = self._visits.day_summary(self._session)
        except DomainError as exc:
            self.summary.setText(message_text(exc))
            return
        keep_hall = self._selected_id(self.in_hall)
        keep_today = self._selected_id(self.today)
        self.in_hall_model.set_rows(in_hall)
        self.today_model.set_rows(today)
        self._reselect(self.in_hall, keep_hall)
        self._reselect(self.today, keep_today)
        self.tabs.setTabText(0, self.tr("Now in the hall ({count})").format(count=len(in_hall)))
        self.tabs.setTabText(1, self.tr("Today's visits ({count})").format(count=len(today)))
        self.summary.setText(
            self.tr(
                "Today: {visits} registered visits ({people} people), {in_hall} in the hall "
                "now, {walk_ins} counted walk-ins"
            ).format(
                visits=summary.visits,
                people=summary.people,
                in_hall=summary.in_hall,
                walk_ins=summary.walk_ins_total,
            )
        )
        for kind, button in self.tally_buttons.items():
            button.setText(
                self.tr("{label} +1  ({count})").format(
                    label=translate_message(TALLY_LABELS[kind]), count=summary.walk_ins.get(kind, 0)
                )
            )

    # -- from the search box ----------------------------------------------------------
    def start_new_visitor(self, text: str) -> None:
        """No resident matched: start a new visitor with the typed text put where it belongs
        (a name, an ID number or a phone)."""
        query = classify_query(text)
        self.form.clear()
        target = self.form.name
        if query is not None and query.kind is QueryKind.NAME:
            self.form.name.setText(text)
            target = self.form.id_number
        elif query is not None and query.kind is QueryKind.DIGITS:
            if len(query.text) in (15, 18):
                self.form.id_number.setText(query.text)
            elif len(query.text) >= 7:
                self.form.phone.setText(text)
        target.setFocus()

    def pick_resident(self, resident: ResidentSummary) -> None:
        """Fill the form with a search hit; Enter then registers them with the same purposes."""
        self.form.fill_from(resident)
        focus = (
            self.form.purposes[resident.last_purposes[0]]
            if resident.last_purposes
            else self.form.first_purpose()
        )
        focus.setFocus()

    # -- registering -------------------------------------------------------------------
    def register(self) -> None:
        form = self.form.value()
        try:
            record = self._visits.register_visit(self._session, form)
        except ValidationError as exc:
            if exc.for_field("id_number"):
                self.form.set_id_hint("")  # the error under the field says it already
            self._say_refused()
            self.form.errors.show(exc)
            return
        except DomainError as exc:
            self._say_refused()
            self.form.errors.show_text(message_text(exc))
            return
        arrived = record.arrived_at.strftime("%H:%M")
        if record.visit_count > 1:
            text = self.tr("{name} registered at {time} (visit no. {count})").format(
                name=record.name, time=arrived, count=record.visit_count
            )
        else:
            text = self.tr("{name} registered at {time} (first visit)").format(
                name=record.name, time=arrived
            )
        self.status.setText(text)
        self.clear()
        self._events.changed.emit("visit")

    def _say_refused(self) -> None:
        """The last registration's green line goes: next to red errors it would read as if
        this one had been saved."""
        self.status.clear()

    def clear(self) -> None:
        self.form.clear()
        self.finder.reset()
        self.focus_search()

    def _id_hint(self, text: str) -> None:
        """Say what a complete ID number tells (sex, age, kind) or what is wrong with it."""
        if not complete_id_text(text):
            self.form.set_id_hint("")
            self.form.take_known.offer(None)
            return
        today = self._clock.today()
        try:
            number = parse_id_number(text, today)
        except ValidationError as exc:
            self.form.set_id_hint(message_text(exc))
            self.form.take_known.offer(None)
            return
        kinds = {
            IdKind.MAINLAND: self.tr("Resident ID card"),
            IdKind.HMT_PERMIT: self.tr("Hong Kong/Macao/Taiwan residence permit"),
            IdKind.FOREIGN_PERMANENT: self.tr("Foreigner's permanent residence ID"),
        }
        sex = self.tr("male") if number.sex is Sex.MALE else self.tr("female")
        hint = self.tr("{kind} · {sex} · {age} years").format(
            kind=kinds[number.kind], sex=sex, age=number.age_on(today)
        )
        self.form.set_id_hint(hint)
        # The number may be a registered resident's: the button under the hint offers them.
        self.form.take_known.offer(
            registered_holder(self._residents, self._session, text, self.form.resident)
        )

    # -- the hall ----------------------------------------------------------------------
    def _selected_id(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return int(rows[0].data(Qt.ItemDataRole.UserRole)) if rows else None

    def _reselect(self, view: QTableView, visit_id: int | None) -> None:
        model = view.model()
        for row in range(model.rowCount()):
            if (
                visit_id is not None
                and model.index(row, 0).data(Qt.ItemDataRole.UserRole) == visit_id
            ):
                view.selectRow(row)
                return

    def sign_out_selected(self) -> None:
        visit_id = self._selected_id(self.in_hall)
        if visit_id is None:
            if self.in_hall_model.rowCount() == 1:
                visit_id = self.in_hall_model.visit_at(0).id
            else:
                self.status.setText(self.tr('Select a visitor in "Now in the hall" first.'))
                self.tabs.setCurrentIndex(0)
                self.in_hall.setFocus()
                return
        try:
            record = self._visits.sign_out(self._session, visit_id)
        except DomainError as exc:
            show_domain_error(self, exc)
            self.refresh()
            return
        self.status.setText(
            self.tr("{name} left at {time}").format(
                name=record.name, time=record.left_at.strftime("%H:%M") if record.left_at else ""
            )
        )
        self._events.changed.emit("visit")

    def reveal_selected(self) -> None:
        """Administrators only: show one visitor's full numbers; every look is audited."""
        view = self.today if self.tabs.currentIndex() == 1 else self.in_hall
        visit_id = self._selected_id(view)
        if visit_id is None:
            self.status.setText(self.tr("Select a visitor first."))
            return
        model = view.model()
        assert isinstance(model, VisitTableModel)
        record = next(
            model.visit_at(r) for r in range(model.rowCount()) if model.visit_at(r).id == visit_id
        )
        answer = QMessageBox.question(
            self,
            self.tr("Show full numbers"),
            self.tr(
                "Show the full ID and phone numbers of {name}? This is recorded in the audit log."
            ).format(name=record.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            id_number = self._residents.reveal(self._session, record.resident_id, "id_number")
            phone = self._residents.reveal(self._session, record.resident_id, "phone")
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        box = QMessageBox(self)
        box.setObjectName("visitor.revealed")
        box.setWindowTitle(self.tr("Full numbers"))
        box.setText(
            self.tr("{name}\nID number: {id}\nPhone: {phone}").format(
                name=record.name, id=id_number or self.tr("none"), phone=phone or self.tr("none")
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    # -- quick tallies -----------------------------------------------------------------
    def count_walk_in(self, kind: TallyKind) -> None:
        try:
            self._visits.count_walk_in(self._session, kind)
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        self._events.changed.emit("tally")

    def undo_walk_in(self, kind: TallyKind) -> None:
        try:
            self._visits.undo_walk_in(self._session, kind)
        except DomainError as exc:
            self.status.setText(message_text(exc))
            return
        self._events.changed.emit("tally")
