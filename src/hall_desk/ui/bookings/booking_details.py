"""One booking: what, where and when, where it stands, and the moves it allows now.

The prompts its moves ask, and the administrators' list of bookings awaiting approval, are in
``booking_prompts``; moving or extending it is in ``booking_move``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.bookings import (
    BOOKER_KIND_LABELS,
    CHANNEL_LABELS,
    CHECK_IN_EARLY_MINUTES,
    BookingStatus,
)
from hall_desk.domain.errors import DomainError
from hall_desk.domain.phones import mask_phone
from hall_desk.printing.slips import SlipLayout
from hall_desk.services import Services
from hall_desk.services.bookings.booking_records import BookingInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.bookings.booking_move import BookingMovePanel
from hall_desk.ui.bookings.booking_prompts import (
    CancelBookingDialog,
    ask_decline_reason,
    ask_series_scope,
    status_text,
    when_text,
)
from hall_desk.ui.bookings.booking_prompts import (
    PendingBookingsDialog as PendingBookingsDialog,  # re-export
)
from hall_desk.ui.kit import slip_printing
from hall_desk.ui.kit.common import message_text, name_widget, restyle, translate_message
from hall_desk.ui.kit.events import DataEvents

#: Moves that change a booking; a booking that has ended allows none of them.
_OPEN = (BookingStatus.PENDING, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)


class BookingDetailsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        session: StaffSession,
        events: DataEvents,
        booking_id: int,
        *,
        slip_layout: Callable[[], SlipLayout],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookingDetails")
        self._services = services
        self._session = session
        self._events = events
        self._slip_layout = slip_layout
        self._first_id = booking_id  # until the first load there is only the id asked for
        self.booking: BookingInfo | None = None

        self.title = QLabel()
        self.title.setObjectName("bookingDetails.title")
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        name_widget(self.summary, "bookingDetails.summary", self.tr("Where the booking stands"))
        self.summary.setProperty("role", "summary")
        self.summary.setWordWrap(True)

        details = QGroupBox(self.tr("Details"))
        self.form = QFormLayout(details)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("number", self.tr("Booking number")),
            ("room", self.tr("Room")),
            ("when", self.tr("Date and time")),
            ("status", self.tr("Status")),
            ("booker", self.tr("Booked by")),
            ("purpose", self.tr("Purpose")),
            ("attendees", self.tr("People")),
            ("contact", self.tr("Contact")),
            ("channel", self.tr("Booked via")),
            ("clerk", self.tr("Taken by")),
            ("series", self.tr("Repeats")),
            ("checked_in", self.tr("Checked in")),
            ("ended", self.tr("Ended")),
            ("note", self.tr("Note")),
        ):
            value = QLabel()
            value.setObjectName(f"bookingDetails.{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.form.addRow(label, value)

        self.move_box = BookingMovePanel(services, session)
        self.move_box.hide()
        self.move_box.moved.connect(self._moved)
        # The move's fields stay at hand on the dialog, as the desk's tests use them.
        self.move_start, self.move_end = self.move_box.start, self.move_box.end
        self.move_general, self.save_move_button = self.move_box.general, self.move_box.save_button

        self.check_in_button = self._button("checkIn", self.tr("Check in"), self.check_in)
        self.move_button = self._button("move", self.tr("Move / extend…"), self.toggle_move)
        self.move_button.setCheckable(True)
        self.cancel_button = self._button("cancel", self.tr("Cancel booking…"), self.cancel)
        self.approve_button = self._button("approve", self.tr("Approve"), self.approve)
        self.decline_button = self._button("decline", self.tr("Decline…"), self.decline)
        self.print_button = self._button("print", self.tr("Print slip"), self.print_slip)
        self.export_button = self._button(
            "export", self.tr("Export to calendar (.ics)"), self.export_calendar
        )
        self.close_button = self._button("close", self.tr("Close"), self.accept)
        moves = QHBoxLayout()
        for button in (
            self.check_in_button,
            self.move_button,
            self.cancel_button,
            self.approve_button,
            self.decline_button,
        ):
            moves.addWidget(button)
        moves.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        self.message = QLabel()
        self.message.setObjectName("bookingDetails.message")
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(details)
        layout.addWidget(self.move_box)
        layout.addLayout(moves)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.reload()
        hint = self.sizeHint()
        self.resize(max(720, hint.width()), hint.height())

    def _button(self, key: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        name_widget(button, f"bookingDetails.{key}", text.rstrip("…"))
        button.clicked.connect(lambda _=False: slot())
        return button

    # -- showing -----------------------------------------------------------------------
    @property
    def booking_id(self) -> int:
        assert self.booking is not None
        return self.booking.id

    def reload(self, booking_id: int | None = None) -> None:
        wanted = booking_id if booking_id is not None else self._wanted_id()
        try:
            booking = self._services.booking_plans.get(self._session, wanted)
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            for button in self._move_buttons():
                button.setEnabled(False)
            return
        self.show_booking(booking)

    def _wanted_id(self) -> int:
        return self.booking.id if self.booking is not None else self._first_id

    def show_booking(self, booking: BookingInfo) -> None:
        self.booking = booking
        self.setWindowTitle(self.tr("Booking {number}").format(number=booking.number))
        self.title.setText(f"{booking.number}  {booking.room_name}")
        self.summary.setText(f"{status_text(booking)} · {when_text(booking)}")
        f = self.fields
        f["number"].setText(booking.number)
        room = booking.room_name
        if booking.seat:
            room = self.tr("{room}, seat {seat}").format(room=room, seat=booking.seat)
        f["room"].setText(room)
        f["when"].setText(when_text(booking))
        f["status"].setText(status_text(booking))
        f["booker"].setText(
            f"{booking.booker}（{translate_message(BOOKER_KIND_LABELS[booking.booker_kind])}）"
        )
        f["purpose"].setText(booking.purpose)
        f["attendees"].setText(str(booking.attendees))
        f["contact"].setText(
            " ".join(t for t in (booking.contact_name, mask_phone(booking.contact_phone)) if t)
            if booking.contact_phone
            else booking.contact_name
        )
        f["channel"].setText(translate_message(CHANNEL_LABELS[booking.channel]))
        f["clerk"].setText(
            self.tr("{clerk} at {time}").format(
                clerk=booking.clerk_name, time=f"{booking.created_at:%Y-%m-%d %H:%M}"
            )
        )
        f["series"].setText(
            self.tr("Part of a repeating booking: {rule}").format(rule=booking.series_description)
            if booking.series_id is not None
            else ""
        )
        f["checked_in"].setText(
            f"{booking.checked_in_at:%Y-%m-%d %H:%M}" if booking.checked_in_at else ""
        )
        f["ended"].setText(self._ended_text(booking))
        f["note"].setText(booking.note)
        always = ("number", "room", "when", "status", "booker", "clerk")
        for key, label in f.items():
            self.form.setRowVisible(label, bool(label.text()) or key in always)
        self._enable_moves(booking)

    def _ended_text(self, booking: BookingInfo) -> str:
        if booking.ended_at is None:
            return ""
        at = f"{booking.ended_at:%Y-%m-%d %H:%M}"
        if booking.status is BookingStatus.NO_SHOW:
            return self.tr("{time}: not checked in within {minutes} minutes, released").format(
                time=at, minutes=booking.end_reason
            )
        if booking.end_reason:
            return f"{at} · {status_text(booking)}: {booking.end_reason}"
        return f"{at} · {status_text(booking)}"

    def _move_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.check_in_button,
            self.move_button,
            self.cancel_button,
            self.approve_button,
            self.decline_button,
            self.print_button,
            self.export_button,
        )

    def _enable_moves(self, booking: BookingInfo) -> None:
        now = self._services.clock.now()
        running = booking.status in _OPEN and booking.ends_at > now
        opens = booking.starts_at - timedelta(minutes=CHECK_IN_EARLY_MINUTES)
        can_check_in = booking.status is BookingStatus.CONFIRMED and opens <= now < booking.ends_at
        self.check_in_button.setEnabled(can_check_in)
        if booking.status is BookingStatus.CONFIRMED and now < opens:
            self.check_in_button.setToolTip(
                self.tr("Check-in opens at {time} on {day}.").format(
                    time=f"{opens:%H:%M}", day=opens.date().isoformat()
                )
            )
        elif booking.status is BookingStatus.PENDING:
            self.check_in_button.setToolTip(self.tr("Approve the booking first."))
        else:
            self.check_in_button.setToolTip("")
        self.move_button.setEnabled(running)
        if not running and self.move_button.isChecked():
            self.move_button.setChecked(False)
            self.move_box.hide()
        self.cancel_button.setEnabled(running)
        deciding = self._session.is_admin and booking.status is BookingStatus.PENDING
        self.approve_button.setVisible(self._session.is_admin)
        self.decline_button.setVisible(self._session.is_admin)
        self.approve_button.setEnabled(deciding)
        self.decline_button.setEnabled(deciding)
        self.print_button.setEnabled(booking.is_active)
        self.export_button.setEnabled(booking.is_active)

    def _say(self, text: str, *, error: bool = False) -> None:
        restyle(self.message, "role", "error" if error else "ok")
        self.message.setText(text)

    # -- moves -------------------------------------------------------------------------
    def _apply(self, call: Callable[[], object], done: str) -> bool:
        """Make one change; on success tell every page and show the booking as it is now."""
        try:
            call()
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            self.reload()
            return False
        self._events.changed.emit("booking")
        self.reload()
        self._say(done)
        return True

    def check_in(self) -> None:
        number = self.booking.number if self.booking else ""
        self._apply(
            lambda: self._services.bookings.check_in(self._session, self.booking_id),
            self.tr("Booking {number} checked in.").format(number=number),
        )

    def approve(self) -> None:
        number = self.booking.number if self.booking else ""
        self._apply(
            lambda: self._services.bookings.approve(self._session, self.booking_id),
            self.tr("Booking {number} approved. Let the booker know.").format(number=number),
        )

    def decline(self) -> None:
        reason = ask_decline_reason(self)
        if reason is None:
            return
        number = self.booking.number if self.booking else ""
        self._apply(
            lambda: self._services.bookings.decline(self._session, self.booking_id, reason),
            self.tr("Booking {number} declined; the time is free again.").format(number=number),
        )

    def cancel(self) -> None:
        booking = self.booking
        if booking is None:
            return
        remaining: list[BookingInfo] = []
        if booking.series_id is not None:
            now = self._services.clock.now()
            try:
                series = self._services.booking_plans.series(self._session, booking.series_id)
            except DomainError:
                series = [booking]
            remaining = [
                b
                for b in series
                if b.is_active
                and (b.id == booking.id or (b.starts_at > now and b.starts_at >= booking.starts_at))
            ]
        prompt = CancelBookingDialog(remaining, parent=self)
        if prompt.exec() != QDialog.DialogCode.Accepted:
            return
        reason, whole = prompt.text(), prompt.whole_series
        ended: list[BookingInfo] = []

        def call() -> None:
            ended.extend(
                self._services.bookings.cancel(
                    self._session, booking.id, reason, whole_series=whole
                )
            )

        if self._apply(call, ""):
            self._say(
                self.tr("Cancelled: {numbers}. The time is free again.").format(
                    numbers="、".join(b.number for b in ended)
                )
            )

    def toggle_move(self) -> None:
        showing = self.move_button.isChecked()
        if showing and self.booking is not None:
            self.move_box.fill(self.booking)
        self.move_box.setVisible(showing)
        if showing:
            self.move_end.setFocus()

    def _moved(self, moved: BookingInfo) -> None:
        self._events.changed.emit("booking")
        self.move_button.setChecked(False)
        self.move_box.hide()
        self.show_booking(moved)
        self._say(
            self.tr("Booking {number} now: {room}, {when}.").format(
                number=moved.number, room=moved.room_name, when=when_text(moved)
            )
        )

    # -- paper and calendars -----------------------------------------------------------
    def print_slip(self) -> None:
        slip_printing.print_booking_slip(
            self,
            self._services,
            self._session,
            self.booking_id,
            self._slip_layout(),
            report=lambda text: self._say(text),
        )

    def export_calendar(self) -> None:
        booking = self.booking
        if booking is None:
            return
        whole = False
        if booking.series_id is not None:
            answer = ask_series_scope(
                self,
                self.tr("Export to calendar"),
                self.tr(
                    "This booking repeats. Put only this date in the calendar file, or the "
                    "whole series?"
                ),
            )
            if answer is None:
                return
            whole = answer
        path = slip_printing.export_booking_ics(
            self, self._services, self._session, booking.id, whole_series=whole
        )
        if path is not None:
            self._say(self.tr("Calendar file saved: {path}").format(path=str(path)))
