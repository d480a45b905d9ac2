"""Taking a demand (群众点单): who raised it, where it came from, what and where it is.

The resident is found as on the visitor desk, or left out for an anonymous demand (a contact
name and phone may still be given). Before saving, open demands of the same kind at the same
place are shown and the call can be merged into one of them (并单) instead. Nothing typed is
lost when the desk refuses the input.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.clock import Clock
from hall_desk.domain.demand_intake import KIND_LABELS, SOURCE_LABELS, DemandKind, format_minutes
from hall_desk.domain.demands import LEVEL_LABELS, DemandLevel, ResponseClock
from hall_desk.domain.errors import DomainError
from hall_desk.services.party.demand_forms import DemandForm
from hall_desk.services.party.demand_records import DemandDetail
from hall_desk.services.party.demands import DemandService
from hall_desk.services.residents import ResidentService, ResidentSummary
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import (
    FieldErrors,
    from_qdate,
    name_widget,
    size_within_screen,
    to_qdate,
    translate_message,
)
from hall_desk.ui.kit.resident_search import ResidentSearch
from hall_desk.ui.party.demand_similar import SimilarChoice, SimilarDialog


def minutes_text(minutes: int) -> str:
    template, values = format_minutes(minutes)
    return translate_message(template).format(**values)


class DemandIntakeDialog(QDialog):
    """After ``exec()`` returns Accepted, ``demand`` holds the demand saved (or merged into,
    then ``merged`` is True)."""

    def __init__(
        self,
        demands: DemandService,
        residents: ResidentService,
        session: StaffSession,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("demandIntake")
        self.setWindowTitle(self.tr("New demand"))
        self._demands = demands
        self._session = session
        self._clock = clock
        self._resident: ResidentSummary | None = None
        self._response: ResponseClock = demands.response_clock(session)
        self.demand: DemandDetail | None = None
        self.merged = False

        general = QLabel()
        general.setObjectName("demandIntake.error")
        self.errors = FieldErrors(general)
        add = self.errors.add_row

        # -- who -------------------------------------------------------------------------
        self.finder = ResidentSearch(residents, session, prefix="demandIntake")
        self.finder.picked.connect(self.link_resident)
        self.finder.notFound.connect(self._typed_contact)
        self.finder.escaped.connect(self._escape)
        who_box = QGroupBox(self.tr("Who raised it"))
        who = QFormLayout(who_box)
        who.addRow(self.finder)
        self.linked = QLabel()
        self.linked.setObjectName("demandIntake.linked")
        self.linked.setProperty("role", "hint")
        self.linked.setWordWrap(True)
        self.anonymous_button = QPushButton(self.tr("Anonymous"))
        name_widget(
            self.anonymous_button, "demandIntake.anonymous", self.tr("No resident: anonymous")
        )
        self.anonymous_button.clicked.connect(self.unlink_resident)
        linked_row = QWidget()
        linked_layout = QHBoxLayout(linked_row)
        linked_layout.setContentsMargins(0, 0, 0, 0)
        linked_layout.addWidget(self.linked, 1)
        linked_layout.addWidget(self.anonymous_button)
        who.addRow(linked_row)
        self.contact_name = QLineEdit()
        add(who, "contact_name", self.contact_name, "demandIntake.contactName",
            self.tr("Contact"), self.tr("Contact name (optional)"))  # fmt: skip
        self.contact_phone = QLineEdit()
        add(who, "phone", self.contact_phone, "demandIntake.contactPhone",
            self.tr("Contact phone"), self.tr("Contact phone (optional)"))  # fmt: skip
        self.source = QComboBox()
        for source, label in SOURCE_LABELS.items():
            self.source.addItem(translate_message(label), source.value)
        add(who, "source", self.source, "demandIntake.source", self.tr("Came from"),
            self.tr("Where the demand came from"))  # fmt: skip
        self.resident_box = who_box

        # -- what and where ----------------------------------------------------------------
        what_box = QGroupBox(self.tr("The demand"))
        what = QFormLayout(what_box)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(translate_message(label), kind.value)
        add(what, "kind", self.kind, "demandIntake.kind", self.tr("Kind"),
            self.tr("Demand or small wish"))  # fmt: skip
        self.wish_date = QDateEdit(to_qdate(clock.today()))
        self.wish_date.setCalendarPopup(True)
        self.wish_date.setDisplayFormat("yyyy-MM-dd")
        self.wish_date.setMinimumDate(QDate(2000, 1, 1))
        add(what, "wish_target_date", self.wish_date, "demandIntake.wishDate",
            self.tr("Wish by"), self.tr("Date the wish should come true by"))  # fmt: skip
        self.category = QComboBox()
        for category_id, name in demands.categories(session):
            self.category.addItem(name, category_id)
        add(what, "category", self.category, "demandIntake.category", self.tr("Category"),
            self.tr("Category of demand"))  # fmt: skip
        self.level = QComboBox()
        for level in DemandLevel:
            minutes = minutes_text(self._response.minutes_for(level))
            self.level.addItem(f"{translate_message(LEVEL_LABELS[level])} · {minutes}", level.value)
        add(what, "level", self.level, "demandIntake.level", self.tr("Level"),
            self.tr("Level and its response time"))  # fmt: skip
        self.needs_visit = QCheckBox(
            self.tr("Someone must go there (within {time})").format(
                time=minutes_text(self._response.on_site_minutes)
            )
        )
        name_widget(self.needs_visit, "demandIntake.needsVisit", self.tr("Needs a visit"))
        what.addRow("", self.needs_visit)
        hoods, grids = demands.places(session)
        self.neighbourhood = QLineEdit()
        _complete(self.neighbourhood, hoods)
        add(what, "neighbourhood", self.neighbourhood, "demandIntake.neighbourhood",
            self.tr("Neighbourhood"), self.tr("Neighbourhood (小区)"))  # fmt: skip
        self.grid = QLineEdit()
        _complete(self.grid, grids)
        add(what, "grid", self.grid, "demandIntake.grid", self.tr("Grid"),
            self.tr("Grid (网格)"))  # fmt: skip
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Building, unit, spot"))
        add(what, "place", self.place, "demandIntake.place", self.tr("Place"),
            self.tr("Building, unit or spot"))  # fmt: skip
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(96)
        add(what, "description", self.description, "demandIntake.description",
            self.tr("What is needed"), self.tr("What the resident needs"))  # fmt: skip
        self.kind.currentIndexChanged.connect(self._kind_changed)

        # -- buttons ---------------------------------------------------------------------------
        self.save_button = QPushButton(self.tr("Save demand"))
        name_widget(self.save_button, "demandIntake.save", self.tr("Save the demand (Ctrl+Enter)"))
        self.save_button.setToolTip(self.tr("Save the demand (Enter, or Ctrl+Enter anywhere)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        name_widget(cancel, "demandIntake.cancel", self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(who_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(what_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setObjectName("demandIntake.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(general)
        layout.addLayout(buttons)

        self.unlink_resident()
        self._kind_changed()
        size_within_screen(self, 1040, 600)
        self.finder.box.setFocus()

    # -- the resident ------------------------------------------------------------------
    def link_resident(self, resident: ResidentSummary) -> None:
        self._resident = resident
        self.linked.setText(
            self.tr("Resident: {name} {phone}").format(
                name=resident.name, phone=resident.masked_phone
            )
        )
        self.anonymous_button.show()
        self.category.setFocus()

    def unlink_resident(self) -> None:
        self._resident = None
        self.finder.reset()
        self.linked.setText(
            self.tr("Anonymous: find a resident above, or give a contact below (optional).")
        )
        self.anonymous_button.hide()

    def _escape(self) -> None:
        """Esc in the search box clears it first, then cancels the dialog."""
        if self.finder.box.text():
            self.finder.reset()
        else:
            self.reject()

    def _typed_contact(self, text: str) -> None:
        """No resident matched: what was typed becomes the contact (a phone or a name)."""
        stripped = text.strip()
        if stripped.replace("-", "").replace(" ", "").isdigit():
            self.contact_phone.setText(stripped)
            self.contact_phone.setFocus()
        elif stripped:
            self.contact_name.setText(stripped)
            self.contact_phone.setFocus()

    def _kind_changed(self, _index: int = 0) -> None:
        wish = self.kind.currentData() == DemandKind.WISH.value
        self._set_row_visible(self.wish_date, wish)

    @staticmethod
    def _set_row_visible(widget: QWidget, visible: bool) -> None:
        form = widget.parentWidget()
        layout = form.parentWidget().layout() if form is not None else None
        if isinstance(layout, QFormLayout) and form is not None:
            layout.setRowVisible(form, visible)

    # -- saving ------------------------------------------------------------------------
    def select_category(self, name: str) -> None:
        index = self.category.findText(name)
        if index >= 0:
            self.category.setCurrentIndex(index)

    def form(self) -> DemandForm:
        wish = self.kind.currentData() == DemandKind.WISH.value
        return DemandForm(
            kind=str(self.kind.currentData()),
            source=str(self.source.currentData()),
            category_id=self.category.currentData(),
            description=self.description.toPlainText(),
            neighbourhood=self.neighbourhood.text(),
            place=self.place.text(),
            level=str(self.level.currentData()),
            needs_visit=self.needs_visit.isChecked(),
            resident_id=self._resident.id if self._resident is not None else None,
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            wish_target_date=from_qdate(self.wish_date.date()) if wish else None,
            grid=self.grid.text(),
        )

    def save(self) -> None:
        """Check the form, offer 并单 when similar demands are open, then save."""
        form = self.form()
        self.errors.clear()
        try:
            self._demands.check_form(self._session, form)
            similar = self._demands.similar_open(
                self._session, form.category_id, form.neighbourhood, form.place
            )
            if similar:
                prompt = SimilarDialog(similar, parent=self)
                if prompt.exec() != QDialog.DialogCode.Accepted:
                    return
                chosen = prompt.selected()
                if prompt.choice is SimilarChoice.MERGE and chosen is not None:
                    self.demand = self._demands.merge_into(self._session, chosen.number, form)
                    self.merged = True
                    self.accept()
                    return
            self.demand = self._demands.take(self._session, form)
        except DomainError as exc:
            self.errors.show(exc)
            return
        self.accept()


def _complete(edit: QLineEdit, words: list[str]) -> None:
    completer = QCompleter(words, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
