"""Exporting the ledgers (台账) of a period to an Excel file, off the GUI thread.

The ledgers are always written in Chinese whatever the interface language. The file is
written by ``LedgerService.export`` on a worker thread (``BackgroundTask``); Cancel stops it
and no file is left behind. The file and folder dialogs, the replace question and opening the
folder go through small module-level functions so tests can replace them.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import DomainError, FieldError, Message, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period
from hall_desk.services.figures.ledgers import (
    LEDGER_LABELS,
    ExportCancelled,
    LedgerKind,
    LedgerResult,
    LedgerService,
)
from hall_desk.services.session import StaffSession
from hall_desk.translation import load_translator, translate_with
from hall_desk.ui.kit.background import BackgroundTask
from hall_desk.ui.kit.common import (
    FieldErrors,
    breakable,
    from_qdate,
    name_widget,
    restyle,
    to_qdate,
    translate_message,
    with_error_label,
)

LEDGER_LANGUAGE = "zh_CN"
_UNSAFE_IN_FILE_NAME = re.compile(r'[\\/:*?"<>|\s]+')
_NO_KINDS = QT_TRANSLATE_NOOP("Messages", "Please choose at least one ledger to export.")
_NO_FILE = QT_TRANSLATE_NOOP("Messages", "Choose the file to write.")


# -- replaced in tests ------------------------------------------------------------------------
def _choose_save_path(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """Ask where to save; "" when the person cancels. Replacing is asked at export time."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, start, filters, options=QFileDialog.Option.DontConfirmOverwrite
    )
    return chosen


def _confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """Ask whether an existing file may be replaced."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("LedgerExportDialog", "Replace the file?"),
        QCoreApplication.translate(
            "LedgerExportDialog", "{path} already exists. Replace it?"
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _open_url(url: QUrl) -> bool:
    """Open a folder in the system's file manager."""
    return QDesktopServices.openUrl(url)


# -- names ------------------------------------------------------------------------------------
def ledger_file_name(site_code: str, period: Period) -> str:
    """台账_<site code>_<first>_<last>.xlsx"""
    code = _UNSAFE_IN_FILE_NAME.sub("", site_code) or "hall-desk"
    return f"台账_{code}_{period.first.isoformat()}_{period.last.isoformat()}.xlsx"


