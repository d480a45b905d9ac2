"""Room bookings (功能室预约): the day of every room, a room's week, the study room's seats."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hall_desk.ui.bookings.bookings_page import BookingsPage
from hall_desk.ui.kit.pages import PageContext, PageEntry


def pages(context: PageContext) -> list[PageEntry]:
    page = BookingsPage(
        context.services, context.session, context.events, slip_layout=context.slip_layout
    )
    title = QCoreApplication.translate("MainWindow", "Room bookings")
    opens = {"booking": page.open_number}
    scans = {"demand": page.demandNumber, "signup": page.signupNumber}
    return [PageEntry("bookings", title, page, opens=opens, scans=scans)]
