"""Issue a demand's receipt or dispatch slip (archived first) and send it to the printer.

The demand is already saved when this runs; whatever happens at the printer, the slip stays
in the archive and can be printed again from the demand (then marked 补打).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hall_desk.domain.errors import DomainError
from hall_desk.printing.slip_layout import SlipLayout
from hall_desk.services.party.demand_slips import DemandSlipService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit import print_notices
from hall_desk.ui.kit import print_pdf as printing
from hall_desk.ui.kit.error_dialog import show_domain_error


def slip_name(kind: str) -> str:
    """群众点单回执 or 派单单, in the interface language."""
    if kind == "dispatch":
        return QCoreApplication.translate("DemandPrinting", "dispatch slip")
    return QCoreApplication.translate("DemandPrinting", "demand receipt")


def print_demand_slip(
    parent: QWidget | None,
    slips: DemandSlipService,
    session: StaffSession,
    number: str,
    kind: str,
    layout: SlipLayout,
    *,
    reveal_contact: bool = False,
    report: Callable[[str], None] | None = None,
) -> bool:
    """Archive the slip, then print it; False if it could not be made (the reason is shown)."""
    try:
        issued = slips.issue(session, number, kind, layout, reveal_contact)
    except DomainError as exc:
        show_domain_error(parent, exc)
        return False
    name = slip_name(kind)
    document = print_notices.demand_slip(name)
    outcome = printing.print_pdf(
        parent, issued.pdf, f"{number} {name}", archived_path=issued.archived, document=document
    )
    if report is not None:
        where = str(issued.archived) if issued.archived else ""
        report(_outcome_text(outcome, name, where))
    return True


def _outcome_text(outcome: printing.PrintOutcome, name: str, where: str) -> str:
    if outcome is printing.PrintOutcome.PRINTED:
        return QCoreApplication.translate(
            "DemandPrinting", "The {document} was printed; a copy is kept at {path}."
        ).format(document=name, path=where)
    if outcome is printing.PrintOutcome.CANCELLED:
        return QCoreApplication.translate(
            "DemandPrinting",
            "Printing cancelled. The {document} is kept at {path}; it can be printed again at "
            "any time.",
        ).format(document=name, path=where)
    if outcome is printing.PrintOutcome.NO_PRINTER:
        return QCoreApplication.translate(
            "DemandPrinting", "No printer: the {document} is kept at {path}."
        ).format(document=name, path=where)
    return QCoreApplication.translate(
        "DemandPrinting",
        "The printer failed. The {document} is kept at {path}; it can be printed again at any "
        "time.",
    ).format(document=name, path=where)
