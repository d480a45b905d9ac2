"""What the shell needs to know of a page, and what every area is given to build its pages.

Each area package (``hall_desk.ui.visitors``, ``.cases`` ...) has one ``pages(context)``
function returning its ``PageEntry`` list; ``hall_desk.app`` lists those functions in order,
so a new area adds one line there. Pages get their services through ``PageContext`` and talk
to each other only through the one ``DataEvents`` notice and the shell's scan routing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from hall_desk.config import AppPaths, Preferences
from hall_desk.printing.slips import SlipLayout
from hall_desk.services import Services
from hall_desk.services.safety.backups import BackupService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.slip_printing import layout_from


@dataclass(frozen=True)
class PageEntry:
    """A page of the main window.

    ``opens`` names the kinds of number this page opens when one is typed or scanned
    elsewhere (``"case"``, ``"booking"``); ``scans`` the signals by which this page hands such
    a number on. The shell connects the two, showing the page that opens it.
    """

    key: str
    title: str
    widget: QWidget
    opens: dict[str, Callable[[str], None]] = field(default_factory=dict)
    scans: dict[str, SignalInstance] = field(default_factory=dict)


@dataclass
class PageContext:
    """Everything a page may be given: the services, who is signed in, the shared notice."""

    services: Services
    session: StaffSession
    events: DataEvents
    paths: AppPaths
    preferences: Preferences
    backups: BackupService

    def slip_layout(self) -> SlipLayout:
        """The slip paper chosen on this PC, read afresh (Settings may have changed it)."""
        return layout_from(Preferences.load(self.paths.preferences_file).slip_layout)
