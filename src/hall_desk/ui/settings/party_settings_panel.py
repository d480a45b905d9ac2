"""The party-service settings (党员服务) of a center, kept by administrators: the talent pools,
the kinds of demand, the "1341" response clock and the working days a meeting's problem gets.

Pools and kinds are renamed, retired (members and demands keep them) and ordered here; a new
center starts from the lists shipped in ``resources/party``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.demands import MAX_CLOCK_MINUTES, ResponseClock
from hall_desk.domain.errors import DomainError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_lists import LIST_NAME_MAX
from hall_desk.domain.problem_lists import MAX_PROBLEM_WORKING_DAYS, MIN_PROBLEM_WORKING_DAYS
from hall_desk.services.party.demands import DemandService
from hall_desk.services.party.problem_lists import ProblemListService
from hall_desk.services.party.registry import ListEntry, PartyList, RegistryService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import FieldErrors, message_text, name_widget, restyle
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.form_dialog import FormDialog
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

#: What the "data changed" notice names after a pool or a kind changed.
LISTS_NOTICE = "party_lists"
RETIRED_COLOUR = QColor("#78909c")


@dataclass(frozen=True)
class PartySettingsServices:
    """The services behind the panel."""

    registry: RegistryService
    demands: DemandService
    problem_lists: ProblemListService


class ListEntryModel(RowTableModel):
    """A pool or a kind per row, with how much it is used; retired entries are grey."""

    NAME, USED, STATUS = range(3)
    CONTEXT = "ListEntryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ListEntryModel", "Name"),
        QT_TRANSLATE_NOOP("ListEntryModel", "Used by"),
        QT_TRANSLATE_NOOP("ListEntryModel", "Status"),
    )

    def text(self, entry: ListEntry, column: int) -> str:
        match column:
            case self.NAME:
                return entry.name
            case self.USED:
                return str(entry.use_count)
            case self.STATUS:
                return self.tr("In use") if entry.active else self.tr("Retired")
        return ""

    def styled(self, entry: ListEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not entry.active:
            return RETIRED_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.USED:
            return RIGHT_ALIGNED
        return None


class EntryNameDialog(FormDialog):
    """The name of a new entry, or a new name for one (``entry`` given)."""

    def __init__(
        self,
        registry: RegistryService,
        session: StaffSession,
        which: PartyList,
        entry: ListEntry | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("entryDialog", parent)
        self._registry = registry
        self._session = session
        self._which = which
        self.entry = entry
        pools = which is PartyList.POOLS
        if entry is None:
            title = self.tr("Add a talent pool") if pools else self.tr("Add a kind of demand")
        else:
            title = self.tr("Rename {name}").format(name=entry.name)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.name = QLineEdit(entry.name if entry is not None else "")
        self.name.setMaxLength(LIST_NAME_MAX)
        self.add_field("name", self.name, "name", self.tr("&Name"), self.tr("Name"))
        self.finish(
            self.tr("Add") if entry is None else self.tr("Rename"),
            title,
            self.tr("Cancel"),
            hint=self.tr("What was filed under the old name keeps it under the new one.")
            if entry is not None
            else "",
        )
        self.name.setFocus()

    def save(self) -> ListEntry:
        if self.entry is None:
            return self._registry.add_entry(self._session, self._which, self.name.text())
        return self._registry.rename_entry(
            self._session, self._which, self.entry.id, self.name.text()
        )


class PartyListSection(ListPanel):
    """One of the two lists with its buttons: add, rename, retire or restore, move."""

    def __init__(
        self,
        registry: RegistryService,
        session: StaffSession,
        events: DataEvents,
        which: PartyList,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, events, LISTS_NOTICE, parent)
        self._registry = registry
        self._which = which
        key = "pools" if which is PartyList.POOLS else "kinds"
        self.setObjectName(f"partySettings.{key}")
        self.model = ListEntryModel()
        self.table = self.list_table(
            self.model,
            f"partySettings.{key}.table",
            self.tr("Talent pools") if which is PartyList.POOLS else self.tr("Kinds of demand"),
            stretch=ListEntryModel.NAME,
            min_height=150,
            wrap=False,
            opens=self.rename_selected,
        )
        self.action_row(
            [
                ListAction(f"partySettings.{key}.add", self.tr("Add..."), self.tr("Add an entry"),
                           self.add_entry, needs_row=False),
                ListAction(f"partySettings.{key}.rename", self.tr("Rename..."),
                           self.tr("Rename the selected entry"), self.rename_selected),
                ListAction(f"partySettings.{key}.retire", self.tr("Retire"),
                           self.tr("Retire or restore the selected entry"), self.toggle_retired,
                           label=self._retire_label),
                ListAction(f"partySettings.{key}.up", self.tr("Up"),
                           self.tr("Move the selected entry up"), lambda: self.move_selected(-1)),
                ListAction(f"partySettings.{key}.down", self.tr("Down"),
                           self.tr("Move the selected entry down"), lambda: self.move_selected(1)),
            ]
        )  # fmt: skip
        self.message_line(f"partySettings.{key}.message", self.tr("List message"))
        self.lay_out(margins=0)
        self.update_actions()

    def load(self) -> None:
        self.model.set_rows(self._registry.list_entries(self._session, self._which))

    def _retire_label(self, entry: ListEntry | None) -> tuple[str, str]:
        if entry is not None and not entry.active:
            return self.tr("Restore"), self.tr("Restore {name}").format(name=entry.name)
        return self.tr("Retire"), self.tr("Retire or restore the selected entry")

    def add_entry(self) -> EntryNameDialog:
        dialog = EntryNameDialog(self._registry, self._session, self._which, None, self)
        return self.open_window(dialog, self._named)

    def rename_selected(self) -> EntryNameDialog | None:
        entry = self.chosen(self.tr("Select an entry in the list first."))
        if entry is None:
            return None
        dialog = EntryNameDialog(self._registry, self._session, self._which, entry, self)
        return self.open_window(dialog, self._named)

    def _named(self, dialog: EntryNameDialog) -> None:
        entry: ListEntry = dialog.saved
        self.refresh()
        self.select(entry.id)
        text = (
            self.tr("{name} is added.") if dialog.entry is None else self.tr("Renamed to {name}.")
        )
        self.say(text.format(name=entry.name), ok=True)
        self.notify()

    def toggle_retired(self) -> None:
        entry = self.chosen(self.tr("Select an entry in the list first."))
        if entry is None:
            return
        retire = entry.active
        if self.attempt(
            lambda: self._registry.set_entry_retired(self._session, self._which, entry.id, retire)
        ):
            text = (
                self.tr("{name} is retired; what was filed under it keeps it.")
                if retire
                else self.tr("{name} is in use again.")
            )
            self.changed(text.format(name=entry.name))

    def move_selected(self, step: int) -> None:
        entry = self.chosen(self.tr("Select an entry in the list first."))
        if entry is None:
            return
        if self.attempt(
            lambda: self._registry.move_entry(self._session, self._which, entry.id, step)
        ):
            self.refresh()
            self.unsay()
            self.notify()


class PartySettingsPanel(QWidget):
    """The two lists side by side and the clocks under them."""

    def __init__(
        self,
        services: PartySettingsServices,
        session: StaffSession,
        events: DataEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings.partyPanel")
        self._services = services
        self._session = session
        self._events = events
        self.pools = PartyListSection(services.registry, session, events, PartyList.POOLS)
        self.kinds = PartyListSection(services.registry, session, events, PartyList.CATEGORIES)
        lists = QHBoxLayout()
        for title, section in (
            (self.tr("Talent pools (人才库)"), self.pools),
            (self.tr("Kinds of demand (需求分类)"), self.kinds),
        ):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(section)
            lists.addWidget(group, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addWidget(self._clock_group())

    def _clock_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Clocks"))
        group.setObjectName("partySettings.clocks")
        general = QLabel()
        general.setObjectName("partySettings.clockError")
        self.clock_errors = FieldErrors(general)
        left, right = QFormLayout(), QFormLayout()

        def spin(field: str, name: str, label: str, accessible: str, top: int, suffix: str,
                 form: QFormLayout) -> QSpinBox:  # fmt: skip
            box = QSpinBox()
            box.setRange(1, top)
            box.setSuffix(suffix)
            box.setMinimumWidth(130)
            box.setAccelerated(True)
            self.clock_errors.add_row(form, field, box, f"partySettings.{name}", label, accessible)
            return box

        minutes = self.tr(" min")
        self.on_site = spin(
            "on_site_minutes", "onSite", self.tr("On site within"),
            self.tr("Minutes to be on site"), MAX_CLOCK_MINUTES, minutes, left,
        )  # fmt: skip
        self.general = spin(
            "general_minutes", "general", self.tr("Ordinary problem solved in"),
            self.tr("Minutes to solve an ordinary problem"), MAX_CLOCK_MINUTES, minutes, left,
        )  # fmt: skip
        self.complex = spin(
            "complex_minutes", "complex", self.tr("Complex problem solved in"),
            self.tr("Minutes to solve a complex problem"), MAX_CLOCK_MINUTES, minutes, left,
        )  # fmt: skip
        self.major = spin(
            "major_plan_minutes", "major", self.tr("Plan for a major one in"),
            self.tr("Minutes to make a plan for a major problem"), MAX_CLOCK_MINUTES, minutes,
            right,
        )  # fmt: skip
        self.working_days = spin(
            "working_days", "workingDays", self.tr("Meeting problems solved in"),
            self.tr("Working days to solve a problem from a meeting"),
            MAX_PROBLEM_WORKING_DAYS, self.tr(" working days"), right,
        )  # fmt: skip
        self.working_days.setMinimum(MIN_PROBLEM_WORKING_DAYS)
        self.apply_button = QPushButton(self.tr("Apply"))
        name_widget(self.apply_button, "partySettings.applyClocks", self.tr("Apply the clocks"))
        self.apply_button.clicked.connect(lambda _checked=False: self.apply_clocks())
        self.clock_note = QLabel()
        name_widget(self.clock_note, "partySettings.clockNote", self.tr("Clocks message"))
        self.clock_note.setWordWrap(True)
        self.clock_note.hide()
        hint = QLabel(
            self.tr(
                "The “1341” promise: on site within 10 minutes, an ordinary problem solved in "
                "30 minutes, a complex one in 4 hours, a plan for a major one within a day. A "
                "change applies to demands taken on from now on."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        forms = QHBoxLayout()
        forms.addLayout(left)
        forms.addLayout(right)
        forms.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.clock_note, 1)
        box = QVBoxLayout(group)
        box.addLayout(forms)
        box.addWidget(hint)
        box.addWidget(general)
        box.addLayout(buttons)
        return group

    # -- reading and saving ------------------------------------------------------------------
    def refresh(self) -> None:
        """The lists and clocks as they are in the database now."""
        self.pools.refresh()
        self.kinds.refresh()
        self.clock_errors.clear()
        try:
            clock = self._services.demands.response_clock(self._session)
            days = self._services.problem_lists.working_days(self._session)
        except DomainError as exc:
            self.clock_errors.show_text(message_text(exc))
            return
        self.on_site.setValue(clock.on_site_minutes)
        self.general.setValue(clock.general_minutes)
        self.complex.setValue(clock.complex_minutes)
        self.major.setValue(clock.major_plan_minutes)
        self.working_days.setValue(days)

    def apply_clocks(self) -> bool:
        """Save the five values; a value the rules refuse is marked and nothing is saved."""
        self.clock_note.hide()
        self.clock_errors.clear()
        try:
            clock = ResponseClock(
                on_site_minutes=self.on_site.value(),
                general_minutes=self.general.value(),
                complex_minutes=self.complex.value(),
                major_plan_minutes=self.major.value(),
            )
            self._services.demands.set_response_clock(self._session, clock)
            self._services.problem_lists.set_working_days(self._session, self.working_days.value())
        except DomainError as exc:
            self.clock_errors.show(exc)
            return False
        restyle(self.clock_note, "role", "ok")
        self.clock_note.setText(
            QCoreApplication.translate(
                "PartySettingsPanel", "Saved. New demands and meeting problems get these times."
            )
        )
        self.clock_note.show()
        self._events.changed.emit("demand_clock")
        return True
