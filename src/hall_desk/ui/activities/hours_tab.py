"""Each volunteer's hours, certificates of volunteer service, their register and the 公示 list.

A period (this year unless changed) gives everyone's hours; choosing a person shows each of
their shifts, hours added afterwards (补录) marked. A certificate is issued for the chosen
person and period and printed at once; the register below prints or saves it again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activities import format_hours
from hall_desk.domain.errors import DomainError
from hall_desk.services.activities.activity_records import CertificateInfo, HoursTotal
from hall_desk.ui.activities import certificate_printing
from hall_desk.ui.activities.certificate_dialogs import IssueCertificateDialog, period_edit
from hall_desk.ui.activities.certificate_register import CertificateRegister
from hall_desk.ui.activities.hours_models import HoursTotalModel, LedgerModel
from hall_desk.ui.kit.common import from_qdate, make_table_view, message_text, name_widget, to_qdate
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.kit.pages import PageContext

#: What this tab's changes are called in the one "data changed" notice.
HOURS_NOTICE = "volunteer"
RELOAD_ON = frozenset({HOURS_NOTICE, "activity"})


class HoursTab(ListPanel):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context.session, context.events, HOURS_NOTICE, parent)
        self.setObjectName("hoursTab")
        self._context = context
        self._services = context.services
        self._loaded = False
        self._notifying = False
        year = self._services.clock.today().year

        self.start = period_edit(date(year, 1, 1))
        name_widget(self.start, "hours.start", self.tr("First day of the period"))
        self.end = period_edit(date(year, 12, 31))
        name_widget(self.end, "hours.end", self.tr("Last day of the period"))
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self._period_changed())
        start_label = QLabel(self.tr("&From"))
        start_label.setBuddy(self.start)
        end_label = QLabel(self.tr("&To"))
        end_label.setBuddy(self.end)
        self.this_year = QPushButton(self.tr("This year"))
        name_widget(self.this_year, "hours.thisYear", self.tr("Show this year"))
        self.this_year.clicked.connect(lambda _checked=False: self.show_this_year())
        self.count = QLabel()
        self.count.setObjectName("hours.count")
        self.count.setProperty("role", "muted")
        self.publicity = QPushButton(self.tr("Print the public notice..."))
        name_widget(
            self.publicity,
            "hours.publicity",
            self.tr("Print the list of everyone's hours in the period, to post for 7 days"),
        )
        self.publicity.clicked.connect(lambda _checked=False: self.print_publicity())
        for widget in (start_label, self.start, end_label, self.end, self.this_year):
            self.top.addWidget(widget)
        self.top.addSpacing(12)
        self.top.addWidget(self.count)
        self.top.addStretch(1)
        self.top.addWidget(self.publicity)

        self.model = HoursTotalModel()
        self.table = self.list_table(
            self.model,
            "hours.totals",
            self.tr("Volunteers with hours in the period"),
            stretch=HoursTotalModel.UNIT,
            min_height=120,
            wrap=False,
            opens=self.issue,
        )
        self.ledger_model = LedgerModel()
        self.ledger: QTableView = make_table_view(
            self.ledger_model,
            "hours.ledger",
            self.tr("Shifts of the chosen volunteer"),
            stretch=LedgerModel.ACTIVITY,
        )
        self.ledger_title = QLabel()
        self.ledger_title.setObjectName("hours.ledgerTitle")
        self.ledger_title.setWordWrap(True)
        self.action_row(
            [
                ListAction("hours.issue", self.tr("Issue a certificate..."),
                           self.tr("Issue a certificate of volunteer service to the chosen "
                                   "volunteer for the period"), self.issue),
            ]
        )  # fmt: skip
        self.message_line("hours.message", self.tr("Hours message"))
        self.register = CertificateRegister(
            self._services.certificates,
            context.session,
            context.events,
            HOURS_NOTICE,
            self.period,
            context.paths.exports_dir,
        )

        ledger_box = QWidget()
        ledger_column = QVBoxLayout(ledger_box)
        ledger_column.setContentsMargins(0, 0, 0, 0)
        ledger_column.addWidget(self.ledger_title)
        ledger_column.addWidget(self.ledger, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("hours.split")
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(ledger_box)
        split.setSizes([520, 520])
        register_group = QGroupBox(self.tr("Certificates issued in the period (register)"))
        register_group.setObjectName("hours.registerGroup")
        QVBoxLayout(register_group).addWidget(self.register)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(split, 3)
        layout.addLayout(self.button_row)
        assert self.message is not None
        layout.addWidget(self.message)
        layout.addWidget(register_group, 2)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_ledger())
        context.events.changed.connect(self._on_changed)
        self.update_actions()

    # -- the period ---------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return from_qdate(self.start.date()), from_qdate(self.end.date())

    def set_period(self, start: date, end: date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self._period_changed()

    def show_this_year(self) -> None:
        year = self._services.clock.today().year
        self.set_period(date(year, 1, 1), date(year, 12, 31))

    def _period_changed(self) -> None:
        if self._loaded:
            self.reload()

    # -- showing ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Everyone's hours, the chosen person's shifts and the register, for the period."""
        self._loaded = True
        self.unsay()
        self.refresh()
        self.register.refresh()

    def load(self) -> None:
        start, end = self.period()
        totals: list[HoursTotal] = []
        try:
            if start > end:
                self.say(self.tr("The first day of the period is after the last."), ok=False)
            else:
                totals = self._services.hours.totals(self._session, start, end)
        finally:
            self.model.set_rows(totals)
            minutes = sum(t.total_minutes for t in totals)
            self.count.setText(
                self.tr("{count} volunteers, {hours} h").format(
                    count=len(totals), hours=format_hours(minutes)
                )
            )
        self._show_ledger()

    def _show_ledger(self) -> None:
        person: HoursTotal | None = self.selected()
        if person is None:
            self.ledger_model.set_rows([])
            self.ledger_title.setText(self.tr("Choose a volunteer to see each of their shifts."))
            return
        start, end = self.period()
        try:
            ledger = self._services.hours.ledger(self._session, person.ref, start, end)
        except DomainError as exc:
            self.ledger_model.set_rows([])
            self.ledger_title.setText(message_text(exc))
            return
        self.ledger_model.set_rows(ledger.items)
        who = ledger.name + (f"（{ledger.unit_name}）" if ledger.unit_name else "")
        self.ledger_title.setText(
            self.tr("{who}: {hours} h in {shifts} shifts").format(
                who=who, hours=format_hours(ledger.total_minutes), shifts=len(ledger.items)
            )
        )

    def _on_changed(self, what: str) -> None:
        if what in RELOAD_ON and self._loaded and not self._notifying:
            self.refresh()
            self.register.refresh()

    def notify(self) -> None:
        # This tab has already reloaded; its own notice is for the other pages.
        self._notifying = True
        try:
            super().notify()
        finally:
            self._notifying = False

    # -- actions ------------------------------------------------------------------------------
    def issue(self) -> IssueCertificateDialog | None:
        person: HoursTotal | None = self.chosen(self.tr("Select a volunteer in the list first."))
        if person is None:
            return None
        start, end = self.period()
        dialog = IssueCertificateDialog(
            self._services.certificates,
            self._services.hours,
            self._session,
            person,
            start,
            end,
            self,
        )
        return self.open_window(dialog, self._issued)

    def _issued(self, dialog: IssueCertificateDialog) -> None:
        certificate: CertificateInfo = dialog.saved
        self.register.refresh()
        self.say(
            self.tr("Certificate {number} is issued to {name}.").format(
                number=certificate.number, name=certificate.name
            ),
            ok=True,
        )
        self.notify()
        try:
            certificate_printing.print_certificate(
                self, self._services.certificates, self._session, certificate
            )
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
        self.register.refresh()

    def print_publicity(self) -> None:
        start, end = self.period()
        try:
            certificate_printing.print_publicity(
                self, self._services.certificates, self._session, start, end
            )
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
