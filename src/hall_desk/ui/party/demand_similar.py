"""并单 offered before a new demand is saved: open demands of the same kind in the same place.

The clerk merges the resident's call into the selected one (they become another caller,
called back on their own), saves a new demand after all, or goes back to the form.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hall_desk.services.party.demand_records import DemandSummary
from hall_desk.ui.kit.common import make_table_view, name_widget, size_within_screen
from hall_desk.ui.party.demand_models import DemandTableModel


class SimilarChoice(Enum):
    MERGE = "merge"
    NEW = "new"
    BACK = "back"


class SimilarDialog(QDialog):
    """After ``exec()``: ``choice``, and ``selected()`` for a merge."""

    def __init__(
        self,
        rows: list[DemandSummary],
        *,
        text: str = "",
        offer_new: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("similarDemands")
        self.setWindowTitle(self.tr("Similar open demands"))
        self.choice = SimilarChoice.BACK
        intro = QLabel(
            text
            or self.tr(
                "These open demands are of the same kind at the same place. If the resident "
                "calls about one of them, merge the call into it (并单): they are called back "
                "when it is solved."
            )
        )
        intro.setObjectName("similarDemands.intro")
        intro.setWordWrap(True)
        self.model = DemandTableModel()
        self.model.set_rows(rows)
        self.table = make_table_view(
            self.model,
            "similarDemands.table",
            self.tr("Similar open demands"),
            stretch=DemandTableModel.PLACE,
        )
        if rows:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _i: self._choose(SimilarChoice.MERGE))
        self.merge_button = QPushButton(self.tr("Merge into the selected one"))
        name_widget(self.merge_button, "similarDemands.merge", self.tr("Merge (并单)"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(lambda: self._choose(SimilarChoice.MERGE))
        self.new_button = QPushButton(self.tr("Save as a new demand"))
        name_widget(self.new_button, "similarDemands.new", self.tr("Save as a new demand"))
        self.new_button.clicked.connect(lambda: self._choose(SimilarChoice.NEW))
        self.new_button.setVisible(offer_new)
        back = QPushButton(self.tr("Back"))
        name_widget(back, "similarDemands.back", self.tr("Back to the form"))
        back.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(back)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        size_within_screen(self, 980, 420)

    def selected(self) -> DemandSummary | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.demand_at(index.row())

    def _choose(self, choice: SimilarChoice) -> None:
        if choice is SimilarChoice.MERGE and self.selected() is None:
            return
        self.choice = choice
        self.accept()
