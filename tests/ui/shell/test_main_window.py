"""The shell: the status bar says where the data is in words, and the window fits the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from hall_desk.db.database import Database
from hall_desk.domain.data_place import DataPlace
from hall_desk.ui.shell.main_window import MainWindow, PageEntry
from hall_desk.ui.shell.qt_i18n import install_translations


def _window(qtbot, admin, place: DataPlace) -> MainWindow:
    window = MainWindow(admin, [PageEntry("blank", "Blank", QWidget())], place)
    qtbot.addWidget(window)
    return window


def test_a_local_database_is_this_pc_not_a_url(qtbot, services, admin, sqlite_url, tmp_path):
    window = _window(qtbot, admin, Database(sqlite_url).place())
    label = window.findChild(QLabel, "main.database")
    assert label.text() == "Data: this PC"
    # The tooltip is the file's path, for the center's IT person; never a URL.
    assert "sqlite:" not in label.text() + label.toolTip()
    assert label.toolTip() == str(Database(sqlite_url).sqlite_path)


def test_a_server_is_named_without_user_or_password(qtbot, admin) -> None:
    place = Database("postgresql+psycopg://desk:s3cret@db.county.local:5433/hall").place()
    assert place == DataPlace(True, "db.county.local:5433", "hall", "db.county.local:5433/hall")
    window = _window(qtbot, admin, place)
    label = window.findChild(QLabel, "main.database")
    assert label.text() == "Data: server db.county.local:5433 (hall)"
    for text in (label.text(), label.toolTip()):
        assert "postgresql" not in text and "s3cret" not in text and "desk" not in text


def test_the_status_bar_speaks_chinese(qtbot, qapp, admin) -> None:
    translators = install_translations(qapp, "zh_CN")
    try:
        local = _window(qtbot, admin, DataPlace(False, "", "hall-desk.sqlite3", "/x"))
        server = _window(qtbot, admin, DataPlace(True, "10.0.0.5", "hall", "10.0.0.5/hall"))
        assert local.findChild(QLabel, "main.database").text() == "数据：本机数据库"
        assert server.findChild(QLabel, "main.database").text() == "数据：服务器 10.0.0.5（hall）"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_window_opens_inside_a_small_screen(qtbot, admin) -> None:
    window = _window(qtbot, admin, DataPlace(False, "", "f", "f"))
    window.fit_to_screen()
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 690
