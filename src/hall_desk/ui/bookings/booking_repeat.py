"""The repeat of a new booking: daily or weekly on chosen weekdays, ending on a date or after a
number of times, and the date-by-date check of the series (the dates that cannot be booked in
red)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.bookings import RepeatFrequency, RepeatRule, clean_repeat, minute_of
from hall_desk.domain.rooms import WEEKDAY_NAMES, format_minute
from hall_desk.services.bookings.bookings import SeriesDate
from hall_desk.ui.kit.common import from_qdate, name_widget, restyle, to_qdate, translate_message

PROBLEM_COLOUR = QColor("#c62828")
PROBLEM_BACKGROUND = QColor("#ffebee")
DEFAULT_REPEAT_WEEKS = 4
DEFAULT_REPEAT_COUNT = 10


class RepeatPanel(QGroupBox):
    """Daily or weekly on chosen weekdays, ending on a date or after a number of times,
    with the date-by-date check of the series underneath."""

    def __init__(self, first: date, parent: QWidget | None = None, *, prefix: str) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Repeat"))
        name_widget(self, f"{prefix}.repeat", self.tr("Repeat the booking"))
        self.setCheckable(True)
        self.setChecked(False)

        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)

        self.daily = QRadioButton(self.tr("Daily"))
        name_widget(self.daily, f"{prefix}.repeatDaily", self.tr("Repeat every day"))
        self.weekly = QRadioButton(self.tr("Weekly on"))
        name_widget(self.weekly, f"{prefix}.repeatWeekly", self.tr("Repeat every week"))
        self.weekly.setChecked(True)
        self.frequency = QButtonGroup(self)
        self.frequency.addButton(self.daily)
        self.frequency.addButton(self.weekly)
        self.weekday_boxes: list[QCheckBox] = []
        days_row = QHBoxLayout()
        days_row.setSpacing(6)
        days_row.addWidget(self.daily)
        days_row.addWidget(self.weekly)
        short_names = (
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
            self.tr("Sat"), self.tr("Sun"),
        )  # fmt: skip
        for index, short in enumerate(short_names):
            box = QCheckBox(short)
            name_widget(box, f"{prefix}.weekday{index}", translate_message(WEEKDAY_NAMES[index]))
            box.setChecked(index == first.weekday())
            self.weekday_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.weekly.toggled.connect(self._frequency_changed)
        form.addRow(self.tr("Every"), days_row)

        self.ends_on = QRadioButton(self.tr("On"))
        name_widget(self.ends_on, f"{prefix}.endsOn", self.tr("The repeats end on a date"))
        self.ends_on.setChecked(True)
        self.ends_after = QRadioButton(self.tr("After"))
        name_widget(
            self.ends_after, f"{prefix}.endsAfter", self.tr("The repeats end after a number")
        )
        self.ends = QButtonGroup(self)
        self.ends.addButton(self.ends_on)
        self.ends.addButton(self.ends_after)
        self.until = QDateEdit(to_qdate(first + timedelta(weeks=DEFAULT_REPEAT_WEEKS, days=-1)))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        name_widget(self.until, f"{prefix}.until", self.tr("Last day of the repeats"))
        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(DEFAULT_REPEAT_COUNT)
        self.count.setSuffix(self.tr(" times"))
        name_widget(self.count, f"{prefix}.count", self.tr("Number of times"))
        self._until_touched = False
        self.until.editingFinished.connect(self._until_edited)
        ends_row = QHBoxLayout()
        ends_row.addWidget(self.ends_on)
        ends_row.addWidget(self.until)
        ends_row.addSpacing(12)
        ends_row.addWidget(self.ends_after)
        ends_row.addWidget(self.count)
        ends_row.addStretch(1)
        self.ends_on.toggled.connect(self._ends_changed)
        form.addRow(self.tr("Ends"), ends_row)

        self.check_button = QPushButton(self.tr("Check dates"))
        name_widget(
            self.check_button, f"{prefix}.checkDates", self.tr("Check every date of the repeat")
        )
        self.check_button.setAutoDefault(False)
        self.summary = QLabel()
        self.summary.setObjectName(f"{prefix}.seriesSummary")
        self.summary.setWordWrap(True)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.summary, 1)
        form.addRow(check_row)

        self.table = QTableWidget(0, 3)
        name_widget(self.table, "booking_series_preview", self.tr("Dates of the repeat"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Time"), self.tr("Result")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(300)
        self.table.hide()
        self.error = QLabel()
        self.error.setObjectName(f"{prefix}.repeat.error")
        form.addRow(self.error)
        form.addRow(self.table)

        outer = QVBoxLayout(self)
        outer.addWidget(self.body)
        self._outer = outer
        self._margins = outer.contentsMargins()
        self.toggled.connect(self._collapse)
        self._collapse(False)
        self._frequency_changed()
        self._ends_changed()

    # -- what was chosen -----------------------------------------------------------------
    def rule(self, first: date) -> RepeatRule:
        """The repeat as chosen; ``ValidationError`` (field ``booking_repeat``) if it is not one."""
        frequency = RepeatFrequency.WEEKLY if self.weekly.isChecked() else RepeatFrequency.DAILY
        weekdays = [i for i, box in enumerate(self.weekday_boxes) if box.isChecked()]
        until = from_qdate(self.until.date()) if self.ends_on.isChecked() else None
        count = self.count.value() if self.ends_after.isChecked() else None
        return clean_repeat(frequency.value, weekdays, until, count, first)

    def connect_edits(self, slot: Callable[..., object]) -> None:
        """Calls ``slot`` on any change to the repeat (it makes a date check stale)."""
        self.toggled.connect(slot)
        self.frequency.buttonToggled.connect(slot)
        self.ends.buttonToggled.connect(slot)
        for box in self.weekday_boxes:
            box.toggled.connect(slot)
        self.until.dateChanged.connect(slot)
        self.count.valueChanged.connect(slot)

    def first_day_changed(self, first: date) -> None:
        """The booking moved to another day: a last day nobody chose follows it."""
        if not self._until_touched:
            self.until.setDate(to_qdate(first + timedelta(weeks=DEFAULT_REPEAT_WEEKS, days=-1)))

    def _collapse(self, checked: bool) -> None:
        """Unticked, the group is only its title line, not an empty frame."""
        self.body.setVisible(checked)
        self.setFlat(not checked)
        if checked:
            self._outer.setContentsMargins(self._margins)
        else:
            self._outer.setContentsMargins(0, 0, 0, 0)

    def _until_edited(self) -> None:
        self._until_touched = True

    def _frequency_changed(self, _checked: bool = False) -> None:
        for box in self.weekday_boxes:
            box.setEnabled(self.weekly.isChecked())

    def _ends_changed(self, _checked: bool = False) -> None:
        self.until.setEnabled(self.ends_on.isChecked())
        self.count.setEnabled(self.ends_after.isChecked())

    # -- the preview ---------------------------------------------------------------------
    def show_preview(self, dates: list[SeriesDate]) -> None:
        free = sum(1 for d in dates if d.free)
        bad = len(dates) - free
        if bad:
            self.summary.setText(
                self.tr("{total} dates: {free} free, {bad} cannot be booked.").format(
                    total=len(dates), free=free, bad=bad
                )
            )
            restyle(self.summary, "role", "error")
        else:
            self.summary.setText(self.tr("All {total} dates are free.").format(total=len(dates)))
            restyle(self.summary, "role", "ok")
        self.table.setRowCount(len(dates))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, item in enumerate(dates):
            weekday = translate_message(WEEKDAY_NAMES[item.day.weekday()])
            minute_start = minute_of(item.starts_at, item.day)
            minute_end = minute_of(item.ends_at, item.day)
            result = (
                self.tr("Free") if item.problem is None else item.problem.render(translate_message)
            )
            cells = (
                f"{item.day.isoformat()} {weekday}",
                f"{format_minute(minute_start)}-{format_minute(minute_end)}",
                result,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if not item.free:
                    cell.setForeground(QBrush(PROBLEM_COLOUR))
                    cell.setBackground(QBrush(PROBLEM_BACKGROUND))
                    cell.setFont(bold)
                self.table.setItem(row, column, cell)
        self.table.show()
        self.table.resizeRowsToContents()

    def clear_preview(self) -> None:
        self.table.setRowCount(0)
        self.table.hide()
        self.summary.clear()
