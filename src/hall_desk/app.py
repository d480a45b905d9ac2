"""The one place that builds things: database -> services -> QApplication -> windows."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from hall_desk.config import AppPaths, Preferences, resources_dir
from hall_desk.db.database import Database
from hall_desk.db.location import display_url, refuse_network_sqlite, sqlite_file_of
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.domain.errors import DomainError
from hall_desk.domain.redact import scrub
from hall_desk.logging_setup import setup_logging
from hall_desk.services import Services, create_services
from hall_desk.services.safety.backup_status import STATUS_FILE_NAME
from hall_desk.services.safety.backups import BackupService
from hall_desk.services.session import StaffSession
from hall_desk.ui import activities, bookings, cases, figures, party, settings, visitors
from hall_desk.ui.kit.background import BackgroundTask
from hall_desk.ui.kit.common import message_text
from hall_desk.ui.kit.error_dialog import ExceptionReporter
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.settings.settings_page import SettingsPage
from hall_desk.ui.shell.fonts import install_bundled_font
from hall_desk.ui.shell.idle_lock import IdleLock
from hall_desk.ui.shell.login_dialogs import LoginDialog, SetupDialog
from hall_desk.ui.shell.main_window import MainWindow
from hall_desk.ui.shell.qt_i18n import install_translations
from hall_desk.ui.shell.single_instance import SingleInstance, bring_forward, instance_key

log = logging.getLogger(__name__)


# The areas of the desk, in the order of the main window's pages (Ctrl+1 ...).
AREAS = (
    visitors.pages,
    cases.pages,
    bookings.pages,
    party.pages,
    activities.pages,
    figures.pages,
    settings.pages,
)


def create_application() -> QApplication:
    """The QApplication with the bundled font and the style sheet."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Hall Desk")
    app.setOrganizationName("HallDesk")
    install_bundled_font(app)
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def make_backup_service(services: Services, paths: AppPaths) -> BackupService:
    """This PC's backups: the folder chosen in Settings, else the data folder's backups/."""
    return BackupService(
        services.db,
        services.clock,
        paths.backups_dir,
        paths.data_dir / STATUS_FILE_NAME,
        chosen_folder=lambda: Preferences.load(paths.preferences_file).backup_dir,
    )


def start_up_chores(services: Services, backups: BackupService) -> None:
    """The automatic backup (at most one an hour), then the anonymising purge of visitors past
    their center's retention. Neither may stop the desk from starting."""
    backups.auto_backup("start")
    try:
        services.retention.purge(None)
    except (DomainError, SQLAlchemyError):
        log.exception("the retention purge failed; it runs again at the next start")


def build_main_window(
    services: Services,
    session: StaffSession,
    paths: AppPaths,
    preferences: Preferences,
    backups: BackupService | None = None,
) -> MainWindow:
    """The main window with every area's pages, each given the services it needs."""
    events = DataEvents()
    context = PageContext(
        services,
        session,
        events,
        paths,
        preferences,
        backups or make_backup_service(services, paths),
    )
    pages = [entry for area_pages in AREAS for entry in area_pages(context)]
    window = MainWindow(session, pages, services.db.place())
    events.setParent(window)
    return window


