"""Every widget a person interacts with can be found by tests and screen readers."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QScrollBar,
    QTabBar,
    QWidget,
)

from hall_desk.app import build_main_window
from hall_desk.config import Preferences, resolve_paths
from hall_desk.db.database import Database
from hall_desk.services import create_services
from hall_desk.ui.kit.error_dialog import ExceptionReporter
from hall_desk.ui.shell.login_dialogs import LoginDialog, SetupDialog
from tests.conftest import set_up_center

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _inside_composite(widget: QWidget) -> bool:
    """Parts Qt builds inside a composite widget (a spin box's line edit, a combo's popup
    list, a table's corner button, a tab bar's arrows) are named through their owner."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, (*INTERACTIVE, QTabBar, QScrollBar, QHeaderView)):
            return True
        ancestor = ancestor.parentWidget()
    return widget.objectName().startswith("qt_")


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_composite(widget):
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_interactive_widget_has_object_and_accessible_names(
    qtbot, sqlite_url, clock, passwords, tmp_path
) -> None:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords)
    setup = SetupDialog(services.staff)
    qtbot.addWidget(setup)
    assert unnamed(setup) == []
    admin = set_up_center(services)
    login = LoginDialog(services.staff)
    qtbot.addWidget(login)
    assert unnamed(login) == []
    window = build_main_window(services, admin, resolve_paths(tmp_path), Preferences())
    qtbot.addWidget(window)
    assert unnamed(window) == []
    db.dispose()


def test_unexpected_errors_are_logged_and_explained(qtbot, tmp_path, monkeypatch, caplog) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    reporter = ExceptionReporter(tmp_path / "hall-desk.log")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="hall_desk.unexpected"):
            reporter.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(shown))
    assert "RuntimeError: boom" in caplog.text
    assert str(tmp_path / "hall-desk.log") in shown[0]
    assert "boom" not in shown[0]
