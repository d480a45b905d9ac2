"""Adding or changing a reporting member, and marking one as left.

A member's phone and ID number are only ever shown masked: when changing a member, leaving
either field empty keeps the stored number, and the field says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from hall_desk.domain.party_registry import (
    MAX_GRID,
    MAX_LEFT_REASON,
    MAX_NEIGHBOURHOOD,
    MAX_NOTE,
)
from hall_desk.services.party.registry import (
    ListEntry,
    MemberForm,
    MemberInfo,
    Places,
    RegistryService,
    UnitInfo,
)
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import from_qdate, hint_label, name_widget, to_qdate
from hall_desk.ui.kit.form_dialog import FormDialog

_GROW = QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow
#: Pool boxes per row of the talent-pool grid.
POOLS_PER_ROW = 4
#: Reasons a member leaves, offered while typing (anything else may be written).
LEAVING_REASONS = ("调离本县", "退休", "搬离本社区", "组织关系转出", "身体原因")


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def completing(edit: QLineEdit, words: Sequence[str]) -> QLineEdit:
    """Offer ``words`` (values already used) while typing, matching anywhere in them."""
    completer = QCompleter(list(words), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


class MemberDialog(FormDialog):
    """Add a member, or change one (``member`` given). Every bad field is marked at once."""

    def __init__(
        self,
        registry: RegistryService,
        session: StaffSession,
        *,
        units: Sequence[UnitInfo],
        pools: Sequence[ListEntry],
        places: Places,
        today: date,
        member: MemberInfo | None = None,
        unit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("memberDialog", parent, growth=_GROW)
        self._registry = registry
        self._session = session
        self.member = member
        self.setWindowTitle(
            self.tr("Add a reporting member")
            if member is None
            else self.tr("Change {name}").format(name=member.name)
        )
        self.setMinimumWidth(560)

        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.add_field("name", self.name, "name", self.tr("&Full name"), self.tr("Member's name"))

        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.unit.addItem("", None)
        for unit in units:
            if unit.active or (member is not None and unit.id == member.unit_id):
                self.unit.addItem(unit.name, unit.id)
        completer = self.unit.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line = self.unit.lineEdit()
        assert line is not None  # the box is editable
        line.setPlaceholderText(self.tr("Type part of the unit's name"))
        self.add_field("unit", self.unit, "unit", self.tr("&Unit"), self.tr("Unit that sent them"))

        self.phone = QLineEdit()
        self.phone.setMaxLength(30)
        self.add_field("phone", self.phone, "phone", self.tr("&Phone"), self.tr("Member's phone"))

        self.id_number = QLineEdit()
        self.id_number.setMaxLength(30)
        self.add_field(
            "id_number",
            self.id_number,
            "idNumber",
            self.tr("&ID number"),
            self.tr("Member's ID number (optional)"),
        )

        self.neighbourhood = completing(QLineEdit(), places.neighbourhoods)
        self.neighbourhood.setMaxLength(MAX_NEIGHBOURHOOD)
        self.neighbourhood.setPlaceholderText(self.tr("the 小区 they live in"))
        self.add_field(
            "neighbourhood",
            self.neighbourhood,
            "neighbourhood",
            self.tr("Nei&ghbourhood"),
            self.tr("Neighbourhood they live in"),
        )
        self.grid = completing(QLineEdit(), places.grids)
        self.grid.setMaxLength(MAX_GRID)
        self.grid.setPlaceholderText(self.tr("the 网格, e.g. 第三网格"))
        self.add_field("grid", self.grid, "grid", self.tr("G&rid"), self.tr("Grid they live in"))

        self.reported_on = date_edit(today)
        self.reported_on.setMaximumDate(to_qdate(today))
        self.add_short_field(
            "reported_on",
            self.reported_on,
            "reportedOn",
            self.tr("Reported &on"),
            self.tr("Day they reported to the community"),
        )

        pool_box = QWidget()
        grid = QGridLayout(pool_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.pool_boxes: dict[int, QCheckBox] = {}
        shown = [p for p in pools if p.active or (member is not None and p.id in member.pool_ids)]
        for index, pool in enumerate(shown):
            box = QCheckBox(pool.name)
            name_widget(
                box, f"memberDialog.pool.{pool.id}", self.tr("Talent pool {name}").format(
                    name=pool.name)
            )  # fmt: skip
            grid.addWidget(box, index // POOLS_PER_ROW, index % POOLS_PER_ROW)
            self.pool_boxes[pool.id] = box
        self.add_field("pools", pool_box, "pools", self.tr("Talent pools"), self.tr("Talent pools"))

        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("optional, e.g. free on weekends"))
        self.add_field("note", self.note, "note", self.tr("No&te"), self.tr("Note on the member"))

        self.finish(
            self.tr("Add") if member is None else self.tr("Save"),
            self.tr("Add the member") if member is None else self.tr("Save the member"),
            self.tr("Cancel"),
            hint=self.tr(
                "Phones and ID numbers are shown masked. The phone is needed to hand the "
                "member a demand."
            ),
        )
        if member is not None:
            self._fill(member)
        else:
            self.phone.setPlaceholderText(self.tr("mobile, or landline with area code"))
            self.id_number.setPlaceholderText(self.tr("optional"))
            self.unit.setCurrentIndex(max(0, self.unit.findData(unit_id)))
        self.name.setFocus()

    def _fill(self, member: MemberInfo) -> None:
        self.name.setText(member.name)
        self.unit.setCurrentIndex(max(0, self.unit.findData(member.unit_id)))
        self.phone.setPlaceholderText(
            self.tr("leave empty to keep {phone}").format(phone=member.masked_phone)
        )
        self.id_number.setPlaceholderText(
            self.tr("leave empty to keep {id}").format(id=member.masked_id)
            if member.masked_id
            else self.tr("optional")
        )
        self.neighbourhood.setText(member.neighbourhood)
        self.grid.setText(member.grid)
        self.reported_on.setDate(to_qdate(member.reported_on))
        for pool_id in member.pool_ids:
            if pool_id in self.pool_boxes:
                self.pool_boxes[pool_id].setChecked(True)
        self.note.setText(member.note)

    def chosen_unit(self) -> int | None:
        """The unit picked, or typed out in full; None when what is typed names none."""
        typed = self.unit.currentText().strip()
        index = self.unit.findText(typed, Qt.MatchFlag.MatchExactly)
        data = self.unit.itemData(index) if index >= 0 else None
        return int(data) if data is not None else None

    def form(self) -> MemberForm:
        return MemberForm(
            name=self.name.text(),
            unit_id=self.chosen_unit(),
            phone=self.phone.text(),
            id_number=self.id_number.text(),
            neighbourhood=self.neighbourhood.text(),
            grid=self.grid.text(),
            reported_on=from_qdate(self.reported_on.date()),
            pool_ids=tuple(i for i, box in self.pool_boxes.items() if box.isChecked()),
            note=self.note.text(),
        )

    def save(self) -> MemberInfo:
        if self.member is None:
            return self._registry.add_member(self._session, self.form())
        return self._registry.update_member(self._session, self.member.id, self.form())


class LeftDialog(FormDialog):
    """The member no longer serves here: since when, and why."""

    def __init__(
        self,
        registry: RegistryService,
        session: StaffSession,
        member: MemberInfo,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("leftDialog", parent, growth=_GROW)
        self._registry = registry
        self._session = session
        self.member = member
        self.setWindowTitle(self.tr("{name} has left").format(name=member.name))
        self.setMinimumWidth(460)
        who = QLabel(
            self.tr("{name}, sent by {unit}").format(name=member.name, unit=member.unit_name)
        )
        who.setProperty("role", "summary")
        who.setWordWrap(True)
        self.left_on = date_edit(today)
        self.left_on.setMaximumDate(to_qdate(today))
        self.add_short_field(
            "left_on", self.left_on, "leftOn", self.tr("Left &on"), self.tr("Day they left")
        )
        self.reason = completing(QLineEdit(), LEAVING_REASONS)
        self.reason.setMaxLength(MAX_LEFT_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. 调离本县, 退休"))
        self.add_field(
            "left_reason",
            self.reason,
            "reason",
            self.tr("Re&ason for leaving"),
            self.tr("Why they left"),
        )
        self.finish(
            self.tr("Mark as left"),
            self.tr("Mark the member as left"),
            self.tr("Cancel"),
            above=[who, hint_label(self.tr("Their demands and history stay in the records."))],
        )
        self.reason.setFocus()

    def save(self) -> MemberInfo:
        return self._registry.mark_left(
            self._session, self.member.id, from_qdate(self.left_on.date()), self.reason.text()
        )
