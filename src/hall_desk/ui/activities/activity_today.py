"""Today at the door: each of today's sessions with its time, place and count, and a button
to take its attendance."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activities import SessionStatus
from hall_desk.services.activities.activity_records import ActivityRow, SessionInfo
from hall_desk.ui.activities.activity_models import span_text
from hall_desk.ui.kit.common import name_widget

PREFIX = "activitiesToday"
#: At most this high (about four sessions); more scroll.
MAX_HEIGHT = 150


class TodayAtTheDoor(QGroupBox):
    #: Take the attendance of this session (its id).
    attendanceWanted = Signal(int)
    #: Open this activity (its id).
    activityWanted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Today at the door"))
        self.setObjectName(PREFIX)
        inner = QWidget()
        self._grid = QGridLayout(inner)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        # A busy day scrolls inside the box instead of pushing the list off the screen.
        self._scroll = QScrollArea()
        self._scroll.setObjectName(f"{PREFIX}.scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(inner)
        self._inner = inner
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll)
        self.empty = QLabel(self.tr("No sessions today."))
        self.empty.setObjectName(f"{PREFIX}.empty")
        self.empty.setProperty("role", "muted")
        self._grid.addWidget(self.empty, 0, 0, 1, 3)
        self.buttons: list[QPushButton] = []
        self._rows: list[QWidget] = []
        self._scroll.setFixedHeight(min(self._inner.sizeHint().height(), MAX_HEIGHT))

    def show_sessions(self, sessions: list[tuple[ActivityRow, SessionInfo]]) -> None:
        for widget in self._rows:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._rows = []
        self.buttons = []
        live = [(a, s) for a, s in sessions if s.status is SessionStatus.PLANNED]
        self.empty.setVisible(not live)
        for index, (activity, info) in enumerate(live, start=1):
            when = QLabel(span_text(info.starts_at, info.ends_at))
            when.setObjectName(f"{PREFIX}.time{index}")
            what = QLabel(
                self.tr("{title} · {place} · {enrolled} signed up{marked}").format(
                    title=activity.title,
                    place=info.place or info.room_name,
                    enrolled=activity.enrolled,
                    marked=(
                        self.tr(", {present} present").format(present=info.present)
                        if info.attendance_saved_at is not None or info.present
                        else ""
                    ),
                )
            )
            what.setObjectName(f"{PREFIX}.what{index}")
            what.setWordWrap(True)
            open_button = QPushButton(activity.number)
            name_widget(
                open_button,
                f"{PREFIX}.open{index}",
                self.tr("Open the activity {title}").format(title=activity.title),
            )
            open_button.setFlat(True)
            open_button.clicked.connect(lambda _c=False, a=activity.id: self.activityWanted.emit(a))
            take = QPushButton(self.tr("Take attendance…"))
            name_widget(
                take,
                f"{PREFIX}.attendance{index}",
                self.tr("Take the attendance of {title} at {time}").format(
                    title=activity.title, time=f"{info.starts_at:%H:%M}"
                ),
            )
            take.clicked.connect(lambda _c=False, s=info.id: self.attendanceWanted.emit(s))
            for column, widget in enumerate((when, what, open_button, take)):
                self._grid.addWidget(widget, index, column)
                self._rows.append(widget)
            self.buttons.append(take)
        self._grid.activate()
        self._scroll.setFixedHeight(min(self._inner.sizeHint().height(), MAX_HEIGHT))
