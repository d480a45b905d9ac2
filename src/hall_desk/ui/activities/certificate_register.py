"""The register of certificates of volunteer service issued, with reprinting and saving.

Every print or saved copy is counted on the certificate (a reprint is audited by the
service); a reprint shows what was certified when it was issued.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from hall_desk.domain.errors import DomainError
from hall_desk.services.activities.activity_records import CertificateInfo
from hall_desk.services.activities.certificates import CertificateService
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities import certificate_printing
from hall_desk.ui.activities.hours_models import CertificateModel
from hall_desk.ui.kit.common import message_text
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.kit.print_pdf import PrintOutcome


class CertificateRegister(ListPanel):
    """The certificates issued in the period ``period()`` gives, newest first."""

    def __init__(
        self,
        certificates: CertificateService,
        session: StaffSession,
        events: DataEvents,
        notice: str,
        period: Callable[[], tuple[date, date]],
        exports: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, events, notice, parent)
        self.setObjectName("certificateRegister")
        self._certificates = certificates
        self._period = period
        self._exports = exports
        self.model = CertificateModel()
        self.table = self.list_table(
            self.model,
            "certificates.table",
            self.tr("Certificates issued"),
            stretch=CertificateModel.NAME,
            min_height=110,
            wrap=False,
            opens=self.reprint,
        )
        self.action_row(
            [
                ListAction("certificates.reprint", self.tr("Reprint..."),
                           self.tr("Print the selected certificate again"), self.reprint),
                ListAction("certificates.save", self.tr("Save as PDF..."),
                           self.tr("Save the selected certificate as a PDF"), self.save_pdf),
            ]
        )  # fmt: skip
        self.message_line("certificates.message", self.tr("Certificates message"))
        self.lay_out(margins=0)
        self.update_actions()

    def load(self) -> None:
        start, end = self._period()
        # A period that ends before it starts is said once, by the tab above.
        rows = self._certificates.register(self._session, start, end) if start <= end else []
        self.model.set_rows(rows)

    def _chosen(self) -> CertificateInfo | None:
        chosen: CertificateInfo | None = self.chosen(self.tr("Select a certificate first."))
        return chosen

    def reprint(self) -> PrintOutcome | None:
        certificate = self._chosen()
        if certificate is None:
            return None
        try:
            outcome = certificate_printing.print_certificate(
                self, self._certificates, self._session, certificate
            )
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
            return None
        # Made again for the printer: counted, whether or not it reached the paper.
        printed = outcome is PrintOutcome.PRINTED
        if printed:
            text = self.tr("Certificate {number} is printed again.")
        else:
            text = self.tr("Certificate {number} was not printed.")
        self.refresh()
        self.say(text.format(number=certificate.number), ok=printed)
        self.notify()
        return outcome

    def save_pdf(self) -> Path | None:
        certificate = self._chosen()
        if certificate is None:
            return None
        try:
            saved = certificate_printing.save_certificate(
                self, self._certificates, self._session, certificate, self._exports
            )
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
            return None
        except OSError as exc:
            self.say(
                self.tr("The certificate could not be written ({reason}).").format(
                    reason=exc.strerror or str(exc)
                ),
                ok=False,
            )
            return None
        if saved is not None:
            self.changed(self.tr("Saved as {path}").format(path=saved))
        return saved
