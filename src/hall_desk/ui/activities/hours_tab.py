"""Each volunteer's hours, certificates of volunteer service, their register and the 公示 list."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hall_desk.ui.kit.pages import PageContext


class HoursTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
