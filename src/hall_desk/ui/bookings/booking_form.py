"""The new-booking dialog (预约登记): a room or study seat, once or repeating.

The desk opens it from an empty slot of the day view with the room and times filled in. The
clerk says who books (a resident found in the register, a partner organisation 共建单位 or a
staff activity), what for, and how to reach them. A repeating booking is checked date by date
first ("Check dates"): the dates that cannot be booked are listed in red and the save button
offers to book only the free ones. Nothing typed is lost when the desk refuses the input or
another desk took the slot meanwhile.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.bookings import SEAT_PURPOSE, BookingStatus, minute_of
from hall_desk.services import Services
from hall_desk.services.bookings.booking_records import BookingInfo
from hall_desk.services.bookings.bookings import BookingForm, SeriesDate
from hall_desk.services.bookings.rooms import RoomInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.bookings.booking_booker import BookerSection
from hall_desk.ui.bookings.booking_repeat import PROBLEM_COLOUR as PROBLEM_COLOUR  # re-export
from hall_desk.ui.bookings.booking_repeat import RepeatPanel
from hall_desk.ui.bookings.booking_room_day import RoomDayNotes
from hall_desk.ui.kit.common import (
    FieldErrors,
    from_qdate,
    name_widget,
    size_within_screen,
    submit_form,
    to_qdate,
    with_error_label,
)
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.quarter_time import QuarterHourBox, round_up_to_quarter, span_row

PREFIX = "booking_form"


def booked_text(booked: list[BookingInfo]) -> str:
    """What the desk says after booking: the numbers, the room, the seat of a study-room
    booking, and that the booking waits for approval when it does (never "booked" twice)."""
    first = booked[0]
    numbers = "、".join(b.number for b in booked)
    seats = sorted({b.seat for b in booked if b.seat})
    if seats:
        return QCoreApplication.translate(
            "BookingFormDialog", "Booked {numbers}: {room}, seat {seat}."
        ).format(numbers=numbers, room=first.room_name, seat="、".join(str(n) for n in seats))
    if first.status is BookingStatus.PENDING:
        return QCoreApplication.translate(
            "BookingFormDialog", "Booked {numbers}: {room}, awaiting an administrator's approval."
        ).format(numbers=numbers, room=first.room_name)
    return QCoreApplication.translate("BookingFormDialog", "Booked {numbers}: {room}.").format(
        numbers=numbers, room=first.room_name
    )


class BookingFormDialog(QDialog):
    """A new booking. After ``exec()`` returns Accepted, ``booked`` holds what was booked
    (one booking, or every booked date of a series) and ``skipped`` the dates left out."""

    def __init__(
        self,
        services: Services,
        session: StaffSession,
        events: DataEvents,
        *,
        room_id: int,
        starts_at: datetime,
        ends_at: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("booking_form")
        self.setWindowTitle(self.tr("New booking"))
        self._services = services
        self._session = session
        self._events = events
        self._rooms: list[RoomInfo] = services.rooms.rooms(session)
        self._preview: list[SeriesDate] | None = None
        self._day_notes = RoomDayNotes(lambda d: services.booking_plans.day_plan(session, d))
        self.booked: list[BookingInfo] = []
        self.skipped: list[SeriesDate] = []

        general = QLabel()
        general.setObjectName(f"{PREFIX}.error")
        self.general_error = general
        self.errors = FieldErrors(general)

        day = starts_at.date()
        where = self._build_where(room_id, day, starts_at, ends_at)
        self.who = BookerSection(services.residents, session, self.errors, prefix=PREFIX)
        # The booker's fields stay at hand on the dialog, as the desk's tests use them.
        who = self.who
        self.kind_buttons, self.finder, self.linked = who.kind_buttons, who.finder, who.linked
        self.organisation = who.organisation
        self.contact_name, self.contact_phone = who.contact_name, who.contact_phone
        what = self._build_what()
        who.residentLinked.connect(lambda: self.purpose.setFocus())
        self.repeat = RepeatPanel(day, prefix=PREFIX)
        self.errors.add("booking_repeat", self.repeat, self.repeat.error)

        self.save_button = QPushButton(self.tr("Save"))
        name_widget(self.save_button, f"{PREFIX}.submit", self.tr("Save the booking"))
        self.save_button.setDefault(True)
        self.save_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        name_widget(self.cancel_button, f"{PREFIX}.cancel", self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.repeat.check_button.clicked.connect(self.check_dates)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        left = QVBoxLayout()
        left.addWidget(where)
        left.addWidget(who)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(what)
        right.addWidget(self.repeat)
        right.addStretch(1)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        # On a 1366x768 screen the form scrolls instead of squeezing its fields flat.
        scroll = QScrollArea()
        scroll.setObjectName(f"{PREFIX}.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self._scroll = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(general)
        layout.addLayout(buttons)

        self._room_changed()
        self._watch_for_edits()
        size_within_screen(self, 1080, 680)
        self.finder.box.setFocus()

    # -- building ------------------------------------------------------------------------
    def _build_where(
        self, room_id: int, day: date, starts_at: datetime, ends_at: datetime
    ) -> QGroupBox:
        box = QGroupBox(self.tr("Room and time"))
        form = QFormLayout(box)
        self.room = QComboBox()
        for info in self._rooms:
            self.room.addItem(info.name, info.id)
        index = self.room.findData(room_id)
        self.room.setCurrentIndex(max(0, index))
        self.errors.add_row(
            form, "booking_room", self.room, f"{PREFIX}.room", self.tr("Room"), self.tr("Room")
        )
        self.room_info = QLabel()
        self.room_info.setObjectName(f"{PREFIX}.roomInfo")
        self.room_info.setProperty("role", "hint")
        self.room_info.setWordWrap(True)
        form.addRow("", self.room_info)

        self.any_seat = QRadioButton(self.tr("Any free seat"))
        name_widget(self.any_seat, f"{PREFIX}.anySeat", self.tr("Any free seat"))
        self.any_seat.setChecked(True)
        self.pick_seat = QRadioButton(self.tr("Seat number"))
        name_widget(self.pick_seat, f"{PREFIX}.pickSeat", self.tr("Choose a seat number"))
        self.seat_group = QButtonGroup(self)
        self.seat_group.addButton(self.any_seat)
        self.seat_group.addButton(self.pick_seat)
        self.seat = QSpinBox()
        self.seat.setRange(1, 1)
        self.seat.setEnabled(False)
        name_widget(self.seat, f"{PREFIX}.seat", self.tr("Seat number"))
        self.pick_seat.toggled.connect(self.seat.setEnabled)
        seat_row = QWidget()
        seat_layout = QHBoxLayout(seat_row)
        seat_layout.setContentsMargins(0, 0, 0, 0)
        seat_layout.addWidget(self.any_seat)
        seat_layout.addWidget(self.pick_seat)
        seat_layout.addWidget(self.seat)
        seat_layout.addStretch(1)
        self.seat_box, seat_error = with_error_label(seat_row, f"{PREFIX}.seat.error")
        self.errors.add("booking_seat", seat_row, seat_error)
        form.addRow(self.tr("Seat"), self.seat_box)

        self.date = QDateEdit(to_qdate(day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        name_widget(self.date, f"{PREFIX}.date", self.tr("Date"))
        self.start = QuarterHourBox.for_start()
        name_widget(self.start, f"{PREFIX}.start", self.tr("Start time"))
        self.end = QuarterHourBox.for_end()
        name_widget(self.end, f"{PREFIX}.end", self.tr("End time"))
        # A slot picked in the day view may be off the quarter hour: widen it to quarters.
        self.start.set_minute(minute_of(starts_at, day))
        self.end.set_minute(round_up_to_quarter(minute_of(ends_at, day)))
        time_row = span_row(self.start, self.end, before=self.date)
        time_box, time_error = with_error_label(time_row, f"{PREFIX}.time.error")
        self.errors.add("booking_time", time_row, time_error)
        form.addRow(self.tr("When"), time_box)
        self.day_bookings = QLabel()
        self.day_bookings.setObjectName(f"{PREFIX}.dayBookings")
        self.day_bookings.setProperty("role", "muted")
        self.day_bookings.setWordWrap(True)
        form.addRow("", self.day_bookings)

        self.room.currentIndexChanged.connect(self._room_changed)
        self.date.dateChanged.connect(self._date_changed)
        self._where_form = form
        return box

    def _build_what(self) -> QGroupBox:
        box = QGroupBox(self.tr("What for"))
        form = QFormLayout(box)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. reading club, residents' meeting"))
        self.errors.add_row(
            form, "booking_purpose", self.purpose, f"{PREFIX}.purpose",
            self.tr("Purpose"), self.tr("Purpose of the booking"),
        )  # fmt: skip
        self.attendees = QSpinBox()
        self.attendees.setRange(1, 1)
        self.attendees.setMinimumWidth(90)
        name_widget(self.attendees, f"{PREFIX}.attendees", self.tr("Expected number of people"))
        self.attendees_limit = QLabel()
        self.attendees_limit.setObjectName(f"{PREFIX}.attendeesLimit")
        self.attendees_limit.setProperty("role", "muted")
        attendees_row = QWidget()
        attendees_layout = QHBoxLayout(attendees_row)
        attendees_layout.setContentsMargins(0, 0, 0, 0)
        attendees_layout.addWidget(self.attendees)
        attendees_layout.addWidget(self.attendees_limit)
        attendees_layout.addStretch(1)
        attendees_box, attendees_error = with_error_label(
            attendees_row, f"{PREFIX}.attendees.error"
        )
        self.errors.add("booking_attendees", self.attendees, attendees_error)
        form.addRow(self.tr("Expected people"), attendees_box)
        self.note = QLineEdit()
        self.errors.add_row(
            form, "booking_note", self.note, f"{PREFIX}.note", self.tr("Note"), self.tr("Note")
        )
        return box

    def _watch_for_edits(self) -> None:
        """Any change after a date check makes that check stale: it is cleared."""
        stale = self._invalidate_preview
        self.room.currentIndexChanged.connect(stale)
        self.date.dateChanged.connect(stale)
        self.start.minuteChanged.connect(stale)
        self.end.minuteChanged.connect(stale)
        self.seat_group.buttonToggled.connect(stale)
        self.seat.valueChanged.connect(stale)
        self.who.connect_edits(stale)
        for edit in (self.purpose, self.note):
            edit.textChanged.connect(stale)
        self.attendees.valueChanged.connect(stale)
        self.repeat.connect_edits(stale)

    # -- the room and the day ------------------------------------------------------------
    def selected_room(self) -> RoomInfo | None:
        room_id = self.room.currentData()
        return next((r for r in self._rooms if r.id == room_id), None)

    def select_room(self, room_id: int) -> None:
        index = self.room.findData(room_id)
        if index >= 0:
            self.room.setCurrentIndex(index)

    def day(self) -> date:
        return from_qdate(self.date.date())

    def _room_changed(self, _index: int = 0) -> None:
        info = self.selected_room()
        by_seat = bool(info and info.by_seat)
        self._where_form.setRowVisible(self.seat_box, by_seat)
        if info is not None and by_seat:
            self.seat.setRange(1, info.spec.seats)
            self.attendees.setRange(1, 1)
            self.attendees.setValue(1)
            self.attendees_limit.setText(self.tr("one seat per person"))
            self.purpose.setPlaceholderText(
                self.tr("Optional for a seat; left empty it is “{purpose}”").format(
                    purpose=SEAT_PURPOSE
                )
            )
        elif info is not None:
            self.attendees.setRange(1, info.spec.capacity)
            self.attendees_limit.setText(self.tr("at most {cap}").format(cap=info.spec.capacity))
        if not by_seat:
            self.purpose.setPlaceholderText(self.tr("e.g. reading club, residents' meeting"))
        self.attendees.setEnabled(not by_seat)
        self._show_room_day()

    def _date_changed(self, _value: object = None) -> None:
        self.repeat.first_day_changed(self.day())
        self._show_room_day()

    def _show_room_day(self) -> None:
        info = self.selected_room()
        if info is None:
            self.room_info.clear()
            self.day_bookings.clear()
            return
        about, booked = self._day_notes.describe(info, self.day())
        self.room_info.setText(about)
        self.day_bookings.setText(booked)

    # -- the form ------------------------------------------------------------------------
    def form(self) -> BookingForm:
        day = self.day()
        midnight = datetime.combine(day, time())
        info = self.selected_room()
        seat = self.seat.value() if info and info.by_seat and self.pick_seat.isChecked() else None
        return BookingForm(
            room_id=self.room.currentData(),
            starts_at=midnight + timedelta(minutes=self.start.minute()),
            ends_at=midnight + timedelta(minutes=self.end.minute()),
            booker_kind=self.who.booker_kind().value,
            resident_id=self.who.resident_id(),
            organisation=self.who.organisation_text(),
            purpose=self.purpose.text(),
            attendees=self.attendees.value(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            channel=self.who.channel().value,
            seat=seat,
            note=self.note.text(),
        )

    # -- the repeat ----------------------------------------------------------------------
    def _invalidate_preview(self, *_args: object) -> None:
        if self._preview is None:
            return
        self._preview = None
        self.repeat.clear_preview()
        self._update_save_button()

    def _update_save_button(self) -> None:
        preview = self._preview or []
        free = sum(1 for d in preview if d.free)
        if free < len(preview):
            self.save_button.setText(self.tr("Book the {n} free dates").format(n=free))
            self.save_button.setEnabled(free > 0)
        else:
            self.save_button.setText(self.tr("Save"))
            self.save_button.setEnabled(True)

    def check_dates(self) -> list[SeriesDate] | None:
        """Check every date of the repeat and show the result; None if the form is refused."""
        self.errors.clear()
        form = self.form()
        rule = submit_form(self.errors, lambda: self.repeat.rule(self.day()))
        if rule is None:
            return None
        dates = submit_form(
            self.errors,
            lambda: self._services.bookings.preview_series(self._session, form, rule),
        )
        if dates is None:
            return None
        self.repeat.show_preview(dates)
        self._scroll.ensureWidgetVisible(self.repeat.table)
        self._preview = dates
        self._update_save_button()
        return dates

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        self.errors.clear()
        if self.repeat.isChecked():
            self._save_series()
        else:
            form = self.form()
            info = submit_form(
                self.errors, lambda: self._services.bookings.book(self._session, form)
            )
            if info is not None:
                self._done([info], [])
            elif self.general_error.text():
                self._reload_day()  # another desk took the slot: show what is booked now

    def _save_series(self) -> None:
        preview = self._preview
        if preview is None:
            preview = self.check_dates()
            if preview is None or any(not d.free for d in preview):
                return  # refused, or the desk first sees which dates cannot be booked
        skip = any(not d.free for d in preview)
        form = self.form()
        rule = submit_form(self.errors, lambda: self.repeat.rule(self.day()))
        if rule is None:
            return
        result = submit_form(
            self.errors,
            lambda: self._services.bookings.book_series(
                self._session, form, rule, skip_conflicts=skip
            ),
        )
        if result is None:
            if self.general_error.text():
                # Another desk took a date meanwhile: show the dates as they are now.
                message = self.general_error.text()
                self._reload_day()
                if self.check_dates() is not None:
                    self.errors.show_text(message)
            return
        self._done(result.booked, result.skipped)

    def _reload_day(self) -> None:
        self._day_notes.forget()
        self._show_room_day()

    def _done(self, booked: list[BookingInfo], skipped: list[SeriesDate]) -> None:
        self.booked = booked
        self.skipped = skipped
        self._events.changed.emit("booking")
        self.accept()
