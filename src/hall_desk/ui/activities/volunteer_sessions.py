"""Choosing the activity and session on the volunteers tab, and which are offered first.

Activities with a session today come first, then those running now, then those still to
come (soonest first), then past ones (latest first), so the desk finds today's volunteer day
at once and last week's for hours added afterwards a little further down.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox

from hall_desk.domain.activities import SessionStatus
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError
from hall_desk.services.activities.activities import ActivityService
from hall_desk.services.activities.activity_records import (
    ActivityQuery,
    ActivityRow,
    SessionInfo,
)
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities.volunteer_models import session_text
from hall_desk.ui.kit.common import message_text, name_widget


def _dates(row: ActivityRow) -> str:
    first, last = row.first_starts_at, row.last_ends_at
    if first is None:
        return ""
    if last is None or last.date() == first.date():
        return f"{first:%Y-%m-%d}"
    return f"{first:%Y-%m-%d} – {last:%Y-%m-%d}"


def _order(row: ActivityRow, today: date) -> tuple[int, int]:
    first = row.first_starts_at.date() if row.first_starts_at is not None else None
    last = row.last_ends_at.date() if row.last_ends_at is not None else first
    if first is None or last is None:
        return 4, 0
    if first <= today <= last:
        return 1, (last - today).days
    if first > today:
        return 2, (first - today).days
    return 3, (today - last).days


def activity_choices(
    rows: Sequence[ActivityRow], todays: Sequence[ActivityRow], today: date
) -> list[tuple[str, int]]:
    """``(text, activity id)`` in the order offered; today's activities say so."""
    translate = QCoreApplication.translate
    choices: list[tuple[str, int]] = []
    seen: set[int] = set()
    for row in todays:
        if row.id not in seen:
            seen.add(row.id)
            text = translate("VolunteersTab", "Today: {title}").format(title=row.title)
            choices.append((text, row.id))
    for row in sorted(rows, key=lambda r: _order(r, today)):
        if row.id not in seen:
            seen.add(row.id)
            choices.append((f"{row.title} · {_dates(row)}", row.id))
    return choices


def default_session(sessions: Sequence[SessionInfo], now: datetime) -> SessionInfo | None:
    """Today's session (or the next one still to end), else the last one held."""
    planned = [s for s in sessions if s.status is not SessionStatus.CANCELLED]
    today = [s for s in planned if s.starts_at.date() == now.date()]
    if today:
        running = [s for s in today if s.ends_at >= now]
        return running[0] if running else today[-1]
    coming = [s for s in planned if s.ends_at >= now]
    if coming:
        return coming[0]
    if planned:
        return planned[-1]
    return sessions[-1] if sessions else None


class SessionChooser(QObject):
    """The activity and session combo boxes of the volunteers tab (the tab lays them out).

    ``changed`` says the chosen session changed by the person's choice; ``refused`` carries
    the message when an activity's sessions could not be read.
    """

    changed = Signal()
    refused = Signal(str)

    def __init__(
        self,
        activities: ActivityService,
        clock: Clock,
        session: StaffSession,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._activities = activities
        self._clock = clock
        self._session = session
        self._sessions: list[SessionInfo] = []
        self._titles: dict[int, str] = {}
        translate = QCoreApplication.translate
        self.activity = QComboBox()
        name_widget(self.activity, "volunteers.activity", translate("VolunteersTab", "Activity"))
        self.activity.setMinimumContentsLength(24)
        self.activity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.activity.currentIndexChanged.connect(lambda _i: self._activity_changed())
        self.session = QComboBox()
        name_widget(
            self.session,
            "volunteers.session",
            translate("VolunteersTab", "Session of the activity"),
        )
        self.session.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.session.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def fill(self) -> None:
        """The activities and the chosen one's sessions afresh, keeping what was chosen."""
        today = self._clock.today()
        rows = self._activities.list(self._session, ActivityQuery(start=date(today.year - 1, 1, 1)))
        todays = [row for row, _s in self._activities.sessions_on(self._session, today)]
        choices = activity_choices(rows, todays, today)
        self._titles = {row.id: row.title for row in [*rows, *todays]}
        keep = self.activity.currentData()
        self.activity.blockSignals(True)
        self.activity.clear()
        for text, activity_id in choices:
            self.activity.addItem(text, activity_id)
        index = self.activity.findData(keep) if keep is not None else -1
        self.activity.setCurrentIndex(index if index >= 0 else (0 if choices else -1))
        self.activity.blockSignals(False)
        self._fill_sessions(keep=self.activity.currentData() == keep)

    def _fill_sessions(self, *, keep: bool) -> None:
        activity_id = self.activity.currentData()
        kept = self.session.currentData() if keep else None
        self._sessions = []
        if activity_id is not None:
            self._sessions = list(self._activities.detail(self._session, activity_id).sessions)
        self.session.blockSignals(True)
        self.session.clear()
        for meeting in self._sessions:
            text = session_text(meeting)
            if meeting.status is SessionStatus.CANCELLED:
                text = QCoreApplication.translate("VolunteersTab", "{session} (cancelled)").format(
                    session=text
                )
            self.session.addItem(text, meeting.id)
        index = self.session.findData(kept) if kept is not None else -1
        if index < 0:
            chosen = default_session(self._sessions, self._clock.now())
            index = self.session.findData(chosen.id) if chosen is not None else -1
        self.session.setCurrentIndex(index)
        self.session.blockSignals(False)

    def _activity_changed(self) -> None:
        try:
            self._fill_sessions(keep=False)
        except DomainError as exc:
            self.refused.emit(message_text(exc))
        self.changed.emit()

    def choose(self, activity_id: int, session_id: int | None = None) -> bool:
        """Choose ``activity_id`` (and ``session_id`` of it); False if it is not offered."""
        index = self.activity.findData(activity_id)
        if index < 0:
            return False
        self.activity.setCurrentIndex(index)
        if session_id is not None and self.session.findData(session_id) >= 0:
            self.session.setCurrentIndex(self.session.findData(session_id))
        return True

    def activity_id(self) -> int | None:
        chosen = self.activity.currentData()
        return None if chosen is None else int(chosen)

    def activity_title(self) -> str:
        return self._titles.get(self.activity.currentData(), "")

    def chosen_session(self) -> SessionInfo | None:
        session_id = self.session.currentData()
        return next((s for s in self._sessions if s.id == session_id), None)

    def has_activities(self) -> bool:
        return self.activity.count() > 0
