"""Widgets that show figures and open the records behind them: a figure tile (a big number
that is a button), a grid of tiles, and a table whose rows drill down.

A tile or row is picked with the mouse or from the keyboard (Enter or Space on a tile,
Enter on a table row); either way it reports the row or the tile's drill-down key.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desk.ui.kit.common import name_widget, restyle

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FigureTile(QPushButton):
    """One figure: its name, the value in large type, a note beside it (people, rate) and a
    small line underneath (yesterday's value). ``picked`` carries the drill-down key.

    Style-sheet hooks: ``QPushButton[role="tile"]`` with ``alert="true"`` when the figure
    needs attention; the labels have roles ``tile-title``, ``tile-value``, ``tile-note`` and
    ``tile-sub``.
    """

    picked = Signal(str)

    def __init__(self, key: str, title: str, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.title = title
        name_widget(self, object_name, title)
        self.setProperty("role", "tile")
        self.setProperty("alert", False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self.title_label = self._label("tile-title", title)
        self.value_label = self._label("tile-value", "—")
        self.note_label = self._label("tile-note", "")
        self.sub_label = self._label("tile-sub", "")
        self.value_label.setObjectName(object_name + ".value")
        self.sub_label.setObjectName(object_name + ".sub")
        value_row = QHBoxLayout()
        value_row.setSpacing(6)
        value_row.addWidget(self.value_label)
        value_row.addWidget(self.note_label, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.title_label)
        layout.addLayout(value_row)
        layout.addWidget(self.sub_label)
        self.clicked.connect(lambda _checked=False: self.picked.emit(self.key))

    def _label(self, role: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", role)
        # The tile is the button; its labels only draw.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def set_figure(self, value: str, *, note: str = "", sub: str = "", alert: bool = False) -> None:
        self.value_label.setText(value)
        self.note_label.setText(note)
        self.sub_label.setText(sub)
        restyle(self, "alert", alert)
        for label in (self.title_label, self.value_label, self.note_label):
            restyle(label, "alert", alert)
        spoken = " ".join(t for t in (self.title, value, note, sub) if t)
        self.setAccessibleDescription(spoken)
        self.setToolTip(spoken)

    def value_text(self) -> str:
        return self.value_label.text()

    def sub_text(self) -> str:
        return self.sub_label.text()

    def is_alert(self) -> bool:
        return bool(self.property("alert"))

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


class TileGrid(QWidget):
    """Tiles in rows of ``columns``; ``picked`` carries the tile picked."""

    picked = Signal(object)  # FigureTile

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self.tiles: dict[str, FigureTile] = {}

    def add(self, tile: FigureTile, name: str) -> FigureTile:
        index = len(self.tiles)
        self._grid.addWidget(tile, index // self._columns, index % self._columns)
        self.tiles[name] = tile
        tile.picked.connect(lambda _key, t=tile: self.picked.emit(t))
        return tile


class DrillTable(QTableView):
    """A read-only table whose rows open the records behind them: a click or Enter on a row
    emits ``drill`` with the row number."""

    drill = Signal(int)

    def __init__(self, model: QAbstractItemModel, object_name: str, accessible_name: str) -> None:
        super().__init__()
        name_widget(self, object_name, accessible_name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.setWordWrap(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(lambda index: self.drill.emit(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS and self.currentIndex().isValid():
            self.drill.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)
