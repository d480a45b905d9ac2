"""What the time grid holds and where each thing lies on screen.

``GridGeometry`` keeps the rows, hours, blocks, shading and cursor of a ``TimeGrid`` and
answers the questions painting and the mouse both ask: where a minute or a row is drawn,
which block or slot is under a point, whether a slot is free. It paints nothing and reacts
to no input; ``GridPainting`` and ``TimeGrid`` build on it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QWidget

MINUTES_PER_DAY = 24 * 60
BLOCK_STATES = ("confirmed", "pending", "checked_in", "info")


def format_minute(minute: int) -> str:
    """Minutes since midnight as a 24-hour clock time, e.g. 570 -> "09:30", 1440 -> "24:00"."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


@dataclass(frozen=True)
class GridBlock:
    """One booking (or notice) drawn in a row from ``start`` to ``end`` minutes."""

    key: object  # booking id, handed back through blockActivated
    row: int
    start: int  # minutes since midnight, inclusive
    end: int  # minutes since midnight, exclusive (may be 1440)
    title: str
    subtitle: str = ""
    state: str = "confirmed"
    tooltip: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end <= MINUTES_PER_DAY:
            raise ValueError(f"block {self.key!r} has an empty or impossible span")
        if self.state not in BLOCK_STATES:
            raise ValueError(f"block {self.key!r} has unknown state {self.state!r}")


def assign_lanes(
    blocks: Sequence[GridBlock],
) -> tuple[list[tuple[int, int]], dict[int, list[int]]]:
    """Overlapping blocks in a row share its height: (lane, lanes) per block, indices per row."""
    by_row: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        by_row.setdefault(block.row, []).append(index)
    lanes = [(0, 1)] * len(blocks)

    def close(cluster: list[int], count: int) -> None:
        for member in cluster:
            lanes[member] = (lanes[member][0], count)

    for indices in by_row.values():
        indices.sort(key=lambda i: (blocks[i].start, blocks[i].end))
        cluster: list[int] = []
        lane_ends: list[int] = []  # where the last block in each lane ends
        for index in indices:
            block = blocks[index]
            if cluster and block.start >= max(lane_ends):
                close(cluster, len(lane_ends))
                cluster, lane_ends = [], []
            lane = next((n for n, end in enumerate(lane_ends) if end <= block.start), None)
            if lane is None:
                lane = len(lane_ends)
                lane_ends.append(block.end)
            lane_ends[lane] = block.end
            lanes[index] = (lane, 1)
            cluster.append(index)
        close(cluster, len(lane_ends))
    return lanes, by_row


