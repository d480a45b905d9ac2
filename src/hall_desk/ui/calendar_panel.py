"""Public holidays and make-up working days in Settings: deadlines count working days by them.

Years the built-in calendar knows are filled in already. A later year is first estimated: its
statutory holidays come from the national rule, but its 调休 is not known. An administrator
enters the State Council's holiday notice here (or checks the estimate against it) and marks
the year complete; until then the desk warns, because deadlines in that year may change.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError, ValidationError
from hall_desk.domain.workdays import (
    DAY_KIND_LABELS,
    MAX_HOLIDAY_NAME_LENGTH,
    DayKind,
)
from hall_desk.services.calendar import CalendarEntry, CalendarService, YearStatus
from hall_desk.services.session import StaffSession
from hall_desk.ui.common import (
    FieldErrors,
    from_qdate,
    make_table_view,
    message_text,
    name_widget,
    restyle,
    to_qdate,
    translate_message,
    with_error_label,
)
from hall_desk.ui.events import DataEvents
from hall_desk.ui.holiday_table import HolidayTableModel, weekday_name

__all__ = ["FIRST_YEAR", "LAST_YEAR", "CalendarPanel", "HolidayTableModel", "weekday_name"]

#: Years an administrator may look at and confirm (the service accepts these).
FIRST_YEAR = 2000
LAST_YEAR = 2100


class CalendarPanel(QWidget):
    """One year of the holiday calendar; administrators add, change and remove days."""

    #: Whether a year the desk will soon count deadlines in still lacks its holidays.
    warningChanged = Signal(bool)

    def __init__(
        self,
        calendar: CalendarService,
        session: StaffSession,
        events: DataEvents,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings.calendarPanel")
        self._calendar = calendar
        self._session = session
        self._events = events
        self._clock = clock
        self.status: YearStatus | None = None
        #: Years near enough to warn about that are not complete, and those of them estimated.
        self.uncovered: list[int] = []
        self.estimated: list[int] = []
        editable = session.is_admin
        this_year = clock.today().year

        self.warning = QLabel()
        name_widget(self.warning, "settings.calendarWarning", self.tr("Holiday calendar warning"))
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "QLabel { color: #b71c1c; background: #ffebee; border: 1px solid #ef9a9a;"
            " border-radius: 4px; padding: 6px 8px; font-weight: bold; }"
        )
        self.warning.hide()

        self.year = QSpinBox()
        name_widget(self.year, "settings.holidayYear", self.tr("Year"))
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(min(max(this_year, FIRST_YEAR), LAST_YEAR))
        self.year.setMinimumWidth(100)
        self.year.setKeyboardTracking(False)
        self.year.valueChanged.connect(self._year_changed)
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        self.year_status = QLabel()
        name_widget(
            self.year_status, "settings.yearStatus", self.tr("Whether the year is complete")
        )
        self.year_status.setWordWrap(True)
        self.confirm_button = QPushButton()
        name_widget(self.confirm_button, "settings.confirmYear", self.tr("Mark the year complete"))
        self.confirm_button.clicked.connect(self.confirm_year)

        self.model = HolidayTableModel()
        self.table = make_table_view(
            self.model, "settings.holidayTable", self.tr("Holidays and make-up working days")
        )
        self.table.setMinimumHeight(220)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(HolidayTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._selection_changed()
        )
        self.remove_button = QPushButton(self.tr("Remove the day..."))
        name_widget(
            self.remove_button, "settings.removeHoliday", self.tr("Remove the selected day")
        )
        self.remove_button.clicked.connect(self.remove_selected)

        self.message = QLabel()
        name_widget(self.message, "settings.holidayMessage", self.tr("Holiday calendar message"))
        self.message.setWordWrap(True)
        self.message.hide()

        year_row = QHBoxLayout()
        year_row.addWidget(year_label)
        year_row.addWidget(self.year)
        year_row.addWidget(self.year_status, 1)
        year_row.addWidget(self.confirm_button)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.remove_button)
        table_buttons.addStretch(1)
        left.addLayout(table_buttons)
        if not editable:
            note = QLabel(self.tr("Only an administrator can change the holiday calendar."))
            note.setObjectName("settings.calendarReadOnly")
            note.setProperty("role", "hint")
            left.addWidget(note)

        body = QHBoxLayout()
        body.addLayout(left, 3)
        # Built for everyone so the panel has one shape; a clerk never sees it.
        self.editor = self._editor_group()
        body.addWidget(self.editor, 2, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(year_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        for widget in (self.confirm_button, self.remove_button, self.editor):
            widget.setVisible(editable)
        self._selection_changed()

    def _editor_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Add or change a day"))
        group.setObjectName("settings.holidayEditor")
        general = QLabel()
        general.setObjectName("settings.holidayError")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.day = QDateEdit()
        name_widget(self.day, "settings.holidayDay", self.tr("Date"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.day.setDate(to_qdate(date(self.year.value(), 1, 1)))
        self.day.dateChanged.connect(lambda _day: self._show_weekday())
        self.weekday = QLabel()
        self.weekday.setObjectName("settings.holidayWeekday")
        self.weekday.setProperty("role", "hint")
        day_row = QWidget()
        day_layout = QHBoxLayout(day_row)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.day)
        day_layout.addWidget(self.weekday, 1)
        box, day_error = with_error_label(day_row, "settings.holidayDay.error")
        self.errors.add("holiday_day", self.day, day_error)
        form.addRow(self.tr("&Date"), box)
        form.labelForField(box).setBuddy(self.day)  # type: ignore[attr-defined]

        self.kind = QComboBox()
        for kind in (DayKind.HOLIDAY, DayKind.WORKDAY):
            self.kind.addItem(translate_message(DAY_KIND_LABELS[kind]), kind.value)
        self.errors.add_row(
            form,
            "holiday_kind",
            self.kind,
            "settings.holidayKind",
            self.tr("&Kind"),
            self.tr("Kind"),
        )

        self.name = QLineEdit()
        self.name.setMaxLength(MAX_HOLIDAY_NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("e.g. 春节"))
        self.name.returnPressed.connect(self.save_day)
        self.errors.add_row(
            form,
            "holiday_name",
            self.name,
            "settings.holidayName",
            self.tr("&Name"),
            self.tr("Holiday name"),
        )

        self.save_button = QPushButton(self.tr("Save the day"))
        name_widget(self.save_button, "settings.saveHoliday", self.tr("Save the day"))
        self.save_button.clicked.connect(self.save_day)
        hint = QLabel(
            self.tr(
                "Enter every day off of a holiday break, and the weekend days worked instead. "
                "After saving, the date moves on by one day, so a break is quick to enter."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        layout = QVBoxLayout(group)
        layout.addLayout(form)
        layout.addWidget(general)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self._show_weekday()
        return group

    # -- showing a year ----------------------------------------------------------------
    def shown_year(self) -> int:
        return self.year.value()

    def refresh(self) -> None:
        """Reload the warning, the year's status and its entries, keeping the selection."""
        keep = self.selected_entry()
        year = self.shown_year()
        try:
            self.uncovered = self._calendar.uncovered_years_ahead()
            self.estimated = self._calendar.estimated_years_ahead()
            self.status = self._calendar.year_status(year)
            entries = self._calendar.entries(year)
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            return
        self.model.set_rows(entries)
        if keep is not None:
            self.select_day(keep.day)
        self._show_warning()
        self._show_status(self.status)
        self._selection_changed()

    def _show_warning(self) -> None:
        estimated = [y for y in self.uncovered if y in self.estimated]
        missing = [y for y in self.uncovered if y not in self.estimated]
        parts: list[str] = []
        if estimated:
            parts.append(self._estimated_warning(", ".join(str(y) for y in estimated)))
        if missing:
            parts.append(self._missing_warning(", ".join(str(y) for y in missing)))
        self.warning.setText("\n".join(parts))
        self.warning.setVisible(bool(parts))
        self.warningChanged.emit(bool(self.uncovered))

    def _estimated_warning(self, years: str) -> str:
        if self._session.is_admin:
            text = self.tr(
                "The public holidays of {years} are estimated from the national holiday rule; "
                "the holiday swaps (调休) of the State Council's notice are not known yet, so "
                "deadlines in {years} may still change. When the notice is published, enter "
                "its extra days off and make-up working days below and confirm the year."
            )
        else:
            text = self.tr(
                "The public holidays of {years} are estimated from the national holiday rule; "
                "the holiday swaps (调休) of the State Council's notice are not known yet, so "
                "deadlines in {years} may still change. Please ask an administrator to enter "
                "the notice when it is published."
            )
        return text.format(years=years)

    def _missing_warning(self, years: str) -> str:
        if self._session.is_admin:
            text = self.tr(
                "The public holidays of {years} have not been entered yet. Until they are, "
                "deadlines in {years} count only Saturdays and Sundays as days off. Enter "
                "them below from the State Council's notice and mark the year complete."
            )
        else:
            text = self.tr(
                "The public holidays of {years} have not been entered yet. Until they are, "
                "deadlines in {years} count only Saturdays and Sundays as days off. Please "
                "ask an administrator to enter them."
            )
        return text.format(years=years)

    def _show_status(self, status: YearStatus) -> None:
        year = status.year
        self.year_status.setToolTip("")
        if status.covered and status.source == "admin":
            text = self.tr("{year} is complete: an administrator confirmed its holidays.")
        elif status.covered:
            text = self.tr("{year} is complete: its holidays come from the built-in calendar.")
            self.year_status.setToolTip(status.source)
        elif status.estimated:
            text = self.tr(
                "{year} is ESTIMATED, holiday swaps (调休) not yet known: its statutory "
                "holidays come from the national holiday rule. Deadlines in {year} may change "
                "until the State Council's notice is entered or confirmed here."
            )
            self.year_status.setToolTip(status.source)
        else:
            text = self.tr(
                "{year} is NOT complete. Deadlines in {year} count only Saturdays and Sundays "
                "as days off until its holidays are entered and the year is marked complete."
            )
        restyle(self.year_status, "role", "ok" if status.covered else "error")
        self.year_status.setText(text.format(year=year))
        if status.estimated:
            button = self.tr("Confirm the notice for {year}...")
            accessible = self.tr("Confirm the State Council's holiday notice for {year}")
        else:
            button = self.tr("Mark {year} complete...")
            accessible = self.tr("Mark the holidays of {year} complete")
        self.confirm_button.setText(button.format(year=year))
        self.confirm_button.setAccessibleName(accessible.format(year=year))
        self.confirm_button.setEnabled(not status.covered)
        # A complete year has nothing to confirm.
        self.confirm_button.setVisible(self._session.is_admin and not status.covered)

    def _year_changed(self, year: int) -> None:
        self.message.hide()
        if self._session.is_admin and self.day.date().year() != year:
            self.day.setDate(to_qdate(date(year, 1, 1)))
        self.refresh()

    def selected_entry(self) -> CalendarEntry | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection else []
        return self.model.entry_at(rows[0].row()) if rows else None

    def select_day(self, day: date) -> bool:
        row = self.model.row_of(day)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        self.remove_button.setEnabled(entry is not None)
        if entry is None or not self._session.is_admin:
            return
        # Picking a row puts it into the editor, ready to change.
        self.day.setDate(to_qdate(entry.day))
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind.value)))
        self.name.setText(entry.name)

    def _show_weekday(self) -> None:
        self.weekday.setText(weekday_name(from_qdate(self.day.date())))

    def _say(self, text: str, *, ok: bool) -> None:
        restyle(self.message, "role", "ok" if ok else "error")
        self.message.setText(text)
        self.message.show()

    # -- changes (administrators) ------------------------------------------------------
    def save_day(self) -> None:
        """Add or change the day in the editor; then move the editor on to the next day."""
        if not self._session.is_admin:
            return
        self.message.hide()
        day = from_qdate(self.day.date())
        try:
            entry = self._calendar.set_day(
                self._session, day, str(self.kind.currentData()), self.name.text()
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except DomainError as exc:
            self.errors.show_text(message_text(exc))
            return
        self.errors.clear()
        if entry.day.year != self.shown_year():
            self.year.setValue(entry.day.year)  # refreshes
        else:
            self.refresh()
        row = self.model.row_of(entry.day)
        if row is not None:
            self.table.scrollTo(self.model.index(row, 0))
        name = entry.name or translate_message(DAY_KIND_LABELS[entry.kind])
        self._say(
            self.tr("Saved: {date} ({weekday}) {name}.").format(
                date=entry.day.isoformat(), weekday=weekday_name(entry.day), name=name
            ),
            ok=True,
        )
        # Ready for the next day of a break, with the same kind and name.
        self.table.clearSelection()
        self.day.setDate(to_qdate(entry.day + timedelta(days=1)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind.value)))
        self.name.setText(entry.name)
        self._events.changed.emit("calendar")

    def remove_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self._say(self.tr("Select a day in the list first."), ok=False)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove a day"),
            self.tr(
                "Remove {date} ({weekday}) {name} from the calendar?\n\nIt then counts as an "
                "ordinary day: a working day from Monday to Friday, a day off on Saturday and "
                "Sunday."
            ).format(date=entry.day.isoformat(), weekday=weekday_name(entry.day), name=entry.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._calendar.remove_day(self._session, entry.day)
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            self.refresh()
            return
        self.table.clearSelection()
        self.refresh()
        self._say(
            self.tr("{date} has been removed from the calendar.").format(
                date=entry.day.isoformat()
            ),
            ok=True,
        )
        self._events.changed.emit("calendar")

    def confirm_year(self) -> None:
        """Mark the shown year's holidays complete (after asking); that ends its warning."""
        year = self.shown_year()
        estimated = self.status is not None and self.status.year == year and self.status.estimated
        if estimated:
            title = self.tr("Confirm the holiday notice")
            question = self.tr(
                "Have you checked the holidays of {year} against the State Council's notice "
                "and entered its extra days off and make-up working days (调休)?\n\n"
                "Confirming ends the warning; deadlines then count the days as entered. You "
                "can still change single days later."
            )
        else:
            title = self.tr("Mark the year complete")
            question = self.tr(
                "Have you entered every public holiday and make-up working day of {year}?\n\n"
                "Marking {year} complete ends the warning; deadlines then count the days as "
                "entered. You can still change single days later."
            )
        answer = QMessageBox.question(self, title, question.format(year=year))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._calendar.confirm_year(self._session, year)
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            return
        self.refresh()
        if estimated:
            done = self.tr("The holiday notice for {year} is confirmed.")
        else:
            done = self.tr("{year} is marked complete.")
        self._say(done.format(year=year), ok=True)
        self._events.changed.emit("calendar")
