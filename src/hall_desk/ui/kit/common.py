"""Small pieces every page uses: translated messages, names for widgets, field errors."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import DomainError, FieldError, ValidationError
from hall_desk.domain.messages import MESSAGES_CONTEXT
from hall_desk.ui.kit.elided_cells import ElidedToolTipDelegate

T = TypeVar("T")


def translate_message(template: str) -> str:
    """A domain message template in the interface language."""
    return QCoreApplication.translate(MESSAGES_CONTEXT, template)


def message_text(error: DomainError | FieldError) -> str:
    """The text of a domain error in the interface language, placeholders filled."""
    return error.render(translate_message)


def name_widget(widget: QWidget, object_name: str, accessible_name: str) -> QWidget:
    """Give a widget its stable object name (for tests) and accessible name (screen readers)."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


class FieldErrors:
    """Marks the fields of a form that a ``ValidationError`` names, and clears them again.

    Each field has a widget (outlined in red through the ``invalid`` property) and a label
    under it for the message. What the person typed is never touched.
    """

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        general.setProperty("role", "error")
        general.setWordWrap(True)
        general.hide()

    def add_row(
        self,
        form: QFormLayout,
        field: str,
        widget: QWidget,
        object_name: str,
        label: str,
        accessible_name: str,
    ) -> QWidget:
        """Name ``widget``, put it in ``form`` under ``label`` with its error line, register it."""
        name_widget(widget, object_name, accessible_name)
        box, error_label = with_error_label(widget, object_name + ".error")
        self.add(field, widget, error_label)
        form.addRow(label, box)
        return widget

    def add(self, field: str, widget: QWidget, label: QLabel) -> None:
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.hide()
        self._fields[field] = (widget, label)

    def clear(self) -> None:
        for widget, label in self._fields.values():
            _set_invalid(widget, False)
            label.clear()
            label.hide()
        self._general.clear()
        self._general.hide()

    def show(self, error: ValidationError | DomainError) -> None:
        """Show every message; focus the first bad field."""
        self.clear()
        errors = error.errors if isinstance(error, ValidationError) else [None]
        first: QWidget | None = None
        general: list[str] = []
        for item in errors:
            if item is None:
                general.append(message_text(error))
                continue
            target = self._fields.get(item.field or "")
            if target is None:
                general.append(message_text(item))
                continue
            widget, label = target
            _set_invalid(widget, True)
            label.setText(message_text(item))
            label.show()
            first = first or widget
        if general:
            self._general.setText("\n".join(general))
            self._general.show()
        self._make_room()
        if first is not None:
            first.setFocus()

    def show_text(self, text: str) -> None:
        self.clear()
        self._general.setText(text)
        self._general.show()
        self._make_room()

    def _make_room(self) -> None:
        """A dialog grows to fit messages that wrap onto a second line instead of letting
        them overlap the next field (a page inside the main window has room to grow)."""
        window = self._general.window()
        if isinstance(window, QDialog) and window.isVisible():
            hint = window.sizeHint()
            # Only ever grow: a dialog the person (or the code) made larger stays as large.
            size_within_screen(
                window, max(window.width(), hint.width()), max(window.height(), hint.height())
            )

    def messages(self) -> Mapping[str, str]:
        shown = {f: lbl.text() for f, (_w, lbl) in self._fields.items() if lbl.text()}
        if self._general.text():
            shown[""] = self._general.text()
        return shown


def breakable(path: Path | str) -> str:
    """A path a word-wrapped label may break after any folder separator (a path has no
    spaces to break at, so a long one would otherwise widen the dialog past the screen)."""
    return str(path).replace("/", "/\u200b").replace("\\", "\\\u200b")


# What a window frame and title bar take from the free area of the screen.
TITLE_BAR_ROOM = (10, 36)


def size_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, but never past the screen's free area
    (a 1280x720 screen less the taskbar and the title bar): long forms scroll instead."""
    room = room_on_screen(window)
    if room is not None:
        width = min(width, room[0])
        height = min(height, room[1])
    window.resize(width, height)


def room_on_screen(window: QWidget) -> tuple[int, int] | None:
    """The width and height a window can have on its screen's free area, frame included."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    free = screen.availableGeometry()
    return free.width() - TITLE_BAR_ROOM[0], free.height() - TITLE_BAR_ROOM[1]


def submit_form(
    errors: FieldErrors,
    call: Callable[[], T],
    refused: Callable[[DomainError], object] | None = None,
) -> T | None:
    """Run a form's service call: on an error mark the fields (everything typed stays), let
    ``refused`` show what the fields cannot, and return None; otherwise return the result."""
    try:
        return call()
    except DomainError as exc:
        errors.show(exc)
        if refused is not None:
            refused(exc)
        return None


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet matches on (``role``, ``invalid``) and repaint."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    restyle(widget, "invalid", invalid)


def make_table_view(
    model: QAbstractItemModel,
    object_name: str,
    accessible_name: str,
    *,
    stretch: int | Sequence[int] | None = None,
) -> QTableView:
    """A read-only table that selects one whole row at a time, columns fitted to content.

    ``stretch`` names the column (a long name, an item), or the columns, that take the width
    left over and are cut short with a tooltip when the table is narrow; every other column
    keeps its content's width, so numbers, dates and times are never cut. Without it the last
    column stretches.
    """
    view = QTableView()
    view.setItemDelegate(ElidedToolTipDelegate(view))
    name_widget(view, object_name, accessible_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    for column in [stretch] if isinstance(stretch, int) else stretch or ():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setAlternatingRowColors(True)
    return view


def dialog_buttons(
    dialog: QDialog, prefix: str, submit_text: str, accessible: str, cancel_text: str
) -> tuple[QDialogButtonBox, QPushButton]:
    """Submit (the default button; the dialog validates before accepting) and Cancel."""
    buttons = QDialogButtonBox()
    submit = buttons.addButton(submit_text, QDialogButtonBox.ButtonRole.AcceptRole)
    name_widget(submit, f"{prefix}.submit", accessible)
    submit.setDefault(True)
    cancel = buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    name_widget(cancel, f"{prefix}.cancel", cancel_text)
    buttons.rejected.connect(dialog.reject)
    return buttons, submit


def hint_label(text: str, object_name: str = "", *, wrap: bool = True) -> QLabel:
    """A quiet line of help or explanation (the ``hint`` role of the style sheet)."""
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    label.setProperty("role", "hint")
    label.setWordWrap(wrap)
    return label


def with_error_label(field: QWidget, object_name: str) -> tuple[QWidget, QLabel]:
    """A field with its error message line underneath, as one widget for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    label = QLabel()
    label.setObjectName(object_name)
    layout.addWidget(label)
    return box, label
