"""How the time grid looks: its colours, and the painting of rows, blocks, header and labels.

``block_colours`` and ``closed_colours`` let other widgets (the bookings page's legend) use
the very colours the grid paints with, so a key always matches what it explains.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLine, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygon,
)

from hall_desk.ui.bookings.time_grid_layout import GridBlock, GridGeometry, format_minute


@dataclass(frozen=True)
class _Look:
    fill: str
    border: str
    text: str
    dashed: bool = False


_LOOKS = {
    "confirmed": _Look("#2f6fd6", "#1f56b0", "#ffffff"),
    "pending": _Look("#ffe7a0", "#c98a00", "#4a3600", dashed=True),
    "checked_in": _Look("#2e7d32", "#1b5e20", "#ffffff"),
    "info": _Look("#e3e7ec", "#a9b3bf", "#37414b"),
}
_ROW_TINT = QColor("#f5f7fa")
_HEADER_BG = QColor("#eef1f5")
_LABEL_BG = QColor("#f7f8fa")
_STEP_LINE = QColor("#e4e8ed")
_HOUR_LINE = QColor("#b9c2cc")
_ROW_LINE = QColor("#d5dbe2")
_SHADE_FILL = QColor("#eceff2")
_SHADE_HATCH = QColor("#b8c0c8")
_MUTED_TEXT = QColor("#66727f")
_CURSOR = QColor("#0d47a1")
_SELECTION = QColor(47, 111, 214, 70)
_HOVER = QColor(47, 111, 214, 28)
_NOW = QColor("#e53935")


def block_colours(state: str) -> tuple[QColor, QColor, QColor]:
    """Fill, border and text colour of a block in ``state`` (one of ``BLOCK_STATES``)."""
    look = _LOOKS[state]
    return QColor(look.fill), QColor(look.border), QColor(look.text)


def block_dashed(state: str) -> bool:
    """Whether a block in ``state`` has a dashed border (one still awaiting approval)."""
    return _LOOKS[state].dashed


def closed_colours() -> tuple[QColor, QColor]:
    """Fill and hatching colour of the shading over closed hours."""
    return QColor(_SHADE_FILL), QColor(_SHADE_HATCH)


class GridPainting(GridGeometry):
    """Paints the grid into its viewport; ``TimeGrid`` adds the mouse and the keyboard."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.viewport().rect(), self.palette().color(QPalette.ColorRole.Base))
        rows = self._visible_rows()
        painter.save()
        painter.setClipRect(self._content_rect())
        self._paint_rows(painter, rows)
        self._paint_lines(painter, rows)
        self._paint_blocks(painter, rows)
        self._paint_selection(painter)
        self._paint_now(painter)
        painter.restore()
        self._paint_header(painter)
        self._paint_labels(painter, rows)
        painter.end()

    def _visible_rows(self) -> range:
        top = self.verticalScrollBar().value() // self._row_h
        shown = (self.viewport().height() - self._header_h) // self._row_h + 2
        return range(top, min(len(self._labels), top + shown))

    def _paint_rows(self, painter: QPainter, rows: range) -> None:
        left, right = self._x(self._first), self._x(self._last)
        painter.setBrushOrigin(left, 0)
        for row in rows:
            top = self._y(row)
            if row % 2:
                painter.fillRect(QRect(left, top, right - left, self._row_h), _ROW_TINT)
            for start, end in self._shaded.get(row, ([], ""))[0]:
                rect = self._span_rect(row, start, end)
                painter.fillRect(rect, _SHADE_FILL)
                painter.fillRect(rect, QBrush(_SHADE_HATCH, Qt.BrushStyle.BDiagPattern))
            if self._hover is not None and self._hover[0] == row:
                slot = self._hover[1]
                if self._slot_free(row, slot):
                    painter.fillRect(self._span_rect(row, slot, self._slot_end(slot)), _HOVER)

    def _paint_lines(self, painter: QPainter, rows: range) -> None:
        if not rows:
            return
        top, bottom = self._y(rows.start), self._y(rows.stop)
        left, right = self._x(self._first), self._x(self._last)
        steps: list[QLine] = []
        hours: list[QLine] = []
        for minute in range(self._first, self._last + 1, self._step):
            x = self._x(minute)
            (hours if minute % 60 == 0 else steps).append(QLine(x, top, x, bottom))
        # One call per colour: each call into Qt costs, and the grid repaints on every hover.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(_STEP_LINE)
        painter.drawLines(steps)
        painter.setPen(_HOUR_LINE)
        painter.drawLines(hours)
        painter.setPen(_ROW_LINE)
        below = [self._y(row + 1) - 1 for row in rows]
        painter.drawLines([QLine(left, y, right, y) for y in below])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        small = self._small_font()
        small.setItalic(True)
        painter.setFont(small)
        painter.setPen(_MUTED_TEXT)
        small_fm = QFontMetrics(small)
        for row in rows:
            reason = self._shaded.get(row, ([], ""))[1]
            if not reason or not self._row_closed(row):
                continue
            visible = self._span_rect(row, self._first, self._last) & self._content_rect()
            text = small_fm.elidedText(reason, Qt.TextElideMode.ElideRight, visible.width() - 24)
            plate = QRect(0, 0, small_fm.horizontalAdvance(text) + 16, small_fm.height() + 6)
            plate.moveCenter(visible.center())
            painter.fillRect(plate, _SHADE_FILL)
            painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_blocks(self, painter: QPainter, rows: range) -> None:
        title_font = QFont(self.font())
        title_font.setBold(True)
        fonts = (title_font, self._small_font())
        for row in rows:
            for index in self._by_row.get(row, []):
                rect = self._block_rect(index)
                if rect is not None:
                    self._paint_block(painter, index, rect, fonts)

    def _paint_block(
        self, painter: QPainter, index: int, rect: QRect, fonts: tuple[QFont, QFont]
    ) -> None:
        block = self._blocks[index]
        look = _LOOKS[block.state]
        pen = QPen(QColor(look.border), 1.5 if look.dashed else 1.0)
        if look.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(look.fill))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if index == self._cursor_block and self._drag is None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(_CURSOR if self.hasFocus() else _HOUR_LINE, 2))
            painter.drawRoundedRect(QRectF(rect).adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5)
        text = rect.adjusted(6, 2, -4, -2)
        if text.width() < 10:
            return
        title_fm, small_fm = QFontMetrics(fonts[0]), QFontMetrics(fonts[1])
        painter.setPen(QColor(look.text))
        painter.setFont(fonts[0])
        title = _fit(title_fm, block.title, text.width())
        if title != block.title and self._paint_wrapped(painter, block, text, fonts):
            return
        if not block.subtitle or text.height() < title_fm.height() + small_fm.height():
            painter.drawText(text, Qt.AlignmentFlag.AlignVCenter, title)
            return
        gap = (text.height() - title_fm.height() - small_fm.height()) // 2
        line = text.adjusted(0, gap, 0, 0)
        painter.drawText(line, Qt.AlignmentFlag.AlignTop, title)
        painter.setFont(fonts[1])
        painter.drawText(
            line.adjusted(0, title_fm.height(), 0, 0),
            Qt.AlignmentFlag.AlignTop,
            _fit(small_fm, block.subtitle, text.width()),
        )

    def _paint_wrapped(
        self, painter: QPainter, block: GridBlock, text: QRect, fonts: tuple[QFont, QFont]
    ) -> bool:
        """A title too long for one line goes on two smaller lines, with the times below
        when the row is high enough (the grid's columns say the times anyway); the block's
        tooltip still has everything."""
        small = QFont(fonts[1])
        small.setBold(True)
        fm, plain_fm = QFontMetrics(small), QFontMetrics(fonts[1])
        if text.height() < fm.height() * 2:
            return False
        with_times = bool(block.subtitle) and text.height() >= fm.height() * 2 + plain_fm.height()
        used = fm.height() * 2 + (plain_fm.height() if with_times else 0)
        top = text.top() + (text.height() - used) // 2
        first, rest = split_line(fm, block.title, text.width())
        painter.setFont(small)
        for number, line in enumerate((first, _fit(fm, rest, text.width()))):
            box = QRect(text.left(), top + number * fm.height(), text.width(), fm.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignTop, line)
        if with_times:
            painter.setFont(fonts[1])
            box = QRect(text.left(), top + 2 * fm.height(), text.width(), plain_fm.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignTop, _fit(plain_fm, block.subtitle, text.width())
            )
        return True

    def _paint_selection(self, painter: QPainter) -> None:
        if not self._labels:
            return
        start, end = self._cursor_span()
        rect = self._span_rect(self._row, start, end).adjusted(1, 1, -1, -1)
        if self._drag is not None:
            painter.fillRect(rect, _SELECTION)
        elif self._cursor_block is not None:
            return  # the outline goes round the block itself
        painter.setBrush(Qt.BrushStyle.NoBrush)
        focused = self.hasFocus() or self._drag is not None
        painter.setPen(QPen(_CURSOR if focused else _HOUR_LINE, 2))
        painter.drawRoundedRect(QRectF(rect), 3, 3)

    def _paint_now(self, painter: QPainter) -> None:
        if self._now is None or not self._first <= self._now <= self._last:
            return
        x = self._x(self._now)
        if self._now_row is None:
            top, bottom = self._header_h, self._y(len(self._labels))
        else:
            top, bottom = self._y(self._now_row), self._y(self._now_row + 1)
        painter.setPen(QPen(_NOW, 2))
        painter.drawLine(x, top, x, bottom)

    def _paint_header(self, painter: QPainter) -> None:
        width = self.viewport().width()
        painter.fillRect(QRect(0, 0, width, self._header_h), _HEADER_BG)
        painter.save()
        painter.setClipRect(QRect(self._label_w, 0, width - self._label_w, self._header_h))
        first_hour = -(-self._first // 60) * 60
        hours = [(minute, self._x(minute)) for minute in range(first_hour, self._last, 60)]
        painter.setPen(_HOUR_LINE)
        painter.drawLines([QLine(x, self._header_h - 6, x, self._header_h) for _m, x in hours])
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for minute, x in hours:
            if x + 4 < self._label_w:
                continue  # a half-hidden label reads as another hour ("2:00" for 12:00)
            text = QRect(x + 4, 0, round(60 * self._ppm) - 4, self._header_h)
            painter.drawText(text, Qt.AlignmentFlag.AlignVCenter, format_minute(minute))
        if self._now is not None and self._first <= self._now <= self._last:
            x = self._x(self._now)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_NOW)
            bottom = self._header_h
            painter.drawPolygon(
                QPolygon([QPoint(x - 5, bottom - 7), QPoint(x + 5, bottom - 7), QPoint(x, bottom)])
            )
        painter.restore()
        painter.setPen(_HOUR_LINE)
        painter.drawLine(0, self._header_h - 1, width, self._header_h - 1)

    def _paint_labels(self, painter: QPainter, rows: range) -> None:
        height = self.viewport().height()
        painter.fillRect(QRect(0, self._header_h, self._label_w, height), _LABEL_BG)
        painter.save()
        painter.setClipRect(QRect(0, self._header_h, self._label_w, height - self._header_h))
        if self._row in rows:
            painter.fillRect(QRect(0, self._y(self._row), 4, self._row_h), _CURSOR)
        painter.setPen(_ROW_LINE)
        below = [self._y(row + 1) - 1 for row in rows]
        painter.drawLines([QLine(0, y, self._label_w, y) for y in below])
        small = self._small_font()
        fm, small_fm = QFontMetrics(self.font()), QFontMetrics(small)
        gap = (self._row_h - fm.height() - small_fm.height()) // 2
        width = self._label_w - 20
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for row in rows:
            box = QRect(12, self._y(row), width, self._row_h)
            label = fm.elidedText(self._labels[row], Qt.TextElideMode.ElideRight, width)
            if self._sublabels[row]:
                painter.drawText(box.adjusted(0, gap, 0, 0), Qt.AlignmentFlag.AlignTop, label)
            else:
                painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, label)
        painter.setFont(small)
        painter.setPen(_MUTED_TEXT)
        for row in rows:
            if not self._sublabels[row]:
                continue
            box = QRect(12, self._y(row) + gap + fm.height(), width, small_fm.height())
            sub = small_fm.elidedText(self._sublabels[row], Qt.TextElideMode.ElideRight, width)
            painter.drawText(box, Qt.AlignmentFlag.AlignTop, sub)
        painter.restore()
        painter.setPen(_HOUR_LINE)
        painter.drawLine(self._label_w - 1, 0, self._label_w - 1, height)


def _fit(fm: QFontMetrics, text: str, width: int) -> str:
    """Elide to fit; where only the ellipsis fits, the clipped start of the text says more."""
    elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return text if elided in ("…", "") else elided


def split_line(fm: QFontMetrics, text: str, width: int) -> tuple[str, str]:
    """The longest start of ``text`` that fits ``width`` and the rest (Chinese wraps
    anywhere; a space nearby is preferred so Latin words stay whole)."""
    end = 0
    while end < len(text) and fm.horizontalAdvance(text[: end + 1]) <= width:
        end += 1
    if end == 0 or end == len(text):
        return text[:end], text[end:]
    space = text.rfind(" ", 0, end)
    if space > end // 2:
        end = space + 1
    return text[:end].rstrip(), text[end:].lstrip()
