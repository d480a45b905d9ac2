"""The activities page: three tabs, the activities first because the desk uses them most.

Alt+1 ... Alt+3 switch tabs from the keyboard; a sign-up slip's number typed or scanned into any
search box of the program opens its activity here.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hall_desk.ui.activities.activities_tab import ActivitiesTab
from hall_desk.ui.activities.hours_tab import HoursTab
from hall_desk.ui.activities.volunteers_tab import VolunteersTab
from hall_desk.ui.kit.pages import PageContext


class ActivitiesPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activities")
        self.activities = ActivitiesTab(context)
        self.volunteers = VolunteersTab(context)
        self.hours = HoursTab(context)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("activityTabs")
        self.tabs.setAccessibleName(self.tr("Activities"))
        for number, (widget, title) in enumerate(
            (
                (self.activities, self.tr("Activities (Alt+1)")),
                (self.volunteers, self.tr("Volunteers (Alt+2)")),
                (self.hours, self.tr("Hours and certificates (Alt+3)")),
            ),
            start=1,
        ):
            self.tabs.addTab(widget, title)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self.tabs.setCurrentIndex(index))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def open_signup(self, number: str) -> None:
        """Show the activity of the sign-up slip ``number`` (scanned anywhere in the program)."""
        self.tabs.setCurrentWidget(self.activities)
        self.activities.open_number(number)
