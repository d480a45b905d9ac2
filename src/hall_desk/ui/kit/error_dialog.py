"""Unexpected errors: a short message in the window, the full traceback in the log.

Both are scrubbed (:func:`hall_desk.domain.redact.scrub`): an ID number, a mobile number or a
database password in an exception never reaches the screen or ``hall-desk.log`` in full.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hall_desk.domain.errors import DomainError
from hall_desk.domain.redact import scrub
from hall_desk.ui.kit.common import message_text

log = logging.getLogger("hall_desk.unexpected")


def show_domain_error(parent: QWidget | None, error: DomainError, title: str = "") -> None:
    """A foreseen problem (busy database, no permission...): its own message, nothing more."""
    QMessageBox.warning(
        parent,
        title or QCoreApplication.translate("ErrorDialog", "Hall Desk"),
        message_text(error),
    )


class _Relay(QObject):
    raised = Signal(str)


class ExceptionReporter:
    """Replaces ``sys.excepthook``: logs the traceback, then tells the user in a dialog.

    The dialog is shown through a queued signal so a worker thread never touches widgets,
    and at most one dialog is open at a time.
    """

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self._relay = _Relay()
        self._relay.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        details = scrub("".join(traceback.format_exception(exc_type, exc, tb)))
        log.error("unexpected error\n%s", details)
        if isinstance(exc, DomainError):
            self._relay.raised.emit(scrub(message_text(exc)))
        else:
            self._relay.raised.emit("")

    def _show(self, detail: str) -> None:
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            text = detail or QCoreApplication.translate(
                "ErrorDialog",
                "Something went wrong. What you saved before is safe; please try again. "
                "If it keeps happening, tell your administrator. Details were written to:\n{path}",
            ).format(path=self.log_file)
            box = QMessageBox(QApplication.activeWindow())
            box.setObjectName("error.dialog")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Unexpected error"))
            box.setText(text)
            box.exec()
        finally:
            self._showing = False
