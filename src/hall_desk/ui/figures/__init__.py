"""Daily counts and review (今日统计与统计分析): figures, charts, printed reports, ledgers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hall_desk.ui.figures.report_actions import ReportActions
from hall_desk.ui.figures.review_page import ReviewPage
from hall_desk.ui.figures.today_page import TodayPage
from hall_desk.ui.kit.pages import PageContext, PageEntry


def pages(context: PageContext) -> list[PageEntry]:
    services, session, events = context.services, context.session, context.events
    # One set of report actions serves both pages (same default folder, same busy cursor).
    actions = ReportActions(services, session, default_dir=lambda: context.paths.exports_dir)
    today = TodayPage(services, session, events, actions=actions)
    return [
        PageEntry(
            "today",
            QCoreApplication.translate("MainWindow", "Today"),
            today,
            # An overdue demand picked on Today opens on the party-service page, a session
            # picked there on the activities page.
            scans={"demand": today.demandNumber, "signup": today.activityNumber},
        ),
        PageEntry(
            "review",
            QCoreApplication.translate("MainWindow", "Review"),
            ReviewPage(services, session, events, actions=actions),
        ),
    ]
