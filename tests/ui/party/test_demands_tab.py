"""The demands tab driven through its real widgets on a real SQLite database.

Intake → dispatch → taken on → solved → called back with a rating, as the desk does it; 并单
offered before saving; an overdue row red once the clock has moved on; a scanned demand
number opening the demand from the visitor desk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox
from sqlalchemy import select

from hall_desk.app import build_main_window, make_backup_service
from hall_desk.config import AppPaths, Preferences
from hall_desk.db.database import Database
from hall_desk.db.models import AuditEntry
from hall_desk.domain.cases import Rating
from hall_desk.domain.demands import DemandAction, DemandStatus
from hall_desk.services import Services, create_services
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit import print_pdf as printing
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.party.demand_models import CLOCK_COLOURS, DemandTableModel
from hall_desk.ui.party.demands_tab import DemandsTab
from tests.conftest import add_clerk, set_up_center
from tests.services.party.demand_helpers import Registry, form, registry, resident
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton
A = DemandAction


@pytest.fixture
def desk(
    sqlite_url, clock, passwords, tmp_path
) -> Iterator[tuple[Services, StaffSession, Registry]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    clerk = add_clerk(services, admin)
    yield services, clerk, registry(services, admin.site_id)
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


@pytest.fixture
def tab(qtbot, desk, tmp_path: Path) -> DemandsTab:
    services, clerk, _reg = desk
    paths = AppPaths(tmp_path / "data", tmp_path / "logs")
    context = PageContext(
        services, clerk, DataEvents(), paths, Preferences(), make_backup_service(services, paths)
    )
    widget = DemandsTab(context)
    qtbot.addWidget(widget)
    widget.resize(1240, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


#: What went wrong inside a modal handler; the dialog was closed so the test can go on.
FAILED: list[BaseException] = []


def when_modal(handle: Callable[[QDialog], None]) -> None:
    """Answer the next modal dialog as a person would (the code under test calls exec()).

    A failed assertion inside ``handle`` closes the dialog and is raised again by ``settled``.
    """

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        try:
            handle(dialog)
        except BaseException as exc:
            FAILED.append(exc)
            dialog.reject()

    QTimer.singleShot(0, answer)


@pytest.fixture(autouse=True)
def settled() -> Iterator[None]:
    FAILED.clear()
    yield
    if FAILED:
        raise FAILED[0]


def click(dialog: QDialog, name: str) -> None:
    button = dialog.findChild(QAbstractButton, name)
    assert button is not None, name
    button.click()


def test_a_demand_from_intake_to_the_call_back(qtbot, tab, desk, printed, clock) -> None:
    services, clerk, reg = desk
    resident(services, clerk, "刘阿姨", "13812345678")
    intake = tab.intake_dialog()
    qtbot.addWidget(intake)
    assert unnamed(intake) == []
    commit_text(intake.finder.box, "刘阿姨")
    intake.finder.run_search()
    qtbot.keyClick(intake.finder.box, Qt.Key.Key_Return)
    assert "刘阿姨" in intake.linked.text()
    intake.select_category("小区环境")
    intake.level.setCurrentIndex(intake.level.findData("complex"))
    assert "4 h" in intake.level.currentText()
    intake.needs_visit.setChecked(True)
    commit_text(intake.neighbourhood, "幸福小区")
    commit_text(intake.place, "3号楼2单元")
    intake.description.setPlainText("楼道灯坏了，晚上看不见台阶")
    qtbot.mouseClick(intake.save_button, LEFT)
    assert intake.result() == QDialog.DialogCode.Accepted
    taken = intake.demand
    assert taken is not None and taken.number == "CN01-D2026-00001"
    assert taken.resident_name == "刘阿姨" and taken.needs_visit

    tab.after_intake(intake)
    assert printed and taken.number in printed[-1][1]  # the resident's receipt
    assert taken.number in tab.status.text()
    assert tab.model.rowCount() == 1 and tab.model.demand_at(0).number == taken.number

    dialog = tab.demand_dialog(services.demands.detail(clerk, taken.number))
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []
    visible = {a for a, b in dialog.move_buttons.items() if b.isVisibleTo(dialog)}
    assert visible == {A.DISPATCH} and dialog.move_buttons[A.DISPATCH].isDefault()

    def dispatch(prompt: QDialog) -> None:
        # Suggested first: 王师傅 is in 家政维修, which fits 小区环境 (after 志愿服务 members).
        names = [prompt.model.suggestion_at(r).name for r in range(prompt.model.rowCount())]
        assert "王师傅" in names and "赵志愿" in names[:2]
        assert prompt.select("member", reg.wang)
        commit_text(prompt.note, "请带梯子")
        click(prompt, "dispatchDemand.submit")

    when_modal(dispatch)
    qtbot.mouseClick(dialog.move_buttons[A.DISPATCH], LEFT)
    assert dialog.demand.status is DemandStatus.DISPATCHED
    assert dialog.demand.holder_name == "王师傅"
    assert dialog.slip_button.isVisibleTo(dialog)

    clock.advance(minutes=3)

    def accept(prompt: QDialog) -> None:
        click(prompt, "acceptDemand.how.in_person")
        prompt.time.setTime(QTime(9, 32))
        click(prompt, "acceptDemand.submit")

    when_modal(accept)
    qtbot.mouseClick(dialog.move_buttons[A.ACCEPT], LEFT)
    assert dialog.demand.status is DemandStatus.ACCEPTED
    assert f"{dialog.demand.accepted_at:%H:%M}" == "09:32"
    assert "4 h" in dialog.fields["level"].text()
    assert dialog.on_site_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.on_site_button, LEFT)
    assert dialog.demand.on_site_at == clock.now()

    clock.advance(hours=1)

    def solve(prompt: QDialog) -> None:
        prompt.result_note.setPlainText("换了楼道灯")
        prompt.minutes.setValue(40)
        click(prompt, "solveDemand.submit")

    when_modal(solve)
    qtbot.mouseClick(dialog.move_buttons[A.SOLVE], LEFT)
    assert dialog.demand.status is DemandStatus.SOLVED
    assert "换了楼道灯" in dialog.fields["result"].text()

    def no_rating_then_rating(prompt: QDialog) -> None:
        click(prompt, "callBack.submit")  # no rating chosen: refused, the dialog stays
        assert prompt.errors.messages()["rating"]
        click(prompt, "callBack.rating.very_satisfied")
        commit_text(prompt.note, "很及时")
        click(prompt, "callBack.submit")

    when_modal(no_rating_then_rating)
    qtbot.mouseClick(dialog.move_buttons[A.CALL_BACK], LEFT)
    done = dialog.demand
    assert done.status is DemandStatus.CALLED_BACK and done.rating is Rating.VERY_SATISFIED
    assert "很及时" in dialog.fields["rating"].text()
    visible = {a for a, b in dialog.move_buttons.items() if b.isVisibleTo(dialog)}
    assert visible == {A.REOPEN}
    history = [
        dialog.history_model.row_at(r).action for r in range(dialog.history_model.rowCount())
    ]
    assert history == ["take", "dispatch", "accept", "on_site", "solve", "call_back"]
    dialog.accept()
    tab.refresh()
    assert tab.model.rowCount() == 0  # called back: off the to-do list
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("all"))
    assert tab.model.rowCount() == 1


def test_an_overdue_row_turns_red_when_the_clock_moves_on(qtbot, tab, desk, clock) -> None:
    services, clerk, reg = desk
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    services.demands.dispatch(clerk, number, member_id=reg.zhao)
    services.demands.accept(clerk, number, "phone")
    tab.refresh()
    due = tab.model.index(0, DemandTableModel.DUE)
    assert tab.model.data(due, Qt.ItemDataRole.ForegroundRole) is None
    clock.advance(minutes=26)
    tab.refresh()
    amber = tab.model.data(due, Qt.ItemDataRole.ForegroundRole)
    assert amber.color() == CLOCK_COLOURS["due_soon"]
    clock.advance(minutes=5)
    tab.refresh()
    red = tab.model.data(tab.model.index(0, DemandTableModel.DUE), Qt.ItemDataRole.ForegroundRole)
    assert red.color() == CLOCK_COLOURS["overdue"]
    assert tab.model.data(due, Qt.ItemDataRole.FontRole).bold()
    assert "overdue" in tab.model.data(due) and "1 overdue" in tab.counts.text()
    tab.overdue_only.setChecked(True)
    assert tab.model.rowCount() == 1
    services.demands.solve(clerk, number, "好了", 10)
    tab.refresh()
    assert tab.model.rowCount() == 0


def test_a_similar_open_demand_is_offered_for_merging(qtbot, tab, desk) -> None:
    services, clerk, reg = desk
    first = services.demands.take(clerk, form(reg.categories["小区环境"]))
    intake = tab.intake_dialog()
    qtbot.addWidget(intake)
    commit_text(intake.contact_name, "周大爷")
    intake.contact_phone.setText("13898765432")
    intake.source.setCurrentIndex(intake.source.findData("phone"))
    intake.select_category("小区环境")
    commit_text(intake.neighbourhood, "幸福小区")
    commit_text(intake.place, "3号楼2单元")
    intake.description.setPlainText("也反映3号楼楼道灯坏了")

    def merge(prompt: QDialog) -> None:
        assert prompt.model.rowCount() == 1
        assert prompt.selected().number == first.number
        click(prompt, "similarDemands.merge")

    when_modal(merge)
    qtbot.mouseClick(intake.save_button, LEFT)
    assert intake.merged and intake.demand is not None
    assert intake.demand.number == first.number and intake.demand.caller_count == 1
    tab.after_intake(intake)
    assert "并单" in tab.status.text()
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, DemandTableModel.RESIDENT)).endswith("+1")


def test_a_refused_form_marks_the_fields_and_keeps_what_was_typed(qtbot, tab) -> None:
    intake = tab.intake_dialog()
    qtbot.addWidget(intake)
    intake.kind.setCurrentIndex(intake.kind.findData("wish"))
    intake.wish_date.setDate(intake.wish_date.date().addDays(-3))
    intake.contact_phone.setText("12345")
    commit_text(intake.contact_name, "陈先生")
    qtbot.mouseClick(intake.save_button, LEFT)
    assert intake.result() != QDialog.DialogCode.Accepted and intake.demand is None
    shown = intake.errors.messages()
    assert {"description", "neighbourhood", "phone", "wish_target_date"} <= set(shown)
    assert intake.contact_name.text() == "陈先生" and intake.contact_phone.text() == "12345"


def test_another_desk_taking_it_on_first_is_named(qtbot, tab, desk, monkeypatch) -> None:
    services, clerk, reg = desk
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    services.demands.dispatch(clerk, number, member_id=reg.zhao)
    dialog = tab.demand_dialog(services.demands.detail(clerk, number))
    qtbot.addWidget(dialog)
    dialog.show()
    services.demands.accept(clerk, number, "phone")  # meanwhile, at another desk
    seen: list[str] = []

    def accept(prompt: QDialog) -> None:
        click(prompt, "acceptDemand.submit")
        seen.append(prompt.errors.messages()[""])
        prompt.reject()

    when_modal(accept)
    qtbot.mouseClick(dialog.move_buttons[A.ACCEPT], LEFT)
    assert "赵**（县人民医院）" in seen[0] and "another desk" in seen[0]
    assert dialog.demand.status is DemandStatus.ACCEPTED  # shown afresh
    assert not dialog.move_buttons[A.ACCEPT].isVisibleTo(dialog)


def test_enter_and_a_typed_number_open_the_demand(qtbot, tab, desk, monkeypatch) -> None:
    services, clerk, reg = desk
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    opened: list[str] = []
    monkeypatch.setattr(DemandsTab, "open_demand", lambda self, d: opened.append(d.number))
    tab.refresh()
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == [number]
    tab.search.setText(number.lower())
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert opened == [number, number] and tab.search.text() == ""
    tab.search.setText("CN01-D2026-00077")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert "CN01-D2026-00077" in tab.status.text()


def test_a_scanned_demand_number_opens_it_from_the_visitor_case_and_booking_pages(
    qtbot, desk, tmp_path, monkeypatch
) -> None:
    services, clerk, reg = desk
    number = services.demands.take(clerk, form(reg.categories["综合服务"])).number
    opened: list[str] = []
    monkeypatch.setattr(DemandsTab, "open_demand", lambda self, d: opened.append(d.number))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    window = build_main_window(
        services, clerk, AppPaths(tmp_path / "data", tmp_path / "logs"), Preferences()
    )
    qtbot.addWidget(window)
    window.show()
    window.show_page("visitor")
    box = window.page("visitor").finder.box
    box.setFocus()
    qtbot.keyClicks(box, number.lower())  # a scanner types the number and Enter
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened == [number]
    assert window.page("party").isVisible()
    # The case and booking pages' search boxes hand a demand number on the same way.
    for key in ("cases", "bookings"):
        window.show_page(key)
        search = window.page(key).search
        search.setFocus()
        qtbot.keyClicks(search, number)
        qtbot.keyClick(search, Qt.Key.Key_Return)
        assert window.page("party").isVisible(), key
        assert search.text() == "", key
    assert opened == [number] * 3


def test_the_dispatch_slip_is_printed_with_the_contact_only_when_asked(
    qtbot, tab, desk, printed
) -> None:
    services, clerk, reg = desk
    number = services.demands.take(
        clerk,
        form(reg.categories["综合服务"], contact_name="陈先生", contact_phone="13911112222"),
    ).number
    dialog = tab.demand_dialog(services.demands.detail(clerk, number))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.slip_button.isVisibleTo(dialog)  # nobody to hand it to yet
    services.demands.dispatch(clerk, number, member_id=reg.zhao)
    dialog.show_demand(services.demands.detail(clerk, number))
    dialog.reveal.setChecked(True)
    qtbot.mouseClick(dialog.slip_button, LEFT)
    [(pdf, title)] = printed
    assert pdf.startswith(b"%PDF") and number in title and "dispatch slip" in title
    assert "printed" in dialog.message.text()
    with services.db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == number)))
    assert "reveal" in actions


def test_a_waiting_demand_is_folded_into_a_similar_one(qtbot, tab, desk) -> None:
    services, clerk, reg = desk
    keep = services.demands.take(clerk, form(reg.categories["小区环境"])).number
    fold = services.demands.take(clerk, form(reg.categories["小区环境"], contact_name="吴女士"))
    dialog = tab.demand_dialog(fold)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.merge_button.isVisibleTo(dialog)

    def merge(prompt: QDialog) -> None:
        assert [prompt.model.demand_at(r).number for r in range(prompt.model.rowCount())] == [keep]
        assert not prompt.new_button.isVisibleTo(prompt)
        click(prompt, "similarDemands.merge")

    when_modal(merge)
    qtbot.mouseClick(dialog.merge_button, LEFT)
    assert dialog.demand.number == keep and dialog.demand.merged_numbers == (fold.number,)
    assert [c.name for c in dialog.demand.callers] == ["吴女士"]
    tab.refresh()
    assert [tab.model.demand_at(r).number for r in range(tab.model.rowCount())] == [keep]
