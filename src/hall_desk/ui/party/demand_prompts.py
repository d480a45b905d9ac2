"""Small forms of the demand moves: taken on (how and when), solved (result and minutes), the
call back (rating and note). Each makes its service call itself, so a refusal marks the field
it names and everything typed stays.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from hall_desk.domain.cases import RATING_LABELS, Rating
from hall_desk.domain.demand_intake import ACCEPTED_HOW_LABELS, MAX_SERVICE_MINUTES, AcceptedHow
from hall_desk.ui.kit.common import name_widget, translate_message
from hall_desk.ui.kit.form_dialog import FormDialog


def radio_row(
    owner: QWidget, prefix: str, choices: list[tuple[str, str]], *, pick_first: bool = True
) -> tuple[QWidget, QButtonGroup, dict[str, QRadioButton]]:
    """Radio buttons in a row, named ``prefix.value``; the first is chosen unless not
    ``pick_first`` (then the person must choose)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(owner)
    buttons: dict[str, QRadioButton] = {}
    for value, text in choices:
        button = QRadioButton(text)
        name_widget(button, f"{prefix}.{value}", text)
        group.addButton(button)
        layout.addWidget(button)
        buttons[value] = button
    layout.addStretch(1)
    if pick_first:
        next(iter(buttons.values())).setChecked(True)
    return row, group, buttons


def chosen(buttons: dict[str, QRadioButton]) -> str:
    return next((value for value, b in buttons.items() if b.isChecked()), "")


class AcceptDialog(FormDialog):
    """接单: how the member or unit told the desk, and at what time (now unless changed)."""

    def __init__(
        self,
        number: str,
        holder: str,
        now: datetime,
        call: Callable[[str, datetime], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("acceptDemand", parent)
        self.setWindowTitle(self.tr("Taken on: {number}").format(number=number))
        self.setMinimumWidth(440)
        self._call = call
        self._now = now
        row, _group, self.how = radio_row(
            self,
            "acceptDemand.how",
            [(h.value, translate_message(ACCEPTED_HOW_LABELS[h])) for h in AcceptedHow],
        )
        self.add_field("how", row, "howRow", self.tr("How"), self.tr("How they took it on"))
        self.time = QTimeEdit(QTime(now.hour, now.minute))
        self.time.setDisplayFormat("HH:mm")
        self.add_short_field(
            "at", self.time, "time", self.tr("At"), self.tr("Time they took it on (today)")
        )
        who = QLabel(self.tr("{holder} took demand {number} on.").format(holder=holder,
                                                                        number=number))  # fmt: skip
        who.setObjectName("acceptDemand.who")
        who.setWordWrap(True)
        self.finish(
            self.tr("Record"),
            self.tr("Record that it was taken on"),
            self.tr("Cancel"),
            above=[who],
            hint=self.tr("The response clock runs from this time. Earlier today is fine."),
        )

    def at(self) -> datetime:
        t = self.time.time()
        picked = self._now.replace(hour=t.hour(), minute=t.minute(), second=0, microsecond=0)
        # The current minute means now, to the second, as the clock has it.
        return self._now if picked.replace(second=0) == self._now.replace(second=0) else picked

    def save(self) -> Any:
        return self._call(chosen(self.how), self.at())


class SolveDialog(FormDialog):
    """办结: what was done, and how many minutes of service it took."""

    def __init__(
        self, number: str, call: Callable[[str, int], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__("solveDemand", parent)
        self.setWindowTitle(self.tr("Solved: {number}").format(number=number))
        self.setMinimumWidth(480)
        self._call = call
        self.result_note = QPlainTextEdit()
        self.result_note.setTabChangesFocus(True)
        self.result_note.setFixedHeight(90)
        self.add_field(
            "result_note", self.result_note, "result", self.tr("What was done"),
            self.tr("What was done"),
        )  # fmt: skip
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_SERVICE_MINUTES)
        self.minutes.setSingleStep(10)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(30)
        self.add_short_field(
            "service_minutes", self.minutes, "minutes", self.tr("Time given"),
            self.tr("Minutes of service given"),
        )  # fmt: skip
        self.finish(
            self.tr("Record"),
            self.tr("Record that the demand is solved"),
            self.tr("Cancel"),
            hint=self.tr("The minutes count as service hours on the unit's feedback sheet."),
        )
        self.result_note.setFocus()

    def save(self) -> Any:
        return self._call(self.result_note.toPlainText(), self.minutes.value())


class CallBackDialog(FormDialog):
    """回访: the resident's rating (five levels) and what they said."""

    def __init__(
        self,
        title: str,
        call: Callable[[str, str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("callBack", parent)
        self.setWindowTitle(title)
        self._call = call
        row, _group, self.ratings = radio_row(
            self,
            "callBack.rating",
            [(r.value, translate_message(RATING_LABELS[r])) for r in Rating],
            pick_first=False,
        )
        self.add_field("rating", row, "ratingRow", self.tr("Rating"), self.tr("The rating"))
        self.note = QLineEdit()
        self.add_field("note", self.note, "note", self.tr("They said"), self.tr("What they said"))
        self.finish(
            self.tr("Record call back"),
            self.tr("Record the call back"),
            self.tr("Cancel"),
            hint=self.tr("A poor rating can be followed by reopening the demand (复办)."),
        )

    def save(self) -> Any:
        return self._call(chosen(self.ratings), self.note.text())
