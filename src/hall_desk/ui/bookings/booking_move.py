"""Moving or extending one booking from its details: another room, day or time.

Someone already checked in can only stay longer (or leave earlier). A move the desk refuses
keeps what was chosen. The texts belong to the details dialog and keep its translation context.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.bookings import BookingStatus, minute_of
from hall_desk.domain.errors import DomainError
from hall_desk.services import Services
from hall_desk.services.bookings.booking_records import BookingInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import FieldErrors, from_qdate, message_text, name_widget, to_qdate
from hall_desk.ui.kit.quarter_time import QuarterHourBox, span_row


class BookingMovePanel(QGroupBox):
    """The "Move or extend" box of the booking details, filled from one booking."""

    #: The booking was moved; carries it as it is now.
    moved = Signal(object)

    def __init__(
        self, services: Services, session: StaffSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("BookingDetailsDialog", "Move or extend"), parent
        )
        self._services = services
        self._session = session
        self._booking_id: int | None = None
        self.general = QLabel()
        self.general.setObjectName("bookingDetails.move.error")
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.room = QComboBox()
        self.errors.add_row(
            form,
            "booking_room",
            self.room,
            "bookingDetails.move.room",
            QCoreApplication.translate("BookingDetailsDialog", "Room"),
            QCoreApplication.translate("BookingDetailsDialog", "Move to room"),
        )
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.errors.add_row(
            form,
            "booking_date",
            self.date,
            "bookingDetails.move.date",
            QCoreApplication.translate("BookingDetailsDialog", "Date"),
            QCoreApplication.translate("BookingDetailsDialog", "Move to date"),
        )
        self.start = QuarterHourBox.for_start()
        name_widget(
            self.start,
            "bookingDetails.move.start",
            QCoreApplication.translate("BookingDetailsDialog", "New start time"),
        )
        self.end = QuarterHourBox.for_end()
        name_widget(
            self.end,
            "bookingDetails.move.end",
            QCoreApplication.translate("BookingDetailsDialog", "New end time"),
        )
        self.errors.add_row(
            form,
            "booking_time",
            span_row(self.start, self.end),
            "bookingDetails.move.times",
            QCoreApplication.translate("BookingDetailsDialog", "Time"),
            QCoreApplication.translate("BookingDetailsDialog", "New time"),
        )
        self.save_button = QPushButton(
            QCoreApplication.translate("BookingDetailsDialog", "Save change")
        )
        name_widget(
            self.save_button,
            "bookingDetails.move.save",
            QCoreApplication.translate("BookingDetailsDialog", "Save the change"),
        )
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addWidget(self.general, 1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(save_row)

    def fill(self, booking: BookingInfo) -> None:
        """Shows where and when ``booking`` is now, as the start of the change."""
        self._booking_id = booking.id
        self.errors.clear()
        self.room.clear()
        try:
            rooms = self._services.rooms.rooms(self._session)
        except DomainError as exc:
            self.errors.show_text(message_text(exc))
            rooms = []
        for room in rooms:
            self.room.addItem(room.name, room.id)
        if self.room.findData(booking.room_id) < 0:
            self.room.addItem(booking.room_name, booking.room_id)
        self.room.setCurrentIndex(self.room.findData(booking.room_id))
        day = booking.starts_at.date()
        self.date.setDate(to_qdate(day))
        self.start.set_minute(minute_of(booking.starts_at, day))
        self.end.set_minute(minute_of(booking.ends_at, day))
        # Someone already in the room can only stay longer (or leave earlier).
        checked_in = booking.status is BookingStatus.CHECKED_IN
        for widget in (self.room, self.date, self.start):
            widget.setEnabled(not checked_in)

    def save(self) -> None:
        if self._booking_id is None:
            return
        day = from_qdate(self.date.date())
        starts_at = datetime.combine(day, time()) + timedelta(minutes=self.start.minute())
        ends_at = datetime.combine(day, time()) + timedelta(minutes=self.end.minute())
        room_id = self.room.currentData()
        self.errors.clear()
        try:
            moved = self._services.bookings.move(
                self._session,
                self._booking_id,
                starts_at=starts_at,
                ends_at=ends_at,
                room_id=room_id,
            )
        except DomainError as exc:
            self.errors.show(exc)  # what was chosen stays as it is
            return
        self.moved.emit(moved)
