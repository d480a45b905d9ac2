"""Issue a case's slip (archived first) and send it through the print dialog.

The case is already saved when this runs; whatever happens at the printer, the slip stays in
the archive and can be printed again from the case (then marked 补打).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hall_desk.domain.errors import DomainError
from hall_desk.printing.slips import SlipLayout, slip_title
from hall_desk.services.session import StaffSession
from hall_desk.services.slips import IssuedSlip, SlipService
from hall_desk.ui import print_pdf as printing
from hall_desk.ui.error_dialog import show_domain_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("SlipPrinting", text)


def layout_from(preference: str) -> SlipLayout:
    try:
        return SlipLayout(preference)
    except ValueError:
        return SlipLayout.A5


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
    outcome = printing.print_pdf(parent, issued.pdf, title, archived_path=issued.archived)
    if report is not None:
        report(_outcome_text(outcome, issued.archived))
    return issued


def _outcome_text(outcome: printing.PrintOutcome, archived: Path | None) -> str:
    where = str(archived) if archived else ""
    if outcome is printing.PrintOutcome.PRINTED:
        return _tr("Slip printed; a copy is kept at {path}.").format(path=where)
    if outcome is printing.PrintOutcome.CANCELLED:
        return _tr(
            "Printing cancelled. The slip is kept at {path}; print it again from the case."
        ).format(path=where)
    if outcome is printing.PrintOutcome.NO_PRINTER:
        return _tr("No printer: the slip is kept at {path}.").format(path=where)
    return _tr(
        "The printer failed. The slip is kept at {path}; print it again from the case."
    ).format(path=where)
