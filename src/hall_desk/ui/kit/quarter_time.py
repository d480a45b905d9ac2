"""A time of day on the quarter hour, picked from a list, as bookings and opening hours use.

A QTimeEdit cannot show ``24:00`` (midnight, the end of the day), which a booking or a room's
hours may end at; this list offers it as the last choice of an end time.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from hall_desk.domain.bookings import SLOT_MINUTES
from hall_desk.domain.rooms import MINUTES_PER_DAY, format_minute


class QuarterHourBox(QComboBox):
    """Quarter hours from ``first`` to ``last`` minutes after midnight, both included."""

    #: The chosen time changed, in minutes after midnight.
    minuteChanged = Signal(int)

    def __init__(self, first: int, last: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for minute in range(first, last + 1, SLOT_MINUTES):
            self.addItem(format_minute(minute), minute)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._emit_minute)

    @classmethod
    def for_start(cls, parent: QWidget | None = None) -> QuarterHourBox:
        """00:00 to 23:45: a time something starts at."""
        return cls(0, MINUTES_PER_DAY - SLOT_MINUTES, parent)

    @classmethod
    def for_end(cls, parent: QWidget | None = None) -> QuarterHourBox:
        """00:15 to 24:00: a time something ends at."""
        return cls(SLOT_MINUTES, MINUTES_PER_DAY, parent)

    def minute(self) -> int:
        return int(self.currentData())

    def set_minute(self, minute: int) -> None:
        """Chooses ``minute``; a time off the quarter hour (typed into the room file, or a slot
        picked in the day view) rounds down to one, and one outside the list takes its end."""
        wanted = min(max(minute - minute % SLOT_MINUTES, self._first()), self._last())
        self.setCurrentIndex(max(0, self.findData(wanted)))

    def _emit_minute(self, index: int) -> None:
        if index >= 0:
            self.minuteChanged.emit(self.minute())

    def _first(self) -> int:
        return int(self.itemData(0))

    def _last(self) -> int:
        return int(self.itemData(self.count() - 1))


def round_up_to_quarter(minute: int) -> int:
    """``601`` -> ``615``: the end of a span widened to whole quarter hours."""
    return -(-minute // SLOT_MINUTES) * SLOT_MINUTES


def span_row(start: QuarterHourBox, end: QuarterHourBox, before: QWidget | None = None) -> QWidget:
    """``start – end`` on one line (after ``before``, say the day), kept to the left."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    if before is not None:
        layout.addWidget(before)
        layout.addSpacing(8)
    layout.addWidget(start)
    layout.addWidget(QLabel("–"))
    layout.addWidget(end)
    layout.addStretch(1)
    return row
