"""The registry's lists as table rows: members, units, and the problems of an Excel file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_import import RowProblem
from hall_desk.domain.party_registry import AGREEMENT_STATE_LABELS, UNIT_KIND_LABELS, AgreementState
from hall_desk.domain.party_rereport import ReportState
from hall_desk.services.party.registry import MemberInfo, UnitInfo
from hall_desk.ui.kit.common import translate_message
from hall_desk.ui.kit.table_model import RIGHT_ALIGNED, RowTableModel

DUE_COLOUR = QColor("#c62828")
SOON_COLOUR = QColor("#9a6700")
GONE_COLOUR = QColor("#78909c")


class MemberTableModel(RowTableModel):
    """One row per member. Members due to report again are red, due soon amber, and those
    who left grey."""

    NAME, UNIT, PHONE, PLACE, POOLS, REPORTED, REPORT = range(7)
    CONTEXT = "MemberTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MemberTableModel", "Name"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Unit"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Phone"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Neighbourhood / grid"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Talent pools"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Reported"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Report again"),
    )

    def text(self, member: MemberInfo, column: int) -> str:
        match column:
            case self.NAME:
                return member.name
            case self.UNIT:
                return member.unit_name
            case self.PHONE:
                return member.masked_phone
            case self.PLACE:
                return " / ".join(p for p in (member.neighbourhood, member.grid) if p)
            case self.POOLS:
                return "、".join(member.pools)
            case self.REPORTED:
                return member.reported_on.isoformat()
            case self.REPORT:
                return report_text(member)
        return ""

    def styled(self, member: MemberInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = {
                ReportState.DUE: DUE_COLOUR,
                ReportState.DUE_SOON: SOON_COLOUR,
                ReportState.LEFT: GONE_COLOUR,
            }.get(member.report_state)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REPORT:
            if member.left_on is not None:
                return member.left_reason
            return QCoreApplication.translate("MemberTableModel", "Last reported on {day}").format(
                day=member.last_reported_on.isoformat()
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and member.note:
            return member.note
        return None


def report_text(member: MemberInfo) -> str:
    """When the member reports again: ``Due since 2026-09-02``, ``Due on ...``, ``Next on ...``,
    or ``Left on ...``."""
    if member.left_on is not None:
        template, day = QT_TRANSLATE_NOOP("MemberTableModel", "Left on {day}"), member.left_on
    elif member.report_state is ReportState.DUE:
        template = QT_TRANSLATE_NOOP("MemberTableModel", "Due since {day}")
        day = member.rereport_due_on
    elif member.report_state is ReportState.DUE_SOON:
        template = QT_TRANSLATE_NOOP("MemberTableModel", "Due on {day}")
        day = member.rereport_due_on
    else:
        template = QT_TRANSLATE_NOOP("MemberTableModel", "Next on {day}")
        day = member.rereport_due_on
    return QCoreApplication.translate("MemberTableModel", template).format(day=day.isoformat())


class UnitTableModel(RowTableModel):
    """One row per unit; an agreement that ended is red, one ending soon amber, a retired
    unit grey."""

    NAME, KIND, CONTACT, PHONE, MEMBERS, AGREEMENT, ENDS, STATE = range(8)
    CONTEXT = "UnitTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("UnitTableModel", "Unit"),
        QT_TRANSLATE_NOOP("UnitTableModel", "Kind"),
        QT_TRANSLATE_NOOP("UnitTableModel", "Contact"),
        QT_TRANSLATE_NOOP("UnitTableModel", "Phone"),
        QT_TRANSLATE_NOOP("UnitTableModel", "Members"),
        QT_TRANSLATE_NOOP("UnitTableModel", "Agreement"),
        QT_TRANSLATE_NOOP("UnitTableModel", "Ends"),
        QT_TRANSLATE_NOOP("UnitTableModel", "Agreement state"),
    )

    def text(self, unit: UnitInfo, column: int) -> str:
        match column:
            case self.NAME:
                if unit.active:
                    return unit.name
                return QCoreApplication.translate("UnitTableModel", "{name} (retired)").format(
                    name=unit.name
                )
            case self.KIND:
                return translate_message(UNIT_KIND_LABELS[unit.kind])
            case self.CONTACT:
                return unit.contact_name
            case self.PHONE:
                return unit.masked_contact_phone
            case self.MEMBERS:
                return str(unit.member_count)
            case self.AGREEMENT:
                return unit.agreement.number
            case self.ENDS:
                ends = unit.agreement.ends_on
                return ends.isoformat() if ends is not None else ""
            case self.STATE:
                return translate_message(AGREEMENT_STATE_LABELS[unit.agreement_state])
        return ""

    def styled(self, unit: UnitInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if not unit.active:
                return QBrush(GONE_COLOUR)
            if column == self.STATE and unit.agreement_state is AgreementState.ENDED:
                return QBrush(DUE_COLOUR)
            if column == self.STATE and unit.agreement_state is AgreementState.ENDING:
                return QBrush(SOON_COLOUR)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MEMBERS:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.AGREEMENT:
            return unit.agreement.commitments or None
        return None


class ImportProblemModel(RowTableModel):
    """The problems an Excel file was found to have: row, column, what is wrong."""

    ROW, COLUMN, PROBLEM = range(3)
    CONTEXT = "ImportProblemModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportProblemModel", "Row"),
        QT_TRANSLATE_NOOP("ImportProblemModel", "Column"),
        QT_TRANSLATE_NOOP("ImportProblemModel", "Problem"),
    )

    def row_key(self, record: RowProblem) -> Any:
        return (record.row, record.column, record.message.template)

    def text(self, problem: RowProblem, column: int) -> str:
        match column:
            case self.ROW:
                return str(problem.row)
            case self.COLUMN:
                return problem.column
            case self.PROBLEM:
                return problem.message.render(translate_message)
        return ""

    def styled(self, problem: RowProblem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROBLEM:
            return problem.message.render(translate_message)
        return None
