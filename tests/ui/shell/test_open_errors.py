"""The "could not be opened" dialog and the unexpected-error dialog show no password and no
full personal number; neither does the log behind them."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hall_desk import app as app_module
from hall_desk.config import resolve_paths
from hall_desk.domain.errors import StorageError
from hall_desk.logging_setup import setup_logging
from hall_desk.ui.kit.error_dialog import ExceptionReporter

PASSWORD = "S3cretPW"
ID_18 = "110101199003071234"
MOBILE = "13698761234"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "logs")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hall_desk", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(
        app_module.QMessageBox, "critical", lambda _parent, _title, text: texts.append(text)
    )
    return texts


@pytest.mark.parametrize(
    "url",
    [
        # Nothing listens on port 1: the connection is refused at once.
        f"postgresql+psycopg://halldesk:{PASSWORD}@127.0.0.1:1/halldesk",
        # A URL SQLAlchemy cannot even read.
        f"postgresql+psycopg://halldesk:{PASSWORD}@127.0.0.1:notaport/halldesk",
    ],
)
def test_could_not_be_opened_shows_the_url_without_its_password(
    qapp, tmp_path: Path, log_file: Path, shown: list[str], url: str
) -> None:
    paths = resolve_paths(str(tmp_path / "data"))
    paths.ensure()
    assert app_module.open_database(url, paths) is None
    assert len(shown) == 1
    assert "halldesk:***@127.0.0.1" in shown[0]
    assert PASSWORD not in shown[0]
    assert PASSWORD not in log_file.read_text(encoding="utf-8")


def test_unexpected_errors_are_scrubbed_on_screen_and_in_the_log(
    qapp, tmp_path: Path, log_file: Path
) -> None:
    reporter = ExceptionReporter(log_file)
    emitted: list[str] = []
    reporter._relay.raised.disconnect()
    reporter._relay.raised.connect(emitted.append)
    error = StorageError("The database could not be used ({reason}).", reason=f"{ID_18} {MOBILE}")
    try:
        raise error
    except StorageError:
        reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
    try:
        raise RuntimeError(f"row {ID_18} / {MOBILE} at postgresql://u:{PASSWORD}@h/db")
    except RuntimeError:
        reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
    assert emitted[0] == "The database could not be used (1101**********1234 136****1234)."
    assert emitted[1] == ""
    logged = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: row 1101**********1234 / 136****1234" in logged
    for secret in (ID_18, MOBILE, PASSWORD):
        assert secret not in logged
