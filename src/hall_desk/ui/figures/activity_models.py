"""Table models of the activities desk's figures: the period against the previous one, a
breakdown (kind of activity, organiser), the day's sessions and every center side by side.
Testable without any widget; each model says which records lie behind a row (``record_key``),
as the other figure models do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from hall_desk.domain.activities import format_hours
from hall_desk.domain.activity_figures import (
    ActivityBreakdown,
    ActivityCountyRow,
    ActivityFigures,
    ActivityRow,
    SessionFigures,
    row_label,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.ui.figures.comparison_models import (
    DeskBreakdownModel,
    DeskComparisonModel,
    DeskCountyModel,
    DeskFigure,
)
from hall_desk.ui.figures.review_figures import Unit, value_text
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

CONTEXT = "ActivityFigures"


def _f(
    key: str,
    label: str,
    value: Callable[[ActivityFigures], float | None],
    unit: Unit = Unit.COUNT,
    invert: bool = False,
) -> DeskFigure[ActivityFigures]:
    """A figure whose records are those of ``key`` (a rate has none of its own)."""
    records = None if unit is Unit.SHARE else key
    return DeskFigure(key.rpartition(".")[2], label, value, records, unit, invert)


# fmt: off
#: Every activity figure, in the order the comparison table lists them.
ACTIVITY_FIGURES: tuple[DeskFigure[ActivityFigures], ...] = (
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


class ActivityComparisonModel(DeskComparisonModel):
    """Each activity figure in this period and the previous one, and the change."""

    FIGURES = ACTIVITY_FIGURES
    FIGURE_CONTEXT = CONTEXT


class ActivityBreakdownModel(DeskBreakdownModel):
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
    RECORDS = "activities"

    def __init__(self, by: ActivityBreakdown, heading: str) -> None:
        super().__init__(by, heading)

    def row_label(self, label: str) -> str:
        return row_label(label, translate_message)

    def text(self, record: Any, column: int) -> str:
        row: ActivityRow = record
        if column == self.NAME:
            return self.row_label(row.label)
        if column == self.RATE:
            return value_text(row.attendance_rate, Unit.SHARE)
        if column == self.HOURS:
            return format_hours(row.volunteer_minutes)
        values = (row.sessions, row.signups, row.present, row.absent, row.excused)
        return str(values[column - 1])


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


class ActivityCountyModel(DeskCountyModel):
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
    ALL_CENTERS = QT_TRANSLATE_NOOP("ActivityCountyModel", "All centers")

    def numbers(self, record: Any) -> dict[int, str]:
        r: ActivityCountyRow = record
        return {
            self.ACTIVITIES: str(r.activities),
            self.SESSIONS: str(r.sessions),
            self.SERVED: str(r.served),
            self.VOLUNTEERS: str(r.volunteers),
            self.HOURS: format_hours(r.volunteer_minutes),
        }