def _button(text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    name_widget(button, f"ledger_export_dialog.{name}", accessible)
    return button


def _row(*widgets: QWidget, vertical: bool = False, stretch: bool = False) -> QWidget:
    """Widgets side by side (or one above the other) as one widget for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box) if vertical else QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return box


class LedgerExportDialog(QDialog):
    """Choose a period, the ledgers and a file; export with progress and Cancel."""

    def __init__(
        self,
        ledgers: LedgerService,
        session: StaffSession,
        period: Period,
        *,
        default_dir: Path,
        site_code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ledgers = ledgers
        self._session = session
        self._default_dir = default_dir
        self._site_code = site_code or session.site_name
        self._written: Path | None = None
        self.setObjectName("ledger_export_dialog")
        self.setWindowTitle(self.tr("Export ledgers"))
        # Wide enough that the suggested file name reads whole (a Windows profile's path to
        # the exports folder and the file name run to about 100 characters).
        self.setMinimumWidth(560)

        self.first = QDateEdit(to_qdate(period.first))
        self.last = QDateEdit(to_qdate(period.last))
        for edit, name, text in (
            (self.first, "from", self.tr("From")),
            (self.last, "to", self.tr("To")),
        ):
            name_widget(edit, f"ledger_export_dialog.{name}", text)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._period_changed)

        self.kinds: dict[LedgerKind, QCheckBox] = {}
        for kind in LedgerKind:
            box = QCheckBox(translate_message(LEDGER_LABELS[kind]))
            name_widget(box, f"ledger_export_dialog.kind.{kind.value}", box.text())
            box.setChecked(True)
            box.toggled.connect(self._schedule_count)
            self.kinds[kind] = box

        self.reveal = QCheckBox(self.tr("Show full ID numbers and phone numbers"))
        name_widget(self.reveal, "ledger_export_dialog.reveal", self.reveal.text())
        self.reveal.setEnabled(session.is_admin)
        if not session.is_admin:
            self.reveal.setToolTip(self.tr("Only an administrator may export full numbers."))
        self.reveal_warning = QLabel(
            self.tr(
                "Exporting full ID numbers and phone numbers is recorded in the audit log. "
                "Keep the file safe and delete it when it is no longer needed."
            )
        )
        self.reveal_warning.setObjectName("ledger_export_dialog.reveal_warning")
        self.reveal_warning.setWordWrap(True)
        restyle(self.reveal_warning, "role", "warning")
        self.reveal_warning.setVisible(False)
        self.reveal.toggled.connect(self.reveal_warning.setVisible)

        self.path = QLineEdit()
        name_widget(self.path, "ledger_export_dialog.path", self.tr("File"))
        self.path.setMinimumWidth(self.path.fontMetrics().horizontalAdvance("x" * 100))
        # A path longer than the field still reads whole when pointed at.
        self.path.textChanged.connect(self.path.setToolTip)
        self.choose = _button(self.tr("Choose…"), "choose", self.tr("Choose the file"))
        self.choose.clicked.connect(self._choose)

        self.rows = QLabel()
        self.rows.setObjectName("ledger_export_dialog.rows")
        self.progress = QProgressBar()
        name_widget(self.progress, "ledger_export_dialog.progress", self.tr("Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("ledger_export_dialog.status")
        self.status.setWordWrap(True)
        general = QLabel()
        general.setObjectName("ledger_export_dialog.error")
        self.errors = FieldErrors(general)

        self.export_button = _button(self.tr("Export"), "export", self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = _button(self.tr("Cancel"), "cancel", self.tr("Cancel export"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.open_folder = _button(
            self.tr("Open folder"), "open_folder", self.tr("Open the folder")
        )
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._open_folder)
        self.close_button = _button(self.tr("Close"), "close", self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        self._lay_out(general)
        self._task = BackgroundTask(self._work, self, cancel_exceptions=(ExportCancelled,))
        self._task.progressed.connect(self._progressed)
        self._task.succeeded.connect(self._succeeded)
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(self._cancelled)
        self._task.finished.connect(self._finished)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(250)
        self._count_timer.timeout.connect(self._count_rows)
        self._auto_path = ""
        self._running: tuple[Period, list[LedgerKind], Path, bool] | None = None
        self._period_changed()

    def _lay_out(self, general: QLabel) -> None:
        dates = _row(self.first, QLabel("~"), self.last, stretch=True)
        dates_box, dates_error = with_error_label(dates, "ledger_export_dialog.period.error")
        for field, edit in (("period", self.first), ("period_from", self.first)):
            self.errors.add(field, edit, dates_error)
        self.errors.add("period_to", self.last, dates_error)
        kinds = _row(*self.kinds.values(), vertical=True)
        kinds_box, kinds_error = with_error_label(kinds, "ledger_export_dialog.kinds.error")
        self.errors.add("kinds", kinds, kinds_error)
        target_box, path_error = with_error_label(
            _row(self.path, self.choose), "ledger_export_dialog.path.error"
        )
        self.errors.add("path", self.path, path_error)

        form = QFormLayout()
        form.addRow(self.tr("Period"), dates_box)
        form.addRow(self.tr("Ledgers"), kinds_box)
        form.addRow("", self.reveal)
        form.addRow("", self.reveal_warning)
        form.addRow(self.tr("File"), target_box)
        form.addRow("", self.rows)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(general)
        layout.addLayout(buttons)

    # -- what is chosen --------------------------------------------------------------------
    def period(self) -> Period:
        """The period of the two dates (``ValidationError`` for a bad range)."""
        return Period(from_qdate(self.first.date()), from_qdate(self.last.date()))

    def chosen_kinds(self) -> list[LedgerKind]:
        return [kind for kind, box in self.kinds.items() if box.isChecked()]

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return path

    def is_running(self) -> bool:
        return self._task.is_running()

    def _period_changed(self) -> None:
        try:
            period = self.period()
        except ValidationError as exc:
            self.errors.show(exc)
            self.rows.clear()
            return
        self.errors.clear()
        # A file name the person typed or chose stays; the suggested one follows the dates.
        if self.path.text() in ("", self._auto_path):
            self._auto_path = str(self._default_dir / ledger_file_name(self._site_code, period))
            self.path.setText(self._auto_path)
        self._schedule_count()

    def _schedule_count(self) -> None:
        self._count_timer.start()

    def _count_rows(self) -> None:
        kinds = self.chosen_kinds()
        try:
            period = self.period()
            count = self._ledgers.count_rows(self._session, period, kinds) if kinds else 0
        except DomainError:
            self.rows.clear()
            return
        self.rows.setText(self.tr("{count} rows in the chosen ledgers").format(count=count))

    def _choose(self) -> None:
        start = self.path.text().strip() or str(self._default_dir)
        chosen = _choose_save_path(
            self, self.tr("Save the ledgers"), start, self.tr("Excel workbooks (*.xlsx)")
        )
        if chosen:
            self.path.setText(chosen)

    # -- exporting --------------------------------------------------------------------------
    def start_export(self) -> None:
        """Check what is chosen, ask before replacing a file, then export in the background."""
        if self.is_running():
            return
        self.errors.clear()
        self.status.clear()
        self.open_folder.setVisible(False)
        try:
            period = self.period()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        kinds, target = self.chosen_kinds(), self.target()
        problems = [
            FieldError(field, Message(text))
            for field, text, missing in (
                ("kinds", _NO_KINDS, not kinds),
                ("path", _NO_FILE, target is None),
            )
            if missing
        ]
        if problems or target is None:
            self.errors.show(ValidationError.many(problems))
            return
        if target.parent == self._default_dir:
            # The usual exports folder may not be made yet; any other folder was chosen.
            with contextlib.suppress(OSError):
                target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and not _confirm_replace(self, target):
            self.status.setText(self.tr("Nothing was written."))
            return
        self._running = (period, kinds, target, self.reveal.isChecked() and self.reveal.isEnabled())
        self._set_running(True)
        self.status.setText(self.tr("Exporting…"))
        self._task.start()

    def cancel_export(self) -> None:
        if self.is_running():
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self._task.cancel()

    def _work(
        self, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
    ) -> LedgerResult:
        """Runs on the worker thread: touches no widget, only the values chosen before."""
        assert self._running is not None
        period, kinds, target, reveal = self._running
        label = translate_with(load_translator(LEDGER_LANGUAGE), "Messages")
        return self._ledgers.export(
            self._session,
            period,
            kinds,
            target,
            reveal=reveal,
            label=label,
            progress=progress,
            cancelled=cancelled,
        )

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.first,
            self.last,
            self.path,
            self.choose,
            self.export_button,
            *self.kinds.values(),
        ):
            widget.setEnabled(not running)
        self.reveal.setEnabled(not running and self._session.is_admin)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setRange(0, 0)  # busy until the first step is reported

    def _progressed(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))

    def _succeeded(self, result: LedgerResult) -> None:
        # Data rows, as counted beforehand; the summary sheet's lines are not records.
        rows = sum(n for kind, n in result.rows.items() if kind is not LedgerKind.SUMMARY)
        self._written = result.path
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr("Wrote {rows} rows to {path}").format(rows=rows, path=breakable(result.path))
        )
        self.open_folder.setVisible(True)

    def _failed(self, error: BaseException) -> None:
        self._reset_progress()
        if isinstance(error, DomainError):
            self.status.clear()
            self.errors.show(error)
            return
        self.status.setText(
            self.tr(
                "The export failed unexpectedly; no file was written. "
                "Details were written to the log."
            )
        )

    def _cancelled(self) -> None:
        self._reset_progress()
        self.status.setText(self.tr("Cancelled; no file was written."))

    def _finished(self) -> None:
        self._running = None
        self._set_running(False)

    def _reset_progress(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)

    def _open_folder(self) -> None:
        if self._written is not None:
            _open_url(QUrl.fromLocalFile(str(self._written.parent)))

    # -- closing ----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Closing (Close, Esc, the title bar) while exporting cancels the export and waits
        for it to stop."""
        if self.is_running():
            self._task.cancel()
            self._task.wait()
        super().done(result)
