"""The function rooms (功能室设置) in Settings: everyone reads them, administrators keep them.

Rooms with their opening hours, the days rooms are closed, and how long a booking waits for
check-in before it is released for others.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.bookings import MAX_GRACE_MINUTES
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError
from hall_desk.domain.rooms import Closure
from hall_desk.services.rooms import RoomInfo, RoomService
from hall_desk.services.session import StaffSession
from hall_desk.ui.closures_section import ClosuresSection, room_name
from hall_desk.ui.common import make_table_view, message_text, name_widget, restyle
from hall_desk.ui.events import DataEvents
from hall_desk.ui.room_dialogs import ClosureDialog, RoomDialog
from hall_desk.ui.room_models import RoomTableModel, hours_summary

__all__ = ["RoomTableModel", "RoomsPanel", "hours_summary"]

_D = TypeVar("_D", bound=QDialog)


class RoomsPanel(QWidget):
    """The rooms, the closures to come and the no-show release time."""

    def __init__(
        self,
        rooms: RoomService,
        session: StaffSession,
        events: DataEvents,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings.roomsPanel")
        self._rooms = rooms
        self._session = session
        self._events = events
        self._clock = clock
        self._all_rooms: list[RoomInfo] = []
        self.open_dialog: QDialog | None = None
        editable = session.is_admin

        self.show_retired = QCheckBox(self.tr("Show retired rooms"))
        name_widget(self.show_retired, "settings.showRetiredRooms", self.tr("Show retired rooms"))
        self.show_retired.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("settings.roomCount")
        self.count.setProperty("role", "muted")

        self.model = RoomTableModel()
        self.table = make_table_view(self.model, "settings.roomTable", self.tr("Rooms"))
        self.table.setMinimumHeight(180)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(RoomTableModel.HOURS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.add_button = QPushButton(self.tr("Add a room..."))
        name_widget(self.add_button, "settings.addRoom", self.tr("Add a room"))
        self.add_button.clicked.connect(self.add_room)
        self.edit_button = QPushButton(self.tr("Change..."))
        name_widget(self.edit_button, "settings.editRoom", self.tr("Change the selected room"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.retire_button = QPushButton(self.tr("Retire..."))
        name_widget(
            self.retire_button,
            "settings.retireRoom",
            self.tr("Retire or restore the selected room"),
        )
        self.retire_button.clicked.connect(self.toggle_retired)

        top = QHBoxLayout()
        top.addWidget(self.show_retired)
        top.addWidget(self.count)
        top.addStretch(1)
        room_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.retire_button):
            room_buttons.addWidget(button)
            button.setVisible(editable)
        room_buttons.addStretch(1)
        rooms_box = QWidget()
        rooms_layout = QVBoxLayout(rooms_box)
        rooms_layout.setContentsMargins(0, 0, 0, 0)
        rooms_layout.addLayout(top)
        rooms_layout.addWidget(self.table, 1)
        rooms_layout.addLayout(room_buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("settings.roomsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(rooms_box)
        self.closures = ClosuresSection(editable)
        self.closures.add_button.clicked.connect(self.add_closure)
        self.closures.remove_button.clicked.connect(self.remove_selected_closure)
        self.closure_table = self.closures.table
        splitter.addWidget(self.closures)
        # Closures are few; the rooms get most of the height.
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        self.message = QLabel()
        name_widget(self.message, "settings.roomMessage", self.tr("Rooms message"))
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._grace_row())
        if not editable:
            note = QLabel(
                self.tr("Only an administrator can change the rooms, closures and check-in time.")
            )
            note.setObjectName("settings.roomsReadOnly")
            note.setProperty("role", "hint")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.message)
        self._update_buttons()

    def _grace_row(self) -> QHBoxLayout:
        self.grace = QSpinBox()
        name_widget(
            self.grace,
            "settings.graceMinutes",
            self.tr("Minutes a booking waits for check-in before it is released"),
        )
        self.grace.setRange(0, MAX_GRACE_MINUTES)
        self.grace.setMinimumWidth(90)
        self.grace.setReadOnly(not self._session.is_admin)
        before = QLabel(self.tr("No-show release after"))
        before.setBuddy(self.grace)
        after = QLabel(self.tr("minutes without check-in"))
        self.apply_grace_button = QPushButton(self.tr("Apply"))
        name_widget(
            self.apply_grace_button,
            "settings.applyGrace",
            self.tr("Apply the no-show release time"),
        )
        self.apply_grace_button.clicked.connect(self.apply_grace)
        self.apply_grace_button.setVisible(self._session.is_admin)
        row = QHBoxLayout()
        row.addWidget(before)
        row.addWidget(self.grace)
        row.addWidget(after)
        row.addWidget(self.apply_grace_button)
        row.addStretch(1)
        return row

    # -- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload rooms, closures and the release time (another desk may have changed them),
        keeping the selections."""
        keep_room = self.selected_room()
        today = self._clock.today()
        try:
            self._all_rooms = self._rooms.rooms(self._session, include_retired=True)
            closures = self._rooms.closures(self._session, today, date.max)
            grace = self._rooms.grace_minutes(self._session)
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            return
        shown = [r for r in self._all_rooms if r.active or self.show_retired.isChecked()]
        self.model.set_rows(shown)
        if keep_room is not None:
            self.select_room(keep_room.id)
        active = sum(1 for r in self._all_rooms if r.active)
        self.count.setText(self.tr("{active} rooms in use").format(active=active))
        self.closures.show_closures(closures, self._all_rooms)
        self.grace.setValue(grace)
        self._update_buttons()

    def selected_room(self) -> RoomInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.room_at(rows[0].row()) if rows else None

    def select_room(self, room_id: int) -> bool:
        row = self.model.row_of(room_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        room = self.selected_room()
        self.edit_button.setEnabled(room is not None)
        self.retire_button.setEnabled(room is not None)
        if room is not None and not room.active:
            self.retire_button.setText(self.tr("Restore..."))
            self.retire_button.setAccessibleName(self.tr("Restore {name}").format(name=room.name))
        elif room is not None:
            self.retire_button.setText(self.tr("Retire..."))
            self.retire_button.setAccessibleName(self.tr("Retire {name}").format(name=room.name))
        else:
            self.retire_button.setText(self.tr("Retire..."))
            self.retire_button.setAccessibleName(self.tr("Retire or restore the selected room"))

    def _say(self, text: str, *, ok: bool) -> None:
        restyle(self.message, "role", "ok" if ok else "error")
        self.message.setText(text)
        self.message.show()

    def _changed(self, text: str) -> None:
        self.refresh()
        self._say(text, ok=True)
        self._events.changed.emit("room")

    # -- rooms (administrators) --------------------------------------------------------
    def add_room(self) -> RoomDialog | None:
        """Open the add dialog (window-modal, not blocking); the table refreshes on success."""
        if not self._session.is_admin:
            return None
        dialog = RoomDialog(self._rooms, self._session, None, self)
        dialog.accepted.connect(lambda: self._room_saved(dialog.saved, added=True))
        return self._open(dialog)

    def edit_selected(self) -> RoomDialog | None:
        if not self._session.is_admin:
            return None
        room = self.selected_room()
        if room is None:
            self._say(self.tr("Select a room in the list first."), ok=False)
            return None
        dialog = RoomDialog(self._rooms, self._session, room, self)
        dialog.accepted.connect(lambda: self._room_saved(dialog.saved, added=False))
        return self._open(dialog)

    def _open(self, dialog: _D) -> _D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None

    def _room_saved(self, room: RoomInfo | None, *, added: bool) -> None:
        if room is None:
            return
        if added:
            text = self.tr("{code} {name} has been added and can be booked.")
        else:
            text = self.tr("{code} {name} has been saved. Bookings already made keep their times.")
        self._changed(text.format(code=room.spec.code, name=room.name))
        self.select_room(room.id)

    def toggle_retired(self) -> None:
        """Retire the selected room or bring a retired one back, after asking."""
        room = self.selected_room()
        if room is None:
            self._say(self.tr("Select a room in the list first."), ok=False)
            return
        retire = room.active
        if retire:
            title = self.tr("Retire a room")
            question = self.tr(
                "Retire {code} {name}?\n\nIt can no longer be booked. Bookings already made "
                "and their history stay as they are, and you can restore the room later."
            )
        else:
            title = self.tr("Restore a room")
            question = self.tr("Restore {code} {name}? It can be booked again from now on.")
        answer = QMessageBox.question(
            self, title, question.format(code=room.spec.code, name=room.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._rooms.set_retired(self._session, room.id, retire)
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            self.refresh()
            return
        if retire:
            text = self.tr("{code} {name} is retired and can no longer be booked.")
        else:
            text = self.tr("{code} {name} is back in use and can be booked.")
        self._changed(text.format(code=room.spec.code, name=room.name))

    # -- closures (administrators) -----------------------------------------------------
    def add_closure(self) -> ClosureDialog | None:
        if not self._session.is_admin:
            return None
        selected = self.selected_room()
        dialog = ClosureDialog(
            self._rooms,
            self._session,
            [r for r in self._all_rooms if r.active],
            self._clock.today(),
            selected.id if selected is not None and selected.active else None,
            self,
        )
        dialog.accepted.connect(lambda: self._closure_saved(dialog.saved))
        return self._open(dialog)

    def _closure_saved(self, closure: Closure | None) -> None:
        if closure is None:
            return
        self._changed(
            self.tr("{room} closed from {first} to {last}: {reason}.").format(
                room=room_name(closure.room_id, self._all_rooms),
                first=closure.first.isoformat(),
                last=closure.last.isoformat(),
                reason=closure.reason,
            )
        )
        self.closures.select(closure.id)

    def remove_selected_closure(self) -> None:
        if not self._session.is_admin:
            return
        item = self.closures.selected()
        closure = item.closure if item is not None else None
        if item is None or closure is None or closure.id is None:
            self._say(self.tr("Select a closure in the list first."), ok=False)
            return
        if not self.closures.confirm_removal(item):
            return
        try:
            self._rooms.remove_closure(self._session, closure.id)
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            self.refresh()
            return
        self.closure_table.clearSelection()
        self._changed(
            self.tr("The closure of {room} from {first} has been removed.").format(
                room=item.room_name, first=closure.first.isoformat()
            )
        )

    # -- no-show release (administrators) ---------------------------------------------
    def apply_grace(self) -> None:
        if not self._session.is_admin:
            return
        try:
            minutes = self._rooms.set_grace_minutes(self._session, self.grace.value())
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            return
        self._changed(
            self.tr(
                "Bookings nobody has checked in for {minutes} minutes after they start are "
                "now released for others."
            ).format(minutes=minutes)
        )
