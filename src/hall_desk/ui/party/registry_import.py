"""Importing a unit's member list from Excel: choose the file, read the report of every row's
problems, then "Import all" (only when the file is clean) or "Import only the good rows".

Reading and importing run off the GUI thread (a county unit's list has 2,000 rows). The file
pickers are the module-level ``_choose_open_path`` and ``_choose_save_path`` so tests can
replace them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import DomainError
from hall_desk.domain.party_import import HEADERS
from hall_desk.services.party.member_import import ImportReport, ImportResult, MemberImportService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.background import BackgroundTask
from hall_desk.ui.kit.common import (
    hint_label,
    make_table_view,
    message_text,
    name_widget,
    restyle,
    size_within_screen,
)
from hall_desk.ui.party.registry_models import ImportProblemModel


def _choose_open_path(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """Ask for the file to import; "" when the person cancels (replaced in tests)."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, start, filters)
    return chosen


def _choose_save_path(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """Ask where to save the template; "" when the person cancels (replaced in tests)."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, start, filters)
    return chosen


def _confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask ``question`` (replaced in tests)."""
    return QMessageBox.question(parent, title, question) == QMessageBox.StandardButton.Yes


class MemberImportDialog(QDialog):
    """The import window; ``imported`` carries how many members were added."""

    imported = Signal(int)

    def __init__(
        self,
        importer: MemberImportService,
        session: StaffSession,
        *,
        default_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import members from Excel"))
        self._importer = importer
        self._session = session
        self._default_dir = default_dir
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.outcome: ImportResult | None = None
        self.task: BackgroundTask | None = None

        intro = hint_label(
            self.tr(
                "Units send their members as an Excel file (.xlsx) with the columns {columns}. "
                "Every row is checked first; nothing is imported until the file is clean, "
                "unless you import only the good rows."
            ).format(columns="、".join(HEADERS.values()))
        )
        self.path_line = QLineEdit()
        name_widget(self.path_line, "import.path", self.tr("File to import"))
        self.path_line.setReadOnly(True)
        self.path_line.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = self._button(
            "import.choose", self.tr("Choose file..."), self.tr("Choose the Excel file (Ctrl+O)")
        )
        self.choose_button.setToolTip("Ctrl+O")
        self.choose_button.clicked.connect(lambda _c=False: self.choose_file())
        QShortcut(QKeySequence("Ctrl+O"), self, self.choose_file)
        self.template_button = self._button(
            "import.template", self.tr("Save template..."), self.tr("Save an empty template")
        )
        self.template_button.clicked.connect(lambda _c=False: self.save_template())
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_line, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.template_button)

        self.summary = QLabel()
        name_widget(self.summary, "import.summary", self.tr("What the file holds"))
        self.summary.setWordWrap(True)
        self.model = ImportProblemModel()
        self.table = make_table_view(
            self.model, "import.problems", self.tr("Problems found"), stretch=2
        )
        self.table.setWordWrap(False)
        self.message = QLabel()
        name_widget(self.message, "import.message", self.tr("Import message"))
        self.message.setWordWrap(True)
        self.message.hide()

        self.all_button = self._button(
            "import.all", self.tr("Import all"), self.tr("Import every row of the file")
        )
        self.all_button.clicked.connect(lambda _c=False: self.import_all())
        self.good_button = self._button(
            "import.good", self.tr("Import only the good rows"),
            self.tr("Import only the rows without a problem"),
        )  # fmt: skip
        self.good_button.clicked.connect(lambda _c=False: self.import_good())
        self.close_button = self._button("import.close", self.tr("Close"), self.tr("Close"))
        self.close_button.clicked.connect(lambda _c=False: self.reject())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.good_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        size_within_screen(self, 960, 560)
        self._show_report(None)

    @staticmethod
    def _button(name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        name_widget(button, name, accessible)
        button.setAutoDefault(False)
        return button

    # -- the file ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        if self.busy():
            return
        start = str(self.path.parent if self.path is not None else self._default_dir)
        chosen = _choose_open_path(
            self, self.tr("Choose the members' Excel file"), start,
            self.tr("Excel files (*.xlsx *.xlsm);;All files (*)"),
        )  # fmt: skip
        if chosen:
            self.check_file(Path(chosen))

    def check_file(self, path: Path) -> None:
        """Read ``path`` and show what is wrong in it (off the GUI thread)."""
        self.path = path
        self.outcome = None
        self.path_line.setText(str(path))
        self._show_report(None)
        self.summary.setText(self.tr("Checking {file}...").format(file=path.name))
        importer, session = self._importer, self._session
        self._run(lambda: importer.check(session, path), self._checked)

    def _checked(self, report: ImportReport) -> None:
        self._show_report(report)

    def _show_report(self, report: ImportReport | None) -> None:
        self.report = report
        self.model.set_rows(list(report.problems) if report is not None else [])
        if report is None:
            self.summary.setText(self.tr("Choose a file to check it."))
        elif report.clean:
            self.summary.setText(
                self.tr("{file}: all {rows} rows are good and can be imported.").format(
                    file=report.file_name, rows=report.rows
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "{file}: {rows} rows, {good} good; {bad} rows have problems, listed below "
                    "with their row numbers as Excel shows them."
                ).format(
                    file=report.file_name, rows=report.rows, good=report.good, bad=report.bad_rows
                )
            )
        self.table.setVisible(report is None or not report.clean)
        self._update_buttons()

    def _update_buttons(self) -> None:
        report = self.report
        good = report.good if report is not None else 0
        self.all_button.setEnabled(report is not None and report.clean and good > 0)
        self.all_button.setDefault(self.all_button.isEnabled())
        self.good_button.setEnabled(report is not None and not report.clean and good > 0)
        self.good_button.setText(self.tr("Import only the good rows ({count})").format(count=good))

    # -- importing ---------------------------------------------------------------------------
    def import_all(self) -> None:
        if self.report is not None and self.report.clean and not self.busy():
            self._import(only_good=False)

    def import_good(self) -> None:
        report = self.report
        if report is None or report.clean or not report.good or self.busy():
            return
        question = self.tr(
            "Import the {good} good rows now? The {bad} rows with problems are left out; "
            "correct them and import them later."
        ).format(good=report.good, bad=report.bad_rows)
        if _confirm(self, self.tr("Import only the good rows"), question):
            self._import(only_good=True)

    def _import(self, *, only_good: bool) -> None:
        path = self.path
        assert path is not None
        importer, session = self._importer, self._session
        self._run(lambda: importer.import_rows(session, path, only_good), self._done)

    def _done(self, result: ImportResult) -> None:
        self.outcome = result
        self.all_button.setEnabled(False)
        self.good_button.setEnabled(False)
        self.model.set_rows([])
        text = self.tr("{count} members have been imported.").format(count=result.imported)
        if result.skipped:
            text += " " + self.tr("{count} rows were left out.").format(count=result.skipped)
        self._say(text, ok=True)
        self.imported.emit(result.imported)

    # -- the template ------------------------------------------------------------------------
    def save_template(self) -> Path | None:
        start = self._default_dir / self.tr("member list template.xlsx")
        chosen = _choose_save_path(
            self, self.tr("Save the template"), str(start), self.tr("Excel files (*.xlsx)")
        )
        if not chosen:
            return None
        try:
            written = self._importer.save_template(self._session, Path(chosen))
        except DomainError as exc:
            self._say(message_text(exc), ok=False)
            return None
        self._say(
            self.tr("The template has been saved as {path}. Send it to the units.").format(
                path=written
            ),
            ok=True,
        )
        return written

    # -- running -----------------------------------------------------------------------------
    def busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def _run(self, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``call`` on a worker thread; ``done`` gets its result, a refusal is said."""
        self.message.hide()
        task = BackgroundTask(lambda _progress, _cancelled: call(), self)
        task.succeeded.connect(done)
        task.failed.connect(self._failed)
        task.finished.connect(lambda: self._finished(task))
        self.task = task
        self._set_busy(True)
        task.start()

    def _failed(self, error: object) -> None:
        if not isinstance(error, DomainError):
            raise error if isinstance(error, BaseException) else RuntimeError(error)
        self._say(message_text(error), ok=False)
        if self.report is None:
            self.summary.setText(self.tr("The file could not be checked."))
        elif self.path is not None and self.outcome is None:
            # The registry changed since the check: show the file as it stands now.
            self.check_file(self.path)

    def _finished(self, task: BackgroundTask) -> None:
        if self.task is task:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.choose_button, self.template_button):
            button.setEnabled(not busy)
        if busy:
            self.all_button.setEnabled(False)
            self.good_button.setEnabled(False)
        elif self.outcome is None:
            self._update_buttons()

    def _say(self, text: str, *, ok: bool) -> None:
        restyle(self.message, "role", "ok" if ok else "error")
        self.message.setText(text)
        self.message.show()
