"""The engine and its sessions.

SQLite runs in WAL mode with ``synchronous=FULL``, foreign keys on and a busy timeout. Python's
sqlite3 module is told to leave transactions alone so that SQLAlchemy emits ``BEGIN`` itself:
read sessions begin DEFERRED, write sessions begin IMMEDIATE, which takes the write lock up front
so a check-then-insert can never interleave with another desk's write.

Engines hide bound parameters (``hide_parameters=True``): an exception from a failed insert
names the statement, never the ID number or phone it was writing.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from hall_desk.domain.data_place import DataPlace
from hall_desk.domain.errors import GENERIC_STORAGE_BUSY, StorageError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.redact import scrub

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "hall_desk_begin"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's begin event below owns BEGIN
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _is_busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return any(
        word in text
        for word in ("database is locked", "database table is locked", "busy", "lock timeout")
    )


class Database:
    """One database, SQLite file or PostgreSQL server, and the sessions services work in."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        # Bound values (ID numbers, phones) never appear in exception text or echoed SQL.
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(self.url, **kwargs)
        write_engine: Engine = self.engine
        if self.is_sqlite:
            _configure_sqlite(self.engine)
            write_engine = self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(write_engine, expire_on_commit=False)

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, for a file-backed SQLite database."""
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed. Objects stay readable after."""
        with self._reader() as session, _storage_errors():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction, committed when the block ends and rolled back on any error."""
        with self._writer() as session, _storage_errors(), session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    def describe(self) -> str:
        """The URL with any password hidden, for logs and the status bar."""
        return self.url.render_as_string(hide_password=True)

    def place(self) -> DataPlace:
        """Where the data lives, for the status bar: never the URL itself."""
        if self.is_sqlite:
            path = self.sqlite_path
            if path is None:
                return DataPlace(False, "", ":memory:", ":memory:")
            return DataPlace(False, "", path.name, str(path))
        host = self.url.host or "localhost"
        server = host if self.url.port in (None, 5432) else f"{host}:{self.url.port}"
        name = self.url.database or ""
        return DataPlace(True, server, name, f"{server}/{name}")


@contextmanager
def _storage_errors() -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        if _is_busy(exc):
            log.warning("database busy: %s", exc)
            raise StorageError(GENERIC_STORAGE_BUSY) from exc
        log.exception("database error")
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The database could not be used ({reason}). Nothing was saved; check the "
                "disk or the network connection and try again.",
            ),
            reason=scrub(str(getattr(exc, "orig", exc)).splitlines()[0])[:120],
        ) from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The connection to the database server was lost. Nothing was saved; "
                    "please try again.",
                )
            ) from exc
        raise
