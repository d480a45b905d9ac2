"""The closed days in the rooms settings: the closures from today on and their buttons.

A view only: the rooms panel loads the closures, declares the buttons and acts on them. The
texts keep the translation context of the rooms panel they were written in ("RoomsPanel").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QMessageBox, QVBoxLayout, QWidget

from hall_desk.domain.rooms import Closure
from hall_desk.services.bookings.rooms import RoomInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import hint_label
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.settings.room_models import ClosureRow, ClosureTableModel


def room_name(room_id: int | None, rooms: Sequence[RoomInfo]) -> str:
    """The room a closure is for: its name, or "All rooms" when ``room_id`` is None."""
    if room_id is None:
        return QCoreApplication.translate("RoomsPanel", "All rooms")
    return next((r.name for r in rooms if r.id == room_id), "?")


class ClosuresSection(QGroupBox):
    """The closures to come; ``actions`` (add, remove) show only to administrators."""

    def __init__(
        self,
        session: StaffSession,
        events: DataEvents,
        actions: Sequence[ListAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RoomsPanel", "Closed days from today on"), parent
        )
        self.setObjectName("settings.closureGroup")
        self.list = ListPanel(session, events, "room")
        self.model = ClosureTableModel()
        self.table = self.list.list_table(
            self.model,
            "settings.closureTable",
            QCoreApplication.translate("RoomsPanel", "Closed days"),
            min_height=110,
        )
        note = QCoreApplication.translate(
            "RoomsPanel",
            "Public holidays from the holiday calendar close every room except the 24-hour zone.",
        )
        self.list.action_row(actions, hint_label(note, "settings.closureNote"))
        self.list.lay_out(margins=0)
        QVBoxLayout(self).addWidget(self.list)
        self.list.update_actions()

    def show_closures(self, closures: Sequence[Closure], rooms: Sequence[RoomInfo]) -> None:
        """List ``closures``, naming their rooms from ``rooms``; the selection stays."""
        rows = [ClosureRow(c, room_name(c.room_id, rooms)) for c in closures]
        self.list.keeping_selection(lambda: self.model.set_rows(rows))

    def selected(self) -> ClosureRow | None:
        row: ClosureRow | None = self.list.selected()
        return row

    def select(self, closure_id: int | None) -> None:
        self.list.select(closure_id)

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
