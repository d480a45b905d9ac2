"""Table models of the demand desk: the list, a demand's history and callers, suggestions.

Overdue rows are red and bold, due-soon rows amber, as on the case page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hall_desk.domain.cases import RATING_LABELS
from hall_desk.domain.demand_intake import KIND_LABELS, SOURCE_LABELS, DemandKind
from hall_desk.domain.demands import LEVEL_LABELS, STATUS_LABELS
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.party.demand_records import CallerInfo, DemandEventInfo, DemandSummary
from hall_desk.services.party.dispatch import Suggestion
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

#: Text colours of the clock states (the case page's red and amber).
CLOCK_COLOURS = {"overdue": QColor("#c62828"), "due_soon": QColor("#9a6700")}


def when(at: datetime | None, now: datetime | None = None) -> str:
    """A time as the lists show it: the time alone today, the date and time otherwise."""
    if at is None:
        return ""
    if now is not None and at.date() == now.date():
        return f"{at:%H:%M}"
    return f"{at:%Y-%m-%d %H:%M}"


def clock_text(row: DemandSummary) -> str:
    """The deadline that matters now, with what it means ("overdue", "due soon")."""
    if row.deadline is None:
        if row.kind is DemandKind.WISH and row.wish_target_date is not None:
            return row.wish_target_date.isoformat()
        return ""
    text = f"{row.deadline:%m-%d %H:%M}"
    label = {
        "overdue": QCoreApplication.translate("DemandTableModel", "overdue"),
        "due_soon": QCoreApplication.translate("DemandTableModel", "due soon"),
    }.get(row.clock_state)
    return f"{text} ({label})" if label else text


def holder_text(name: str, unit: str) -> str:
    return f"{name}（{unit}）" if name and unit else name


def clock_styled(state: str, role: int) -> Any:
    if role == Qt.ItemDataRole.ForegroundRole:
        colour = CLOCK_COLOURS.get(state)
        return QBrush(colour) if colour is not None else None
    if role == Qt.ItemDataRole.FontRole and state == "overdue":
        font = QFont()
        font.setBold(True)
        return font
    return None


class DemandTableModel(RowTableModel):
    NUMBER, TIME, CATEGORY, PLACE, LEVEL, STATUS, HOLDER, DUE, RESIDENT = range(9)
    CONTEXT = "DemandTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DemandTableModel", "Number"),
        QT_TRANSLATE_NOOP("DemandTableModel", "Taken"),
        QT_TRANSLATE_NOOP("DemandTableModel", "Category"),
        QT_TRANSLATE_NOOP("DemandTableModel", "Place"),
        QT_TRANSLATE_NOOP("DemandTableModel", "Level"),
        QT_TRANSLATE_NOOP("DemandTableModel", "Status"),
        QT_TRANSLATE_NOOP("DemandTableModel", "With"),
        QT_TRANSLATE_NOOP("DemandTableModel", "Due"),
        QT_TRANSLATE_NOOP("DemandTableModel", "Resident"),
    )

    def demand_at(self, row: int) -> DemandSummary:
        return self._rows[row]  # type: ignore[no-any-return]

    def text(self, record: Any, column: int) -> str:
        row: DemandSummary = record
        if column == self.NUMBER:
            return row.number
        if column == self.TIME:
            return f"{row.created_at:%m-%d %H:%M}"
        if column == self.CATEGORY:
            kind = ""
            if row.kind is DemandKind.WISH:
                kind = translate_message(KIND_LABELS[DemandKind.WISH]) + " · "
            return kind + row.category_name
        if column == self.PLACE:
            return row.place_text
        if column == self.LEVEL:
            return translate_message(LEVEL_LABELS[row.level])
        if column == self.STATUS:
            status = translate_message(STATUS_LABELS[row.status])
            return f"{status} ×{row.reopen_count + 1}" if row.reopen_count else status
        if column == self.HOLDER:
            return holder_text(row.holder_name, row.holder_unit_name)
        if column == self.DUE:
            return clock_text(row)
        if column == self.RESIDENT:
            name = row.resident_name or QCoreApplication.translate("DemandTableModel", "anonymous")
            extra = f" +{row.caller_count}" if row.caller_count else ""
            return f"{name}{extra}"
        return ""

    def styled(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.PLACE, self.CATEGORY):
            row: DemandSummary = record
            return row.description
        return clock_styled(record.clock_state, role)


class DemandEventModel(RowTableModel):
    """The history of one demand: time, who, move, with whom, note."""

    CONTEXT = "DemandEventModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DemandEventModel", "When"),
        QT_TRANSLATE_NOOP("DemandEventModel", "Move"),
        QT_TRANSLATE_NOOP("DemandEventModel", "Status"),
        QT_TRANSLATE_NOOP("DemandEventModel", "With"),
        QT_TRANSLATE_NOOP("DemandEventModel", "By"),
        QT_TRANSLATE_NOOP("DemandEventModel", "Note"),
    )

    def text(self, record: Any, column: int) -> str:
        event: DemandEventInfo = record
        if column == 0:
            return f"{event.at:%Y-%m-%d %H:%M}"
        if column == 1:
            return translate_message(event.label)
        if column == 2:
            return translate_message(STATUS_LABELS[event.to_status])
        if column == 3:
            return event.holder_name
        if column == 4:
            return event.staff_name
        if column == 5:
            rating = translate_message(RATING_LABELS[event.rating]) if event.rating else ""
            return "：".join(p for p in (rating, event.note) if p)
        return ""


class CallerModel(RowTableModel):
    """Residents whose calls were merged into the demand (并单)."""

    CONTEXT = "CallerModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CallerModel", "Resident"),
        QT_TRANSLATE_NOOP("CallerModel", "Phone"),
        QT_TRANSLATE_NOOP("CallerModel", "From"),
        QT_TRANSLATE_NOOP("CallerModel", "Raised"),
        QT_TRANSLATE_NOOP("CallerModel", "Called back"),
    )

    def text(self, record: Any, column: int) -> str:
        caller: CallerInfo = record
        if column == 0:
            return caller.name or QCoreApplication.translate("CallerModel", "anonymous")
        if column == 1:
            return caller.masked_phone
        if column == 2:
            return translate_message(SOURCE_LABELS[caller.source])
        if column == 3:
            return f"{caller.raised_at:%Y-%m-%d %H:%M}"
        if column == 4:
            if caller.called_back_at is None:
                return QCoreApplication.translate("CallerModel", "not yet")
            rating = translate_message(RATING_LABELS[caller.rating]) if caller.rating else ""
            return f"{caller.called_back_at:%m-%d %H:%M} {rating}".strip()
        return ""


class SuggestionModel(RowTableModel):
    """Members and units to dispatch to, best first, with the reasons."""

    NAME, POOLS, PLACE, OPEN, RATING, SOLVED = range(6)
    CONTEXT = "SuggestionModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SuggestionModel", "Member or unit"),
        QT_TRANSLATE_NOOP("SuggestionModel", "Talent pool"),
        QT_TRANSLATE_NOOP("SuggestionModel", "Lives"),
        QT_TRANSLATE_NOOP("SuggestionModel", "Open now"),
        QT_TRANSLATE_NOOP("SuggestionModel", "Rating"),
        QT_TRANSLATE_NOOP("SuggestionModel", "Solved so far"),
    )

    def row_key(self, record: Any) -> Any:
        return (record.kind, record.id)

    def suggestion_at(self, row: int) -> Suggestion:
        return self._rows[row]  # type: ignore[no-any-return]

    def text(self, record: Any, column: int) -> str:
        s: Suggestion = record
        if column == self.NAME:
            if s.kind == "unit":
                return QCoreApplication.translate("SuggestionModel", "{name} (unit)").format(
                    name=s.name
                )
            return holder_text(s.name, s.unit_name)
        if column == self.POOLS:
            mark = "✓ " if s.pool_match else ""
            pools = "、".join(s.pools) if s.pools else ""
            if s.kind == "unit" and s.pool_match:
                pools = QCoreApplication.translate("SuggestionModel", "members in the pool")
            return (mark + pools).strip()
        if column == self.PLACE:
            marks = []
            if s.same_neighbourhood:
                marks.append(QCoreApplication.translate("SuggestionModel", "same neighbourhood"))
            if s.same_grid:
                marks.append(QCoreApplication.translate("SuggestionModel", "same grid"))
            where = " ".join(p for p in (s.neighbourhood, s.grid) if p)
            return " · ".join([*marks, where] if where else marks)
        if column == self.OPEN:
            return str(s.open_count)
        if column == self.RATING:
            if s.average_rating is None:
                return "—"
            return f"{s.average_rating:.1f} ({s.rated_count})"
        if column == self.SOLVED:
            return str(s.solved_count)
        return ""

    def styled(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.OPEN,
            self.RATING,
            self.SOLVED,
        ):
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return record.masked_phone
        return None
