"""A prompt for one required text: a reason, an outcome."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from hall_desk.ui.kit.common import dialog_buttons, name_widget


class ReasonDialog(QDialog):
    """Asks for one required text (a reason, an outcome); empty text keeps the dialog open."""

    def __init__(
        self, title: str, prompt: str, *, required: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self._required = required
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.editor = QPlainTextEdit()
        name_widget(self.editor, "reason.text", prompt)
        self.editor.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("reason.error")
        self.error.setProperty("role", "error")
        self.error.hide()
        buttons, _submit = dialog_buttons(
            self, "reason", self.tr("OK"), self.tr("Confirm"), self.tr("Cancel")
        )
        buttons.accepted.connect(self._try_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 260)

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def _try_accept(self) -> None:
        if self._required and not self.text():
            self.error.setText(self.tr("Please write something here; it is kept with the case."))
            self.error.show()
            self.editor.setFocus()
            return
        self.accept()
