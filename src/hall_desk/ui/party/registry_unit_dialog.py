"""Adding or changing a reporting unit (报到单位) with its co-building agreement (共建协议)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.party_registry import (
    MAX_AGREEMENT_NUMBER,
    MAX_CONTACT_NAME,
    MAX_UNIT_NAME,
    UNIT_KIND_LABELS,
    UnitKind,
)
from hall_desk.domain.party_transfer import add_months
from hall_desk.services.party.registry import RegistryService, UnitForm, UnitInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import from_qdate, name_widget, to_qdate, translate_message
from hall_desk.ui.kit.form_dialog import FormDialog
from hall_desk.ui.party.registry_member_dialog import date_edit

_GROW = QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow
#: A new agreement runs a year unless changed.
AGREEMENT_MONTHS = 12


class UnitDialog(FormDialog):
    """Add a unit, or change one (``unit`` given). Every bad field is marked at once."""

    def __init__(
        self,
        registry: RegistryService,
        session: StaffSession,
        today: date,
        unit: UnitInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("unitDialog", parent, growth=_GROW)
        self._registry = registry
        self._session = session
        self.unit = unit
        self.setWindowTitle(
            self.tr("Add a reporting unit")
            if unit is None
            else self.tr("Change {name}").format(name=unit.name)
        )
        self.setMinimumWidth(600)

        self.name = QLineEdit()
        self.name.setMaxLength(MAX_UNIT_NAME)
        self.name.setPlaceholderText(self.tr("full name, e.g. 县人民医院"))
        self.add_field("unit_name", self.name, "name", self.tr("&Name"), self.tr("Unit's name"))
        self.kind = QComboBox()
        for kind in UnitKind:
            self.kind.addItem(translate_message(UNIT_KIND_LABELS[kind]), kind.value)
        self.add_field("unit_kind", self.kind, "kind", self.tr("&Kind"), self.tr("Kind of unit"))
        self.contact = QLineEdit()
        self.contact.setMaxLength(MAX_CONTACT_NAME)
        self.contact.setPlaceholderText(self.tr("e.g. the unit's party secretary"))
        self.add_field(
            "contact_name", self.contact, "contact", self.tr("&Contact"), self.tr("Contact person")
        )
        self.phone = QLineEdit()
        self.phone.setMaxLength(30)
        self.add_field(
            "contact_phone", self.phone, "phone", self.tr("&Phone"), self.tr("Contact's phone")
        )

        # The agreement, in a group of its own that is only filled in once one is signed.
        self.has_agreement = QCheckBox(self.tr("A co-building agreement is signed"))
        name_widget(
            self.has_agreement,
            "unitDialog.hasAgreement",
            self.tr("A co-building agreement is signed"),
        )
        self.agreement = QGroupBox(self.tr("Co-building agreement (共建协议)"))
        self.agreement.setObjectName("unitDialog.agreement")
        inner = QFormLayout(self.agreement)
        inner.setFieldGrowthPolicy(_GROW)

        def row(field: str, widget: QWidget, name: str, label: str, accessible: str) -> None:
            self.errors.add_row(inner, field, widget, f"unitDialog.{name}", label, accessible)

        self.number = QLineEdit()
        self.number.setMaxLength(MAX_AGREEMENT_NUMBER)
        row("agreement_number", self.number, "number", self.tr("N&umber"),
            self.tr("Agreement number"))  # fmt: skip
        self.signed_on = date_edit(today)
        row("agreement_signed_on", self.signed_on, "signedOn", self.tr("&Signed on"),
            self.tr("Day the agreement was signed"))  # fmt: skip
        self.ends_on = date_edit(add_months(today, AGREEMENT_MONTHS))
        row("agreement_ends_on", self.ends_on, "endsOn", self.tr("&Ends on"),
            self.tr("Last day of the agreement"))  # fmt: skip
        self.commitments = QPlainTextEdit()
        self.commitments.setTabChangesFocus(True)
        self.commitments.setPlaceholderText(
            self.tr("What the unit commits to, e.g. 每月组织一次义诊")
        )
        self.commitments.setMinimumHeight(self.commitments.fontMetrics().lineSpacing() * 4 + 12)
        row("agreement_commitments", self.commitments, "commitments", self.tr("Co&mmitments"),
            self.tr("What the unit commits to"))  # fmt: skip
        self.has_agreement.toggled.connect(self.agreement.setEnabled)
        self.agreement.setEnabled(False)

        body = QVBoxLayout()
        body.addLayout(self.form_layout)
        body.addWidget(self.has_agreement)
        body.addWidget(self.agreement)
        self.finish(
            self.tr("Add") if unit is None else self.tr("Save"),
            self.tr("Add the unit") if unit is None else self.tr("Save the unit"),
            self.tr("Cancel"),
            body=body,
        )
        if unit is not None:
            self._fill(unit)
        else:
            self.phone.setPlaceholderText(self.tr("optional"))
        self.name.setFocus()

    def _fill(self, unit: UnitInfo) -> None:
        self.name.setText(unit.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(unit.kind.value)))
        self.contact.setText(unit.contact_name)
        self.phone.setPlaceholderText(
            self.tr("leave empty to keep {phone}").format(phone=unit.masked_contact_phone)
            if unit.masked_contact_phone
            else self.tr("optional")
        )
        agreement = unit.agreement
        if agreement.signed_on is not None:
            self.has_agreement.setChecked(True)
            self.number.setText(agreement.number)
            self.signed_on.setDate(to_qdate(agreement.signed_on))
            if agreement.ends_on is not None:
                self.ends_on.setDate(to_qdate(agreement.ends_on))
            self.commitments.setPlainText(agreement.commitments)

    def form(self) -> UnitForm:
        signed = self.has_agreement.isChecked()
        return UnitForm(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            contact_name=self.contact.text(),
            contact_phone=self.phone.text(),
            agreement_number=self.number.text() if signed else "",
            agreement_signed_on=from_qdate(self.signed_on.date()) if signed else None,
            agreement_ends_on=from_qdate(self.ends_on.date()) if signed else None,
            agreement_commitments=self.commitments.toPlainText() if signed else "",
        )

    def save(self) -> UnitInfo:
        if self.unit is None:
            return self._registry.add_unit(self._session, self.form())
        return self._registry.update_unit(self._session, self.unit.id, self.form())
