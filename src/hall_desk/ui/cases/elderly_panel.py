"""The elderly-age subsidy (高龄补贴) at the desk: annual checks due, band changes next month,
everyone subsidised, and (administrators) the monthly amounts of the age bands."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.clock import Clock
from hall_desk.domain.elderly import format_yuan
from hall_desk.services.cases.elderly import ElderlyService
from hall_desk.services.cases.elderly_rows import BandChangeRow, BandInfo, SubsidyRow
from hall_desk.services.session import StaffSession
from hall_desk.ui.cases.elderly_dialogs import CheckDialog, StopDialog
from hall_desk.ui.cases.elderly_models import OVERDUE_COLOUR, BandChangeModel, SubsidyTableModel
from hall_desk.ui.kit.common import FieldErrors, hint_label, name_widget, restyle, submit_form
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.kit.list_tab import ListTab, shown_list
from hall_desk.ui.kit.table_model import RowTableModel

__all__ = ["OVERDUE_COLOUR", "CheckDialog", "ElderlyPanel", "StopDialog"]


class ElderlyPanel(ListPanel):
    """Lists of the subsidy and the actions on a selected person."""

    def __init__(
        self,
        elderly: ElderlyService,
        session: StaffSession,
        events: DataEvents,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, events, "elderly", parent)
        self.setObjectName("elderly.panel")
        self._elderly = elderly
        self._clock = clock
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
        changes_hint = hint_label(
            self.tr("People who reach the first age of a higher band next month.")
        )
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
        self.tabs.currentChanged.connect(lambda _i: self.update_actions())

        self.action_row(
            [
                ListAction(
                    "elderly.recordCheck",
                    self.tr("Record check..."),
                    self.tr("Record an annual check of the selected person"),
                    self.record_check,
                    allowed=lambda row: not row.stopped,
                ),
                ListAction(
                    "elderly.stop",
                    self.tr("Stop payment..."),
                    self.tr("Stop payment to the selected person"),
                    self.stop_selected,
                    allowed=lambda row: not row.stopped,
                ),
                ListAction(
                    "elderly.resume",
                    self.tr("Resume payment"),
                    self.tr("Resume payment to the selected person"),
                    self.resume_selected,
                    allowed=lambda row: row.stopped,
                ),
            ],
            self.message_line(
                "elderly.message", self.tr("Elderly-age subsidy message"), hidden=False
            ),
        )
        self.action_bar = QWidget()
        self.action_bar.setLayout(self.button_row)
        self.button_row.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.action_bar)

        events.changed.connect(self._on_changed)
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _table(self, model: RowTableModel, name: str, accessible: str) -> QTableView:
        return self.list_table(model, name, accessible, min_height=200, wrap=False)

    def _amounts_editor(self) -> QWidget:
        page = QWidget()
        intro = hint_label(
            self.tr(
                "The monthly amount of each age band, in yuan per person, as the province or "
                "city sets it. Lists and slips show these amounts; change them when the rules "
                "change."
            )
        )
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

    def load(self) -> None:
        bands = self._elderly.bands(self._session)
        due = self._elderly.checks_due(self._session)
        changes = self._elderly.band_changes_next_month(self._session)
        everyone = self._elderly.subsidised(
            self._session, include_stopped=self.show_stopped.isChecked()
        )
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

    def _show_warning(self, bands: Sequence[BandInfo]) -> None:
        if all(b.monthly_amount_fen is not None for b in bands):
            self.warning.hide()
            return
        if self.is_admin:
            text = self.tr("Monthly amounts are not set yet; an administrator enters them here.")
        else:
            text = self.tr(
                "Monthly amounts are not set yet; please ask an administrator to enter them."
            )
        self.warning.setText(text)
        self.warning.show()

    # -- selection -----------------------------------------------------------------------
    def current_list(self) -> tuple[QTableView, RowTableModel] | None:
        return shown_list(self.tabs)

    def selected(self) -> SubsidyRow | None:
        """The person selected in the list shown now."""
        record: SubsidyRow | BandChangeRow | None = super().selected()
        return record.subsidy if isinstance(record, BandChangeRow) else record

    def update_actions(self) -> None:
        self.action_bar.setVisible(self.current_list() is not None)
        super().update_actions()

    # -- actions -------------------------------------------------------------------------
    def record_check(self) -> CheckDialog | None:
        row = self.chosen(self.tr("Select a person in the list first."))
        if row is None:
            return None
        return self.open_window(CheckDialog(self._elderly, self._session, row, self), self._checked)

    def _checked(self, dialog: CheckDialog) -> None:
        self.notify()
        self.say(
            self.tr("The annual check of {name} is recorded.").format(name=dialog.row.name),
            ok=True,
        )

    def stop_selected(self) -> StopDialog | None:
        row = self.chosen(self.tr("Select a person in the list first."))
        if row is None:
            return None
        dialog = StopDialog(self._elderly, self._session, row, self._clock.today(), self)
        return self.open_window(dialog, self._stopped)

    def _stopped(self, dialog: StopDialog) -> None:
        self.notify()
        saved = dialog.saved
        day = saved.stopped_on.isoformat() if saved and saved.stopped_on else ""
        self.say(
            self.tr("Payment to {name} stops from {date}.").format(name=dialog.row.name, date=day),
            ok=True,
        )

    def resume_selected(self) -> None:
        """Take back the stop of the selected person, after asking."""
        row = self.chosen(self.tr("Select a person in the list first."))
        if row is None:
            return
        question = self.tr(
            "Resume payment to {name}?\n\nThe stop from {date} is taken back and payment "
            "goes on as before."
        ).format(name=row.name, date=row.stopped_on.isoformat() if row.stopped_on else "")
        if not self.confirmed(self.tr("Resume payment"), question):
            return
        if not self.attempt(lambda: self._elderly.resume(self._session, row.id)):
            return
        self.notify()
        self.say(self.tr("Payment to {name} goes on again.").format(name=row.name), ok=True)

    def save_band_amounts(self) -> None:
        """Administrators: save the three monthly amounts."""
        if self.amount_errors is None or self.amounts_message is None:
            return
        self.amount_errors.clear()
        self.amounts_message.clear()
        amounts = {age: edit.text() for age, edit in self._amount_edits.items()}
        bands = submit_form(
            self.amount_errors, lambda: self._elderly.set_bands(self._session, amounts)
        )
        if bands is None:
            return
        for band in bands:
            edit = self._amount_edits.get(band.min_age)
            if edit is not None and band.monthly_amount_fen is not None:
                edit.setText(format_yuan(band.monthly_amount_fen))
        restyle(self.amounts_message, "role", "ok")
        self.amounts_message.setText(self.tr("The monthly amounts are saved."))
        self.notify()
