"""A throwaway PostgreSQL server for the test suite (not a test module).

Typical use from a session fixture::

    pg = ThrowawayPostgres.temporary()      # or ThrowawayPostgres(Path(mkdtemp(...)))
    pg.start()
    url = pg.create_database("hall_desk_test")   # SQLAlchemy URL (postgresql+psycopg)
    ...
    pg.stop()

The server runs with ``-A trust`` as user ``postgres``, listens only on
127.0.0.1 at a free TCP port and keeps its Unix socket inside ``base_dir``.
Durability is switched off (fsync, full_page_writes, synchronous_commit) - it
is for tests only.  When the current process runs as root, initdb/pg_ctl (and
therefore the server) run as the ``postgres`` OS user via ``runuser`` and
``base_dir`` is chowned to that user.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from psycopg import sql

__all__ = ["PostgresStartError", "ThrowawayPostgres"]

_SOCKET_PATH_MAX = 107  # sizeof(sockaddr_un.sun_path) - 1 on Linux
_PG_USER = "postgres"
_ADDR_IN_USE = re.compile(
    r"could not bind|address already in use|could not create any TCP/IP", re.I
)


class PostgresStartError(RuntimeError):
    """The throwaway server could not be created or started."""


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _version_key(path: Path) -> tuple[int, ...]:
    # /usr/lib/postgresql/<version>/bin -> (15,) ; "9.6" -> (9, 6)
    return tuple(int(p) for p in re.findall(r"\d+", path.parent.name)) or (0,)


def _has_server_binaries(bindir: Path) -> bool:
    return all(
        (bindir / name).is_file() and os.access(bindir / name, os.X_OK)
        for name in ("initdb", "pg_ctl", "postgres")
    )


def _find_bindir() -> Path | None:
    candidates: list[Path] = []
    override = os.environ.get("HALL_DESK_PG_BINDIR")
    if override:
        candidates.append(Path(override))
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=15, check=True
            ).stdout.strip()
            if out:
                candidates.append(Path(out))
    candidates += sorted(
        (p for p in Path("/usr/lib/postgresql").glob("*/bin") if p.is_dir()),
        key=_version_key,
        reverse=True,
    )
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for bindir in candidates:
        if _has_server_binaries(bindir):
            return bindir
    return None


def _find_runuser() -> str | None:
    found = shutil.which("runuser")
    if found:
        return found
    for path in ("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"):
        if os.access(path, os.X_OK):
            return path
    return None


def _temp_parent() -> str | None:
    # Short on purpose: the Unix socket lives in the cluster's folder (107-character limit).
    return "/tmp" if os.path.isdir("/tmp") else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _clean_env() -> dict[str, str]:
    # PG* variables of the caller (PGDATA, PGPORT, PGOPTIONS, ...) must not leak in.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"  # English, parseable server messages
    env.pop("LANGUAGE", None)
    return env


def _conf_quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


class ThrowawayPostgres:
    """A private PostgreSQL cluster under ``base_dir`` (data in ``base_dir/data``)."""

    STARTUP_TIMEOUT = 60.0
    PORT_ATTEMPTS = 5

    def __init__(self, base_dir: Path, *, remove_on_stop: bool = False) -> None:
        self.base_dir = Path(base_dir).absolute()
        self.data_dir = self.base_dir / "data"
        self.log_file = self.base_dir / "server.log"
        self.remove_on_stop = remove_on_stop
        self.port: int | None = None
        self.bindir: Path | None = None
        self._running = False
        self._atexit_registered = False

    # ------------------------------------------------------------------ setup
    @classmethod
    def available(cls) -> str | None:
        """``None`` when a server can be started here, else the reason why not."""
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            return f"psycopg (3) is not importable: {exc}"
        if _find_bindir() is None:
            return (
                "no PostgreSQL server binaries (initdb, pg_ctl, postgres) found via "
                "$HALL_DESK_PG_BINDIR, `pg_config --bindir`, /usr/lib/postgresql/*/bin or PATH; "
                "on Debian: apt-get install postgresql"
            )
        if _is_root():
            if _find_runuser() is None:
                return "running as root but `runuser` (util-linux) is not available"
            try:
                import pwd

                pwd.getpwnam(_PG_USER)
            except KeyError:
                return (
                    f"running as root but there is no '{_PG_USER}' OS user to run the server "
                    "(it is created by the Debian 'postgresql' package)"
                )
        return None

    @classmethod
    def temporary(cls, prefix: str = "hdpg") -> ThrowawayPostgres:
        """A not-yet-started instance in a fresh short directory (``/tmp/<prefix>*``).

        Every call gets its own directory (hence data directory and Unix socket) and, at
        :meth:`start`, its own free port, so parallel test workers may each run one. The
        directory is deleted again by :meth:`stop`.
        """
        return cls(Path(tempfile.mkdtemp(prefix=prefix, dir=_temp_parent())), remove_on_stop=True)

    @classmethod
    def stop_leftovers(cls, prefix: str) -> list[Path]:
        """Stop and delete every ``temporary(prefix)`` cluster still there; return their folders.

        A process that dies without running :meth:`stop` (a test worker killed by a crash)
        leaves its server running: whoever started that process sweeps up after it.
        """
        found = sorted(
            Path(_temp_parent() or tempfile.gettempdir()).glob(glob.escape(prefix) + "*")
        )
        bindir = _find_bindir()
        for base_dir in found:
            leftover = cls(base_dir, remove_on_stop=True)
            leftover.bindir = bindir
            leftover._running = (base_dir / "data" / "postmaster.pid").exists()
            leftover.stop()
        return found

    def _wrap(self, argv: list[str]) -> list[str]:
        if _is_root():
            runuser = _find_runuser()
            assert runuser is not None
            return [runuser, "-u", _PG_USER, "--", *argv]
        return argv

    def _run(self, argv: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._wrap(argv),
            cwd=self.base_dir,
            env=_clean_env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def _log_tail(self, limit: int = 6000) -> str:
        try:
            text = self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            return f"(no server log at {self.log_file}: {exc})"
        return text[-limit:] if text else "(server log is empty)"

    def _log_since(self, offset: int) -> str:
        try:
            with self.log_file.open("rb") as fh:
                fh.seek(offset)
                return fh.read().decode("utf-8", errors="replace")
        except OSError:
            return ""

    def _prepare_base_dir(self) -> None:
        self.base_dir.mkdir(parents=True, exist_ok=True)
        longest = self.base_dir / ".s.PGSQL.65535.lock"
        if len(str(longest)) > _SOCKET_PATH_MAX:
            raise PostgresStartError(
                f"base_dir {self.base_dir} is too long for a Unix socket path "
                f"(max {_SOCKET_PATH_MAX} chars incl. '/.s.PGSQL.<port>'); "
                "use a short directory such as tempfile.mkdtemp(prefix='hdpg', dir='/tmp')"
            )
        if self.data_dir.exists() and any(self.data_dir.iterdir()):
            raise PostgresStartError(f"{self.data_dir} already exists and is not empty")
        if _is_root():
            import pwd

            pw = pwd.getpwnam(_PG_USER)
            os.chown(self.base_dir, pw.pw_uid, pw.pw_gid)
            check = self._run(
                ["test", "-w", str(self.base_dir), "-a", "-x", str(self.base_dir)], 30
            )
            if check.returncode != 0:
                raise PostgresStartError(
                    f"the '{_PG_USER}' OS user cannot use {self.base_dir} (a parent directory "
                    "is probably not traversable for it); use a directory under /tmp"
                )

    def _initdb(self) -> None:
        assert self.bindir is not None
        proc = self._run(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(self.data_dir),
                "-A",
                "trust",
                "-U",
                _PG_USER,
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            timeout=self.STARTUP_TIMEOUT,
        )
        if proc.returncode != 0:
            raise PostgresStartError(
                f"initdb failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
            )
        settings = {
            "listen_addresses": _conf_quote("127.0.0.1"),
            "unix_socket_directories": _conf_quote(
                "" if sys.platform == "win32" else str(self.base_dir)
            ),
            "fsync": "off",
            "full_page_writes": "off",
            "synchronous_commit": "off",
            "max_connections": "200",
            "logging_collector": "off",
            "lc_messages": _conf_quote("C"),
        }
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# --- hall-desk test settings ---\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

    # ------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """initdb + start the server; returns once it accepts connections."""
        if self._running:
            return
        reason = self.available()
        if reason is not None:
            raise PostgresStartError(reason)
        self.bindir = _find_bindir()
        assert self.bindir is not None
        self._prepare_base_dir()
        self._initdb()
        if not self._atexit_registered:
            atexit.register(self.stop)
            self._atexit_registered = True

        deadline = time.monotonic() + self.STARTUP_TIMEOUT
        last_error = ""
        for _attempt in range(self.PORT_ATTEMPTS):
            port = _free_port()
            log_size = self.log_file.stat().st_size if self.log_file.exists() else 0
            remaining = max(1, int(deadline - time.monotonic()))
            proc = self._run(
                [
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data_dir),
                    "-l",
                    str(self.log_file),
                    "-o",
                    f"-p {port}",
                    "-w",
                    "-t",
                    str(remaining),
                    "start",
                ],
                timeout=remaining + 15,
            )
            if proc.returncode == 0:
                self.port = port
                self._running = True
                break
            last_error = f"pg_ctl start failed (exit {proc.returncode}): {proc.stdout}{proc.stderr}"
            new_log = self._log_since(log_size)
            # Lost the race for the port to another process: try another one.
            if not _ADDR_IN_USE.search(new_log) or time.monotonic() >= deadline:
                self._stop_quietly()
                raise PostgresStartError(f"{last_error}\n--- server log ---\n{self._log_tail()}")
        else:
            raise PostgresStartError(
                f"{last_error}\n--- server log (no free port after {self.PORT_ATTEMPTS} tries) "
                f"---\n{self._log_tail()}"
            )
        self._wait_until_ready(deadline)

    def _wait_until_ready(self, deadline: float) -> None:
        import psycopg

        last: Exception | None = None
        while True:
            try:
                with psycopg.connect(self.conninfo(), connect_timeout=5) as conn:
                    conn.execute("SELECT 1")
                return
            except psycopg.OperationalError as exc:
                last = exc
            if time.monotonic() >= deadline:
                self._stop_quietly()
                raise PostgresStartError(
                    f"PostgreSQL did not accept connections within {self.STARTUP_TIMEOUT:.0f} s "
                    f"({last})\n--- server log ---\n{self._log_tail()}"
                )
            time.sleep(0.1)

    def stop(self) -> None:
        """Stop the server immediately (``pg_ctl stop -m immediate``); idempotent."""
        if self._running:
            self._running = False
            self._stop_quietly()
        if self.remove_on_stop:
            shutil.rmtree(self.base_dir, ignore_errors=True)

    def _stop_quietly(self) -> None:
        if self.bindir is None or not (self.data_dir / "postmaster.pid").exists():
            return
        pg_ctl = str(self.bindir / "pg_ctl")
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run([pg_ctl, "-D", str(self.data_dir), "-m", "immediate", "-w", "stop"], 60)

    def __enter__(self) -> ThrowawayPostgres:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ------------------------------------------------------------ addresses
    @property
    def running(self) -> bool:
        return self._running

    def _require_port(self) -> int:
        if self.port is None or not self._running:
            raise PostgresStartError("the throwaway PostgreSQL server is not running; call start()")
        return self.port

    def url(self, dbname: str = "postgres") -> str:
        """SQLAlchemy URL, e.g. ``postgresql+psycopg://postgres@127.0.0.1:PORT/dbname``."""
        return f"postgresql+psycopg://{_PG_USER}@127.0.0.1:{self._require_port()}/{dbname}"

    def conninfo(self, dbname: str = "postgres") -> str:
        """libpq connection string for ``psycopg.connect``."""
        port = self._require_port()
        return f"host=127.0.0.1 port={port} user={_PG_USER} dbname={dbname} sslmode=disable"

    # ------------------------------------------------------------ databases
    def _admin_execute(self, statement: sql.Composed) -> None:
        import psycopg

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(statement)

    def create_database(self, name: str, template: str | None = None) -> str:
        """CREATE DATABASE (optionally from ``template``); returns its SQLAlchemy URL.

        PostgreSQL refuses to copy a template while other sessions are connected
        to it (it waits up to 5 s): dispose engines bound to the template first.
        """
        from psycopg import sql

        stmt: sql.Composed = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            stmt = sql.SQL("{} TEMPLATE {}").format(stmt, sql.Identifier(template))
        self._admin_execute(stmt)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """DROP DATABASE IF EXISTS ... WITH (FORCE) - terminates open sessions."""
        from psycopg import sql

        self._admin_execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )

    def __repr__(self) -> str:
        state = f"port {self.port}" if self._running else "stopped"
        return f"<ThrowawayPostgres {self.base_dir} ({state})>"
