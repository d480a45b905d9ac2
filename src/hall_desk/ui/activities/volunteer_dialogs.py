"""Dialogs of the volunteers tab: an activity's roles, signing a volunteer up for a role at a
session, and cancelling a shift with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import FieldError, ValidationError
from hall_desk.domain.volunteer_rules import (
    REASON_MAX,
    ROLE_NAME_MAX,
    ROLE_PLACES_MAX,
)
from hall_desk.services.activities.activity_records import (
    RoleForm,
    RoleInfo,
    SessionInfo,
    ShiftRow,
)
from hall_desk.services.activities.volunteers import VolunteerService
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities.volunteer_models import RoleLine, session_text
from hall_desk.ui.activities.volunteer_picker import VolunteerPicker
from hall_desk.ui.kit.common import name_widget
from hall_desk.ui.kit.form_dialog import FormDialog

_GROW = QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
#: The role table's fields a refusal may name; their messages say which row.
_ROW_FIELDS = ("name", "places", "description")
NEW_ROLE_PLACES = 2
#: Room for a role's name (ten characters or so) before it is widened by hand.
NAME_COLUMN_WIDTH = 160


def about_label(text: str, object_name: str) -> QLabel:
    """What a dialog is about, as its first line."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


class RolesDialog(FormDialog):
    """The volunteer roles of an activity (引导员, 助教 ...): name, places at each session and
    what the role does. A removed role that volunteers hold is kept for their records."""

    NAME, PLACES, DESCRIPTION = range(3)

    def __init__(
        self,
        volunteers: VolunteerService,
        session: StaffSession,
        activity_id: int,
        activity_title: str,
        roles: list[RoleInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("rolesDialog", parent, growth=_GROW)
        self._volunteers = volunteers
        self._session = session
        self._activity_id = activity_id
        self.setWindowTitle(self.tr("Volunteer roles of {title}").format(title=activity_title))
        self.setMinimumWidth(620)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Places"), self.tr("What the role does")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.PLACES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        self.table.setMinimumWidth(560)
        self.table.setColumnWidth(self.NAME, NAME_COLUMN_WIDTH)
        for role in roles:
            if role.active:
                self.add_role(role.name, role.places, role.description, role.id)
        if not self.table.rowCount():
            self.add_role()
        add = QPushButton(self.tr("Add a role"))
        name_widget(add, "rolesDialog.add", self.tr("Add a row for a new role"))
        add.setAutoDefault(False)
        add.clicked.connect(lambda _checked=False: self.add_role())
        remove = QPushButton(self.tr("Remove the role"))
        name_widget(remove, "rolesDialog.remove", self.tr("Remove the selected role"))
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda _checked=False: self.remove_selected())
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        line = QHBoxLayout()
        line.addWidget(add)
        line.addWidget(remove)
        line.addStretch(1)
        column.addLayout(line)
        self.add_field("roles", box, "roles", self.tr("&Roles"), self.tr("Volunteer roles"))
        name_widget(self.table, "rolesDialog.table", self.tr("Volunteer roles"))
        self.finish(
            self.tr("Save"),
            self.tr("Save the roles"),
            self.tr("Cancel"),
            hint=self.tr(
                "Places are per session. A role that volunteers already hold keeps them when it "
                "is removed; it is no longer offered."
            ),
        )
        self.table.setFocus()

    def add_role(
        self, name: str = "", places: int = NEW_ROLE_PLACES, description: str = "",
        role_id: int | None = None,
    ) -> int:  # fmt: skip
        """A row for a role (a new one without ``role_id``); its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, role_id)
        self.table.setItem(row, self.NAME, item)
        spin = QSpinBox()
        spin.setRange(1, ROLE_PLACES_MAX)
        spin.setValue(places)
        name_widget(spin, f"rolesDialog.places{row}", self.tr("Places of the role"))
        self.table.setCellWidget(row, self.PLACES, spin)
        self.table.setItem(row, self.DESCRIPTION, QTableWidgetItem(description))
        return row

    def set_role(self, row: int, name: str, places: int, description: str = "") -> None:
        """Fill row ``row`` (rows are added up to it)."""
        while self.table.rowCount() <= row:
            self.add_role()
        keep = self.table.item(row, self.NAME)
        role_id = keep.data(Qt.ItemDataRole.UserRole) if keep is not None else None
        item = QTableWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, role_id)
        self.table.setItem(row, self.NAME, item)
        self._spin(row).setValue(places)
        self.table.setItem(row, self.DESCRIPTION, QTableWidgetItem(description))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _spin(self, row: int) -> QSpinBox:
        spin = self.table.cellWidget(row, self.PLACES)
        assert isinstance(spin, QSpinBox)
        return spin

    def forms(self) -> list[RoleForm]:
        """Every row with a name or a description (an untouched new row is left out)."""
        forms: list[RoleForm] = []
        for row in range(self.table.rowCount()):
            name_item = self.table.item(row, self.NAME)
            text_item = self.table.item(row, self.DESCRIPTION)
            name = name_item.text() if name_item is not None else ""
            description = text_item.text() if text_item is not None else ""
            role_id = name_item.data(Qt.ItemDataRole.UserRole) if name_item is not None else None
            if role_id is None and not name.strip() and not description.strip():
                continue
            forms.append(
                RoleForm(name[:ROLE_NAME_MAX], self._spin(row).value(), description, role_id)
            )
        return forms

    def save(self) -> list[RoleInfo]:
        try:
            return self._volunteers.save_roles(self._session, self._activity_id, self.forms())
        except ValidationError as exc:
            # The messages name the row; here every row is in the one table.
            raise ValidationError.many(
                FieldError("roles" if e.field in _ROW_FIELDS else e.field, e.message)
                for e in exc.errors
            ) from None


class VolunteerSignupDialog(FormDialog):
    """A volunteer (a 双报到 member or a resident) takes a place in a role at one session."""

    def __init__(
        self,
        volunteers: VolunteerService,
        session: StaffSession,
        activity_title: str,
        meeting: SessionInfo,
        roles: list[RoleLine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("volunteerSignup", parent, growth=_GROW)
        self._volunteers = volunteers
        self._session = session
        self._meeting = meeting
        self.setWindowTitle(self.tr("Sign a volunteer up"))
        self.setMinimumWidth(640)
        self.role = QComboBox()
        for role in roles:
            text = self.tr("{role} ({filled} of {places} places taken)").format(
                role=role.name, filled=role.filled, places=role.places
            )
            self.role.addItem(text, role.id)
        first_free = next((i for i, r in enumerate(roles) if not r.full), 0)
        self.role.setCurrentIndex(first_free)
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_short_field(
            "role", self.role, "role", self.tr("&Role"), self.tr("Role the volunteer takes")
        )
        self.picker = VolunteerPicker(volunteers, session, "volunteerSignup")
        self.add_field(
            "volunteer", self.picker, "volunteer", self.tr("&Volunteer"),
            self.tr("The party member or resident who volunteers"),
        )  # fmt: skip
        self.finish(
            self.tr("Sign up"),
            self.tr("Sign the volunteer up for the role"),
            self.tr("Cancel"),
            above=[
                about_label(f"{activity_title} — {session_text(meeting)}", "volunteerSignup.about")
            ],
            hint=self.tr("A person volunteers once per session."),
        )
        self.picker.search.setFocus()

    def save(self) -> ShiftRow:
        chosen = self.picker.chosen()
        if chosen is None:
            raise ValidationError(
                self.tr("Find the volunteer and choose them in the list."), field="volunteer"
            )
        role_id = self.role.currentData()
        if role_id is None:
            raise ValidationError(self.tr("The activity has no volunteer roles yet."), field="role")
        return self._volunteers.sign_up(self._session, int(role_id), self._meeting.id, chosen.ref)


class CancelShiftDialog(FormDialog):
    """Cancels a volunteer's shift; the reason is required and kept with the shift."""

    def __init__(
        self,
        volunteers: VolunteerService,
        session: StaffSession,
        shift: ShiftRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("cancelShift", parent, growth=_GROW)
        self._volunteers = volunteers
        self._session = session
        self._shift = shift
        self.setWindowTitle(self.tr("Cancel a volunteer's shift"))
        self.setMinimumWidth(480)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(self.tr("At most {max} characters").format(max=REASON_MAX))
        self.add_field(
            "reason", self.reason, "reason", self.tr("&Why"), self.tr("Why the shift is cancelled")
        )
        self.finish(
            self.tr("Cancel the shift"),
            self.tr("Cancel the volunteer's shift"),
            self.tr("Keep it"),
            above=[
                about_label(
                    f"{shift.name} — {shift.role_name}, {shift.activity_title} "
                    f"{shift.starts_at:%Y-%m-%d %H:%M}",
                    "cancelShift.about",
                )
            ],
        )
        self.reason.setFocus()

    def save(self) -> ShiftRow:
        return self._volunteers.cancel(self._session, self._shift.id, self.reason.toPlainText())
