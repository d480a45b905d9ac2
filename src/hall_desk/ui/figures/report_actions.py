"""Printing and saving the period report (工作报表), the county report, and the ledger export.

The printed documents are always in Chinese. Printing goes through the same preview and print
dialog as the slips (``hall_desk.ui.kit.print_pdf``). A foreseen problem (no permission, the
database busy, a file that cannot be written) is shown as its message, never as a crash.
The save dialog and the way the export dialog is shown are module-level functions so tests
can replace them.
"""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from hall_desk.domain.errors import DomainError, StorageError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period
from hall_desk.printing.report_pdf import (
    COUNTY_NAME,
    render_county_report,
    render_report,
    report_file_name,
    report_title,
)
from hall_desk.services import Services
from hall_desk.services.safety.audit_chain import chain_head, head_text
from hall_desk.services.session import StaffSession
from hall_desk.translation import load_translator, translate_with
from hall_desk.ui.figures.export_dialog import LedgerExportDialog
from hall_desk.ui.kit import print_pdf as printing
from hall_desk.ui.kit.error_dialog import show_domain_error

PRINT_LANGUAGE = "zh_CN"


@functools.cache
def chinese_label() -> Callable[[str], str]:
    """Turns a Messages template into Chinese, for printed documents."""
    return translate_with(load_translator(PRINT_LANGUAGE), "Messages")


# -- replaced in tests ------------------------------------------------------------------------
def _choose_save_path(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """Ask where to save; "" when the person cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, start, filters)
    return chosen


def _show_dialog(dialog: LedgerExportDialog) -> None:
    """Show the export dialog without blocking the window behind it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()


def document_title(period: Period, prefix: str = "") -> str:
    """The print job's name and the preview's title: ``日报 2026-11-20``."""
    return f"{prefix}{report_title(period)} {period.text()}"


class _Busy:
    """A wait cursor while a report is gathered and drawn (a second or two for a year)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder, so a failure
    leaves either the old file or none, never half of the new one."""
    handle, temp_name = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


class ReportActions:
    """What the Review page (and the menu) do with a period: print, save, county, ledgers."""

    def __init__(
        self,
        services: Services,
        session: StaffSession,
        parent: QWidget | None = None,
        *,
        default_dir: Callable[[], Path],
    ) -> None:
        self._services = services
        self._session = session
        self._parent = parent
        self._default_dir = default_dir

    # -- the center's report ----------------------------------------------------------------
    def report_pdf(self, period: Period) -> bytes:
        """The printed report of ``period`` compared with the period before, as PDF bytes."""
        comparison = self._services.stats.compare(self._session, period)
        activities = self._services.activity_stats
        return render_report(
            comparison,
            chinese_label(),
            printed_at=self._services.clock.now(),
            printed_by=self._session.full_name,
            chain_head=head_text(chain_head(self._services.db)),
            demands=self._services.demand_stats.compare(self._session, period),
            activities=activities.compare(self._session, period),
            # A day's report lists its sessions one by one.
            activity_sessions=activities.sessions(self._session, period)
            if period.days == 1
            else (),
        )

    def print_report(self, parent: QWidget | None, period: Period) -> None:
        """Show the report in the print preview; print it from there."""
        parent = parent or self._parent
        # With no printer the report is still made: the message names it and offers the
        # preview, from which it can be looked at or saved.
        try:
            with _Busy():
                pdf = self.report_pdf(period)
        except DomainError as exc:
            show_domain_error(parent, exc)
            return
        printing.print_pdf(parent, pdf, document_title(period), report=True)

    def save_report(self, parent: QWidget | None, period: Period) -> Path | None:
        """Ask where to save the report as a PDF and write it there; the path, or None."""
        parent = parent or self._parent
        try:
            code = self._services.sites.get(self._session).code
        except DomainError as exc:
            show_domain_error(parent, exc)
            return None
        start = self._default_dir() / report_file_name(code, period)
        chosen = _choose_save_path(
            parent,
            QCoreApplication.translate("ReportActions", "Save the report"),
            str(start),
            QCoreApplication.translate("ReportActions", "PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            with _Busy():
                pdf = self.report_pdf(period)
            write_atomically(target, pdf)
        except DomainError as exc:
            show_domain_error(parent, exc)
            return None
        except OSError as exc:
            show_domain_error(
                parent,
                StorageError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The report could not be written to {path} ({reason})."
                    ),
                    path=str(target),
                    reason=exc.strerror or str(exc),
                ),
            )
            return None
        return target

    # -- every center side by side -----------------------------------------------------------
    def print_county_report(self, parent: QWidget | None, period: Period) -> None:
        """The county report (every center on the server and their total); county only."""
        parent = parent or self._parent
        try:
            with _Busy():
                county = self._services.stats.county(self._session, period)
                pdf = render_county_report(
                    county,
                    chinese_label(),
                    printed_at=self._services.clock.now(),
                    printed_by=self._session.full_name,
                )
        except DomainError as exc:
            show_domain_error(parent, exc)
            return
        printing.print_pdf(parent, pdf, document_title(period, COUNTY_NAME), report=True)

    # -- ledgers ------------------------------------------------------------------------------
    def export_ledgers(self, parent: QWidget | None, period: Period) -> None:
        """Open the ledger export dialog for ``period`` (it runs the export itself)."""
        parent = parent or self._parent
        try:
            code = self._services.sites.get(self._session).code
        except DomainError as exc:
            show_domain_error(parent, exc)
            return
        dialog = LedgerExportDialog(
            self._services.ledgers,
            self._session,
            period,
            default_dir=self._default_dir(),
            site_code=code,
            parent=parent,
        )
        _show_dialog(dialog)
