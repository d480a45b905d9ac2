"""One form dialog: fields in rows with their messages under them, then submit and Cancel.

A concrete dialog declares its fields and its service call (``save``). Submitting goes
through ``submit_form``: a refusal marks the fields it names and everything typed stays; a
result is kept in ``saved`` and the dialog is accepted. A form taller than the screen
scrolls instead of running off it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import DomainError
from hall_desk.ui.kit.common import (
    FieldErrors,
    dialog_buttons,
    hint_label,
    name_widget,
    room_on_screen,
    size_within_screen,
    submit_form,
    with_error_label,
)

W = TypeVar("W", bound=QWidget)


class FormDialog(QDialog):
    """Widgets and names all start with ``prefix``: ``prefix.code``, ``prefix.submit``,
    ``prefix.message`` (what belongs to no field)."""

    #: The submit button (made by ``finish``).
    submit: QPushButton

    def __init__(
        self,
        prefix: str,
        parent: QWidget | None = None,
        *,
        growth: QFormLayout.FieldGrowthPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.setObjectName(prefix)
        #: What the service call returned once the dialog was accepted.
        self.saved: Any = None
        self._general = QLabel()
        self._general.setObjectName(f"{prefix}.message")
        self.errors = FieldErrors(self._general)
        self.form_layout = QFormLayout()
        if growth is not None:
            self.form_layout.setFieldGrowthPolicy(growth)
        #: The dialog's layout and the form (or what holds it), until it is first shown.
        self._body: tuple[QVBoxLayout, QLayout] | None = None

    # -- declaring the form --------------------------------------------------------------
    def add_field(self, field: str, widget: W, name: str, label: str, accessible: str) -> W:
        """``widget`` under ``label``, named ``prefix.name``; messages on ``field`` go under it."""
        self.errors.add_row(
            self.form_layout, field, widget, f"{self.prefix}.{name}", label, accessible
        )
        return widget

    def add_short_field(
        self,
        field: str,
        widget: W,
        name: str,
        label: str,
        accessible: str,
        beside: QWidget | None = None,
    ) -> W:
        """A narrow field (a number, a date) whose messages still get the whole width of the
        form instead of wrapping under it a word a line; ``beside`` follows the field."""
        object_name = f"{self.prefix}.{name}"
        name_widget(widget, object_name, accessible)
        line = QWidget()
        line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        if beside is not None:
            row.addWidget(beside)
        row.addStretch(1)
        box, error = with_error_label(line, object_name + ".error")
        self.errors.add(field, widget, error)
        self.form_layout.addRow(label, box)
        buddy = self.form_layout.labelForField(box)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(widget)
        return widget

    def finish(
        self,
        submit: str,
        submit_accessible: str,
        cancel: str,
        *,
        above: Sequence[QWidget] = (),
        hint: str = "",
        body: QLayout | None = None,
    ) -> None:
        """Lay the dialog out: ``above`` (who or what it is about), the form (or ``body``
        holding it), a ``hint``, the messages, and the buttons."""
        buttons, self.submit = dialog_buttons(self, self.prefix, submit, submit_accessible, cancel)
        buttons.accepted.connect(self._submit)
        layout = QVBoxLayout(self)
        for widget in above:
            layout.addWidget(widget)
        content = body if body is not None else self.form_layout
        layout.addLayout(content)
        if hint:
            layout.addWidget(hint_label(hint))
        layout.addWidget(self._general)
        layout.addWidget(buttons)
        self._body = (layout, content)

    # -- submitting ----------------------------------------------------------------------
    def save(self) -> Any:
        """The service call; a ``DomainError`` it raises is shown on the form."""
        raise NotImplementedError

    def refused(self, error: DomainError) -> None:
        """Show what the fields cannot of a refusal (they show the rest already)."""

    def _submit(self) -> None:
        result = submit_form(self.errors, self.save, self.refused)
        if result is not None:
            self.saved = result
            self.accept()

    def setVisible(self, visible: bool) -> None:
        # Measured when everything is filled in: what a dialog shows first (a room's hours,
        # say) changes how large it wants to be.
        if visible and self._body is not None:
            layout, content = self._body
            self._body = None
            self._scroll_if_long(layout, content)
        super().setVisible(visible)

    def _scroll_if_long(self, layout: QVBoxLayout, content: QLayout) -> None:
        """On a screen too low for the form, the form scrolls between the fixed parts."""
        room = room_on_screen(self)
        wanted = self.sizeHint()
        if room is None or wanted.height() <= room[1]:
            return
        index = layout.indexOf(content)
        # What follows the form is taken out and put back after it, so that Tab still goes
        # through the fields first and then to the buttons.
        below: list[QWidget] = []
        while layout.count() > index + 1:
            item = layout.takeAt(index + 1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                below.append(widget)
        layout.removeItem(content)
        content.setParent(None)
        inner = QWidget()
        inner.setLayout(content)
        content.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName(f"{self.prefix}.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        for widget in below:
            layout.addWidget(widget)
        bar = scroll.verticalScrollBar().sizeHint().width()
        size_within_screen(self, wanted.width() + bar, wanted.height())
