"""Room bookings (功能室预约): the day of every room, one room's week, the study room's seats.

A free time picked on the grid opens the booking form; a booking picked opens its details. A
timer on this page releases bookings nobody checked in for (no-shows), so the desk needs no
outside scheduler. A booking number typed or scanned into the search box opens that booking.

The widgets are built in ``bookings_page_ui``, the grid's rows in ``booking_rows`` and the
no-show timer in ``booking_no_shows``; this module ties them together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from hall_desk.domain.activities import NumberSeries, parse_activity_number
from hall_desk.domain.bookings import (
    BookingStatus,
    minute_of,
    parse_booking_number,
)
from hall_desk.domain.demands import parse_demand_number
from hall_desk.domain.errors import DomainError
from hall_desk.printing.slips import SlipLayout
from hall_desk.services import Services
from hall_desk.services.bookings.booking_records import BookingInfo, RoomDay
from hall_desk.services.bookings.rooms import RoomInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.bookings import booking_form
from hall_desk.ui.bookings.booking_details import BookingDetailsDialog, PendingBookingsDialog
from hall_desk.ui.bookings.booking_no_shows import NoShowReleaser
from hall_desk.ui.bookings.booking_rows import (
    DAY_FIRST,
    DAY_LAST,
    GridRows,
    RowTarget,
    SeatsKey,
    day_rows,
    occupancy,
    seat_rows,
    visible_hours,
    week_rows,
)
from hall_desk.ui.bookings.bookings_page_ui import BookingsPageUi
from hall_desk.ui.kit.common import from_qdate, message_text, to_qdate
from hall_desk.ui.kit.events import DataEvents

__all__ = ["BookingsPage", "RowTarget", "SeatsKey", "occupancy"]

REFRESH_MS = 60_000
#: How far ahead the pending-approval list looks.
PENDING_WEEKS = 8
#: Reloads after these notices (a room or closure edited in the settings, holidays entered).
_RELOAD_ON = ("booking", "room", "rooms", "closure", "calendar", "site")


class BookingsPage(BookingsPageUi):
    demandNumber = Signal(str)  # Enter on a demand number in the search box
    signupNumber = Signal(str)  # ... on a sign-up slip's (or an activity's) number

    def __init__(
        self,
        services: Services,
        session: StaffSession,
        events: DataEvents,
        *,
        slip_layout: Callable[[], SlipLayout],
        parent: QWidget | None = None,
    ) -> None:
        today = services.clock.now().date()
        super().__init__(today, show_pending=session.is_admin, parent=parent)
        self._services = services
        self._session = session
        self._events = events
        self._slip_layout = slip_layout
        self._rooms: list[RoomInfo] = []
        self._week = False
        self._targets: list[RowTarget] = []
        self._shown_rows: tuple[list[str], list[str]] | None = None
        self._shown_hours: tuple[int, int] | None = None
        self._view_key: object = None

        self.previous_button.clicked.connect(lambda _=False: self.step(-1))
        self.today_button.clicked.connect(self.go_today)
        self.next_button.clicked.connect(lambda _=False: self.step(1))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.day_button.clicked.connect(lambda _=False: self.show_day_view())
        self.week_button.clicked.connect(lambda _=False: self.show_week_view())
        self.room_combo.activated.connect(lambda _i: self.show_week_view())
        self.search.returnPressed.connect(self._search_entered)
        self.pending_button.clicked.connect(self.show_pending)
        self.grid.slotPicked.connect(self.new_booking)
        self.grid.blockActivated.connect(self._block_activated)

        for keys, slot in (
            ("Ctrl+F", self.focus_search),
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
            ("Ctrl+T", self.go_today),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("bookings_refresh_timer")
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start(REFRESH_MS)
        self._no_shows = NoShowReleaser(services, session, events, parent=self)
        self._no_shows.said.connect(lambda text, error: self._say(text, error=error))
        self._no_shows.recovered.connect(self._take_down)
        self.no_show_timer = self._no_shows.timer
        self._no_shows.start()
        events.changed.connect(self._on_changed)
        self._fill_rooms()
        self.release_no_shows_now()  # bookings missed while the program was closed
        self.refresh()

    # -- page life ---------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()
        self.grid.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_changed(self, what: str) -> None:
        if what in _RELOAD_ON:
            if what != "booking":
                self._fill_rooms()
            self.refresh()

    def _fill_rooms(self) -> None:
        try:
            self._rooms = self._services.rooms.rooms(self._session)
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            return
        self._set_rooms(self._rooms)

    def _room(self, room_id: object) -> RoomInfo | None:
        return next((r for r in self._rooms if r.id == room_id), None)

    # -- what is shown -----------------------------------------------------------------
    @property
    def day(self) -> date:
        return from_qdate(self.date_edit.date())

    def is_week_view(self) -> bool:
        return self._week

    def row_labels(self) -> list[str]:
        return list(self._shown_rows[0]) if self._shown_rows else []

    def row_targets(self) -> list[RowTarget]:
        """What each grid row books, top to bottom."""
        return list(self._targets)

    def show_day_view(self) -> None:
        self._week = False
        self.day_button.setChecked(True)
        self.refresh()

    def show_week_view(self, room_id: int | None = None) -> None:
        if room_id is not None:
            index = self.room_combo.findData(room_id)
            if index >= 0:
                self.room_combo.setCurrentIndex(index)
        self._week = True
        self.week_button.setChecked(True)
        self.refresh()

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(to_qdate(day))

    def _whole_weeks(self) -> bool:
        """The week view of a room booked whole steps a week at a time."""
        room = self._room(self.room_combo.currentData())
        return self._week and room is not None and not room.by_seat

    def step(self, direction: int) -> None:
        days = 7 if self._whole_weeks() else 1
        self.set_day(self.day + timedelta(days=direction * days))

    def go_today(self) -> None:
        self.set_day(self._services.clock.now().date())

    def _date_changed(self, _value: QDate) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the plan shown again; the cursor returns to a sensible place on a new view."""
        day = self.day
        try:
            if not self._week:
                self._show_day(self._services.booking_plans.day_plan(self._session, day))
            else:
                room = self._room(self.room_combo.currentData())
                if room is None:
                    self._show_nothing()
                elif room.by_seat:
                    plans = self._services.booking_plans.week_plan(self._session, room.id, day)
                    self._show_seats(plans[0])
                else:
                    monday = day - timedelta(days=day.weekday())
                    self._show_week(
                        self._services.booking_plans.week_plan(self._session, room.id, monday)
                    )
        except DomainError as exc:
            self._say(message_text(exc), error=True)
        self._name_steps(self._whole_weeks())
        self._update_pending()

    def _now_minute(self, day: date) -> int | None:
        now = self._services.clock.now()
        return minute_of(now, day) if now.date() == day else None

    def _show_nothing(self) -> None:
        rows = GridRows(heading=self.tr("No room to show"))
        self._apply(rows, (DAY_FIRST, DAY_LAST), None, key=None)

    def _show_day(self, plans: list[RoomDay]) -> None:
        day = self.day
        now = self._now_minute(day)
        self._apply(day_rows(plans, day), visible_hours(plans), now, key=("day", day))

    def _show_week(self, plans: list[RoomDay]) -> None:
        rows = week_rows(plans, self._services.clock.now().date())
        key = ("week", plans[0].room.id, plans[0].day)
        # No line for the time now: one line across seven different days would mislead.
        self._apply(rows, visible_hours(plans), None, key=key)

    def _show_seats(self, plan: RoomDay) -> None:
        now = self._now_minute(plan.day)
        key = ("seats", plan.room.id, plan.day)
        self._apply(seat_rows(plan, now), visible_hours([plan]), now, key=key)

    def _apply(
        self, rows: GridRows, hours: tuple[int, int], now: int | None, *, key: object
    ) -> None:
        self.heading.setText(rows.heading)
        self._targets = rows.targets
        labels, sublabels = rows.labels, rows.sublabels
        # Rows and hours are only reset when they change, so a refresh every minute does not
        # scroll the grid under the person's hands.
        if self._shown_rows != (labels, sublabels):
            self.grid.set_rows(labels, sublabels)
            self._shown_rows = (labels, sublabels)
        if self._shown_hours != hours:
            self.grid.set_hours(*hours)
            self._shown_hours = hours
        self.grid.clear_unavailable()
        for row, spans, reason in rows.shaded:
            self.grid.set_unavailable(row, spans, reason)
        self.grid.set_blocks(rows.blocks)
        self.grid.set_now(now)
        if key != self._view_key:
            self._view_key = key
            start = now if now is not None else 9 * 60
            self.grid.set_cursor(0, max(hours[0], min(start, hours[1] - 1)))

    # -- picking -----------------------------------------------------------------------
    def _block_activated(self, key: object) -> None:
        if isinstance(key, SeatsKey):
            self.show_week_view(key.room_id)
            self.grid.set_cursor(0, key.start)
        elif isinstance(key, int):
            self.open_details(key)

    def booking_form(self, row: int, start: int, end: int) -> QDialog:
        target = self._targets[row]
        midnight = datetime.combine(target.day, time())
        dialog = booking_form.BookingFormDialog(
            self._services,
            self._session,
            self._events,
            room_id=target.room_id,
            starts_at=midnight + timedelta(minutes=start),
            ends_at=midnight + timedelta(minutes=end),
            parent=self,
        )
        if target.seat:
            pick, seat = getattr(dialog, "pick_seat", None), getattr(dialog, "seat", None)
            if pick is not None and seat is not None:
                pick.setChecked(True)
                seat.setValue(target.seat)
        return dialog

    def new_booking(self, row: int, start: int, end: int) -> None:
        if not 0 <= row < len(self._targets):
            return
        try:
            dialog = self.booking_form(row, start, end)
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            booked: list[BookingInfo] = list(getattr(dialog, "booked", []))
            if booked:
                self._say(booking_form.booked_text(booked))
        self.refresh()

    def details_dialog(self, booking_id: int) -> BookingDetailsDialog:
        return BookingDetailsDialog(
            self._services,
            self._session,
            self._events,
            booking_id,
            slip_layout=self._slip_layout,
            parent=self,
        )

    def open_details(self, booking_id: int) -> None:
        self.details_dialog(booking_id).exec()
        self.refresh()

    def _search_entered(self) -> None:
        text = self.search.text().strip()
        demand = parse_demand_number(text)
        if demand is not None:  # a demand receipt's QR scanned here: its own page opens it
            self.search.clear()
            self.demandNumber.emit(demand)
            return
        activity = parse_activity_number(text)
        if activity is not None and activity[0] is not NumberSeries.CERTIFICATE:
            self.search.clear()
            self.signupNumber.emit(activity[1])
            return
        if text and self.open_number(text):
            self.search.clear()

    def open_number(self, text: str) -> bool:
        """Open the booking with this number (typed or scanned); say so if there is none."""
        number = parse_booking_number(text)
        if number is None:
            self._say(
                self.tr(
                    "“{text}” is not a booking number; they look like CN01-B2026-00017."
                ).format(text=text[:40]),
                error=True,
            )
            return False
        try:
            booking = self._services.booking_plans.find_by_number(self._session, number)
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            return False
        if booking is None:
            self._say(
                self.tr("There is no booking numbered {number}.").format(number=number),
                error=True,
            )
            return False
        self._say("")
        self.set_day(booking.starts_at.date())
        self.open_details(booking.id)
        return True

    # -- approval ----------------------------------------------------------------------
    def pending_bookings(self) -> list[BookingInfo]:
        """Bookings awaiting approval from today on, soonest first (rooms that need it)."""
        now = self._services.clock.now()
        monday = now.date() - timedelta(days=now.weekday())
        found: dict[int, BookingInfo] = {}
        plans = self._services.booking_plans
        for room in self._rooms:
            if not room.spec.needs_approval:
                continue
            for week in range(PENDING_WEEKS):
                for plan in plans.week_plan(self._session, room.id, monday + timedelta(weeks=week)):
                    for booking in plan.bookings:
                        if booking.status is BookingStatus.PENDING and booking.ends_at > now:
                            found[booking.id] = booking
        return sorted(found.values(), key=lambda b: (b.starts_at, b.room_name))

    def _update_pending(self) -> None:
        if not self._session.is_admin:
            return
        try:
            count = len(self.pending_bookings())
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            return
        self.pending_button.setText(self.tr("Pending approval ({n})").format(n=count))

    def pending_dialog(self) -> PendingBookingsDialog:
        return PendingBookingsDialog(
            self._services,
            self._session,
            self._events,
            load=self.pending_bookings,
            open_details=self.open_details,
            parent=self,
        )

    def show_pending(self) -> None:
        self.pending_dialog().exec()
        self.refresh()

    # -- no-shows ----------------------------------------------------------------------
    def release_no_shows_now(self) -> list[str]:
        """Release bookings nobody checked in for within the grace period; their numbers.

        Runs every minute from ``no_show_timer`` and once when the page is made. A failure
        (the database busy, say) is shown on the status line and the timer keeps going.
        """
        return self._no_shows.release_now()

    def _take_down(self, warning: str) -> None:
        if self.status.text() == warning:
            self._say("")  # it works again: the old warning would only mislead
