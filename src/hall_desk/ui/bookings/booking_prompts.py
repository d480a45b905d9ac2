"""The small prompts around one booking (cancel it, which dates of a series, why it is
declined), the administrators' list of bookings awaiting approval, and how the booking
dialogs name a booking's time and status."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.bookings import BOOKING_STATUS_LABELS, minute_of
from hall_desk.domain.errors import DomainError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.rooms import WEEKDAY_NAMES, format_minute
from hall_desk.services import Services
from hall_desk.services.bookings.booking_records import BookingInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import (
    make_table_view,
    message_text,
    name_widget,
    restyle,
    size_within_screen,
    translate_message,
)
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.reason_dialog import ReasonDialog
from hall_desk.ui.kit.table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex


def when_text(booking: BookingInfo) -> str:
    """``Friday 2026-11-20 09:00–11:00`` (weekday in the interface language)."""
    day = booking.starts_at.date()
    weekday = translate_message(WEEKDAY_NAMES[day.weekday()])
    start = format_minute(minute_of(booking.starts_at, day))
    end = format_minute(minute_of(booking.ends_at, day))
    return f"{weekday} {day.isoformat()} {start}–{end}"


def status_text(booking: BookingInfo) -> str:
    return translate_message(BOOKING_STATUS_LABELS[booking.status])


class CancelBookingDialog(ReasonDialog):
    """Why the booking is cancelled and, for a repeating one, which dates.

    ``remaining`` are this date and the later dates of the series not yet begun; cancelling
    "the series" ends all of them (the service's rule), so the choice names how many.
    """

    def __init__(
        self, remaining: Sequence[BookingInfo] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CancelBookingDialog", "Cancel booking"),
            QCoreApplication.translate(
                "CancelBookingDialog",
                "Why is the booking cancelled? The reason is kept with the booking.",
            ),
            parent=parent,
        )
        self.setObjectName("cancelBookingDialog")
        self.only_this = QRadioButton(self.tr("Only this date"))
        name_widget(self.only_this, "cancel.onlyThis", self.tr("Cancel only this date"))
        first = remaining[0].starts_at.date().isoformat() if remaining else ""
        self.later_too = QRadioButton(
            self.tr(
                "This date and every later date of the series ({count} dates, from {first})"
            ).format(count=len(remaining), first=first)
        )
        name_widget(
            self.later_too,
            "cancel.laterToo",
            self.tr("Cancel this and the later dates of the series"),
        )
        self.only_this.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.only_this)
        group.addButton(self.later_too)
        scope = QGroupBox(self.tr("This booking repeats"))
        scope_layout = QVBoxLayout(scope)
        scope_layout.addWidget(self.only_this)
        scope_layout.addWidget(self.later_too)
        in_series = len(remaining) > 1
        scope.setVisible(in_series)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, scope)
        if in_series:
            self.resize(480, 340)

    @property
    def whole_series(self) -> bool:
        return self.later_too.isChecked()


def ask_series_scope(parent: QWidget, title: str, question: str) -> bool | None:
    """True for the whole series, False for this date only, None when the person backs out."""
    box = QMessageBox(parent)
    box.setObjectName("seriesScope")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    this_date = box.addButton(
        QCoreApplication.translate("BookingDetailsDialog", "This date only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    this_date.setObjectName("seriesScope.thisDate")
    whole = box.addButton(
        QCoreApplication.translate("BookingDetailsDialog", "The whole series"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    whole.setObjectName("seriesScope.whole")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(this_date)
    box.exec()
    clicked = box.clickedButton()
    if clicked is this_date:
        return False
    if clicked is whole:
        return True
    return None


def ask_decline_reason(parent: QWidget) -> str | None:
    """Why an administrator declines a booking, to tell the booker; None when they back out."""
    prompt = ReasonDialog(
        QCoreApplication.translate("BookingDetailsDialog", "Decline booking"),
        QCoreApplication.translate(
            "BookingDetailsDialog", "Why is the booking declined? Tell the booker this reason."
        ),
        parent=parent,
    )
    if prompt.exec() != QDialog.DialogCode.Accepted:
        return None
    return prompt.text()


class PendingTableModel(RowTableModel):
    NUMBER, ROOM, WHEN, BOOKER, PURPOSE, PEOPLE = range(6)
    CONTEXT = "PendingTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PendingTableModel", "Booking number"),
        QT_TRANSLATE_NOOP("PendingTableModel", "Room"),
        QT_TRANSLATE_NOOP("PendingTableModel", "Date and time"),
        QT_TRANSLATE_NOOP("PendingTableModel", "Booked by"),
        QT_TRANSLATE_NOOP("PendingTableModel", "Purpose"),
        QT_TRANSLATE_NOOP("PendingTableModel", "People"),
    )

    def booking_at(self, row: int) -> BookingInfo:
        booking: BookingInfo = self._rows[row]
        return booking

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        b: BookingInfo = self._rows[index.row()]
        return {
            self.NUMBER: b.number,
            self.ROOM: b.room_name,
            self.WHEN: when_text(b),
            self.BOOKER: b.booker,
            self.PURPOSE: b.purpose,
            self.PEOPLE: str(b.attendees),
        }[self.columns()[index.column()]]


class PendingBookingsDialog(QDialog):
    """待审批: the bookings waiting for an administrator, to approve or decline one by one."""

    def __init__(
        self,
        services: Services,
        session: StaffSession,
        events: DataEvents,
        *,
        load: Callable[[], Sequence[BookingInfo]],
        open_details: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pendingBookings")
        self.setWindowTitle(self.tr("Bookings awaiting approval"))
        self._services = services
        self._session = session
        self._events = events
        self._load = load
        self._open_details = open_details
        self.model = PendingTableModel()
        self.table = make_table_view(
            self.model, "pending.table", self.tr("Bookings awaiting approval")
        )
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.empty = QLabel(self.tr("No booking is waiting for approval."))
        self.empty.setObjectName("pending.empty")
        self.empty.setProperty("role", "muted")
        self.approve_button = QPushButton(self.tr("Approve"))
        name_widget(self.approve_button, "pending.approve", self.tr("Approve the selected booking"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.decline_button = QPushButton(self.tr("Decline…"))
        name_widget(self.decline_button, "pending.decline", self.tr("Decline the selected booking"))
        self.decline_button.clicked.connect(self.decline_selected)
        self.open_button = QPushButton(self.tr("Details…"))
        name_widget(self.open_button, "pending.open", self.tr("Open the selected booking"))
        self.open_button.clicked.connect(self.open_selected)
        close = QPushButton(self.tr("Close"))
        name_widget(close, "pending.close", self.tr("Close"))
        close.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setObjectName("pending.message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.decline_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        size_within_screen(self, 900, 420)
        self.reload()

    def reload(self) -> None:
        try:
            rows = list(self._load())
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            rows = []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        for button in (self.approve_button, self.decline_button, self.open_button):
            button.setEnabled(bool(rows))

    def selected(self) -> BookingInfo | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.booking_at(index.row())

    def _say(self, text: str, *, error: bool = False) -> None:
        restyle(self.message, "role", "error" if error else "ok")
        self.message.setText(text)

    def _decide(self, call: Callable[[], object], done: str) -> None:
        try:
            call()
        except DomainError as exc:
            self._say(message_text(exc), error=True)
        else:
            self._events.changed.emit("booking")
            self._say(done)
        self.reload()

    def approve_selected(self) -> None:
        booking = self.selected()
        if booking is None:
            return
        self._decide(
            lambda: self._services.bookings.approve(self._session, booking.id),
            self.tr("Booking {number} approved. Let the booker know.").format(
                number=booking.number
            ),
        )

    def decline_selected(self) -> None:
        booking = self.selected()
        if booking is None:
            return
        reason = ask_decline_reason(self)
        if reason is None:
            return
        self._decide(
            lambda: self._services.bookings.decline(self._session, booking.id, reason),
            self.tr("Booking {number} declined; the time is free again.").format(
                number=booking.number
            ),
        )

    def open_selected(self) -> None:
        booking = self.selected()
        if booking is not None:
            self._open_details(booking.id)
            self.reload()