class GridGeometry(QAbstractScrollArea):
    """The grid's content and cursor, and where they are drawn in the viewport.

    The hour header and the row-label column stay in place while the hours and rows scroll;
    every position here is in viewport (``canvas``) coordinates unless it says "content".
    """

    MIN_ROW_HEIGHT = 44
    MIN_HOUR_WIDTH = 56
    MIN_SLOT_WIDTH = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._sublabels: list[str] = []
        self._first, self._last, self._step = 7 * 60, 22 * 60, 30
        self._blocks: list[GridBlock] = []
        self._lane: list[tuple[int, int]] = []
        self._by_row: dict[int, list[int]] = {}
        self._shaded: dict[int, tuple[list[tuple[int, int]], str]] = {}
        self._now: int | None = None
        self._now_row: int | None = None
        # The cursor runs from the anchor slot to the focus slot (both slot starts).
        self._row = 0
        self._anchor = self._focus = self._first
        self._cursor_block: int | None = None  # index of the block Tab or a click landed on
        self._drag: list[int] | None = None  # [row, anchor slot, focus slot] while dragging
        self._pressed_block: int | None = None
        self._hover: tuple[int, int] | None = None
        self._row_h = self.MIN_ROW_HEIGHT
        self._header_h = 28
        self._label_w = 120
        self._ppm = 1.0  # pixels per minute

    # -- queries --------------------------------------------------------------------------

    @property
    def canvas(self) -> QWidget:
        """The widget that receives mouse events; ``slot_rect`` is in its coordinates."""
        return self.viewport()

    def blocks(self) -> list[GridBlock]:
        """The blocks as last given, in the order given."""
        return list(self._blocks)

    def slot_rect(self, row: int, minute: int) -> QRect:
        """Where the slot holding ``minute`` is drawn, in ``canvas`` coordinates."""
        start = self._slot_of(minute)
        return self._span_rect(row, start, self._slot_end(start))

    def block_at(self, row: int, minute: int) -> GridBlock | None:
        """The block covering ``minute`` in ``row`` (the earliest, where blocks overlap)."""
        for index in self._by_row.get(row, []):
            block = self._blocks[index]
            if block.start <= minute < block.end:
                return block
        return None

    # -- geometry -----------------------------------------------------------------------

    def _relayout(self) -> None:
        """Sizes follow the font (the app's style sheet sets it) and the viewport width."""
        font = self.font()
        fm = QFontMetrics(font)
        small = QFontMetrics(self._small_font())
        self._row_h = max(self.MIN_ROW_HEIGHT, fm.height() + small.height() + 10)
        self._header_h = fm.height() + 12
        widest = max(
            [fm.horizontalAdvance(t) for t in self._labels]
            + [small.horizontalAdvance(t) for t in self._sublabels]
            + [60]
        )
        self._label_w = max(88, min(widest + 24, 200))
        span = self._last - self._first
        least = max(self.MIN_HOUR_WIDTH / 60, self.MIN_SLOT_WIDTH / self._step)
        room = self.viewport().width() - self._label_w
        self._ppm = max(least, room / span)
        h_bar, v_bar = self.horizontalScrollBar(), self.verticalScrollBar()
        h_bar.setRange(0, max(0, round(span * self._ppm) - room))
        h_bar.setPageStep(max(1, room))
        h_bar.setSingleStep(max(1, round(self._step * self._ppm)))
        rows_room = self.viewport().height() - self._header_h
        v_bar.setRange(0, max(0, len(self._labels) * self._row_h - rows_room))
        v_bar.setPageStep(max(1, rows_room))
        v_bar.setSingleStep(self._row_h)
        self.viewport().update()

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _content_x(self, minute: int) -> int:
        return round((minute - self._first) * self._ppm)

    def _x(self, minute: int) -> int:
        return self._label_w + self._content_x(minute) - self.horizontalScrollBar().value()

    def _y(self, row: int) -> int:
        return self._header_h + row * self._row_h - self.verticalScrollBar().value()

    def _span_rect(self, row: int, start: int, end: int) -> QRect:
        left, right = self._x(max(start, self._first)), self._x(min(end, self._last))
        return QRect(left, self._y(row), right - left, self._row_h)

    def _content_rect(self) -> QRect:
        area = self.viewport().rect()
        return area.adjusted(self._label_w, self._header_h, 0, 0)

    def _slot_of(self, minute: int) -> int:
        last_slot = self._first + (self._last - self._first - 1) // self._step * self._step
        slot = self._first + (minute - self._first) // self._step * self._step
        return max(self._first, min(slot, last_slot))

    def _slot_end(self, slot: int) -> int:
        return min(slot + self._step, self._last)

    def _point_to_cell(self, pos: QPoint) -> tuple[int, int] | None:
        """(row, minute) under a canvas point, or None outside the rows and hours."""
        if not self._content_rect().contains(pos):
            return None
        row = (pos.y() - self._header_h + self.verticalScrollBar().value()) // self._row_h
        if not 0 <= row < len(self._labels) or pos.x() >= self._x(self._last):
            return None
        return row, self._minute_at_x(pos.x())

    def _minute_at_x(self, x: int) -> int:
        offset = x - self._label_w + self.horizontalScrollBar().value()
        return max(self._first, min(self._first + int(offset / self._ppm), self._last - 1))

    def _block_rect(self, index: int) -> QRect | None:
        block = self._blocks[index]
        if block.end <= self._first or block.start >= self._last:
            return None
        if not 0 <= block.row < len(self._labels):
            return None
        lane, lanes = self._lane[index]
        cell = self._span_rect(block.row, block.start, block.end)
        height = (self._row_h - 6) / lanes
        top = cell.top() + 3 + round(lane * height)
        return QRect(cell.left() + 1, top, max(3, cell.width() - 2), max(4, round(height) - 1))

    def _block_at_point(self, pos: QPoint) -> int | None:
        cell = self._point_to_cell(pos)
        if cell is None:
            return None
        for index in self._by_row.get(cell[0], []):
            rect = self._block_rect(index)
            if rect is not None and rect.contains(pos):
                return index
        return None

    # -- what is where ------------------------------------------------------------------

    def _blocks_over(self, row: int, start: int, end: int) -> Iterator[int]:
        for index in self._by_row.get(row, []):
            block = self._blocks[index]
            if block.start < end and start < block.end:
                yield index

    def _shade_over(self, row: int, start: int, end: int) -> bool:
        spans, _reason = self._shaded.get(row, ([], ""))
        return any(s < end and start < e for s, e in spans)

    def _row_closed(self, row: int) -> bool:
        reach = self._first
        for start, end in self._shaded.get(row, ([], ""))[0]:
            if start > reach:
                return False
            reach = max(reach, end)
        return reach >= self._last

    def _slot_free(self, row: int, slot: int) -> bool:
        end = self._slot_end(slot)
        return (
            not self._shade_over(row, slot, end)
            and next(self._blocks_over(row, slot, end), None) is None
        )

    def _reachable(self, row: int, anchor: int, target: int) -> int:
        """The farthest slot towards ``target`` that a drag from ``anchor`` covers freely."""
        step = self._step if target >= anchor else -self._step
        slot = anchor
        while slot != target and self._slot_free(row, slot + step):
            slot += step
        return slot

    def _cursor_span(self) -> tuple[int, int]:
        low, high = sorted((self._anchor, self._focus))
        return low, self._slot_end(high)

    def _cursor_blocks(self) -> list[int]:
        if self._cursor_block is not None:
            return [self._cursor_block]
        start, end = self._cursor_span()
        under_focus = list(self._blocks_over(self._row, self._focus, self._slot_end(self._focus)))
        return under_focus or list(self._blocks_over(self._row, start, end))

    def _reading_order(self) -> list[int]:
        shown = [i for i in range(len(self._blocks)) if self._block_rect(i) is not None]
        return sorted(shown, key=lambda i: (self._blocks[i].row, self._blocks[i].start, i))

    def _position(self, index: int) -> tuple[int, int]:
        return self._blocks[index].row, self._blocks[index].start

    def _tooltip_at(self, pos: QPoint) -> str:
        index = self._block_at_point(pos)
        if index is not None:
            block = self._blocks[index]
            times = f"{format_minute(block.start)}–{format_minute(block.end)}"
            return block.tooltip or "\n".join(
                t for t in (block.title, block.subtitle or times) if t
            )
        if pos.x() < self._label_w and pos.y() >= self._header_h:
            row = (pos.y() - self._header_h + self.verticalScrollBar().value()) // self._row_h
            if 0 <= row < len(self._labels):
                return "\n".join(t for t in (self._labels[row], self._sublabels[row]) if t)
            return ""
        cell = self._point_to_cell(pos)
        if cell is not None and self._shade_over(cell[0], cell[1], cell[1] + 1):
            return self._shaded[cell[0]][1]
        return ""

    # -- scrolling and size ---------------------------------------------------------------

    def _ensure_cursor_visible(self) -> None:
        if not self._labels:
            return
        start, end = self._cursor_span()
        bar = self.horizontalScrollBar()
        _scroll_into_view(bar, self._content_x(start), self._content_x(end))
        # When the range is wider than the view, the end being moved is the one shown.
        focus_end = self._slot_end(self._focus)
        _scroll_into_view(bar, self._content_x(self._focus), self._content_x(focus_end))
        top = self._row * self._row_h
        _scroll_into_view(self.verticalScrollBar(), top, top + self._row_h)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()
        self._ensure_cursor_visible()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Qt may send these while the constructor is still running.
        changed = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if changed and hasattr(self, "_ppm"):
            self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # The header and label column stay put, so repaint rather than scroll pixels.
        self.viewport().update()

    def sizeHint(self) -> QSize:
        span = self._last - self._first
        width = self._label_w + round(span * self.MIN_HOUR_WIDTH / 60) + 2 * self.frameWidth()
        height = self._header_h + max(3, len(self._labels)) * self._row_h + 2 * self.frameWidth()
        return QSize(min(width, 1200), min(height, 640))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._label_w + 160, self._header_h + 2 * self._row_h)


def _scroll_into_view(bar: QScrollBar, low: int, high: int) -> None:
    """Scroll ``bar`` (content coordinates) so that [low, high) is in view, low first."""
    value, page = bar.value(), bar.pageStep()
    if high > value + page:
        value = high - page
    if low < value:
        value = low
    bar.setValue(value)
