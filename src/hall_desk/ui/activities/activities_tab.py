"""The activities list, an activity's sessions, sign-ups and attendance."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hall_desk.ui.kit.pages import PageContext


class ActivitiesTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context

    def open_number(self, number: str) -> None:
        """Open the activity of a sign-up slip or activity number."""
