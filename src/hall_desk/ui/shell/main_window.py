"""The main window: a shell that hosts pages, with the signed-in person in the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from hall_desk.domain.data_place import DataPlace
from hall_desk.domain.staff import ROLE_LABELS
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import name_widget, translate_message
from hall_desk.ui.kit.pages import PageEntry


class MainWindow(QMainWindow):
    """Navigation on the left, the current page on the right. Ctrl+1... switches pages."""

    signOutRequested = Signal()

    def __init__(self, session: StaffSession, pages: list[PageEntry], place: DataPlace) -> None:
        super().__init__()
        self.setObjectName("main")
        self.setWindowTitle(self.tr("{site} - Hall Desk").format(site=session.site_name))
        self._pages = pages

        self.nav = QListWidget()
        name_widget(self.nav, "main.nav", self.tr("Pages"))
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.stack.setObjectName("main.pages")
        for number, page in enumerate(pages, start=1):
            item = QListWidgetItem(page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setToolTip(f"Ctrl+{number}")
            self.nav.addItem(item)
            self.stack.addWidget(page.widget)
            if number <= 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda n=number - 1: self.nav.setCurrentRow(n))
        self.nav.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        who = self.tr("{name} ({role}) at {site}").format(
            name=session.full_name,
            role=translate_message(ROLE_LABELS[session.role]),
            site=session.site_name,
        )
        self.who = QLabel(who)
        self.who.setObjectName("main.who")
        self.clock = QLabel()
        self.clock.setObjectName("main.clock")
        db_label = QLabel(self._place_text(place))
        db_label.setObjectName("main.database")
        db_label.setToolTip(place.detail)
        db_label.setProperty("role", "muted")
        sign_out = QPushButton(self.tr("Sign out"))
        name_widget(sign_out, "main.signOut", self.tr("Sign out"))
        sign_out.clicked.connect(self.signOutRequested)
        status = self.statusBar()
        status.addWidget(self.who)
        status.addWidget(db_label)
        status.addPermanentWidget(self.clock)
        status.addPermanentWidget(sign_out)
        self._tick()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(20_000)

        self.nav.setCurrentRow(0)
        self._route_scans(pages)

    def _route_scans(self, pages: list[PageEntry]) -> None:
        """A number scanned on one page (a case slip at the visitor desk) opens on the page
        that opens that kind of number."""
        openers = {
            kind: (entry.key, open_) for entry in pages for kind, open_ in entry.opens.items()
        }
        for entry in pages:
            for kind, signal in entry.scans.items():
                if kind in openers:
                    key, open_ = openers[kind]
                    signal.connect(lambda number, k=key, o=open_: self._open_scanned(k, o, number))

    def _open_scanned(self, key: str, open_: Callable[[str], None], number: str) -> None:
        self.show_page(key)
        open_(number)

    def _place_text(self, place: DataPlace) -> str:
        if not place.on_server:
            return self.tr("Data: this PC")
        return self.tr("Data: server {server} ({database})").format(
            server=place.server, database=place.database
        )

    def fit_to_screen(self) -> None:
        """Open at a comfortable size that fits the screen's free area (taskbar excluded).

        Front desks mostly have 1366x768 or 1280x720 screens; there the window is maximised so
        the status bar and the last rows are never below the taskbar.
        """
        screen = self.screen()
        if screen is None:
            self.resize(1280, 720)
            return
        free = screen.availableGeometry()
        if free.width() <= 1440 or free.height() <= 900:
            self.resize(min(free.width(), 1280), min(free.height(), 720))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(1366, 800)

    def page(self, key: str) -> QWidget:
        for entry in self._pages:
            if entry.key == key:
                return entry.widget
        raise KeyError(key)

    def show_page(self, key: str) -> None:
        for row, entry in enumerate(self._pages):
            if entry.key == key:
                self.nav.setCurrentRow(row)
                return
        raise KeyError(key)

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.stack.setCurrentIndex(row)
            widget = self._pages[row].widget
            activate = getattr(widget, "activate", None)
            if callable(activate):
                activate()

    def _tick(self) -> None:
        # The center's time, whatever time zone this PC is set to.
        now = QDateTime.currentDateTimeUtc().toTimeZone(QTimeZone(b"Asia/Shanghai"))
        self.clock.setText(now.toString("yyyy-MM-dd HH:mm"))
