"""The sessions of an activity as the desk plans them: a first date and its times, the room
(booked through the booking desk) or a place outside the rooms, and a weekly repeat until a
date for a course. "Check dates" lists every date with what stops its room being booked, in
red, as the booking desk does; the desk may then leave those dates out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activity_rules import FIELD_SESSION_PLACE, FIELD_SESSION_TIME
from hall_desk.domain.bookings import RepeatFrequency, RepeatRule, clean_repeat
from hall_desk.domain.rooms import WEEKDAY_NAMES
from hall_desk.services.activities.activity_records import SessionCheck, SessionPlan
from hall_desk.services.bookings.rooms import RoomInfo
from hall_desk.ui.activities.activity_models import day_text, span_text
from hall_desk.ui.kit.common import (
    FieldErrors,
    from_qdate,
    name_widget,
    restyle,
    to_qdate,
    translate_message,
    with_error_label,
)
from hall_desk.ui.kit.quarter_time import QuarterHourBox, span_row

PROBLEM_COLOUR = QColor("#c62828")
PROBLEM_BACKGROUND = QColor("#ffebee")
DEFAULT_START = 9 * 60
DEFAULT_END = 10 * 60 + 30
DEFAULT_COURSE_WEEKS = 6
#: The room chooser's entry for a session held outside the rooms.
ELSEWHERE = None


def at_minute(day: date, minute: int) -> datetime:
    """The moment ``minute`` minutes after midnight of ``day`` (1440: the next midnight)."""
    return datetime.combine(day, time()) + timedelta(minutes=minute)


class SessionPlanPanel(QGroupBox):
    """Date, times, room or place and repeat of the sessions to add, with the date check.

    Its fields report to ``errors`` under the service's field names.
    """

    def __init__(
        self,
        rooms: list[RoomInfo],
        first: date,
        errors: FieldErrors,
        parent: QWidget | None = None,
        *,
        prefix: str,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sessions"))
        name_widget(self, f"{prefix}.sessions", self.tr("Sessions of the activity"))
        self._prefix = prefix
        self._checks: list[SessionCheck] | None = None
        form = QFormLayout()

        self.day = QDateEdit(to_qdate(first))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        name_widget(self.day, f"{prefix}.day", self.tr("Date of the first session"))
        self.start = QuarterHourBox.for_start()
        name_widget(self.start, f"{prefix}.start", self.tr("Starts at"))
        self.start.set_minute(DEFAULT_START)
        self.end = QuarterHourBox.for_end()
        name_widget(self.end, f"{prefix}.end", self.tr("Ends at"))
        self.end.set_minute(DEFAULT_END)
        when = span_row(self.start, self.end, before=self.day)
        when_box, when_error = with_error_label(when, f"{prefix}.when.error")
        errors.add(FIELD_SESSION_TIME, self.start, when_error)
        form.addRow(self.tr("First session"), when_box)

        self.room = QComboBox()
        for info in rooms:
            if info.active and not info.by_seat:
                text = self.tr("{room} (holds {people})").format(
                    room=info.name, people=info.spec.capacity
                )
                self.room.addItem(text, info.id)
        self.room.addItem(self.tr("Elsewhere, not in a room"), ELSEWHERE)
        name_widget(self.room, f"{prefix}.room", self.tr("Room"))
        form.addRow(self.tr("Room"), self.room)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Where, when not in one of the rooms"))
        errors.add_row(
            form, FIELD_SESSION_PLACE, self.place, f"{prefix}.place", self.tr("Place"),
            self.tr("Place"),
        )  # fmt: skip
        self.room.currentIndexChanged.connect(self._room_changed)

        self.repeat = QGroupBox(self.tr("Repeat weekly (a course)"))
        name_widget(self.repeat, f"{prefix}.repeat", self.tr("Repeat the session every week"))
        self.repeat.setCheckable(True)
        self.repeat.setChecked(False)
        repeat_form = QFormLayout(self.repeat)
        days_row = QHBoxLayout()
        self.weekday_boxes: list[QCheckBox] = []
        for index, name in enumerate(WEEKDAY_NAMES):
            box = QCheckBox(self._short_day(index))
            name_widget(box, f"{prefix}.weekday{index}", translate_message(name))
            box.setChecked(index == first.weekday())
            self.weekday_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        repeat_form.addRow(self.tr("On"), days_row)
        self.until = QDateEdit(to_qdate(first + timedelta(weeks=DEFAULT_COURSE_WEEKS, days=-1)))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        name_widget(self.until, f"{prefix}.until", self.tr("Last day of the course"))
        repeat_form.addRow(self.tr("Until"), self.until)
        self.repeat_error = QLabel()
        self.repeat_error.setObjectName(f"{prefix}.repeat.error")
        repeat_form.addRow(self.repeat_error)
        errors.add("booking_repeat", self.repeat, self.repeat_error)

        self.check_button = QPushButton(self.tr("Check dates"))
        name_widget(
            self.check_button, f"{prefix}.checkDates", self.tr("Check every date and its room")
        )
        self.check_button.setAutoDefault(False)
        self.summary = QLabel()
        self.summary.setObjectName(f"{prefix}.datesSummary")
        self.summary.setWordWrap(True)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.summary, 1)

        self.table = QTableWidget(0, 3)
        name_widget(self.table, f"{prefix}.dates", self.tr("Dates of the sessions"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Time"), self.tr("Room")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.hide()
        self.skip = QCheckBox(self.tr("Leave out the dates that cannot be booked"))
        name_widget(
            self.skip, f"{prefix}.skip", self.tr("Leave out the dates that cannot be booked")
        )
        self.skip.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.repeat)
        layout.addLayout(check_row)
        layout.addWidget(self.table)
        layout.addWidget(self.skip)
        self._room_changed()
        self.day.dateChanged.connect(self._day_changed)
        self._until_touched = False
        self.until.editingFinished.connect(self._until_edited)
        self.connect_edits(self.clear_checks)

    def _short_day(self, index: int) -> str:
        names = (
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
            self.tr("Sat"), self.tr("Sun"),
        )  # fmt: skip
        return names[index]

    # -- what was chosen -----------------------------------------------------------------
    def first_day(self) -> date:
        return from_qdate(self.day.date())

    def rule(self) -> RepeatRule | None:
        """The weekly repeat, or None; ``ValidationError`` (``booking_repeat``) if it is not one."""
        if not self.repeat.isChecked():
            return None
        weekdays = [i for i, box in enumerate(self.weekday_boxes) if box.isChecked()]
        until = from_qdate(self.until.date())
        return clean_repeat(RepeatFrequency.WEEKLY.value, weekdays, until, None, self.first_day())

    def plan(self) -> SessionPlan:
        """The sessions as chosen; raises the repeat's ``ValidationError``."""
        day = self.first_day()
        room_id = self.room.currentData()
        return SessionPlan(
            starts_at=at_minute(day, self.start.minute()),
            ends_at=at_minute(day, self.end.minute()),
            room_id=room_id,
            place=self.place.text().strip() if room_id is ELSEWHERE else "",
            rule=self.rule(),
        )

    def skip_conflicts(self) -> bool:
        return self.skip.isVisible() and self.skip.isChecked()

    def connect_edits(self, slot: Callable[..., object]) -> None:
        """Calls ``slot`` on any change to the plan (it makes a date check stale)."""
        self.day.dateChanged.connect(slot)
        self.start.currentIndexChanged.connect(slot)
        self.end.currentIndexChanged.connect(slot)
        self.room.currentIndexChanged.connect(slot)
        self.place.textChanged.connect(slot)
        self.repeat.toggled.connect(slot)
        for box in self.weekday_boxes:
            box.toggled.connect(slot)
        self.until.dateChanged.connect(slot)

    def _room_changed(self, _index: int = 0) -> None:
        elsewhere = self.room.currentData() is ELSEWHERE
        self.place.setEnabled(elsewhere)
        if not elsewhere:
            self.place.clear()

    def _day_changed(self) -> None:
        """A last day nobody chose follows the first one."""
        first = self.first_day()
        if not self._until_touched:
            self.until.setDate(to_qdate(first + timedelta(weeks=DEFAULT_COURSE_WEEKS, days=-1)))
        if not any(box.isChecked() for box in self.weekday_boxes) or not self.repeat.isChecked():
            for index, box in enumerate(self.weekday_boxes):
                box.setChecked(index == first.weekday())

    def _until_edited(self) -> None:
        self._until_touched = True

    # -- the check -----------------------------------------------------------------------
    def show_checks(self, checks: list[SessionCheck]) -> None:
        """Every date of the plan, the ones whose room cannot be booked in red."""
        self._checks = checks
        bad = sum(1 for c in checks if not c.free)
        if bad:
            self.summary.setText(
                self.tr("{total} dates: {free} free, {bad} cannot be booked.").format(
                    total=len(checks), free=len(checks) - bad, bad=bad
                )
            )
            restyle(self.summary, "role", "error")
        else:
            self.summary.setText(self.tr("All {total} dates are free.").format(total=len(checks)))
            restyle(self.summary, "role", "ok")
        self.table.setRowCount(len(checks))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, check in enumerate(checks):
            result = (
                self.tr("Free")
                if check.problem is None
                else check.problem.render(translate_message)
            )
            cells = (day_text(check.starts_at), span_text(check.starts_at, check.ends_at), result)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if not check.free:
                    cell.setForeground(QBrush(PROBLEM_COLOUR))
                    cell.setBackground(QBrush(PROBLEM_BACKGROUND))
                    cell.setFont(bold)
                self.table.setItem(row, column, cell)
        self.table.show()
        self.table.resizeRowsToContents()
        self.skip.setVisible(bad > 0)
        if bad == len(checks):
            self.skip.setChecked(False)
            self.skip.setEnabled(False)
        else:
            self.skip.setEnabled(True)

    def checks(self) -> list[SessionCheck] | None:
        """The last check, while nothing has changed since."""
        return self._checks

    def clear_checks(self, *_args: object) -> None:
        self._checks = None
        self.table.setRowCount(0)
        self.table.hide()
        self.summary.clear()
        self.skip.setChecked(False)
        self.skip.hide()
