"""Table models of the activities desk's figures: the period against the previous one, a
breakdown (kind of activity, organiser), the day's sessions and every center side by side.
Testable without any widget; each model says which records lie behind a row (``record_key``),
as the other figure models do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from hall_desk.domain.activities import format_hours
from hall_desk.domain.activity_figures import (
    ActivityBreakdown,
    ActivityComparison,
    ActivityCounty,
    ActivityCountyRow,
    ActivityFigures,
    ActivityRow,
    SessionFigures,
    row_label,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.ui.figures.review_figures import (
    Trend,
    Unit,
    change_percent_text,
    change_text,
    trend,
    value_text,
)
from hall_desk.ui.figures.review_tables import TREND_COLOURS
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

CONTEXT = "ActivityFigures"


@dataclass(frozen=True)
class ActivityFigure:
    key: str
    label: str  # QT_TRANSLATE_NOOP("ActivityFigures", ...)
    value: Callable[[ActivityFigures], float | None]
    records: str | None
    unit: Unit = Unit.COUNT
    invert: bool = False


def _f(
    key: str,
    label: str,
    value: Callable[[ActivityFigures], float | None],
    unit: Unit = Unit.COUNT,
    invert: bool = False,
) -> ActivityFigure:
    """A figure whose records are those of ``key`` (a rate has none of its own)."""
    records = None if unit is Unit.SHARE else key
    return ActivityFigure(key.rpartition(".")[2], label, value, records, unit, invert)


# fmt: off
#: Every activity figure, in the order the comparison table lists them.
ACTIVITY_FIGURES: tuple[ActivityFigure, ...] = (
    _f("activities.activities", QT_TRANSLATE_NOOP("ActivityFigures", "Activities held"),
       lambda f: f.activities),
    _f("activities.sessions", QT_TRANSLATE_NOOP("ActivityFigures", "Sessions held"),
       lambda f: f.sessions),
    _f("activities.signups", QT_TRANSLATE_NOOP("ActivityFigures", "Sign-ups"),
       lambda f: f.signups),
    _f("activities.cancellations", QT_TRANSLATE_NOOP("ActivityFigures", "Sign-ups cancelled"),
       lambda f: f.cancellations, invert=True),
    _f("activities.present", QT_TRANSLATE_NOOP("ActivityFigures", "People served (present)"),
       lambda f: f.present),
    _f("activities.absent", QT_TRANSLATE_NOOP("ActivityFigures", "Absent"),
       lambda f: f.absent, invert=True),
    _f("activities.excused", QT_TRANSLATE_NOOP("ActivityFigures", "Excused"),
       lambda f: f.excused),
    _f("attendance_rate", QT_TRANSLATE_NOOP("ActivityFigures", "Attendance rate"),
       lambda f: f.attendance_rate, Unit.SHARE),
    _f("no_show_rate", QT_TRANSLATE_NOOP("ActivityFigures", "No-show rate"),
       lambda f: f.no_show_rate, Unit.SHARE, invert=True),
    _f("volunteers.volunteers", QT_TRANSLATE_NOOP("ActivityFigures", "Volunteers"),
       lambda f: f.volunteers),
    _f("volunteers.shifts", QT_TRANSLATE_NOOP("ActivityFigures", "Volunteer shifts"),
       lambda f: f.shifts),
    _f("volunteers.hours", QT_TRANSLATE_NOOP("ActivityFigures", "Volunteer hours"),
       lambda f: f.volunteer_hours, Unit.HOURS),
    _f("volunteers.supplementary",
       QT_TRANSLATE_NOOP("ActivityFigures", "Hours entered afterwards"),
       lambda f: f.supplementary_hours, Unit.HOURS),
)
# fmt: on


@dataclass(frozen=True)
class ActivityLine:
    figure: ActivityFigure
    current: float | None
    previous: float | None

    @property
    def label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.figure.label)

    @property
    def trend(self) -> Trend:
        return trend(self.current, self.previous, self.figure.invert)


class ActivityComparisonModel(RowTableModel):
    """Each activity figure in this period and the previous one, and the change."""

    FIGURE, CURRENT, PREVIOUS, CHANGE, PERCENT = range(5)
    CONTEXT = "ComparisonModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ComparisonModel", "Figure"),
        QT_TRANSLATE_NOOP("ComparisonModel", "This period"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Previous period"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Change"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Change %"),
    )

    def set_comparison(self, comparison: ActivityComparison) -> None:
        now, before = comparison.current, comparison.previous
        self.set_rows([ActivityLine(f, f.value(now), f.value(before)) for f in ACTIVITY_FIGURES])

    def line(self, key: str) -> ActivityLine:
        lines: list[ActivityLine] = self._rows
        return next(line for line in lines if line.figure.key == key)

    def row_key(self, record: Any) -> Any:
        return record.figure.key

    def record_key(self, row: int) -> str | None:
        line: ActivityLine = self._rows[row]
        return line.figure.records

    def title(self, row: int) -> str:
        line: ActivityLine = self._rows[row]
        return line.label

    def text(self, record: Any, column: int) -> str:
        line: ActivityLine = record
        unit = line.figure.unit
        if column == self.FIGURE:
            return line.label
        if column == self.CURRENT:
            return value_text(line.current, unit)
        if column == self.PREVIOUS:
            return value_text(line.previous, unit)
        if column == self.CHANGE:
            return change_text(line.current, line.previous, unit)
        return change_percent_text(line.current, line.previous, unit)

    def styled(self, record: Any, column: int, role: int) -> Any:
        line: ActivityLine = record
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.FIGURE:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.CHANGE, self.PERCENT):
            colour = TREND_COLOURS.get(line.trend)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and line.figure.records:
            return QCoreApplication.translate(
                "ComparisonModel", "Click or press Enter to list the records"
            )
        return None


class ActivityBreakdownModel(RowTableModel):
    """Activities per kind or organiser: sessions, sign-ups, present, absent, excused, the
    attendance rate and the volunteer hours."""

    NAME, SESSIONS, SIGNUPS, PRESENT, ABSENT, EXCUSED, RATE, HOURS = range(8)
    CONTEXT = "ActivityBreakdownModel"
    HEADERS = (
        "",  # given to the constructor
        QT_TRANSLATE_NOOP("ActivityBreakdownModel", "Sessions"),
        QT_TRANSLATE_NOOP("ActivityBreakdownModel", "Sign-ups"),
        QT_TRANSLATE_NOOP("ActivityBreakdownModel", "Present"),
        QT_TRANSLATE_NOOP("ActivityBreakdownModel", "Absent"),
        QT_TRANSLATE_NOOP("ActivityBreakdownModel", "Excused"),
        QT_TRANSLATE_NOOP("ActivityBreakdownModel", "Attendance rate"),
        QT_TRANSLATE_NOOP("ActivityBreakdownModel", "Volunteer hours"),
    )

    def __init__(self, by: ActivityBreakdown, heading: str) -> None:
        super().__init__()
        self.by = by
        self._heading = heading

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if section == self.NAME and role == Qt.ItemDataRole.DisplayRole:
            return self._heading if orientation == Qt.Orientation.Horizontal else None
        return super().headerData(section, orientation, role)

    def row_key(self, record: Any) -> Any:
        return record.key

    def record_key(self, row: int) -> str | None:
        return f"activities.{self.by.value}:{self._rows[row].key}"

    def title(self, row: int) -> str:
        return row_label(self._rows[row].label, translate_message)

    def text(self, record: Any, column: int) -> str:
        row: ActivityRow = record
        if column == self.NAME:
            return row_label(row.label, translate_message)
        if column == self.RATE:
            return value_text(row.attendance_rate, Unit.SHARE)
        if column == self.HOURS:
            return format_hours(row.volunteer_minutes)
        values = (row.sessions, row.signups, row.present, row.absent, row.excused)
        return str(values[column - 1])

    def styled(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return self.text(record, column)
        return None


class SessionsModel(RowTableModel):
    """The day's sessions with their sign-ups, marks and volunteers."""

    TIME, ACTIVITY, PLACE, SIGNED_UP, PRESENT, ABSENT, EXCUSED, UNMARKED, VOLUNTEERS = range(9)
    CONTEXT = "SessionsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SessionsModel", "Time"),
        QT_TRANSLATE_NOOP("SessionsModel", "Activity"),
        QT_TRANSLATE_NOOP("SessionsModel", "Place"),
        QT_TRANSLATE_NOOP("SessionsModel", "Signed up"),
        QT_TRANSLATE_NOOP("SessionsModel", "Present"),
        QT_TRANSLATE_NOOP("SessionsModel", "Absent"),
        QT_TRANSLATE_NOOP("SessionsModel", "Excused"),
        QT_TRANSLATE_NOOP("SessionsModel", "Not marked"),
        QT_TRANSLATE_NOOP("SessionsModel", "Volunteers"),
    )

    def row_key(self, record: Any) -> Any:
        return record.session_id

    def text(self, record: Any, column: int) -> str:
        one: SessionFigures = record
        if column == self.TIME:
            return f"{one.starts_at:%H:%M}-{one.ends_at:%H:%M}"
        if column == self.ACTIVITY:
            return f"{one.title}（{translate_message(one.kind)}）"
        if column == self.PLACE:
            return one.place
        if column == self.VOLUNTEERS:
            if not one.volunteers:
                return "0"
            return QCoreApplication.translate("SessionsModel", "{n} ({signed} signed in)").format(
                n=one.volunteers, signed=one.volunteers_signed_in
            )
        values = (one.enrolled, one.present, one.absent, one.excused, one.unmarked)
        return str(values[column - self.SIGNED_UP])

    def styled(self, record: Any, column: int, role: int) -> Any:
        one: SessionFigures = record
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.SIGNED_UP:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole:
            organiser = row_label(one.organiser, translate_message)
            return QCoreApplication.translate(
                "SessionsModel", "{number}, organised by {organiser}; press Enter to open it"
            ).format(number=one.number, organiser=organiser)
        return None


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ActivityCountyModel(RowTableModel):
    """One row per center, then the total (site id 0)."""

    CENTER, ACTIVITIES, SESSIONS, SERVED, VOLUNTEERS, HOURS = range(6)
    CONTEXT = "ActivityCountyModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ActivityCountyModel", "Center"),
        QT_TRANSLATE_NOOP("ActivityCountyModel", "Activities"),
        QT_TRANSLATE_NOOP("ActivityCountyModel", "Sessions"),
        QT_TRANSLATE_NOOP("ActivityCountyModel", "People served"),
        QT_TRANSLATE_NOOP("ActivityCountyModel", "Volunteers"),
        QT_TRANSLATE_NOOP("ActivityCountyModel", "Volunteer hours"),
    )

    def set_county(self, county: ActivityCounty) -> None:
        self.set_rows([*county.sites, county.total])

    def row_key(self, record: Any) -> Any:
        return record.site_id

    def text(self, record: Any, column: int) -> str:
        r: ActivityCountyRow = record
        if column == self.CENTER:
            if r.site_id == 0:
                return QCoreApplication.translate("ActivityCountyModel", "All centers")
            return r.site_name
        values = {
            self.ACTIVITIES: str(r.activities),
            self.SESSIONS: str(r.sessions),
            self.SERVED: str(r.served),
            self.VOLUNTEERS: str(r.volunteers),
            self.HOURS: format_hours(r.volunteer_minutes),
        }
        return values[column]

    def styled(self, record: Any, column: int, role: int) -> Any:
        r: ActivityCountyRow = record
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.CENTER:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.FontRole and r.site_id == 0:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CENTER and r.site_id:
            return r.site_code
        return None
