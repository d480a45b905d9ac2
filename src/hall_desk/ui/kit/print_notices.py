"""What the desk says when a document cannot be printed, and the way out it offers.

Every message names the document (a case's 受理回执 or 一次性告知单, a booking's 预约凭条, a
report) and what is already safe (the case or booking is saved). When the document was
archived as a PDF the message offers to open that file, so the clerk never hunts for a path;
when there is no file it offers Qt's print preview instead.

The box runs through ``_exec_box`` and the file opens through ``_open_file``; tests replace
them and never open a modal window or another program.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class DocumentKind(Enum):
    CASE_SLIP = "case_slip"
    """A slip of a case: 受理回执, 一次性告知单, 不予受理告知书 or 办结通知."""
    BOOKING_SLIP = "booking_slip"
    """A booking's 预约凭条."""
    DEMAND_SLIP = "demand_slip"
    """A demand's 群众点单回执 or 派单单."""
    REPORT = "report"
    """A printed document kept nowhere else: a report (日报, 月报 ...), a sign-in sheet, a
    certificate; never archived here."""


@dataclass(frozen=True)
class PrintedDocument:
    """What is being printed, as the messages about it name it."""

    kind: DocumentKind
    name: str
    """The document's name in the interface language: 受理回执, 预约凭条, 日报 2026-11-20."""


def case_slip(name: str = "") -> PrintedDocument:
    """A case's slip; ``name`` is its kind (受理回执 ...), "slip" when not known."""
    return PrintedDocument(
        DocumentKind.CASE_SLIP, name or QCoreApplication.translate("PrintPdf", "slip")
    )


def booking_slip() -> PrintedDocument:
    return PrintedDocument(
        DocumentKind.BOOKING_SLIP, QCoreApplication.translate("PrintPdf", "booking slip")
    )


def demand_slip(name: str) -> PrintedDocument:
    """A demand's receipt or dispatch slip; ``name`` says which."""
    return PrintedDocument(DocumentKind.DEMAND_SLIP, name)


def report(title: str) -> PrintedDocument:
    return PrintedDocument(DocumentKind.REPORT, title)


# -- replaced in tests ------------------------------------------------------------------
def _exec_box(box: QMessageBox) -> None:
    """Run a message box until the person answers it."""
    box.exec()


def _open_file(path: Path) -> bool:
    """Open ``path`` in the program the desktop uses for PDFs; False if that failed."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# -- the messages -------------------------------------------------------------------------
def no_printer_text(document: PrintedDocument, archived: Path | None) -> str:
    """No printer is set up: what is saved, and where the document is kept."""
    kind, name = document.kind, document.name
    if kind is DocumentKind.REPORT:
        return QCoreApplication.translate(
            "PrintPdf",
            "No printer is set up on this computer, so {document} was not printed. Look at it "
            "in the preview, or save it as a PDF and print it on another computer.",
        ).format(document=name)
    if kind is DocumentKind.BOOKING_SLIP:
        if archived is not None:
            return QCoreApplication.translate(
                "PrintPdf",
                "No printer is set up on this computer. The booking is saved and its {document} "
                "was kept as a PDF:\n{path}",
            ).format(document=name, path=archived)
        return QCoreApplication.translate(
            "PrintPdf",
            "No printer is set up on this computer. The booking is saved; you can print its "
            "{document} later from the booking.",
        ).format(document=name)
    if kind is DocumentKind.DEMAND_SLIP:
        if archived is not None:
            return QCoreApplication.translate(
                "PrintPdf",
                "No printer is set up on this computer. The demand is saved and its {document} "
                "was kept as a PDF:\n{path}",
            ).format(document=name, path=archived)
        return QCoreApplication.translate(
            "PrintPdf",
            "No printer is set up on this computer. The demand is saved; you can print its "
            "{document} later from the demand.",
        ).format(document=name)
    if archived is not None:
        return QCoreApplication.translate(
            "PrintPdf",
            "No printer is set up on this computer. The case is saved and its {document} was "
            "kept as a PDF:\n{path}",
        ).format(document=name, path=archived)
    return QCoreApplication.translate(
        "PrintPdf",
        "No printer is set up on this computer. The case is saved; you can print its "
        "{document} later from the case.",
    ).format(document=name)


def failed_text(document: PrintedDocument, reason: str, archived: Path | None) -> str:
    """The printer failed: why, what is saved, and where the document is kept."""
    kind, name = document.kind, document.name
    if kind is DocumentKind.REPORT:
        text = QCoreApplication.translate(
            "PrintPdf",
            "Printing failed: {reason}. Nothing is lost; print {document} again or save it "
            "as a PDF.",
        ).format(reason=reason, document=name)
    elif kind is DocumentKind.BOOKING_SLIP:
        text = QCoreApplication.translate(
            "PrintPdf",
            "Printing failed: {reason}. The booking is saved; you can print its {document} "
            "again from the booking.",
        ).format(reason=reason, document=name)
    elif kind is DocumentKind.DEMAND_SLIP:
        text = QCoreApplication.translate(
            "PrintPdf",
            "Printing failed: {reason}. The demand is saved; you can print its {document} "
            "again from the demand.",
        ).format(reason=reason, document=name)
    else:
        text = QCoreApplication.translate(
            "PrintPdf",
            "Printing failed: {reason}. The case is saved; you can print its {document} again "
            "from the case.",
        ).format(reason=reason, document=name)
    if archived is not None:
        text += "\n" + QCoreApplication.translate(
            "PrintPdf", "The {document} was kept as a PDF: {path}"
        ).format(document=name, path=archived)
    return text


# -- the box ------------------------------------------------------------------------------
def tell(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    object_name: str,
    *,
    archived: Path | None = None,
    preview: Callable[[], None] | None = None,
) -> None:
    """Show ``text`` with a button that opens the archived PDF (when the file is there) or
    else one that shows the preview (when ``preview`` is given), and do what was chosen."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(object_name)
    action: QPushButton | None = None
    if archived is not None and archived.is_file():
        action = box.addButton(
            QCoreApplication.translate("PrintPdf", "Open the PDF"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        action.setObjectName("print.openPdf")
    elif preview is not None:
        action = box.addButton(
            QCoreApplication.translate("PrintPdf", "Preview"), QMessageBox.ButtonRole.AcceptRole
        )
        action.setObjectName("print.showPreview")
    close = box.addButton(
        QCoreApplication.translate("PrintPdf", "Close"), QMessageBox.ButtonRole.RejectRole
    )
    close.setObjectName("print.close")
    box.setEscapeButton(close)
    box.setDefaultButton(action if action is not None else close)
    _exec_box(box)
    chosen = box.clickedButton()
    box.deleteLater()
    if action is None or chosen is not action:
        return
    if archived is not None and archived.is_file():
        if not _open_file(archived):
            cannot = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("PrintPdf", "Open the PDF"),
                QCoreApplication.translate(
                    "PrintPdf", "The PDF could not be opened here. It is kept at:\n{path}"
                ).format(path=archived),
                QMessageBox.StandardButton.Ok,
                parent,
            )
            cannot.setObjectName("print.cannotOpen")
            _exec_box(cannot)
            cannot.deleteLater()
    elif preview is not None:
        preview()
