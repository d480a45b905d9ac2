"""Printing and saving the period report, the county report and opening the ledger export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from hall_desk.domain.errors import DomainError, PermissionDenied, StorageError
from hall_desk.domain.periods import Period
from hall_desk.printing.report_pdf import report_file_name
from hall_desk.services import Services
from hall_desk.services.centers import CenterAdmin
from hall_desk.services.session import StaffSession
from hall_desk.ui.figures import report_actions as module
from hall_desk.ui.figures.export_dialog import LedgerExportDialog
from hall_desk.ui.figures.report_actions import ReportActions
from hall_desk.ui.kit import background
from hall_desk.ui.kit import print_notices as notices
from hall_desk.ui.kit import print_pdf as printing
from tests.conftest import ADMIN_PASSWORD
from tests.ui.figures.test_export_dialog import build_demo_database, open_desk

WEEK = Period.week(date(2026, 11, 20))  # 2026-11-16 to 2026-11-22, a 周报


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory, sqlite_template, passwords) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo_database(path, sqlite_template, passwords)
    return path


@pytest.fixture
def desk(demo_template, tmp_path, clock, passwords) -> Iterator[tuple[Services, StaffSession]]:
    db, services = open_desk(demo_template, tmp_path, clock, passwords)
    yield services, services.staff.sign_in("wang.admin", ADMIN_PASSWORD)
    background.stop_all_background_work(5000)
    db.dispose()


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def reports_dir(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    return folder


def actions_for(services: Services, session: StaffSession, folder: Path) -> ReportActions:
    return ReportActions(services, session, default_dir=lambda: folder)


@pytest.fixture
def errors(monkeypatch) -> list[DomainError]:
    """Stands in for the error message box: records each error it would show."""
    shown: list[DomainError] = []
    monkeypatch.setattr(module, "show_domain_error", lambda parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def printed(monkeypatch) -> list[tuple[bytes, str]]:
    """A printer is set up; print_pdf records what would have gone to it."""
    calls: list[tuple[bytes, str]] = []

    def fake_print(parent, pdf, title, *, preview=True, archived_path=None, report=False):
        assert archived_path is None and report
        calls.append((pdf, title))
        return printing.PrintOutcome.PRINTED

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: [QPrinterInfo()]))
    monkeypatch.setattr(printing, "print_pdf", fake_print)
    return calls


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def figure_after(text: str, label: str) -> str:
    lines = text.splitlines()
    return lines[lines.index(label) + 1].strip()


def test_print_report_sends_the_period_and_its_figures_to_the_printer(
    qtbot, desk, window, reports_dir, printed, errors
) -> None:
    services, admin = desk
    expected = services.stats.compare(admin, WEEK).current
    assert expected.visitors.visits > 0
    actions_for(services, admin, reports_dir).print_report(window, WEEK)
    assert not errors
    ((pdf, title),) = printed
    assert title == "周报 2026-11-16 ~ 2026-11-22"
    text = pdf_text(pdf)
    # The week is still running on Friday morning: Monday to today, against Monday to Friday
    # of the week before.
    assert "2026年11月16日 至 2026年11月20日（共5天），截至 11月20日 09:30" in text
    assert "2026年11月9日 至 2026年11月13日（共5天）" in text  # the days it is compared with
    assert figure_after(text, "登记来访（人次）") == str(expected.visitors.visits)
    assert figure_after(text, "收件") == str(expected.cases.received)
    assert "打印人：王主任" in text


def test_print_report_uses_the_slip_print_preview(
    qtbot, desk, window, reports_dir, monkeypatch, tmp_path
) -> None:
    services, admin = desk
    out = tmp_path / "printed.pdf"
    seen: list[str] = []

    def accept(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        seen.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: [QPrinterInfo()]))
    monkeypatch.setattr(printing, "_exec_dialog", accept)
    monkeypatch.setattr(printing, "_critical", _must_not_warn)
    monkeypatch.setattr(printing, "_warn", _must_not_warn)
    actions_for(services, admin, reports_dir).print_report(window, WEEK)
    assert seen == ["周报 2026-11-16 ~ 2026-11-22"]
    assert len(PdfReader(out).pages) >= 2


def _must_not_warn(parent, title, text, object_name) -> None:
    raise AssertionError(f"no message expected: {text}")


def test_without_a_printer_the_report_is_named_and_offered_in_preview(
    qtbot, desk, window, reports_dir, monkeypatch
) -> None:
    """No printer: the message names the report (not a case's slip) and its Preview button
    shows the report just made."""
    services, admin = desk
    shown: list[QMessageBox] = []
    previews: list[str] = []

    def answer(box: QMessageBox) -> None:
        shown.append(box)
        box.findChild(QPushButton, "print.showPreview").click()

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(notices, "_exec_box", answer)
    monkeypatch.setattr(
        printing, "preview_only", lambda parent, pdf, title, document: previews.append(title)
    )
    actions_for(services, admin, reports_dir).print_report(window, WEEK)
    [box] = shown
    title = module.document_title(WEEK)
    assert title in box.text() and "No printer" in box.windowTitle()
    assert "case" not in box.text() and "slip" not in box.text()
    assert previews == [title]


def _must_not_print(*args, **kwargs) -> printing.PrintOutcome:
    raise AssertionError("nothing should be printed")


def test_save_report_writes_the_pdf_where_chosen(
    qtbot, desk, window, reports_dir, monkeypatch, errors
) -> None:
    services, admin = desk
    asked: list[str] = []

    def choose(parent, title, start, filters) -> str:
        asked.append(start)
        return str(reports_dir / "week 47")

    monkeypatch.setattr(module, "_choose_save_path", choose)
    saved = actions_for(services, admin, reports_dir).save_report(window, WEEK)
    assert asked == [str(reports_dir / report_file_name("CN01", WEEK))]
    assert saved == reports_dir / "week 47.pdf"
    text = pdf_text(saved.read_bytes())
    assert "周报" in text and "2026年11月16日 至 2026年11月20日" in text
    assert sorted(p.name for p in reports_dir.iterdir()) == ["week 47.pdf"]
    assert not errors


def test_save_report_cancelled_writes_nothing(
    qtbot, desk, window, reports_dir, monkeypatch, errors
) -> None:
    services, admin = desk
    monkeypatch.setattr(module, "_choose_save_path", lambda *args: "")
    assert actions_for(services, admin, reports_dir).save_report(window, WEEK) is None
    assert not list(reports_dir.iterdir()) and not errors


def test_save_report_over_a_folder_says_so_and_leaves_no_half_file(
    qtbot, desk, window, reports_dir, monkeypatch, errors
) -> None:
    services, admin = desk
    taken = reports_dir / "report.pdf"
    taken.mkdir()  # the new file cannot take its place
    monkeypatch.setattr(module, "_choose_save_path", lambda *args: str(taken))
    assert actions_for(services, admin, reports_dir).save_report(window, WEEK) is None
    (error,) = errors
    assert isinstance(error, StorageError) and str(taken) in str(error)
    assert taken.is_dir() and not list(taken.iterdir())
    assert [p.name for p in reports_dir.iterdir()] == ["report.pdf"]  # no temporary file left


def test_save_report_into_a_missing_folder_says_so(
    qtbot, desk, window, reports_dir, monkeypatch, errors
) -> None:
    services, admin = desk
    target = reports_dir / "gone" / "report.pdf"
    monkeypatch.setattr(module, "_choose_save_path", lambda *args: str(target))
    assert actions_for(services, admin, reports_dir).save_report(window, WEEK) is None
    (error,) = errors
    assert isinstance(error, StorageError) and str(target) in str(error)
    assert not list(reports_dir.iterdir())


def test_county_report_is_refused_to_a_center_administrator(
    qtbot, desk, window, reports_dir, printed, errors
) -> None:
    services, admin = desk
    actions_for(services, admin, reports_dir).print_county_report(window, WEEK)
    (error,) = errors
    assert isinstance(error, PermissionDenied)
    assert not printed


def test_county_report_of_every_center(
    qtbot, desk, window, reports_dir, printed, errors, passwords
) -> None:
    services, _admin = desk
    centers = CenterAdmin(services.db, services.clock, passwords)
    centers.add_center("CN02", "城北社区党群服务站", "zhao.admin", "赵站长")
    centers.grant_county("wang.admin")
    county = services.staff.sign_in("wang.admin", ADMIN_PASSWORD)
    actions_for(services, county, reports_dir).print_county_report(window, WEEK)
    assert not errors
    ((pdf, title),) = printed
    assert title.endswith("周报 2026-11-16 ~ 2026-11-22")
    text = pdf_text(pdf)
    assert "城南社区党群服务中心" in text and "城北社区党群服务站" in text


def test_export_ledgers_opens_the_dialog_for_the_period(
    qtbot, desk, window, reports_dir, monkeypatch
) -> None:
    services, admin = desk
    opened: list[LedgerExportDialog] = []
    monkeypatch.setattr(module, "_show_dialog", opened.append)
    actions_for(services, admin, reports_dir).export_ledgers(window, WEEK)
    (dialog,) = opened
    assert dialog.parent() is window
    assert dialog.period() == Period(WEEK.first, WEEK.last)
    assert dialog.path.text() == str(reports_dir / "台账_CN01_2026-11-16_2026-11-22.xlsx")
    assert dialog.reveal.isEnabled()
