"""Service cases (事项办理): intake, moves, slips, the elderly-age subsidy and party transfers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hall_desk.ui.cases.cases_page import CasesPage
from hall_desk.ui.cases.elderly_panel import ElderlyPanel
from hall_desk.ui.cases.transfer_panel import TransferPanel
from hall_desk.ui.kit.pages import PageContext, PageEntry


def pages(context: PageContext) -> list[PageEntry]:
    services, session, events = context.services, context.session, context.events
    page = CasesPage(
        cases=services.cases,
        lists=services.case_lists,
        catalogue=services.catalogue,
        calendar=services.calendar,
        residents=services.residents,
        slips=services.slips,
        session=session,
        events=events,
        clock=services.clock,
        slip_layout=context.slip_layout,
        extra_tabs=[
            (
                QCoreApplication.translate("MainWindow", "Elderly-age subsidy"),
                ElderlyPanel(services.elderly, session, events, services.clock),
            ),
            (
                QCoreApplication.translate("MainWindow", "Party membership transfers"),
                TransferPanel(services.transfers, session, events, services.clock),
            ),
        ],
    )
    title = QCoreApplication.translate("MainWindow", "Service cases")
    scans = {"demand": page.demandNumber, "signup": page.signupNumber}
    return [PageEntry("cases", title, page, opens={"case": page.open_number}, scans=scans)]
