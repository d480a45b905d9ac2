"""The visitor desk (来访登记): register walk-ins and returning residents, who is in the hall."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hall_desk.ui.kit.pages import PageContext, PageEntry
from hall_desk.ui.visitors.visitor_page import VisitorPage


def pages(context: PageContext) -> list[PageEntry]:
    services = context.services
    page = VisitorPage(
        services.visits, services.residents, context.session, context.events, services.clock
    )
    # A case or booking slip or a demand receipt scanned into the search box opens on its own
    # page.
    page.finder.opens_cases = True
    title = QCoreApplication.translate("MainWindow", "Visitors")
    scans = {
        "case": page.finder.caseNumber,
        "booking": page.finder.bookingNumber,
        "demand": page.finder.demandNumber,
        "signup": page.finder.signupNumber,
    }
    return [PageEntry("visitor", title, page, scans=scans)]
