"""Settings (设置), in tabs: this PC and the center (General), staff accounts, the service
list, the holiday calendar and the function rooms."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desk.config import LANGUAGES, SLIP_LAYOUTS, Preferences
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import DomainError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.activities.volunteers import VolunteerService
from hall_desk.services.bookings.rooms import RoomService
from hall_desk.services.calendar import CalendarService
from hall_desk.services.catalogue import CatalogueService
from hall_desk.services.safety.backups import BackupService
from hall_desk.services.safety.retention import RetentionService
from hall_desk.services.session import StaffSession
from hall_desk.services.sites import SiteService
from hall_desk.services.staff import StaffService
from hall_desk.ui.kit.common import FieldErrors, message_text, name_widget, restyle
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.password_box import PasswordBox
from hall_desk.ui.settings.activity_settings_panel import ActivitySettingsPanel
from hall_desk.ui.settings.backup_panel import BackupPanel
from hall_desk.ui.settings.calendar_panel import CalendarPanel
from hall_desk.ui.settings.catalogue_panel import CataloguePanel
from hall_desk.ui.settings.idle_lock_box import IdleLockBox
from hall_desk.ui.settings.party_settings_panel import PartySettingsPanel, PartySettingsServices
from hall_desk.ui.settings.retention_box import RetentionBox
from hall_desk.ui.settings.rooms_panel import RoomsPanel
from hall_desk.ui.settings.staff_panel import StaffPanel

# Each language is named in itself, so anyone can find their own whatever is shown now.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}

# The paper of the slip printer, in the order offered.
SLIP_LAYOUT_NAMES = {
    "a5": QT_TRANSLATE_NOOP("SettingsPage", "A5 sheet"),
    "roll80": QT_TRANSLATE_NOOP("SettingsPage", "80 mm receipt roll"),
}


class SettingsPage(QWidget):
    def __init__(
        self,
        staff: StaffService,
        sites: SiteService,
        session: StaffSession,
        events: DataEvents,
        preferences: Preferences,
        preferences_path: Path,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        catalogue: CatalogueService | None = None,
        calendar: CalendarService | None = None,
        rooms: RoomService | None = None,
        backups: BackupService | None = None,
        retention: RetentionService | None = None,
        party: PartySettingsServices | None = None,
        volunteers: VolunteerService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self._staff = staff
        self._sites = sites
        self._session = session
        self._events = events
        self._preferences = preferences
        self._preferences_path = preferences_path
        self._clock = clock or Clock()

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._language_group())
        column.addWidget(self._slip_group())
        self.idle_box = IdleLockBox(preferences, preferences_path, session)
        column.addWidget(self.idle_box)
        self.retention_box: RetentionBox | None = None
        if retention is not None:
            self.retention_box = RetentionBox(retention, session)
            column.addWidget(self.retention_box)
        column.addWidget(self._center_group())
        self.password_box = PasswordBox(staff, session)
        column.addWidget(self.password_box)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("settings.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        self.tabs = QTabWidget()
        name_widget(self.tabs, "settings.tabs", self.tr("Settings sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("General"))

        staff_page = QWidget()
        self.staff_group = StaffPanel(staff, session, events, self._clock, staff_page)
        QVBoxLayout(staff_page).addWidget(self.staff_group)
        staff_tab = self.tabs.addTab(staff_page, self.tr("Staff"))
        # Only administrators keep staff accounts; a clerk does not see the tab at all.
        self.staff_group.setVisible(session.is_admin)
        self.tabs.setTabVisible(staff_tab, session.is_admin)

        self.catalogue_panel: CataloguePanel | None = None
        if catalogue is not None:
            self.catalogue_panel = CataloguePanel(catalogue, session, events)
            self.tabs.addTab(self.catalogue_panel, self.tr("Service list"))

        self.calendar_panel: CalendarPanel | None = None
        self._calendar_tab = -1
        if calendar is not None:
            self.calendar_panel = CalendarPanel(calendar, session, events, self._clock)
            self._calendar_tab = self.tabs.addTab(self.calendar_panel, self.tr("Holidays"))
            self.calendar_panel.warningChanged.connect(self._mark_calendar_tab)

        self.rooms_panel: RoomsPanel | None = None
        if rooms is not None:
            self.rooms_panel = RoomsPanel(rooms, session, events, self._clock)
            self.tabs.addTab(self.rooms_panel, self.tr("Rooms"))
        self.party_panel: PartySettingsPanel | None = None
        if party is not None and session.is_admin:
            # Administrators keep these lists and clocks; a clerk does not see the tab.
            self.party_panel = PartySettingsPanel(party, session, events)
            self.tabs.addTab(self.party_panel, self.tr("Party service"))
        self.activity_panel: ActivitySettingsPanel | None = None
        if volunteers is not None and session.is_admin:
            self.activity_panel = ActivitySettingsPanel(volunteers, session, events)
            self.tabs.addTab(self.activity_panel, self.tr("Activities"))
        self.backup_panel: BackupPanel | None = None
        if backups is not None:
            self.backup_panel = BackupPanel(backups, session, preferences, preferences_path)
            self.tabs.addTab(self.backup_panel, self.tr("Backups"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.activate()

    # -- building ----------------------------------------------------------------------
    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Interface language"))
        group.setObjectName("settings.languageGroup")
        self.language = QComboBox()
        name_widget(self.language, "settings.language", self.tr("Interface language"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._preferences.language)))
        self.save_language_button = QPushButton(self.tr("Save language"))
        name_widget(
            self.save_language_button,
            "settings.saveLanguage",
            self.tr("Save the interface language"),
        )
        self.save_language_button.clicked.connect(self.save_language)
        self.language_note = QLabel()
        name_widget(self.language_note, "settings.languageNote", self.tr("Language message"))
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        hint = QLabel(self.tr("This is a setting of this computer only, not of the center."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(self.save_language_button)
        row.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.language_note)
        return group

    def _slip_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Slip printer paper"))
        group.setObjectName("settings.slipGroup")
        self.slip_layout = QComboBox()
        name_widget(self.slip_layout, "settings.slipLayout", self.tr("Paper of the slip printer"))
        for code in SLIP_LAYOUTS:
            name = SLIP_LAYOUT_NAMES.get(code, code)
            self.slip_layout.addItem(QCoreApplication.translate("SettingsPage", name), code)
        self.slip_layout.setCurrentIndex(
            max(0, self.slip_layout.findData(self._preferences.slip_layout))
        )
        self.slip_layout.currentIndexChanged.connect(self._slip_layout_chosen)
        self.slip_note = QLabel()
        name_widget(self.slip_note, "settings.slipNote", self.tr("Slip printer message"))
        self.slip_note.setWordWrap(True)
        self.slip_note.hide()
        hint = QLabel(
            self.tr(
                "The paper in this computer's slip printer. A change applies at once, to the "
                "next slip printed."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.slip_layout)
        row.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.slip_note)
        return group

    def _center_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("The center"))
        group.setObjectName("settings.centerGroup")
        editable = self._session.is_admin
        general = QLabel()
        general.setObjectName("settings.centerError")
        self.center_errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.center_code = QLineEdit()
        name_widget(self.center_code, "settings.centerCode", self.tr("Center code"))
        self.center_code.setReadOnly(True)
        self.center_code.setToolTip(
            self.tr("The code starts every case and booking number, so it cannot be changed.")
        )
        form.addRow(self.tr("Code"), self.center_code)

        def line(field: str, obj: str, label: str, accessible: str, length: int) -> QLineEdit:
            edit = QLineEdit()
            edit.setMaxLength(length)
            edit.setReadOnly(not editable)
            if editable:
                edit.returnPressed.connect(self.save_center)
            self.center_errors.add_row(form, field, edit, obj, label, accessible)
            return edit

        self.center_name = line(
            "name", "settings.centerName", self.tr("&Name"), self.tr("Center name"), 100
        )
        self.center_address = line(
            "address", "settings.centerAddress", self.tr("&Address"), self.tr("Center address"), 200
        )
        self.center_phone = line(
            "phone", "settings.centerPhone", self.tr("P&hone"), self.tr("Center phone"), 40
        )

        self.save_center_button = QPushButton(self.tr("Save the center's details"))
        name_widget(
            self.save_center_button, "settings.saveCenter", self.tr("Save the center's details")
        )
        self.save_center_button.clicked.connect(self.save_center)
        self.save_center_button.setVisible(editable)
        self.center_saved = QLabel()
        name_widget(self.center_saved, "settings.centerSaved", self.tr("Center details message"))
        self.center_saved.setProperty("role", "ok")
        self.center_saved.setWordWrap(True)
        self.center_saved.hide()

        layout = QVBoxLayout(group)
        layout.addLayout(form)
        if not editable:
            note = QLabel(self.tr("Only an administrator can change the center's details."))
            note.setObjectName("settings.centerReadOnly")
            note.setProperty("role", "hint")
            layout.addWidget(note)
        layout.addWidget(general)
        layout.addWidget(self.center_saved)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_center_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return group

    # -- page life ---------------------------------------------------------------------
    def activate(self) -> None:
        """Reload what other desks may have changed: the center, staff, items, holidays and
        rooms."""
        self.load_center()
        if self._session.is_admin:
            self.staff_group.refresh()
        if self.catalogue_panel is not None:
            self.catalogue_panel.refresh()
        if self.calendar_panel is not None:
            self.calendar_panel.refresh()
        if self.rooms_panel is not None:
            self.rooms_panel.refresh()
        if self.party_panel is not None:
            self.party_panel.refresh()
        if self.activity_panel is not None:
            self.activity_panel.refresh()

    def _tab_changed(self, index: int) -> None:
        """A tab shows what is in the database now, not what it was when the page opened."""
        page = self.tabs.widget(index)
        if page is self.catalogue_panel and self.catalogue_panel is not None:
            self.catalogue_panel.refresh()
        elif page is self.calendar_panel and self.calendar_panel is not None:
            self.calendar_panel.refresh()
        elif page is self.rooms_panel and self.rooms_panel is not None:
            self.rooms_panel.refresh()
        elif page is self.party_panel and self.party_panel is not None:
            self.party_panel.refresh()
        elif page is self.activity_panel and self.activity_panel is not None:
            self.activity_panel.refresh()
        elif self._session.is_admin and page is self.staff_group.parentWidget():
            self.staff_group.refresh()

    def _mark_calendar_tab(self, warn: bool) -> None:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.tabs.setTabIcon(self._calendar_tab, icon if warn else QIcon())
        self.tabs.setTabToolTip(
            self._calendar_tab,
            self.tr("The holidays of a coming year have not been entered yet.") if warn else "",
        )

    # -- language ----------------------------------------------------------------------
    def save_language(self) -> None:
        """Write the language to this PC's preferences; it applies from the next sign-in."""
        code = str(self.language.currentData())
        updated = replace(self._preferences, language=code)
        try:
            updated.save(self._preferences_path)
        except OSError as exc:
            restyle(self.language_note, "role", "error")
            reason = exc.strerror or str(exc)
            self.language_note.setText(
                self.tr("The language could not be saved: {reason}").format(reason=reason)
            )
            self.language_note.show()
            return
        self._preferences.language = code
        restyle(self.language_note, "role", "ok")
        self.language_note.setText(
            self.tr("Saved. The new language is used after you sign out and sign in again.")
        )
        self.language_note.show()

    # -- slip printer ------------------------------------------------------------------
    def _slip_layout_chosen(self, _index: int) -> None:
        self.save_slip_layout()

    def save_slip_layout(self) -> None:
        """Write the slip printer's paper to this PC's preferences; it applies at once."""
        layout = str(self.slip_layout.currentData())
        updated = replace(self._preferences, slip_layout=layout)
        try:
            updated.save(self._preferences_path)
        except OSError as exc:
            restyle(self.slip_note, "role", "error")
            reason = exc.strerror or str(exc)
            self.slip_note.setText(
                self.tr("The paper could not be saved: {reason}").format(reason=reason)
            )
            self.slip_note.show()
            return
        self._preferences.slip_layout = layout
        restyle(self.slip_note, "role", "ok")
        self.slip_note.setText(
            self.tr("Saved. Slips are printed for {paper} from now on.").format(
                paper=self.slip_layout.currentText()
            )
        )
        self.slip_note.show()

    # -- the center --------------------------------------------------------------------
    def load_center(self) -> None:
        self.center_errors.clear()
        self.center_saved.hide()
        try:
            info = self._sites.get(self._session)
        except DomainError as exc:
            self.center_errors.show_text(message_text(exc))
            return
        self.center_code.setText(info.code)
        self.center_name.setText(info.name)
        self.center_address.setText(info.address)
        self.center_phone.setText(info.phone)

    def save_center(self) -> None:
        if not self._session.is_admin:
            return
        self.center_saved.hide()
        try:
            info = self._sites.update(
                self._session,
                name=self.center_name.text(),
                address=self.center_address.text(),
                phone=self.center_phone.text(),
            )
        except ValidationError as exc:
            self.center_errors.show(exc)
            return
        except DomainError as exc:
            self.center_errors.show_text(message_text(exc))
            return
        self.center_errors.clear()
        self.center_name.setText(info.name)
        self.center_address.setText(info.address)
        self.center_phone.setText(info.phone)
        self.center_saved.setText(self.tr("The center's details have been saved."))
        self.center_saved.show()
        self._events.changed.emit("site")

    # -- my password -------------------------------------------------------------------
