"""Issuing a certificate of volunteer service (志愿服务记录证明) for one person and a period.

The dialog shows the hours the records hold for the period as the dates change; issuing
numbers the certificate and keeps its items as they are now. It is printed afterwards.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QWidget

from hall_desk.domain.activities import format_hours
from hall_desk.domain.errors import DomainError
from hall_desk.services.activities.activity_records import CertificateInfo, HoursTotal
from hall_desk.services.activities.certificates import CertificateService
from hall_desk.services.activities.hours import HoursService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import from_qdate, message_text, to_qdate
from hall_desk.ui.kit.form_dialog import FormDialog


def period_edit(day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumWidth(130)
    return edit


class IssueCertificateDialog(FormDialog):
    """The person and period of a certificate, with the hours it will certify."""

    def __init__(
        self,
        certificates: CertificateService,
        hours: HoursService,
        session: StaffSession,
        person: HoursTotal,
        start: date,
        end: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "issueCertificate", parent, growth=QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow
        )
        self._certificates = certificates
        self._hours = hours
        self._session = session
        self._person = person
        self.setWindowTitle(self.tr("Issue a certificate of volunteer service"))
        self.setMinimumWidth(500)
        who = person.name + (f"（{person.unit_name}）" if person.unit_name else "")
        about = QLabel(who)
        about.setObjectName("issueCertificate.about")
        about.setWordWrap(True)
        self.start = period_edit(start)
        self.add_short_field(
            "start", self.start, "start", self.tr("&From"), self.tr("First day of the period")
        )
        self.end = period_edit(end)
        self.add_short_field(
            "end", self.end, "end", self.tr("&To"), self.tr("Last day of the period")
        )
        self.total = QLabel()
        self.total.setObjectName("issueCertificate.total")
        self.total.setWordWrap(True)
        self.form_layout.addRow(self.tr("Hours"), self.total)
        self.finish(
            self.tr("Issue and print..."),
            self.tr("Issue the certificate and print it"),
            self.tr("Cancel"),
            above=[about],
            hint=self.tr(
                "The certificate is numbered and free of charge; it lists every shift of the "
                "period from the center's own records. It can be printed again from the register."
            ),
        )
        self.start.dateChanged.connect(lambda _d: self._show_total())
        self.end.dateChanged.connect(lambda _d: self._show_total())
        self._show_total()

    def period(self) -> tuple[date, date]:
        return from_qdate(self.start.date()), from_qdate(self.end.date())

    def _show_total(self) -> None:
        start, end = self.period()
        try:
            ledger = self._hours.ledger(self._session, self._person.ref, start, end)
        except DomainError as exc:
            self.total.setText(message_text(exc))
            return
        self.total.setText(
            self.tr("{hours} h in {shifts} shifts in this period.").format(
                hours=format_hours(ledger.total_minutes), shifts=len(ledger.items)
            )
        )

    def save(self) -> CertificateInfo:
        start, end = self.period()
        return self._certificates.issue(self._session, self._person.ref, start, end)
