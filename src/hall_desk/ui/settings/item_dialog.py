"""Add a service item to the service list, or change one (administrators)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from hall_desk.domain.catalogue import (
    CATEGORY_LABELS,
    KIND_LABELS,
    MAX_CODE_LENGTH,
    MAX_NAME_LENGTH,
    MAX_OFFICE_LENGTH,
    MAX_TIME_LIMIT_DAYS,
    ItemCategory,
    ItemKind,
)
from hall_desk.domain.errors import DomainError
from hall_desk.services.catalogue import CatalogueService, ItemForm, ServiceItemInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.form_dialog import FormDialog


def time_limit_text(days: int) -> str:
    """``On the spot`` for 0, else the number of working days."""
    if days == 0:
        return QCoreApplication.translate("ItemTableModel", "On the spot")
    if days == 1:
        return QCoreApplication.translate("ItemTableModel", "1 working day")
    return QCoreApplication.translate("ItemTableModel", "{days} working days").format(days=days)


class ItemDialog(FormDialog):
    """Add a service item, or change one (``item`` given). Every bad field is marked at once."""

    def __init__(
        self,
        catalogue: CatalogueService,
        session: StaffSession,
        item: ServiceItemInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "itemDialog", parent, growth=QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow
        )
        self._catalogue = catalogue
        self._session = session
        self.item = item
        if item is None:
            self.setWindowTitle(self.tr("Add a service item"))
        else:
            self.setWindowTitle(
                self.tr("Change {code} {name}").format(code=item.code, name=item.name)
            )
        self.setMinimumWidth(560)

        self.code = QLineEdit()
        self.code.setMaxLength(MAX_CODE_LENGTH)
        self.code.setPlaceholderText(self.tr("e.g. MZ001"))
        self.add_field("item_code", self.code, "code", self.tr("&Code"), self.tr("Item code"))

        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.add_field("item_name", self.name, "name", self.tr("&Name"), self.tr("Item name"))

        self.office = QComboBox()
        self.office.setEditable(True)
        self.office.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.office.lineEdit().setMaxLength(MAX_OFFICE_LENGTH)
        self.office.lineEdit().setPlaceholderText(self.tr("choose or type, e.g. 民政办"))
        try:
            offices = catalogue.offices(session)
        except DomainError:
            offices = []
        self.office.addItems(offices)
        self.office.setCurrentIndex(-1)
        self.office.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_field(
            "item_office", self.office, "office", self.tr("&Office"), self.tr("Responsible office")
        )

        self.category = QComboBox()
        for category in ItemCategory:
            self.category.addItem(translate_message(CATEGORY_LABELS[category]), category.value)
        self.add_field(
            "item_category", self.category, "category", self.tr("C&ategory"), self.tr("Category")
        )

        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(translate_message(KIND_LABELS[kind]), kind.value)
        self.kind.setToolTip(
            self.tr("Some items open extra screens at the desk; most items are general.")
        )
        self.add_field("item_kind", self.kind, "kind", self.tr("&Kind"), self.tr("Kind of item"))

        self.documents = QPlainTextEdit()
        self.documents.setTabChangesFocus(True)
        self.documents.setPlaceholderText(self.tr("One document per line, e.g.\n户口簿\n身份证"))
        line = self.documents.fontMetrics().lineSpacing()
        self.documents.setMinimumHeight(line * 6 + 12)
        self.add_field(
            "item_documents",
            self.documents,
            "documents",
            self.tr("&Documents"),
            self.tr("Documents to bring, one per line"),
        )

        self.time_limit = QSpinBox()
        self.time_limit.setRange(0, MAX_TIME_LIMIT_DAYS)
        self.time_limit.setSpecialValueText(time_limit_text(0))
        self.time_limit.valueChanged.connect(self._update_suffix)
        self.time_limit.setMinimumWidth(180)
        self.add_field(
            "item_limit",
            self.time_limit,
            "limit",
            self.tr("&Time limit"),
            self.tr("Time limit in working days, 0 for on the spot"),
        )

        self.agent_allowed = QCheckBox(self.tr("Someone may handle it on the resident's behalf"))
        self.add_field(
            "item_agent_allowed",
            self.agent_allowed,
            "agentAllowed",
            self.tr("By an a&gent"),
            self.tr("May be handled by an agent"),
        )

        self.finish(
            self.tr("Add") if item is None else self.tr("Save"),
            self.tr("Add the service item") if item is None else self.tr("Save the item"),
            self.tr("Cancel"),
            hint=self.tr(
                "Changes apply to new cases. Cases already taken keep the documents and the "
                "time limit they started with."
            ),
        )
        if item is not None:
            self._fill(item)
        else:
            self.category.setCurrentIndex(max(0, self.category.findData(ItemCategory.GENERAL)))
            self._update_suffix(self.time_limit.value())
        self.code.setFocus()

    def _fill(self, item: ServiceItemInfo) -> None:
        self.code.setText(item.code)
        self.name.setText(item.name)
        self.office.setCurrentText(item.office)
        self.category.setCurrentIndex(max(0, self.category.findData(item.category.value)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind.value)))
        self.documents.setPlainText("\n".join(item.documents))
        self.time_limit.setValue(item.time_limit_days)
        self._update_suffix(item.time_limit_days)
        self.agent_allowed.setChecked(item.agent_allowed)

    def _update_suffix(self, days: int) -> None:
        if days == 1:
            self.time_limit.setSuffix(self.tr(" working day"))
        else:
            self.time_limit.setSuffix(self.tr(" working days"))

    def form(self) -> ItemForm:
        return ItemForm(
            code=self.code.text(),
            name=self.name.text(),
            office=self.office.currentText(),
            category=str(self.category.currentData()),
            documents=self.documents.toPlainText(),
            time_limit_days=self.time_limit.value(),
            agent_allowed=self.agent_allowed.isChecked(),
            kind=str(self.kind.currentData()),
        )

    def save(self) -> ServiceItemInfo:
        if self.item is None:
            return self._catalogue.add_item(self._session, self.form())
        return self._catalogue.update_item(self._session, self.item.id, self.form())
