"""Printing an already-rendered PDF (a slip) through Qt's print preview.

Qt cannot draw a PDF itself here (QtPdf is not shipped), so each page is rasterised with
pdfium at the printer's resolution (at most 600 dpi) and painted onto the QPrinter, scaled
to the paper and keeping its aspect ratio. The printer's paper is set to the PDF's page size:
A5 for sheets, a custom size (80 mm wide, as tall as the slip) for receipt rolls.

When it cannot print (no printer on this computer, a printer error) the message names the
document (a case's 受理回执 or 一次性告知单, a 预约凭条, a report) and offers to open the PDF that
was archived, or, when there is none, to look at the document in Qt's print preview.

Message boxes go through the small module-level functions ``_warn`` and ``_critical`` (which
show them with ``print_notices``) and the preview through ``_exec_dialog``, so tests can
replace them and never open a modal window.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from hall_desk.ui.kit import print_notices
from hall_desk.ui.kit.print_notices import PrintedDocument

MAX_DPI = 600.0
MIN_DPI = 72.0
POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4


class PrintOutcome(Enum):
    PRINTED = "printed"
    CANCELLED = "cancelled"
    NO_PRINTER = "no_printer"
    FAILED = "failed"


def _warn(
    parent: QWidget | None,
    title: str,
    text: str,
    object_name: str,
    *,
    archived: Path | None = None,
    preview: Callable[[], None] | None = None,
) -> None:
    """A warning with its way out: open the archived PDF, or preview (replaced in tests)."""
    print_notices.tell(
        parent, QMessageBox.Icon.Warning, title, text, object_name,
        archived=archived, preview=preview,
    )  # fmt: skip


def _critical(
    parent: QWidget | None,
    title: str,
    text: str,
    object_name: str,
    *,
    archived: Path | None = None,
) -> None:
    """An error with its way out: open the archived PDF (replaced in tests)."""
    print_notices.tell(
        parent, QMessageBox.Icon.Critical, title, text, object_name, archived=archived
    )


def _exec_dialog(dialog: QDialog) -> int:
    """Run a modal dialog (replaced in tests)."""
    return dialog.exec()


def render_pdf_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of ``pdf`` as an opaque RGB image at ``dpi`` dots per inch."""
    document = pdfium.PdfDocument(pdf)
    try:
        images: list[QImage] = []
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(
                    scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True
                )
                data = bytes(bitmap.buffer)
                image = QImage(
                    data,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGBX8888,
                ).copy()  # detach from ``data``
                dots_per_metre = round(dpi / MM_PER_INCH * 1000)
                image.setDotsPerMeterX(dots_per_metre)
                image.setDotsPerMeterY(dots_per_metre)
                images.append(image)
            finally:
                page.close()
        return images
    finally:
        document.close()


