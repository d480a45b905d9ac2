"""The editor beside the holiday calendar: one day, its kind and name, and "Save the day".

A view only: the calendar panel saves the day, loads a picked row into it and moves it on to
the next day of a break. The texts keep the translation context of the calendar panel they
were written in ("CalendarPanel").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.workdays import DAY_KIND_LABELS, MAX_HOLIDAY_NAME_LENGTH, DayKind
from hall_desk.services.calendar import CalendarEntry
from hall_desk.ui.kit.common import (
    FieldErrors,
    from_qdate,
    hint_label,
    name_widget,
    to_qdate,
    translate_message,
    with_error_label,
)
from hall_desk.ui.kit.list_panel import ListAction, MessageLine, action_button
from hall_desk.ui.settings.holiday_table import weekday_name


class HolidayEditor(QGroupBox):
    """Add or change a day of the years ``first_year`` to ``last_year``, starting on New
    Year's Day of ``year``; ``save`` runs on "Save the day" or Enter in the name."""

    def __init__(
        self,
        first_year: int,
        last_year: int,
        year: int,
        save: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("CalendarPanel", "Add or change a day"), parent)
        self.setObjectName("settings.holidayEditor")
        general = MessageLine("settings.holidayError", "")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.day = QDateEdit()
        name_widget(
            self.day, "settings.holidayDay", QCoreApplication.translate("CalendarPanel", "Date")
        )
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDateRange(QDate(first_year, 1, 1), QDate(last_year, 12, 31))
        self.day.setDate(to_qdate(date(year, 1, 1)))
        self.day.dateChanged.connect(lambda _day: self._show_weekday())
        self.weekday = hint_label("", "settings.holidayWeekday", wrap=False)
        day_row = QWidget()
        day_layout = QHBoxLayout(day_row)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.day)
        day_layout.addWidget(self.weekday, 1)
        box, day_error = with_error_label(day_row, "settings.holidayDay.error")
        self.errors.add("holiday_day", self.day, day_error)
        form.addRow(QCoreApplication.translate("CalendarPanel", "&Date"), box)
        form.labelForField(box).setBuddy(self.day)  # type: ignore[attr-defined]

        self.kind = QComboBox()
        for kind in (DayKind.HOLIDAY, DayKind.WORKDAY):
            self.kind.addItem(translate_message(DAY_KIND_LABELS[kind]), kind.value)
        self.errors.add_row(
            form,
            "holiday_kind",
            self.kind,
            "settings.holidayKind",
            QCoreApplication.translate("CalendarPanel", "&Kind"),
            QCoreApplication.translate("CalendarPanel", "Kind"),
        )

        self.name = QLineEdit()
        self.name.setMaxLength(MAX_HOLIDAY_NAME_LENGTH)
        self.name.setPlaceholderText(QCoreApplication.translate("CalendarPanel", "e.g. 春节"))
        self.name.returnPressed.connect(save)
        self.errors.add_row(
            form,
            "holiday_name",
            self.name,
            "settings.holidayName",
            QCoreApplication.translate("CalendarPanel", "&Name"),
            QCoreApplication.translate("CalendarPanel", "Holiday name"),
        )

        save_text = QCoreApplication.translate("CalendarPanel", "Save the day")
        self.save_button = action_button(
            ListAction("settings.saveHoliday", save_text, save_text, save, needs_row=False)
        )
        hint = hint_label(
            QCoreApplication.translate(
                "CalendarPanel",
                "Enter every day off of a holiday break, and the weekend days worked instead. "
                "After saving, the date moves on by one day, so a break is quick to enter.",
            )
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self._show_weekday()

    def entered(self) -> tuple[date, str, str]:
        """The day, the kind's value and the name as entered."""
        return from_qdate(self.day.date()), str(self.kind.currentData()), self.name.text()

    def show_year(self, year: int) -> None:
        """Start on New Year's Day of ``year`` unless the editor is in that year already."""
        if self.day.date().year() != year:
            self.day.setDate(to_qdate(date(year, 1, 1)))

    def show_entry(self, entry: CalendarEntry, *, next_day: bool = False) -> None:
        """Put ``entry`` in the editor to be changed, or (``next_day``) the day after it with
        the same kind and name, for the next day of a break."""
        day = entry.day + timedelta(days=1) if next_day else entry.day
        self.day.setDate(to_qdate(day))
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind.value)))
        self.name.setText(entry.name)

    def _show_weekday(self) -> None:
        self.weekday.setText(weekday_name(from_qdate(self.day.date())))
