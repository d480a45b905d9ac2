"""The closed days in the rooms settings: the closures from today on and their buttons.

A view only: the rooms panel loads the closures, opens the add dialog and removes one. The
texts keep the translation context of the rooms panel they were written in ("RoomsPanel").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.rooms import Closure
from hall_desk.services.rooms import RoomInfo
from hall_desk.ui.common import make_table_view, name_widget
from hall_desk.ui.room_models import ClosureRow, ClosureTableModel


def room_name(room_id: int | None, rooms: Sequence[RoomInfo]) -> str:
    """The room a closure is for: its name, or "All rooms" when ``room_id`` is None."""
    if room_id is None:
        return QCoreApplication.translate("RoomsPanel", "All rooms")
    return next((r.name for r in rooms if r.id == room_id), "?")


class ClosuresSection(QGroupBox):
    """The closures to come; the add and remove buttons show only to administrators."""

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RoomsPanel", "Closed days from today on"), parent
        )
        self.setObjectName("settings.closureGroup")
        self.model = ClosureTableModel()
        self.table = make_table_view(
            self.model,
            "settings.closureTable",
            QCoreApplication.translate("RoomsPanel", "Closed days"),
        )
        self.table.setMinimumHeight(110)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )
        self.add_button = QPushButton(QCoreApplication.translate("RoomsPanel", "Add a closure..."))
        name_widget(
            self.add_button,
            "settings.addClosure",
            QCoreApplication.translate("RoomsPanel", "Close rooms for days"),
        )
        self.remove_button = QPushButton(QCoreApplication.translate("RoomsPanel", "Remove..."))
        name_widget(
            self.remove_button,
            "settings.removeClosure",
            QCoreApplication.translate("RoomsPanel", "Remove the selected closure"),
        )
        note = QLabel(
            QCoreApplication.translate(
                "RoomsPanel",
                "Public holidays from the holiday calendar close every room except the "
                "24-hour zone.",
            )
        )
        note.setObjectName("settings.closureNote")
        note.setProperty("role", "hint")
        note.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
            button.setVisible(editable)
        buttons.addWidget(note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_closures(self, closures: Sequence[Closure], rooms: Sequence[RoomInfo]) -> None:
        """List ``closures``, naming their rooms from ``rooms``; the selection stays."""
        keep = self.selected()
        self.model.set_rows([ClosureRow(c, room_name(c.room_id, rooms)) for c in closures])
        if keep is not None:
            self.select(keep.id)
        self._update_buttons()

    def selected(self) -> ClosureRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.closure_at(rows[0].row()) if rows else None

    def select(self, closure_id: int | None) -> None:
        row = self.model.row_of(closure_id)
        if row is not None:
            self.table.selectRow(row)

    def confirm_removal(self, item: ClosureRow) -> bool:
        """Ask before the closure in ``item`` is removed; True when the answer is yes."""
        closure = item.closure
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("RoomsPanel", "Remove a closure"),
            QCoreApplication.translate(
                "RoomsPanel",
                "Remove the closure of {room} from {first} to {last} ({reason})?\n\nThe days "
                "can be booked again.",
            ).format(
                room=item.room_name,
                first=closure.first.isoformat(),
                last=closure.last.isoformat(),
                reason=closure.reason,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)
