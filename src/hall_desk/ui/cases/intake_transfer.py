"""The transfer letter of a 党员组织关系转接 case at intake: direction, organisations, letter
number, dates and channel.

The texts belong to the intake dialog, so they keep its translation context.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QGroupBox, QLineEdit, QWidget

from hall_desk.domain.party_transfer import (
    CHANNEL_LABELS,
    DEFAULT_VALIDITY_MONTHS,
    DIRECTION_LABELS,
    SCOPE_LABELS,
    TransferChannel,
    TransferDirection,
    TransferScope,
    add_months,
)
from hall_desk.services.cases.case_intake import TransferForm
from hall_desk.ui.kit.common import FieldErrors, from_qdate, to_qdate, translate_message

_Choice = TypeVar("_Choice", bound=StrEnum)


def choice_combo(labels: Mapping[_Choice, str], enum: type[_Choice]) -> QComboBox:
    """One entry a member of ``enum``, shown by its label, holding its value."""
    combo = QComboBox()
    for member in enum:
        combo.addItem(translate_message(labels[member]), member.value)
    return combo


class TransferSection(QGroupBox):
    """The transfer letter's fields; they report their errors to ``errors``."""

    def __init__(self, errors: FieldErrors, today: date, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("IntakeDialog", "Transfer letter"), parent)
        self.setObjectName("intake.transfer")
        transfer = QFormLayout(self)
        self.direction = choice_combo(DIRECTION_LABELS, TransferDirection)
        self.scope = choice_combo(SCOPE_LABELS, TransferScope)
        self.channel = choice_combo(CHANNEL_LABELS, TransferChannel)
        self.from_org = QLineEdit()
        self.to_org = QLineEdit()
        self.letter = QLineEdit()
        self.issued_on = QDateEdit(to_qdate(today))
        self.issued_on.setCalendarPopup(True)
        self.valid_until = QDateEdit(to_qdate(add_months(today, DEFAULT_VALIDITY_MONTHS)))
        self.valid_until.setCalendarPopup(True)
        self._validity_touched = False
        self.issued_on.dateChanged.connect(self._issued_changed)
        self.valid_until.editingFinished.connect(self._validity_edited)
        for field, widget, name, label in (
            (
                "transfer_direction",
                self.direction,
                "intake.transferDirection",
                QCoreApplication.translate("IntakeDialog", "Direction"),
            ),
            (
                "transfer_scope",
                self.scope,
                "intake.transferScope",
                QCoreApplication.translate("IntakeDialog", "Within the province?"),
            ),
            (
                "transfer_from_org",
                self.from_org,
                "intake.transferFrom",
                QCoreApplication.translate("IntakeDialog", "From organisation"),
            ),
            (
                "transfer_to_org",
                self.to_org,
                "intake.transferTo",
                QCoreApplication.translate("IntakeDialog", "To organisation"),
            ),
            (
                "transfer_letter",
                self.letter,
                "intake.transferLetter",
                QCoreApplication.translate("IntakeDialog", "Letter number"),
            ),
            (
                "transfer_issued_on",
                self.issued_on,
                "intake.transferIssued",
                QCoreApplication.translate("IntakeDialog", "Issued on"),
            ),
            (
                "transfer_valid_until",
                self.valid_until,
                "intake.transferValid",
                QCoreApplication.translate("IntakeDialog", "Valid until"),
            ),
            (
                "transfer_channel",
                self.channel,
                "intake.transferChannel",
                QCoreApplication.translate("IntakeDialog", "Channel"),
            ),
        ):
            errors.add_row(transfer, field, widget, name, label, label)

    def guess_direction(self, item_name: str) -> None:
        """转出 in the item's name means the letter goes out; anything else, it comes in."""
        out = "转出" in item_name
        self.direction.setCurrentIndex(
            self.direction.findData((TransferDirection.OUT if out else TransferDirection.IN).value)
        )

    def form(self) -> TransferForm:
        return TransferForm(
            direction=str(self.direction.currentData()),
            scope=str(self.scope.currentData()),
            from_org=self.from_org.text(),
            to_org=self.to_org.text(),
            letter_number=self.letter.text(),
            issued_on=from_qdate(self.issued_on.date()),
            valid_until=from_qdate(self.valid_until.date()),
            channel=str(self.channel.currentData()),
        )

    # -- the letter's validity follows its issue date until changed by hand -------------------
    def _issued_changed(self, value: QDate) -> None:
        if not self._validity_touched:
            self.valid_until.setDate(
                to_qdate(add_months(from_qdate(value), DEFAULT_VALIDITY_MONTHS))
            )

    def _validity_edited(self) -> None:
        expected = add_months(from_qdate(self.issued_on.date()), DEFAULT_VALIDITY_MONTHS)
        self._validity_touched = from_qdate(self.valid_until.date()) != expected
