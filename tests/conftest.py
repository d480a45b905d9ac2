"""Fixtures: a fresh database per test, on SQLite and on a throwaway PostgreSQL server."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.domain.staff import Role
from hall_desk.services import Services, create_services
from hall_desk.services.calendar import CalendarService
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import SetupForm, StaffForm
from tests.pg_cluster import ThrowawayPostgres

ADMIN_PASSWORD = "Desk-2024-admin"
CLERK_PASSWORD = "Desk-2024-clerk"
# A Friday morning in the center's local time.
NOW = datetime(2026, 11, 20, 9, 30)
_counter = itertools.count()
WORKER_ENV = "PYTEST_XDIST_WORKER"  # set by pytest-xdist in each worker: gw0, gw1, ...
RUN_ENV = "HALL_DESK_TEST_RUN"  # the pid of the pytest command, for the workers' server folders


def _require(env: str) -> bool:
    return os.environ.get(env, "") not in ("", "0")


# Test files that take tens of seconds each (measured with two workers, slowest first): they
# build the demo center, or start processes (the trials, the CLI's demo, X servers walking
# every screen, 8 desks at once). `./dev test` gives whole files to pytest-xdist workers
# (--dist loadfile --no-loadscope-reorder); these go out first, so that no worker is still
# busy with one of them at the end while the others wait. The rest follow, larger files first.
# Listing a file here only changes when it runs under xdist, never what it checks.
HEAVY_FIRST = (
    "tests/services/demo/",  # ~145 s
    "tests/trials/",  # ~140 s
    "tests/test_cli.py",  # ~100 s
    "tests/ui/test_screen_sizes.py",  # ~75 s
    "tests/ui/test_screenshots.py",  # ~45 s
    "tests/ui/figures/test_review_page.py",  # ~35 s
    "tests/ui/figures/test_figures_agree.py",  # ~20 s
)
HEAVY_SUFFIXES = ("_concurrent.py", "_stateful.py")  # 15-30 s each


def _file_weight(path: str, tests_in_file: int) -> tuple[int, int]:
    """Sort key of a test file: the heavy ones (in their listed order), then larger first."""
    for rank, prefix in enumerate(HEAVY_FIRST):
        if path.startswith(prefix):
            return (rank, -tests_in_file)
    heavy = path.endswith(HEAVY_SUFFIXES)
    return (len(HEAVY_FIRST) if heavy else len(HEAVY_FIRST) + 1, -tests_in_file)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In a pytest-xdist worker, hand out whole files heaviest first (see HEAVY_FIRST).

    Every worker collects the same list and sorts it the same way; the sort is stable and
    keeps each file's tests together and in their own order. A run in one process keeps
    the collection order.
    """
    if WORKER_ENV not in os.environ:
        return
    files = [item.nodeid.split("::", 1)[0] for item in items]
    sizes = Counter(files)
    keys = {
        id(item): _file_weight(path, sizes[path]) for item, path in zip(items, files, strict=True)
    }
    items.sort(key=lambda item: keys[id(item)])


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once; each test gets a copy of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade_to_head(db)
    CalendarService(db, Clock()).ensure_seeded()
    db.dispose()
    return path


def _pg_prefix(worker: str = "") -> str:
    """``hdpg-<pid of the pytest command>-<worker>-``: the folders of this run's servers."""
    return f"hdpg-{os.environ.get(RUN_ENV, os.getpid())}-{worker}"


def pytest_configure(config: pytest.Config) -> None:
    if WORKER_ENV not in os.environ:  # the pytest command itself; its workers inherit this
        os.environ[RUN_ENV] = str(os.getpid())


def pytest_unconfigure(config: pytest.Config) -> None:
    """Once every worker is gone, stop the servers of workers that crashed (see pg_server)."""
    if WORKER_ENV not in os.environ and RUN_ENV in os.environ:
        ThrowawayPostgres.stop_leftovers(_pg_prefix())


@pytest.fixture(scope="session")
def pg_server() -> Iterator[ThrowawayPostgres]:
    """This process's own throwaway server, started when a test first needs it.

    Under pytest-xdist every worker is a session of its own and starts its own server (own
    folder, socket and port, ``/tmp/hdpg-<run>-gw0-*``): simpler and sturdier than sharing one
    between processes that start and finish at different times. A worker that crashes never
    gets to stop its server; the pytest command stops it at the end (pytest_unconfigure).
    """
    reason = ThrowawayPostgres.available()
    if reason is not None:
        if _require("HALL_DESK_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL is required but unavailable: {reason}")
        pytest.skip(f"PostgreSQL unavailable: {reason}")
    server = ThrowawayPostgres.temporary(
        prefix=_pg_prefix(os.environ.get(WORKER_ENV, "main")) + "-"
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: ThrowawayPostgres) -> str:
    """A PostgreSQL database migrated to head once; each test gets a copy of it."""
    url = pg_server.create_database("hd_template")
    db = Database(url)
    upgrade_to_head(db)
    CalendarService(db, Clock()).ensure_seeded()
    db.dispose()
    return "hd_template"


def _sqlite_copy(template: Path, target: Path) -> str:
    src = sqlite3.connect(template)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return f"sqlite:///{target}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """A freshly migrated, empty database: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        yield _sqlite_copy(sqlite_template, tmp_path / "hall-desk.sqlite3")
        return
    server: ThrowawayPostgres = request.getfixturevalue("pg_server")
    template: str = request.getfixturevalue("pg_template")
    name = f"hd_test_{os.getpid()}_{next(_counter)}"
    url = server.create_database(name, template=template)
    try:
        yield url
    finally:
        server.drop_database(name)


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A fresh SQLite database only (GUI tests, file-level behaviour)."""
    return _sqlite_copy(sqlite_template, tmp_path / "hall-desk.sqlite3")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture(scope="session")
def passwords() -> Passwords:
    """argon2id with a low cost, so tests stay quick; production uses the library default."""
    return Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def services(db: Database, clock: FixedClock, passwords: Passwords, tmp_path: Path) -> Services:
    return create_services(db, clock, passwords, slips_dir=tmp_path / "slips")


def set_up_center(services: Services) -> StaffSession:
    return services.staff.set_up_center(
        SetupForm(
            center_name="城南社区党群服务中心",
            center_code="CN01",
            username="wang.admin",
            full_name="王主任",
            password=ADMIN_PASSWORD,
            confirm=ADMIN_PASSWORD,
            address="幸福路 88 号",
            phone="0351-1234567",
        )
    )


def add_clerk(services: Services, admin: StaffSession, username: str = "li.clerk") -> StaffSession:
    services.staff.add_staff(
        admin, StaffForm(username, "李晓燕", Role.CLERK, CLERK_PASSWORD, CLERK_PASSWORD)
    )
    return services.staff.sign_in(username, CLERK_PASSWORD)


@pytest.fixture
def admin(services: Services) -> StaffSession:
    return set_up_center(services)


@pytest.fixture
def clerk(services: Services, admin: StaffSession) -> StaffSession:
    return add_clerk(services, admin)
