"""The service list (便民服务事项清单) in Settings: everyone reads it, administrators keep it."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from hall_desk.domain.catalogue import CATEGORY_LABELS
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.catalogue import CatalogueService, ServiceItemInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import name_widget, translate_message
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.list_panel import ListAction, ListPanel, admin_only
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel
from hall_desk.ui.settings.item_dialog import ItemDialog, time_limit_text

__all__ = ["CataloguePanel", "ItemDialog", "ItemTableModel", "time_limit_text"]


def _fold(text: str) -> str:
    """Text for matching: full-width letters and digits as ASCII, case ignored."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


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

    def styled(self, item: ServiceItemInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DOCUMENTS and item.documents:
            return "\n".join(f"{n}. {doc}" for n, doc in enumerate(item.documents, start=1))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return item.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DOCUMENTS, self.CASES):
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ForegroundRole and item.retired:
            return QColor("#78909c")
        return None

    def text(self, item: ServiceItemInfo, column: int) -> str:
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


class CataloguePanel(ListPanel):
    """The service list as a table with a filter; add, change, retire and restore items."""

    def __init__(
        self,
        catalogue: CatalogueService,
        session: StaffSession,
        events: DataEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, events, "catalogue", parent)
        self.setObjectName("settings.cataloguePanel")
        self._catalogue = catalogue
        self._items: list[ServiceItemInfo] = []

        self.filter = QLineEdit()
        name_widget(self.filter, "settings.itemFilter", self.tr("Find a service item"))
        self.filter.setPlaceholderText(self.tr("Find by code, name or office"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _text: self.keeping_selection(self._show_rows))
        self.show_retired = QCheckBox(self.tr("Show retired items"))
        name_widget(self.show_retired, "settings.showRetired", self.tr("Show retired items"))
        self.show_retired.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("settings.itemCount")
        self.count.setProperty("role", "muted")
        self.top.addWidget(self.filter, 1)
        self.top.addWidget(self.show_retired)
        self.top.addWidget(self.count)

        self.model = ItemTableModel()
        self.table = self.list_table(
            self.model,
            "settings.itemTable",
            self.tr("Service items"),
            stretch=ItemTableModel.NAME,
            min_height=220,
            wrap=False,
            opens=self.edit_selected,
        )
        self.action_row(
            [
                ListAction(
                    "settings.addItem",
                    self.tr("Add an item..."),
                    self.tr("Add a service item"),
                    self.add_item,
                    needs_row=False,
                    admin_only=True,
                ),
                ListAction(
                    "settings.editItem",
                    self.tr("Change..."),
                    self.tr("Change the selected item"),
                    self.edit_selected,
                    admin_only=True,
                ),
                ListAction(
                    "settings.retireItem",
                    self.tr("Retire..."),
                    self.tr("Retire or restore the selected item"),
                    self.toggle_retired,
                    admin_only=True,
                    label=self._retire_label,
                ),
            ]
        )
        self.message_line("settings.itemMessage", self.tr("Service list message"))
        self.lay_out(
            self.read_only_note(
                self.tr("Only an administrator can change the service list."),
                "settings.catalogueReadOnly",
            )
        )
        self.update_actions()

    # -- the list ----------------------------------------------------------------------
    def load(self) -> None:
        self._items = self._catalogue.items(
            self._session, include_retired=self.show_retired.isChecked()
        )
        self._show_rows()

    def _matches(self, item: ServiceItemInfo, wanted: str) -> bool:
        return any(wanted in _fold(text) for text in (item.code, item.name, item.office))

    def _show_rows(self) -> None:
        wanted = _fold(self.filter.text())
        rows = [i for i in self._items if not wanted or self._matches(i, wanted)]
        self.model.set_rows(rows)
        self.count.setText(
            self.tr("{shown} of {total} items").format(shown=len(rows), total=len(self._items))
        )

    def selected_item(self) -> ServiceItemInfo | None:
        item: ServiceItemInfo | None = self.selected()
        return item

    def _retire_label(self, item: ServiceItemInfo | None) -> tuple[str, str]:
        if item is not None and item.retired:
            return self.tr("Restore"), self.tr("Restore {name}").format(name=item.name)
        if item is not None:
            return self.tr("Retire..."), self.tr("Retire {name}").format(name=item.name)
        return self.tr("Retire..."), self.tr("Retire or restore the selected item")

    # -- changes (administrators) ------------------------------------------------------
    @admin_only
    def add_item(self) -> ItemDialog:
        """Open the add dialog (window-modal, not blocking); the table refreshes on success."""
        return self.open_window(ItemDialog(self._catalogue, self._session, None, self), self._saved)

    @admin_only
    def edit_selected(self) -> ItemDialog | None:
        item = self.chosen(self.tr("Select an item in the list first."))
        if item is None:
            return None
        return self.open_window(ItemDialog(self._catalogue, self._session, item, self), self._saved)

    def _saved(self, dialog: ItemDialog) -> None:
        item: ServiceItemInfo | None = dialog.saved
        self.refresh()
        if item is None:
            return
        if not self.select(item.id) and self.filter.text():
            self.filter.clear()
            self.select(item.id)
        if dialog.item is None:
            text = self.tr("{code} {name} has been added to the service list.")
        else:
            text = self.tr(
                "{code} {name} has been saved. Cases already taken keep what they started with."
            )
        self.say(text.format(code=item.code, name=item.name), ok=True)
        self.notify()

    def toggle_retired(self) -> None:
        """Retire the selected item (after asking) or bring a retired one back."""
        item = self.chosen(self.tr("Select an item in the list first."))
        if item is None:
            return
        retire = not item.retired
        question = self.tr(
            "Retire {code} {name}?\n\nIt can no longer be chosen for new cases. Its "
            "{count} cases and their history stay as they are, and you can restore the "
            "item later."
        ).format(code=item.code, name=item.name, count=item.case_count)
        if retire and not self.confirmed(self.tr("Retire a service item"), question):
            return
        if not self.attempt(lambda: self._catalogue.set_retired(self._session, item.id, retire)):
            return
        if retire:
            text = self.tr("{code} {name} is retired and can no longer be chosen for new cases.")
        else:
            text = self.tr("{code} {name} is back on the service list.")
        self.changed(text.format(code=item.code, name=item.name))
