"""Hours entered afterwards (补录): a volunteer's sign-in and sign-out times on the session's
day, with the reason they were not taken at the desk.

The dialog shows, as the times change, what the hours rule will credit: only time inside the
session counts, and below the center's minimum share of it nothing.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QTimeEdit, QWidget

from hall_desk.domain.activities import credited_minutes, format_hours, shift_minutes
from hall_desk.domain.volunteer_rules import REASON_MAX
from hall_desk.services.activities.activity_records import ShiftRow
from hall_desk.services.activities.volunteers import VolunteerService
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities.volunteer_dialogs import about_label
from hall_desk.ui.kit.common import hint_label
from hall_desk.ui.kit.form_dialog import FormDialog


def time_edit(moment: datetime) -> QTimeEdit:
    edit = QTimeEdit(QTime(moment.hour, moment.minute))
    edit.setDisplayFormat("HH:mm")
    edit.setMinimumWidth(90)
    return edit


class SupplementDialog(FormDialog):
    """补录: the times a volunteer was there, entered afterwards with a required reason."""

    def __init__(
        self,
        volunteers: VolunteerService,
        session: StaffSession,
        shift: ShiftRow,
        min_share: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "supplementDialog", parent, growth=QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )
        self._volunteers = volunteers
        self._session = session
        self._shift = shift
        self._min_share = min_share
        self.setWindowTitle(self.tr("Add hours afterwards"))
        self.setMinimumWidth(520)
        self.signed_in = time_edit(shift.signed_in_at or shift.starts_at)
        self.add_short_field(
            "signed_in_at", self.signed_in, "signedIn", self.tr("Signed &in at"),
            self.tr("Time the volunteer came"),
        )  # fmt: skip
        self.signed_out = time_edit(shift.signed_out_at or shift.ends_at)
        self.credited = QLabel()
        self.credited.setObjectName("supplementDialog.credited")
        self.add_short_field(
            "signed_out_at", self.signed_out, "signedOut", self.tr("Signed &out at"),
            self.tr("Time the volunteer left"), self.credited,
        )  # fmt: skip
        self.reason = QPlainTextEdit(shift.supplement_reason)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(
            self.tr("Why the times were not taken at the desk; at most {max} characters").format(
                max=REASON_MAX
            )
        )
        self.add_field(
            "reason", self.reason, "reason", self.tr("&Reason"),
            self.tr("Why the hours are added afterwards"),
        )  # fmt: skip
        length = shift_minutes(shift.starts_at, shift.ends_at)
        about = about_label(
            self.tr("{name} — {role}, {title} on {day}, {start}-{end} ({minutes} minutes)").format(
                name=shift.name,
                role=shift.role_name,
                title=shift.activity_title,
                day=f"{shift.starts_at:%Y-%m-%d}",
                start=f"{shift.starts_at:%H:%M}",
                end=f"{shift.ends_at:%H:%M}",
                minutes=length,
            ),
            "supplementDialog.about",
        )
        rule = hint_label(
            self.tr(
                "Only time inside the session counts, and the hours are marked as added "
                "afterwards (补录). Present for less than {share}% of the session: no hours."
            ).format(share=min_share),
            "supplementDialog.rule",
        )
        self.finish(
            self.tr("Save the hours"),
            self.tr("Save the hours added afterwards"),
            self.tr("Cancel"),
            above=[about, rule],
        )
        self.signed_in.timeChanged.connect(lambda _t: self._show_credited())
        self.signed_out.timeChanged.connect(lambda _t: self._show_credited())
        self._show_credited()
        self.signed_in.setFocus()

    def _at(self, edit: QTimeEdit) -> datetime:
        chosen = edit.time()
        return datetime.combine(self._shift.starts_at.date(), time(chosen.hour(), chosen.minute()))

    def set_times(self, signed_in: time, signed_out: time) -> None:
        self.signed_in.setTime(QTime(signed_in.hour, signed_in.minute))
        self.signed_out.setTime(QTime(signed_out.hour, signed_out.minute))

    def credited_minutes(self) -> int:
        """What the hours rule credits for the times shown."""
        return credited_minutes(
            self._shift.starts_at,
            self._shift.ends_at,
            self._at(self.signed_in),
            self._at(self.signed_out),
            self._min_share,
        )

    def _show_credited(self) -> None:
        minutes = self.credited_minutes()
        if minutes:
            text = self.tr("{hours} h credited").format(hours=format_hours(minutes))
        else:
            text = self.tr("no hours")
        self.credited.setText(text)

    def save(self) -> ShiftRow:
        return self._volunteers.supplement(
            self._session,
            self._shift.id,
            signed_in_at=self._at(self.signed_in),
            signed_out_at=self._at(self.signed_out),
            reason=self.reason.toPlainText(),
        )
