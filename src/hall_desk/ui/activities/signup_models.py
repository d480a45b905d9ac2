"""The sign-ups of an activity: the enrolled first, then the waiting list in its order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from hall_desk.domain.activities import SIGNUP_STATUS_LABELS, SignupStatus
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.activities.activity_records import SignupRow
from hall_desk.ui.activities.activity_models import FULL_COLOUR, cancelled_brush
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel


def guardian_text(row: SignupRow) -> str:
    """``王芳（母亲）``: the guardian and how they are related, for a child."""
    if not row.guardian_name:
        return ""
    if row.guardian_relation:
        return f"{row.guardian_name}（{row.guardian_relation}）"
    return row.guardian_name


def status_text(row: SignupRow) -> str:
    """Signed up, cancelled, or the place on the waiting list: ``Waiting list 3``."""
    label = translate_message(SIGNUP_STATUS_LABELS[row.status])
    if row.status is SignupStatus.WAITING and row.waiting_position is not None:
        return f"{label} {row.waiting_position}"
    return label


class SignupTableModel(RowTableModel):
    NUMBER, NAME, AGE, GUARDIAN, PHONE, STATUS, ATTENDED, ABSENT, EXCUSED = range(9)
    CONTEXT = "SignupTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SignupTableModel", "Slip number"),
        QT_TRANSLATE_NOOP("SignupTableModel", "Name"),
        QT_TRANSLATE_NOOP("SignupTableModel", "Age"),
        QT_TRANSLATE_NOOP("SignupTableModel", "Guardian"),
        QT_TRANSLATE_NOOP("SignupTableModel", "Phone"),
        QT_TRANSLATE_NOOP("SignupTableModel", "Status"),
        QT_TRANSLATE_NOOP("SignupTableModel", "Attended"),
        QT_TRANSLATE_NOOP("SignupTableModel", "Absent"),
        QT_TRANSLATE_NOOP("SignupTableModel", "Excused"),
    )

    def signup_at(self, row: int) -> SignupRow:
        record: SignupRow = self.row_at(row)
        return record

    def text(self, record: Any, column: int) -> str:
        row: SignupRow = record
        if column == self.NUMBER:
            return row.number
        if column == self.NAME:
            return row.name
        if column == self.AGE:
            return str(row.child_age) if row.child_age is not None else ""
        if column == self.GUARDIAN:
            return guardian_text(row)
        if column == self.PHONE:
            return row.masked_phone
        if column == self.STATUS:
            return status_text(row)
        counts = {self.ATTENDED: row.attended, self.ABSENT: row.absent, self.EXCUSED: row.excused}
        if column in counts:
            return str(counts[column]) if counts[column] else ""
        return ""

    def styled(self, record: Any, column: int, role: int) -> Any:
        row: SignupRow = record
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.AGE,
            self.ATTENDED,
            self.ABSENT,
            self.EXCUSED,
        ):
            return RIGHT_ALIGNED
        if row.status is SignupStatus.WAITING and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(FULL_COLOUR)
        return cancelled_brush(row.status is SignupStatus.CANCELLED, role)
