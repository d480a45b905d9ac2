"""Personal numbers and passwords are scrubbed out of log lines and unexpected-error text."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from hall_desk.domain.redact import hide_url_password, scrub
from hall_desk.logging_setup import setup_logging

ID_18 = "11010119900307123X"
ID_15 = "110101900307123"
MOBILE = "13698761234"


def test_scrub_masks_id_numbers_and_mobiles_like_the_screen_does() -> None:
    text = f"Key (id_number)=({ID_18}) phone {MOBILE} tel:+86{MOBILE} old {ID_15}."
    assert scrub(text) == (
        "Key (id_number)=(1101**********123X) phone 136****1234 tel:+86136****1234 "
        "old 1101*******7123."
    )
    assert scrub(ID_18.lower()) == "1101**********123X"


def test_scrub_leaves_other_numbers_alone_and_is_idempotent() -> None:
    text = "case 2026-0042 at 2026-12-08 18:03:11, row 12345, order 20261208123456789012"
    assert scrub(text) == text
    once = scrub(f"{ID_18} {MOBILE}")
    assert scrub(once) == once


def test_url_passwords_are_hidden_wherever_they_appear() -> None:
    text = "could not use 'postgresql+psycopg://halldesk:S3c@ret:PW@db.example:5432/halldesk'"
    assert hide_url_password(text) == (
        "could not use 'postgresql+psycopg://halldesk:***@db.example:5432/halldesk'"
    )
    assert scrub("sqlite:////data/hall-desk.sqlite3") == "sqlite:////data/hall-desk.sqlite3"
    assert scrub("postgresql://halldesk@server/db") == "postgresql://halldesk@server/db"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "logs")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hall_desk", False):
            root.removeHandler(handler)
            handler.close()


def test_a_failed_write_whose_text_holds_numbers_leaves_none_in_the_log(log_file: Path) -> None:
    """A full disk (or any OSError) naming a resident's file keeps their numbers out of the log,
    in the message, its arguments and the traceback alike."""
    log = logging.getLogger("hall_desk.test")
    try:
        raise OSError(28, f"No space left on device: 'slips/{ID_18}-{MOBILE}.pdf'")
    except OSError:
        log.exception("could not write the slip for %s (%s)", ID_18, MOBILE)
    log.warning("database at postgresql+psycopg://halldesk:S3cretPW@server/db is busy")
    text = log_file.read_text(encoding="utf-8")
    assert "No space left on device" in text
    assert "1101**********123X" in text
    assert "136****1234" in text
    assert "halldesk:***@server" in text
    for secret in (ID_18, MOBILE, "S3cretPW"):
        assert secret not in text
