"""Screenshots of every screen in a real X server (Xvfb), in both languages."""

from __future__ import annotations

import os
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


def _free_display() -> int:
    for number in range(90, 200):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


@contextmanager
def xvfb_server(size: str = "1366x768") -> Iterator[str]:
    """A throwaway X server with one screen of ``size``; yields its DISPLAY."""
    binary = shutil.which("Xvfb")
    if binary is None:
        if os.environ.get("HALL_DESK_REQUIRE_XVFB", "") not in ("", "0"):
            pytest.fail("Xvfb is required but not installed (apt-get install xvfb)")
        pytest.skip("Xvfb is not installed")
    number = _free_display()
    server = subprocess.Popen(
        [binary, f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    try:
        yield f":{number}"
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
