"""Long work on a worker thread, its results delivered on the GUI thread."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog

from hall_desk.domain.errors import DomainError, StorageError
from hall_desk.ui.kit import background
from hall_desk.ui.kit.background import BackgroundTask


class Stopped(DomainError):
    """What a work function raises when it notices it was cancelled."""


class Recorder:
    """Collects every signal of a task and the thread each one arrived on."""

    def __init__(self, task: BackgroundTask) -> None:
        self.events: list[tuple[str, object]] = []
        self.threads: set[str] = set()
        task.progressed.connect(lambda done, total: self._add("progressed", (done, total)))
        task.succeeded.connect(lambda result: self._add("succeeded", result))
        task.failed.connect(lambda exc: self._add("failed", exc))
        task.cancelled.connect(lambda: self._add("cancelled", None))
        task.finished.connect(lambda: self._add("finished", None))

    def _add(self, name: str, value: object) -> None:
        self.events.append((name, value))
        self.threads.add(threading.current_thread().name)

    def named(self, name: str) -> list[object]:
        return [value for event, value in self.events if event == name]

    def outcome(self) -> list[str]:
        return [event for event, _ in self.events if event != "progressed"]


def _no_thread_left(qtlog) -> None:
    assert not background._RUNNING
    assert not [r for r in qtlog.records if "QThread" in r.message]


def test_progress_and_result_arrive_on_the_gui_thread(qtbot, qtlog) -> None:
    workers: list[str] = []

    def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> str:
        workers.append(threading.current_thread().name)
        for done in range(1, 6):
            time.sleep(0.06)  # slower than the throttle: every step gets through
            progress(done, 5)
        return "done"

    task = BackgroundTask(work)
    seen = Recorder(task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
        assert task.is_running()
    assert workers and workers[0] != threading.main_thread().name
    assert seen.threads == {threading.main_thread().name}
    assert seen.named("progressed") == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert seen.outcome() == ["succeeded", "finished"]
    assert seen.named("succeeded") == ["done"]
    assert not task.is_running()
    _no_thread_left(qtlog)


def test_progress_is_throttled_but_the_last_step_always_arrives(qtbot) -> None:
    def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> int:
        for done in range(1, 20_001):
            progress(done, 20_000)
        return 20_000

    task = BackgroundTask(work)
    seen = Recorder(task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    steps = seen.named("progressed")
    assert steps[-1] == (20_000, 20_000)
    assert len(steps) < 50


def test_an_unexpected_error_fails_and_is_logged(qtbot, qtlog, caplog) -> None:
    def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> None:
        raise RuntimeError("disk on fire")

    task = BackgroundTask(work)
    seen = Recorder(task)
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert seen.outcome() == ["failed", "finished"]
    (error,) = seen.named("failed")
    assert isinstance(error, RuntimeError) and str(error) == "disk on fire"
    assert any(r.exc_info and "disk on fire" in str(r.exc_info[1]) for r in caplog.records)
    _no_thread_left(qtlog)


def test_a_domain_error_fails_quietly(qtbot, caplog) -> None:
    def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> None:
        raise StorageError("The file is open in another program.")

    task = BackgroundTask(work)
    seen = Recorder(task)
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    (error,) = seen.named("failed")
    assert isinstance(error, StorageError)
    assert not caplog.records


def _until_cancelled(started: threading.Event) -> Callable[..., None]:
    def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> None:
        started.set()
        done = 0
        while not is_cancelled():
            done += 1
            progress(done, 1_000_000)
            time.sleep(0.005)
        raise Stopped("Cancelled.")

    return work


def test_cancel_stops_the_work(qtbot, qtlog) -> None:
    started = threading.Event()
    task = BackgroundTask(_until_cancelled(started), cancel_exceptions=(Stopped,))
    seen = Recorder(task)
    task.start()
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(seen.named("progressed")), timeout=5000)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
        assert task.is_cancelling()
    assert seen.outcome() == ["cancelled", "finished"]
    assert not task.is_running()
    _no_thread_left(qtlog)


def test_a_cancel_exception_raised_without_cancel_still_counts_as_cancelled(qtbot) -> None:
    def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> None:
        raise Stopped("Cancelled.")

    task = BackgroundTask(work, cancel_exceptions=(Stopped,))
    seen = Recorder(task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert seen.outcome() == ["cancelled", "finished"]


def test_wait_delivers_the_outcome_at_once_and_the_task_runs_again(qtbot, qtlog) -> None:
    runs: list[int] = []

    def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> int:
        runs.append(1)
        time.sleep(0.05)
        return len(runs)

    task = BackgroundTask(work)
    seen = Recorder(task)
    task.start()
    assert task.wait(5000)
    assert seen.outcome() == ["succeeded", "finished"]
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    qtbot.wait(50)  # a late signal of the first run must not be delivered twice
    assert seen.named("succeeded") == [1, 2]
    assert seen.outcome() == ["succeeded", "finished", "succeeded", "finished"]
    _no_thread_left(qtlog)


def test_closing_the_parent_cancels_and_waits(qtbot, qtlog) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    started = threading.Event()
    task = BackgroundTask(_until_cancelled(started), dialog, cancel_exceptions=(Stopped,))
    seen = Recorder(task)
    task.start()
    assert started.wait(5)
    dialog.close()
    # The work has ended by the time close() returns, and its outcome was delivered.
    assert not task.is_running()
    assert seen.outcome() == ["cancelled", "finished"]
    _no_thread_left(qtlog)


def test_a_deleted_task_stops_its_work_and_its_thread_ends(qtbot, qtlog) -> None:
    dialog = QDialog()
    started = threading.Event()
    task = BackgroundTask(_until_cancelled(started), dialog, cancel_exceptions=(Stopped,))
    task.start()
    assert started.wait(5)
    del task
    dialog.deleteLater()  # deleted without being closed: the work is told to stop
    del dialog
    qtbot.waitUntil(lambda: not background._RUNNING, timeout=5000)
    _no_thread_left(qtlog)


@pytest.fixture(autouse=True)
def _threads_end() -> object:
    yield
    background.stop_all_background_work(5000)
