"""One case: what it is, where it stands, its history, and the moves it allows now."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.cases import (
    ACTION_LABELS,
    RATING_LABELS,
    STATUS_LABELS,
    CaseAction,
    CaseStatus,
    allowed_actions,
)
from hall_desk.domain.errors import DomainError
from hall_desk.domain.party_transfer import CHANNEL_LABELS, DIRECTION_LABELS, SCOPE_LABELS
from hall_desk.domain.phones import mask_phone
from hall_desk.printing.slips import SlipLayout
from hall_desk.services.cases.case_lists import CaseLists
from hall_desk.services.cases.case_records import CaseRecord
from hall_desk.services.cases.cases import CaseService
from hall_desk.services.cases.slips import SlipService
from hall_desk.services.catalogue import CatalogueService
from hall_desk.services.session import StaffSession
from hall_desk.ui.cases.case_models import CaseEventModel, due_text
from hall_desk.ui.cases.case_prompts import CompleteDialog, TransferDialog
from hall_desk.ui.kit.common import (
    make_table_view,
    name_widget,
    size_within_screen,
    translate_message,
)
from hall_desk.ui.kit.error_dialog import show_domain_error
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.reason_dialog import ReasonDialog
from hall_desk.ui.kit.slip_printing import issue_and_print

#: Moves offered on an existing case (intake moves happen in the intake dialog).
CASE_MOVES = (
    CaseAction.DOCUMENTS_COMPLETE,
    CaseAction.START,
    CaseAction.PAUSE,
    CaseAction.RESUME,
    CaseAction.TRANSFER,
    CaseAction.COMPLETE,
    CaseAction.RETURN,
    CaseAction.REFUSE,
)


class CaseDialog(QDialog):
    def __init__(
        self,
        case: CaseRecord,
        *,
        cases: CaseService,
        lists: CaseLists,
        catalogue: CatalogueService,
        slips: SlipService,
        session: StaffSession,
        events: DataEvents,
        slip_layout: Callable[[], SlipLayout],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseDialog")
        self._cases = cases
        self._lists = lists
        self._catalogue = catalogue
        self._slips = slips
        self._session = session
        self._events = events
        self._slip_layout = slip_layout
        self.case = case

        self.title = QLabel()
        self.title.setObjectName("case.title")
        self.title.setProperty("role", "title")
        self.status = QLabel()
        name_widget(self.status, "case.status", self.tr("Status"))
        self.status.setProperty("role", "summary")
        self.status.setWordWrap(True)

        details = QGroupBox(self.tr("Details"))
        self.form = QFormLayout(details)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("item", self.tr("Service item")),
            ("office", self.tr("Office")),
            ("resident", self.tr("Resident")),
            ("agent", self.tr("On their behalf")),
            ("accepted", self.tr("Taken in")),
            ("due", self.tr("Promised by")),
            ("received", self.tr("Documents handed in")),
            ("missing", self.tr("Still missing")),
            ("transfer", self.tr("Transfer letter")),
            ("reason", self.tr("Reason")),
            ("result", self.tr("Result")),
            ("rating", self.tr("Rating")),
            ("follow_up", self.tr("Call-back")),
        ):
            value = QLabel()
            value.setObjectName(f"case.{key}")
            value.setWordWrap(True)
            self.fields[key] = value
            self.form.addRow(label, value)

        self.history_model = CaseEventModel()
        self.history = make_table_view(self.history_model, "case.history", self.tr("History"))

        self.move_buttons: dict[CaseAction, QPushButton] = {}
        moves = QHBoxLayout()
        for action in CASE_MOVES:
            button = QPushButton(translate_message(ACTION_LABELS[action]))
            name_widget(button, f"case.{action.value}", translate_message(ACTION_LABELS[action]))
            button.clicked.connect(lambda _=False, a=action: self.run_move(a))
            moves.addWidget(button)
            self.move_buttons[action] = button
        moves.addStretch(1)

        self.print_button = QPushButton(self.tr("Print slip"))
        name_widget(self.print_button, "case.print", self.tr("Print this case's slip"))
        self.print_button.clicked.connect(self.print_slip)
        self.rate_button = QPushButton(self.tr("Record rating"))
        name_widget(self.rate_button, "case.rate", self.tr("Record the resident's rating"))
        self.rate_button.clicked.connect(self.rate)
        self.follow_up_button = QPushButton(self.tr("Call-back made"))
        name_widget(self.follow_up_button, "case.followUp", self.tr("Record the call-back"))
        self.follow_up_button.clicked.connect(self.close_follow_up)
        close = QPushButton(self.tr("Close"))
        name_widget(close, "case.close", self.tr("Close"))
        close.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setObjectName("case.message")
        self.message.setProperty("role", "ok")
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.rate_button)
        bottom.addWidget(self.follow_up_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(details)
        layout.addWidget(self.history, 1)
        layout.addLayout(moves)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        size_within_screen(self, 860, 680)
        self.show_case(case)
        if not case.events:
            self._reload()  # a row from a list comes without its history

    # -- showing -----------------------------------------------------------------------
    def show_case(self, case: CaseRecord) -> None:
        self.case = case
        self.setWindowTitle(self.tr("Case {number}").format(number=case.number))
        self.title.setText(f"{case.number}  {case.item_name}")
        status = translate_message(STATUS_LABELS[case.status])
        due = due_text(case)
        self.status.setText(
            self.tr("{status} · promised by {due}").format(status=status, due=due)
            if due
            else status
        )
        f = self.fields
        f["item"].setText(f"{case.item_name}（{case.item_code}）")
        f["office"].setText(case.office)
        f["resident"].setText(f"{case.resident_name}  {case.masked_id}  {case.masked_phone}")
        agent = case.agent
        f["agent"].setText(
            f"{agent.name}（{agent.relation}） {mask_phone(agent.phone)}" if agent else ""
        )
        f["accepted"].setText(f"{case.accepted_at:%Y-%m-%d %H:%M} · {case.clerk_name}")
        days = ""
        if case.due_date is not None:
            days = (
                self.tr("%n working day(s)", "", case.time_limit_days)
                if case.time_limit_days
                else self.tr("handled on the spot")
            )
            if case.paused_working_days:
                days += " + " + self.tr("%n paused day(s)", "", case.paused_working_days)
        f["due"].setText(f"{due} {days}".strip() if due else "")
        f["received"].setText("、".join(case.documents_received))
        f["missing"].setText("、".join(case.documents_missing))
        t = case.transfer
        f["transfer"].setText(
            f"{translate_message(DIRECTION_LABELS[t.direction])} · "
            f"{translate_message(SCOPE_LABELS[t.scope])} · {t.from_org} → {t.to_org} · "
            f"{t.letter_number} · {t.issued_on.isoformat()} – {t.valid_until.isoformat()} · "
            f"{translate_message(CHANNEL_LABELS[t.channel])}"
            + (
                " · " + self.tr("receipt back {date}").format(date=t.receipt_back_on.isoformat())
                if t.receipt_back_on
                else ""
            )
            if t
            else ""
        )
        f["reason"].setText(case.reason)
        f["result"].setText(case.result_note)
        f["rating"].setText(translate_message(RATING_LABELS[case.rating]) if case.rating else "")
        if case.follow_up_due is not None:
            f["follow_up"].setText(
                self.tr("done")
                if case.follow_up_done
                else self.tr("owed by {date}").format(date=case.follow_up_due.isoformat())
            )
        else:
            f["follow_up"].setText("")
        for key, label in f.items():
            row_visible = bool(label.text()) or key in ("item", "office", "resident", "accepted")
            self.form.setRowVisible(label, row_visible)
        self.history_model.set_rows(case.events)
        allowed = set(allowed_actions(case.status))
        for action, button in self.move_buttons.items():
            button.setVisible(action in allowed)
        self.rate_button.setVisible(case.status is CaseStatus.COMPLETED and case.rating is None)
        self.follow_up_button.setVisible(case.follow_up_due is not None and not case.follow_up_done)

    # -- moves -------------------------------------------------------------------------
    def run_move(self, action: CaseAction) -> None:
        """Ask what the move needs, make it, show the result; print the slip it produces."""
        case = self.case
        call: Callable[[], CaseRecord]
        if action is CaseAction.DOCUMENTS_COMPLETE:
            call = lambda: self._cases.documents_complete(self._session, case.id)  # noqa: E731
        elif action is CaseAction.START:
            call = lambda: self._cases.start(self._session, case.id)  # noqa: E731
        elif action is CaseAction.RESUME:
            call = lambda: self._cases.resume(self._session, case.id)  # noqa: E731
        elif action in (CaseAction.PAUSE, CaseAction.RETURN, CaseAction.REFUSE):
            prompt = ReasonDialog(
                translate_message(ACTION_LABELS[action]),
                {
                    CaseAction.PAUSE: self.tr(
                        "Why is the case paused? The paused working days extend the promised date."
                    ),
                    CaseAction.RETURN: self.tr("Why is the case returned?"),
                    CaseAction.REFUSE: self.tr(
                        "Why can the case not be accepted? This is printed on the notice."
                    ),
                }[action],
                parent=self,
            )
            if prompt.exec() != QDialog.DialogCode.Accepted:
                return
            reason = prompt.text()
            if action is CaseAction.PAUSE:
                call = lambda: self._cases.pause(self._session, case.id, reason)  # noqa: E731
            elif action is CaseAction.RETURN:
                call = lambda: self._cases.return_case(self._session, case.id, reason)  # noqa: E731
            else:
                call = lambda: self._cases.refuse_waiting(self._session, case.id, reason)  # noqa: E731
        elif action is CaseAction.TRANSFER:
            try:
                offices = self._catalogue.offices(self._session)
            except DomainError as exc:
                show_domain_error(self, exc)
                return
            transfer = TransferDialog(offices, case.office, parent=self)
            if transfer.exec() != QDialog.DialogCode.Accepted:
                return
            office, note = transfer.office.currentText(), transfer.note.text()
            call = lambda: self._cases.transfer(self._session, case.id, office, note)  # noqa: E731
        elif action is CaseAction.COMPLETE:
            complete = CompleteDialog(parent=self)
            if complete.exec() != QDialog.DialogCode.Accepted:
                return
            result, rating = complete.result.text(), complete.rating()
            call = lambda: self._cases.complete(self._session, case.id, result, rating)  # noqa: E731
        else:
            return
        if not self._apply(call):
            return
        if action in (CaseAction.DOCUMENTS_COMPLETE, CaseAction.COMPLETE, CaseAction.REFUSE):
            self.print_slip()

    def rate(self) -> None:
        complete = CompleteDialog(parent=self)
        complete.setWindowTitle(self.tr("Record rating"))
        complete.result.setEnabled(False)
        if complete.exec() != QDialog.DialogCode.Accepted or complete.rating() is None:
            return
        rating = complete.rating() or ""
        self._apply(lambda: self._cases.rate(self._session, self.case.id, rating))

    def close_follow_up(self) -> None:
        prompt = ReasonDialog(
            self.tr("Call-back made"),
            self.tr("What did the resident say on the call-back?"),
            parent=self,
        )
        if prompt.exec() != QDialog.DialogCode.Accepted:
            return
        outcome = prompt.text()
        self._apply(lambda: self._cases.close_follow_up(self._session, self.case.id, outcome))

    def _apply(self, call: Callable[[], CaseRecord]) -> bool:
        try:
            updated = call()
        except DomainError as exc:
            show_domain_error(self, exc)
            self._reload()
            return False
        self.show_case(updated)
        self.message.setText("")
        self._events.changed.emit("case")
        return True

    def _reload(self) -> None:
        with contextlib.suppress(DomainError):
            self.show_case(self._lists.get(self._session, self.case.id))

    def print_slip(self) -> None:
        issue_and_print(
            self,
            self._slips,
            self._session,
            self.case.id,
            self._slip_layout(),
            report=self.message.setText,
        )
