"""The function rooms (功能室设置) in Settings: everyone reads them, administrators keep them.

Rooms with their opening hours, the days rooms are closed, and how long a booking waits for
check-in before it is released for others.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.bookings import MAX_GRACE_MINUTES
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError
from hall_desk.services.bookings.rooms import RoomInfo, RoomService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import message_text, name_widget
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.list_panel import ListAction, ListPanel, admin_only
from hall_desk.ui.settings.closures_section import ClosuresSection, room_name
from hall_desk.ui.settings.room_dialogs import ClosureDialog, RoomDialog
from hall_desk.ui.settings.room_models import RoomTableModel, hours_summary

__all__ = ["RoomTableModel", "RoomsPanel", "hours_summary"]


class RoomsPanel(ListPanel):
    """The rooms, the closures to come and the no-show release time."""

    def __init__(
        self,
        rooms: RoomService,
        session: StaffSession,
        events: DataEvents,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, events, "room", parent)
        self.setObjectName("settings.roomsPanel")
        self._rooms = rooms
        self._clock = clock
        self._all_rooms: list[RoomInfo] = []

        self.show_retired = QCheckBox(self.tr("Show retired rooms"))
        name_widget(self.show_retired, "settings.showRetiredRooms", self.tr("Show retired rooms"))
        self.show_retired.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("settings.roomCount")
        self.count.setProperty("role", "muted")
        self.top.addWidget(self.show_retired)
        self.top.addWidget(self.count)
        self.top.addStretch(1)

        self.model = RoomTableModel()
        self.table = self.list_table(
            self.model,
            "settings.roomTable",
            self.tr("Rooms"),
            stretch=RoomTableModel.HOURS,
            min_height=180,
            wrap=False,
            opens=self.edit_selected,
        )
        self.action_row(
            [
                ListAction(
                    "settings.addRoom",
                    self.tr("Add a room..."),
                    self.tr("Add a room"),
                    self.add_room,
                    needs_row=False,
                    admin_only=True,
                ),
                ListAction(
                    "settings.editRoom",
                    self.tr("Change..."),
                    self.tr("Change the selected room"),
                    self.edit_selected,
                    admin_only=True,
                ),
                ListAction(
                    "settings.retireRoom",
                    self.tr("Retire..."),
                    self.tr("Retire or restore the selected room"),
                    self.toggle_retired,
                    admin_only=True,
                    label=self._retire_label,
                ),
            ]
        )
        rooms_box = QWidget()
        rooms_layout = QVBoxLayout(rooms_box)
        rooms_layout.setContentsMargins(0, 0, 0, 0)
        rooms_layout.addLayout(self.top)
        rooms_layout.addWidget(self.table, 1)
        rooms_layout.addLayout(self.button_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("settings.roomsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(rooms_box)
        self.closures = ClosuresSection(session, events, self._closure_actions())
        self.closure_table = self.closures.table
        splitter.addWidget(self.closures)
        # Closures are few; the rooms get most of the height.
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._grace_row())
        note = self.read_only_note(
            self.tr("Only an administrator can change the rooms, closures and check-in time."),
            "settings.roomsReadOnly",
            wrap=True,
        )
        if note is not None:
            layout.addWidget(note)
        layout.addWidget(self.message_line("settings.roomMessage", self.tr("Rooms message")))
        self.update_actions()

    def _closure_actions(self) -> list[ListAction]:
        return [
            ListAction(
                "settings.addClosure",
                self.tr("Add a closure..."),
                self.tr("Close rooms for days"),
                self.add_closure,
                needs_row=False,
                admin_only=True,
            ),
            ListAction(
                "settings.removeClosure",
                self.tr("Remove..."),
                self.tr("Remove the selected closure"),
                self.remove_selected_closure,
                admin_only=True,
            ),
        ]

    def _grace_row(self) -> QHBoxLayout:
        self.grace = QSpinBox()
        name_widget(
            self.grace,
            "settings.graceMinutes",
            self.tr("Minutes a booking waits for check-in before it is released"),
        )
        self.grace.setRange(0, MAX_GRACE_MINUTES)
        self.grace.setMinimumWidth(90)
        self.grace.setReadOnly(not self.is_admin)
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
        if not self.is_admin:
            self.apply_grace_button.hide()
        row = QHBoxLayout()
        row.addWidget(before)
        row.addWidget(self.grace)
        row.addWidget(after)
        row.addWidget(self.apply_grace_button)
        row.addStretch(1)
        return row

    # -- showing -----------------------------------------------------------------------
    def load(self) -> None:
        """Rooms, closures and the release time (another desk may have changed them)."""
        today = self._clock.today()
        self._all_rooms = self._rooms.rooms(self._session, include_retired=True)
        closures = self._rooms.closures(self._session, today, date.max)
        grace = self._rooms.grace_minutes(self._session)
        shown = [r for r in self._all_rooms if r.active or self.show_retired.isChecked()]
        self.model.set_rows(shown)
        active = sum(1 for r in self._all_rooms if r.active)
        self.count.setText(self.tr("{active} rooms in use").format(active=active))
        self.closures.show_closures(closures, self._all_rooms)
        self.grace.setValue(grace)

    def selected_room(self) -> RoomInfo | None:
        room: RoomInfo | None = self.selected()
        return room

    def _retire_label(self, room: RoomInfo | None) -> tuple[str, str]:
        if room is not None and not room.active:
            return self.tr("Restore..."), self.tr("Restore {name}").format(name=room.name)
        if room is not None:
            return self.tr("Retire..."), self.tr("Retire {name}").format(name=room.name)
        return self.tr("Retire..."), self.tr("Retire or restore the selected room")

    # -- rooms (administrators) --------------------------------------------------------
    @admin_only
    def add_room(self) -> RoomDialog:
        """Open the add dialog (window-modal, not blocking); the table refreshes on success."""
        return self.open_window(RoomDialog(self._rooms, self._session, None, self), self._saved)

    @admin_only
    def edit_selected(self) -> RoomDialog | None:
        room = self.chosen(self.tr("Select a room in the list first."))
        if room is None:
            return None
        return self.open_window(RoomDialog(self._rooms, self._session, room, self), self._saved)

    def _saved(self, dialog: RoomDialog) -> None:
        room: RoomInfo | None = dialog.saved
        if room is None:
            return
        if dialog.room is None:
            text = self.tr("{code} {name} has been added and can be booked.")
        else:
            text = self.tr("{code} {name} has been saved. Bookings already made keep their times.")
        self.changed(text.format(code=room.spec.code, name=room.name))
        self.select(room.id)

    def toggle_retired(self) -> None:
        """Retire the selected room or bring a retired one back, after asking."""
        room = self.chosen(self.tr("Select a room in the list first."))
        if room is None:
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
        if not self.confirmed(title, question.format(code=room.spec.code, name=room.name)):
            return
        if not self.attempt(lambda: self._rooms.set_retired(self._session, room.id, retire)):
            return
        if retire:
            text = self.tr("{code} {name} is retired and can no longer be booked.")
        else:
            text = self.tr("{code} {name} is back in use and can be booked.")
        self.changed(text.format(code=room.spec.code, name=room.name))

    # -- closures (administrators) -----------------------------------------------------
    @admin_only
    def add_closure(self) -> ClosureDialog:
        selected = self.selected_room()
        dialog = ClosureDialog(
            self._rooms,
            self._session,
            [r for r in self._all_rooms if r.active],
            self._clock.today(),
            selected.id if selected is not None and selected.active else None,
            self,
        )
        return self.open_window(dialog, self._closure_saved)

    def _closure_saved(self, dialog: ClosureDialog) -> None:
        closure = dialog.saved
        if closure is None:
            return
        self.changed(
            self.tr("{room} closed from {first} to {last}: {reason}.").format(
                room=room_name(closure.room_id, self._all_rooms),
                first=closure.first.isoformat(),
                last=closure.last.isoformat(),
                reason=closure.reason,
            )
        )
        self.closures.select(closure.id)

    @admin_only
    def remove_selected_closure(self) -> None:
        item = self.closures.selected()
        closure_id = item.closure.id if item is not None else None
        if item is None or closure_id is None:
            self.say(self.tr("Select a closure in the list first."), ok=False)
            return
        if not self.closures.confirm_removal(item):
            return
        if not self.attempt(lambda: self._rooms.remove_closure(self._session, closure_id)):
            return
        self.closure_table.clearSelection()
        self.changed(
            self.tr("The closure of {room} from {first} has been removed.").format(
                room=item.room_name, first=item.closure.first.isoformat()
            )
        )

    # -- no-show release (administrators) ---------------------------------------------
    @admin_only
    def apply_grace(self) -> None:
        try:
            minutes = self._rooms.set_grace_minutes(self._session, self.grace.value())
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
            return
        self.changed(
            self.tr(
                "Bookings nobody has checked in for {minutes} minutes after they start are "
                "now released for others."
            ).format(minutes=minutes)
        )
