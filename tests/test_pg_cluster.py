"""The throwaway PostgreSQL helper used by the database tests works."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

try:  # `tests` is a package / repo root on sys.path (python -m pytest)
    from tests.pg_cluster import PostgresStartError, ThrowawayPostgres
except ImportError:  # rootdir-relative import (tests/ itself on sys.path)
    from pg_cluster import PostgresStartError, ThrowawayPostgres  # type: ignore[no-redef, unused-ignore]


def _require_postgres() -> None:
    reason = ThrowawayPostgres.available()
    if reason is None:
        return
    if os.environ.get("HALL_DESK_REQUIRE_PG", "") not in ("", "0"):
        pytest.fail(f"HALL_DESK_REQUIRE_PG=1 but PostgreSQL is unavailable: {reason}")
    pytest.skip(f"PostgreSQL unavailable: {reason}")


def _is_dead(conn: object) -> bool:
    import psycopg

    assert isinstance(conn, psycopg.Connection)
    try:
        conn.execute("SELECT 1")
    except psycopg.OperationalError:
        return True
    return False


@pytest.mark.postgres
def test_throwaway_cluster_template_copy_connect_and_stop() -> None:
    _require_postgres()
    import psycopg
    import sqlalchemy as sa

    # Short path on purpose: the Unix socket lives in base_dir (107-char limit).
    base = Path(tempfile.mkdtemp(prefix="hdpg", dir="/tmp"))
    pg = ThrowawayPostgres(base)
    try:
        pg.start()
        pg.start()  # idempotent
        assert pg.port is not None
        assert pg.url() == f"postgresql+psycopg://postgres@127.0.0.1:{pg.port}/postgres"

        template_url = pg.create_database("hd_template")
        engine = sa.create_engine(template_url)
        try:
            with engine.begin() as conn:
                conn.execute(sa.text("CREATE TABLE visitor (id int PRIMARY KEY, name text)"))
                conn.execute(sa.text("INSERT INTO visitor VALUES (1, '张三')"))
        finally:
            engine.dispose()  # no session may stay on a template while it is copied

        copy_url = pg.create_database("hd_copy", template="hd_template")
        assert copy_url.endswith(f":{pg.port}/hd_copy")
        engine = sa.create_engine(copy_url)
        try:
            with engine.connect() as conn:
                assert conn.execute(sa.text("SELECT name FROM visitor")).scalar_one() == "张三"
                assert conn.execute(sa.text("SHOW server_encoding")).scalar_one() == "UTF8"
                assert conn.execute(sa.text("SHOW listen_addresses")).scalar_one() == "127.0.0.1"
                assert conn.execute(sa.text("SHOW fsync")).scalar_one() == "off"
                assert conn.execute(sa.text("SHOW max_connections")).scalar_one() == "200"
                sockets = conn.execute(sa.text("SHOW unix_socket_directories")).scalar_one()
                assert sockets == str(base)
        finally:
            engine.dispose()

        # An open session must not block DROP DATABASE ... WITH (FORCE).
        with psycopg.connect(pg.conninfo("hd_copy")) as open_session:
            pg.drop_database("hd_copy")
            assert _is_dead(open_session)
        pg.drop_database("hd_copy")  # IF EXISTS: idempotent
        with psycopg.connect(pg.conninfo(), autocommit=True) as admin:
            names = {r[0] for r in admin.execute("SELECT datname FROM pg_database")}
        assert "hd_template" in names
        assert "hd_copy" not in names

        with pytest.raises(PostgresStartError):
            ThrowawayPostgres(Path("/tmp") / ("x" * 120)).start()  # socket path too long

        # A second cluster beside it, as each parallel test worker starts its own: its own
        # directory, socket and port, and the same database names without a clash.
        prefix = f"hdpg-beside-{os.getpid()}-"
        beside = ThrowawayPostgres.temporary(prefix=prefix)
        try:
            beside.start()
            assert beside.base_dir.name.startswith(prefix)
            assert beside.base_dir != base and beside.port != pg.port
            beside.create_database("hd_template")
            with psycopg.connect(beside.conninfo("hd_template")) as other:
                sockets = other.execute("SHOW unix_socket_directories").fetchone()
                assert sockets == (str(beside.base_dir),)
                tables = "SELECT count(*) FROM pg_tables WHERE tablename = 'visitor'"
                assert other.execute(tables).fetchone() == (0,)
            # Its owner "crashes" without calling stop(): the sweep by prefix stops the server
            # and deletes its folder, and leaves the first cluster alone.
            assert ThrowawayPostgres.stop_leftovers(prefix) == [beside.base_dir]
            assert not beside.base_dir.exists()
            with pytest.raises(psycopg.OperationalError):
                psycopg.connect(beside.conninfo(), connect_timeout=5)
            assert ThrowawayPostgres.stop_leftovers(prefix) == []
            with psycopg.connect(pg.conninfo()) as first:
                assert first.execute("SELECT 1").fetchone() == (1,)
        finally:
            beside.stop()
    finally:
        pg.stop()
        shutil.rmtree(base, ignore_errors=True)

    pg.stop()  # idempotent
    assert not pg.running
    with pytest.raises(PostgresStartError):
        pg.url()
