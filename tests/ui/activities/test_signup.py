"""Signing people up at the desk through the real widgets on a real SQLite database.

A person found as on the visitor desk and signed up with Enter, the slip printed at once, the
next one on the waiting list; a child signed up by a guardian with no phone on record; a
cancellation naming who moved up; a slip printed again; a slip scanned at the visitor desk
opening its activity here.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog

from hall_desk.app import build_main_window
from hall_desk.config import AppPaths, Preferences
from hall_desk.db.database import Database
from hall_desk.domain.activities import SignupStatus
from hall_desk.services import Services, create_services
from hall_desk.services.session import StaffSession
from hall_desk.ui.activities.activities_tab import ActivitiesTab
from hall_desk.ui.activities.activity_dialog import ActivityDialog
from hall_desk.ui.kit import print_pdf as printing
from tests.conftest import add_clerk, set_up_center
from tests.services.activities.activity_helpers import (
    activity_form,
    children_form,
    make_activity,
    resident,
    residents,
    sign_up_all,
)
from tests.ui.activities.test_activities_tab import context_for, when_modal
from tests.ui.activities.test_activities_tab import settled as settled
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(sqlite_url, clock, passwords, tmp_path) -> Iterator[tuple[Services, StaffSession]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    yield services, add_clerk(services, admin)
    db.dispose()


@pytest.fixture
def printed(monkeypatch) -> list[tuple[bytes, str]]:
    """Replaces the print dialog: records what would have been printed."""
    calls: list[tuple[bytes, str]] = []

    def fake_print(parent, pdf, title, *, preview=True, archived_path=None, document=None):
        calls.append((pdf, title))
        return printing.PrintOutcome.PRINTED

    monkeypatch.setattr(printing, "print_pdf", fake_print)
    return calls


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


@pytest.fixture
def tab(qtbot, desk, tmp_path: Path) -> ActivitiesTab:
    services, clerk = desk
    widget = ActivitiesTab(context_for(services, clerk, tmp_path))
    qtbot.addWidget(widget)
    return widget


def open_dialog(qtbot, tab: ActivitiesTab, activity_id: int) -> ActivityDialog:
    dialog = tab.activity_dialog(activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_enter_signs_up_prints_the_slip_and_fills_the_waiting_list(
    qtbot, tab, desk, printed
) -> None:
    services, clerk = desk
    detail = make_activity(services, clerk, form=activity_form(capacity=1))
    resident(services, clerk, "刘阿姨", "13812345678")
    resident(services, clerk, "张大爷", "13987654321")
    dialog = open_dialog(qtbot, tab, detail.row.id)
    assert unnamed(dialog) == []
    signup = dialog.signups.signup_dialog()
    qtbot.addWidget(signup)
    signup.show()
    assert unnamed(signup) == []
    assert "0 of 1 places taken" in signup.about.text()

    commit_text(signup.finder.box, "刘阿姨")
    signup.finder.run_search()
    qtbot.keyClick(signup.finder.box, Qt.Key.Key_Return)  # picks the one found
    assert "刘阿姨" in signup.linked.text() and signup.focusWidget() is signup.submit
    qtbot.keyClick(signup.submit, Qt.Key.Key_Return)  # and Enter signs her up
    [first] = signup.signed
    assert first.status is SignupStatus.ENROLLED and first.name == "刘阿姨"
    assert "signed up" in signup.outcome.text() and first.number in signup.outcome.text()
    [(pdf, title)] = printed
    assert first.number in title and first.number in pdf_text(pdf)
    assert signup.person is None and signup.finder.box.text() == ""  # ready for the next one
    assert "1 of 1 places taken" in signup.about.text()

    commit_text(signup.finder.box, "张大爷")
    signup.finder.run_search()
    qtbot.keyClick(signup.finder.box, Qt.Key.Key_Return)
    qtbot.keyClick(signup.finder.box, Qt.Key.Key_Return)  # Enter again in the box: signs up
    second = signup.signed[-1]
    assert second.status is SignupStatus.WAITING and second.waiting_position == 1
    assert "waiting list, position 1" in signup.outcome.text()

    commit_text(signup.finder.box, "刘阿姨")
    signup.finder.run_search()
    qtbot.keyClick(signup.finder.box, Qt.Key.Key_Return)
    signup.print_slip.setChecked(False)
    qtbot.mouseClick(signup.submit, LEFT)  # already signed up: refused, named
    assert len(signup.signed) == 2 and signup.errors.messages()
    assert "刘阿姨" in signup.linked.text()  # the person stays chosen
    assert len(printed) == 2

    signup.accept()
    dialog.signups.load()
    rows = [dialog.signups.model.signup_at(r) for r in range(dialog.signups.model.rowCount())]
    assert [(r.name, r.status) for r in rows] == [
        ("刘阿姨", SignupStatus.ENROLLED),
        ("张大爷", SignupStatus.WAITING),
    ]


def test_nobody_on_record_is_told_to_register_first(qtbot, tab, desk) -> None:
    services, clerk = desk
    detail = make_activity(services, clerk)
    signup = open_dialog(qtbot, tab, detail.row.id).signups.signup_dialog()
    qtbot.addWidget(signup)
    commit_text(signup.finder.box, "无此人")
    signup.finder.run_search()
    qtbot.keyClick(signup.finder.box, Qt.Key.Key_Return)
    assert "visitor desk" in signup.linked.text() and signup.person is None
    qtbot.mouseClick(signup.submit, LEFT)
    assert signup.signed == [] and "signup_resident" in signup.errors.messages()


def test_a_child_is_signed_up_by_a_guardian_without_a_phone(qtbot, tab, desk, printed) -> None:
    services, clerk = desk
    detail = make_activity(services, clerk, form=children_form())
    resident(services, clerk, "王芳")  # no phone on record
    signup = open_dialog(qtbot, tab, detail.row.id).signups.signup_dialog()
    qtbot.addWidget(signup)
    signup.show()
    assert unnamed(signup) == []
    assert signup.focusWidget() is signup.child_name and "ages 6–12" in signup.about.text()
    commit_text(signup.child_name, "王小明")
    signup.child_birth.setDate(signup.child_birth.date().fromString("2017-05-01", "yyyy-MM-dd"))
    signup.relation.setCurrentIndex(0)
    commit_text(signup.finder.box, "王芳")
    signup.finder.run_search()
    qtbot.keyClick(signup.finder.box, Qt.Key.Key_Return)
    assert "None on record" in signup.contact_phone.placeholderText()
    qtbot.mouseClick(signup.submit, LEFT)
    assert signup.signed == [] and "contact_phone" in signup.errors.messages()
    assert signup.child_name.text() == "王小明"  # nothing typed is lost

    signup.contact_phone.setText("13711112222")
    qtbot.mouseClick(signup.submit, LEFT)
    [row] = signup.signed
    assert row.name == "王小明" and row.guardian_name == "王芳" and row.child_age == 9
    assert row.guardian_relation == "母亲" and row.masked_phone == "137****2222"
    assert row.number in pdf_text(printed[-1][0])
    assert signup.child_name.text() == "" and signup.focusWidget() is signup.child_name


def test_cancelling_names_who_moved_up_and_a_slip_prints_again(qtbot, tab, desk, printed) -> None:
    services, clerk = desk
    detail = make_activity(services, clerk, form=activity_form(capacity=1))
    first, second = sign_up_all(services, clerk, detail.row.id, residents(services, clerk, 2))
    dialog = open_dialog(qtbot, tab, detail.row.id)
    assert dialog.select_signup(first.id)

    def give_reason(prompt: QDialog) -> None:
        commit_text(prompt.editor, "临时有事")
        button = prompt.findChild(QAbstractButton, "reason.submit")
        assert button is not None
        button.click()

    when_modal(give_reason)
    qtbot.mouseClick(dialog.signups.cancel_button, LEFT)
    assert second.name in dialog.message.text() and "Moved up" in dialog.message.text()
    assert "1 of 1 places taken" in dialog.about.text()
    rows = [dialog.signups.model.signup_at(r) for r in range(dialog.signups.model.rowCount())]
    assert [(r.id, r.status) for r in rows] == [(second.id, SignupStatus.ENROLLED)]

    dialog.select_signup(second.id)
    qtbot.mouseClick(dialog.signups.reprint_button, LEFT)
    [(pdf, title)] = printed
    assert second.number in title and "补打" in pdf_text(pdf)
    assert "printed" in dialog.message.text()

    dialog.select_signup(first.id)  # the cancelled one: shown on asking
    assert dialog.signups.show_cancelled.isChecked()
    assert not dialog.signups.cancel_button.isEnabled()


def test_a_scanned_slip_opens_its_activity_from_the_visitor_desk(
    qtbot, desk, tmp_path, monkeypatch
) -> None:
    services, clerk = desk
    detail = make_activity(services, clerk)
    [row] = sign_up_all(services, clerk, detail.row.id, residents(services, clerk, 1))
    opened: list[tuple[int, int | None]] = []
    monkeypatch.setattr(
        ActivitiesTab, "open_activity", lambda self, a, s=None: opened.append((a, s))
    )
    window = build_main_window(
        services, clerk, AppPaths(tmp_path / "data", tmp_path / "logs"), Preferences()
    )
    qtbot.addWidget(window)
    window.show()
    window.show_page("visitor")
    box = window.page("visitor").finder.box
    box.setFocus()
    qtbot.keyClicks(box, row.number.lower())  # a scanner types the QR code, then Enter
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened == [(detail.row.id, row.id)]
    assert window.page("activities").isVisible()
    for page in ("cases", "bookings"):  # the same slip scanned into their search boxes
        window.show_page(page)
        search = window.page(page).search
        search.setFocus()
        qtbot.keyClicks(search, row.number)
        qtbot.keyClick(search, Qt.Key.Key_Return)
        assert opened[-1] == (detail.row.id, row.id) and len(opened) == 2 + (page == "bookings")
        assert window.page("activities").isVisible() and search.text() == ""
