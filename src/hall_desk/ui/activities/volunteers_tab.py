"""Volunteer roles and shifts: signing volunteers up, in and out, and hours added afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hall_desk.ui.kit.pages import PageContext


class VolunteersTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