def pdf_page_layout(pdf: bytes) -> QPageLayout:
    """The first page's size as a page layout without margins (the PDF has its own).

    A standard size (A5) is used when the page is one; otherwise a custom size in
    millimetres, as for the 80 mm receipt roll.
    """
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        try:
            width_pt, height_pt = page.get_size()
        finally:
            page.close()
    finally:
        document.close()
    orientation = QPageLayout.Orientation.Portrait
    if width_pt > height_pt:
        width_pt, height_pt = height_pt, width_pt
        orientation = QPageLayout.Orientation.Landscape
    size_mm = QSizeF(
        width_pt / POINTS_PER_INCH * MM_PER_INCH, height_pt / POINTS_PER_INCH * MM_PER_INCH
    )
    standard = QPageSize.id(
        size_mm, QPageSize.Unit.Millimeter, QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    if standard != QPageSize.PageSizeId.Custom:
        page_size = QPageSize(standard)
    else:
        name = f"{size_mm.width():.0f} x {size_mm.height():.0f} mm"
        page_size = QPageSize(
            size_mm, QPageSize.Unit.Millimeter, name, QPageSize.SizeMatchPolicy.ExactMatch
        )
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def paint_pages(printer: QPrinter, images: list[QImage]) -> bool:
    """Paint one image per sheet, fitted to the paper and centred. False if printing failed."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for index, image in enumerate(images):
            if index and not printer.newPage():
                return False
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            if not printer.fullPage():
                # The painter's origin is the printable area's corner, not the paper's.
                page = printer.pageRect(QPrinter.Unit.DevicePixel)
                paper.translate(-page.left(), -page.top())
            fitted = QSizeF(image.size()).scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                paper.left() + (paper.width() - fitted.width()) / 2,
                paper.top() + (paper.height() - fitted.height()) / 2,
                fitted.width(),
                fitted.height(),
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return printer.printerState() != QPrinter.PrinterState.Error


class _PrintJob:
    """Paints the PDF whenever the preview (or the real printer) asks for it."""

    def __init__(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.error = ""
        self._images: dict[int, list[QImage]] = {}

    def paint(self, printer: QPrinter) -> None:
        self.error = ""
        dpi = int(min(max(float(printer.resolution()), MIN_DPI), MAX_DPI))
        try:
            if dpi not in self._images:
                self._images = {dpi: render_pdf_pages(self.pdf, dpi)}
            images = self._images[dpi]
        except (pdfium.PdfiumError, ValueError, OSError):
            self.error = QCoreApplication.translate("PrintPdf", "the document could not be read")
            return
        if not paint_pages(printer, images):
            self.error = QCoreApplication.translate(
                "PrintPdf", "the printer could not be started or reported an error"
            )


def print_pdf(
    parent: QWidget | None,
    pdf: bytes,
    title: str,
    *,
    preview: bool = True,
    archived_path: Path | None = None,
    report: bool = False,
    document: PrintedDocument | None = None,
) -> PrintOutcome:
    """Print ``pdf`` after a preview (or straight to the default printer if not ``preview``).

    ``archived_path`` is where the document was kept as a file: when it cannot be printed the
    message offers to open it. ``document`` says what is printed, so the messages name it;
    without it ``report`` words them for a report (named by ``title``) rather than a case's slip.
    """
    if document is None:
        document = print_notices.report(title) if report else print_notices.case_slip()
    if not QPrinterInfo.availablePrinters():
        _warn(
            parent,
            QCoreApplication.translate("PrintPdf", "No printer"),
            print_notices.no_printer_text(document, archived_path),
            "print.noPrinter",
            archived=archived_path,
            preview=lambda: preview_only(parent, pdf, title, document),
        )
        return PrintOutcome.NO_PRINTER

    job = _PrintJob(pdf)
    try:
        layout = pdf_page_layout(pdf)
    except (pdfium.PdfiumError, ValueError, OSError):
        return _failed(parent, _unreadable(), document, archived_path)
    printer = _printer_for(title, layout)

    if preview:
        if not _run_preview(parent, printer, job, title):
            return PrintOutcome.CANCELLED
    else:
        job.paint(printer)

    state = printer.printerState()
    if job.error or state == QPrinter.PrinterState.Error:
        reason = job.error or QCoreApplication.translate(
            "PrintPdf", "the printer could not be started or reported an error"
        )
        return _failed(parent, reason, document, archived_path)
    if state == QPrinter.PrinterState.Aborted:
        return PrintOutcome.CANCELLED
    return PrintOutcome.PRINTED


def preview_only(parent: QWidget | None, pdf: bytes, title: str, document: PrintedDocument) -> None:
    """Show ``pdf`` in Qt's print preview with no printer on this computer (Qt prints to a
    PDF file from there)."""
    try:
        layout = pdf_page_layout(pdf)
    except (pdfium.PdfiumError, ValueError, OSError):
        _failed(parent, _unreadable(), document, None)
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageLayout(layout)
    _run_preview(parent, printer, _PrintJob(pdf), title)


def _printer_for(title: str, layout: QPageLayout) -> QPrinter:
    """The default printer (or the first one) set to the document's paper, without margins."""
    default = QPrinterInfo.defaultPrinter()
    printer = QPrinter(
        QPrinterInfo.availablePrinters()[0] if default.isNull() else default,
        QPrinter.PrinterMode.HighResolution,
    )
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageLayout(layout)
    return printer


def _run_preview(parent: QWidget | None, printer: QPrinter, job: _PrintJob, title: str) -> bool:
    """Qt's print preview of ``job``; True if the person printed from it."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("print.preview")
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(job.paint)
    try:
        return _exec_dialog(dialog) == QDialog.DialogCode.Accepted
    finally:
        dialog.paintRequested.disconnect(job.paint)
        dialog.deleteLater()


def _unreadable() -> str:
    return QCoreApplication.translate("PrintPdf", "the document could not be read")


def _failed(
    parent: QWidget | None, reason: str, document: PrintedDocument, archived_path: Path | None
) -> PrintOutcome:
    _critical(
        parent,
        QCoreApplication.translate("PrintPdf", "Printing failed"),
        print_notices.failed_text(document, reason, archived_path),
        "print.failed",
        archived=archived_path,
    )
    return PrintOutcome.FAILED
