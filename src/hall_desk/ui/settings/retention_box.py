"""Settings -> General: how long visitors' personal data is kept, and the purge.

Past the center's retention (3 years unless changed), a visitor with nothing recorded since is
anonymised: name, ID and phone go, the counts stay. The purge also runs by itself when the
program starts; here an administrator sets the years and can run it at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import DomainError
from hall_desk.services.safety.retention import (
    MAX_RETENTION_YEARS,
    MIN_RETENTION_YEARS,
    RetentionService,
)
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import message_text, name_widget, restyle


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before anonymising (replaced in tests)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class RetentionBox(QGroupBox):
    def __init__(
        self, retention: RetentionService, session: StaffSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Keeping visitors' personal data"))
        self.setObjectName("settings.retentionGroup")
        self._retention = retention
        self._session = session
        self.years = QSpinBox()
        name_widget(self.years, "settings.retentionYears", self.tr("Years to keep personal data"))
        self.years.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.years.setKeyboardTracking(False)
        self.years.setEnabled(session.is_admin)
        self.purge_button = QPushButton(self.tr("Anonymise now…"))
        name_widget(self.purge_button, "settings.purgeNow", self.tr("Anonymise now"))
        self.purge_button.setEnabled(session.is_admin)
        self.purge_button.clicked.connect(self.purge_now)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        name_widget(self.note, "settings.retentionNote", self.tr("Retention message"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Keep after the last visit:")))
        row.addWidget(self.years)
        row.addStretch(1)
        row.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            self._wrapped(
                self.tr(
                    "After this, a visitor with nothing recorded since is anonymised: name, ID "
                    "and phone are removed, the counts stay. Runs by itself at start-up."
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.load()
        self.years.valueChanged.connect(self.save)

    @staticmethod
    def _wrapped(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("role", "muted")
        return label

    def _say(self, text: str, error: bool = False) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        restyle(self.note, "role", "error" if error else "muted")

    def load(self) -> None:
        try:
            years = self._retention.retention_years(self._session)
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            return
        self.years.blockSignals(True)
        self.years.setValue(years)
        self.years.blockSignals(False)

    def save(self, years: int) -> None:
        try:
            kept = self._retention.set_retention_years(self._session, years)
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            self.load()
            return
        self._say(self.tr("Saved: personal data is kept {years} years.").format(years=kept))

    def purge_now(self) -> None:
        try:
            pending = self._retention.purge(self._session, dry_run=True).anonymised
            if pending == 0:
                self._say(self.tr("Nobody is past the retention; nothing to anonymise."))
                return
            if not _confirm(
                self,
                self.tr("Anonymise visitors"),
                self.tr(
                    "{count} visitors have nothing recorded within the retention. Remove their "
                    "names, ID and phone numbers now? This cannot be undone."
                ).format(count=pending),
            ):
                return
            done = self._retention.purge(self._session).anonymised
        except DomainError as exc:
            self._say(message_text(exc), error=True)
            return
        self._say(self.tr("{count} visitors anonymised; the counts are kept.").format(count=done))
