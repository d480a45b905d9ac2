"""A day laid out as a grid: rows down the left, hours across the top, bookings as blocks.

The room-booking page uses it three ways: rows are the rooms of one day, the days of one
room's week, or the seats of a study room. The grid knows nothing about bookings beyond the
blocks it is given; it reports what a person picks (an empty time range, or a block) through
two signals and leaves the rest to the page.

The widget is built in three layers: ``time_grid_layout`` (content, geometry, hit-testing),
``time_grid_paint`` (colours and painting) and this module (the cursor, mouse and keyboard).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip, QWidget

from hall_desk.ui.bookings.time_grid_layout import (
    BLOCK_STATES,
    MINUTES_PER_DAY,
    GridBlock,
    assign_lanes,
    format_minute,
)
from hall_desk.ui.bookings.time_grid_paint import (
    GridPainting,
    block_colours,
    block_dashed,
    closed_colours,
)

__all__ = [
    "BLOCK_STATES",
    "MINUTES_PER_DAY",
    "GridBlock",
    "TimeGrid",
    "block_colours",
    "block_dashed",
    "closed_colours",
    "format_minute",
]


class TimeGrid(GridPainting):
    """Rows against hours, with bookings as coloured blocks; pick a free range or a block.

    The viewport (``canvas``) receives the mouse; everything is painted there, with the hour
    header and the row-label column held in place while the hours and rows scroll. The
    read-only queries (``canvas``, ``blocks``, ``slot_rect``, ``block_at``) are inherited
    from ``GridGeometry``.
    """

    slotPicked = Signal(int, int, int)  # row, start minute, end minute of an empty range
    blockActivated = Signal(object)  # key of the block clicked or chosen with Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_grid")
        self.setAccessibleName(self.tr("Booking time grid"))
        self.viewport().setObjectName("time_grid_canvas")
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._relayout()

    # -- public API ---------------------------------------------------------------------

    def set_rows(self, labels: Sequence[str], sublabels: Sequence[str] | None = None) -> None:
        """The rows, top to bottom; sublabels (capacity, rules) go under in smaller grey."""
        if sublabels is not None and len(sublabels) != len(labels):
            raise ValueError("sublabels must match labels one for one")
        self._labels = list(labels)
        self._sublabels = list(sublabels) if sublabels is not None else [""] * len(labels)
        self._drag = None
        self._row = max(0, min(self._row, len(self._labels) - 1))
        self._cursor_block = None
        self._relayout()
        self._cursor_moved(reveal=False)

    def set_hours(self, first_minute: int, last_minute: int, step: int = 30) -> None:
        """The span of the day shown across, and the slot size a click or arrow key covers."""
        if not 0 <= first_minute < last_minute <= MINUTES_PER_DAY or step <= 0:
            raise ValueError("visible hours must be a non-empty span of the day, step > 0")
        self._first, self._last, self._step = first_minute, last_minute, step
        self._drag = None
        self._cursor_block = None
        self._anchor = self._focus = self._slot_of(self._focus)
        self._relayout()
        self._cursor_moved(reveal=False)

    def set_blocks(self, blocks: Sequence[GridBlock]) -> None:
        """Replace the blocks. A cursor resting on a booking stays on it after a refresh."""
        held = self._blocks[self._cursor_block] if self._cursor_block is not None else None
        self._blocks = list(blocks)
        self._lane, self._by_row = assign_lanes(self._blocks)
        self._pressed_block = None
        self._cursor_block = None
        if held is not None:
            self._cursor_block = next(
                (i for i in self._by_row.get(held.row, []) if self._blocks[i].key == held.key),
                None,
            )
        self._cursor_moved(reveal=False)

    def set_unavailable(self, row: int, spans: Sequence[tuple[int, int]], reason: str = "") -> None:
        """Shade the spans of one row (replacing what it had); ``reason`` explains them."""
        cleaned = sorted((max(0, s), min(MINUTES_PER_DAY, e)) for s, e in spans if s < e)
        if cleaned:
            self._shaded[row] = (cleaned, reason)
        else:
            self._shaded.pop(row, None)
        self._cursor_moved(reveal=False)

    def clear_unavailable(self) -> None:
        self._shaded.clear()
        self._cursor_moved(reveal=False)

    def set_now(self, minute: int | None, row: int | None = None) -> None:
        """Draw the red line for the current time; None (another day) hides it.

        ``row`` limits the line to one row: today's, when the rows are the days of a week.
        """
        self._now, self._now_row = minute, row
        self.viewport().update()

    def cursor(self) -> tuple[int, int, int]:  # type: ignore[override]
        """The keyboard cursor: (row, start minute, end minute). Shadows QWidget.cursor()."""
        start, end = self._cursor_span()
        return self._row, start, end

    def set_cursor(self, row: int, minute: int) -> None:
        """Put the cursor on the slot holding ``minute`` and scroll it into view."""
        self._row = max(0, min(row, len(self._labels) - 1))
        self._anchor = self._focus = self._slot_of(minute)
        self._cursor_block = None
        self._cursor_moved()

    # -- cursor -------------------------------------------------------------------------

    def _move_cursor(self, row: int, anchor: int, focus: int, reveal: bool = True) -> None:
        self._row = max(0, min(row, len(self._labels) - 1))
        self._anchor, self._focus = self._slot_of(anchor), self._slot_of(focus)
        self._cursor_block = None
        self._cursor_moved(reveal)

    def _cursor_on_block(self, index: int, reveal: bool = True) -> None:
        block = self._blocks[index]
        self._row = block.row
        self._anchor = self._slot_of(block.start)
        self._focus = self._slot_of(min(block.end, self._last) - 1)
        self._cursor_block = index
        self._cursor_moved(reveal)

    def _cursor_moved(self, reveal: bool = True) -> None:
        # A click never scrolls: the block or slot under the mouse must stay put.
        if reveal:
            self._ensure_cursor_visible()
        self.setAccessibleDescription(self._describe_cursor())
        self.viewport().update()

    def _describe_cursor(self) -> str:
        if not self._labels:
            return ""
        start, end = self._cursor_span()
        where = self.tr("{row} {start}–{end}").format(
            row=self._labels[self._row], start=format_minute(start), end=format_minute(end)
        )
        found = self._cursor_blocks()
        if found:
            return self.tr("{where}, {what}").format(
                where=where, what=self._describe_block(self._blocks[found[0]])
            )
        if self._shade_over(self._row, start, end):
            reason = self._shaded[self._row][1]
            if reason:
                return self.tr("{where}, closed: {reason}").format(where=where, reason=reason)
            return self.tr("{where}, closed").format(where=where)
        return self.tr("{where}, free").format(where=where)

    def _describe_block(self, block: GridBlock) -> str:
        if block.state == "pending":
            return self.tr("awaiting approval: {title}").format(title=block.title)
        if block.state == "checked_in":
            return self.tr("checked in: {title}").format(title=block.title)
        if block.state == "info":
            return block.title
        return self.tr("booked: {title}").format(title=block.title)

    def _activate_cursor(self) -> None:
        found = self._cursor_blocks()
        if found:
            self.blockActivated.emit(self._blocks[found[0]].key)
            return
        start, end = self._cursor_span()
        if self._labels and not self._shade_over(self._row, start, end):
            self.slotPicked.emit(self._row, start, end)

    def _jump_to_block(self, forward: bool) -> bool:
        order = self._reading_order()
        current = self._cursor_block
        if current is None:
            under = list(self._blocks_over(self._row, self._focus, self._slot_end(self._focus)))
            current = under[0] if under else None
        if current is not None and current in order:
            at = order.index(current)
            candidates = order[at + 1 :] if forward else order[:at][::-1]
        else:
            here = (self._row, self._focus)
            if forward:
                candidates = [i for i in order if self._position(i) > here]
            else:
                candidates = [i for i in reversed(order) if self._position(i) < here]
        if not candidates:
            return False
        self._cursor_on_block(candidates[0])
        return True

    # -- events -------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab walks the blocks; past the last one it leaves the grid as usual (no trap).
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if plain and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                backwards = key == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                if self._jump_to_block(forward=not backwards):
                    event.accept()
                    return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        step = self._step
        low, _end = self._cursor_span()
        high = max(self._anchor, self._focus)
        page = max(1, (self.viewport().height() - self._header_h) // self._row_h)
        row = self._row
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.viewport().update()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            delta = step if key == Qt.Key.Key_Right else -step
            if shift:
                self._move_cursor(row, self._anchor, self._focus + delta)
            else:
                target = high + step if delta > 0 else low - step
                self._move_cursor(row, target, target)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            size = page if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) else 1
            up = key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp)
            self._move_cursor(row - size if up else row + size, self._anchor, self._focus)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            edge = self._first if key == Qt.Key.Key_Home else self._last - 1
            if ctrl:
                row = 0 if key == Qt.Key.Key_Home else len(self._labels) - 1
            self._move_cursor(row, self._anchor if shift else edge, edge)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate_cursor()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        index = self._block_at_point(pos)
        if index is not None:
            self._pressed_block = index
            self._cursor_on_block(index, reveal=False)
            return
        cell = self._point_to_cell(pos)
        if cell is None:
            return
        row, slot = cell[0], self._slot_of(cell[1])
        if not self._slot_free(row, slot):
            return
        self._drag = [row, slot, slot]
        self._move_cursor(row, slot, slot, reveal=False)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._drag is not None:
            row, anchor, _focus = self._drag
            focus = self._reachable(row, anchor, self._slot_of(self._minute_at_x(pos.x())))
            if focus != self._drag[2]:
                self._drag[2] = focus
                self._move_cursor(row, anchor, focus)
            return
        over_block = self._block_at_point(pos) is not None
        shape = Qt.CursorShape.PointingHandCursor if over_block else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)
        cell = self._point_to_cell(pos)
        hover = None
        if cell is not None and not over_block:
            hover = (cell[0], self._slot_of(cell[1]))
        if hover != self._hover:
            self._hover = hover
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        pressed, self._pressed_block = self._pressed_block, None
        if pressed is not None:
            if self._block_at_point(event.position().toPoint()) == pressed:
                self.blockActivated.emit(self._blocks[pressed].key)
            return
        if self._drag is None:
            return
        row, anchor, focus = self._drag
        self._drag = None
        self.viewport().update()
        low, high = sorted((anchor, focus))
        self.slotPicked.emit(row, low, self._slot_end(high))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.Leave and self._hover is not None:
            self._hover = None
            self.viewport().update()
        return super().viewportEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._drag = None
        self.viewport().update()
