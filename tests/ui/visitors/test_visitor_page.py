"""The visitor desk driven through its real widgets against a real SQLite database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QSplitter, QToolButton

from hall_desk.config import resources_dir
from hall_desk.db.database import Database
from hall_desk.domain.visits import TallyKind, VisitPurpose
from hall_desk.services import Services, create_services
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.shell.qt_i18n import install_translations
from hall_desk.ui.visitors.visitor_page import VisitorPage
from tests.conftest import add_clerk, set_up_center
from tests.services.visitors.test_visits import WITH_X, ZHANG_ID
from tests.ui.helpers import commit_text


@pytest.fixture
def desk(sqlite_url, clock, passwords) -> Iterator[tuple[Services, object, object]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords)
    admin = set_up_center(services)
    clerk = add_clerk(services, admin)
    yield services, admin, clerk
    db.dispose()


@pytest.fixture
def page(qtbot, desk) -> VisitorPage:
    services, _admin, clerk = desk
    widget = VisitorPage(services.visits, services.residents, clerk, DataEvents(), services.clock)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activate()
    return widget


def test_registering_a_new_visitor_with_the_keyboard(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    form = page.form
    commit_text(form.name, "王小红")
    qtbot.keyClicks(form.id_number, WITH_X.lower())
    assert "years" in form.id_info.text() or "岁" in form.id_info.text()
    qtbot.keyClicks(form.phone, "13812345678")
    form.purposes[VisitPurpose.CONSULTATION].setChecked(True)
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)

    [visit] = services.visits.visits_on(clerk)
    assert visit.name == "王小红" and visit.purposes == (VisitPurpose.CONSULTATION,)
    # The form is empty again and the cursor is back in the first field.
    assert form.name.text() == "" and form.id_number.text() == ""
    assert page.finder.box.hasFocus()
    assert "王小红" in page.status.text()
    # The lists show the visitor with masked numbers.
    assert page.in_hall_model.rowCount() == 1
    shown = [page.today_model.index(0, c).data() for c in range(page.today_model.columnCount())]
    assert WITH_X[:4] + "*" * 10 + WITH_X[-4:] in shown
    assert "138****5678" in shown
    assert WITH_X not in " ".join(shown) and "13812345678" not in " ".join(shown)


def test_returning_visitor_in_three_keystrokes(qtbot, page, desk, clock) -> None:
    services, _admin, clerk = desk
    from hall_desk.services.visitors.visits import VisitForm

    first = services.visits.register_visit(
        clerk, VisitForm(name="张三", id_number=ZHANG_ID, purposes=("reading",))
    )
    services.visits.sign_out(clerk, first.id)
    clock.advance(days=1)
    page.refresh()

    qtbot.keyClicks(page.finder.box, "zs")
    qtbot.waitUntil(lambda: page.finder.results_model.rowCount() == 1)
    qtbot.keyClick(page.finder.box, Qt.Key.Key_Return)  # pick the highlighted resident
    assert page.form.resident is not None and page.form.name.text() == "张三"
    assert page.form.purposes[VisitPurpose.READING].isChecked()
    assert page.form.linked_row.isVisible()
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)  # register

    today = services.visits.visits_on(clerk)
    assert [v.resident_id for v in today] == [first.resident_id]
    assert today[0].purposes == (VisitPurpose.READING,)


def test_search_by_phone_tail_and_new_name_on_enter(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    from hall_desk.services.visitors.visits import VisitForm

    services.visits.register_visit(
        clerk, VisitForm(name="李四", phone="13900001234", purposes=("errand",))
    )
    qtbot.keyClicks(page.finder.box, "1234")
    qtbot.waitUntil(lambda: page.finder.results_model.rowCount() == 1)
    page.clear()
    commit_text(page.finder.box, "赵六")
    page.finder.run_search()
    assert page.finder.results_model.rowCount() == 0 and page.finder.no_match.isVisible()
    qtbot.keyClick(page.finder.box, Qt.Key.Key_Return)
    assert page.form.name.text() == "赵六"
    assert page.form.id_number.hasFocus()


def test_bad_input_is_explained_and_kept(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    form = page.form
    commit_text(form.name, "张三")
    qtbot.keyClicks(form.id_number, "110101199002301234")
    qtbot.keyClicks(form.phone, "12345")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)

    assert services.visits.visits_on(clerk) == []
    shown = form.errors.messages()
    assert {"id_number", "phone", "purposes"} <= set(shown)
    assert all(text for text in shown.values())
    # Everything typed is still there and the first bad field has the cursor.
    assert (form.name.text(), form.id_number.text(), form.phone.text()) == (
        "张三",
        "110101199002301234",
        "12345",
    )
    assert form.id_number.hasFocus()
    assert form.id_number.property("invalid") is True

    # Fixing the fields and pressing Enter saves, and the errors disappear.
    form.id_number.clear()
    form.phone.setText("0351-7654321")
    form.purposes[VisitPurpose.ERRAND].setChecked(True)
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    assert len(services.visits.visits_on(clerk)) == 1
    assert form.errors.messages() == {}


def test_escape_clears_the_form(qtbot, page) -> None:
    commit_text(page.form.name, "张三")
    page.form.purposes[VisitPurpose.ERRAND].setChecked(True)
    qtbot.keyClick(page.form.name, Qt.Key.Key_Escape)
    assert page.form.name.text() == ""
    assert not page.form.purposes[VisitPurpose.ERRAND].isChecked()


def test_one_key_sign_out(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    from hall_desk.services.visitors.visits import VisitForm

    for name in ("张三", "李四"):
        services.visits.register_visit(clerk, VisitForm(name=name, purposes=("rest",)))
    page.refresh()
    assert page.in_hall_model.rowCount() == 2
    page.tabs.setCurrentIndex(0)
    page.in_hall.selectRow(1)
    leaving = page.in_hall_model.visit_at(1).name
    qtbot.keyClick(page.in_hall, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: page.in_hall_model.rowCount() == 1)
    assert page.in_hall_model.visit_at(0).name != leaving
    assert leaving in page.status.text()


def test_quick_tally_buttons_count_without_typing(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    button = page.tally_buttons[TallyKind.RIDER_REST]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The page listens to its own change notice and refreshes the figures.
    assert "(2)" in button.text()
    assert services.visits.day_summary(clerk).walk_ins[TallyKind.RIDER_REST] == 2
    undo = page.findChild(QToolButton, "visitor.tallyUndo.rider_rest")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert "(1)" in button.text()


def test_full_numbers_only_for_administrators_and_audited(qtbot, desk, monkeypatch) -> None:
    services, admin, clerk = desk
    from hall_desk.services.visitors.visits import VisitForm

    services.visits.register_visit(
        clerk, VisitForm(name="张三", id_number=ZHANG_ID, phone="13812345678", purposes=("errand",))
    )
    clerk_page = VisitorPage(
        services.visits, services.residents, clerk, DataEvents(), services.clock
    )
    qtbot.addWidget(clerk_page)
    assert not clerk_page.reveal_button.isVisibleTo(clerk_page)

    admin_page = VisitorPage(
        services.visits, services.residents, admin, DataEvents(), services.clock
    )
    qtbot.addWidget(admin_page)
    assert admin_page.reveal_button.isVisibleTo(admin_page)
    admin_page.in_hall.selectRow(0)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    admin_page.reveal_selected()
    assert ZHANG_ID in shown[0] and "13812345678" in shown[0]
    actions = [(row.action, row.detail.get("field")) for row in services.audit.recent(admin)]
    assert ("reveal", "id_number") in actions and ("reveal", "phone") in actions


def _left_width(page: VisitorPage) -> int:
    return page.findChild(QSplitter).sizes()[0]


@pytest.fixture
def chinese(qtbot) -> Iterator[None]:
    """The interface in Chinese, as the desk shows it by default."""
    app = QApplication.instance()
    locale = QLocale()
    translators = install_translations(app, "zh_CN")
    yield
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_picking_a_resident_does_not_widen_the_form(qtbot, desk, chinese) -> None:
    services, _admin, clerk = desk
    from hall_desk.services.visitors.visits import VisitForm

    # A realistic long entry: a four-character name, an age, a masked ID ending in X, a phone.
    services.visits.register_visit(
        clerk,
        VisitForm(name="欧阳顾欣", id_number=WITH_X, phone="13812345678", purposes=("reading",)),
    )
    page = VisitorPage(services.visits, services.residents, clerk, DataEvents(), services.clock)
    qtbot.addWidget(page)
    # The desk's own style sheet, and the page's size in the window on a 1280x720 screen.
    page.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    page.resize(1130, 640)
    page.show()
    qtbot.waitExposed(page)
    before = _left_width(page)
    [hit] = services.residents.search(clerk, "欧阳")
    page.pick_resident(hit)
    qtbot.wait(20)
    assert page.form.linked.isVisible() and hit.masked_id in page.form.linked.text()
    assert _left_width(page) == before
    # The whole line is readable: the label is as tall as its wrapped text needs.
    label = page.form.linked
    assert label.height() >= label.heightForWidth(label.width())
    page.clear()
    qtbot.wait(20)
    assert _left_width(page) == before


def test_an_error_does_not_stand_next_to_the_last_green_line(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    form = page.form
    commit_text(form.name, "王小红")
    form.purposes[VisitPurpose.CONSULTATION].setChecked(True)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert page.status.text() == "王小红 registered at 09:30 (first visit)"
    assert page.status.property("role") == "ok"

    commit_text(form.name, "张三")
    form.phone.setText("12345")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    assert form.errors.messages()  # red errors under the fields...
    assert page.status.text() == ""  # ...and no green "registered" beside them
    assert len(services.visits.visits_on(clerk)) == 1


def test_a_returning_visitor_is_counted_in_the_green_line(qtbot, page, desk, clock) -> None:
    services, _admin, clerk = desk
    from hall_desk.services.visitors.visits import VisitForm

    first = services.visits.register_visit(
        clerk, VisitForm(name="顾欣磊", phone="13812345678", purposes=("reading",))
    )
    services.visits.sign_out(clerk, first.id)
    clock.advance(hours=2)
    [hit] = services.residents.search(clerk, "顾欣磊")
    page.pick_resident(hit)
    page.register()
    assert page.status.text() == "顾欣磊 registered at 11:30 (visit no. 2)"
    assert "returning" not in page.status.text()


def test_an_id_number_on_file_offers_that_resident_in_the_same_words(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    from hall_desk.services.visitors.visits import VisitForm

    li = services.visits.register_visit(
        clerk, VisitForm(name="李建国", id_number=ZHANG_ID, purposes=("errand",))
    )
    form = page.form
    commit_text(form.name, "李四")
    form.id_number.setText(ZHANG_ID)
    form.purposes[VisitPurpose.ERRAND].setChecked(True)
    note = "This ID number belongs to the registered resident 李**."
    offer = "Register as 李** (registered resident)"
    assert "years" in form.id_info.text()  # what the number tells, as for anyone
    assert form.take_known.isVisible() and form.take_known.text() == offer
    assert form.take_known.toolTip() == note
    shown = form.id_info.text() + form.take_known.text() + form.take_known.toolTip()
    assert "李建国" not in shown

    # Saving as someone else with that number is refused in the same words.
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    refusal = form.errors.messages()["id_number"]
    assert refusal.startswith(note) and f"“{offer}”" in refusal and "李建国" not in refusal
    assert "name" not in form.errors.messages()
    assert form.take_known.isVisible()
    assert len(services.visits.visits_on(clerk)) == 1

    # Taking the registered person fills the form as a search pick does; Enter records the
    # visit under them.
    qtbot.mouseClick(form.take_known, Qt.MouseButton.LeftButton)
    assert form.resident is not None and form.resident.id == li.resident_id
    assert form.name.text() == "李建国" and form.id_number.text() == ""
    assert not form.take_known.isVisible() and form.errors.messages() == {}
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    visits = services.visits.visits_on(clerk)
    assert [v.resident_id for v in visits] == [li.resident_id, li.resident_id]
    assert "(visit no. 2)" in page.status.text()


def test_the_registered_holder_is_taken_with_the_keyboard(qtbot, page, desk) -> None:
    services, _admin, clerk = desk
    from hall_desk.services.visitors.visits import VisitForm

    li = services.visits.register_visit(
        clerk, VisitForm(name="李建国", id_number=ZHANG_ID, purposes=("errand",))
    )
    form = page.form
    commit_text(form.name, "李四")
    qtbot.keyClicks(form.id_number, ZHANG_ID)
    # Tab from the ID number reaches the offer (and, when it is hidden, the phone).
    assert form.id_number.nextInFocusChain() is form.take_known
    assert form.take_known.nextInFocusChain() is form.phone
    form.take_known.setFocus()
    qtbot.keyClick(form.take_known, Qt.Key.Key_Return)  # takes 李建国, registers nobody yet
    assert form.resident is not None and form.resident.id == li.resident_id
    assert len(services.visits.visits_on(clerk)) == 1
