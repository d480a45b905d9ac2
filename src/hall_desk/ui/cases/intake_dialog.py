"""Taking in a walk-in request (新办件): who, which item, which papers, and how it ends.

The clerk finds the resident (or types a new one), picks the item, ticks the documents handed
in, and then accepts (受理), issues a one-time notice of what is missing (一次性告知) or refuses
(不予受理) with a reason. Nothing typed is lost when the desk refuses the input.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.catalogue import ItemKind
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError, ValidationError
from hall_desk.services.calendar import CalendarService
from hall_desk.services.cases.case_intake import IntakeForm
from hall_desk.services.cases.case_records import CaseRecord
from hall_desk.services.cases.cases import CaseService
from hall_desk.services.catalogue import ServiceItemInfo
from hall_desk.services.residents import ResidentService, ResidentSummary
from hall_desk.services.session import StaffSession
from hall_desk.ui.cases.calendar_words import promise_note
from hall_desk.ui.cases.intake_sections import AgentSection, CheckSection, ItemSection
from hall_desk.ui.cases.intake_transfer import TransferSection
from hall_desk.ui.kit.common import (
    FieldErrors,
    message_text,
    name_widget,
    size_within_screen,
)
from hall_desk.ui.kit.known_resident import (
    TakeRegisteredButton,
    complete_id_text,
    registered_holder,
)
from hall_desk.ui.kit.reason_dialog import ReasonDialog
from hall_desk.ui.kit.resident_search import ResidentSearch


class IntakeDialog(QDialog):
    """The form of a new case. After ``exec()`` returns Accepted, ``case`` holds the result."""

    def __init__(
        self,
        cases: CaseService,
        residents: ResidentService,
        calendar: CalendarService,
        items: list[ServiceItemInfo],
        session: StaffSession,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New case"))
        self._cases = cases
        self._residents = residents
        self._calendar = calendar
        self._session = session
        self._clock = clock
        self._items = [i for i in items if not i.retired]
        self._resident: ResidentSummary | None = None
        self.case: CaseRecord | None = None

        general = QLabel()
        general.setObjectName("intake.error")
        self.errors = FieldErrors(general)

        # -- who -----------------------------------------------------------------------
        self.finder = ResidentSearch(residents, session, prefix="intake")
        self.finder.picked.connect(self.link_resident)
        self.finder.notFound.connect(self._start_new_person)
        person_box = QGroupBox(self.tr("Resident"))
        person = QFormLayout(person_box)
        person.addRow(self.finder)
        self.linked = QLabel()
        self.linked.setObjectName("intake.linked")
        self.linked.setProperty("role", "hint")
        self.linked.setWordWrap(True)
        self.unlink_button = QPushButton(self.tr("Someone else"))
        name_widget(self.unlink_button, "intake.unlink", self.tr("Clear the chosen resident"))
        self.unlink_button.clicked.connect(self.unlink_resident)
        linked_row = QWidget()
        linked_layout = QHBoxLayout(linked_row)
        linked_layout.setContentsMargins(0, 0, 0, 0)
        linked_layout.addWidget(self.linked, 1)
        linked_layout.addWidget(self.unlink_button)
        person.addRow(linked_row)
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.phone = QLineEdit()
        self.errors.add_row(
            person, "name", self.name, "intake.name", self.tr("Name"), self.tr("Resident's name")
        )
        self.errors.add_row(
            person,
            "id_number",
            self.id_number,
            "intake.idNumber",
            self.tr("ID number"),
            self.tr("Resident's ID number"),
        )
        # "Register as 李** (registered resident)" while the ID number is someone else's.
        self.take_known = TakeRegisteredButton("intake.takeKnown")
        self.take_known.taken.connect(self.link_resident)
        person.addRow(self.take_known)
        self.id_number.textChanged.connect(self._id_changed)
        self.errors.add_row(
            person,
            "phone",
            self.phone,
            "intake.phone",
            self.tr("Phone"),
            self.tr("Resident's phone"),
        )
        # Set once every field is in the dialog (Qt refuses an order across windows).
        QWidget.setTabOrder(self.id_number, self.take_known)
        QWidget.setTabOrder(self.take_known, self.phone)

        # -- what ----------------------------------------------------------------------
        item_box = ItemSection(self.errors, self._items)
        self.item = item_box.item
        self.item_info = item_box.info
        self.documents = item_box.documents
        self.all_documents = item_box.all_documents
        self.extra_missing = item_box.extra_missing
        self.item.currentIndexChanged.connect(self._item_changed)
        self.all_documents.clicked.connect(lambda: self._tick_all(True))

        # -- on behalf, transfer letter, annual check --------------------------------------
        self.agent_box = AgentSection(self.errors)
        self.agent_name = self.agent_box.name
        self.agent_relation = self.agent_box.relation
        self.agent_phone = self.agent_box.phone

        self.transfer_box = TransferSection(self.errors, clock.today())

        self.check_box = CheckSection(self.errors)
        self.check_method = self.check_box.method

        self.note = QLineEdit()
        name_widget(self.note, "intake.note", self.tr("Note"))
        self.promise = QLabel()
        self.promise.setObjectName("intake.promise")
        self.promise.setProperty("role", "summary")
        self.promise.setWordWrap(True)
        # Why this applicant cannot have this item (too young ...), as soon as both are known.
        self.eligibility = QLabel()
        self.eligibility.setObjectName("intake.eligibility")
        self.eligibility.setProperty("role", "error")
        self.eligibility.setWordWrap(True)
        self.eligibility.hide()

        # -- buttons -------------------------------------------------------------------
        self.accept_button = QPushButton(self.tr("Accept and print slip"))
        name_widget(self.accept_button, "intake.accept", self.tr("Accept the case (受理)"))
        self.accept_button.setDefault(True)
        self.notice_button = QPushButton(self.tr("One-time notice of missing documents"))
        name_widget(
            self.notice_button, "intake.notice", self.tr("Issue a one-time notice (一次性告知)")
        )
        self.refuse_button = QPushButton(self.tr("Refuse..."))
        name_widget(self.refuse_button, "intake.refuse", self.tr("Refuse the case (不予受理)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        name_widget(self.cancel_button, "intake.cancel", self.tr("Cancel"))
        self.accept_button.clicked.connect(self.accept_case)
        self.notice_button.clicked.connect(self.issue_notice)
        self.refuse_button.clicked.connect(self.refuse_case)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.notice_button)
        buttons.addWidget(self.refuse_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)

        left = QVBoxLayout()
        left.addWidget(person_box)
        left.addWidget(self.agent_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(item_box)
        right.addWidget(self.transfer_box)
        right.addWidget(self.check_box)
        note_row = QFormLayout()
        note_row.addRow(self.tr("Note"), self.note)
        right.addLayout(note_row)
        right.addStretch(1)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        # On a small screen the form scrolls instead of squeezing its fields flat.
        scroll = QScrollArea()
        scroll.setObjectName("intake.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.eligibility)
        layout.addWidget(self.promise)
        layout.addWidget(general)
        layout.addLayout(buttons)

        self.unlink_resident()
        self._item_changed()
        size_within_screen(self, 1000, 700)
        self.finder.box.setFocus()

    # -- the resident ------------------------------------------------------------------
    def link_resident(self, resident: ResidentSummary) -> None:
        """A returning resident was picked: their saved ID and phone are used."""
        self._resident = resident
        self.name.setText(resident.name)
        self.id_number.clear()
        self.phone.clear()
        self.id_number.setPlaceholderText(resident.masked_id or self.tr("(none saved)"))
        self.phone.setPlaceholderText(resident.masked_phone or self.tr("(none saved)"))
        self.linked.setText(
            self.tr("Known resident: {name} {id} {phone}. Type a number only to change it.").format(
                name=resident.name, id=resident.masked_id, phone=resident.masked_phone
            )
        )
        self.unlink_button.show()
        self.item.setFocus()
        self._check_applicant()

    def unlink_resident(self) -> None:
        self._resident = None
        self.id_number.setPlaceholderText("")
        self.phone.setPlaceholderText("")
        self.linked.setText(self.tr("Find a returning resident above, or type a new one."))
        self.unlink_button.hide()
        self._check_applicant()

    def _id_changed(self, text: str) -> None:
        """A whole ID number typed: offer its registered holder, and check the applicant."""
        self.take_known.offer(
            registered_holder(self._residents, self._session, text, self._resident)
        )
        if complete_id_text(text) or not text.strip():
            self._check_applicant()

    def _start_new_person(self, text: str) -> None:
        self.unlink_resident()
        stripped = text.strip()
        if stripped.isdigit() and len(stripped) == 11:
            self.phone.setText(stripped)
        elif stripped and (stripped[:-1].isdigit() and len(stripped) in (15, 18)):
            self.id_number.setText(stripped)
        elif stripped:
            self.name.setText(stripped)
        self.name.setFocus()

    # -- the item ----------------------------------------------------------------------
    def selected_item(self) -> ServiceItemInfo | None:
        item_id = self.item.currentData()
        return next((i for i in self._items if i.id == item_id), None)

    def select_item(self, item_id: int) -> None:
        index = self.item.findData(item_id)
        if index >= 0:
            self.item.setCurrentIndex(index)

    def _item_changed(self, _index: int = 0) -> None:
        info = self.selected_item()
        self.documents.clear()
        if info is None:
            self.item_info.setText("")
        else:
            limit = (
                self.tr("handled on the spot")
                if info.time_limit_days == 0
                else self.tr("%n working day(s)", "", info.time_limit_days)
            )
            agent = (
                self.tr("may be done on their behalf")
                if info.agent_allowed
                else self.tr("in person only")
            )
            self.item_info.setText(f"{info.office} · {limit} · {agent}")
            for doc in info.documents:
                entry = QListWidgetItem(doc)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                self.documents.addItem(entry)
        kind = info.kind if info else ItemKind.GENERAL
        self.transfer_box.setVisible(kind is ItemKind.PARTY_TRANSFER)
        self.check_box.setVisible(kind is ItemKind.ELDERLY_CHECK)
        self.agent_box.setEnabled(info is None or info.agent_allowed)
        if info is not None and not info.agent_allowed:
            self.agent_box.setChecked(False)
        if kind is ItemKind.PARTY_TRANSFER and info is not None:
            self.transfer_box.guess_direction(info.name)
        self.documents.setVisible(bool(info and info.documents))
        self.all_documents.setVisible(bool(info and info.documents))
        self._check_applicant()

    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.documents.count()):
            entry = self.documents.item(row)
            assert entry is not None
            entry.setCheckState(state)

    def received(self) -> tuple[str, ...]:
        ticked: list[str] = []
        for row in range(self.documents.count()):
            entry = self.documents.item(row)
            assert entry is not None
            if entry.checkState() == Qt.CheckState.Checked:
                ticked.append(entry.text())
        return tuple(ticked)

    def _update_promise(self) -> None:
        info = self.selected_item()
        if info is None:
            self.promise.setText("")
            return
        today = self._clock.today()
        if info.time_limit_days == 0:
            self.promise.setText(self.tr("Handled on the spot."))
            return
        calendar = self._calendar.calendar()
        due = calendar.add_working_days(today, info.time_limit_days)
        text = self.tr("If accepted now, promised by {date} ({days} working days).").format(
            date=due.isoformat(), days=info.time_limit_days
        )
        note = promise_note(
            calendar.uncovered_years(today, due), calendar.estimated_years(today, due)
        )
        if note:
            text += " " + note
        self.promise.setText(text)

    def _check_applicant(self) -> None:
        """Say at once what accepting would refuse about this applicant for this item (under
        80 for the elderly-age subsidy, with the date they can apply ...): only a refusal is
        possible then, so accepting and the notice are switched off, and nothing is promised."""
        info = self.selected_item()
        refusal = ""
        if info is not None and info.kind in (ItemKind.ELDERLY_SUBSIDY, ItemKind.ELDERLY_CHECK):
            resident_id = self._resident.id if self._resident else None
            try:
                self._cases.check_applicant(
                    self._session, info.id, resident_id, self.id_number.text()
                )
            except DomainError as exc:
                refusal = message_text(exc)
        self.eligibility.setText(refusal)
        self.eligibility.setVisible(bool(refusal))
        self.accept_button.setEnabled(not refusal)
        self.notice_button.setEnabled(not refusal)
        if refusal:
            self.promise.clear()
        else:
            self._update_promise()

    # -- submitting --------------------------------------------------------------------
    def form(self) -> IntakeForm:
        info = self.selected_item()
        agent = self.agent_box.isChecked() and self.agent_box.isEnabled()
        transfer = None
        if info is not None and info.kind is ItemKind.PARTY_TRANSFER:
            transfer = self.transfer_box.form()
        extra = [p for p in self.extra_missing.text().replace(";", "；").split("；") if p.strip()]
        return IntakeForm(
            item_id=info.id if info else None,
            name=self.name.text(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            resident_id=self._resident.id if self._resident else None,
            documents_received=self.received(),
            extra_missing=tuple(extra),
            agent_name=self.agent_name.text() if agent else "",
            agent_relation=self.agent_relation.currentText() if agent else "",
            agent_phone=self.agent_phone.text() if agent else "",
            note=self.note.text(),
            transfer=transfer,
            check_method=str(self.check_method.currentData())
            if info is not None and info.kind is ItemKind.ELDERLY_CHECK
            else "",
        )

    def accept_case(self) -> None:
        self._submit(lambda form: self._cases.accept_case(self._session, form))

    def issue_notice(self) -> None:
        self._submit(lambda form: self._cases.issue_notice(self._session, form))

    def refuse_case(self) -> None:
        prompt = ReasonDialog(
            self.tr("Refuse the case"),
            self.tr("Why can the case not be accepted? This is printed on the notice."),
            parent=self,
        )
        if self.eligibility.text():
            prompt.editor.setPlainText(self.eligibility.text())  # the reason the desk gave
        if prompt.exec() != QDialog.DialogCode.Accepted:
            return
        reason = prompt.text()
        self._submit(lambda form: self._cases.refuse_case(self._session, form, reason))

    def _submit(self, action) -> None:  # type: ignore[no-untyped-def]
        self.errors.clear()
        try:
            self.case = action(self.form())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except DomainError as exc:
            self.errors.show(exc)
            return
        self.accept()