class DeskApp:
    """Sign in, show the main window, and go back to signing in after "Sign out"."""

    def __init__(
        self,
        app: QApplication,
        services: Services,
        paths: AppPaths,
        language: str | None,
        translators: list[QTranslator] | None = None,
        *,
        backups: BackupService | None = None,
    ) -> None:
        self.app = app
        self.services = services
        self.paths = paths
        self.backups = backups or make_backup_service(services, paths)
        self.language_override = language
        self.window: MainWindow | None = None
        self.idle_lock: IdleLock | None = None
        self._translators: list[QTranslator] = list(translators or [])

    def _apply_language(self) -> Preferences:
        preferences = Preferences.load(self.paths.preferences_file)
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = install_translations(
            self.app, self.language_override or preferences.language
        )
        return preferences

    def sign_in(self) -> bool:
        """Show the first-start or sign-in dialog; open the main window on success."""
        preferences = self._apply_language()
        try:
            first_start = self.services.staff.needs_setup()
        except DomainError as exc:
            QMessageBox.critical(None, "Hall Desk", message_text(exc))
            return False
        dialog: SetupDialog | LoginDialog = (
            SetupDialog(self.services.staff) if first_start else LoginDialog(self.services.staff)
        )
        if dialog.exec() != dialog.DialogCode.Accepted or dialog.session is None:
            return False
        self.window = build_main_window(
            self.services, dialog.session, self.paths, preferences, self.backups
        )
        self.window.signOutRequested.connect(self._sign_out)
        panel = getattr(self.window.page("settings"), "backup_panel", None)
        if panel is not None:
            panel.restored.connect(self._database_replaced)
        # Lock after the idle time set in Settings; "Sign out" on the lock signs out.
        self.idle_lock = IdleLock(
            self.services.staff, dialog.session, self.window, preferences.idle_lock_minutes
        )
        self.idle_lock.signOutRequested.connect(self._sign_out)
        settings_page = self.window.page("settings")
        if isinstance(settings_page, SettingsPage):
            settings_page.idle_box.minutesChanged.connect(self.idle_lock.set_minutes)
        self.idle_lock.install()
        self.window.fit_to_screen()
        self.window.show()
        return True

    def bring_forward(self) -> None:
        """Another start on this database knocked: show this desk instead of a second one."""
        target = QApplication.activeModalWidget() or self.window
        if target is not None:
            bring_forward(target)
        if self.window is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "App", "Hall Desk was started again: it is already open in this window."
                ),
                15_000,
            )

    def _database_replaced(self, _result: object) -> None:
        """A restore put another file under the database: rebuild the services (the calendar
        caches) and have everyone sign in to the restored data."""
        self.services.db.dispose()
        self.services = create_services(self.services.db, slips_dir=self.paths.slips_dir)
        self.backups = make_backup_service(self.services, self.paths)
        QTimer.singleShot(0, self._sign_out)  # after the panel's progress dialog has closed

    def _sign_out(self) -> None:
        lock, self.idle_lock = self.idle_lock, None
        if lock is not None:
            lock.uninstall()
        window, self.window = self.window, None
        if window is not None:
            window.hide()
            window.deleteLater()
        if not self.sign_in():
            self.app.quit()


def open_database(url: str, paths: AppPaths, parent: QWidget | None = None) -> Database | None:
    """Open and migrate the database, or say clearly why not (in the user's language).

    The message shows the URL without its password and the reason scrubbed of personal numbers.
    """
    try:
        db = Database(url)
        upgrade_to_head(db, paths.backups_dir)
        return db
    except DomainError as exc:
        text = message_text(exc)
    except (SQLAlchemyError, OSError, ValueError) as exc:  # ValueError: a URL's bad port
        log.exception("database could not be opened")
        text = QCoreApplication.translate(
            "App", "The database could not be opened:\n{url}\n\n{reason}"
        ).format(url=display_url(url), reason=scrub(str(exc).splitlines()[0])[:300])
    QMessageBox.critical(parent, "Hall Desk", text)
    return None


def run_gui(*, paths: AppPaths, db_url: str, language: str | None, verbose: bool) -> int:
    """Open the window and run until the last window closes."""
    paths.ensure()
    log_file = setup_logging(paths.log_dir, verbose=verbose)
    log.info("starting; data in %s", paths.data_dir)
    app = create_application()
    reporter = ExceptionReporter(log_file)
    reporter.install()
    translators = install_translations(
        app, language or Preferences.load(paths.preferences_file).language
    )
    instance: SingleInstance | None = None
    sqlite_file = sqlite_file_of(db_url)
    if sqlite_file is not None:
        try:
            refuse_network_sqlite(sqlite_file)
        except DomainError as exc:
            QMessageBox.critical(None, "Hall Desk", message_text(exc))
            return 1
        # Before opening: a second start must not migrate or back up under the first.
        instance = SingleInstance(instance_key(sqlite_file))
        if not instance.claim():
            log.info("%s is open in another window; brought it forward", sqlite_file)
            return 0
    db = open_database(db_url, paths)
    if db is None:
        return 1
    try:
        services = create_services(db, slips_dir=paths.slips_dir)
        backups = make_backup_service(services, paths)
        # On start (at most one an hour), off the GUI thread so sign-in is not held up.
        start_backup = BackgroundTask(lambda _p, _c: start_up_chores(services, backups), app)
        start_backup.start()
        desk = DeskApp(app, services, paths, language, translators, backups=backups)
        if instance is not None:
            instance.activated.connect(desk.bring_forward)
        try:
            if not desk.sign_in():
                return 0
            return app.exec()
        finally:
            start_backup.wait(120_000)
            desk.backups.auto_backup("exit")  # skipped within an hour of the last one
    finally:
        if instance is not None:
            instance.release()
        reporter.uninstall()
        db.dispose()
