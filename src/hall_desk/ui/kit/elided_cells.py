"""Table cells that say in a tooltip what they had to cut short."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)


class ElidedToolTipDelegate(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the column is too narrow for it.

    A model's own tooltip (``ToolTipRole``) still wins; a cell that fits shows none.
    """

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            own = index.data(Qt.ItemDataRole.ToolTipRole)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not own and text:
                text = str(text)
                if self.is_cut(option, index):
                    QToolTip.showText(event.globalPos(), text, view)
                    return True
                QToolTip.hideText()
                event.ignore()
                return True
        return super().helpEvent(event, view, option, index)

    def is_cut(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Whether the cell's text needs more room than the cell has."""
        return self.sizeHint(option, index).width() > option.rect.width()
