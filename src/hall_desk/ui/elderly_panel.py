"""The elderly-age subsidy (高龄补贴) at the desk: annual checks due, band changes next month,
everyone subsidised, and (administrators) the monthly amounts of the age bands."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.clock import Clock
from hall_desk.domain.elderly import (
    STOP_REASON_LABELS,
    format_yuan,
)
from hall_desk.domain.errors import DomainError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.elderly import BandChangeRow, BandInfo, ElderlyService, SubsidyRow
from hall_desk.services.session import StaffSession
from hall_desk.ui.common import (
    FieldErrors,
    make_table_view,
    message_text,
    name_widget,
    restyle,
    translate_message,
)
from hall_desk.ui.elderly_dialogs import CheckDialog, StopDialog, due_month_text
from hall_desk.ui.events import DataEvents
from hall_desk.ui.list_tab import ListTab
from hall_desk.ui.table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex

OVERDUE_COLOUR = QColor("#c62828")
STOPPED_COLOUR = QColor("#78909c")

_Dialog = TypeVar("_Dialog", bound=QDialog)


def amount_text(fen: int | None) -> str:
    """``100.00 yuan``, or ``not set`` while an administrator has not entered the amount."""
    if fen is None:
        return QCoreApplication.translate("SubsidyTableModel", "not set")
    return QCoreApplication.translate("SubsidyTableModel", "{amount} yuan").format(
        amount=format_yuan(fen)
    )


class SubsidyTableModel(RowTableModel):
    """People receiving the subsidy; ``columns`` picks which columns to show, in order.
    Overdue checks are red, stopped payments grey."""

    NAME, ID, PHONE, AGE, BAND, AMOUNT, STARTED, LAST_CHECK, DUE, STOPPED = range(10)
    CONTEXT = "SubsidyTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Name"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "ID number"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Phone"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Age"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Band"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Monthly amount"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Paid since"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Last check"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Check due"),
        QT_TRANSLATE_NOOP("SubsidyTableModel", "Stopped"),
    )

    def subsidy_at(self, row: int) -> SubsidyRow:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.stopped:
                return QBrush(STOPPED_COLOUR)
            if row.check_status == "overdue":
                return QBrush(OVERDUE_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STOPPED and row.stop_note:
            return row.stop_note
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AGE, self.AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: SubsidyRow, column: int) -> str:
        match column:
            case self.NAME:
                return row.name
            case self.ID:
                return row.masked_id
            case self.PHONE:
                return row.masked_phone
            case self.AGE:
                return "" if row.age is None else str(row.age)
            case self.BAND:
                return row.band_label
            case self.AMOUNT:
                return amount_text(row.monthly_amount_fen) if row.band_label else ""
            case self.STARTED:
                return row.started_on.isoformat()
            case self.LAST_CHECK:
                if row.last_checked_on is None:
                    return QCoreApplication.translate("SubsidyTableModel", "none yet")
                return row.last_checked_on.isoformat()
            case self.DUE:
                return due_month_text(row)
            case self.STOPPED:
                if row.stopped_on is None:
                    return ""
                reason = (
                    translate_message(STOP_REASON_LABELS[row.stop_reason])
                    if row.stop_reason
                    else ""
                )
                return f"{row.stopped_on.isoformat()} {reason}".strip()
        return ""


class BandChangeModel(RowTableModel):
    """People who reach a higher band next month, with the amount they move to."""

    NAME, ID, PHONE, BAND, BIRTHDAY, NEW_BAND, NEW_AMOUNT = range(7)
    CONTEXT = "BandChangeModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("BandChangeModel", "Name"),
        QT_TRANSLATE_NOOP("BandChangeModel", "ID number"),
        QT_TRANSLATE_NOOP("BandChangeModel", "Phone"),
        QT_TRANSLATE_NOOP("BandChangeModel", "Band now"),
        QT_TRANSLATE_NOOP("BandChangeModel", "Birthday"),
        QT_TRANSLATE_NOOP("BandChangeModel", "New band"),
        QT_TRANSLATE_NOOP("BandChangeModel", "New monthly amount"),
    )

    def subsidy_at(self, row: int) -> SubsidyRow:
        return self._rows[row].subsidy

    def change_at(self, row: int) -> BandChangeRow:
        return self._rows[row]

    def row_key(self, record: Any) -> Any:
        return record.subsidy.id

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self._rows[index.row()]
        row = change.subsidy
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match index.column():
            case self.NAME:
                return row.name
            case self.ID:
                return row.masked_id
            case self.PHONE:
                return row.masked_phone
            case self.BAND:
                return row.band_label
            case self.BIRTHDAY:
                return QCoreApplication.translate("BandChangeModel", "{date} (turns {age})").format(
                    date=change.birthday.isoformat(), age=change.new_age
                )
            case self.NEW_BAND:
                return change.new_band_label
            case self.NEW_AMOUNT:
                return amount_text(change.new_monthly_amount_fen)
        return ""


# -- dialogs ----------------------------------------------------------------------------------
class ElderlyPanel(QWidget):
    """Lists of the subsidy and the actions on a selected person."""

    def __init__(
        self,
        elderly: ElderlyService,
        session: StaffSession,
        events: DataEvents,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("elderly.panel")
        self._elderly = elderly
        self._session = session
        self._events = events
        self._clock = clock
        self.open_dialog: QDialog | None = None
        self._amount_edits: dict[int, QLineEdit] = {}

        self.warning = QLabel()
        name_widget(self.warning, "elderly.amountsWarning", self.tr("Amounts not set"))
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.warning.hide()

        m = SubsidyTableModel
        self.due_model = SubsidyTableModel(
            (m.NAME, m.ID, m.PHONE, m.AGE, m.BAND, m.STARTED, m.LAST_CHECK, m.DUE)
        )
        self.changes_model = BandChangeModel()
        self.all_model = SubsidyTableModel(
            (
                m.NAME,
                m.ID,
                m.PHONE,
                m.AGE,
                m.BAND,
                m.AMOUNT,
                m.STARTED,
                m.LAST_CHECK,
                m.DUE,
                m.STOPPED,
            )
        )
        self.due_tab = ListTab(
            self._table(self.due_model, "elderly.dueTable", self.tr("Annual checks due")),
            self.tr("Nobody's annual check is due this month or overdue."),
            "elderly.dueEmpty",
        )
        self.changes_tab = ListTab(
            self._table(
                self.changes_model, "elderly.changesTable", self.tr("Band changes next month")
            ),
            self.tr("Nobody moves into a higher age band next month."),
            "elderly.changesEmpty",
        )
        self.all_tab = ListTab(
            self._table(self.all_model, "elderly.allTable", self.tr("Everyone subsidised")),
            self.tr("Nobody receives the subsidy yet. It starts when an application is completed."),
            "elderly.allEmpty",
        )
        self.show_stopped = QCheckBox(self.tr("Show stopped payments"))
        name_widget(self.show_stopped, "elderly.showStopped", self.tr("Show stopped payments"))
        self.show_stopped.toggled.connect(lambda _on: self.refresh())
        self.all_tab.top.addWidget(self.show_stopped)
        self.all_tab.top.addStretch(1)
        changes_hint = QLabel(
            self.tr("People who reach the first age of a higher band next month.")
        )
        changes_hint.setProperty("role", "hint")
        changes_hint.setWordWrap(True)
        self.changes_tab.top.addWidget(changes_hint, 1)

        self.tabs = QTabWidget()
        name_widget(self.tabs, "elderly.tabs", self.tr("Elderly-age subsidy lists"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.due_tab, "")
        self.tabs.addTab(self.changes_tab, "")
        self.tabs.addTab(self.all_tab, "")
        self.amounts_tab: QWidget | None = None
        self.save_amounts: QPushButton | None = None
        self.amount_errors: FieldErrors | None = None
        self.amounts_message: QLabel | None = None
        if session.is_admin:
            self.amounts_tab = self._amounts_editor()
            self.tabs.addTab(self.amounts_tab, self.tr("Monthly amounts"))
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

        self.check_button = QPushButton(self.tr("Record check..."))
        name_widget(
            self.check_button,
            "elderly.recordCheck",
            self.tr("Record an annual check of the selected person"),
        )
        self.check_button.clicked.connect(self.record_check)
        self.stop_button = QPushButton(self.tr("Stop payment..."))
        name_widget(
            self.stop_button, "elderly.stop", self.tr("Stop payment to the selected person")
        )
        self.stop_button.clicked.connect(self.stop_selected)
        self.resume_button = QPushButton(self.tr("Resume payment"))
        name_widget(
            self.resume_button,
            "elderly.resume",
            self.tr("Resume payment to the selected person"),
        )
        self.resume_button.clicked.connect(self.resume_selected)
        self.message = QLabel()
        name_widget(self.message, "elderly.message", self.tr("Elderly-age subsidy message"))
        self.message.setWordWrap(True)

        self.action_bar = QWidget()
        actions = QHBoxLayout(self.action_bar)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.check_button)
        actions.addWidget(self.stop_button)
        actions.addWidget(self.resume_button)
        actions.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.action_bar)

        events.changed.connect(self._on_changed)
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _table(self, model: QAbstractTableModel, name: str, accessible: str) -> QTableView:
        table = make_table_view(model, name, accessible)
        table.setWordWrap(False)
        table.setMinimumHeight(200)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )
        return table

    def _amounts_editor(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "The monthly amount of each age band, in yuan per person, as the province or "
                "city sets it. Lists and slips show these amounts; change them when the rules "
                "change."
            )
        )
        intro.setProperty("role", "hint")
        intro.setWordWrap(True)
        self.amounts_message = QLabel()
        name_widget(self.amounts_message, "elderly.amountsMessage", self.tr("Amounts message"))
        self.amounts_message.setWordWrap(True)
        general = QLabel()
        general.setObjectName("elderly.amountsError")
        self.amount_errors = FieldErrors(general)
        self._amounts_form = QFormLayout()
        self._amounts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.save_amounts = QPushButton(self.tr("Save amounts"))
        name_widget(self.save_amounts, "elderly.saveAmounts", self.tr("Save the monthly amounts"))
        self.save_amounts.clicked.connect(self.save_band_amounts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_amounts)
        buttons.addWidget(self.amounts_message, 1)

        column = QWidget()
        column.setMaximumWidth(640)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addLayout(self._amounts_form)
        column_layout.addWidget(general)
        column_layout.addLayout(buttons)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(column)
        layout.addStretch(1)
        return page

    def _fill_amounts(self, bands: Sequence[BandInfo]) -> None:
        """One line edit per band, created once; what the administrator typed is kept."""
        if self.amount_errors is None:
            return
        for band in bands:
            if band.min_age in self._amount_edits:
                continue
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("e.g. 100"))
            if band.monthly_amount_fen is not None:
                edit.setText(format_yuan(band.monthly_amount_fen))
            self.amount_errors.add_row(
                self._amounts_form,
                f"band_{band.min_age}",
                edit,
                f"elderly.amount{band.min_age}",
                self.tr("Aged {band} (yuan a month)").format(band=band.label),
                self.tr("Monthly amount in yuan for ages {band}").format(band=band.label),
            )
            edit.returnPressed.connect(self.save_band_amounts)
            self._amount_edits[band.min_age] = edit

    # -- data ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_changed(self, what: str) -> None:
        if what in ("case", "elderly"):
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected_subsidy()
        try:
            bands = self._elderly.bands(self._session)
            due = self._elderly.checks_due(self._session)
            changes = self._elderly.band_changes_next_month(self._session)
            everyone = self._elderly.subsidised(
                self._session, include_stopped=self.show_stopped.isChecked()
            )
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            return
        self.due_model.set_rows(due)
        self.changes_model.set_rows(changes)
        self.all_model.set_rows(everyone)
        self.due_tab.show_empty(not due)
        self.changes_tab.show_empty(not changes)
        self.all_tab.show_empty(not everyone and not self.show_stopped.isChecked())
        overdue = sum(1 for r in due if r.check_status == "overdue")
        if overdue:
            due_title = self.tr("Checks due ({count}, {overdue} overdue)").format(
                count=len(due), overdue=overdue
            )
        else:
            due_title = self.tr("Checks due ({count})").format(count=len(due))
        self.tabs.setTabText(0, due_title)
        self.tabs.setTabText(
            1, self.tr("Band changes next month ({count})").format(count=len(changes))
        )
        active = sum(1 for r in everyone if not r.stopped)
        self.tabs.setTabText(2, self.tr("All subsidised ({count})").format(count=active))
        self._fill_amounts(bands)
        self._show_warning(bands)
        if keep is not None:
            self.select_subsidy(keep.id)
        self._update_buttons()

    def _show_warning(self, bands: Sequence[BandInfo]) -> None:
        if all(b.monthly_amount_fen is not None for b in bands):
            self.warning.hide()
            return
        if self._session.is_admin:
            text = self.tr("Monthly amounts are not set yet; an administrator enters them here.")
        else:
            text = self.tr(
                "Monthly amounts are not set yet; please ask an administrator to enter them."
            )
        self.warning.setText(text)
        self.warning.show()

    # -- selection -----------------------------------------------------------------------
    def _current_list(self) -> tuple[QTableView, SubsidyTableModel | BandChangeModel] | None:
        page = self.tabs.currentWidget()
        if page is self.due_tab:
            return self.due_tab.table, self.due_model
        if page is self.changes_tab:
            return self.changes_tab.table, self.changes_model
        if page is self.all_tab:
            return self.all_tab.table, self.all_model
        return None

    def selected_subsidy(self) -> SubsidyRow | None:
        """The person selected in the list shown now."""
        current = self._current_list()
        if current is None:
            return None
        table, model = current
        selection = table.selectionModel()
        rows = selection.selectedRows() if selection else []
        return model.subsidy_at(rows[0].row()) if rows else None

    def select_subsidy(self, subsidy_id: int) -> bool:
        """Select the person in the list shown now; ``False`` when they are not in it."""
        current = self._current_list()
        if current is None:
            return False
        table, model = current
        row = model.row_of(subsidy_id)
        if row is None:
            table.clearSelection()
            return False
        table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        on_list = self._current_list() is not None
        self.action_bar.setVisible(on_list)
        row = self.selected_subsidy()
        self.check_button.setEnabled(row is not None and not row.stopped)
        self.stop_button.setEnabled(row is not None and not row.stopped)
        self.resume_button.setEnabled(row is not None and row.stopped)

    def _say(self, text: str, *, ok: bool) -> None:
        restyle(self.message, "role", "ok" if ok else "error")
        self.message.setText(text)

    # -- actions -------------------------------------------------------------------------
    def record_check(self) -> CheckDialog | None:
        row = self.selected_subsidy()
        if row is None:
            self._say(self.tr("Select a person in the list first."), ok=False)
            return None
        dialog = CheckDialog(self._elderly, self._session, row, self)
        dialog.accepted.connect(partial(self._checked, dialog))
        return self._open(dialog)

    def _checked(self, dialog: CheckDialog) -> None:
        self._events.changed.emit("elderly")
        self._say(
            self.tr("The annual check of {name} is recorded.").format(name=dialog.row.name),
            ok=True,
        )

    def stop_selected(self) -> StopDialog | None:
        row = self.selected_subsidy()
        if row is None:
            self._say(self.tr("Select a person in the list first."), ok=False)
            return None
        dialog = StopDialog(self._elderly, self._session, row, self._clock.today(), self)
        dialog.accepted.connect(partial(self._stopped, dialog))
        return self._open(dialog)

    def _stopped(self, dialog: StopDialog) -> None:
        self._events.changed.emit("elderly")
        saved = dialog.saved
        day = saved.stopped_on.isoformat() if saved and saved.stopped_on else ""
        self._say(
            self.tr("Payment to {name} stops from {date}.").format(name=dialog.row.name, date=day),
            ok=True,
        )

    def resume_selected(self) -> None:
        """Take back the stop of the selected person, after asking."""
        row = self.selected_subsidy()
        if row is None:
            self._say(self.tr("Select a person in the list first."), ok=False)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Resume payment"),
            self.tr(
                "Resume payment to {name}?\n\nThe stop from {date} is taken back and payment "
                "goes on as before."
            ).format(name=row.name, date=row.stopped_on.isoformat() if row.stopped_on else ""),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._elderly.resume(self._session, row.id)
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            self.refresh()
            return
        self._events.changed.emit("elderly")
        self._say(self.tr("Payment to {name} goes on again.").format(name=row.name), ok=True)

    def save_band_amounts(self) -> None:
        """Administrators: save the three monthly amounts."""
        if self.amount_errors is None or self.amounts_message is None:
            return
        self.amount_errors.clear()
        self.amounts_message.clear()
        amounts = {age: edit.text() for age, edit in self._amount_edits.items()}
        try:
            bands = self._elderly.set_bands(self._session, amounts)
        except ValidationError as exc:
            self.amount_errors.show(exc)
            return
        except DomainError as exc:
            self.amount_errors.show_text(message_text(exc))
            return
        for band in bands:
            edit = self._amount_edits.get(band.min_age)
            if edit is not None and band.monthly_amount_fen is not None:
                edit.setText(format_yuan(band.monthly_amount_fen))
        restyle(self.amounts_message, "role", "ok")
        self.amounts_message.setText(self.tr("The monthly amounts are saved."))
        self._events.changed.emit("elderly")

    def _open(self, dialog: _Dialog) -> _Dialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
