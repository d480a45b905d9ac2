"""One demand: what and where it is, who has it, its clock, history and callers, and buttons
for exactly the moves allowed now (the first one is the default, so Enter makes it).

Every move hands back the version of the demand shown, so a change made meanwhile at another
desk is refused with who has it now, and the dialog shows the demand afresh.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.cases import RATING_LABELS
from hall_desk.domain.demand_intake import ACCEPTED_HOW_LABELS, KIND_LABELS, SOURCE_LABELS
from hall_desk.domain.demands import (
    ACTION_LABELS,
    LEVEL_LABELS,
    STATUS_LABELS,
    DemandAction,
    DemandStatus,
)
from hall_desk.domain.errors import DomainError
from hall_desk.services.party.demand_records import DemandDetail
from hall_desk.ui.kit.common import make_table_view, name_widget, size_within_screen
from hall_desk.ui.kit.common import translate_message as tm
from hall_desk.ui.kit.error_dialog import show_domain_error
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.kit.reason_dialog import ReasonDialog
from hall_desk.ui.party.demand_dispatch import DispatchDialog
from hall_desk.ui.party.demand_intake import minutes_text
from hall_desk.ui.party.demand_models import (
    CallerModel,
    DemandEventModel,
    clock_text,
    holder_text,
)
from hall_desk.ui.party.demand_printing import print_demand_slip
from hall_desk.ui.party.demand_prompts import AcceptDialog, CallBackDialog, SolveDialog
from hall_desk.ui.party.demand_similar import SimilarChoice, SimilarDialog

_FIELDS = (
    "kind", "resident", "contact", "where", "level", "description", "holder", "accepted",
    "on_site", "result", "rating", "wish", "merged",
)  # fmt: skip


class DemandDialog(QDialog):
    def __init__(
        self, demand: DemandDetail, context: PageContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("demandDialog")
        self._context = context
        self._demands = context.services.demands
        self._session = context.session
        self.demand = demand

        self.title = QLabel()
        self.title.setObjectName("demand.title")
        self.title.setProperty("role", "title")
        self.state = QLabel()
        name_widget(self.state, "demand.state", self.tr("Where it stands"))
        self.state.setProperty("role", "summary")
        self.state.setWordWrap(True)

        details = QGroupBox(self.tr("Details"))
        self.form = QFormLayout(details)
        self.fields: dict[str, QLabel] = {}
        labels = (
            self.tr("Kind"), self.tr("Resident"), self.tr("Contact"), self.tr("Where"),
            self.tr("Level"), self.tr("What is needed"), self.tr("With"), self.tr("Taken on at"),
            self.tr("On site"), self.tr("Result"), self.tr("Rating"), self.tr("Wish by"),
            self.tr("Merged"),
        )  # fmt: skip
        for key, label in zip(_FIELDS, labels, strict=True):
            value = QLabel()
            value.setObjectName(f"demand.{key}")
            value.setWordWrap(True)
            self.fields[key] = value
            self.form.addRow(label, value)

        self.history_model = DemandEventModel()
        self.history = make_table_view(
            self.history_model, "demand.history", self.tr("History"), stretch=5
        )
        self.callers_model = CallerModel()
        self.callers = make_table_view(
            self.callers_model, "demand.callers", self.tr("Other residents who raised it")
        )
        self.callers.setMaximumHeight(120)
        self.caller_button = QPushButton(self.tr("Call back caller…"))
        name_widget(self.caller_button, "demand.callBackCaller",
                    self.tr("Call back the selected caller"))  # fmt: skip
        self.caller_button.clicked.connect(self.call_back_caller)
        self.callers_box = QGroupBox(self.tr("Other residents who raised it (并单)"))
        callers_layout = QVBoxLayout(self.callers_box)
        callers_layout.addWidget(self.callers)
        callers_layout.addWidget(self.caller_button)

        self.move_buttons: dict[DemandAction, QPushButton] = {}
        moves = QHBoxLayout()
        for action in DemandAction:
            text = tm(ACTION_LABELS[action]) + ("…" if action is not DemandAction.START else "")
            button = QPushButton(text)
            name_widget(button, f"demand.{action.value}", tm(ACTION_LABELS[action]))
            button.clicked.connect(lambda _=False, a=action: self.run_move(a))
            moves.addWidget(button)
            self.move_buttons[action] = button
        self.on_site_button = QPushButton(self.tr("On site now"))
        name_widget(self.on_site_button, "demand.onSite", self.tr("Record arrival on site"))
        self.on_site_button.clicked.connect(self.record_on_site)
        moves.addWidget(self.on_site_button)
        self.merge_button = QPushButton(self.tr("Merge into…"))
        name_widget(self.merge_button, "demand.merge", self.tr("Merge into another demand"))
        self.merge_button.clicked.connect(self.merge_into_other)
        moves.addWidget(self.merge_button)
        moves.addStretch(1)

        self.receipt_button = QPushButton(self.tr("Print receipt"))
        name_widget(self.receipt_button, "demand.printReceipt", self.tr("Print the receipt"))
        self.receipt_button.clicked.connect(lambda: self.print_slip("receipt"))
        self.slip_button = QPushButton(self.tr("Print dispatch slip"))
        name_widget(self.slip_button, "demand.printDispatch", self.tr("Print the dispatch slip"))
        self.slip_button.clicked.connect(lambda: self.print_slip("dispatch"))
        self.reveal = QCheckBox(self.tr("with the full contact"))
        name_widget(self.reveal, "demand.reveal",
                    self.tr("Print the contact in full on the dispatch slip"))  # fmt: skip
        self.message = QLabel()
        self.message.setObjectName("demand.message")
        self.message.setProperty("role", "ok")
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        name_widget(close, "demand.close", self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.receipt_button)
        bottom.addWidget(self.slip_button)
        bottom.addWidget(self.reveal)
        bottom.addStretch(1)
        bottom.addWidget(close)

        right = QVBoxLayout()
        right.addWidget(self.history, 1)
        right.addWidget(self.callers_box)
        middle = QHBoxLayout()
        middle.addWidget(details, 2)
        middle.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addLayout(middle, 1)
        layout.addLayout(moves)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        size_within_screen(self, 1120, 640)
        self.show_demand(demand)

    # -- showing -----------------------------------------------------------------------
    def show_demand(self, d: DemandDetail) -> None:
        self.demand = d
        self.setWindowTitle(self.tr("Demand {number}").format(number=d.number))
        self.title.setText(f"{d.number}  {d.category_name}")
        parts = [tm(STATUS_LABELS[d.status])]
        if d.holder_name:
            parts.append(holder_text(d.holder_name, d.holder_unit_name))
        due = clock_text(d)
        if due:
            parts.append(self.tr("due {time}").format(time=due))
        self.state.setText(" · ".join(parts))
        self.state.setProperty("role", "error" if d.is_overdue else "summary")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        f = self.fields
        f["kind"].setText(f"{tm(KIND_LABELS[d.kind])} · {tm(SOURCE_LABELS[d.source])} · "
                          f"{d.created_at:%Y-%m-%d %H:%M} · {d.clerk_name}")  # fmt: skip
        anonymous = self.tr("anonymous")
        f["resident"].setText(f"{d.resident_name or anonymous} {d.masked_phone}".strip())
        contact = f"{d.contact_name} {d.masked_contact_phone}".strip()
        f["contact"].setText(contact if d.resident_id is not None else "")
        f["where"].setText(" · ".join(p for p in (d.neighbourhood, d.grid, d.place) if p))
        level = tm(LEVEL_LABELS[d.level])
        if d.clock_minutes:
            level += " · " + minutes_text(d.clock_minutes)
        if d.needs_visit:
            level += " · " + self.tr("needs a visit")
        f["level"].setText(level)
        f["description"].setText(d.description)
        f["holder"].setText(holder_text(d.holder_name, d.holder_unit_name))
        how = tm(ACCEPTED_HOW_LABELS[d.accepted_how]) if d.accepted_how else ""
        f["accepted"].setText(f"{_when(d.accepted_at)} {how}".strip() if d.accepted_at else "")
        f["on_site"].setText(_when(d.on_site_at))
        minutes = self.tr("%n minute(s) of service", "", d.service_minutes)
        f["result"].setText(f"{d.result_note} ({minutes})" if d.result_note else "")
        rating = tm(RATING_LABELS[d.rating]) if d.rating else ""
        f["rating"].setText("：".join(p for p in (rating, d.rating_note) if p))
        f["wish"].setText(d.wish_target_date.isoformat() if d.wish_target_date else "")
        merged = ""
        if d.merged_into_number:
            merged = self.tr("merged into {number}").format(number=d.merged_into_number)
        elif d.merged_numbers:
            merged = self.tr("carries {numbers}").format(numbers="、".join(d.merged_numbers))
        f["merged"].setText(merged)
        for key, label in f.items():
            self.form.setRowVisible(label, bool(label.text()) or key in ("kind", "resident"))
        self.history_model.set_rows(d.events)
        self.callers_model.set_rows(d.callers)
        self.callers_box.setVisible(bool(d.callers))
        done = d.status in (DemandStatus.SOLVED, DemandStatus.CALLED_BACK)
        self.caller_button.setEnabled(bool(d.callers_owed) and done)
        running = d.accepted_at is not None and d.solved_at is None and not d.is_merged
        self.on_site_button.setVisible(running and d.on_site_at is None)
        self.merge_button.setVisible(not d.is_merged and d.status is DemandStatus.PENDING)
        first: QPushButton | None = None
        for action, button in self.move_buttons.items():
            allowed = action in d.allowed
            button.setVisible(allowed)
            button.setDefault(False)
            if allowed and first is None:
                first = button
        if first is not None:
            first.setDefault(True)
        self.slip_button.setVisible(bool(d.holder_name))
        self.reveal.setVisible(bool(d.holder_name))

    # -- moves -------------------------------------------------------------------------
    def run_move(self, action: DemandAction) -> None:
        """Ask what the move needs, make it and show the demand as it is now."""
        d, s, version = self._demands, self._session, self.demand.version
        number = self.demand.number
        if action in (DemandAction.DISPATCH, DemandAction.REASSIGN):
            reassign = action is DemandAction.REASSIGN

            def give(member: int | None, unit: int | None, text: str) -> DemandDetail:
                if reassign:
                    return d.reassign(s, number, member, unit, text, version=version)
                return d.dispatch(s, number, member, unit, text, version=version)

            self._prompted(DispatchDialog(d, s, self.demand, give, reassign=reassign, parent=self))
        elif action is DemandAction.ACCEPT:
            self._prompted(
                AcceptDialog(
                    number,
                    holder_text(self.demand.holder_name, self.demand.holder_unit_name),
                    self._context.services.clock.now(),
                    lambda how, at: d.accept(s, number, how, at, version=version),
                    parent=self,
                )
            )
        elif action is DemandAction.START:
            self._apply(lambda: d.start(s, number, version=version))
        elif action is DemandAction.SOLVE:
            self._prompted(
                SolveDialog(
                    number,
                    lambda note, minutes: d.solve(s, number, note, minutes, version=version),
                    parent=self,
                )
            )
        elif action is DemandAction.CALL_BACK:
            title = self.tr("Call back {name}").format(
                name=self.demand.resident_name or self.tr("the resident")
            )
            self._prompted(
                CallBackDialog(
                    title,
                    lambda rating, note: d.call_back(s, number, rating, note, version=version),
                    parent=self,
                )
            )
        else:
            prompts = {
                DemandAction.HAND_BACK: self.tr("Why is it handed back? It goes back to the pool."),
                DemandAction.REOPEN: self.tr(
                    "Why is it reopened? It goes back to whoever had it; the history is kept."
                ),
            }
            prompt = ReasonDialog(tm(ACTION_LABELS[action]), prompts[action], parent=self)
            if prompt.exec() != QDialog.DialogCode.Accepted:
                return
            reason = prompt.text()
            if action is DemandAction.HAND_BACK:
                self._apply(lambda: d.hand_back(s, number, reason, version=version))
            else:
                self._apply(lambda: d.reopen(s, number, reason, version=version))

    def record_on_site(self) -> None:
        number = self.demand.number
        self._apply(lambda: self._demands.record_on_site(self._session, number))

    def call_back_caller(self) -> None:
        index = self.callers.currentIndex()
        owed = self.demand.callers_owed
        if index.isValid() and index.row() < self.callers_model.rowCount():
            caller = self.callers_model.row_at(index.row())
        elif owed:
            caller = owed[0]
        else:
            return
        title = self.tr("Call back {name}").format(name=caller.name or self.tr("the caller"))
        self._prompted(
            CallBackDialog(
                title,
                lambda rating, note: self._demands.call_back_caller(
                    self._session, caller.id, rating, note
                ),
                parent=self,
            )
        )

    def merge_into_other(self) -> None:
        """并单: fold this waiting demand into a similar open one."""
        d = self.demand
        try:
            rows = [
                r
                for r in self._demands.similar_open(
                    self._session, d.category_id, d.neighbourhood, d.place
                )
                if r.number != d.number
            ]
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        if not rows:
            self.message.setText(self.tr("No similar open demand to merge into."))
            return
        prompt = SimilarDialog(
            rows,
            offer_new=False,
            text=self.tr(
                "Fold {number} into the selected demand: its resident becomes a caller there "
                "and {number} leaves the lists."
            ).format(number=d.number),
            parent=self,
        )
        chosen = prompt.selected() if prompt.exec() == QDialog.DialogCode.Accepted else None
        if prompt.choice is not SimilarChoice.MERGE or chosen is None:
            return
        self._apply(lambda: self._demands.merge_demand(self._session, d.number, chosen.number))

    def _prompted(self, prompt: QDialog) -> None:
        if prompt.exec() == QDialog.DialogCode.Accepted:
            self._done(prompt.saved)  # type: ignore[attr-defined]
        else:
            self._reload()

    def _apply(self, call: Callable[[], DemandDetail]) -> bool:
        try:
            updated = call()
        except DomainError as exc:
            show_domain_error(self, exc)
            self._reload()
            return False
        self._done(updated)
        return True

    def _done(self, updated: DemandDetail) -> None:
        self.show_demand(updated)
        self.message.setText("")
        self._context.events.changed.emit("demand")

    def _reload(self) -> None:
        with contextlib.suppress(DomainError):
            self.show_demand(self._demands.detail(self._session, self.demand.number))

    def print_slip(self, kind: str) -> None:
        print_demand_slip(
            self,
            self._context.services.demand_slips,
            self._session,
            self.demand.number,
            kind,
            self._context.slip_layout(),
            reveal_contact=kind == "dispatch" and self.reveal.isChecked(),
            report=self.message.setText,
        )


def _when(at: datetime | None) -> str:
    return f"{at:%Y-%m-%d %H:%M}" if at is not None else ""
