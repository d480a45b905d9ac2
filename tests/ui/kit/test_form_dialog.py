"""The one form dialog: refusals shown on the fields, and a form too long for the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QScrollArea

from hall_desk.domain.errors import ValidationError
from hall_desk.ui.kit.common import TITLE_BAR_ROOM
from hall_desk.ui.kit.form_dialog import FormDialog

LEFT = Qt.MouseButton.LeftButton


class NamesForm(FormDialog):
    """``rows`` names; the second must not be empty, and the form saves them joined."""

    def __init__(self, rows: int) -> None:
        super().__init__("namesForm")
        self.names = [
            self.add_field(f"name{n}", QLineEdit(), f"name{n}", f"Name &{n}", f"Name {n}")
            for n in range(rows)
        ]
        self.finish("Save", "Save the names", "Cancel", hint="Every name on its own line.")

    def save(self) -> str:
        if not self.names[1].text().strip():
            raise ValidationError("Please enter the second name.", field="name1")
        return ",".join(edit.text() for edit in self.names)


def free_height() -> int:
    screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry().height() - TITLE_BAR_ROOM[1]


def test_a_refusal_is_shown_under_its_field_and_what_was_typed_stays(qtbot) -> None:
    dialog = NamesForm(3)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.names[0].setText("Wang")
    qtbot.mouseClick(dialog.findChild(QPushButton, "namesForm.submit"), LEFT)

    assert dialog.isVisible() and dialog.saved is None
    error = dialog.findChild(QLabel, "namesForm.name1.error")
    assert error.text() == "Please enter the second name." and error.isVisible()
    assert dialog.names[1].property("invalid") is True
    assert dialog.names[0].text() == "Wang"

    dialog.names[1].setText("Li")
    qtbot.mouseClick(dialog.submit, LEFT)
    assert dialog.result() == NamesForm.DialogCode.Accepted
    assert dialog.saved == "Wang,Li,"


def test_a_form_that_fits_does_not_scroll(qtbot) -> None:
    dialog = NamesForm(3)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QScrollArea) is None
    assert dialog.height() <= free_height()


def test_a_form_longer_than_the_screen_scrolls_and_keeps_its_buttons_in_view(qtbot) -> None:
    rows = 2 * free_height() // 20  # far more rows of line edits than the screen holds
    dialog = NamesForm(rows)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)

    scroll = dialog.findChild(QScrollArea, "namesForm.scroll")
    assert scroll is not None and scroll.isVisible()
    assert dialog.height() <= free_height()
    bottom = dialog.submit.mapTo(dialog, QPoint(0, dialog.submit.height())).y()
    assert dialog.submit.isVisible() and bottom <= dialog.height()
    # Tab still goes through every field first, then to the buttons.
    chain, widget = [], dialog.nextInFocusChain()
    while len(chain) < rows + 2:
        if isinstance(widget, (QLineEdit, QPushButton)) and widget.isVisibleTo(dialog):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    cancel = dialog.findChild(QPushButton, "namesForm.cancel")
    assert chain == [*dialog.names, dialog.submit, cancel]
    assert dialog.findChild(QLabel, "namesForm.message").isHidden()
    last = dialog.names[-1]
    assert last.visibleRegion().isEmpty()
    scroll.ensureWidgetVisible(last)
    assert not last.visibleRegion().isEmpty()
    # The fields are still the form's: a refusal is marked on them.
    qtbot.mouseClick(dialog.submit, LEFT)
    assert dialog.findChild(QLabel, "namesForm.name1.error").text()
    assert dialog.height() <= free_height()
