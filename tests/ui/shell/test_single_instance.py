"""One window per database: the second start knocks, the first comes forward."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer

from hall_desk.ui.shell import single_instance
from hall_desk.ui.shell.single_instance import (
    KEY_PREFIX,
    SingleInstance,
    database_in_use,
    instance_key,
)

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def key(tmp_path: Path) -> Iterator[str]:
    value = instance_key(tmp_path / "hall-desk.sqlite3")
    yield value
    QLocalServer.removeServer(value)


@pytest.fixture
def instances(qapp) -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        if shiboken6.isValid(instance):
            instance.release()
            instance.deleteLater()


def make(instances: list[SingleInstance], key: str) -> SingleInstance:
    instance = SingleInstance(key)
    instances.append(instance)
    return instance


def test_the_key_depends_on_the_resolved_file(tmp_path: Path, monkeypatch) -> None:
    first = instance_key(tmp_path / "hall-desk.sqlite3")
    assert first.startswith(KEY_PREFIX) and len(first) == len(KEY_PREFIX) + 16
    monkeypatch.chdir(tmp_path)
    assert instance_key("hall-desk.sqlite3") == first
    assert instance_key(tmp_path / "sub" / ".." / "hall-desk.sqlite3") == first
    (tmp_path / "link").symlink_to(tmp_path, target_is_directory=True)
    assert instance_key(tmp_path / "link" / "hall-desk.sqlite3") == first
    assert instance_key(tmp_path / "other.sqlite3") != first


def test_a_second_start_knocks_and_the_first_comes_forward(qtbot, instances, key) -> None:
    first = make(instances, key)
    assert first.claim()
    assert database_in_use(key)
    second = make(instances, key)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not second.claim()
    assert not second.listening and first.listening


def test_a_terminal_check_does_not_raise_the_window(qtbot, instances, key) -> None:
    first = make(instances, key)
    assert first.claim()
    raised: list[bool] = []
    first.activated.connect(lambda: raised.append(True))
    assert database_in_use(key)
    qtbot.wait(200)
    assert raised == []


def test_different_databases_run_side_by_side(instances, tmp_path: Path) -> None:
    key_a = instance_key(tmp_path / "a.sqlite3")
    key_b = instance_key(tmp_path / "b.sqlite3")
    try:
        assert make(instances, key_a).claim()
        assert make(instances, key_b).claim()
    finally:
        QLocalServer.removeServer(key_a)
        QLocalServer.removeServer(key_b)


def test_after_release_the_next_start_wins(instances, key) -> None:
    first = make(instances, key)
    assert first.claim()
    first.release()
    assert not database_in_use(key)
    assert make(instances, key).claim()


def test_a_server_deleted_without_close_does_not_block(instances, key) -> None:
    first = make(instances, key)
    assert first.claim()
    shiboken6.delete(first)
    assert not database_in_use(key)
    assert make(instances, key).claim()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_socket_file_left_by_a_crash_does_not_block(instances, key) -> None:
    path = QDir(QDir.tempPath()).filePath(key)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # bound, never listening, never unlinked: what a crash leaves
    stale.close()
    assert os.path.exists(path)
    assert not database_in_use(key)
    instance = make(instances, key)
    assert instance.claim()
    assert instance.listening and database_in_use(key)


def test_a_start_that_loses_the_race_to_listen_knocks_again(instances, key, monkeypatch) -> None:
    # The other start began listening just after this one's first knock, and (as with a
    # Windows named pipe) its socket cannot be removed: listen fails, the next knock answers.
    first = make(instances, key)
    assert first.claim()
    real_knock = single_instance._knock
    knocks: list[bool] = []

    def late_knock(k: str, message: bytes) -> bool:
        answered = len(knocks) >= 2 and real_knock(k, message)
        knocks.append(answered)
        return answered

    monkeypatch.setattr(single_instance, "_knock", late_knock)
    monkeypatch.setattr(QLocalServer, "removeServer", staticmethod(lambda name: True))
    assert not make(instances, key).claim()
    assert knocks == [False, False, True]


RACER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QCoreApplication
    from hall_desk.ui.shell.single_instance import SingleInstance

    app = QCoreApplication([])
    instance = SingleInstance(sys.argv[1])
    time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
    print("claimed" if instance.claim() else "refused", flush=True)
    sys.stdin.read()  # hold the claim until the test is done
    """
)


def python_env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen")


def test_starts_at_the_same_moment_do_not_both_win(key) -> None:
    for _round in range(2):
        start_at = time.time() + 3.0
        racers = [
            subprocess.Popen(
                [sys.executable, "-c", RACER, key, str(start_at)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=python_env(),
            )
            for _ in range(6)
        ]
        try:
            results = [racer.stdout.readline().strip() for racer in racers]  # type: ignore[union-attr]
        finally:
            for racer in racers:
                racer.communicate("", timeout=10)
        assert sorted(results) == ["claimed"] + ["refused"] * 5
        assert not database_in_use(key)


HOLDER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from hall_desk.ui.shell.single_instance import SingleInstance

    app = QCoreApplication([])
    instance = SingleInstance(sys.argv[1])
    print("claimed" if instance.claim() else "refused", flush=True)
    instance.activated.connect(lambda: print("activated", flush=True))
    app.exec()
    """
)


@pytest.fixture
def holder(key: str) -> Iterator[subprocess.Popen[str]]:
    """Another Hall Desk process that has claimed ``key`` and keeps running."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, key],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=python_env(),
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "claimed"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()


def test_another_process_holding_the_database_wins(qapp, instances, key, holder) -> None:
    assert database_in_use(key)
    assert not make(instances, key).claim()
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "activated"


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL")
def test_a_killed_process_does_not_block_the_next_start(qapp, instances, key, holder) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    assert os.path.exists(QDir(QDir.tempPath()).filePath(key))  # the crash left its socket
    assert not database_in_use(key)
    assert make(instances, key).claim()
