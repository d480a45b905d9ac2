"""A unique-key collision on a resident's numbers keeps them out of exceptions and the log."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from hall_desk.db.database import Database
from hall_desk.logging_setup import setup_logging

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


def test_a_unique_key_collision_leaves_no_full_number_in_the_log(
    db: Database, log_file: Path
) -> None:
    with db.write() as s:
        s.execute(text("CREATE TABLE redact_probe (id_number VARCHAR(18) UNIQUE, phone TEXT)"))
    with db.write() as s:
        s.execute(text("INSERT INTO redact_probe VALUES (:n, :p)"), {"n": ID_18, "p": MOBILE})
    with pytest.raises(IntegrityError) as caught, db.write() as s:
        s.execute(text("INSERT INTO redact_probe VALUES (:n, :p)"), {"n": ID_18, "p": MOBILE})
    # The bound values are never part of the exception's text.
    assert MOBILE not in str(caught.value)
    assert "hidden due to hide_parameters" in str(caught.value)
    logging.getLogger("hall_desk.test").error("insert failed", exc_info=caught.value)
    logged = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in logged
    assert ID_18 not in logged
    assert MOBILE not in logged
