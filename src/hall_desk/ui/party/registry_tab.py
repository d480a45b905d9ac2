"""The registry tab of the party-service page (双报到): the reporting members and their units.

The search box (Ctrl+F) finds members by name, pinyin initials, the last digits of a phone or
ID number, or their unit; filters pick a unit, a talent pool and who is listed (active, due to
report again, left, everyone). Ctrl+N adds a member, Enter changes the selected one. A demand
number typed or scanned into the search box is handed on (``demandNumber``) to open it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from hall_desk.domain.demands import parse_demand_number
from hall_desk.domain.errors import DomainError
from hall_desk.services.party.registry import MemberFilter, MemberInfo, MemberState, PartyList
from hall_desk.ui.kit.common import message_text, name_widget
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.party.registry_feedback import FeedbackSheetDialog, print_sheet
from hall_desk.ui.party.registry_import import MemberImportDialog
from hall_desk.ui.party.registry_member_dialog import LeftDialog, MemberDialog
from hall_desk.ui.party.registry_models import MemberTableModel
from hall_desk.ui.party.registry_units import REGISTRY_NOTICE, UnitsDialog

#: Typing pauses this long before the list follows the search box.
SEARCH_DELAY_MS = 250
#: Notices after which the lists and filters are read again.
RELOAD_ON = frozenset({REGISTRY_NOTICE, "party_lists", "site"})


class RegistryTab(ListPanel):
    """Members in a table with their buttons; see the module docstring."""

    #: Enter on a demand number (typed or scanned) in the search box.
    demandNumber = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context.session, context.events, REGISTRY_NOTICE, parent)
        self.setObjectName("registryTab")
        self._context = context
        self._services = context.services
        self._registry = context.services.registry
        self._loaded = False
        self._notifying = False

        self.search = QLineEdit()
        name_widget(self.search, "registry.search", self.tr("Find a member"))
        self.search.setPlaceholderText(
            self.tr("Name, initials, last digits of the phone, or unit (Ctrl+F)")
        )
        self.search.setToolTip("Ctrl+F")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_entered)

        self.unit_filter = self._combo("registry.unitFilter", self.tr("Members of unit"))
        self.pool_filter = self._combo("registry.poolFilter", self.tr("Members in talent pool"))
        self.state_filter = self._combo("registry.stateFilter", self.tr("Which members"))
        for state, text in (
            (MemberState.ACTIVE, self.tr("Active members")),
            (MemberState.DUE, self.tr("Due to report again")),
            (MemberState.LEFT, self.tr("Members who left")),
            (MemberState.ALL, self.tr("Everyone")),
        ):
            self.state_filter.addItem(text, state.value)
        self.count = QLabel()
        self.count.setObjectName("registry.count")
        self.count.setProperty("role", "muted")
        self.top.addWidget(self.search, 2)
        self.top.addWidget(self.unit_filter, 1)
        self.top.addWidget(self.pool_filter)
        self.top.addWidget(self.state_filter)
        self.top.addWidget(self.count)

        self.model = MemberTableModel()
        self.table = self.list_table(
            self.model,
            "registry.table",
            self.tr("Reporting members"),
            stretch=[MemberTableModel.UNIT, MemberTableModel.POOLS],
            min_height=240,
            wrap=False,
            opens=self.edit_selected,
        )
        self.action_row(self._actions())
        self.message_line("registry.message", self.tr("Registry message"))
        self.lay_out()

        for keys, slot in (
            ("Ctrl+F", self.focus_search),
            ("Ctrl+N", self.add_member),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        context.events.changed.connect(self._on_changed)
        self.update_actions()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        name_widget(combo, name, accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(260)
        combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        return combo

    def _actions(self) -> list[ListAction]:
        return [
            ListAction("registry.add", self.tr("Add a member... (Ctrl+N)"),
                       self.tr("Add a reporting member"), self.add_member, needs_row=False),
            ListAction("registry.edit", self.tr("Change... (Enter)"),
                       self.tr("Change the selected member"), self.edit_selected),
            ListAction("registry.reportAgain", self.tr("Reported again"),
                       self.tr("The selected member has reported again today"),
                       self.report_again, allowed=lambda m: m.active),
            ListAction("registry.left", self.tr("Left..."),
                       self.tr("Mark the selected member as left, or bring them back"),
                       self.toggle_left, label=self._left_label),
            ListAction("registry.feedback", self.tr("Feedback sheet..."),
                       self.tr("Feedback sheet of the selected member"), self.feedback_sheet),
            ListAction("registry.import", self.tr("Import from Excel..."),
                       self.tr("Import members from an Excel file"), self.import_members,
                       needs_row=False),
            ListAction("registry.units", self.tr("Units..."),
                       self.tr("The reporting units and their agreements"), self.show_units,
                       needs_row=False),
        ]  # fmt: skip

    # -- showing -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """The filters' choices and the list, as they are in the database now."""
        self._loaded = True
        try:
            self._fill_filters()
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
        self.refresh()

    def _fill_filters(self) -> None:
        units = self._registry.units(self._session, include_retired=True)
        pools = self._registry.list_entries(self._session, PartyList.POOLS)
        self._refill(self.unit_filter, self.tr("All units"), [(u.name, u.id) for u in units])
        self._refill(self.pool_filter, self.tr("All talent pools"), [(p.name, p.id) for p in pools])

    @staticmethod
    def _refill(combo: QComboBox, everyone: str, choices: list[tuple[str, int]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for text, data in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def wanted(self) -> MemberFilter:
        return MemberFilter(
            text=self.search.text(),
            unit_id=self.unit_filter.currentData(),
            pool_id=self.pool_filter.currentData(),
            state=MemberState(self.state_filter.currentData()),
        )

    def load(self) -> None:
        self._search_timer.stop()
        members = self._registry.members(self._session, self.wanted())
        self.model.set_rows(members)
        self.count.setText(self.tr("{count} members").format(count=len(members)))

    def _filter_changed(self) -> None:
        if self._loaded:
            self.refresh()

    def _on_changed(self, what: str) -> None:
        if what in RELOAD_ON and self._loaded and not self._notifying:
            self.reload()

    def notify(self) -> None:
        # This tab has already reloaded; its own notice is for the other pages.
        self._notifying = True
        try:
            super().notify()
        finally:
            self._notifying = False

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_entered(self) -> None:
        number = parse_demand_number(self.search.text())
        if number is not None:
            self.search.clear()
            self.demandNumber.emit(number)
            return
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def selected_member(self) -> MemberInfo | None:
        member: MemberInfo | None = self.selected()
        return member

    # -- changes -----------------------------------------------------------------------------
    def _member_dialog(self, member: MemberInfo | None) -> MemberDialog | None:
        try:
            units = self._registry.units(self._session, include_retired=True)
            pools = self._registry.list_entries(self._session, PartyList.POOLS)
            places = self._registry.places(self._session)
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
            return None
        if member is None and not any(u.active for u in units):
            self.say(self.tr("Add the unit that sent the member first (Units...)."), ok=False)
            return None
        dialog = MemberDialog(
            self._registry,
            self._session,
            units=units,
            pools=pools,
            places=places,
            today=self._services.clock.today(),
            member=member,
            unit_id=self.unit_filter.currentData(),
            parent=self,
        )
        return self.open_window(dialog, self._saved)

    def add_member(self) -> MemberDialog | None:
        return self._member_dialog(None)

    def edit_selected(self) -> MemberDialog | None:
        member = self.chosen(self.tr("Select a member in the list first."))
        return None if member is None else self._member_dialog(member)

    def _saved(self, dialog: MemberDialog) -> None:
        member: MemberInfo = dialog.saved
        self._show_member(member)
        if dialog.member is None:
            text = self.tr("{name} ({unit}) has been registered.")
        else:
            text = self.tr("{name} has been saved.")
        self.say(text.format(name=member.name, unit=member.unit_name), ok=True)
        self.notify()

    def _show_member(self, member: MemberInfo) -> None:
        """Select ``member``, clearing a search or filter that hides them."""
        self.refresh()
        if not self.select(member.id):
            self.search.clear()
            for combo in (self.unit_filter, self.pool_filter):
                combo.setCurrentIndex(0)
            wanted = MemberState.ACTIVE if member.active else MemberState.LEFT
            self.state_filter.setCurrentIndex(self.state_filter.findData(wanted.value))
            self.refresh()
            self.select(member.id)

    def report_again(self) -> None:
        member = self.chosen(self.tr("Select a member in the list first."))
        if member is None:
            return
        done: list[MemberInfo] = []
        if not self.attempt(
            lambda: done.append(self._registry.report_again(self._session, member.id))
        ):
            return
        self.changed(
            self.tr("{name} reported again today; the next report is due on {day}.").format(
                name=member.name, day=done[0].rereport_due_on.isoformat()
            )
        )

    def _left_label(self, member: MemberInfo | None) -> tuple[str, str]:
        if member is not None and not member.active:
            return self.tr("Back"), self.tr("{name} serves again").format(name=member.name)
        return self.tr("Left..."), self.tr("Mark the selected member as left, or bring them back")

    def toggle_left(self) -> LeftDialog | None:
        member = self.chosen(self.tr("Select a member in the list first."))
        if member is None:
            return None
        if not member.active:
            if self.attempt(lambda: self._registry.bring_back(self._session, member.id)):
                self.changed(self.tr("{name} serves again.").format(name=member.name))
            return None
        dialog = LeftDialog(
            self._registry, self._session, member, self._services.clock.today(), self
        )
        return self.open_window(
            dialog,
            lambda d: self.changed(self.tr("{name} is marked as left.").format(name=d.member.name)),
        )

    def feedback_sheet(self) -> FeedbackSheetDialog | None:
        member = self.chosen(self.tr("Select a member in the list first."))
        if member is None:
            return None
        dialog = FeedbackSheetDialog(
            self._services.demand_slips,
            self._session,
            member_id=member.id,
            whose=member.name,
            today=self._services.clock.today(),
            default_dir=self._context.paths.exports_dir,
            parent=self,
        )
        return self.open_window(dialog, self._sheet_made)

    def _sheet_made(self, dialog: FeedbackSheetDialog) -> None:
        if dialog.saved_to is not None:
            self.say(self.tr("Saved as {path}").format(path=dialog.saved_to), ok=True)
        elif isinstance(dialog.saved, bytes):
            print_sheet(self, dialog.saved, dialog.title())

    def import_members(self) -> MemberImportDialog:
        dialog = MemberImportDialog(
            self._services.member_import,
            self._session,
            default_dir=self._context.paths.exports_dir,
            parent=self,
        )
        dialog.imported.connect(self._imported)
        return self.open_window(dialog, lambda _d: None)

    def _imported(self, _count: int) -> None:
        self.reload()
        self.notify()

    def show_units(self) -> UnitsDialog:
        dialog = UnitsDialog(
            self._registry,
            self._services.demand_slips,
            self._session,
            self._events,
            today=self._services.clock.today(),
            exports_dir=self._context.paths.exports_dir,
            parent=self,
        )
        dialog.finished.connect(lambda _result: self.reload())
        return self.open_window(dialog, lambda _d: None)
