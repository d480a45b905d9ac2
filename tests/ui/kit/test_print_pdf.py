"""Printing a slip PDF through Qt, without ever opening a real modal window."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from hall_desk.printing.slips import SlipData, SlipKind, SlipLayout, render_slip
from hall_desk.ui.kit import print_notices as notices
from hall_desk.ui.kit import print_pdf as module
from hall_desk.ui.kit.print_pdf import (
    PrintOutcome,
    paint_pages,
    pdf_page_layout,
    print_pdf,
    render_pdf_pages,
)

A5_RATIO = 419.53 / 595.28


def _slip_pdf(layout: SlipLayout, missing: int = 2) -> bytes:
    data = SlipData(
        kind=SlipKind.NOTICE,
        center_name="城南社区党群服务中心",
        center_address="北京市东城区城南路18号",
        center_phone="010-65123456",
        case_number="SC01-2026-00042",
        item_name="城乡居民基本养老保险参保登记",
        office="社会保障服务窗口",
        resident_name="张三",
        resident_id_masked="1101**********0021",
        resident_phone_masked="138****1234",
        agent_line="",
        documents_received=("居民身份证原件及复印件",),
        documents_missing=tuple(
            f"第{i}份材料：" + "申请人及家庭成员的证明材料" * 5 for i in range(1, missing + 1)
        ),
        promised_date=date(2026, 12, 4),
        time_limit_days=10,
        clerk_name="王芳",
        accepted_at=datetime(2026, 11, 20, 9, 30),
        printed_at=datetime(2026, 11, 20, 9, 30, 15),
    )
    return render_slip(data, layout)


def _pdfpages(pdf: bytes) -> int:
    return len(PdfReader(BytesIO(pdf)).pages)


def _dark_fraction(image: QImage) -> float:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    stride = grey.bytesPerLine()
    dark = total = 0
    for y in range(0, grey.height(), 4):
        row = data[y * stride : y * stride + grey.width()]
        dark += sum(1 for value in row[::4] if value < 128)
        total += len(row[::4])
    return dark / total


def _pdfinfo(path: Path) -> dict[str, str]:
    tool = shutil.which("pdfinfo")
    if tool is None:
        pytest.skip("pdfinfo is not installed")
    output = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in output.splitlines())
    }


def _pdf_printer(path: Path, layout: QPageLayout) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setFullPage(True)
    printer.setPageLayout(layout)
    return printer


class Boxes:
    """Stands in for running a message box: records what it shows and, when told, clicks one
    of its buttons the way a person would."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, str, str]] = []
        self.buttons: list[list[str]] = []
        self.click = ""
        monkeypatch.setattr(notices, "_exec_box", self._run)

    def _run(self, box: QMessageBox) -> None:
        kind = "critical" if box.icon() == QMessageBox.Icon.Critical else "warning"
        self.shown.append((kind, box.windowTitle(), box.text(), box.objectName()))
        self.buttons.append([b.objectName() for b in box.buttons()])
        if self.click:
            button = box.findChild(QPushButton, self.click)
            if button is not None:
                button.click()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def one_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: [QPrinterInfo()]))


def test_render_pdf_pages_gives_one_image_per_page(qtbot) -> None:
    pdf = _slip_pdf(SlipLayout.A5, missing=30)
    images = render_pdf_pages(pdf, 100)
    pages = _pdfpages(pdf)
    assert pages > 1
    assert len(images) == pages
    for image in images:
        assert not image.isNull()
        assert image.width() == pytest.approx(419.53 / 72 * 100, abs=1.5)
        assert image.width() / image.height() == pytest.approx(A5_RATIO, rel=0.01)
        assert 0.005 < _dark_fraction(image) < 0.5  # text is there, the page is not black


def test_render_pdf_pages_keeps_the_roll_shape(qtbot) -> None:
    pdf = _slip_pdf(SlipLayout.ROLL80)
    (image,) = render_pdf_pages(pdf, 203)
    assert image.width() == pytest.approx(80 / 25.4 * 203, abs=1.5)
    assert image.height() > 2 * image.width()
    assert _dark_fraction(image) > 0.005


