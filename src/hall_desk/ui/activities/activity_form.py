"""The new-activity and edit-activity dialog: what the activity is, who runs it, how many may
come and who (everyone, or children of an age with a guardian), when sign-up is open, and, for a
new activity, its sessions with their rooms (see ``activity_plan``).

A refusal marks the fields it names and nothing typed is lost. When a room cannot be booked for
a date, the dates are checked at once and listed, and the desk may leave the bad ones out.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activities import (
    ACTIVITY_KIND_LABELS,
    AUDIENCE_LABELS,
    ORGANISER_KIND_LABELS,
    ActivityKind,
    Audience,
    OrganiserKind,
)
from hall_desk.domain.activity_rules import (
    FIELD_AGES,
    FIELD_CAPACITY,
    FIELD_DESCRIPTION,
    FIELD_KIND,
    FIELD_ORGANISER,
    FIELD_TITLE,
    FIELD_WINDOW,
    MAX_AGE,
    MAX_CAPACITY,
    MIN_AGE,
    MIN_CAPACITY,
)
from hall_desk.domain.errors import ConflictError, DomainError
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import (
    ActivityDetail,
    ActivityForm,
    OrganiserChoice,
)
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities.activity_plan import SessionPlanPanel
from hall_desk.ui.kit.common import name_widget, translate_message
from hall_desk.ui.kit.form_dialog import FormDialog

PREFIX = "activityForm"
_GROW = QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow


def organiser_text(choice: OrganiserChoice) -> str:
    """The center by its name; a unit or project with what it is."""
    if choice.kind is OrganiserKind.CENTER:
        return choice.name or translate_message(ORGANISER_KIND_LABELS[choice.kind])
    return f"{choice.name}（{translate_message(ORGANISER_KIND_LABELS[choice.kind])}）"


def to_qdatetime(at: datetime) -> QDateTime:
    return QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0)


def from_qdatetime(q: QDateTime) -> datetime:
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ActivityFormDialog(FormDialog):
    """A new activity (with its sessions) or an activity edited. ``saved`` is the
    ``ActivityDetail`` once accepted."""

    def __init__(
        self,
        services: Services,
        session: StaffSession,
        *,
        detail: ActivityDetail | None = None,
        first_day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(PREFIX, parent, growth=_GROW)
        self._services = services
        self._session = session
        self._detail = detail
        today = services.clock.now().date()
        self.setWindowTitle(self.tr("Edit the activity") if detail else self.tr("New activity"))

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. 暑期托管班, 健康讲座, 非遗剪纸培训"))
        self.add_field(
            FIELD_TITLE, self.title, "title", self.tr("&Title"), self.tr("Activity title")
        )
        self.kind = QComboBox()
        for kind in ActivityKind:
            self.kind.addItem(translate_message(ACTIVITY_KIND_LABELS[kind]), kind.value)
        self.add_field(FIELD_KIND, self.kind, "kind", self.tr("&Kind"), self.tr("Kind of activity"))
        self.organiser = QComboBox()
        for choice in services.activities.organisers(session):
            self.organiser.addItem(organiser_text(choice), (choice.kind.value, choice.id))
        self.add_field(
            FIELD_ORGANISER, self.organiser, "organiser", self.tr("&Organiser"),
            self.tr("Who runs the activity"),
        )  # fmt: skip
        self.capacity = QSpinBox()
        self.capacity.setRange(MIN_CAPACITY, MAX_CAPACITY)
        self.capacity.setValue(30)
        self.capacity.setSuffix(self.tr(" places"))
        self.add_short_field(
            FIELD_CAPACITY, self.capacity, "capacity", self.tr("&Places"),
            self.tr("How many people may sign up"),
        )  # fmt: skip

        self.audience = QComboBox()
        for audience in Audience:
            self.audience.addItem(translate_message(AUDIENCE_LABELS[audience]), audience.value)
        self.age_min = QSpinBox()
        self.age_min.setRange(MIN_AGE, MAX_AGE)
        self.age_min.setValue(6)
        name_widget(self.age_min, f"{PREFIX}.ageMin", self.tr("Youngest age"))
        self.age_max = QSpinBox()
        self.age_max.setRange(MIN_AGE, MAX_AGE)
        self.age_max.setValue(12)
        self.age_max.setSuffix(self.tr(" years"))
        name_widget(self.age_max, f"{PREFIX}.ageMax", self.tr("Oldest age"))
        self.ages = self._row(QLabel(self.tr("aged")), self.age_min, QLabel("–"), self.age_max)
        self.add_short_field(
            FIELD_AGES, self.audience, "audience", self.tr("&Who may come"),
            self.tr("Who may sign up"), beside=self.ages,
        )  # fmt: skip
        self.audience.currentIndexChanged.connect(self._audience_changed)

        start = datetime.combine(today, time(8, 0))
        self.opens_on = QCheckBox(self.tr("from"))
        self.opens_at = QDateTimeEdit(to_qdatetime(start))
        self.closes_on = QCheckBox(self.tr("until"))
        name_widget(self.closes_on, f"{PREFIX}.closesOn", self.tr("Sign-up closes at a set time"))
        self.closes_at = QDateTimeEdit(to_qdatetime(start + timedelta(days=7, hours=10)))
        for edit, name, accessible in (
            (self.opens_at, "opensAt", self.tr("Sign-up opens at")),
            (self.closes_at, "closesAt", self.tr("Sign-up closes at")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            name_widget(edit, f"{PREFIX}.{name}", accessible)
        self.opens_on.toggled.connect(self.opens_at.setEnabled)
        self.closes_on.toggled.connect(self.closes_at.setEnabled)
        self.add_short_field(
            FIELD_WINDOW, self.opens_on, "opensOn", self.tr("&Sign-up"),
            self.tr("Sign-up opens at a set time"),
            beside=self._row(self.opens_at, self.closes_on, self.closes_at),
        )  # fmt: skip

        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.description.setPlaceholderText(self.tr("What happens, what to bring, who to ask"))
        self.add_field(
            FIELD_DESCRIPTION, self.description, "description", self.tr("&Description"),
            self.tr("Description of the activity"),
        )  # fmt: skip

        self.plan: SessionPlanPanel | None = None
        body = QHBoxLayout()
        body.addLayout(self.form_layout, 5)
        if detail is None:
            rooms = services.rooms.rooms(session)
            self.plan = SessionPlanPanel(
                rooms, first_day or today + timedelta(days=1), self.errors, prefix=PREFIX
            )
            self.plan.check_button.clicked.connect(self.check_dates)
            right = QVBoxLayout()
            right.addWidget(self.plan)
            right.addStretch(1)
            body.addLayout(right, 6)
        submit = self.tr("Save") if detail else self.tr("Create the activity")
        self.finish(submit, self.tr("Save the activity"), self.tr("Cancel"), body=body)
        self.submit.setProperty("role", "primary")
        if detail is not None:
            self._fill(detail)
        self._audience_changed()
        self.opens_at.setEnabled(self.opens_on.isChecked())
        self.closes_at.setEnabled(self.closes_on.isChecked())
        self.title.setFocus()

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        """Widgets side by side, as one field of the form."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        return row

    # -- filling and reading -------------------------------------------------------------
    def _fill(self, detail: ActivityDetail) -> None:
        form = detail.form
        self.title.setText(form.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(form.kind)))
        wanted = (form.organiser_kind, form.organiser_id)
        index = self.organiser.findData(wanted)
        if index < 0:  # a unit or project no longer offered keeps its activities
            row = detail.row
            choice = OrganiserChoice(row.organiser_kind, form.organiser_id, row.organiser_name)
            self.organiser.addItem(organiser_text(choice), wanted)
            index = self.organiser.count() - 1
        self.organiser.setCurrentIndex(index)
        self.capacity.setValue(int(form.capacity))
        self.audience.setCurrentIndex(max(0, self.audience.findData(form.audience)))
        if detail.age_min is not None:
            self.age_min.setValue(detail.age_min)
        if detail.age_max is not None:
            self.age_max.setValue(detail.age_max)
        self.opens_on.setChecked(detail.signup_opens_at is not None)
        if detail.signup_opens_at is not None:
            self.opens_at.setDateTime(to_qdatetime(detail.signup_opens_at))
        self.closes_on.setChecked(detail.signup_closes_at is not None)
        if detail.signup_closes_at is not None:
            self.closes_at.setDateTime(to_qdatetime(detail.signup_closes_at))
        self.description.setPlainText(detail.description)

    def _audience_changed(self, _index: int = 0) -> None:
        children = self.audience.currentData() == Audience.CHILDREN.value
        self.ages.setEnabled(children)

    def activity_form(self) -> ActivityForm:
        children = self.audience.currentData() == Audience.CHILDREN.value
        organiser_kind, organiser_id = self.organiser.currentData() or (
            OrganiserKind.CENTER.value,
            None,
        )
        return ActivityForm(
            title=self.title.text(),
            kind=self.kind.currentData(),
            organiser_kind=organiser_kind,
            organiser_id=organiser_id,
            capacity=self.capacity.value(),
            audience=self.audience.currentData(),
            age_min=self.age_min.value() if children else None,
            age_max=self.age_max.value() if children else None,
            signup_opens_at=(
                from_qdatetime(self.opens_at.dateTime()) if self.opens_on.isChecked() else None
            ),
            signup_closes_at=(
                from_qdatetime(self.closes_at.dateTime()) if self.closes_on.isChecked() else None
            ),
            description=self.description.toPlainText(),
        )

    # -- the dates and saving ------------------------------------------------------------
    def check_dates(self) -> None:
        """List every date of the plan with what stops its room being booked."""
        if self.plan is None:
            return
        self.errors.clear()
        try:
            checks = self._services.activities.preview_sessions(self._session, self.plan.plan())
        except DomainError as exc:
            self.errors.show(exc)
            return
        self.plan.show_checks(checks)

    def save(self) -> ActivityDetail:
        if self._detail is not None:
            return self._services.activities.update(
                self._session, self._detail.row.id, self.activity_form()
            )
        assert self.plan is not None
        plan = self.plan.plan()
        return self._services.activities.create(
            self._session,
            self.activity_form(),
            plan,
            skip_conflicts=self.plan.skip_conflicts(),
        )

    def refused(self, error: DomainError) -> None:
        """A room taken on some date: show every date, so the desk can leave those out."""
        if isinstance(error, ConflictError) and self.plan is not None:
            shown = self.errors.messages().get("", "")
            self.check_dates()
            if shown:
                self.errors.show_text(shown)
