"""Small prompts of the case moves: a reason, completion with a rating, handing on."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.cases import RATING_LABELS, Rating
from hall_desk.ui.kit.common import dialog_buttons, name_widget, translate_message


class CompleteDialog(QDialog):
    """办结: the result for the resident and their rating (好差评), if they give one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completeDialog")
        self.setWindowTitle(self.tr("Complete the case"))
        self.result = QLineEdit()
        name_widget(self.result, "complete.result", self.tr("Result for the resident"))
        self.result.setPlaceholderText(self.tr("e.g. approved; certificate handed over"))
        self.ratings = QButtonGroup(self)
        rating_row = QHBoxLayout()
        self.rating_buttons: dict[Rating | None, QRadioButton] = {}
        for rating in (*Rating, None):
            text = (
                translate_message(RATING_LABELS[rating])
                if rating is not None
                else self.tr("Did not rate")
            )
            button = QRadioButton(text)
            key = rating.value if rating is not None else "none"
            name_widget(button, f"complete.rating.{key}", text)
            self.ratings.addButton(button)
            rating_row.addWidget(button)
            self.rating_buttons[rating] = button
        self.rating_buttons[None].setChecked(True)
        hint = QLabel(
            self.tr(
                "Ask the resident to rate the service. “Dissatisfied” or “Very dissatisfied” "
                "opens a call-back due within 5 working days."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(self.tr("Result"), self.result)
        form.addRow(self.tr("Rating"), rating_row)
        buttons, _submit = dialog_buttons(
            self, "complete", self.tr("Complete"), self.tr("Complete the case"), self.tr("Cancel")
        )
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def rating(self) -> str | None:
        for rating, button in self.rating_buttons.items():
            if button.isChecked():
                return rating.value if rating is not None else None
        return None


class TransferDialog(QDialog):
    """转办: the office the case goes to, and why."""

    def __init__(self, offices: list[str], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Hand to another office"))
        self.office = QComboBox()
        self.office.setEditable(True)
        self.office.addItems([o for o in offices if o != current])
        self.office.setCurrentText("")
        name_widget(self.office, "transfer.office", self.tr("Office to hand the case to"))
        self.note = QLineEdit()
        name_widget(self.note, "transfer.note", self.tr("Why it is handed on"))
        form = QFormLayout()
        form.addRow(self.tr("Now with"), QLabel(current))
        form.addRow(self.tr("Hand to"), self.office)
        form.addRow(self.tr("Note"), self.note)
        buttons, _submit = dialog_buttons(
            self, "transfer", self.tr("Hand on"), self.tr("Hand the case on"), self.tr("Cancel")
        )
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
