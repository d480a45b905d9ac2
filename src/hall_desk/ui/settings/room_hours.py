"""The weekly opening hours of the room dialog: a line a weekday, ticked when open, from and to
on the quarter hour; or the 24-hour self-service zone, open always.

The texts belong to the room dialog, so they keep its translation context.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.rooms import DayHours, format_minute
from hall_desk.ui.kit.common import FieldErrors, name_widget, restyle
from hall_desk.ui.kit.quarter_time import QuarterHourBox

#: What a day just ticked open offers: office hours.
_DEFAULT_SPAN = (510, 1050)


class DayHoursRow:
    """One weekday of the opening hours: ticked when open, then from and to."""

    def __init__(self, weekday: int, grid: QGridLayout) -> None:
        self.weekday = weekday
        day_name = QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)
        self.open = QCheckBox(day_name)
        name_widget(
            self.open,
            f"roomDialog.open{weekday}",
            QCoreApplication.translate("RoomDialog", "Open on {day}").format(day=day_name),
        )
        self.start = QuarterHourBox.for_start()
        name_widget(
            self.start,
            f"roomDialog.from{weekday}",
            QCoreApplication.translate("RoomDialog", "Opens on {day} at").format(day=day_name),
        )
        self.end = QuarterHourBox.for_end()
        name_widget(
            self.end,
            f"roomDialog.to{weekday}",
            QCoreApplication.translate("RoomDialog", "Closes on {day} at").format(day=day_name),
        )
        self.dash = QLabel("–")
        self.closed = QLabel(QCoreApplication.translate("RoomDialog", "closed"))
        self.closed.setProperty("role", "muted")
        self.open.toggled.connect(self._show_open)
        row = weekday + 1  # row 0 holds the column titles
        grid.addWidget(self.open, row, 0)
        grid.addWidget(self.start, row, 1)
        grid.addWidget(self.dash, row, 2)
        grid.addWidget(self.end, row, 3)
        grid.addWidget(self.closed, row, 4)
        self.set_hours(None)

    def set_hours(self, hours: DayHours) -> None:
        span = hours or _DEFAULT_SPAN
        self.start.set_minute(span[0])
        self.end.set_minute(span[1])
        self.open.setChecked(hours is not None)
        self._show_open(hours is not None)

    def copy_from(self, other: DayHoursRow) -> None:
        self.start.set_minute(other.start.minute())
        self.end.set_minute(other.end.minute())
        self.open.setChecked(other.open.isChecked())

    def text(self) -> str:
        """``"08:30-17:30"``, or ``""`` when closed, as the room service takes it."""
        if not self.open.isChecked():
            return ""
        return f"{format_minute(self.start.minute())}-{format_minute(self.end.minute())}"

    def is_bad(self) -> bool:
        return self.open.isChecked() and self.end.minute() <= self.start.minute()

    def mark(self, bad: bool) -> None:
        restyle(self.start, "invalid", bad)
        restyle(self.end, "invalid", bad)

    def _show_open(self, is_open: bool) -> None:
        self.start.setEnabled(is_open)
        self.end.setEnabled(is_open)
        self.closed.setVisible(not is_open)


class OpeningHoursGroup(QGroupBox):
    """The week's hours, or the 24-hour zone; its mistakes are shown as field ``room_hours``
    of ``errors``."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RoomDialog", "Opening hours"), parent)
        self.setObjectName("roomDialog.hoursGroup")
        self.zone_24h = QCheckBox(
            QCoreApplication.translate("RoomDialog", "24-hour self-service zone (always open)")
        )
        name_widget(
            self.zone_24h,
            "roomDialog.zone24h",
            QCoreApplication.translate("RoomDialog", "24-hour self-service zone"),
        )
        self.zone_24h.setToolTip(
            QCoreApplication.translate(
                "RoomDialog", "Open every hour of every day, public holidays included."
            )
        )
        self.zone_24h.toggled.connect(self._zone_changed)

        # A frame, so the red outline of bad hours is drawn around the whole week.
        self.hours_frame = QFrame()
        self.hours_frame.setObjectName("roomDialog.hours")
        grid = QGridLayout(self.hours_frame)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(8)
        for column, title in (
            (0, QCoreApplication.translate("RoomDialog", "Open on")),
            (1, QCoreApplication.translate("RoomDialog", "From")),
            (3, QCoreApplication.translate("RoomDialog", "To")),
        ):
            heading = QLabel(title)
            heading.setProperty("role", "hint")
            grid.addWidget(heading, 0, column)
        grid.setColumnStretch(4, 1)
        self.days = [DayHoursRow(weekday, grid) for weekday in range(7)]

        self.copy_monday = QPushButton(
            QCoreApplication.translate("RoomDialog", "Copy Monday to Tuesday–Friday")
        )
        name_widget(
            self.copy_monday,
            "roomDialog.copyMonday",
            QCoreApplication.translate("RoomDialog", "Copy Monday's hours to Tuesday to Friday"),
        )
        self.copy_monday.clicked.connect(self.copy_monday_to_weekdays)
        self._error = QLabel()
        self._error.setObjectName("roomDialog.hours.error")
        errors.add("room_hours", self.hours_frame, self._error)
        self.holiday_note = QLabel(
            QCoreApplication.translate(
                "RoomDialog", "Public holidays of the holiday calendar close the room all day."
            )
        )
        self.holiday_note.setProperty("role", "hint")
        self.holiday_note.setWordWrap(True)

        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_monday)
        copy_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.zone_24h)
        layout.addWidget(self.hours_frame)
        layout.addLayout(copy_row)
        layout.addWidget(self._error)
        layout.addWidget(self.holiday_note)
        layout.addStretch(1)
        self._zone_changed(self.zone_24h.isChecked())

    def set_week(self, hours: Sequence[DayHours], zone_24h: bool) -> None:
        for day in self.days:
            day.set_hours(hours[day.weekday])
        self.zone_24h.setChecked(zone_24h)

    def is_zone_24h(self) -> bool:
        return self.zone_24h.isChecked()

    def texts(self) -> tuple[str, ...]:
        """Each weekday as the room service takes it. The 24-hour zone ignores the weekday
        hours; the sound ones are kept for the day it stops being one, and a half-finished
        one there cannot stop the save."""
        zone = self.is_zone_24h()
        return tuple("" if zone and day.is_bad() else day.text() for day in self.days)

    def name_every_problem(self, texts: Sequence[str]) -> None:
        """Every bad weekday is named, where the form alone keeps one message a field."""
        if len(texts) > 1:
            self._error.setText("\n".join(texts))

    def mark_bad_days(self, shown: bool) -> None:
        """Outlines the times that close before they open, or (``shown`` False) no longer."""
        for day in self.days:
            day.mark(shown and day.is_bad())

    def copy_monday_to_weekdays(self) -> None:
        monday = self.days[0]
        for day in self.days[1:5]:
            day.copy_from(monday)

    def _zone_changed(self, zone: bool) -> None:
        self.hours_frame.setEnabled(not zone)
        self.copy_monday.setEnabled(not zone)
        # The 24-hour zone stays open on public holidays too.
        self.holiday_note.setVisible(not zone)
