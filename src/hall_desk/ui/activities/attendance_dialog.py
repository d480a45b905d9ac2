"""Attendance of one session (签到): at the door, or afterwards from the paper sign-in sheet.

The scan box has the focus: a scanner reading a slip's QR code types its number and Enter, and
that person is marked present at once, by name. A name typed there and Enter marks the one
person it fits (or shows the several it fits). Below, everyone enrolled with present / absent /
excused to tick (P, A, E on the keyboard, Delete clears), "All present" for a class, and Save.
The paper sheet is printed here too, and its ticks are entered in this same list afterwards
("Entering a paper sheet").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.activities import (
    ATTENDANCE_STATUS_LABELS,
    AttendanceSource,
    AttendanceStatus,
    NumberSeries,
    parse_activity_number,
)
from hall_desk.domain.errors import DomainError
from hall_desk.services import Services
from hall_desk.services.activities.activity_records import AttendanceLine, AttendanceSheet
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities.activity_models import day_text, span_text
from hall_desk.ui.activities.activity_printing import print_sign_in_sheet
from hall_desk.ui.activities.attendance_models import AttendanceMarksModel
from hall_desk.ui.kit.common import (
    make_table_view,
    message_text,
    name_widget,
    restyle,
    size_within_screen,
    translate_message,
)

PREFIX = "attendance"
#: The keys that mark the selected line in the list.
MARK_KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
}
SAVE, DISCARD, STAY = "save", "discard", "stay"


def ask_unsaved(parent: QWidget) -> str:
    """Closing with ticks not saved: save them, throw them away, or stay (replaced in tests)."""
    box = QMessageBox(parent)
    box.setObjectName(f"{PREFIX}.unsaved")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("AttendanceDialog", "Attendance"))
    box.setText(
        QCoreApplication.translate(
            "AttendanceDialog", "Some marks are not saved yet. Save them before closing?"
        )
    )
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else STAY


class AttendanceDialog(QDialog):
    def __init__(
        self,
        services: Services,
        session: StaffSession,
        session_id: int,
        *,
        changed: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self._services = services
        self._session = session
        self._session_id = session_id
        self._changed = changed
        self.sheet: AttendanceSheet = services.attendance.sheet(session, session_id)

        self.about = QLabel()
        self.about.setObjectName(f"{PREFIX}.about")
        self.about.setWordWrap(True)
        self.scan = QLineEdit()
        name_widget(self.scan, f"{PREFIX}.scan", self.tr("Scan a slip or type a name"))
        self.scan.setPlaceholderText(self.tr("Scan the sign-up slip, or type a name, then Enter"))
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self.scan_entered)
        self.said = QLabel()
        name_widget(self.said, f"{PREFIX}.said", self.tr("Who was just marked"))
        self.said.setWordWrap(True)
        font = self.said.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.said.setFont(font)

        self.model = AttendanceMarksModel()
        self.table = make_table_view(
            self.model, f"{PREFIX}.table", self.tr("Everyone signed up"), stretch=2
        )
        self.table.installEventFilter(self)
        self.model.dataChanged.connect(lambda *_a: self._show_counts())
        self.paper = QCheckBox(self.tr("Entering a paper sheet"))
        name_widget(
            self.paper, f"{PREFIX}.paper", self.tr("The marks come from the paper sign-in sheet")
        )
        self.counts = QLabel()
        name_widget(self.counts, f"{PREFIX}.counts", self.tr("How many are marked"))

        self.all_present_button = self._button(
            "allPresent", self.tr("All present"), self.tr("Mark everyone not marked present")
        )
        self.all_present_button.clicked.connect(self.all_present)
        self.print_button = self._button(
            "printSheet", self.tr("Print sign-in sheet"), self.tr("Print the A4 sign-in sheet")
        )
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = self._button("save", self.tr("Save (Ctrl+S)"), self.tr("Save the marks"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.close_button = self._button("close", self.tr("Close"), self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.activated.connect(self.save)

        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 2)
        scan_row.addWidget(self.said, 3)
        tools = QHBoxLayout()
        tools.addWidget(self.all_present_button)
        tools.addWidget(self.paper)
        tools.addStretch(1)
        tools.addWidget(self.counts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(scan_row)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._show_sheet(self.sheet)
        size_within_screen(self, 920, 640)
        self.scan.setFocus()

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        name_widget(button, f"{PREFIX}.{name}", accessible)
        # Enter belongs to the scan box: no button takes it over.
        button.setAutoDefault(False)
        button.setDefault(False)
        return button

    # -- showing -------------------------------------------------------------------------
    def _show_sheet(self, sheet: AttendanceSheet) -> None:
        """The sheet as saved, with the ticks not saved yet laid over it."""
        self.sheet = sheet
        activity, info = sheet.activity, sheet.session
        where = info.place or info.room_name
        self.setWindowTitle(self.tr("Attendance: {title}").format(title=activity.title))
        self.about.setText(
            self.tr("{number}  {title}\nSession {seq}: {day} {time} {place}").format(
                number=activity.number,
                title=activity.title,
                seq=info.seq,
                day=day_text(info.starts_at),
                time=span_text(info.starts_at, info.ends_at),
                place=where,
            )
        )
        selected = self.table.currentIndex().row()
        self.model.set_rows(sheet.lines)
        if 0 <= selected < self.model.rowCount():
            self.table.selectRow(selected)
        self._show_counts()

    def _show_counts(self) -> None:
        counts = self.model.counts()
        parts = [
            f"{translate_message(ATTENDANCE_STATUS_LABELS[status])} {counts.get(status, 0)}"
            for status in AttendanceStatus
        ]
        parts.append(self.tr("not marked {count}").format(count=counts.get(None, 0)))
        if self.model.changes:
            parts.append(self.tr("{count} not saved").format(count=len(self.model.changes)))
        self.counts.setText(" · ".join(parts))

    def _say(self, text: str, role: str) -> None:
        self.said.setText(text)
        restyle(self.said, "role", role)

    def source(self) -> AttendanceSource:
        return AttendanceSource.SHEET if self.paper.isChecked() else AttendanceSource.DESK

    # -- at the door ---------------------------------------------------------------------
    def scan_entered(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        parsed = parse_activity_number(text)
        if parsed is not None and parsed[0] is NumberSeries.SIGNUP:
            self._scan_slip(text)
        else:
            self._find_name(text)
        self.scan.selectAll()

    def _scan_slip(self, text: str) -> None:
        try:
            result = self._services.attendance.scan(self._session, self._session_id, text)
        except DomainError as exc:
            self._say(message_text(exc), "error")
            return
        line = result.line
        if result.already:
            self._say(self.tr("{name} was already marked present.").format(name=line.name), "ok")
        else:
            self._say(self.tr("✓ {name}: present.").format(name=line.name), "ok")
            self._saved_one(line)
        self.scan.clear()

    def _find_name(self, text: str) -> None:
        wanted = text.casefold()
        found = [
            row
            for row in range(self.model.rowCount())
            if wanted in self.model.line_at(row).name.casefold()
            or self.model.line_at(row).number.casefold().endswith(wanted)
        ]
        if not found:
            self._say(self.tr("Nobody on this list matches “{text}”.").format(text=text), "error")
            return
        self.table.selectRow(found[0])
        if len(found) > 1:
            self._say(
                self.tr("{count} people match; pick one in the list and press P.").format(
                    count=len(found)
                ),
                "hint",
            )
            self.table.setFocus()
            return
        line = self.model.line_at(found[0])
        try:
            sheet = self._services.attendance.mark(
                self._session,
                self._session_id,
                {line.signup_id: AttendanceStatus.PRESENT},
                AttendanceSource.DESK,
            )
        except DomainError as exc:
            self._say(message_text(exc), "error")
            return
        self._say(self.tr("✓ {name}: present.").format(name=line.name), "ok")
        self.model.forget_changes([line.signup_id])
        self._show_sheet(sheet)
        self.scan.clear()
        if self._changed is not None:
            self._changed()

    def _saved_one(self, line: AttendanceLine) -> None:
        """One person marked by the service: reload, keeping the other unsaved ticks."""
        self.model.forget_changes([line.signup_id])
        self.reload()
        if self._changed is not None:
            self._changed()

    def reload(self) -> None:
        try:
            sheet = self._services.attendance.sheet(self._session, self._session_id)
        except DomainError as exc:
            self._say(message_text(exc), "error")
            return
        self._show_sheet(sheet)

    # -- the list ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            row = self.table.currentIndex().row()
            if row >= 0 and (key in MARK_KEYS or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
                self.model.set_mark(row, MARK_KEYS.get(key))
                if row + 1 < self.model.rowCount():
                    self.table.selectRow(row + 1)
                return True
        return super().eventFilter(watched, event)

    def save(self) -> bool:
        """Save the ticks; True when nothing is left unsaved."""
        if not self.model.changes:
            return True
        try:
            sheet = self._services.attendance.mark(
                self._session, self._session_id, dict(self.model.changes), self.source()
            )
        except DomainError as exc:
            self._say(message_text(exc), "error")
            return False
        count = len(self.model.changes)
        self.model.forget_changes()
        self._show_sheet(sheet)
        self._say(self.tr("%n mark(s) saved.", "", count), "ok")
        if self._changed is not None:
            self._changed()
        return True

    def all_present(self) -> None:
        """Everyone not marked yet is present (absent and excused stay as they are)."""
        if not self.save():
            return
        try:
            sheet = self._services.attendance.all_present(self._session, self._session_id)
        except DomainError as exc:
            self._say(message_text(exc), "error")
            return
        self._show_sheet(sheet)
        self._say(self.tr("Everyone not marked is now present."), "ok")
        if self._changed is not None:
            self._changed()

    def print_sheet(self) -> None:
        activity, info = self.sheet.activity, self.sheet.session
        print_sign_in_sheet(
            self,
            self._services,
            self._session,
            self._session_id,
            f"{activity.number}-{info.seq}",
            report=lambda text: self._say(text, "ok"),
        )

    def reject(self) -> None:
        if self.model.changes:
            answer = ask_unsaved(self)
            if answer == STAY or (answer == SAVE and not self.save()):
                return
        super().reject()
