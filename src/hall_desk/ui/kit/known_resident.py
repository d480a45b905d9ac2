"""The offer to take the registered resident a typed ID number belongs to.

A known ID number always means the same person, so the desk gives one answer wherever one is
typed: a button "Register as 李** (registered resident)" that takes that person as if picked
from the search, and, if the clerk saves anyway, a refusal in the same words. The name is
always masked here; the full name appears only once the person is taken.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from hall_desk.domain.errors import DomainError
from hall_desk.domain.visits import ID_ON_FILE_NOTE, TAKE_REGISTERED
from hall_desk.services.residents import ResidentService, ResidentSummary
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import name_widget, translate_message

ID_LENGTHS = (15, 18)


def complete_id_text(text: str) -> bool:
    """Whether ``text`` is long enough to be a whole ID number (15 or 18 characters)."""
    return len("".join(ch for ch in text if not ch.isspace())) in ID_LENGTHS


def registered_holder(
    residents: ResidentService,
    session: StaffSession,
    text: str,
    chosen: ResidentSummary | None,
) -> ResidentSummary | None:
    """The registered resident the typed ID number belongs to, unless that is ``chosen``."""
    if not complete_id_text(text):
        return None
    try:
        holder = residents.find_by_id_number(session, text)
    except DomainError:
        return None
    if holder is None or (chosen is not None and holder.id == chosen.id):
        return None
    return holder


class TakeRegisteredButton(QPushButton):
    """Shown while the typed ID number belongs to another registered resident."""

    #: The ResidentSummary the clerk chose to take.
    taken = Signal(object)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name_widget(self, object_name, self.tr("Register the resident this ID number is for"))
        self.holder: ResidentSummary | None = None
        self.setAutoDefault(True)  # Enter takes them while the button has the focus
        self.clicked.connect(self._take)
        self.hide()

    def offer(self, holder: ResidentSummary | None) -> None:
        """Offer ``holder`` (masked), or nothing."""
        self.holder = holder
        if holder is not None:
            name = holder.masked_name
            self.setText(translate_message(TAKE_REGISTERED).format(name=name))
            self.setToolTip(translate_message(ID_ON_FILE_NOTE).format(name=name))
        self.setVisible(holder is not None)

    def _take(self) -> None:
        if self.holder is not None:
            self.taken.emit(self.holder)
