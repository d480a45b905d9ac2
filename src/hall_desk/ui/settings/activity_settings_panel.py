"""The activities desk's settings of a center, kept by administrators: the share of a shift a
volunteer must be present for to be credited hours (default 60 %).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activities import DEFAULT_MIN_SHARE_PERCENT
from hall_desk.domain.errors import DomainError
from hall_desk.services.activities.volunteers import VolunteerService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import FieldErrors, hint_label, message_text, name_widget, restyle
from hall_desk.ui.kit.events import DataEvents

#: What the "data changed" notice names after the share changed (hours are worked out anew).
VOLUNTEER_NOTICE = "volunteer"


class ActivitySettingsPanel(QWidget):
    """The minimum share, with Apply; a value the rules refuse is marked and not saved."""

    def __init__(
        self,
        volunteers: VolunteerService,
        session: StaffSession,
        events: DataEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings.activityPanel")
        self._volunteers = volunteers
        self._session = session
        self._events = events
        group = QGroupBox(self.tr("Volunteer hours"))
        group.setObjectName("activitySettings.hours")
        general = QLabel()
        general.setObjectName("activitySettings.error")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.min_share = QSpinBox()
        self.min_share.setRange(1, 100)
        self.min_share.setSuffix(" %")
        self.min_share.setValue(DEFAULT_MIN_SHARE_PERCENT)
        self.min_share.setMinimumWidth(110)
        self.errors.add_row(
            form, "min_share", self.min_share, "activitySettings.minShare",
            self.tr("Present for at least"),
            self.tr("Share of a shift a volunteer must be present for to get hours"),
        )  # fmt: skip
        self.apply_button = QPushButton(self.tr("Apply"))
        name_widget(self.apply_button, "activitySettings.apply", self.tr("Apply the minimum share"))
        self.apply_button.clicked.connect(lambda _checked=False: self.apply())
        self.note = QLabel()
        name_widget(self.note, "activitySettings.note", self.tr("Volunteer hours message"))
        self.note.setWordWrap(True)
        self.note.hide()
        hint = hint_label(
            self.tr(
                "A volunteer present for less than this share of a shift gets no hours for it; "
                "only time inside the shift counts. The default is 60 %. A change applies to "
                "shifts signed out or entered from now on."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.note, 1)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addStretch(1)
        box = QVBoxLayout(group)
        box.addLayout(row)
        box.addWidget(hint)
        box.addWidget(general)
        box.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addStretch(1)

    def refresh(self) -> None:
        """The share as it is in the database now."""
        self.errors.clear()
        try:
            share = self._volunteers.min_share(self._session)
        except DomainError as exc:
            self.errors.show_text(message_text(exc))
            return
        self.min_share.setValue(share)

    def apply(self) -> bool:
        """Save the share; True when saved."""
        self.note.hide()
        self.errors.clear()
        try:
            share = self._volunteers.set_min_share(self._session, self.min_share.value())
        except DomainError as exc:
            self.errors.show(exc)
            return False
        self.min_share.setValue(share)
        restyle(self.note, "role", "ok")
        self.note.setText(
            self.tr("Saved. Volunteers present for at least {share}% of a shift get hours.")
            .format(share=share)
        )  # fmt: skip
        self.note.show()
        self._events.changed.emit(VOLUNTEER_NOTICE)
        return True
