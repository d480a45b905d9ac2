"""Printing and saving the certificates of volunteer service and the 公示 list.

The PDFs are made by ``services.certificates`` (each one counted in the certificate's prints);
printing goes through the kit's print preview, saving through a file dialog. The save dialog
is the module-level ``_choose_save_path`` so tests can replace it. A refusal of the service
(``DomainError``) is raised for the caller to say.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from hall_desk.services.activities.activity_records import CertificateInfo
from hall_desk.services.activities.certificates import CertificateService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit import print_notices
from hall_desk.ui.kit import print_pdf as printing


def _choose_save_path(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """Ask where to save; "" when the person cancels (replaced in tests)."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, start, filters)
    return chosen


def certificate_title(certificate: CertificateInfo) -> str:
    """``CN01-V2026-0001 Certificate of volunteer service 张建国``."""
    return QCoreApplication.translate(
        "CertificatePrinting", "{number} Certificate of volunteer service {name}"
    ).format(number=certificate.number, name=certificate.name)


def publicity_title(start: date, end: date) -> str:
    return QCoreApplication.translate(
        "CertificatePrinting", "Volunteer hours for public notice {start} ~ {end}"
    ).format(start=start.isoformat(), end=end.isoformat())


def print_certificate(
    parent: QWidget | None,
    certificates: CertificateService,
    session: StaffSession,
    certificate: CertificateInfo,
) -> printing.PrintOutcome:
    """The certificate in the print preview (or, with no printer, the way to look at it)."""
    pdf = certificates.pdf(session, certificate.id)
    title = certificate_title(certificate)
    return printing.print_pdf(parent, pdf, title, document=print_notices.report(title))


def print_publicity(
    parent: QWidget | None,
    certificates: CertificateService,
    session: StaffSession,
    start: date,
    end: date,
) -> printing.PrintOutcome:
    """The 公示 list of the period, to post for seven days."""
    pdf = certificates.publicity_pdf(session, start, end)
    title = publicity_title(start, end)
    return printing.print_pdf(parent, pdf, title, document=print_notices.report(title))


def save_certificate(
    parent: QWidget | None,
    certificates: CertificateService,
    session: StaffSession,
    certificate: CertificateInfo,
    folder: Path,
) -> Path | None:
    """Ask where, then write the certificate there; the path, or None when cancelled.

    ``OSError`` is raised when the file cannot be written.
    """
    title = certificate_title(certificate)
    start = folder / f"{title}.pdf".replace(" ", "_")
    chosen = _choose_save_path(
        parent,
        QCoreApplication.translate("CertificatePrinting", "Save the certificate"),
        str(start),
        QCoreApplication.translate("CertificatePrinting", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    pdf = certificates.pdf(session, certificate.id)
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    write_whole(target, pdf)
    return target


def write_whole(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` whole or not at all (a half-written PDF is never left)."""
    handle, temp = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
