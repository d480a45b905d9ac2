"""Choosing the period the Review page shows: a day, week, month, year or any range of days,
stepped back and forth with ◀ ▶ (Alt+Left, Alt+Right) or brought back to the period holding
today.

A range that is not a period (the end before the start, longer than ten years) is explained
beside the dates; the dates stay as typed, and ``periodChanged`` is only emitted
for a period that can be shown. Beside the dates stand the days counted and the days they are
compared with (``domain.periods.compared_periods``), with "as of" while the period runs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.periods import (
    PERIOD_KIND_LABELS,
    ComparedPeriods,
    Period,
    PeriodKind,
    compared_periods,
)
from hall_desk.ui.kit.common import (
    from_qdate,
    message_text,
    name_widget,
    restyle,
    to_qdate,
    translate_message,
)

#: Earliest date offered (the desk keeps no older records).
FIRST_DAY = date(2000, 1, 1)


def next_period(period: Period) -> Period:
    """The period after ``period``: the next day, week, month or year, or for a range the same
    number of days just after it."""
    after = period.last + timedelta(days=1)
    if period.kind is PeriodKind.RANGE:
        return Period(after, period.last + timedelta(days=period.days))
    return Period.of_kind(period.kind, after)


class PeriodChooser(QWidget):
    periodChanged = Signal(object)  # Period

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review.period")
        self._now = now
        self._period = Period.month(self._today())

        self.kind = QComboBox()
        name_widget(self.kind, "review.kind", self.tr("Kind of period"))
        for kind, label in PERIOD_KIND_LABELS.items():
            self.kind.addItem(translate_message(label), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(PeriodKind.MONTH.value))
        self.first = self._date_edit("review.first", self.tr("Date in the period (or its start)"))
        self.to_label = QLabel("~")
        self.last = self._date_edit("review.last", self.tr("Last day of the range"))
        self.previous_button = QPushButton("◀")
        name_widget(self.previous_button, "review.previous", self.tr("Previous period"))
        self.previous_button.setToolTip(self.tr("Previous period (Alt+Left)"))
        self.next_button = QPushButton("▶")
        name_widget(self.next_button, "review.next", self.tr("Next period"))
        self.next_button.setToolTip(self.tr("Next period (Alt+Right)"))
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(40)
        self.current_button = QPushButton(self.tr("This period"))
        name_widget(self.current_button, "review.current", self.tr("Go to the period of today"))
        self.text = QLabel()
        self.text.setObjectName("review.period_text")
        self.text.setProperty("role", "hint")
        # A narrow window cuts the text (the tooltip has all of it) instead of growing wider.
        self.text.setMinimumWidth(40)
        # In the row, where the period's text stands, so the page below does not move.
        self.error = QLabel()
        self.error.setObjectName("review.period_error")
        self.error.setProperty("role", "error")
        self.error.setMinimumWidth(40)
        self.error.hide()

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.previous_button)
        row.addWidget(self.first)
        row.addWidget(self.to_label)
        row.addWidget(self.last)
        row.addWidget(self.next_button)
        row.addWidget(self.current_button)
        row.addWidget(self.text, 1)
        row.addWidget(self.error, 1)

        self._set_dates(self._period)
        self._show_kind()
        self._show_text()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.first.dateChanged.connect(self._dates_changed)
        self.last.dateChanged.connect(self._dates_changed)
        self.previous_button.clicked.connect(lambda _checked=False: self.step(-1))
        self.next_button.clicked.connect(lambda _checked=False: self.step(1))
        self.current_button.clicked.connect(lambda _checked=False: self.go_current())

    def _today(self) -> date:
        return self._now().date()

    def add_shortcuts(self, page: QWidget) -> None:
        """Alt+Left and Alt+Right step the period anywhere on ``page``."""
        for keys, direction in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=direction: self.step(d))

    def _date_edit(self, object_name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        name_widget(edit, object_name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(to_qdate(FIRST_DAY))
        # Typing a date does not show a half-typed one; Enter, Tab or the calendar does.
        edit.setKeyboardTracking(False)
        return edit

    # -- the period -----------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        """The last period that could be shown (what the page shows)."""
        return self._period

    def chosen_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def set_period(self, period: Period) -> None:
        """Show ``period`` (its kind and dates) and announce it."""
        index = self.kind.findData(period.kind.value)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(index)
        self.kind.blockSignals(False)
        self._show_kind()
        self._set_dates(period)
        self._apply(period)

    def step(self, direction: int) -> None:
        if self.error.isVisible():
            return  # the dates typed are not a period yet: nothing to step from
        period = self._period
        self.set_period(period.previous() if direction < 0 else next_period(period))

    def go_current(self) -> None:
        today = self._today()
        kind = self.chosen_kind()
        if kind is PeriodKind.RANGE:
            days = self._period.days
            self.set_period(Period(today - timedelta(days=days - 1), today))
        else:
            self.set_period(Period.of_kind(kind, today))

    def _kind_changed(self, _index: int) -> None:
        kind = self.chosen_kind()
        self._show_kind()
        if kind is PeriodKind.RANGE:
            # A range starts as the period shown so far, to be widened or narrowed.
            self._set_dates(self._period)
            self._apply(Period(self._period.first, self._period.last))
        else:
            self._apply_typed()

    def _dates_changed(self, _date: QDate) -> None:
        self._apply_typed()

    def _apply_typed(self) -> None:
        first, last = from_qdate(self.first.date()), from_qdate(self.last.date())
        kind = self.chosen_kind()
        try:
            period = Period.of_kind(kind, first, last)
        except ValidationError as exc:
            self._show_error(message_text(exc))
            return
        self._apply(period)

    def _apply(self, period: Period) -> None:
        self._show_error("")
        changed = period != self._period
        self._period = period
        self._show_text()
        if changed:
            self.periodChanged.emit(period)

    # -- showing --------------------------------------------------------------------------------
    def _set_dates(self, period: Period) -> None:
        for edit, day in ((self.first, period.first), (self.last, period.last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def _show_kind(self) -> None:
        is_range = self.chosen_kind() is PeriodKind.RANGE
        self.to_label.setVisible(is_range)
        self.last.setVisible(is_range)

    def _show_text(self) -> None:
        self.show_compared(compared_periods(self._period, self._now()))

    def show_compared(self, spans: ComparedPeriods) -> None:
        """Name the days counted and the days compared with (the page passes what it shows)."""
        if spans.as_of is None:
            text = self.tr("{period}, compared with {previous}").format(
                period=spans.current.text(), previous=spans.previous.text()
            )
        else:
            text = self.tr("{period} (as of {as_of}), compared with {previous}").format(
                period=spans.current.text(),
                as_of=self.as_of_text(spans.as_of, spans.current),
                previous=spans.previous.text(),
            )
        self.text.setText(text)
        self.text.setToolTip(text)

    def as_of_text(self, moment: datetime, counted: Period) -> str:
        """``14:30`` for a day, else ``12/8 14:30`` (Chinese ``12月8日 14:30``)."""
        time = f"{moment:%H:%M}"
        if counted.days == 1:
            return time
        return self.tr("{month}/{day} {time}").format(month=moment.month, day=moment.day, time=time)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setToolTip(text)
        self.error.setVisible(bool(text))
        for edit in (self.first, self.last):
            restyle(edit, "invalid", bool(text))
        self.text.setVisible(not text)
