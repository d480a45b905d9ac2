"""Two optional parts of the intake form: handling on the resident's behalf (帮办代办) and
the annual check's method. Their texts belong to the intake dialog's translation context."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from hall_desk.domain.elderly import CHECK_METHOD_LABELS, CheckMethod
from hall_desk.services.catalogue import ServiceItemInfo
from hall_desk.ui.cases.intake_transfer import choice_combo
from hall_desk.ui.kit.common import FieldErrors, name_widget

# Suggestions for who hands the papers in; anything else may be typed.
AGENT_RELATIONS = ("子女", "配偶", "父母", "亲属", "网格员", "志愿者", "社区工作人员")


class AgentSection(QGroupBox):
    """Who hands the papers in for the resident: name, relationship, phone (checkable)."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "IntakeDialog", "Handled on the resident's behalf (帮办代办)"
            ),
            parent,
        )
        self.setObjectName("intake.agent")
        self.setCheckable(True)
        self.setChecked(False)
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.addItems(["", *AGENT_RELATIONS])
        self.phone = QLineEdit()
        errors.add_row(
            form,
            "agent_name",
            self.name,
            "intake.agentName",
            QCoreApplication.translate("IntakeDialog", "Agent"),
            QCoreApplication.translate("IntakeDialog", "Agent's name"),
        )
        errors.add_row(
            form,
            "agent_relation",
            self.relation,
            "intake.agentRelation",
            QCoreApplication.translate("IntakeDialog", "Relationship"),
            QCoreApplication.translate("IntakeDialog", "Agent's relationship to the resident"),
        )
        errors.add_row(
            form,
            "agent_phone",
            self.phone,
            "intake.agentPhone",
            QCoreApplication.translate("IntakeDialog", "Agent's phone"),
            QCoreApplication.translate("IntakeDialog", "Agent's phone"),
        )


class CheckSection(QGroupBox):
    """How an annual check (高龄补贴年审) is done."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("IntakeDialog", "Annual check"), parent)
        form = QFormLayout(self)
        self.method = choice_combo(CHECK_METHOD_LABELS, CheckMethod)
        errors.add_row(
            form,
            "check_method",
            self.method,
            "intake.checkMethod",
            QCoreApplication.translate("IntakeDialog", "How"),
            QCoreApplication.translate("IntakeDialog", "How the annual check is done"),
        )


class ItemSection(QGroupBox):
    """The service item, found by part of its name or code, and the documents handed in."""

    def __init__(
        self,
        errors: FieldErrors,
        items: Sequence[ServiceItemInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("IntakeDialog", "Service item"), parent)
        form = QFormLayout(self)
        self.item = QComboBox()
        self.item.setEditable(True)
        self.item.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.item.addItem("", None)
        for info in items:
            self.item.addItem(f"{info.name}（{info.code}）", info.id)
        completer = self.item.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.item.lineEdit().setPlaceholderText(
            QCoreApplication.translate("IntakeDialog", "Type part of the name or code")
        )
        errors.add_row(
            form,
            "item",
            self.item,
            "intake.item",
            QCoreApplication.translate("IntakeDialog", "Item"),
            QCoreApplication.translate("IntakeDialog", "Service item"),
        )
        self.info = QLabel()
        self.info.setObjectName("intake.itemInfo")
        self.info.setWordWrap(True)
        self.info.setProperty("role", "hint")
        form.addRow(self.info)

        self.documents = QListWidget()
        self.documents.setMaximumHeight(150)
        self.documents.setWordWrap(True)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        errors.add_row(
            form,
            "documents",
            self.documents,
            "intake.documents",
            QCoreApplication.translate("IntakeDialog", "Documents handed in"),
            QCoreApplication.translate("IntakeDialog", "Tick the documents handed in"),
        )
        self.all_documents = QPushButton(
            QCoreApplication.translate("IntakeDialog", "All handed in")
        )
        name_widget(
            self.all_documents,
            "intake.allDocuments",
            QCoreApplication.translate("IntakeDialog", "Tick every document"),
        )
        form.addRow("", self.all_documents)
        self.extra_missing = QLineEdit()
        self.extra_missing.setPlaceholderText(
            QCoreApplication.translate(
                "IntakeDialog", "Anything else still needed, separated by ；"
            )
        )
        name_widget(
            self.extra_missing,
            "intake.extraMissing",
            QCoreApplication.translate("IntakeDialog", "Other documents still needed"),
        )
        form.addRow(QCoreApplication.translate("IntakeDialog", "Also needed"), self.extra_missing)
