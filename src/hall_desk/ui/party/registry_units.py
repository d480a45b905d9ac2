"""The reporting units (报到单位) in a window of their own: the list with each unit's members
and the state of its agreement, adding, changing and retiring units, and a unit's feedback
sheet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hall_desk.services.party.demand_slips import DemandSlipService
from hall_desk.services.party.registry import RegistryService, UnitInfo
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import name_widget, size_within_screen
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.list_panel import ListAction, ListPanel
from hall_desk.ui.party.registry_feedback import FeedbackSheetDialog, print_sheet
from hall_desk.ui.party.registry_models import UnitTableModel
from hall_desk.ui.party.registry_unit_dialog import UnitDialog

#: What the registry's "data changed" notice names (units and members alike).
REGISTRY_NOTICE = "party_member"


class UnitListPanel(ListPanel):
    """The units with their buttons; a double-click or Enter changes the selected unit."""

    def __init__(
        self,
        registry: RegistryService,
        slips: DemandSlipService,
        session: StaffSession,
        events: DataEvents,
        *,
        today: date,
        exports_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, events, REGISTRY_NOTICE, parent)
        self.setObjectName("units.panel")
        self._registry = registry
        self._slips = slips
        self._today = today
        self._exports_dir = exports_dir

        self.show_retired = QCheckBox(self.tr("Show retired units"))
        name_widget(self.show_retired, "units.showRetired", self.tr("Show retired units"))
        self.show_retired.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("units.count")
        self.count.setProperty("role", "muted")
        self.top.addWidget(self.show_retired)
        self.top.addStretch(1)
        self.top.addWidget(self.count)

        self.model = UnitTableModel()
        self.table = self.list_table(
            self.model,
            "units.table",
            self.tr("Reporting units"),
            stretch=UnitTableModel.NAME,
            min_height=260,
            wrap=False,
            opens=self.edit_selected,
        )
        self.action_row(
            [
                ListAction(
                    "units.add",
                    self.tr("Add a unit..."),
                    self.tr("Add a reporting unit"),
                    self.add_unit,
                    needs_row=False,
                ),
                ListAction(
                    "units.edit",
                    self.tr("Change..."),
                    self.tr("Change the selected unit"),
                    self.edit_selected,
                ),
                ListAction(
                    "units.retire",
                    self.tr("Retire..."),
                    self.tr("Retire or restore the selected unit"),
                    self.toggle_retired,
                    label=self._retire_label,
                ),
                ListAction(
                    "units.feedback",
                    self.tr("Feedback sheet..."),
                    self.tr("Feedback sheet of the selected unit"),
                    self.feedback_sheet,
                ),
            ]
        )
        self.message_line("units.message", self.tr("Units message"))
        self.lay_out()
        self.update_actions()

    def load(self) -> None:
        units = self._registry.units(self._session, include_retired=True)
        shown = [u for u in units if u.active or self.show_retired.isChecked()]
        self.model.set_rows(shown)
        active = [u for u in units if u.active]
        self.count.setText(
            self.tr("{units} units, {members} members").format(
                units=len(active), members=sum(u.member_count for u in active)
            )
        )

    def _retire_label(self, unit: UnitInfo | None) -> tuple[str, str]:
        if unit is not None and not unit.active:
            return self.tr("Restore"), self.tr("Restore {name}").format(name=unit.name)
        return self.tr("Retire..."), self.tr("Retire or restore the selected unit")

    def add_unit(self) -> UnitDialog:
        dialog = UnitDialog(self._registry, self._session, self._today, None, self)
        return self.open_window(dialog, self._saved)

    def edit_selected(self) -> UnitDialog | None:
        unit = self.chosen(self.tr("Select a unit in the list first."))
        if unit is None:
            return None
        dialog = UnitDialog(self._registry, self._session, self._today, unit, self)
        return self.open_window(dialog, self._saved)

    def _saved(self, dialog: UnitDialog) -> None:
        unit: UnitInfo = dialog.saved
        self.refresh()
        self.select(unit.id)
        if dialog.unit is None:
            text = self.tr("{name} has been added to the reporting units.")
        else:
            text = self.tr("{name} has been saved.")
        self.say(text.format(name=unit.name), ok=True)
        self.notify()

    def toggle_retired(self) -> None:
        unit = self.chosen(self.tr("Select a unit in the list first."))
        if unit is None:
            return
        retire = unit.active
        question = self.tr(
            "Retire {name}?\n\nIt no longer reports to the community and cannot send new "
            "members. Its history stays, and you can restore it later."
        ).format(name=unit.name)
        if retire and not self.confirmed(self.tr("Retire a unit"), question):
            return
        if not self.attempt(
            lambda: self._registry.set_unit_retired(self._session, unit.id, retire)
        ):
            return
        text = self.tr("{name} is retired.") if retire else self.tr("{name} reports again.")
        self.changed(text.format(name=unit.name))

    def feedback_sheet(self) -> FeedbackSheetDialog | None:
        unit = self.chosen(self.tr("Select a unit in the list first."))
        if unit is None:
            return None
        dialog = FeedbackSheetDialog(
            self._slips,
            self._session,
            unit_id=unit.id,
            whose=unit.name,
            today=self._today,
            default_dir=self._exports_dir,
            parent=self,
        )
        return self.open_window(dialog, self._sheet_made)

    def _sheet_made(self, dialog: FeedbackSheetDialog) -> None:
        if dialog.saved_to is not None:
            self.say(self.tr("Saved as {path}").format(path=dialog.saved_to), ok=True)
        elif isinstance(dialog.saved, bytes):
            print_sheet(self, dialog.saved, dialog.title())


class UnitsDialog(QDialog):
    """The units window opened from the registry tab ("Units...")."""

    def __init__(
        self,
        registry: RegistryService,
        slips: DemandSlipService,
        session: StaffSession,
        events: DataEvents,
        *,
        today: date,
        exports_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unitsDialog")
        self.setWindowTitle(self.tr("Reporting units"))
        self.panel = UnitListPanel(
            registry, slips, session, events, today=today, exports_dir=exports_dir, parent=self
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        name_widget(close, "unitsDialog.close", self.tr("Close the units window"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        size_within_screen(self, 1080, 600)
        self.panel.refresh()
