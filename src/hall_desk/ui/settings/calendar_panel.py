"""Public holidays and make-up working days in Settings: deadlines count working days by them.

Years the built-in calendar knows are filled in already. A later year is first estimated: its
statutory holidays come from the national rule, but its 调休 is not known. An administrator
enters the State Council's holiday notice here (or checks the estimate against it) and marks
the year complete; until then the desk warns, because deadlines in that year may change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError
from hall_desk.domain.workdays import DAY_KIND_LABELS
from hall_desk.services.calendar import CalendarEntry, CalendarService, YearStatus
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import (
    message_text,
    name_widget,
    restyle,
    submit_form,
    translate_message,
)
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.settings.holiday_editor import HolidayEditor
from hall_desk.ui.settings.holiday_table import HolidayTableModel, weekday_name

__all__ = ["FIRST_YEAR", "LAST_YEAR", "CalendarPanel", "HolidayTableModel", "weekday_name"]

#: Years an administrator may look at and confirm (the service accepts these).
FIRST_YEAR = 2000
LAST_YEAR = 2100


class CalendarPanel(ListPanel):
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
        super().__init__(session, events, "calendar", parent)
        self.setObjectName("settings.calendarPanel")
        self._calendar = calendar
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
        self.table = self.list_table(
            self.model,
            "settings.holidayTable",
            self.tr("Holidays and make-up working days"),
            stretch=HolidayTableModel.NAME,
            min_height=220,
        )
        remove = ListAction(
            "settings.removeHoliday",
            self.tr("Remove the day..."),
            self.tr("Remove the selected day"),
            self.remove_selected,
            admin_only=True,
        )
        self.action_row([remove])

        year_row = QHBoxLayout()
        year_row.addWidget(year_label)
        year_row.addWidget(self.year)
        year_row.addWidget(self.year_status, 1)
        year_row.addWidget(self.confirm_button)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(self.button_row)
        note = self.read_only_note(
            self.tr("Only an administrator can change the holiday calendar."),
            "settings.calendarReadOnly",
        )
        if note is not None:
            left.addWidget(note)

        body = QHBoxLayout()
        body.addLayout(left, 3)
        # Built for everyone so the panel has one shape; a clerk never sees it.
        self.editor = HolidayEditor(FIRST_YEAR, LAST_YEAR, self.year.value(), self.save_day)
        self.errors = self.editor.errors
        body.addWidget(self.editor, 2, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(year_row)
        layout.addLayout(body, 1)
        layout.addWidget(
            self.message_line("settings.holidayMessage", self.tr("Holiday calendar message"))
        )
        for widget in (self.confirm_button, self.editor):
            widget.setVisible(editable)
        self.update_actions()

    # -- showing a year ----------------------------------------------------------------
    def shown_year(self) -> int:
        return self.year.value()

    def load(self) -> None:
        """The warning, the year's status and its entries."""
        year = self.shown_year()
        self.uncovered = self._calendar.uncovered_years_ahead()
        self.estimated = self._calendar.estimated_years_ahead()
        self.status = self._calendar.year_status(year)
        self.model.set_rows(self._calendar.entries(year))
        self._show_warning()
        self._show_status(self.status)

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
        if self.is_admin:
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
        if self.is_admin:
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
        self.confirm_button.setVisible(self.is_admin and not status.covered)

    def _year_changed(self, year: int) -> None:
        self.unsay()
        if self.is_admin:
            self.editor.show_year(year)
        self.refresh()

    def update_actions(self) -> None:
        super().update_actions()
        entry: CalendarEntry | None = self.selected()
        if entry is None or not self.is_admin:
            return
        # Picking a row puts it into the editor, ready to change.
        self.editor.show_entry(entry)

    # -- changes (administrators) ------------------------------------------------------
    def save_day(self) -> None:
        """Add or change the day in the editor; then move the editor on to the next day."""
        if not self.is_admin:
            return
        self.unsay()
        day, kind, name = self.editor.entered()
        entry = submit_form(
            self.errors, lambda: self._calendar.set_day(self._session, day, kind, name)
        )
        if entry is None:
            return
        self.errors.clear()
        if entry.day.year != self.shown_year():
            self.year.setValue(entry.day.year)  # refreshes
        else:
            self.refresh()
        row = self.model.row_of(entry.day)
        if row is not None:
            self.table.scrollTo(self.model.index(row, 0))
        shown_name = entry.name or translate_message(DAY_KIND_LABELS[entry.kind])
        self.say(
            self.tr("Saved: {date} ({weekday}) {name}.").format(
                date=entry.day.isoformat(), weekday=weekday_name(entry.day), name=shown_name
            ),
            ok=True,
        )
        # Ready for the next day of a break, with the same kind and name.
        self.table.clearSelection()
        self.editor.show_entry(entry, next_day=True)
        self.notify()

    def remove_selected(self) -> None:
        entry = self.chosen(self.tr("Select a day in the list first."))
        if entry is None:
            return
        question = self.tr(
            "Remove {date} ({weekday}) {name} from the calendar?\n\nIt then counts as an "
            "ordinary day: a working day from Monday to Friday, a day off on Saturday and "
            "Sunday."
        ).format(date=entry.day.isoformat(), weekday=weekday_name(entry.day), name=entry.name)
        if not self.confirmed(self.tr("Remove a day"), question):
            return
        if not self.attempt(lambda: self._calendar.remove_day(self._session, entry.day)):
            return
        self.table.clearSelection()
        self.changed(
            self.tr("{date} has been removed from the calendar.").format(date=entry.day.isoformat())
        )

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
        if not self.confirmed(title, question.format(year=year)):
            return
        try:
            self._calendar.confirm_year(self._session, year)
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
            return
        if estimated:
            done = self.tr("The holiday notice for {year} is confirmed.")
        else:
            done = self.tr("{year} is marked complete.")
        self.changed(done.format(year=year))
