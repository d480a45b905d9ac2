"""The activities desk on the figure pages.

On Today: five tiles in the page's grid (sessions today, people present, absent, volunteers,
volunteer hours) and the day's sessions listed with their counts; Enter on one opens its
activity on the activities page. On Review: the activity figures against the previous period,
a chart over time and the activities per kind and per organiser. Every figure and row opens
the records behind it, as the other figures do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from hall_desk.domain.activity_figures import (
    BREAKDOWN_LABELS,
    ActivityBreakdown,
    ActivityComparison,
    ActivityFigures,
    SessionFigures,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.ui.figures.activity_chart import ActivitiesChart
from hall_desk.ui.figures.activity_models import (
    ActivityBreakdownModel,
    ActivityComparisonModel,
    SessionsModel,
)
from hall_desk.ui.figures.desk_section import DeskReview, DeskToday, today_text
from hall_desk.ui.figures.figure_tiles import TileGrid
from hall_desk.ui.figures.review_figures import Unit, value_text
from hall_desk.ui.kit.common import translate_message


@dataclass(frozen=True)
class ActivityTile:
    name: str
    key: str  # drill-down key of ActivityStatsService.records
    title: str  # QT_TRANSLATE_NOOP("TodayPage", ...)
    value: Callable[[ActivityFigures], float]
    unit: Unit = Unit.COUNT


# fmt: off
#: The activities desk's row of the Today page's tiles.
ACTIVITY_TILES: tuple[ActivityTile, ...] = (
    ActivityTile("sessions_today", "activities.sessions",
                 QT_TRANSLATE_NOOP("TodayPage", "Activity sessions"), lambda f: f.sessions),
    ActivityTile("activity_present", "activities.present",
                 QT_TRANSLATE_NOOP("TodayPage", "People present"), lambda f: f.present),
    ActivityTile("activity_absent", "activities.absent",
                 QT_TRANSLATE_NOOP("TodayPage", "Absent"), lambda f: f.absent),
    ActivityTile("volunteers_today", "volunteers.volunteers",
                 QT_TRANSLATE_NOOP("TodayPage", "Volunteers"), lambda f: f.volunteers),
    ActivityTile("volunteer_hours", "volunteers.hours",
                 QT_TRANSLATE_NOOP("TodayPage", "Volunteer hours"), lambda f: f.volunteer_hours,
                 Unit.HOURS),
)
# fmt: on


class TodayActivities(DeskToday):
    """The day's sessions with their counts (a tab of the Today page's breakdowns); its tiles
    join the page's grid. ``activityNumber`` carries the number of an activity to open."""

    activityNumber = Signal(str)

    def __init__(self, tiles: TileGrid, parent: QWidget | None = None) -> None:
        super().__init__(
            tiles,
            ACTIVITY_TILES,
            SessionsModel(),
            names=("today.sessions", "today.sessions_heading"),
            columns=(SessionsModel.TIME, SessionsModel.ACTIVITY),
            table_name=QCoreApplication.translate("TodayActivities", "Today's activity sessions"),
            table_tip=QCoreApplication.translate(
                "TodayActivities", "Press Enter to open the activity of the session selected"
            ),
            parent=parent,
        )
        self.setObjectName("today.activities")
        self.comparison: ActivityComparison | None = None

    def show_figures(
        self, comparison: ActivityComparison, sessions: Sequence[SessionFigures]
    ) -> None:
        self.comparison = comparison
        now, before = comparison.current, comparison.previous
        for spec in ACTIVITY_TILES:
            note = ""
            if spec.name == "activity_present" and now.attendance_rate is not None:
                rate = value_text(now.attendance_rate, Unit.SHARE)
                note = self.tr("{rate} attended").format(rate=rate)
            elif spec.name == "activity_absent" and now.excused:
                note = self.tr("{n} excused").format(n=now.excused)
            elif spec.name == "volunteers_today" and now.signed_in:
                note = self.tr("{n} signed in").format(n=now.signed_in)
            elif spec.name == "volunteer_hours" and now.supplementary_minutes:
                hours = value_text(now.supplementary_hours, Unit.HOURS)
                note = self.tr("{hours} entered afterwards").format(hours=hours)
            sub = today_text("Yesterday {value}").format(
                value=value_text(spec.value(before), spec.unit)
            )
            self.tiles.tiles[spec.name].set_figure(
                value_text(spec.value(now), spec.unit), note=note, sub=sub
            )
        self.model.set_rows(list(sessions))
        if sessions:
            text = self.tr("{n} sessions today, {present} people present so far:").format(
                n=len(sessions), present=sum(s.present for s in sessions)
            )
        else:
            text = self.tr("No activity session today.")
        self.heading.setText(text)

    def tab_title(self) -> str:
        return self.tr("Activities ({n})").format(n=self.model.rowCount())

    def open_number(self, number: str) -> None:
        self.activityNumber.emit(number)


_BREAKDOWNS: tuple[tuple[ActivityBreakdown, str], ...] = (
    (ActivityBreakdown.KIND, QT_TRANSLATE_NOOP("ReviewActivities", "By kind")),
    (ActivityBreakdown.ORGANISER, QT_TRANSLATE_NOOP("ReviewActivities", "By organiser")),
)


class ReviewActivities(DeskReview):
    """The Review page's activities tab. ``picked`` carries the records key and the title of a
    figure or row picked (its records are of the period counted); ``chartPicked`` a
    ``ChartPick``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            names=("activities", "activity"),
            comparison_model=ActivityComparisonModel(),
            comparison_title=QCoreApplication.translate(
                "ReviewActivities", "Activities: this period against the previous"
            ),
            chart=ActivitiesChart(),
            views_title=QCoreApplication.translate(
                "ReviewActivities", "Activities over time and by group"
            ),
            over_time=QCoreApplication.translate("ReviewActivities", "Over time"),
            breakdowns=_BREAKDOWNS,
            context="ReviewActivities",
            breakdown_model=lambda by: ActivityBreakdownModel(
                by, translate_message(BREAKDOWN_LABELS[by])
            ),
            parent=parent,
        )

    def set_figures(self, comparison: ActivityComparison) -> None:
        now = comparison.current
        self.show_comparison(comparison)
        self.models[ActivityBreakdown.KIND].set_rows(now.by_kind)
        self.models[ActivityBreakdown.ORGANISER].set_rows(now.by_organiser)
        self.note.setText(
            self.tr(
                "Attendance and no-show rates are of the marks taken: an excused absence is "
                "not a no-show. People served are those marked present. Volunteer hours count "
                "only the time inside each shift. On a waiting list now: {waiting}."
            ).format(waiting=now.waiting_now)
        )
