"""Running long work (an export, a large report) off the GUI thread.

The work is a plain Python function ``work(progress, is_cancelled)`` that knows nothing of Qt:
it calls ``progress(done, total)`` now and then and stops (by raising one of the
``cancel_exceptions``) when ``is_cancelled()`` turns true. ``BackgroundTask`` runs it on a
``QThread`` and re-emits what happens as signals delivered on the GUI thread, so the slots
connected to them may touch widgets. The worker thread itself never touches a widget.

Exactly one of ``succeeded``, ``failed`` or ``cancelled`` is emitted per run, then ``finished``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from hall_desk.domain.errors import DomainError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], Any]

#: At most this many progress signals per second reach the GUI thread.
PROGRESS_PER_SECOND = 20
#: How long closing the parent waits for cancelled work to stop before giving up waiting.
CLOSE_WAIT_MS = 30_000

# Threads still running, kept referenced so none is ever garbage-collected (which aborts the
# process with "QThread: Destroyed while thread is still running") even when the task that
# started it is gone.
_RUNNING: set[_WorkThread] = set()


class _WorkThread(QThread):
    """Runs the work once; its signals are emitted from the worker thread (so queued)."""

    progressed = Signal(int, int)
    outcome_ready = Signal(object)  # this thread, so a late signal of an earlier run is known

    def __init__(
        self,
        work: Work,
        cancel_event: threading.Event,
        cancel_exceptions: tuple[type[BaseException], ...],
    ) -> None:
        super().__init__()
        self._work = work
        self._cancel_exceptions = cancel_exceptions
        self.cancel_event = cancel_event
        self._last_progress = 0.0
        self._min_interval = 1.0 / PROGRESS_PER_SECOND
        # Set by run() before outcome_ready is emitted; read on the GUI thread after wait().
        self.outcome: str = ""
        self.payload: object = None

    def run(self) -> None:
        try:
            result = self._work(self._progress, self.cancel_event.is_set)
        except self._cancel_exceptions:
            self.outcome, self.payload = "cancelled", None
        except DomainError as exc:
            self.outcome, self.payload = "failed", exc
        except BaseException as exc:  # even SystemExit: the GUI must hear the work ended
            log.exception("background work failed")
            self.outcome, self.payload = "failed", exc
        else:
            self.outcome, self.payload = "succeeded", result
        self._work = _finished_work  # drop the closure (and what it holds) early
        self.outcome_ready.emit(self)

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        last = done >= total
        if not last and now - self._last_progress < self._min_interval:
            return
        self._last_progress = now
        self.progressed.emit(done, total)


def _finished_work(progress: Progress, is_cancelled: IsCancelled) -> None:
    return None


def _forget(thread: _WorkThread) -> None:
    """The thread has ended (its task may be gone): let it be deleted."""
    thread.wait()  # on the GUI thread, once the thread has ended: returns at once
    _RUNNING.discard(thread)


class BackgroundTask(QObject):
    """One piece of work run on its own thread, reported through GUI-thread signals.

    When ``parent`` is a widget and is closed while the work runs, the work is cancelled and
    waited for before the window goes away.
    """

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # always, after one of the three above

    def __init__(
        self,
        work: Work,
        parent: QObject | None = None,
        *,
        cancel_exceptions: tuple[type[BaseException], ...] = (),
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel_exceptions = cancel_exceptions
        self._cancel_event = threading.Event()
        self._thread: _WorkThread | None = None
        # Work whose task is deleted mid-way is told to stop; nobody would hear its result.
        event = self._cancel_event
        self.destroyed.connect(lambda *_: event.set())
        if isinstance(parent, QWidget):
            parent.installEventFilter(self)

    # -- control ------------------------------------------------------------------------
    def start(self) -> None:
        """Run the work (again). Does nothing while it is already running."""
        if self._thread is not None:
            return
        _install_exit_hook()
        self._cancel_event.clear()
        thread = _WorkThread(self._work, self._cancel_event, self._cancel_exceptions)
        thread.progressed.connect(self._relay_progress)
        thread.outcome_ready.connect(self._on_outcome)
        thread.finished.connect(lambda: _forget(thread))
        self._thread = thread
        _RUNNING.add(thread)
        thread.start()

    def cancel(self) -> None:
        """Ask the work to stop; ``cancelled`` follows once it has."""
        self._cancel_event.set()

    def is_running(self) -> bool:
        return self._thread is not None

    def is_cancelling(self) -> bool:
        return self._thread is not None and self._cancel_event.is_set()

    def wait(self, ms: int = -1) -> bool:
        """Block until the work has ended (at most ``ms`` milliseconds; -1 for no limit).

        When it has, its outcome signals are emitted before this returns. False on timeout.
        """
        thread = self._thread
        if thread is None:
            return True
        ended = thread.wait() if ms < 0 else thread.wait(ms)
        if ended:
            self._deliver()
        return bool(ended)

    # -- delivery on the GUI thread -------------------------------------------------------
    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        if self._thread is not None:
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_outcome(self, thread: _WorkThread) -> None:
        if thread is not self._thread:
            return  # already delivered by wait()
        thread.wait()  # run() has returned; the thread is only winding down
        self._deliver()

    def _deliver(self) -> None:
        thread = self._thread
        if thread is None:
            return
        self._thread = None
        _RUNNING.discard(thread)
        outcome, payload = thread.outcome, thread.payload
        thread.payload = None
        if outcome == "succeeded":
            self.succeeded.emit(payload)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(payload)
        self.finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self._thread is not None:
            self.cancel()
            if not self.wait(CLOSE_WAIT_MS):
                log.warning("background work still running %d ms after cancel", CLOSE_WAIT_MS)
        return super().eventFilter(watched, event)


def stop_all_background_work(ms: int = CLOSE_WAIT_MS) -> None:
    """Cancel and wait for every thread still running (at application exit)."""
    for thread in list(_RUNNING):
        thread.cancel_event.set()
    for thread in list(_RUNNING):
        if thread.wait(ms):
            _RUNNING.discard(thread)


def _install_exit_hook() -> None:
    app = QCoreApplication.instance()
    if app is not None and not app.property("hall_desk_background_hook"):
        app.setProperty("hall_desk_background_hook", True)
        app.aboutToQuit.connect(stop_all_background_work)
