"""Settings > Backups driven through its real widgets against a real SQLite database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hall_desk.config import Preferences
from hall_desk.db.database import Database
from hall_desk.services import Services, create_services
from hall_desk.services.safety.backups import BackupService
from hall_desk.services.session import StaffSession
from hall_desk.ui.settings import backup_panel
from hall_desk.ui.settings.backup_panel import BackupPanel
from tests.conftest import add_clerk, set_up_center
from tests.ui.test_widgets_named import unnamed

CENTER = "城南社区党群服务中心"


class Desk:
    def __init__(self, services: Services, admin: StaffSession, tmp_path: Path) -> None:
        self.services = services
        self.admin = admin
        self.folder = tmp_path / "backups"
        self.preferences_path = tmp_path / "preferences.json"
        self.preferences = Preferences()
        self.backups = BackupService(
            services.db,
            services.clock,
            self.folder,
            tmp_path / "last-backup.json",
            chosen_folder=lambda: Preferences.load(self.preferences_path).backup_dir,
        )

    def panel(self, qtbot, session: StaffSession | None = None) -> BackupPanel:
        widget = BackupPanel(
            self.backups, session or self.admin, self.preferences, self.preferences_path
        )
        qtbot.addWidget(widget)
        widget.resize(800, 500)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    @property
    def live(self) -> Path:
        path = self.services.db.sqlite_path
        assert path is not None
        return path

    def center_name(self) -> str:
        conn = sqlite3.connect(self.live)
        try:
            return str(conn.execute("SELECT name FROM site").fetchone()[0])
        finally:
            conn.close()

    def rename_center(self, name: str) -> None:
        from sqlalchemy import text

        with self.services.db.write() as s:
            s.execute(text("UPDATE site SET name = :name"), {"name": name})


@pytest.fixture
def desk(sqlite_url, clock, passwords, tmp_path) -> Iterator[Desk]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    yield Desk(services, set_up_center(services), tmp_path)
    db.dispose()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settle(qtbot, panel: BackupPanel) -> None:
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=15_000)


def test_the_panel_shows_the_last_backup_and_its_check(qtbot, desk: Desk) -> None:
    desk.backups.back_up(desk.admin)
    panel = desk.panel(qtbot)
    assert panel.folder.text() == str(desk.folder)
    text = panel.last.text()
    assert "2026-11-20 09:30" in text and "hall-desk-2026-11-20_0930.sqlite3" in text
    assert "integrity check passed" in text and panel.last.property("role") == "ok"
    assert panel.failure.isHidden()
    assert unnamed(panel) == []


def test_back_up_now_writes_a_checked_backup(qtbot, desk: Desk, clock) -> None:
    panel = desk.panel(qtbot)
    assert "No backup" in panel.last.text()
    clock.advance(minutes=5)
    with qtbot.waitSignal(panel.backedUp, timeout=15_000) as signal:
        click(qtbot, panel.back_up_button)
    settle(qtbot, panel)
    written = signal.args[0].path
    assert written.parent == desk.folder and written.name == "hall-desk-2026-11-20_0935.sqlite3"
    assert "Backed up to" in panel.note.text() and panel.note.property("role") == "ok"
    assert "09:35" in panel.last.text() and "integrity check passed" in panel.last.text()
    assert panel.back_up_button.isEnabled()


def test_an_unplugged_backup_drive_is_shown_in_red(qtbot, desk: Desk, tmp_path: Path) -> None:
    usb = tmp_path / "usb-drive"
    Preferences(backup_dir=str(usb)).save(desk.preferences_path)
    panel = desk.panel(qtbot)
    assert str(usb) in panel.failure.text()  # the folder is not there even before trying
    click(qtbot, panel.back_up_button)
    settle(qtbot, panel)
    assert str(usb) in panel.note.text() and panel.note.property("role") == "error"
    assert panel.failure.isVisible() and panel.failure.property("role") == "error"
    assert "The last backup failed (2026-11-20 09:30)" in panel.failure.text()
    assert str(usb) in panel.failure.text()


def test_restoring_asks_naming_the_date_and_center_then_restores(
    qtbot, desk: Desk, monkeypatch, clock
) -> None:
    backup = desk.backups.back_up(desk.admin).path
    clock.advance(minutes=20)
    desk.rename_center("改名以后")
    panel = desk.panel(qtbot)
    asked: list[str] = []
    monkeypatch.setattr(backup_panel, "_choose_backup_file", lambda *a: str(backup))
    monkeypatch.setattr(backup_panel, "_confirm", lambda p, title, text: asked.append(text) or True)
    with qtbot.waitSignal(panel.restored, timeout=15_000) as signal:
        click(qtbot, panel.restore_button)
    settle(qtbot, panel)
    assert "2026-11-20 09:30" in asked[0] and CENTER in asked[0]
    assert str(desk.folder) in asked[0]  # where the database in use is saved first
    result = signal.args[0]
    assert result.saved_before is not None and "before-restore" in result.saved_before.name
    assert desk.center_name() == CENTER
    assert "Restored the backup of 2026-11-20 09:30" in panel.note.text()


def test_restoring_is_not_done_when_the_person_says_no(qtbot, desk: Desk, monkeypatch) -> None:
    backup = desk.backups.back_up(desk.admin).path
    desk.rename_center("改名以后")
    panel = desk.panel(qtbot)
    restored: list[object] = []
    panel.restored.connect(restored.append)
    asked: list[str] = []
    monkeypatch.setattr(backup_panel, "_choose_backup_file", lambda *a: str(backup))
    monkeypatch.setattr(
        backup_panel, "_confirm", lambda p, title, text: asked.append(text) or False
    )
    click(qtbot, panel.restore_button)
    qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
    settle(qtbot, panel)
    qtbot.wait(50)
    assert restored == [] and desk.center_name() == "改名以后"
    assert [p.name for p in desk.folder.iterdir()] == [backup.name]


def test_a_file_that_is_not_a_backup_is_refused_before_asking(
    qtbot, desk: Desk, monkeypatch, tmp_path: Path
) -> None:
    other = tmp_path / "shop.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE sale (id INTEGER PRIMARY KEY)")
    conn.close()
    panel = desk.panel(qtbot)
    monkeypatch.setattr(backup_panel, "_choose_backup_file", lambda *a: str(other))
    monkeypatch.setattr(backup_panel, "_confirm", lambda *a: pytest.fail("must not ask"))
    click(qtbot, panel.restore_button)
    settle(qtbot, panel)
    assert "not a Hall Desk database" in panel.note.text()
    assert panel.note.property("role") == "error"


def test_a_clerk_backs_up_but_cannot_restore_or_move_the_folder(qtbot, desk: Desk) -> None:
    clerk = add_clerk(desk.services, desk.admin)
    panel = desk.panel(qtbot, clerk)
    assert panel.back_up_button.isVisible()
    assert panel.restore_button.isHidden() and panel.choose_folder_button.isHidden()
    assert panel.default_folder_button.isHidden()


def test_choosing_another_folder_is_saved_for_this_pc(
    qtbot, desk: Desk, monkeypatch, tmp_path: Path
) -> None:
    second = tmp_path / "second-disk"
    second.mkdir()
    Preferences(language="en").save(desk.preferences_path)
    panel = desk.panel(qtbot)
    monkeypatch.setattr(backup_panel, "_choose_folder", lambda *a: str(second))
    click(qtbot, panel.choose_folder_button)
    saved = Preferences.load(desk.preferences_path)
    assert saved.backup_dir == str(second) and saved.language == "en"
    assert desk.preferences.backup_dir == str(second)
    assert panel.folder.text() == str(second)
    click(qtbot, panel.back_up_button)
    settle(qtbot, panel)
    assert len(list(second.iterdir())) == 1
    click(qtbot, panel.default_folder_button)
    assert Preferences.load(desk.preferences_path).backup_dir == ""
    assert panel.folder.text() == str(desk.folder)


def test_on_postgresql_the_panel_says_to_use_pg_dump(qtbot, desk: Desk, tmp_path: Path) -> None:
    db = Database("postgresql+psycopg://desk@localhost/hd")  # never connected
    backups = BackupService(db, desk.services.clock, tmp_path / "b", tmp_path / "s.json")
    panel = BackupPanel(backups, desk.admin, Preferences(), desk.preferences_path)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.postgres_note.isVisible() and "pg_dump" in panel.postgres_note.text()
    assert not panel.back_up_button.isVisible()
    assert not panel.last_group.isVisible()
    db.dispose()
