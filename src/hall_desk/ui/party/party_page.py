"""The party-service page: four tabs, the demands first because the desk uses them most.

Alt+1 ... Alt+4 switch tabs from the keyboard; a demand number typed or scanned into any search
box of the program opens the demand here.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.party.demands_tab import DemandsTab
from hall_desk.ui.party.problems_tab import ProblemsTab
from hall_desk.ui.party.projects_tab import ProjectsTab
from hall_desk.ui.party.registry_tab import RegistryTab


class PartyPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("party")
        self.demands = DemandsTab(context)
        self.registry = RegistryTab(context)
        self.registry.demandNumber.connect(self.open_demand)
        self.problems = ProblemsTab(context)
        self.projects = ProjectsTab(context)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("partyTabs")
        self.tabs.setAccessibleName(self.tr("Party service"))
        for number, (widget, title) in enumerate(
            (
                (self.demands, self.tr("Demands (Alt+1)")),
                (self.registry, self.tr("Reporting members (Alt+2)")),
                (self.problems, self.tr("Problem lists (Alt+3)")),
                (self.projects, self.tr("Projects (Alt+4)")),
            ),
            start=1,
        ):
            self.tabs.addTab(widget, title)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self.tabs.setCurrentIndex(index))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def open_demand(self, number: str) -> None:
        """Show the demand tab with ``number`` opened (from a scan anywhere in the program)."""
        self.tabs.setCurrentWidget(self.demands)
        self.demands.open_number(number)
