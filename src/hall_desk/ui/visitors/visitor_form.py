"""The registration form of the visitor desk: fields, their errors, nothing else.

Keyboard: Tab walks the fields in order, Enter in any field asks to save (``submitted``),
Esc asks to clear (``cleared``). The page decides what happens.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.visits import (
    CATEGORY_LABELS,
    MAX_NOTE_LENGTH,
    MAX_PARTY_SIZE,
    PURPOSE_LABELS,
    VisitorCategory,
    VisitPurpose,
)
from hall_desk.services.residents import ResidentSummary
from hall_desk.services.visitors.visits import VisitForm
from hall_desk.ui.kit.common import FieldErrors, name_widget, translate_message, with_error_label
from hall_desk.ui.kit.known_resident import TakeRegisteredButton


class VisitorForm(QWidget):
    submitted = Signal()
    cleared = Signal()
    unlinked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resident: ResidentSummary | None = None

        self.linked = QLabel()
        name_widget(self.linked, "visitor.linked", self.tr("Returning resident"))
        self.linked.setProperty("role", "linked")
        # A long name and numbers wrap onto a second line instead of widening the panel.
        self.linked.setWordWrap(True)
        self.unlink = QPushButton(self.tr("Someone else"))
        name_widget(self.unlink, "visitor.unlink", self.tr("Register someone else"))
        self.unlink.clicked.connect(self._unlink)
        linked_row = QWidget()
        linked_layout = QHBoxLayout(linked_row)
        linked_layout.setContentsMargins(0, 0, 0, 0)
        linked_layout.addWidget(self.linked, 1)
        linked_layout.addWidget(self.unlink)
        self.linked_row = linked_row
        linked_row.hide()

        self.name = QLineEdit()
        name_widget(self.name, "visitor.name", self.tr("Name"))
        self.name.setMaxLength(40)
        self.id_number = QLineEdit()
        name_widget(self.id_number, "visitor.idNumber", self.tr("ID document number"))
        self.id_number.setMaxLength(40)
        self.id_number.setPlaceholderText(self.tr("optional: ID card, residence permit..."))
        self.id_info = QLabel()
        name_widget(self.id_info, "visitor.idInfo", self.tr("What the ID number tells"))
        self.id_info.setProperty("role", "hint")
        self.id_info.setWordWrap(True)
        self.id_info.hide()
        # "Register as 李** (registered resident)" while the ID number is someone else's.
        self.take_known = TakeRegisteredButton("visitor.takeKnown")
        self.phone = QLineEdit()
        name_widget(self.phone, "visitor.phone", self.tr("Phone"))
        self.phone.setMaxLength(30)
        self.phone.setPlaceholderText(self.tr("optional: mobile, or landline with area code"))
        self.category = QComboBox()
        name_widget(self.category, "visitor.category", self.tr("Category"))
        for category in VisitorCategory:
            self.category.addItem(translate_message(CATEGORY_LABELS[category]), category.value)

        self.purposes: dict[VisitPurpose, QCheckBox] = {}
        purpose_box = QWidget()
        grid = QGridLayout(purpose_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, purpose in enumerate(VisitPurpose):
            box = QCheckBox(translate_message(PURPOSE_LABELS[purpose]))
            name_widget(
                box, f"visitor.purpose.{purpose.value}", translate_message(PURPOSE_LABELS[purpose])
            )
            grid.addWidget(box, n // 5, n % 5)
            self.purposes[purpose] = box
        self.party_size = QSpinBox()
        name_widget(self.party_size, "visitor.partySize", self.tr("Party size"))
        self.party_size.setRange(1, MAX_PARTY_SIZE)
        self.note = QLineEdit()
        name_widget(self.note, "visitor.note", self.tr("Note"))
        self.note.setMaxLength(MAX_NOTE_LENGTH)

        self.save = QPushButton(self.tr("Register (Enter)"))
        name_widget(self.save, "visitor.save", self.tr("Register the visit"))
        self.save.setProperty("role", "primary")
        self.save.clicked.connect(self.submitted)
        self.clear_button = QPushButton(self.tr("Clear (Esc)"))
        name_widget(self.clear_button, "visitor.clear", self.tr("Clear the form"))
        self.clear_button.clicked.connect(self.cleared)

        general = QLabel()
        general.setObjectName("visitor.formMessage")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field, label, widget in (
            ("name", self.tr("&Name"), self.name),
            ("id_number", self.tr("&ID number"), self.id_number),
            ("phone", self.tr("P&hone"), self.phone),
            ("category", self.tr("Ca&tegory"), self.category),
            ("purposes", self.tr("Purpose"), purpose_box),
            ("party_size", self.tr("People"), self.party_size),
            ("note", self.tr("N&ote"), self.note),
        ):
            box, error_label = with_error_label(widget, f"visitor.{field}.error")
            if field == "id_number":
                box.layout().addWidget(self.id_info)
                box.layout().addWidget(self.take_known)
            self.errors.add(field, widget, error_label)
            form.addRow(label, box)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(linked_row)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addLayout(buttons)

        order: list[QWidget] = [
            self.name,
            self.id_number,
            self.phone,
            self.category,
            *self.purposes.values(),
            self.party_size,
            self.note,
            self.save,
            self.clear_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        # The offer to take the registered resident is one Tab away from the ID number (a
        # button: Enter or Space takes them, it does not register).
        QWidget.setTabOrder(self.id_number, self.take_known)
        QWidget.setTabOrder(self.take_known, self.phone)
        for widget in order[:-2]:
            widget.installEventFilter(self)
        self.party_size.findChild(QLineEdit).installEventFilter(self)

    # -- keyboard ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.category and self.category.view().isVisible():
                    return False
                self.submitted.emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cleared.emit()
                return True
        return super().eventFilter(watched, event)

    # -- values ------------------------------------------------------------------------
    def value(self) -> VisitForm:
        return VisitForm(
            name=self.name.text(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            category=str(self.category.currentData()),
            purposes=tuple(p.value for p, box in self.purposes.items() if box.isChecked()),
            party_size=self.party_size.value(),
            note=self.note.text(),
            resident_id=self.resident.id if self.resident else None,
        )

    def fill_from(self, resident: ResidentSummary) -> None:
        """Fill the form for a returning resident; their numbers stay masked."""
        self.clear()
        self.resident = resident
        self.name.setText(resident.name)
        if resident.masked_id:
            self.id_number.setPlaceholderText(
                self.tr("on file: {masked} (type only to change it)").format(
                    masked=resident.masked_id
                )
            )
        if resident.masked_phone:
            self.phone.setPlaceholderText(
                self.tr("on file: {masked} (type only to change it)").format(
                    masked=resident.masked_phone
                )
            )
        self.category.setCurrentIndex(max(0, self.category.findData(resident.category.value)))
        for purpose in resident.last_purposes:
            self.purposes[purpose].setChecked(True)
        details = [resident.name]
        if resident.age is not None:
            details.append(self.tr("{age} years").format(age=resident.age))
        if resident.masked_id:
            details.append(resident.masked_id)
        if resident.masked_phone:
            details.append(resident.masked_phone)
        self.linked.setText(
            self.tr("Returning resident: {details}").format(details="  ·  ".join(details))
        )
        self.linked_row.show()

    def clear(self) -> None:
        self.resident = None
        self.linked_row.hide()
        for edit in (self.name, self.id_number, self.phone, self.note):
            edit.clear()
        self.id_number.setPlaceholderText(self.tr("optional: ID card, residence permit..."))
        self.phone.setPlaceholderText(self.tr("optional: mobile, or landline with area code"))
        self.set_id_hint("")
        self.take_known.offer(None)
        self.category.setCurrentIndex(0)
        for box in self.purposes.values():
            box.setChecked(False)
        self.party_size.setValue(1)
        self.errors.clear()

    def set_id_hint(self, text: str) -> None:
        """What a complete ID number tells (sex, age, kind), shown under the field."""
        self.id_info.setText(text)
        self.id_info.setVisible(bool(text))

    def first_purpose(self) -> QCheckBox:
        return next(iter(self.purposes.values()))

    def _unlink(self) -> None:
        self.resident = None
        self.linked_row.hide()
        self.clear()
        self.unlinked.emit()
