"""One notice after any change, so pages refresh instead of poking each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """Created once per main window and handed to every page that writes or shows data.

    ``changed`` carries what changed ("visit", "resident", "staff", "site", ...).
    """

    changed = Signal(str)
