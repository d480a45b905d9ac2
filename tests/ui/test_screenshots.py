"""Screenshots of every screen in a real X server (Xvfb), in both languages."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"


XVFB_START_TIMEOUT = 30.0  # seconds; generous, since the machine may be busy with other tests


def _read_display_number(read_fd: int, server: subprocess.Popen[bytes]) -> int:
    """The display number Xvfb writes to ``-displayfd`` once it accepts connections."""
    deadline = time.monotonic() + XVFB_START_TIMEOUT
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0:
            raise RuntimeError(f"Xvfb did not report a display within {XVFB_START_TIMEOUT:.0f} s")
        ready, _, _ = select.select([read_fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(read_fd, 64)
        if not chunk:  # the write end is closed: Xvfb exited without a display
            raise RuntimeError(f"Xvfb exited (code {server.poll()}) before it had a display")
        data += chunk
    return int(data.strip())


@contextmanager
def xvfb_server(size: str = "1366x768") -> Iterator[str]:
    """A throwaway X server with one screen of ``size``; yields its DISPLAY.

    Xvfb picks a free display number itself and reports it through ``-displayfd`` (taking the
    lock file atomically), so servers started at the same moment by parallel test workers or
    other test runs never collide.
    """
    binary = shutil.which("Xvfb")
    if binary is None:
        if os.environ.get("HALL_DESK_REQUIRE_XVFB", "") not in ("", "0"):
            pytest.fail("Xvfb is required but not installed (apt-get install xvfb)")
        pytest.skip("Xvfb is not installed")
    read_fd, write_fd = os.pipe()
    with os.fdopen(read_fd, "rb", buffering=0) as pipe:
        try:
            argv = [binary, "-displayfd", str(write_fd), "-nolisten", "tcp"]
            server = subprocess.Popen(
                [*argv, "-screen", "0", f"{size}x24"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                pass_fds=(write_fd,),
            )
        finally:
            os.close(write_fd)  # Xvfb holds its own copy; EOF here means it exited
        try:
            yield f":{_read_display_number(pipe.fileno(), server)}"
        finally:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture(scope="module")
def xvfb_display() -> Iterator[str]:
    with xvfb_server() as display:
        yield display


@pytest.mark.xvfb
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screens_render_under_xvfb(xvfb_display: str, language: str) -> None:
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screenshot_app", str(SHOTS), language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for screen in ("setup", "setup-errors", "login", "visitor", "visitor-errors", "settings"):
        png = SHOTS / f"{screen}-{language}.png"
        assert png.exists() and png.stat().st_size > 5_000, png
