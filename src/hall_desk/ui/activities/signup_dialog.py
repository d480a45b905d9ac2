"""Signing people up for an activity at the desk (活动报名), one after another.

The person is found as on the visitor desk (name, initials, phone tail or ID ending, then
Enter); for a children's activity the child is named with a birth date and the guardian is the
one found, with the guardian's phone typed when none is on record. Enter on the highlighted
"Sign up" button signs them up: the desk says "signed up" or the place on the waiting list, the
slip is printed at once, and the dialog is ready for the next person.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activities import Audience, SignupStatus
from hall_desk.domain.activity_rules import (
    FIELD_CHILD_BIRTH,
    FIELD_CHILD_NAME,
    FIELD_PHONE,
    FIELD_RELATION,
    FIELD_RESIDENT,
)
from hall_desk.domain.errors import DomainError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.printing.slips import SlipLayout
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import ActivityDetail, SignupForm, SignupRow
from hall_desk.services.residents import ResidentSummary
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities.activity_printing import print_signup_slip
from hall_desk.ui.kit.common import (
    FieldErrors,
    from_qdate,
    name_widget,
    restyle,
    size_within_screen,
    to_qdate,
    with_error_label,
)
from hall_desk.ui.kit.resident_search import ResidentSearch

PREFIX = "signup"
#: The relations the desk offers for a guardian, and the words stored and printed on the
#: (Chinese) slips and sign-in sheets whatever the desk's language; another one may be typed.
RELATIONS = (
    (QT_TRANSLATE_NOOP("SignupDialog", "Mother"), "母亲"),
    (QT_TRANSLATE_NOOP("SignupDialog", "Father"), "父亲"),
    (QT_TRANSLATE_NOOP("SignupDialog", "Grandparent"), "祖父母"),
    (QT_TRANSLATE_NOOP("SignupDialog", "Other relative"), "其他亲属"),
)


def outcome_text(row: SignupRow) -> str:
    """What the desk says after a sign-up: signed up, or the place on the waiting list."""
    if row.status is SignupStatus.WAITING:
        return QCoreApplication.translate(
            "SignupDialog", "{name} is on the waiting list, position {position} (slip {number})."
        ).format(name=row.name, position=row.waiting_position or "?", number=row.number)
    return QCoreApplication.translate(
        "SignupDialog", "{name} is signed up (slip {number})."
    ).format(name=row.name, number=row.number)


class SignupDialog(QDialog):
    """Sign-ups for one activity; ``signed`` lists every sign-up made while it was open."""

    def __init__(
        self,
        services: Services,
        session: StaffSession,
        detail: ActivityDetail,
        slip_layout: Callable[[], SlipLayout],
        *,
        changed: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signupDialog")
        self._services = services
        self._session = session
        self._detail = detail
        self._slip_layout = slip_layout
        self._changed = changed
        self.for_children = detail.audience is Audience.CHILDREN
        self.signed: list[SignupRow] = []
        self.person: ResidentSummary | None = None
        #: What was typed to find ``person``; Enter on it again signs them up.
        self._found_with = ""
        self.setWindowTitle(self.tr("Sign up: {title}").format(title=detail.row.title))

        self.about = QLabel()
        self.about.setObjectName(f"{PREFIX}.about")
        self.about.setWordWrap(True)
        general = QLabel()
        general.setObjectName(f"{PREFIX}.message")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.child_name = QLineEdit()
        self.child_birth = QDateEdit()
        self.relation = QComboBox()
        self.contact_phone = QLineEdit()
        if self.for_children:
            self._child_rows(form)
        self.finder = ResidentSearch(services.residents, session, prefix=PREFIX)
        self.finder.picked.connect(self.link_person)
        self.finder.notFound.connect(self._not_on_file)
        self.linked = QLabel()
        self.linked.setObjectName(f"{PREFIX}.linked")
        self.linked.setWordWrap(True)
        self.unlink_button = QPushButton(self.tr("Someone else"))
        name_widget(self.unlink_button, f"{PREFIX}.unlink", self.tr("Clear the chosen person"))
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.clicked.connect(self.unlink_person)
        person = QWidget()
        person_layout = QVBoxLayout(person)
        person_layout.setContentsMargins(0, 0, 0, 0)
        person_layout.addWidget(self.finder)
        linked_row = QHBoxLayout()
        linked_row.addWidget(self.linked, 1)
        linked_row.addWidget(self.unlink_button)
        person_layout.addLayout(linked_row)
        person_box, person_error = with_error_label(person, f"{PREFIX}.person.error")
        self.errors.add(FIELD_RESIDENT, self.finder.box, person_error)
        form.addRow(self.tr("Guardian") if self.for_children else self.tr("Person"), person_box)
        if self.for_children:
            self.errors.add_row(
                form, FIELD_PHONE, self.contact_phone, f"{PREFIX}.contactPhone",
                self.tr("Guardian's phone"), self.tr("Guardian's phone"),
            )  # fmt: skip

        self.print_slip = QCheckBox(self.tr("Print the slip at once"))
        name_widget(self.print_slip, f"{PREFIX}.printSlip", self.tr("Print the slip at once"))
        self.print_slip.setChecked(True)
        self.outcome = QLabel()
        self.outcome.setObjectName(f"{PREFIX}.result")
        self.outcome.setWordWrap(True)
        self.submit = QPushButton(self.tr("Sign up (Enter)"))
        name_widget(self.submit, f"{PREFIX}.submit", self.tr("Sign the person up"))
        self.submit.setDefault(True)
        self.submit.setProperty("role", "primary")
        self.submit.clicked.connect(self.sign_up)
        self.close_button = QPushButton(self.tr("Close"))
        name_widget(self.close_button, f"{PREFIX}.close", self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_slip)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.unlink_person()
        self._show_places()
        size_within_screen(self, 640, 460 if self.for_children else 360)
        self._first_field().setFocus()

    def _child_rows(self, form: QFormLayout) -> None:
        self.child_name.setPlaceholderText(self.tr("The child's full name"))
        self.errors.add_row(
            form, FIELD_CHILD_NAME, self.child_name, f"{PREFIX}.childName",
            self.tr("Child"), self.tr("The child's name"),
        )  # fmt: skip
        self.child_birth.setCalendarPopup(True)
        self.child_birth.setDisplayFormat("yyyy-MM-dd")
        today = self._services.clock.now().date()
        age = self._detail.age_min if self._detail.age_min is not None else 6
        self.child_birth.setDate(to_qdate(date(today.year - age, 1, 1)))
        self.child_birth.setMaximumDate(to_qdate(today))
        self.errors.add_row(
            form, FIELD_CHILD_BIRTH, self.child_birth, f"{PREFIX}.childBirth",
            self.tr("Born on"), self.tr("The child's date of birth"),
        )  # fmt: skip
        self.relation.setEditable(True)
        for label, stored in RELATIONS:
            self.relation.addItem(self.tr(label), stored)
        self.errors.add_row(
            form, FIELD_RELATION, self.relation, f"{PREFIX}.relation",
            self.tr("Guardian is the"), self.tr("How the guardian is related to the child"),
        )  # fmt: skip

    def _first_field(self) -> QWidget:
        return self.child_name if self.for_children else self.finder.box

    # -- the person ----------------------------------------------------------------------
    def link_person(self, resident: ResidentSummary) -> None:
        """The person (or the guardian) was found; Enter now signs them up."""
        self.person = resident
        self._found_with = self.finder.box.text().strip()
        details = " ".join(p for p in (resident.masked_phone, resident.masked_id) if p)
        self.linked.setText(
            self.tr("✓ {name} {details}").format(name=resident.name, details=details).strip()
        )
        restyle(self.linked, "role", "ok")
        self.unlink_button.show()
        if self.for_children:
            self.contact_phone.setPlaceholderText(
                self.tr("{phone} on record; type another only if needed").format(
                    phone=resident.masked_phone
                )
                if resident.masked_phone
                else self.tr("None on record: please type the guardian's phone")
            )
        self.submit.setFocus()

    def unlink_person(self) -> None:
        self.person = None
        self.linked.setText(
            self.tr("Find the guardian by name, initials, phone tail or ID ending, then Enter.")
            if self.for_children
            else self.tr("Find the person by name, initials, phone tail or ID ending, then Enter.")
        )
        restyle(self.linked, "role", "hint")
        self.unlink_button.hide()
        self.contact_phone.setPlaceholderText("")

    def _not_on_file(self, text: str) -> None:
        """Enter with no hit: with someone found (the box empty or still showing what found
        them), that signs them up."""
        if self.person is not None and text.strip() in ("", self._found_with):
            self.sign_up()
            return
        self.unlink_person()
        if text.strip():
            self.linked.setText(
                self.tr(
                    "Nobody on record matches “{text}”. Register the person at the visitor desk "
                    "first, then sign them up here."
                ).format(text=text.strip())
            )
            restyle(self.linked, "role", "error")

    # -- signing up ----------------------------------------------------------------------
    def _relation(self) -> str:
        """The chosen relation as stored (one offered: its Chinese word), or as typed."""
        text = self.relation.currentText().strip()
        index = self.relation.findText(text)
        return str(self.relation.itemData(index)) if index >= 0 else text

    def signup_form(self) -> SignupForm:
        person = self.person.id if self.person is not None else None
        if not self.for_children:
            return SignupForm(resident_id=person)
        return SignupForm(
            resident_id=person,
            child_name=self.child_name.text(),
            child_birth_date=from_qdate(self.child_birth.date()),
            guardian_relation=self._relation(),
            contact_phone=self.contact_phone.text(),
        )

    def sign_up(self) -> SignupRow | None:
        """Sign the person up; on success print the slip and get ready for the next one."""
        self.errors.clear()
        try:
            row = self._services.signups.sign_up(
                self._session, self._detail.row.id, self.signup_form()
            )
        except DomainError as exc:
            self.errors.show(exc)
            return None
        self.signed.append(row)
        said = outcome_text(row)
        self._say(said, "ok")
        if self._changed is not None:
            self._changed()
        if self.print_slip.isChecked():
            print_signup_slip(
                self,
                self._services,
                self._session,
                row.id,
                row.number,
                self._slip_layout(),
                report=lambda text: self._say(f"{said} {text}", "ok"),
            )
        self._next_person()
        self._show_places()
        return row

    def _next_person(self) -> None:
        self.finder.reset()
        self.unlink_person()
        if self.for_children:
            self.child_name.clear()
            self.contact_phone.clear()
        self._first_field().setFocus()

    def _say(self, text: str, role: str) -> None:
        self.outcome.setText(text)
        restyle(self.outcome, "role", role)

    def _show_places(self) -> None:
        """The activity's places, afresh (other desks sign people up too)."""
        with contextlib.suppress(DomainError):  # the places as last known are shown then
            self._detail = self._services.activities.detail(self._session, self._detail.row.id)
        row = self._detail.row
        text = self.tr("{number}  {title} · {enrolled} of {capacity} places taken").format(
            number=row.number, title=row.title, enrolled=row.enrolled, capacity=row.capacity
        )
        if row.waiting:
            text += " · " + self.tr("{waiting} waiting").format(waiting=row.waiting)
        if row.enrolled >= row.capacity:
            text += " · " + self.tr("new sign-ups go on the waiting list")
        if self.for_children and self._detail.age_min is not None:
            text += " · " + self.tr("ages {low}–{high}").format(
                low=self._detail.age_min, high=self._detail.age_max
            )
        self.about.setText(text)
