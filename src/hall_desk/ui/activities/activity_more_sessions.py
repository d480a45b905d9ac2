"""Sessions added to an activity later: another date, or another run of a course."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hall_desk.domain.bookings import minute_of
from hall_desk.domain.errors import ConflictError, DomainError
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import ActivityDetail
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities.activity_plan import SessionPlanPanel
from hall_desk.ui.kit.form_dialog import FormDialog

PREFIX = "addSessions"


class AddSessionsDialog(FormDialog):
    """``saved`` is the activity's ``ActivityDetail`` with the new sessions once accepted."""

    def __init__(
        self,
        services: Services,
        session: StaffSession,
        detail: ActivityDetail,
        first_day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(PREFIX, parent)
        self._services = services
        self._session = session
        self._detail = detail
        self.setWindowTitle(self.tr("Add sessions"))
        about = QLabel(f"{detail.row.number}  {detail.row.title}")
        about.setObjectName(f"{PREFIX}.about")
        about.setWordWrap(True)
        self.plan = SessionPlanPanel(
            services.rooms.rooms(session), first_day, self.errors, prefix=PREFIX
        )
        last = next((s for s in reversed(detail.sessions) if s.room_id is not None), None)
        if last is not None:  # the room the activity used last, at the same times
            self.plan.room.setCurrentIndex(max(0, self.plan.room.findData(last.room_id)))
            day = last.starts_at.date()
            self.plan.start.set_minute(minute_of(last.starts_at, day))
            self.plan.end.set_minute(minute_of(last.ends_at, day))
        self.plan.check_button.clicked.connect(self.check_dates)
        body = QVBoxLayout()
        body.addWidget(self.plan)
        self.finish(
            self.tr("Add the sessions"), self.tr("Add the sessions"), self.tr("Cancel"),
            above=[about], body=body,
        )  # fmt: skip
        self.submit.setProperty("role", "primary")

    def check_dates(self) -> None:
        self.errors.clear()
        try:
            checks = self._services.activities.preview_sessions(self._session, self.plan.plan())
        except DomainError as exc:
            self.errors.show(exc)
            return
        self.plan.show_checks(checks)

    def save(self) -> ActivityDetail:
        return self._services.activities.add_sessions(
            self._session,
            self._detail.row.id,
            self.plan.plan(),
            skip_conflicts=self.plan.skip_conflicts(),
        )

    def refused(self, error: DomainError) -> None:
        if isinstance(error, ConflictError):
            shown = self.errors.messages().get("", "")
            self.check_dates()
            if shown:
                self.errors.show_text(shown)
