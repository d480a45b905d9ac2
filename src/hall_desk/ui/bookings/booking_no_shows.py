"""Releasing bookings nobody checked in for (no-shows), from the desk itself.

The bookings page owns a ``NoShowReleaser``, so the desk needs no outside scheduler: it runs
once when the page is made (bookings missed while the program was closed) and then every
minute. Its texts belong to the ``BookingsPage`` translation context.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from hall_desk.domain.errors import DomainError
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import message_text
from hall_desk.ui.kit.events import DataEvents

# The name the page has always logged under, so log files read as before.
log = logging.getLogger("hall_desk.ui.bookings.bookings_page")

NO_SHOW_MS = 60_000


class NoShowReleaser(QObject):
    """Releases no-shows on ``timer`` and says what happened through ``said``.

    ``said`` carries a line for the status bar and whether it is an error. A failure (the
    database busy, say) is said and the timer keeps going; once releasing works again,
    ``recovered`` carries the old warning, for the page to take down if it still shows.
    """

    said = Signal(str, bool)  # text, is an error
    recovered = Signal(str)  # the warning that no longer holds

    def __init__(
        self,
        services: Services,
        session: StaffSession,
        events: DataEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._session = session
        self._events = events
        self._error = ""
        self.timer = QTimer(self)
        self.timer.setObjectName("no_show_timer")
        self.timer.timeout.connect(self.release_now)

    def start(self) -> None:
        self.timer.start(NO_SHOW_MS)

    def release_now(self) -> list[str]:
        """Release bookings nobody checked in for within the grace period; their numbers."""
        try:
            numbers = self._services.bookings.release_no_shows(self._session.site_id)
        except DomainError as exc:
            self._failed(
                QCoreApplication.translate(
                    "BookingsPage", "No-shows could not be released just now: {reason}"
                ).format(reason=message_text(exc))
            )
            return []
        except Exception:  # a timer must not raise into Qt every minute
            log.exception("releasing no-shows failed")
            self._failed(
                QCoreApplication.translate(
                    "BookingsPage", "No-shows could not be released just now; see the log file."
                )
            )
            return []
        if self._error:
            self.recovered.emit(self._error)
        self._error = ""
        if numbers:
            self.said.emit(
                QCoreApplication.translate("BookingsPage", "Released as no-show: {numbers}").format(
                    numbers="、".join(numbers)
                ),
                False,
            )
            self._events.changed.emit("booking")
        return numbers

    def _failed(self, text: str) -> None:
        self._error = text
        self.said.emit(text, True)
