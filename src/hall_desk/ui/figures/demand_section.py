"""The party-service desk on the figure pages.

On Today: five tiles in the page's grid (demands taken today, open, overdue in red, due soon,
meeting problems overdue in red) and the overdue demands listed in red; Enter on one opens
it on the party-service page. On Review: the demand figures against the previous period, a
chart over time and the demands per kind, 小区, unit and member. Every figure and row opens
the records behind it, as the other figures do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from hall_desk.domain.demand_figures import (
    BREAKDOWN_LABELS,
    DemandBreakdown,
    DemandComparison,
    DemandFigures,
    DemandRow,
    OverdueDemand,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.ui.figures.demand_chart import DemandsChart
from hall_desk.ui.figures.demand_models import (
    DemandBreakdownModel,
    DemandComparisonModel,
    OverdueModel,
)
from hall_desk.ui.figures.desk_section import DeskReview, DeskToday, today_text
from hall_desk.ui.figures.figure_tiles import TileGrid
from hall_desk.ui.figures.review_figures import value_text
from hall_desk.ui.kit.common import restyle, translate_message


@dataclass(frozen=True)
class DemandTile:
    name: str
    key: str  # drill-down key of DemandStatsService.records
    title: str  # QT_TRANSLATE_NOOP("TodayPage", ...)
    value: Callable[[DemandFigures], int]
    backlog: bool = True
    alert: bool = False


# fmt: off
#: The party-service row of the Today page's tiles.
DEMAND_TILES: tuple[DemandTile, ...] = (
    DemandTile("demands_taken", "demands.collected",
               QT_TRANSLATE_NOOP("TodayPage", "Demands taken"), lambda f: f.collected,
               backlog=False),
    DemandTile("demands_open", "demands.open", QT_TRANSLATE_NOOP("TodayPage", "Demands open"),
               lambda f: f.backlog.open_now),
    DemandTile("demands_overdue", "demands.overdue",
               QT_TRANSLATE_NOOP("TodayPage", "Demands overdue"), lambda f: f.overdue_open,
               alert=True),
    DemandTile("demands_due_soon", "demands.due_soon",
               QT_TRANSLATE_NOOP("TodayPage", "Demands due soon"), lambda f: f.backlog.due_soon),
    DemandTile("problems_overdue", "problems.overdue",
               QT_TRANSLATE_NOOP("TodayPage", "Meeting problems overdue"),
               lambda f: f.backlog.problems_overdue, alert=True),
)
# fmt: on


class TodayDemands(DeskToday):
    """The overdue demands in red (a tab of the Today page's breakdowns); its tiles join the
    page's grid. ``demandNumber`` carries the number of a demand to open."""

    demandNumber = Signal(str)

    def __init__(self, tiles: TileGrid, parent: QWidget | None = None) -> None:
        super().__init__(
            tiles,
            DEMAND_TILES,
            OverdueModel(),
            names=("today.overdue_demands", "today.overdue_heading"),
            columns=(OverdueModel.NUMBER, OverdueModel.PLACE),
            table_name=QCoreApplication.translate("TodayDemands", "Overdue demands"),
            table_tip=QCoreApplication.translate(
                "TodayDemands", "Press Enter to open the demand selected"
            ),
            parent=parent,
        )
        self.setObjectName("today.demands")
        self.comparison: DemandComparison | None = None

    def show_figures(self, comparison: DemandComparison, overdue: Sequence[OverdueDemand]) -> None:
        self.comparison = comparison
        now, before = comparison.current, comparison.previous
        for spec in DEMAND_TILES:
            value = spec.value(now)
            note = ""
            if spec.name == "demands_taken" and now.merged_calls:
                note = self.tr("+{n} calls merged").format(n=now.merged_calls)
            if spec.backlog:
                sub = today_text("Standing now")
            else:
                sub = today_text("Yesterday {value}").format(value=value_text(spec.value(before)))
            self.tiles.tiles[spec.name].set_figure(
                str(value), note=note, sub=sub, alert=spec.alert and value > 0
            )
        self.model.set_rows(overdue)
        total = now.overdue_open
        if total:
            text = self.tr("{n} demands are past their time:").format(n=total)
            if total > len(overdue):
                text = self.tr("{n} demands are past their time; the {shown} longest overdue:")
                text = text.format(n=total, shown=len(overdue))
        else:
            text = self.tr("No demand is past its time.")
        self.heading.setText(text)
        restyle(self.heading, "role", "error" if total else "ok")

    def tab_title(self) -> str:
        overdue = self.comparison.current.overdue_open if self.comparison else 0
        if overdue:
            return self.tr("Party service ({n} overdue)").format(n=overdue)
        return self.tr("Party service")

    def open_number(self, number: str) -> None:
        self.demandNumber.emit(number)


_BREAKDOWNS: tuple[tuple[DemandBreakdown, str], ...] = (
    (DemandBreakdown.CATEGORY, QT_TRANSLATE_NOOP("ReviewDemands", "By kind")),
    (DemandBreakdown.NEIGHBOURHOOD, QT_TRANSLATE_NOOP("ReviewDemands", "By neighbourhood")),
    (DemandBreakdown.UNIT, QT_TRANSLATE_NOOP("ReviewDemands", "By unit")),
    (DemandBreakdown.MEMBER, QT_TRANSLATE_NOOP("ReviewDemands", "By member")),
)


class ReviewDemands(DeskReview):
    """The Review page's party-service tab. ``picked`` carries the records key and the title
    of a figure or row picked (its records are of the period counted); ``chartPicked`` a
    ``ChartPick``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            names=("demands", "demand"),
            comparison_model=DemandComparisonModel(),
            comparison_title=QCoreApplication.translate(
                "ReviewDemands", "Demands: this period against the previous"
            ),
            chart=DemandsChart(),
            views_title=QCoreApplication.translate(
                "ReviewDemands", "Demands over time and by group"
            ),
            over_time=QCoreApplication.translate("ReviewDemands", "Over time"),
            breakdowns=_BREAKDOWNS,
            context="ReviewDemands",
            breakdown_model=lambda by: DemandBreakdownModel(
                by, translate_message(BREAKDOWN_LABELS[by])
            ),
            parent=parent,
        )

    def set_figures(
        self,
        comparison: DemandComparison,
        breakdowns: Mapping[DemandBreakdown, Sequence[DemandRow]],
    ) -> None:
        now = comparison.current
        self.show_comparison(comparison)
        for by, model in self.models.items():
            model.set_rows(now.by_category if by is DemandBreakdown.CATEGORY else breakdowns[by])
        self.note.setText(
            self.tr(
                "Response rate: taken on within {minutes} minutes of dispatch. Solved in time: "
                "by the time the clock gave. A demand counts for a unit when it went to the "
                "unit or to one of its members. Open now: {open}, overdue {overdue}."
            ).format(
                minutes=now.on_site_minutes,
                open=now.backlog.open_now,
                overdue=now.backlog.overdue_open,
            )
        )
