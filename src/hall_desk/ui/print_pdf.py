"""Printing an already-rendered PDF (a slip) through Qt's print preview.

Qt cannot draw a PDF itself here (QtPdf is not shipped), so each page is rasterised with
pdfium at the printer's resolution (at most 600 dpi) and painted onto the QPrinter, scaled
to the paper and keeping its aspect ratio. The printer's paper is set to the PDF's page size:
A5 for sheets, a custom size (80 mm wide, as tall as the slip) for receipt rolls.

Message boxes go through the small module-level functions ``_warn`` and ``_critical`` and the
preview through ``_exec_dialog``, so tests can replace them and never open a modal window.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

MAX_DPI = 600.0
MIN_DPI = 72.0
POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4


class PrintOutcome(Enum):
    PRINTED = "printed"
    CANCELLED = "cancelled"
    NO_PRINTER = "no_printer"
    FAILED = "failed"


def _warn(parent: QWidget | None, title: str, text: str, object_name: str) -> None:
    """A warning box (replaced in tests)."""
    _show_box(QMessageBox.Icon.Warning, parent, title, text, object_name)


def _critical(parent: QWidget | None, title: str, text: str, object_name: str) -> None:
    """An error box (replaced in tests)."""
    _show_box(QMessageBox.Icon.Critical, parent, title, text, object_name)


def _show_box(
    icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str, object_name: str
) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(object_name)
    box.exec()


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
) -> PrintOutcome:
    """Print ``pdf`` after a preview (or straight to the default printer if not ``preview``).

    ``archived_path`` is where the slip was kept as a file, mentioned when it cannot be printed.
    ``report`` words the failure messages for a report rather than a case's slip.
    """
    printers = QPrinterInfo.availablePrinters()
    if not printers:
        if archived_path is not None:
            text = QCoreApplication.translate(
                "PrintPdf",
                "No printer is set up on this computer. "
                "The case is saved and its slip was kept as a PDF: {path}",
            ).format(path=archived_path)
        else:
            text = QCoreApplication.translate(
                "PrintPdf",
                "No printer is set up on this computer. "
                "The case is saved; you can print the slip later from the case.",
            )
        _warn(parent, QCoreApplication.translate("PrintPdf", "No printer"), text, "print.noPrinter")
        return PrintOutcome.NO_PRINTER

    job = _PrintJob(pdf)
    try:
        layout = pdf_page_layout(pdf)
    except (pdfium.PdfiumError, ValueError, OSError):
        return _failed(
            parent,
            QCoreApplication.translate("PrintPdf", "the document could not be read"),
            archived_path,
            report,
        )

    default = QPrinterInfo.defaultPrinter()
    printer = QPrinter(
        printers[0] if default.isNull() else default, QPrinter.PrinterMode.HighResolution
    )
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageLayout(layout)

    if preview:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setObjectName("print.preview")
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(job.paint)
        try:
            accepted = _exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.paintRequested.disconnect(job.paint)
            dialog.deleteLater()
        if not accepted:
            return PrintOutcome.CANCELLED
    else:
        job.paint(printer)

    state = printer.printerState()
    if job.error or state == QPrinter.PrinterState.Error:
        reason = job.error or QCoreApplication.translate(
            "PrintPdf", "the printer could not be started or reported an error"
        )
        return _failed(parent, reason, archived_path, report)
    if state == QPrinter.PrinterState.Aborted:
        return PrintOutcome.CANCELLED
    return PrintOutcome.PRINTED


def _failed(
    parent: QWidget | None, reason: str, archived_path: Path | None, report: bool = False
) -> PrintOutcome:
    if report:
        text = QCoreApplication.translate(
            "PrintPdf",
            "Printing failed: {reason}. Nothing is lost; print the report again or save it "
            "as a PDF.",
        ).format(reason=reason)
    else:
        text = QCoreApplication.translate(
            "PrintPdf",
            "Printing failed: {reason}. The case is saved; you can reprint the slip from the case.",
        ).format(reason=reason)
    if archived_path is not None:
        text += "\n" + QCoreApplication.translate(
            "PrintPdf", "The slip was kept as a PDF: {path}"
        ).format(path=archived_path)
    _critical(
        parent, QCoreApplication.translate("PrintPdf", "Printing failed"), text, "print.failed"
    )
    return PrintOutcome.FAILED
