"""Who books a room: a resident found in the register, a partner organisation (共建单位) or a
staff activity, the contact to call, and whether the booking came in at the counter or by phone.

A resident typed by hand with a phone number (not found at the counter in the register) is a
phone booking: the channel turns to 电话 by itself, unless the clerk chose the channel.

The texts belong to the new-booking dialog, so they keep its translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.bookings import (
    BOOKER_KIND_LABELS,
    CHANNEL_LABELS,
    BookerKind,
    BookingChannel,
)
from hall_desk.services.residents import ResidentService, ResidentSummary
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import (
    FieldErrors,
    name_widget,
    restyle,
    translate_message,
    with_error_label,
)
from hall_desk.ui.kit.resident_search import ResidentSearch

_Choice = TypeVar("_Choice", bound=StrEnum)


class BookerSection(QGroupBox):
    """The "Booked by" group of the new-booking dialog; its fields report to ``errors``."""

    #: A resident on file was picked and fills the contact.
    residentLinked = Signal()

    def __init__(
        self,
        residents: ResidentService,
        session: StaffSession,
        errors: FieldErrors,
        parent: QWidget | None = None,
        *,
        prefix: str,
    ) -> None:
        super().__init__(QCoreApplication.translate("BookingFormDialog", "Booked by"), parent)
        self._prefix = prefix
        self.resident: ResidentSummary | None = None
        form = QFormLayout(self)
        self.kind_group, self.kind_buttons, kinds_row = self._choices(
            BOOKER_KIND_LABELS, "kind", BookerKind.RESIDENT
        )
        form.addRow(kinds_row)

        self.finder = ResidentSearch(residents, session, prefix=prefix)
        self.finder.picked.connect(self.link_resident)
        self.finder.notFound.connect(self._not_on_file)
        self.linked = QLabel()
        self.linked.setObjectName(f"{prefix}.linked")
        self.linked.setWordWrap(True)
        self.unlink_button = QPushButton(
            QCoreApplication.translate("BookingFormDialog", "Someone else")
        )
        name_widget(
            self.unlink_button,
            f"{prefix}.unlink",
            QCoreApplication.translate("BookingFormDialog", "Clear the chosen resident"),
        )
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.clicked.connect(self.unlink_resident)
        resident_row = QWidget()
        resident_layout = QVBoxLayout(resident_row)
        resident_layout.setContentsMargins(0, 0, 0, 0)
        resident_layout.addWidget(self.finder)
        linked_row = QHBoxLayout()
        linked_row.addWidget(self.linked, 1)
        linked_row.addWidget(self.unlink_button)
        resident_layout.addLayout(linked_row)
        self.resident_box, resident_error = with_error_label(
            resident_row, f"{prefix}.resident.error"
        )
        errors.add("booking_resident", self.finder.box, resident_error)
        form.addRow(QCoreApplication.translate("BookingFormDialog", "Resident"), self.resident_box)

        self.organisation = QLineEdit()
        self.organisation_label = QLabel(
            QCoreApplication.translate("BookingFormDialog", "Organisation")
        )
        name_widget(
            self.organisation,
            f"{prefix}.organisation",
            QCoreApplication.translate("BookingFormDialog", "Organisation"),
        )
        self.organisation_box, organisation_error = with_error_label(
            self.organisation, f"{prefix}.organisation.error"
        )
        errors.add("booking_organisation", self.organisation, organisation_error)
        form.addRow(self.organisation_label, self.organisation_box)

        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        errors.add_row(
            form, "booking_contact_name", self.contact_name, f"{prefix}.contactName",
            QCoreApplication.translate("BookingFormDialog", "Contact"),
            QCoreApplication.translate("BookingFormDialog", "Contact person's name"),
        )  # fmt: skip
        errors.add_row(
            form, "booking_contact_phone", self.contact_phone, f"{prefix}.contactPhone",
            QCoreApplication.translate("BookingFormDialog", "Phone"),
            QCoreApplication.translate("BookingFormDialog", "Contact phone"),
        )  # fmt: skip

        self.channel_group, self.channel_buttons, channel_row = self._choices(
            CHANNEL_LABELS, "channel", BookingChannel.COUNTER
        )
        form.addRow(QCoreApplication.translate("BookingFormDialog", "Booked via"), channel_row)
        self._form = form
        self._channel_chosen = False  # by the clerk; until then it follows the contact
        for channel_button in self.channel_buttons.values():
            channel_button.clicked.connect(self._channel_clicked)
        self.contact_phone.textChanged.connect(self._suggest_channel)
        for button in self.kind_buttons.values():
            button.toggled.connect(self._kind_changed)
        self.unlink_resident()
        self._kind_changed()

    def _choices(
        self, labels: Mapping[_Choice, str], key: str, checked: _Choice
    ) -> tuple[QButtonGroup, dict[_Choice, QRadioButton], QHBoxLayout]:
        """One radio button a choice, in a row, ``checked`` chosen."""
        group = QButtonGroup(self)
        buttons: dict[_Choice, QRadioButton] = {}
        row = QHBoxLayout()
        for choice, label in labels.items():
            button = QRadioButton(translate_message(label))
            name_widget(button, f"{self._prefix}.{key}.{choice.value}", button.text())
            group.addButton(button)
            buttons[choice] = button
            row.addWidget(button)
        row.addStretch(1)
        buttons[checked].setChecked(True)
        return group, buttons, row

    def connect_edits(self, slot: Callable[..., object]) -> None:
        """Calls ``slot`` on any change to who books (it makes a date check stale)."""
        self.kind_group.buttonToggled.connect(slot)
        self.channel_group.buttonToggled.connect(slot)
        for edit in (self.organisation, self.contact_name, self.contact_phone):
            edit.textChanged.connect(slot)

    # -- what was chosen -----------------------------------------------------------------
    def booker_kind(self) -> BookerKind:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def set_booker_kind(self, kind: BookerKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def channel(self) -> BookingChannel:
        return next(c for c, b in self.channel_buttons.items() if b.isChecked())

    def resident_id(self) -> int | None:
        """The resident on file who books, if a resident books and one was picked."""
        if self.resident is None or self.booker_kind() is not BookerKind.RESIDENT:
            return None
        return self.resident.id

    def organisation_text(self) -> str:
        return self.organisation.text() if self.booker_kind() is not BookerKind.RESIDENT else ""

    # -- reacting ------------------------------------------------------------------------
    def _channel_clicked(self) -> None:
        self._channel_chosen = True

    def _suggest_channel(self, *_args: object) -> None:
        """电话 for a resident not found in the register but reached by a typed phone number;
        现场 otherwise. Once the clerk picks the channel, it stays as picked."""
        if self._channel_chosen:
            return
        by_phone = (
            self.booker_kind() is BookerKind.RESIDENT
            and self.resident is None
            and bool(self.contact_phone.text().strip())
        )
        channel = BookingChannel.PHONE if by_phone else BookingChannel.COUNTER
        self.channel_buttons[channel].setChecked(True)

    def _kind_changed(self, _checked: bool = False) -> None:
        kind = self.booker_kind()
        self._suggest_channel()
        self._form.setRowVisible(self.resident_box, kind is BookerKind.RESIDENT)
        self._form.setRowVisible(self.organisation_box, kind is not BookerKind.RESIDENT)
        if kind is BookerKind.PARTNER:
            self.organisation_label.setText(
                QCoreApplication.translate("BookingFormDialog", "Organisation")
            )
            self.organisation.setPlaceholderText(
                QCoreApplication.translate(
                    "BookingFormDialog", "e.g. a school or other partner unit (共建单位)"
                )
            )
        else:
            self.organisation_label.setText(
                QCoreApplication.translate("BookingFormDialog", "Organiser")
            )
            self.organisation.setPlaceholderText(
                QCoreApplication.translate(
                    "BookingFormDialog", "Optional: the team or person running it"
                )
            )

    def link_resident(self, resident: ResidentSummary) -> None:
        """A resident on file was picked: their name is the contact, their saved phone is used
        unless another number is typed."""
        self.resident = resident
        self.contact_name.setText(resident.name)
        self.contact_phone.clear()
        self.contact_phone.setPlaceholderText(
            QCoreApplication.translate(
                "BookingFormDialog", "{phone} (on file; type a number only to use another)"
            ).format(phone=resident.masked_phone)
            if resident.masked_phone
            else ""
        )
        self.linked.setText(
            QCoreApplication.translate("BookingFormDialog", "✓ {name}").format(name=resident.name)
        )
        restyle(self.linked, "role", "ok")
        self.unlink_button.show()
        self._suggest_channel()
        self.residentLinked.emit()

    def unlink_resident(self) -> None:
        self.resident = None
        self.contact_phone.setPlaceholderText("")
        self.linked.setText(
            QCoreApplication.translate(
                "BookingFormDialog",
                "Find the resident, or just type the name and phone below (phone bookings).",
            )
        )
        restyle(self.linked, "role", "hint")
        self.unlink_button.hide()
        self._suggest_channel()

    def _not_on_file(self, text: str) -> None:
        """Enter with no hit: what was typed starts the contact of someone not on file."""
        self.unlink_resident()
        stripped = text.strip()
        if stripped.replace("-", "").isdigit() and len(stripped) >= 7:
            self.contact_phone.setText(stripped)
            self.contact_name.setFocus()
        else:
            if stripped:
                self.contact_name.setText(stripped)
            self.contact_phone.setFocus()
