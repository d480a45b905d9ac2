"""The service list (便民服务事项清单) in Settings: everyone reads it, administrators keep it."""

from __future__ import annotations

import unicodedata
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
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
from hall_desk.domain.errors import DomainError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.catalogue import CatalogueService, ItemForm, ServiceItemInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.common import (
    FieldErrors,
    dialog_buttons,
    make_table_view,
    message_text,
    name_widget,
    restyle,
    translate_message,
)
from hall_desk.ui.events import DataEvents
from hall_desk.ui.table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex


def _fold(text: str) -> str:
    """Text for matching: full-width letters and digits as ASCII, case ignored."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def time_limit_text(days: int) -> str:
    """``On the spot`` for 0, else the number of working days."""
    if days == 0:
        return QCoreApplication.translate("ItemTableModel", "On the spot")
    if days == 1:
        return QCoreApplication.translate("ItemTableModel", "1 working day")
    return QCoreApplication.translate("ItemTableModel", "{days} working days").format(days=days)


class ItemTableModel(RowTableModel):
    """One row per service item; retired items are greyed out."""

    CODE, NAME, OFFICE, CATEGORY, LIMIT, DOCUMENTS, AGENT, STATUS, CASES = range(9)
    CONTEXT = "ItemTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ItemTableModel", "Code"),
        QT_TRANSLATE_NOOP("ItemTableModel", "Service item"),
        QT_TRANSLATE_NOOP("ItemTableModel", "Office"),
        QT_TRANSLATE_NOOP("ItemTableModel", "Category"),
        QT_TRANSLATE_NOOP("ItemTableModel", "Time limit"),
        QT_TRANSLATE_NOOP("ItemTableModel", "Documents"),
        QT_TRANSLATE_NOOP("ItemTableModel", "By an agent"),
        QT_TRANSLATE_NOOP("ItemTableModel", "Status"),
        QT_TRANSLATE_NOOP("ItemTableModel", "Cases"),
    )

    def item_at(self, row: int) -> ServiceItemInfo:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DOCUMENTS and item.documents:
            return "\n".join(f"{n}. {doc}" for n, doc in enumerate(item.documents, start=1))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return item.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DOCUMENTS, self.CASES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and item.retired:
            return QColor("#78909c")
        return None

    def _text(self, item: ServiceItemInfo, column: int) -> str:
        match column:
            case self.CODE:
                return item.code
            case self.NAME:
                return item.name
            case self.OFFICE:
                return item.office
            case self.CATEGORY:
                return translate_message(CATEGORY_LABELS[item.category])
            case self.LIMIT:
                return time_limit_text(item.time_limit_days)
            case self.DOCUMENTS:
                return str(len(item.documents))
            case self.AGENT:
                return self.tr("Yes") if item.agent_allowed else self.tr("No")
            case self.STATUS:
                return self.tr("Retired") if item.retired else self.tr("In use")
            case self.CASES:
                return str(item.case_count)
        return ""


class ItemDialog(QDialog):
    """Add a service item, or change one (``item`` given). Every bad field is marked at once."""

    def __init__(
        self,
        catalogue: CatalogueService,
        session: StaffSession,
        item: ServiceItemInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._session = session
        self.item = item
        self.saved: ServiceItemInfo | None = None
        self.setObjectName("itemDialog")
        if item is None:
            self.setWindowTitle(self.tr("Add a service item"))
        else:
            self.setWindowTitle(
                self.tr("Change {code} {name}").format(code=item.code, name=item.name)
            )
        self.setMinimumWidth(560)

        general = QLabel()
        general.setObjectName("itemDialog.message")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        row = partial(self.errors.add_row, form)

        self.code = QLineEdit()
        self.code.setMaxLength(MAX_CODE_LENGTH)
        self.code.setPlaceholderText(self.tr("e.g. MZ001"))
        row("item_code", self.code, "itemDialog.code", self.tr("&Code"), self.tr("Item code"))

        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_LENGTH)
        row("item_name", self.name, "itemDialog.name", self.tr("&Name"), self.tr("Item name"))

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
        row(
            "item_office",
            self.office,
            "itemDialog.office",
            self.tr("&Office"),
            self.tr("Responsible office"),
        )

        self.category = QComboBox()
        for category in ItemCategory:
            self.category.addItem(translate_message(CATEGORY_LABELS[category]), category.value)
        row(
            "item_category",
            self.category,
            "itemDialog.category",
            self.tr("C&ategory"),
            self.tr("Category"),
        )

        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(translate_message(KIND_LABELS[kind]), kind.value)
        self.kind.setToolTip(
            self.tr("Some items open extra screens at the desk; most items are general.")
        )
        row("item_kind", self.kind, "itemDialog.kind", self.tr("&Kind"), self.tr("Kind of item"))

        self.documents = QPlainTextEdit()
        self.documents.setTabChangesFocus(True)
        self.documents.setPlaceholderText(self.tr("One document per line, e.g.\n户口簿\n身份证"))
        line = self.documents.fontMetrics().lineSpacing()
        self.documents.setMinimumHeight(line * 6 + 12)
        row(
            "item_documents",
            self.documents,
            "itemDialog.documents",
            self.tr("&Documents"),
            self.tr("Documents to bring, one per line"),
        )

        self.time_limit = QSpinBox()
        self.time_limit.setRange(0, MAX_TIME_LIMIT_DAYS)
        self.time_limit.setSpecialValueText(time_limit_text(0))
        self.time_limit.valueChanged.connect(self._update_suffix)
        self.time_limit.setMinimumWidth(180)
        row(
            "item_limit",
            self.time_limit,
            "itemDialog.limit",
            self.tr("&Time limit"),
            self.tr("Time limit in working days, 0 for on the spot"),
        )

        self.agent_allowed = QCheckBox(self.tr("Someone may handle it on the resident's behalf"))
        row(
            "item_agent_allowed",
            self.agent_allowed,
            "itemDialog.agentAllowed",
            self.tr("By an a&gent"),
            self.tr("May be handled by an agent"),
        )

        hint = QLabel(
            self.tr(
                "Changes apply to new cases. Cases already taken keep the documents and the "
                "time limit they started with."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        submit_text = self.tr("Add") if item is None else self.tr("Save")
        accessible = self.tr("Add the service item") if item is None else self.tr("Save the item")
        buttons, self.submit = dialog_buttons(
            self, "itemDialog", submit_text, accessible, self.tr("Cancel")
        )
        buttons.accepted.connect(self._save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(general)
        layout.addWidget(buttons)

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

    def _save(self) -> None:
        try:
            if self.item is None:
                self.saved = self._catalogue.add_item(self._session, self.form())
            else:
                self.saved = self._catalogue.update_item(self._session, self.item.id, self.form())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except DomainError as exc:
            self.errors.show_text(message_text(exc))
            return
        self.accept()


class CataloguePanel(QWidget):
    """The service list as a table with a filter; add, change, retire and restore items."""

    def __init__(
        self,
        catalogue: CatalogueService,
        session: StaffSession,
        events: DataEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings.cataloguePanel")
        self._catalogue = catalogue
        self._session = session
        self._events = events
        self._items: list[ServiceItemInfo] = []
        self.open_dialog: ItemDialog | None = None
        editable = session.is_admin

        self.filter = QLineEdit()
        name_widget(self.filter, "settings.itemFilter", self.tr("Find a service item"))
        self.filter.setPlaceholderText(self.tr("Find by code, name or office"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _text: self._show_rows())
        self.show_retired = QCheckBox(self.tr("Show retired items"))
        name_widget(self.show_retired, "settings.showRetired", self.tr("Show retired items"))
        self.show_retired.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("settings.itemCount")
        self.count.setProperty("role", "muted")

        self.model = ItemTableModel()
        self.table = make_table_view(self.model, "settings.itemTable", self.tr("Service items"))
        self.table.setMinimumHeight(220)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ItemTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.add_button = QPushButton(self.tr("Add an item..."))
        name_widget(self.add_button, "settings.addItem", self.tr("Add a service item"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton(self.tr("Change..."))
        name_widget(self.edit_button, "settings.editItem", self.tr("Change the selected item"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.retire_button = QPushButton(self.tr("Retire..."))
        name_widget(
            self.retire_button,
            "settings.retireItem",
            self.tr("Retire or restore the selected item"),
        )
        self.retire_button.clicked.connect(self.toggle_retired)

        self.message = QLabel()
        name_widget(self.message, "settings.itemMessage", self.tr("Service list message"))
        self.message.setWordWrap(True)
        self.message.hide()

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_retired)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        for button in (self.add_button, self.edit_button, self.retire_button):
            button.setVisible(editable)
        if not editable:
            note = QLabel(self.tr("Only an administrator can change the service list."))
            note.setObjectName("settings.catalogueReadOnly")
            note.setProperty("role", "hint")
            layout.addWidget(note)
        layout.addWidget(self.message)
        self._update_buttons()

    # -- the list ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list (another desk may have changed it), keeping the selection."""
        try:
            self._items = self._catalogue.items(
                self._session, include_retired=self.show_retired.isChecked()
            )
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            return
        self._show_rows()

    def _matches(self, item: ServiceItemInfo, wanted: str) -> bool:
        return any(wanted in _fold(text) for text in (item.code, item.name, item.office))

    def _show_rows(self) -> None:
        keep = self.selected_item()
        wanted = _fold(self.filter.text())
        rows = [i for i in self._items if not wanted or self._matches(i, wanted)]
        self.model.set_rows(rows)
        if keep is not None:
            self.select_item(keep.id)
        self.count.setText(
            self.tr("{shown} of {total} items").format(shown=len(rows), total=len(self._items))
        )
        self._update_buttons()

    def selected_item(self) -> ServiceItemInfo | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection else []
        return self.model.item_at(rows[0].row()) if rows else None

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        item = self.selected_item()
        self.edit_button.setEnabled(item is not None)
        self.retire_button.setEnabled(item is not None)
        if item is not None and item.retired:
            self.retire_button.setText(self.tr("Restore"))
            self.retire_button.setAccessibleName(self.tr("Restore {name}").format(name=item.name))
        elif item is not None:
            self.retire_button.setText(self.tr("Retire..."))
            self.retire_button.setAccessibleName(self.tr("Retire {name}").format(name=item.name))
        else:
            self.retire_button.setText(self.tr("Retire..."))
            self.retire_button.setAccessibleName(self.tr("Retire or restore the selected item"))

    def _say(self, text: str, *, ok: bool) -> None:
        restyle(self.message, "role", "ok" if ok else "error")
        self.message.setText(text)
        self.message.show()

    # -- changes (administrators) ------------------------------------------------------
    def add_item(self) -> ItemDialog | None:
        """Open the add dialog (window-modal, not blocking); the table refreshes on success."""
        if not self._session.is_admin:
            return None
        return self._open(ItemDialog(self._catalogue, self._session, None, self))

    def edit_selected(self) -> ItemDialog | None:
        if not self._session.is_admin:
            return None
        item = self.selected_item()
        if item is None:
            self._say(self.tr("Select an item in the list first."), ok=False)
            return None
        return self._open(ItemDialog(self._catalogue, self._session, item, self))

    def _open(self, dialog: ItemDialog) -> ItemDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.saved, added=dialog.item is None))
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _saved(self, item: ServiceItemInfo | None, *, added: bool) -> None:
        self.refresh()
        if item is None:
            return
        if not self.select_item(item.id) and self.filter.text():
            self.filter.clear()
            self.select_item(item.id)
        if added:
            text = self.tr("{code} {name} has been added to the service list.")
        else:
            text = self.tr(
                "{code} {name} has been saved. Cases already taken keep what they started with."
            )
        self._say(text.format(code=item.code, name=item.name), ok=True)
        self._events.changed.emit("catalogue")

    def toggle_retired(self) -> None:
        """Retire the selected item (after asking) or bring a retired one back."""
        item = self.selected_item()
        if item is None:
            self._say(self.tr("Select an item in the list first."), ok=False)
            return
        retire = not item.retired
        if retire:
            answer = QMessageBox.question(
                self,
                self.tr("Retire a service item"),
                self.tr(
                    "Retire {code} {name}?\n\nIt can no longer be chosen for new cases. Its "
                    "{count} cases and their history stay as they are, and you can restore the "
                    "item later."
                ).format(code=item.code, name=item.name, count=item.case_count),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self._catalogue.set_retired(self._session, item.id, retire)
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            self.refresh()
            return
        self.refresh()
        if retire:
            text = self.tr("{code} {name} is retired and can no longer be chosen for new cases.")
        else:
            text = self.tr("{code} {name} is back on the service list.")
        self._say(text.format(code=item.code, name=item.name), ok=True)
        self._events.changed.emit("catalogue")

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
