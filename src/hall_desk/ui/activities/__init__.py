"""Activities (活动): activities and sessions, sign-ups, attendance, volunteers and their hours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hall_desk.ui.activities.activities_page import ActivitiesPage
from hall_desk.ui.kit.pages import PageContext, PageEntry


def pages(context: PageContext) -> list[PageEntry]:
    page = ActivitiesPage(context)
    title = QCoreApplication.translate("MainWindow", "Activities")
    return [PageEntry("activities", title, page, opens={"signup": page.open_signup})]
