"""Choosing whom a demand goes to (派单, 改派): the suggestions first, a search over everyone.

The list opens with the suggestions (right talent pool, same 小区/网格, fewest open, best
ratings) and the first one selected; typing searches every active member and unit. Enter
dispatches to the selected one. Reassigning asks for the reason as well.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from hall_desk.domain.errors import DomainError
from hall_desk.services.party.demand_records import DemandDetail
from hall_desk.services.party.demands import DemandService
from hall_desk.services.party.dispatch import Suggestion
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import (
    hint_label,
    make_table_view,
    message_text,
    name_widget,
    size_within_screen,
    with_error_label,
)
from hall_desk.ui.kit.form_dialog import FormDialog
from hall_desk.ui.party.demand_models import SuggestionModel

SEARCH_DELAY_MS = 200

#: The service call: (member_id, unit_id, note or reason) -> the demand as it is now.
DispatchCall = Callable[[int | None, int | None, str], DemandDetail]


class DispatchDialog(FormDialog):
    """After ``exec()`` is Accepted, ``saved`` holds the demand as dispatched."""

    def __init__(
        self,
        demands: DemandService,
        session: StaffSession,
        demand: DemandDetail,
        call: DispatchCall,
        *,
        reassign: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("dispatchDemand", parent)
        self._demands = demands
        self._session = session
        self._number = demand.number
        self._call = call
        self._reassign = reassign
        self.setWindowTitle(
            (self.tr("Give {number} to someone else") if reassign else self.tr("Dispatch {number}"))
            .format(number=demand.number)
        )  # fmt: skip
        about = QLabel(
            f"{demand.number} · {demand.category_name} · {demand.place_text}\n{demand.description}"
        )
        about.setObjectName("dispatchDemand.about")
        about.setWordWrap(True)

        self.search = QLineEdit()
        name_widget(self.search, "dispatchDemand.search", self.tr("Search all members and units"))
        self.search.setPlaceholderText(self.tr("Name, unit, initials or phone ending"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_entered)

        self.model = SuggestionModel()
        self.table = make_table_view(
            self.model, "dispatchDemand.table", self.tr("Suggested members and units"), stretch=0
        )
        # Enter reaches the default button (Dispatch) by itself; a double click does the same.
        self.table.doubleClicked.connect(lambda _index: self._submit())
        self.table.setMinimumHeight(220)
        table_box, table_error = with_error_label(self.table, "dispatchDemand.table.error")
        self.errors.add("holder", self.table, table_error)
        self.heading = hint_label("", "dispatchDemand.heading")

        self.note = QLineEdit()
        if reassign:
            why = self.tr("Why it goes to someone else")
            self.add_field("reason", self.note, "reason", self.tr("Reason"), why)
        else:
            self.add_field("note", self.note, "note", self.tr("Note"), self.tr("Note for them"))

        body = QVBoxLayout()
        body.addWidget(self.search)
        body.addWidget(self.heading)
        body.addWidget(table_box, 1)
        body.addLayout(self.form_layout)
        self.finish(
            self.tr("Give it to them") if reassign else self.tr("Dispatch"),
            self.tr("Dispatch to the selected member or unit"),
            self.tr("Cancel"),
            above=[about],
            body=body,
            hint=self.tr(
                "Ranked by: talent pool that fits, same neighbourhood, same grid, fewest open "
                "demands, best ratings. Members confirm by phone or in person afterwards."
            ),
        )
        size_within_screen(self, 900, 620)
        self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        try:
            if text:
                rows = self._demands.candidates(self._session, self._number, text)
            else:
                rows = self._demands.suggest(self._session, self._number)
        except DomainError as exc:
            self.errors.show_text(message_text(exc))
            return
        self.model.set_rows(rows)
        self.heading.setText(
            self.tr("%n match(es) among all members and units.", "", len(rows))
            if text
            else self.tr("Suggested for this demand, best first.")
        )
        if rows:
            self.table.selectRow(0)

    def _search_entered(self) -> None:
        # The Enter goes on to the default button: the list must be current first.
        if self._timer.isActive():
            self.reload()

    def selected(self) -> Suggestion | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.suggestion_at(index.row())

    def select(self, kind: str, holder_id: int) -> bool:
        row = self.model.row_of((kind, holder_id))
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def save(self) -> Any:
        choice = self.selected()
        member = choice.member_id if choice is not None else None
        unit = choice.unit_id if choice is not None else None
        return self._call(member, unit, self.note.text())
