"""A tab holding one list: an optional hint and controls above, a note when it is empty."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget


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
            label = QLabel(hint)
            label.setProperty("role", "hint")
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(self.top)
        layout.addWidget(table, 1)
        layout.addWidget(self.empty)

    def show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
