"""Every page, tab and dialog is whole on the screens front desks have (1280x720, 1366x768).

Each size runs in its own process whose screen is that size, so dialogs size themselves to it
the way they do at a desk: a real X screen under Xvfb (which also saves Chinese screenshots of
every screen to artifacts/screenshots/SIZE/, to look at), or Qt's offscreen platform with a
screen of that size where there is no Xvfb. ``tests.ui.screens`` walks every screen and names
text that is cut off, columns narrower than their headings or dates, and controls outside the
window.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.screens import FREE_AREA
from tests.ui.test_screenshots import xvfb_server

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"


def _run(screen: str, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.ui.screens", screen, *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _offscreen(screen: str, folder: Path) -> subprocess.CompletedProcess[str]:
    width, height = FREE_AREA[screen]
    config = folder / "screen.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": "desk", "x": 0, "y": 0, "width": width, "height": height}]}
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    return _run(screen, env)


@pytest.mark.parametrize("screen", sorted(FREE_AREA))
def test_every_screen_is_whole_at_desk_sizes(screen: str, tmp_path: Path) -> None:
    if shutil.which("Xvfb") is None and os.environ.get("HALL_DESK_REQUIRE_XVFB", "") in ("", "0"):
        done = _offscreen(screen, tmp_path)
    else:
        out = SHOTS / screen
        shutil.rmtree(out, ignore_errors=True)
        with xvfb_server("{}x{}".format(*FREE_AREA[screen])) as display:
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
            done = _run(screen, env, str(out))
        names = {p.stem for p in out.glob("*.png")}
        for page in ("visitor", "visitor.picked", "cases", "bookings", "today", "review"):
            assert page in names, sorted(names)
        assert sum(1 for n in names if n.startswith("dialog.")) >= 8, sorted(names)
        assert sum(1 for n in names if "--" in n) >= 10, sorted(names)  # "..." dialogs
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert f"0 problems at {screen}" in done.stdout
