"""Settings (设置): language, slip paper, the center, staff, service list, holidays, rooms,
backups and retention."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hall_desk.ui.kit.pages import PageContext, PageEntry
from hall_desk.ui.settings.party_settings_panel import PartySettingsServices
from hall_desk.ui.settings.settings_page import SettingsPage


def pages(context: PageContext) -> list[PageEntry]:
    services = context.services
    page = SettingsPage(
        services.staff,
        services.sites,
        context.session,
        context.events,
        context.preferences,
        context.paths.preferences_file,
        clock=services.clock,
        catalogue=services.catalogue,
        calendar=services.calendar,
        rooms=services.rooms,
        backups=context.backups,
        retention=services.retention,
        party=PartySettingsServices(services.registry, services.demands, services.problem_lists),
        volunteers=services.volunteers,
    )
    return [PageEntry("settings", QCoreApplication.translate("MainWindow", "Settings"), page)]
