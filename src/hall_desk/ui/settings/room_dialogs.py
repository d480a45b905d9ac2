"""Administrators' dialogs for the function rooms: add or change a room, close rooms for days."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from hall_desk.domain.errors import DomainError, ValidationError
from hall_desk.domain.rooms import (
    MAX_CAPACITY,
    MAX_CLOSURE_REASON,
    MAX_ROOM_CODE,
    MAX_ROOM_NAME,
    MAX_SEATS,
    ROOM_KIND_LABELS,
    Closure,
    DayHours,
    RoomKind,
)
from hall_desk.services.bookings.rooms import RoomForm, RoomInfo, RoomService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import (
    from_qdate,
    message_text,
    name_widget,
    to_qdate,
    translate_message,
)
from hall_desk.ui.kit.form_dialog import FormDialog
from hall_desk.ui.settings.room_hours import OpeningHoursGroup

#: What a new room is open: Monday to Friday, office hours.
NEW_ROOM_HOURS: tuple[DayHours, ...] = ((510, 1050),) * 5 + (None, None)

_GROW = QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow


class RoomDialog(FormDialog):
    """Add a room, or change one (``room`` given). Every bad field is marked at once."""

    def __init__(
        self,
        rooms: RoomService,
        session: StaffSession,
        room: RoomInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("roomDialog", parent, growth=_GROW)
        self._rooms = rooms
        self._session = session
        self.room = room
        if room is None:
            self.setWindowTitle(self.tr("Add a room"))
        else:
            self.setWindowTitle(
                self.tr("Change {code} {name}").format(code=room.spec.code, name=room.name)
            )

        self.code = QLineEdit()
        self.code.setMaxLength(MAX_ROOM_CODE)
        self.code.setPlaceholderText(self.tr("e.g. HY02"))
        self.add_field("room_code", self.code, "code", self.tr("&Code"), self.tr("Room code"))

        self.name = QLineEdit()
        self.name.setMaxLength(MAX_ROOM_NAME)
        self.name.setPlaceholderText(self.tr("as residents know it, e.g. 第二会议室"))
        self.add_field("room_name", self.name, "name", self.tr("&Name"), self.tr("Room name"))

        self.kind = QComboBox()
        for kind in RoomKind:
            self.kind.addItem(translate_message(ROOM_KIND_LABELS[kind]), kind.value)
        self.add_field("room_kind", self.kind, "kind", self.tr("&Kind"), self.tr("Kind of room"))

        self.capacity = QSpinBox()
        self.capacity.setRange(1, MAX_CAPACITY)
        self.capacity.setValue(20)
        self.capacity.setSuffix(self.tr(" people"))
        self.capacity.setMinimumWidth(140)
        self.add_short_field(
            "room_capacity",
            self.capacity,
            "capacity",
            self.tr("&Holds"),
            self.tr("How many people the room holds"),
        )

        self.seats = QSpinBox()
        self.seats.setRange(0, MAX_SEATS)
        self.seats.setSuffix(self.tr(" seats"))
        self.seats.setMinimumWidth(140)
        self.seats.setToolTip(self.tr("Only the study room is booked seat by seat."))
        self.add_short_field(
            "room_seats",
            self.seats,
            "seats",
            self.tr("&Seats"),
            self.tr("Bookable seats of the study room"),
        )

        self.needs_approval = QCheckBox(self.tr("Bookings need an administrator's approval"))
        name_widget(
            self.needs_approval,
            "roomDialog.needsApproval",
            self.tr("Bookings need an administrator's approval"),
        )
        self.form_layout.addRow("", self.needs_approval)

        self.rules = QPlainTextEdit()
        self.rules.setTabChangesFocus(True)
        self.rules.setPlaceholderText(
            self.tr("One rule per line; they are printed on the booking slip, e.g.\n保持安静")
        )
        line = self.rules.fontMetrics().lineSpacing()
        self.rules.setMinimumHeight(line * 6 + 12)
        self.add_field(
            "room_rules",
            self.rules,
            "rules",
            self.tr("&Rules"),
            self.tr("Rules of the room, one per line"),
        )

        columns = QHBoxLayout()
        columns.addLayout(self.form_layout, 1)
        self.hours = OpeningHoursGroup(self.errors)
        columns.addWidget(self.hours)
        self.finish(
            self.tr("Add") if room is None else self.tr("Save"),
            self.tr("Add the room") if room is None else self.tr("Save the room"),
            self.tr("Cancel"),
            body=columns,
        )

        self.kind.currentIndexChanged.connect(lambda _index: self._kind_changed())
        if room is not None:
            self._fill(room)
        else:
            self.kind.setCurrentIndex(max(0, self.kind.findData(RoomKind.MEETING.value)))
            self.hours.set_week(NEW_ROOM_HOURS, zone_24h=False)
        self._kind_changed()
        self.code.setFocus()

    def _fill(self, room: RoomInfo) -> None:
        spec = room.spec
        self.code.setText(spec.code)
        self.name.setText(spec.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(spec.kind.value)))
        self.capacity.setValue(spec.capacity)
        self.seats.setValue(spec.seats)
        self.hours.set_week(spec.hours, spec.zone_24h)
        self.needs_approval.setChecked(spec.needs_approval)
        self.rules.setPlainText("\n".join(spec.rules))

    # -- reacting to the form --------------------------------------------------------------
    def _is_study(self) -> bool:
        return bool(self.kind.currentData() == RoomKind.STUDY.value)

    def _kind_changed(self) -> None:
        study = self._is_study()
        if study and self.seats.value() == 0:
            self.seats.setValue(self.capacity.value())
        self.seats.setEnabled(study)

    # -- saving ----------------------------------------------------------------------------
    def form(self) -> RoomForm:
        return RoomForm(
            code=self.code.text(),
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            capacity=self.capacity.value(),
            seats=self.seats.value() if self._is_study() else 0,
            hours=self.hours.texts(),
            zone_24h=self.hours.is_zone_24h(),
            needs_approval=self.needs_approval.isChecked(),
            rules=self.rules.toPlainText(),
        )

    def save(self) -> RoomInfo:
        self.hours.mark_bad_days(False)
        if self.room is None:
            return self._rooms.add_room(self._session, self.form())
        return self._rooms.update_room(self._session, self.room.id, self.form())

    def refused(self, error: DomainError) -> None:
        """Every bad weekday is named (the form alone keeps one message a field) and the
        times that close before they open are outlined."""
        if not isinstance(error, ValidationError):
            return
        texts = [message_text(e) for e in error.errors if e.field == "room_hours"]
        self.hours.name_every_problem(texts)
        if len(texts) > 1 and self.isVisible():
            # Grow for the longer text, as the form does for its own.
            hint = self.sizeHint()
            self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))
        if texts:
            self.hours.mark_bad_days(True)


class ClosureDialog(FormDialog):
    """Close one room, or every room, from a first to a last day, and say why."""

    def __init__(
        self,
        rooms: RoomService,
        session: StaffSession,
        choices: list[RoomInfo],
        today: date,
        room_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("closureDialog", parent, growth=_GROW)
        self._rooms = rooms
        self._session = session
        self.setWindowTitle(self.tr("Close rooms"))
        self.setMinimumWidth(480)

        self.room = QComboBox()
        # 0 stands for every room: a combo's data cannot tell None from "no data".
        self.room.addItem(self.tr("All rooms"), 0)
        for info in choices:
            self.room.addItem(info.name, info.id)
        self.room.setCurrentIndex(max(0, self.room.findData(room_id or 0)))
        self.add_field(
            "closure_room", self.room, "room", self.tr("&Room"), self.tr("Room to close")
        )

        self.first, first_weekday = self._date_edit(today)
        self.last, last_weekday = self._date_edit(today)
        self.first.dateChanged.connect(self._first_changed)
        self.add_short_field(
            "closure_first", self.first, "first", self.tr("&First day"),
            self.tr("First closed day"), first_weekday,
        )  # fmt: skip
        self.add_short_field(
            "closure_last", self.last, "last", self.tr("&Last day"),
            self.tr("Last closed day"), last_weekday,
        )  # fmt: skip

        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_CLOSURE_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. 地板维修"))
        self.add_field(
            "closure_reason", self.reason, "reason", self.tr("R&eason"),
            self.tr("Why the rooms are closed"),
        )  # fmt: skip

        self.finish(
            self.tr("Add"),
            self.tr("Add the closure"),
            self.tr("Cancel"),
            hint=self.tr(
                "No new bookings can be made on closed days. Bookings already made on them "
                "stay; call the people who made them."
            ),
        )
        self.reason.setFocus()

    def _date_edit(self, today: date) -> tuple[QDateEdit, QLabel]:
        """A date with its weekday shown beside it (closures often start on a weekday)."""
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDateRange(to_qdate(today - timedelta(days=366)), QDate(2100, 12, 31))
        edit.setMinimumWidth(160)
        weekday = QLabel()
        weekday.setProperty("role", "hint")

        def show_weekday(day: QDate) -> None:
            weekday.setText(QLocale().dayName(day.dayOfWeek(), QLocale.FormatType.LongFormat))

        edit.dateChanged.connect(show_weekday)
        edit.setDate(to_qdate(today))
        show_weekday(edit.date())
        return edit, weekday

    def _first_changed(self, first: QDate) -> None:
        # A closure is most often one day: the last day follows the first one forward.
        if self.last.date() < first:
            self.last.setDate(first)

    def room_id(self) -> int | None:
        return int(self.room.currentData()) or None

    def save(self) -> Closure:
        return self._rooms.add_closure(
            self._session,
            self.room_id(),
            from_qdate(self.first.date()),
            from_qdate(self.last.date()),
            self.reason.text(),
        )
