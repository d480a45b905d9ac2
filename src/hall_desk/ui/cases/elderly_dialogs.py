"""Dialogs of the elderly-subsidy tab: recording an annual check, stopping payment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from hall_desk.domain.elderly import (
    CHECK_METHOD_LABELS,
    STOP_REASON_LABELS,
    CheckMethod,
    StopReason,
)
from hall_desk.services.cases.elderly import ElderlyService
from hall_desk.services.cases.elderly_rows import SubsidyRow
from hall_desk.services.session import StaffSession
from hall_desk.ui.cases.elderly_models import due_month_text
from hall_desk.ui.kit.common import from_qdate, to_qdate, translate_message
from hall_desk.ui.kit.form_dialog import FormDialog

_GROW = QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow


def _who(row: SubsidyRow) -> QLabel:
    """The person a dialog is about: name, masked ID number and age."""
    parts = [row.name, row.masked_id]
    if row.age is not None:
        parts.append(QCoreApplication.translate("ElderlyPanel", "{age} years").format(age=row.age))
    label = QLabel("  ".join(p for p in parts if p))
    label.setProperty("role", "summary")
    return label


class CheckDialog(FormDialog):
    """An annual check made outside a case: on a home visit or on the person's behalf."""

    def __init__(
        self,
        elderly: ElderlyService,
        session: StaffSession,
        row: SubsidyRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("elderly.checkDialog", parent, growth=_GROW)
        self._elderly = elderly
        self._session = session
        self.row = row
        self.setWindowTitle(self.tr("Record an annual check"))
        self.setMinimumWidth(480)

        due = QLabel(
            self.tr("Annual check due: {month}").format(month=due_month_text(row))
            if row.last_checked_on is None
            else self.tr("Annual check due: {month}; last check {date}").format(
                month=due_month_text(row), date=row.last_checked_on.isoformat()
            )
        )
        due.setObjectName("elderly.checkDialog.due")
        self.method = QComboBox()
        for method in (CheckMethod.HOME_VISIT, CheckMethod.ON_BEHALF):
            self.method.addItem(translate_message(CHECK_METHOD_LABELS[method]), method.value)
        self.add_field(
            "check_method",
            self.method,
            "method",
            self.tr("&How"),
            self.tr("How the check was done"),
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional, e.g. who was seen at home"))
        self.add_field("note", self.note, "note", self.tr("&Note"), self.tr("Note"))
        self.finish(
            self.tr("Record check"),
            self.tr("Record the annual check"),
            self.tr("Cancel"),
            above=[_who(row), due],
            hint=self.tr(
                "The check counts for today. A check in person at the desk is taken as a case "
                "(annual check) instead, so that it gets a number and a slip."
            ),
        )
        self.method.setFocus()

    def save(self) -> SubsidyRow:
        method = str(self.method.currentData())
        return self._elderly.record_check(self._session, self.row.id, method, self.note.text())


class StopDialog(FormDialog):
    """Stop payment: from which day and why (a note is needed for any other reason)."""

    def __init__(
        self,
        elderly: ElderlyService,
        session: StaffSession,
        row: SubsidyRow,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("elderly.stopDialog", parent, growth=_GROW)
        self._elderly = elderly
        self._session = session
        self.row = row
        self.setWindowTitle(self.tr("Stop payment"))
        self.setMinimumWidth(500)

        self.stopped_on = QDateEdit(to_qdate(today))
        self.stopped_on.setCalendarPopup(True)
        self.stopped_on.setDisplayFormat("yyyy-MM-dd")
        self.add_field(
            "stopped_on",
            self.stopped_on,
            "date",
            self.tr("Stops &from"),
            self.tr("Date payment stops"),
        )
        self.reason = QComboBox()
        for reason in StopReason:
            self.reason.addItem(translate_message(STOP_REASON_LABELS[reason]), reason.value)
        self.add_field(
            "stop_reason", self.reason, "reason", self.tr("&Reason"), self.tr("Why payment stops")
        )
        self.note = QLineEdit()
        self.add_field(
            "stop_note", self.note, "note", self.tr("&Note"), self.tr("Note on the stop")
        )
        self.reason.currentIndexChanged.connect(lambda _i: self._update_placeholder())
        self._update_placeholder()
        self.finish(
            self.tr("Stop payment"),
            self.tr("Stop the payment"),
            self.tr("Cancel"),
            above=[_who(row)],
            hint=self.tr(
                "Payment started on {date}. A stop entered by mistake can be taken back with "
                "Resume payment."
            ).format(date=row.started_on.isoformat()),
        )
        self.stopped_on.setFocus()

    def _update_placeholder(self) -> None:
        if self.reason.currentData() == StopReason.OTHER.value:
            self.note.setPlaceholderText(self.tr("required: why payment stops"))
        else:
            self.note.setPlaceholderText(self.tr("optional"))

    def save(self) -> SubsidyRow:
        return self._elderly.stop(
            self._session,
            self.row.id,
            from_qdate(self.stopped_on.date()),
            str(self.reason.currentData()),
            self.note.text(),
        )