def test_page_layout_is_a5_or_the_roll_size(qtbot) -> None:
    a5 = pdf_page_layout(_slip_pdf(SlipLayout.A5))
    assert a5.pageSize().id() == QPageSize.PageSizeId.A5
    assert a5.orientation() == QPageLayout.Orientation.Portrait
    roll = pdf_page_layout(_slip_pdf(SlipLayout.ROLL80)).pageSize()
    assert roll.id() == QPageSize.PageSizeId.Custom
    size = roll.size(QPageSize.Unit.Millimeter)
    assert size.width() == pytest.approx(80, abs=0.1)
    assert size.height() > 150


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_paint_pages_prints_every_page(qtbot, tmp_path: Path, layout: SlipLayout) -> None:
    pdf = _slip_pdf(layout, missing=30)
    expected_pages = _pdfpages(pdf)
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out, pdf_page_layout(pdf))
    assert paint_pages(printer, render_pdf_pages(pdf, 150))
    info = _pdfinfo(out)
    assert int(info["Pages"]) == expected_pages
    width, _, height = info["Page size"].split()[:3]
    if layout is SlipLayout.A5:
        assert float(width) == pytest.approx(419.53, abs=1)
        assert float(height) == pytest.approx(595.28, abs=1)
    else:
        assert float(width) == pytest.approx(226.77, abs=1)


def test_paint_pages_reports_a_printer_that_cannot_start(qtbot, tmp_path: Path) -> None:
    pdf = _slip_pdf(SlipLayout.A5)
    printer = _pdf_printer(tmp_path / "missing" / "dir" / "out.pdf", pdf_page_layout(pdf))
    assert not paint_pages(printer, render_pdf_pages(pdf, 72))


def test_no_printer_warns_and_names_the_kept_pdf(
    qtbot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, tmp_path: Path
) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(module, "_exec_dialog", _must_not_run)
    kept = tmp_path / "SC01-2026-00042_notice_20261120-093015.pdf"
    outcome = print_pdf(
        None,
        _slip_pdf(SlipLayout.A5),
        "一次性告知单",
        archived_path=kept,
        document=notices.case_slip("one-time notice"),
    )
    assert outcome is PrintOutcome.NO_PRINTER
    ((kind, _title, text, name),) = boxes.shown
    assert (kind, name) == ("warning", "print.noPrinter")
    assert str(kept) in text
    assert "The case is saved and its one-time notice was kept as a PDF" in text


def test_no_printer_offers_to_open_the_kept_pdf(
    qtbot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, tmp_path: Path
) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(module, "_exec_dialog", _must_not_run)
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    kept = tmp_path / "CN01-B2026-00001_slip_20261120-093015.pdf"
    kept.write_bytes(_slip_pdf(SlipLayout.ROLL80))
    boxes.click = "print.openPdf"
    outcome = print_pdf(
        None,
        kept.read_bytes(),
        "CN01-B2026-00001",
        archived_path=kept,
        document=notices.booking_slip(),
    )
    assert outcome is PrintOutcome.NO_PRINTER
    ((_kind, _title, text, _name),) = boxes.shown
    assert "The booking is saved and its booking slip was kept as a PDF" in text
    assert "case" not in text
    assert boxes.buttons == [["print.openPdf", "print.close"]]
    assert [url.toLocalFile() for url in opened] == [str(kept)]


def test_a_pdf_that_will_not_open_says_where_it_is(
    qtbot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, tmp_path: Path
) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(_slip_pdf(SlipLayout.A5))
    boxes.click = "print.openPdf"
    print_pdf(None, kept.read_bytes(), "受理回执", archived_path=kept)
    assert [entry[3] for entry in boxes.shown] == ["print.noPrinter", "print.cannotOpen"]
    assert str(kept) in boxes.shown[1][2]


