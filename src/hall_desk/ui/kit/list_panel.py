"""One editable list: a table of records, the buttons that act on them, and a message line.

A concrete panel declares only what differs: its model and columns, its buttons (object name,
text, accessible name, whether one needs a selected row, whether only an administrator may
use it), the service calls behind them and what the "data changed" notice names. The panel
keeps the selection across reloads, enables each button for the selected row, opens "change"
on a double-click or Enter, shows its dialogs window-modal and says what happened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import wraps
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desk.domain.errors import DomainError
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import hint_label, make_table_view, message_text, name_widget, restyle
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.table_model import RowTableModel

D = TypeVar("D", bound=QDialog)
P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound="ListPanel")


@dataclass(frozen=True)
class ListAction:
    """A button under a list, as the concrete panel declares it."""

    name: str
    text: str
    accessible: str
    run: Callable[[], object]
    #: Enabled only while a row is selected, and then only if ``allowed`` says yes to it.
    needs_row: bool = True
    allowed: Callable[[Any], bool] | None = None
    #: Shown to administrators only.
    admin_only: bool = False
    #: The text and accessible name for the selected record (or None), when they follow it.
    label: Callable[[Any], tuple[str, str]] | None = None


def admin_only(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R | None]:
    """A panel method only an administrator may use: for anyone else it does nothing."""

    @wraps(method)
    def guarded(panel: S, /, *args: P.args, **kwargs: P.kwargs) -> R | None:
        return method(panel, *args, **kwargs) if panel.is_admin else None

    return guarded


def selected_row(table: QTableView) -> int | None:
    """The row selected in ``table`` (it selects one whole row at a time), or None."""
    selection = table.selectionModel()
    rows = selection.selectedRows() if selection else []
    return rows[0].row() if rows else None


def action_button(action: ListAction) -> QPushButton:
    """The button of ``action``, named, running ``action.run`` when clicked."""
    button = QPushButton(action.text)
    name_widget(button, action.name, action.accessible)
    run = action.run
    button.clicked.connect(lambda _checked=False: run())
    return button


class MessageLine(QLabel):
    """The line that says what was just done (``ok``) or what went wrong."""

    def __init__(self, object_name: str, accessible_name: str, *, hidden: bool = True) -> None:
        super().__init__()
        name_widget(self, object_name, accessible_name)
        self.setWordWrap(True)
        if hidden:
            self.hide()

    def say(self, text: str, *, ok: bool) -> None:
        restyle(self, "role", "ok" if ok else "error")
        self.setText(text)
        self.show()


class ListPanel(QWidget):
    """A list people change through the buttons under it; see the module's docstring.

    A panel subclasses it and fills its lists in ``load``, or (inside another frame, such as
    a group box) uses one as it is and hands it ``load``.
    """

    #: The list the buttons act on; the first made with ``list_table`` unless a panel of
    #: several lists says otherwise in ``current_list``.
    table: QTableView
    model: RowTableModel

    def __init__(
        self,
        session: StaffSession,
        events: DataEvents,
        notice: str,
        parent: QWidget | None = None,
        *,
        load: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._events = events
        self._notice = notice
        self._load = load
        self.open_dialog: QDialog | None = None
        #: Says what was done or what went wrong (made by ``message_line``; a list inside
        #: another panel may leave that to the panel).
        self.message: MessageLine | None = None
        #: Controls above the list (a filter, "show retired"), and the row of its buttons.
        self.top = QHBoxLayout()
        self.button_row = QHBoxLayout()
        self._buttons: list[tuple[ListAction, QPushButton]] = []

    @property
    def is_admin(self) -> bool:
        return self._session.is_admin

    # -- building ------------------------------------------------------------------------
    def list_table(
        self,
        model: RowTableModel,
        object_name: str,
        accessible_name: str,
        *,
        stretch: int | Sequence[int] | None = None,
        min_height: int = 0,
        wrap: bool = True,
        opens: Callable[[], object] | None = None,
    ) -> QTableView:
        """A list whose selection updates the buttons; a double-click or Enter on a row runs
        ``opens`` (usually "change")."""
        table = make_table_view(model, object_name, accessible_name, stretch=stretch)
        if min_height:
            table.setMinimumHeight(min_height)
        table.setWordWrap(wrap)
        table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self.update_actions()
        )
        if opens is not None:
            table.doubleClicked.connect(lambda _index: opens())
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Set apart: PySide6 drops a context given to the constructor with a slot, and
                # Enter in a search box of the same window would open the selected row.
                shortcut = QShortcut(QKeySequence(key), table)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(opens)
        if not hasattr(self, "table"):  # the first list is the one the buttons act on
            self.table, self.model = table, model
        return table

    def action_row(self, actions: Sequence[ListAction], tail: QWidget | None = None) -> None:
        """The buttons of ``actions`` in ``button_row``, then ``tail`` taking the room left
        (the message, a note) or else empty room."""
        for action in actions:
            button = action_button(action)
            if action.admin_only and not self.is_admin:
                button.hide()
            self._buttons.append((action, button))
            self.button_row.addWidget(button)
        if tail is None:
            self.button_row.addStretch(1)
        else:
            self.button_row.addWidget(tail, 1)

    def message_line(
        self, object_name: str, accessible_name: str, *, hidden: bool = True
    ) -> MessageLine:
        """The message line (``self.message``), hidden until it says something."""
        self.message = MessageLine(object_name, accessible_name, hidden=hidden)
        return self.message

    def read_only_note(self, text: str, object_name: str, *, wrap: bool = False) -> QLabel | None:
        """For anyone but an administrator, the note that only one can change this list."""
        return None if self.is_admin else hint_label(text, object_name, wrap=wrap)

    def lay_out(self, note: QLabel | None = None, *, margins: int | None = None) -> None:
        """The usual arrangement: controls above, the list, its buttons, a note, the message."""
        layout = QVBoxLayout(self)
        if margins is not None:
            layout.setContentsMargins(margins, margins, margins, margins)
        if self.top.count():
            layout.addLayout(self.top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)
        if note is not None:
            layout.addWidget(note)
        if self.message is not None:
            layout.addWidget(self.message)

    # -- the lists -----------------------------------------------------------------------
    def load(self) -> None:
        """Read the records from the services and put them in the lists."""
        if self._load is not None:
            self._load()

    def refresh(self) -> None:
        """Reload (another desk may have changed the list), keeping the selection."""
        try:
            self.keeping_selection(self.load)
        except DomainError as exc:
            self.say(message_text(exc), ok=False)

    def keeping_selection(self, fill: Callable[[], object]) -> None:
        """Run ``fill``, which replaces rows, and select the same record again afterwards."""
        keep = self.selected_key()
        fill()
        if keep is not None:
            self.select(keep)
        self.update_actions()

    def current_list(self) -> tuple[QTableView, RowTableModel] | None:
        """The list the buttons act on now (None: no list is shown)."""
        return self.table, self.model

    def selected(self) -> Any | None:
        """The record selected in the current list."""
        found = self._selection()
        return None if found is None else found[1]

    def selected_key(self) -> Any | None:
        """What identifies the selected record across reloads (see ``RowTableModel.row_key``)."""
        found = self._selection()
        return None if found is None else found[0].row_key(found[1])

    def _selection(self) -> tuple[RowTableModel, Any] | None:
        current = self.current_list()
        row = None if current is None else selected_row(current[0])
        return None if current is None or row is None else (current[1], current[1].row_at(row))

    def select(self, key: Any) -> bool:
        """Select and show the record ``key`` in the current list; False if it is not there."""
        current = self.current_list()
        row = None if current is None else current[1].row_of(key)
        if current is None or row is None:
            return False
        table, model = current
        table.selectRow(row)
        table.scrollTo(model.index(row, 0))
        return True

    def update_actions(self) -> None:
        """Enable the buttons for the selected record; those that follow it say what they do."""
        record = self.selected()
        for action, button in self._buttons:
            if action.needs_row:
                allowed = action.allowed is None or record is None or action.allowed(record)
                button.setEnabled(record is not None and allowed)
            if action.label is not None:
                text, accessible = action.label(record)
                button.setText(text)
                button.setAccessibleName(accessible)

    # -- changes -------------------------------------------------------------------------
    def say(self, text: str, *, ok: bool) -> None:
        assert self.message is not None, "a list that says things needs its message_line"
        self.message.say(text, ok=ok)

    def unsay(self) -> None:
        """Hide what the message line said."""
        if self.message is not None:
            self.message.hide()

    def chosen(self, missing: str) -> Any | None:
        """The selected record; without one, the message line says ``missing``."""
        record = self.selected()
        if record is None:
            self.say(missing, ok=False)
        return record

    def confirmed(self, title: str, question: str) -> bool:
        """Ask ``question``; True when the answer is yes."""
        return QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes

    def attempt(self, call: Callable[[], object]) -> bool:
        """Run a service call that changes the list; a refusal is said and the list reloaded."""
        try:
            call()
        except DomainError as exc:
            self.say(message_text(exc), ok=False)
            self.refresh()
            return False
        return True

    def changed(self, text: str) -> None:
        """After a change: reload, say what was done, and send the one "data changed" notice."""
        self.refresh()
        self.say(text, ok=True)
        self.notify()

    def notify(self) -> None:
        """The one "data changed" notice, naming what this list holds."""
        self._events.changed.emit(self._notice)

    def open_window(self, dialog: D, accepted: Callable[[D], object]) -> D:
        """Show ``dialog`` window-modal without blocking; ``accepted(dialog)`` runs if it is."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: accepted(dialog))
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
