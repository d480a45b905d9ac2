"""Issue a case's slip (archived first) and send it through the print dialog.

The case is already saved when this runs; whatever happens at the printer, the slip stays in
the archive and can be printed again from the case (then marked 补打).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from hall_desk.domain.errors import DomainError, StorageError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.printing.slips import SlipKind, SlipLayout, slip_title
from hall_desk.services import Services
from hall_desk.services.cases.slips import IssuedSlip, SlipService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit import print_notices
from hall_desk.ui.kit import print_pdf as printing
from hall_desk.ui.kit.error_dialog import show_domain_error


def layout_from(preference: str) -> SlipLayout:
    try:
        return SlipLayout(preference)
    except ValueError:
        return SlipLayout.A5


def slip_name(kind: SlipKind) -> str:
    """The name of a case's slip in the interface language (受理回执 in Chinese)."""
    names = {
        SlipKind.RECEIPT: QCoreApplication.translate("SlipPrinting", "handling slip"),
        SlipKind.NOTICE: QCoreApplication.translate("SlipPrinting", "one-time notice"),
        SlipKind.REFUSAL: QCoreApplication.translate("SlipPrinting", "refusal notice"),
        SlipKind.COMPLETION: QCoreApplication.translate("SlipPrinting", "completion notice"),
    }
    return names[SlipKind(kind)]


def issue_and_print(
    parent: QWidget | None,
    slips: SlipService,
    session: StaffSession,
    case_id: int,
    layout: SlipLayout,
    *,
    report: Callable[[str], None] | None = None,
) -> IssuedSlip | None:
    """Archive the slip, then print it. Returns the issued slip, or None if it could not be made.

    ``report`` receives a one-line summary for the page's status line.
    """
    try:
        issued = slips.issue(session, case_id=case_id, layout=layout)
    except DomainError as exc:
        show_domain_error(parent, exc)
        return None
    title = f"{issued.case_number} {slip_title(issued.kind)}"
    document = print_notices.case_slip(slip_name(issued.kind))
    outcome = printing.print_pdf(
        parent, issued.pdf, title, archived_path=issued.archived, document=document
    )
    if report is not None:
        report(_outcome_text(outcome, document, issued.archived))
    return issued


def print_booking_slip(
    parent: QWidget | None,
    services: Services,
    session: StaffSession,
    booking_id: int,
    layout: SlipLayout,
    *,
    report: Callable[[str], None] | None = None,
) -> bool:
    """Archive the booking slip (预约凭条), then print it; False if it could not be made."""
    try:
        issued = services.booking_documents.issue_slip(session, booking_id, layout)
    except DomainError as exc:
        show_domain_error(parent, exc)
        return False
    title = QCoreApplication.translate("SlipPrinting", "{number} booking slip").format(
        number=issued.number
    )
    document = print_notices.booking_slip()
    outcome = printing.print_pdf(
        parent, issued.pdf, title, archived_path=issued.archived, document=document
    )
    if report is not None:
        report(_outcome_text(outcome, document, issued.archived))
    return True


def export_booking_ics(
    parent: QWidget | None,
    services: Services,
    session: StaffSession,
    booking_id: int,
    *,
    whole_series: bool,
) -> Path | None:
    """Ask where to save the booking (or its series) as an .ics file and write it there."""
    try:
        name, data = services.booking_documents.calendar_file(
            session, booking_id, whole_series=whole_series
        )
    except DomainError as exc:
        show_domain_error(parent, exc)
        return None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SlipPrinting", "Save the booking for a phone calendar"),
        str(Path(folder) / name),
        QCoreApplication.translate("SlipPrinting", "iCalendar files (*.ics)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".ics":
        target = target.with_name(target.name + ".ics")
    try:
        target.write_bytes(data)
    except OSError as exc:
        show_domain_error(
            parent,
            StorageError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The calendar file could not be written to {path} ({reason})."
                ),
                path=str(target),
                reason=exc.strerror or str(exc),
            ),
        )
        return None
    return target


def _outcome_text(
    outcome: printing.PrintOutcome, document: print_notices.PrintedDocument, archived: Path | None
) -> str:
    where, name = (str(archived) if archived else ""), document.name
    if outcome is printing.PrintOutcome.PRINTED:
        return QCoreApplication.translate(
            "SlipPrinting", "The {document} was printed; a copy is kept at {path}."
        ).format(document=name, path=where)
    if outcome is printing.PrintOutcome.CANCELLED:
        return QCoreApplication.translate(
            "SlipPrinting",
            "Printing cancelled. The {document} is kept at {path}; it can be printed again at "
            "any time.",
        ).format(document=name, path=where)
    if outcome is printing.PrintOutcome.NO_PRINTER:
        return QCoreApplication.translate(
            "SlipPrinting", "No printer: the {document} is kept at {path}."
        ).format(document=name, path=where)
    return QCoreApplication.translate(
        "SlipPrinting",
        "The printer failed. The {document} is kept at {path}; it can be printed again at any "
        "time.",
    ).format(document=name, path=where)
