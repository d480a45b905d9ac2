"""A tab holding one list: an optional hint and controls above, a note when it is empty."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from hall_desk.ui.kit.common import hint_label
from hall_desk.ui.kit.table_model import RowTableModel


class ListTab(QWidget):
    def __init__(
        self, table: QTableView, empty_text: str, empty_name: str, *, hint: str = ""
    ) -> None:
        super().__init__()
        self.table = table
        #: Controls a page may put above the table (filters, "show stopped", ...).
        self.top = QHBoxLayout()
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(empty_name)
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        if hint:
            layout.addWidget(hint_label(hint))
        layout.addLayout(self.top)
        layout.addWidget(table, 1)
        layout.addWidget(self.empty)

    def show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)


def shown_list(tabs: QTabWidget) -> tuple[QTableView, RowTableModel] | None:
    """The list on the tab shown now, with its model (None: that tab is not a list)."""
    page = tabs.currentWidget()
    if not isinstance(page, ListTab):
        return None
    return page.table, cast(RowTableModel, page.table.model())
