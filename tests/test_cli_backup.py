"""``hall-desk backup`` and ``hall-desk restore``, run as a person runs them in a terminal."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import pytest

from hall_desk import cli_backup
from hall_desk.config import Preferences, resolve_paths
from hall_desk.db.database import Database
from hall_desk.services import create_services
from tests.conftest import set_up_center


@pytest.fixture
def desk(sqlite_url: str, clock, passwords) -> str:
    db = Database(sqlite_url)
    set_up_center(create_services(db, clock, passwords))
    db.dispose()
    return sqlite_url


def run(
    capsys: pytest.CaptureFixture[str], data_dir: Path, db_url: str, *argv: str
) -> tuple[int, str, str]:
    """The subcommand as ``hall-desk --data-dir DIR --db URL ...`` runs it."""
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    cli_backup.add_parsers(sub, str)
    args = parser.parse_args(argv)
    code = cli_backup.run(args, resolve_paths(data_dir), db_url, str, str)
    out = capsys.readouterr()
    return code, out.out, out.err


def file_of(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def set_center_name(url: str, name: str) -> None:
    conn = sqlite3.connect(file_of(url))
    conn.execute("UPDATE site SET name = ?", (name,))
    conn.commit()
    conn.close()


def center_name(url: str) -> str:
    conn = sqlite3.connect(file_of(url))
    try:
        return str(conn.execute("SELECT name FROM site").fetchone()[0])
    finally:
        conn.close()


def test_backup_prints_the_file_and_its_check(desk: str, tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, tmp_path, desk, "backup")
    assert code == 0, err
    written = sorted((tmp_path / "backups").iterdir())
    assert len(written) == 1 and written[0].name.startswith("hall-desk-")
    assert str(written[0]) in out and "integrity check: ok" in out
    status = json.loads((tmp_path / "last-backup.json").read_text(encoding="utf-8"))
    assert status["last_backup"]["file"] == written[0].name
    assert status["last_backup"]["check"] == "ok"


def test_backup_to_a_folder_and_to_the_preferred_folder(desk: str, tmp_path: Path, capsys) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _ = run(capsys, tmp_path, desk, "backup", "--to", str(usb))
    assert code == 0 and str(usb) in out and len(list(usb.iterdir())) == 1
    second = tmp_path / "second-disk"
    second.mkdir()
    Preferences(backup_dir=str(second)).save(tmp_path / "preferences.json")
    code, out, _ = run(capsys, tmp_path, desk, "backup")
    assert code == 0 and str(second) in out and len(list(second.iterdir())) == 1


def test_backup_to_a_missing_folder_names_it(desk: str, tmp_path: Path, capsys) -> None:
    missing = tmp_path / "unplugged"
    code, out, err = run(capsys, tmp_path, desk, "backup", "--to", str(missing))
    assert code == 1 and out == ""
    assert "Error:" in err and str(missing) in err
    status = json.loads((tmp_path / "last-backup.json").read_text(encoding="utf-8"))
    assert str(missing) in status["last_failure"]["error"]


def test_backup_on_postgresql_says_to_use_pg_dump(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, tmp_path, "postgresql+psycopg://desk@localhost/hd", "backup")
    assert code == 1 and "pg_dump" in err


def _backup(capsys, tmp_path: Path, url: str) -> Path:
    code, _, err = run(capsys, tmp_path, url, "backup")
    assert code == 0, err
    return max((tmp_path / "backups").iterdir())


def test_restore_with_yes_swaps_the_backup_in(desk: str, tmp_path: Path, capsys) -> None:
    backup = _backup(capsys, tmp_path, desk)
    set_center_name(desk, "改过的名字")
    code, out, err = run(capsys, tmp_path, desk, "restore", str(backup), "--yes")
    assert code == 0, err
    assert "城南社区党群服务中心" in out and f"Restored {backup}." in out
    assert "was saved as" in out
    assert center_name(desk) == "城南社区党群服务中心"


def test_restore_asks_on_a_terminal(desk: str, tmp_path: Path, capsys, monkeypatch) -> None:
    backup = _backup(capsys, tmp_path, desk)
    set_center_name(desk, "改过的名字")
    answers = iter(["no", "yes"])
    asked: list[str] = []
    monkeypatch.setattr(cli_backup, "_is_terminal", lambda: True)
    monkeypatch.setattr(cli_backup, "_ask", lambda prompt: asked.append(prompt) or next(answers))
    code, out, _ = run(capsys, tmp_path, desk, "restore", str(backup))
    assert code == 2 and "Nothing was changed." in out
    assert center_name(desk) == "改过的名字"
    assert "Type yes" in asked[0]
    code, out, _ = run(capsys, tmp_path, desk, "restore", str(backup))
    assert code == 0 and center_name(desk) == "城南社区党群服务中心"


def test_restore_without_a_terminal_needs_yes(
    desk: str, tmp_path: Path, capsys, monkeypatch
) -> None:
    backup = _backup(capsys, tmp_path, desk)
    set_center_name(desk, "改过的名字")
    monkeypatch.setattr(cli_backup, "_is_terminal", lambda: False)
    code, _, err = run(capsys, tmp_path, desk, "restore", str(backup))
    assert code == 2 and "--yes" in err
    assert center_name(desk) == "改过的名字"


def test_restore_of_a_newer_backup_is_refused(desk: str, tmp_path: Path, capsys) -> None:
    backup = _backup(capsys, tmp_path, desk)
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, tmp_path, desk, "restore", str(backup), "--yes")
    assert code == 1 and "newer version of Hall Desk" in err


def test_restore_while_the_window_has_the_database_open_is_refused(
    desk: str, tmp_path: Path, capsys
) -> None:
    backup = _backup(capsys, tmp_path, desk)
    window = Database(desk)  # the desk's window, still running
    with window.read() as s:
        s.connection()
    try:
        code, _, err = run(capsys, tmp_path, desk, "restore", str(backup), "--yes")
    finally:
        window.dispose()
    assert code == 1 and "has the database open" in err


def test_the_commands_are_part_of_hall_desk(desk: str, tmp_path: Path, capsys) -> None:
    from hall_desk.cli import build_parser, main

    choices = build_parser(str)._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    if "backup" not in choices:
        pytest.skip("cli_backup is not wired into hall_desk.cli yet")
    code = main(["--data-dir", str(tmp_path), "--db", desk, "--lang", "en", "backup"])
    assert code == 0 and "integrity check: ok" in capsys.readouterr().out
