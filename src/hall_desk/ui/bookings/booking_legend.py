"""The key under the bookings grid: what each colour means, and how to book.

The swatches are painted in the grid's own colours (``time_grid.block_colours``), so the key
always matches the blocks it explains. The texts belong to the ``BookingsPage`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel

from hall_desk.domain.bookings import BOOKING_STATUS_LABELS, BookingStatus
from hall_desk.ui.bookings.time_grid import block_colours, block_dashed, closed_colours
from hall_desk.ui.kit.common import translate_message


def _swatch(fill: QColor, border: QColor, *, dashed: bool = False, hatch: bool = False) -> QPixmap:
    pixmap = QPixmap(28, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(border, 1.5 if dashed else 1.0)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(fill)
    rect = QRectF(0.5, 0.5, 27, 15)
    painter.drawRoundedRect(rect, 3, 3)
    if hatch:
        painter.fillRect(rect, QBrush(border, Qt.BrushStyle.BDiagPattern))
    painter.end()
    return pixmap


def _state_swatch(state: str) -> QPixmap:
    fill, border, _text = block_colours(state)
    return _swatch(fill, border, dashed=block_dashed(state))


def legend_row() -> QHBoxLayout:
    """A swatch and a name for each kind of block and for closed hours, then a hint."""
    row = QHBoxLayout()
    row.setSpacing(6)
    for key, text, pixmap in (
        (
            "confirmed",
            translate_message(BOOKING_STATUS_LABELS[BookingStatus.CONFIRMED]),
            _state_swatch("confirmed"),
        ),
        (
            "pending",
            translate_message(BOOKING_STATUS_LABELS[BookingStatus.PENDING]),
            _state_swatch("pending"),
        ),
        (
            "checked_in",
            translate_message(BOOKING_STATUS_LABELS[BookingStatus.CHECKED_IN]),
            _state_swatch("checked_in"),
        ),
        (
            "info",
            QCoreApplication.translate("BookingsPage", "Study seats taken"),
            _state_swatch("info"),
        ),
        (
            "closed",
            QCoreApplication.translate("BookingsPage", "Closed"),
            _swatch(*closed_colours(), hatch=True),
        ),
    ):
        swatch = QLabel()
        swatch.setPixmap(pixmap)
        label = QLabel(text)
        label.setObjectName(f"bookings.legend.{key}")
        label.setProperty("role", "hint")
        row.addWidget(swatch)
        row.addWidget(label)
        row.addSpacing(14)
    hint = QLabel(
        QCoreApplication.translate(
            "BookingsPage", "Click or drag over free time to book · click a booking to open it"
        )
    )
    hint.setObjectName("bookings.hint")
    hint.setProperty("role", "muted")
    row.addStretch(1)
    row.addWidget(hint)
    return row
