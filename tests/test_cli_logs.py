"""Where the log goes, as README says, and log times that match the times on screen."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hall_desk.config import resolve_paths
from hall_desk.domain.clock import CENTER_TZ
from hall_desk.logging_setup import LOG_FILENAME

ROOT = Path(__file__).resolve().parents[1]
LOG_LINE = re.compile(
    r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}[+-]\d{4}) (DEBUG|INFO|WARNING|ERROR|CRITICAL) "
)


def test_log_lines_carry_the_center_time_with_its_utc_offset(tmp_path: Path) -> None:
    """On a PC set to UTC the log still reads Beijing time, as the window does, and says so."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["TZ"] = "UTC"
    done = subprocess.run(
        [sys.executable, "-m", "hall_desk", "--data-dir", str(tmp_path), "--lang", "en", "verify"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "logs" / LOG_FILENAME).read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        if line.startswith((" ", "\t", "Traceback")):
            continue
        found = LOG_LINE.match(line)
        assert found, line
        at = datetime.strptime(found.group(1), "%Y-%m-%d %H:%M:%S,%f%z")
        assert at.utcoffset() == timedelta(hours=8)
        assert abs(at - datetime.now(CENTER_TZ)) < timedelta(minutes=5)


def _readme_row(what: str) -> list[str]:
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0].startswith(what):
            return cells
    raise AssertionError(f"README's table has no row for {what!r}")


def _code(cell: str) -> str:
    found = re.match(r"`([^`]+)`", cell)
    assert found, cell
    return found.group(1)


def test_readme_gives_the_real_log_and_database_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "HALL_DESK_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    default = resolve_paths(None)
    chosen = resolve_paths(str(tmp_path / "DIR"))

    def shown(path: Path) -> str:
        return "~/" + str(path.relative_to(home))

    def under_dir(path: Path) -> str:
        return "DIR/" + str(path.relative_to(chosen.data_dir))

    log, database = _readme_row("log"), _readme_row("database")
    assert _code(log[1]) == shown(default.log_dir / LOG_FILENAME)
    assert _code(log[2]) == "DIR/" + str(
        (chosen.log_dir / LOG_FILENAME).relative_to(chosen.data_dir)
    )
    assert _code(database[1]) == shown(default.db_file)
    assert _code(database[2]) == under_dir(chosen.db_file)


def test_with_data_dir_the_log_is_written_where_readme_says(tmp_path: Path) -> None:
    from hall_desk.cli import main

    assert main(["--data-dir", str(tmp_path), "--lang", "en", "verify"]) == 0
    where = _code(_readme_row("log")[2]).removeprefix("DIR/")
    assert (tmp_path / where).is_file()
    assert LOG_LINE.match((tmp_path / where).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://halldesk:S3cretPW@127.0.0.1:1/halldesk",  # refused at once
        "postgresql://halldesk:S3cretPW@127.0.0.1:notaport/halldesk",  # not a URL at all
    ],
)
def test_cli_errors_and_the_log_never_show_the_database_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    import logging

    from hall_desk.cli import main

    try:
        code = main(["--data-dir", str(tmp_path), "--lang", "en", "--db", url, "verify"])
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_hall_desk", False):
                root.removeHandler(handler)
                handler.close()
    assert code != 0
    err = capsys.readouterr().err
    assert err.strip()
    assert "S3cretPW" not in err
    assert "S3cretPW" not in (tmp_path / "logs" / LOG_FILENAME).read_text(encoding="utf-8")
