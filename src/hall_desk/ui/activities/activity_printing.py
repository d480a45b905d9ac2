"""Printing the activities desk's papers: a sign-up slip (at once after signing up, or again
later, then marked 补打) and a session's A4 sign-in sheet (签到表) for a session run on paper.

The sign-up is saved before anything is printed; whatever happens at the printer, the slip can
be printed again from the activity.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hall_desk.domain.errors import DomainError
from hall_desk.printing.slips import SlipLayout
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit import print_notices
from hall_desk.ui.kit import print_pdf as printing
from hall_desk.ui.kit.error_dialog import show_domain_error


def print_signup_slip(
    parent: QWidget | None,
    services: Services,
    session: StaffSession,
    signup_id: int,
    number: str,
    layout: SlipLayout,
    *,
    reprint: bool = False,
    report: Callable[[str], None] | None = None,
) -> bool:
    """Make the sign-up slip and print it; False if it could not be made (the reason is shown)."""
    try:
        pdf = services.signups.slip_pdf(session, signup_id, layout, reprint=reprint)
    except DomainError as exc:
        show_domain_error(parent, exc)
        return False
    name = QCoreApplication.translate("ActivityPrinting", "sign-up slip")
    outcome = printing.print_pdf(
        parent, pdf, f"{number} {name}", document=print_notices.report(f"{number} {name}")
    )
    if report is not None:
        report(outcome_text(outcome, name))
    return True


def print_sign_in_sheet(
    parent: QWidget | None,
    services: Services,
    session: StaffSession,
    session_id: int,
    title: str,
    *,
    report: Callable[[str], None] | None = None,
) -> bool:
    """Make the session's sign-in sheet and print it; False if it could not be made."""
    try:
        pdf = services.attendance.sign_in_sheet_pdf(session, session_id)
    except DomainError as exc:
        show_domain_error(parent, exc)
        return False
    name = QCoreApplication.translate("ActivityPrinting", "sign-in sheet")
    outcome = printing.print_pdf(
        parent, pdf, f"{title} {name}", document=print_notices.report(f"{title} {name}")
    )
    if report is not None:
        report(outcome_text(outcome, name))
    return True


def outcome_text(outcome: printing.PrintOutcome, name: str) -> str:
    """One line for the status line: what became of the printing."""
    if outcome is printing.PrintOutcome.PRINTED:
        return QCoreApplication.translate("ActivityPrinting", "The {document} was printed.").format(
            document=name
        )
    if outcome is printing.PrintOutcome.CANCELLED:
        return QCoreApplication.translate(
            "ActivityPrinting", "Printing cancelled; the {document} can be printed again."
        ).format(document=name)
    if outcome is printing.PrintOutcome.NO_PRINTER:
        return QCoreApplication.translate(
            "ActivityPrinting", "No printer: the {document} was not printed."
        ).format(document=name)
    return QCoreApplication.translate(
        "ActivityPrinting", "The printer failed; the {document} can be printed again."
    ).format(document=name)