def test_no_printer_without_a_kept_pdf_offers_the_preview(
    qtbot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, tmp_path: Path
) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    pdf = _slip_pdf(SlipLayout.A5, missing=30)
    out = tmp_path / "previewed.pdf"
    previews: list[str] = []

    def show(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        previews.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(module, "_exec_dialog", show)
    boxes.click = "print.showPreview"
    outcome = print_pdf(None, pdf, "日报 2026-11-20", report=True)
    assert outcome is PrintOutcome.NO_PRINTER
    ((_kind, _title, text, _name),) = boxes.shown
    assert "日报 2026-11-20 was not printed" in text
    assert boxes.buttons == [["print.showPreview", "print.close"]]
    assert previews == ["日报 2026-11-20"]
    assert int(_pdfinfo(out)["Pages"]) == _pdfpages(pdf)


def test_no_printer_without_a_kept_pdf(
    qtbot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(module, "_exec_dialog", _must_not_run)
    outcome = print_pdf(None, _slip_pdf(SlipLayout.ROLL80), "受理回执", preview=False)
    assert outcome is PrintOutcome.NO_PRINTER
    assert [entry[3] for entry in boxes.shown] == ["print.noPrinter"]


def _must_not_run(dialog: QDialog) -> int:
    raise AssertionError("no dialog should open")


def test_preview_then_print(
    qtbot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, one_printer: None, tmp_path: Path
) -> None:
    pdf = _slip_pdf(SlipLayout.A5, missing=30)
    out = tmp_path / "printed.pdf"
    seen: list[QPrintPreviewDialog] = []

    def accept(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        assert dialog.objectName() == "print.preview"
        assert dialog.windowTitle() == "一次性告知单"
        seen.append(dialog)
        printer = dialog.printer()
        assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)
        dialog.paintRequested.emit(printer)  # what the dialog's Print button does
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(module, "_exec_dialog", accept)
    assert print_pdf(None, pdf, "一次性告知单") is PrintOutcome.PRINTED
    assert seen and not boxes.shown
    assert int(_pdfinfo(out)["Pages"]) == _pdfpages(pdf)


def test_roll_printer_gets_the_slip_size(
    qtbot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, one_printer: None, tmp_path: Path
) -> None:
    pdf = _slip_pdf(SlipLayout.ROLL80)
    sizes: list[float] = []

    def accept(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        size = dialog.printer().pageLayout().fullRect(QPageLayout.Unit.Millimeter)
        sizes.append(size.width())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(module, "_exec_dialog", accept)
    assert print_pdf(None, pdf, "受理回执") is PrintOutcome.CANCELLED
    assert sizes == [pytest.approx(80, abs=0.1)]
    assert not boxes.shown


def test_cancelled_preview(
    qtbot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, one_printer: None
) -> None:
    monkeypatch.setattr(module, "_exec_dialog", lambda dialog: QDialog.DialogCode.Rejected.value)
    assert print_pdf(None, _slip_pdf(SlipLayout.A5), "受理回执") is PrintOutcome.CANCELLED
    assert not boxes.shown


def test_printer_failure_is_reported(
    qtbot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, one_printer: None, tmp_path: Path
) -> None:
    def print_into_nowhere(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no" / "such" / "dir.pdf"))
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(module, "_exec_dialog", print_into_nowhere)
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(_slip_pdf(SlipLayout.A5))
    outcome = print_pdf(
        None,
        _slip_pdf(SlipLayout.A5),
        "受理回执",
        archived_path=kept,
        document=notices.case_slip("handling slip"),
    )
    assert outcome is PrintOutcome.FAILED
    ((kind, _title, text, name),) = boxes.shown
    assert (kind, name) == ("critical", "print.failed")
    assert "Printing failed" in text and str(kept) in text
    assert "print its handling slip again from the case" in text
    assert boxes.buttons == [["print.openPdf", "print.close"]]


def test_unreadable_pdf_is_reported(
    qtbot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, one_printer: None
) -> None:
    monkeypatch.setattr(module, "_exec_dialog", _must_not_run)
    assert print_pdf(None, b"not a pdf", "受理回执") is PrintOutcome.FAILED
    assert [entry[3] for entry in boxes.shown] == ["print.failed"]
