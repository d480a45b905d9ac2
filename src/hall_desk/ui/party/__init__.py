"""Party service (党员服务): the 双报到 registry, residents' demands, problem lists, projects."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hall_desk.ui.kit.pages import PageContext, PageEntry
from hall_desk.ui.party.party_page import PartyPage


def pages(context: PageContext) -> list[PageEntry]:
    page = PartyPage(context)
    title = QCoreApplication.translate("MainWindow", "Party service")
    return [PageEntry("party", title, page, opens={"demand": page.open_demand})]
