"""Dialogs of the elderly-subsidy tab: recording an annual check, stopping payment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.elderly import (
    CHECK_METHOD_LABELS,
    STOP_REASON_LABELS,
    CheckMethod,
    StopReason,
)
from hall_desk.services.elderly import ElderlyService, SubsidyRow
from hall_desk.services.session import StaffSession
from hall_desk.ui.common import (
    FieldErrors,
    dialog_buttons,
    from_qdate,
    submit_form,
    to_qdate,
    translate_message,
)

_Index = QModelIndex | QPersistentModelIndex


def due_month_text(row: SubsidyRow) -> str:
    """The month of the next annual check, with what it means today."""
    year, month = row.due_month
    text = f"{year}-{month:02d}"
    if row.stopped:
        return ""
    if row.check_status == "overdue":
        return QCoreApplication.translate("SubsidyTableModel", "{month} (overdue)").format(
            month=text
        )
    if row.check_status == "due":
        return QCoreApplication.translate("SubsidyTableModel", "{month} (this month)").format(
            month=text
        )
    return text


def _person_line(row: SubsidyRow) -> str:
    parts = [row.name, row.masked_id]
    if row.age is not None:
        parts.append(QCoreApplication.translate("ElderlyPanel", "{age} years").format(age=row.age))
    return "  ".join(p for p in parts if p)


class CheckDialog(QDialog):
    """An annual check made outside a case: on a home visit or on the person's behalf."""

    def __init__(
        self,
        elderly: ElderlyService,
        session: StaffSession,
        row: SubsidyRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._elderly = elderly
        self._session = session
        self.row = row
        self.saved: SubsidyRow | None = None
        self.setObjectName("elderly.checkDialog")
        self.setWindowTitle(self.tr("Record an annual check"))
        self.setMinimumWidth(480)

        who = QLabel(_person_line(row))
        who.setProperty("role", "summary")
        due = QLabel(
            self.tr("Annual check due: {month}").format(month=due_month_text(row))
            if row.last_checked_on is None
            else self.tr("Annual check due: {month}; last check {date}").format(
                month=due_month_text(row), date=row.last_checked_on.isoformat()
            )
        )
        due.setObjectName("elderly.checkDialog.due")
        general = QLabel()
        general.setObjectName("elderly.checkDialog.message")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.method = QComboBox()
        for method in (CheckMethod.HOME_VISIT, CheckMethod.ON_BEHALF):
            self.method.addItem(translate_message(CHECK_METHOD_LABELS[method]), method.value)
        self.errors.add_row(
            form,
            "check_method",
            self.method,
            "elderly.checkDialog.method",
            self.tr("&How"),
            self.tr("How the check was done"),
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional, e.g. who was seen at home"))
        self.errors.add_row(
            form, "note", self.note, "elderly.checkDialog.note", self.tr("&Note"), self.tr("Note")
        )
        hint = QLabel(
            self.tr(
                "The check counts for today. A check in person at the desk is taken as a case "
                "(annual check) instead, so that it gets a number and a slip."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        buttons, self.submit = dialog_buttons(
            self,
            "elderly.checkDialog",
            self.tr("Record check"),
            self.tr("Record the annual check"),
            self.tr("Cancel"),
        )
        buttons.accepted.connect(self._save)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(due)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.method.setFocus()

    def _save(self) -> None:
        result = submit_form(
            self.errors,
            lambda: self._elderly.record_check(
                self._session, self.row.id, str(self.method.currentData()), self.note.text()
            ),
        )
        if result is not None:
            self.saved = result
            self.accept()


class StopDialog(QDialog):
    """Stop payment: from which day and why (a note is needed for any other reason)."""

    def __init__(
        self,
        elderly: ElderlyService,
        session: StaffSession,
        row: SubsidyRow,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._elderly = elderly
        self._session = session
        self.row = row
        self.saved: SubsidyRow | None = None
        self.setObjectName("elderly.stopDialog")
        self.setWindowTitle(self.tr("Stop payment"))
        self.setMinimumWidth(500)

        who = QLabel(_person_line(row))
        who.setProperty("role", "summary")
        general = QLabel()
        general.setObjectName("elderly.stopDialog.message")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.stopped_on = QDateEdit(to_qdate(today))
        self.stopped_on.setCalendarPopup(True)
        self.stopped_on.setDisplayFormat("yyyy-MM-dd")
        self.errors.add_row(
            form,
            "stopped_on",
            self.stopped_on,
            "elderly.stopDialog.date",
            self.tr("Stops &from"),
            self.tr("Date payment stops"),
        )
        self.reason = QComboBox()
        for reason in StopReason:
            self.reason.addItem(translate_message(STOP_REASON_LABELS[reason]), reason.value)
        self.errors.add_row(
            form,
            "stop_reason",
            self.reason,
            "elderly.stopDialog.reason",
            self.tr("&Reason"),
            self.tr("Why payment stops"),
        )
        self.note = QLineEdit()
        self.errors.add_row(
            form,
            "stop_note",
            self.note,
            "elderly.stopDialog.note",
            self.tr("&Note"),
            self.tr("Note on the stop"),
        )
        self.reason.currentIndexChanged.connect(lambda _i: self._update_placeholder())
        self._update_placeholder()
        hint = QLabel(
            self.tr(
                "Payment started on {date}. A stop entered by mistake can be taken back with "
                "Resume payment."
            ).format(date=row.started_on.isoformat())
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        buttons, self.submit = dialog_buttons(
            self,
            "elderly.stopDialog",
            self.tr("Stop payment"),
            self.tr("Stop the payment"),
            self.tr("Cancel"),
        )
        buttons.accepted.connect(self._save)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.stopped_on.setFocus()

    def _update_placeholder(self) -> None:
        if self.reason.currentData() == StopReason.OTHER.value:
            self.note.setPlaceholderText(self.tr("required: why payment stops"))
        else:
            self.note.setPlaceholderText(self.tr("optional"))

    def _save(self) -> None:
        result = submit_form(
            self.errors,
            lambda: self._elderly.stop(
                self._session,
                self.row.id,
                from_qdate(self.stopped_on.date()),
                str(self.reason.currentData()),
                self.note.text(),
            ),
        )
        if result is not None:
            self.saved = result
            self.accept()


# -- the panel --------------------------------------------------------------------------------
