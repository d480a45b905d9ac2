"""The widgets of the room-bookings page and how they are laid out.

``BookingsPageUi`` only builds and dresses widgets, the way a Qt Designer form would;
``BookingsPage`` connects them and gives them their behaviour. Its texts are looked up in
the ``BookingsPage`` translation context, where they have always been.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.services.bookings.rooms import RoomInfo
from hall_desk.ui.bookings.booking_legend import legend_row
from hall_desk.ui.bookings.time_grid import TimeGrid
from hall_desk.ui.kit.common import name_widget, restyle, to_qdate


class BookingsPageUi(QWidget):
    """Navigation and search across the top, the grid with its key, a status line below."""

    def __init__(self, today: date, *, show_pending: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookings_page")

        self.previous_button = QPushButton("◀")
        name_widget(
            self.previous_button,
            "bookings.previous",
            QCoreApplication.translate("BookingsPage", "Previous day"),
        )
        self.today_button = QPushButton(QCoreApplication.translate("BookingsPage", "Today"))
        name_widget(
            self.today_button,
            "bookings.today",
            QCoreApplication.translate("BookingsPage", "Go to today"),
        )
        self.today_button.setToolTip("Ctrl+T")
        self.next_button = QPushButton("▶")
        name_widget(
            self.next_button,
            "bookings.next",
            QCoreApplication.translate("BookingsPage", "Next day"),
        )
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(40)
        self.date_edit = QDateEdit(to_qdate(today))
        name_widget(
            self.date_edit,
            "bookings.date",
            QCoreApplication.translate("BookingsPage", "Date shown"),
        )
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd ddd")

        # Short labels keep the top row inside a 1280-wide screen; the tooltip says the rest.
        self.day_button = QPushButton(QCoreApplication.translate("BookingsPage", "Day view"))
        name_widget(
            self.day_button,
            "bookings.view.day",
            QCoreApplication.translate("BookingsPage", "Show all rooms on one day"),
        )
        self.week_button = QPushButton(QCoreApplication.translate("BookingsPage", "Week view"))
        name_widget(
            self.week_button,
            "bookings.view.week",
            QCoreApplication.translate("BookingsPage", "Show one room's week"),
        )
        self.view_group = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setToolTip(button.accessibleName())
            button.setCheckable(True)
            self.view_group.addButton(button)
        self.day_button.setChecked(True)
        self.room_combo = QComboBox()
        name_widget(
            self.room_combo,
            "bookings.room",
            QCoreApplication.translate("BookingsPage", "Room shown in the week view"),
        )
        # As wide as the longest room name, e.g. 图书室（阅览室）, so none is cut.
        self.room_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.search = QLineEdit()
        name_widget(
            self.search,
            "bookings.search",
            QCoreApplication.translate("BookingsPage", "Booking number"),
        )
        self.search.setPlaceholderText(
            QCoreApplication.translate("BookingsPage", "Booking number (or scan the slip)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(170)
        self.search.setToolTip("Ctrl+F")
        self.pending_button = QPushButton()
        name_widget(
            self.pending_button,
            "bookings.pending",
            QCoreApplication.translate("BookingsPage", "Bookings awaiting approval"),
        )
        self.pending_button.setVisible(show_pending)

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addWidget(self.date_edit)
        top.addSpacing(12)
        top.addWidget(self.day_button)
        top.addWidget(self.week_button)
        top.addWidget(self.room_combo)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.pending_button)

        self.heading = QLabel()
        self.heading.setObjectName("bookings.heading")
        self.heading.setProperty("role", "summary")
        self.grid = TimeGrid()
        self.status = QLabel()
        name_widget(
            self.status,
            "bookings_status",
            QCoreApplication.translate("BookingsPage", "Last action"),
        )
        self.status.setProperty("role", "ok")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.grid, 1)
        layout.addLayout(legend_row())
        layout.addWidget(self.status)

    def _say(self, text: str, *, error: bool = False) -> None:
        restyle(self.status, "role", "error" if error else "ok")
        self.status.setText(text)

    def _set_rooms(self, rooms: Sequence[RoomInfo]) -> None:
        """List the rooms in the week view's picker, keeping the one chosen if it is still there."""
        current = self.room_combo.currentData()
        self.room_combo.blockSignals(True)
        self.room_combo.clear()
        for room in rooms:
            self.room_combo.addItem(room.name, room.id)
        index = self.room_combo.findData(current) if current is not None else 0
        self.room_combo.setCurrentIndex(max(0, index))
        self.room_combo.blockSignals(False)

    def _name_steps(self, weeks: bool) -> None:
        """Say on the arrow buttons whether they step a day or a week."""
        if weeks:
            previous = QCoreApplication.translate("BookingsPage", "Previous week")
            following = QCoreApplication.translate("BookingsPage", "Next week")
        else:
            previous = QCoreApplication.translate("BookingsPage", "Previous day")
            following = QCoreApplication.translate("BookingsPage", "Next day")
        self.previous_button.setAccessibleName(previous)
        self.previous_button.setToolTip(f"{previous} (Alt+Left)")
        self.next_button.setAccessibleName(following)
        self.next_button.setToolTip(f"{following} (Alt+Right)")
