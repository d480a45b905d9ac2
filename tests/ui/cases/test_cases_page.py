"""The case desk driven through its real widgets against a real SQLite database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from hall_desk.app import build_main_window
from hall_desk.config import AppPaths, Preferences
from hall_desk.db.database import Database
from hall_desk.domain.cases import CaseStatus, Urgency
from hall_desk.printing.slips import SlipLayout
from hall_desk.services import Services, create_services
from hall_desk.services.cases.case_lists import CaseView
from hall_desk.services.catalogue import ItemForm, ServiceItemInfo
from hall_desk.ui.cases.case_models import URGENCY_COLOURS, CaseTableModel
from hall_desk.ui.cases.cases_page import CasesPage
from hall_desk.ui.cases.intake_dialog import IntakeDialog
from hall_desk.ui.kit import print_pdf as printing
from hall_desk.ui.kit.events import DataEvents
from tests.conftest import add_clerk, set_up_center
from tests.services.visitors.test_visits import ZHANG_ID
from tests.ui.helpers import commit_text

DOCS = ("申请人身份证原件及复印件", "户口簿")


@pytest.fixture
def desk(sqlite_url, clock, passwords, tmp_path) -> Iterator[tuple[Services, object, object]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    clerk = add_clerk(services, admin)
    yield services, admin, clerk
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


def make_item(services, admin, code="TS001", limit=5) -> ServiceItemInfo:
    return services.catalogue.add_item(
        admin, ItemForm(code, "测试证明", "社区居委会", "general", list(DOCS), limit, True)
    )


@pytest.fixture
def page(qtbot, desk) -> CasesPage:
    services, _admin, clerk = desk
    widget = CasesPage(
        cases=services.cases,
        lists=services.case_lists,
        catalogue=services.catalogue,
        calendar=services.calendar,
        residents=services.residents,
        slips=services.slips,
        session=clerk,
        events=DataEvents(),
        clock=services.clock,
        slip_layout=lambda: SlipLayout.ROLL80,
    )
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def when_modal(qtbot, handle: Callable[[QDialog], None]) -> None:
    """Answer the next modal dialog as a person would (the code under test calls exec())."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        handle(dialog)

    QTimer.singleShot(0, answer)


def fill_person(dialog: IntakeDialog) -> None:
    commit_text(dialog.name, "张三")
    dialog.id_number.setText(ZHANG_ID)
    dialog.phone.setText("13812345678")


def test_accepting_a_case_prints_its_slip_and_lists_it(qtbot, page, desk, printed) -> None:
    services, admin, _clerk = desk
    item = make_item(services, admin)
    dialog = page.intake_dialog()
    qtbot.addWidget(dialog)
    fill_person(dialog)
    dialog.select_item(item.id)
    assert dialog.documents.count() == 2
    assert "2026-11-27" in dialog.promise.text()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    # One document is not ticked: the desk says what is missing and keeps everything typed.
    assert "户口簿" in dialog.errors.messages()["documents"]
    assert dialog.name.text() == "张三" and dialog.case is None
    qtbot.mouseClick(dialog.all_documents, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    case = dialog.case
    assert case is not None and case.number == "CN01-2026-00001"

    page.after_intake(dialog)
    [(pdf, title)] = printed
    assert pdf.startswith(b"%PDF") and case.number in title
    archived = list((services.slips._archive_dir).rglob("*.pdf"))
    assert len(archived) == 1
    assert case.number in page.status.text()
    assert page.model.rowCount() == 1
    assert page.model.case_at(0).number == case.number


def test_one_time_notice_leaves_the_case_waiting(qtbot, page, desk, printed) -> None:
    services, admin, _clerk = desk
    item = make_item(services, admin)
    dialog = page.intake_dialog()
    qtbot.addWidget(dialog)
    fill_person(dialog)
    dialog.select_item(item.id)
    dialog.documents.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.extra_missing.setText("结婚证；离婚证")
    qtbot.mouseClick(dialog.notice_button, Qt.MouseButton.LeftButton)
    case = dialog.case
    assert case is not None and case.status is CaseStatus.WAITING_DOCS
    assert case.documents_missing == ("户口簿", "结婚证", "离婚证")
    page.after_intake(dialog)
    assert printed, "the notice is printed"
    assert page.view_buttons[CaseView.WAITING_DOCS].text().endswith("(1)")
    qtbot.mouseClick(page.view_buttons[CaseView.WAITING_DOCS], Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1


def test_refusing_at_intake_asks_for_the_reason(qtbot, page, desk, printed) -> None:
    services, admin, _clerk = desk
    item = make_item(services, admin)
    dialog = page.intake_dialog()
    qtbot.addWidget(dialog)
    fill_person(dialog)
    dialog.select_item(item.id)

    def give_reason(prompt: QDialog) -> None:
        prompt.editor.setPlainText("不属于本中心受理范围")
        prompt.findChild(object, "reason.submit").click()

    when_modal(qtbot, give_reason)
    qtbot.mouseClick(dialog.refuse_button, Qt.MouseButton.LeftButton)
    assert dialog.case is not None and dialog.case.status is CaseStatus.REFUSED
    assert dialog.case.reason == "不属于本中心受理范围"


def test_completing_with_a_poor_rating_opens_a_call_back(qtbot, page, desk, printed) -> None:
    services, admin, clerk = desk
    item = make_item(services, admin)
    from hall_desk.services.cases.case_intake import IntakeForm

    case = services.cases.accept_case(
        clerk,
        IntakeForm(item_id=item.id, name="张三", phone="13812345678", documents_received=DOCS),
    )
    page.refresh()
    dialog = page.case_dialog(case)
    qtbot.addWidget(dialog)
    assert dialog.move_buttons[dialog_action("COMPLETE")].isVisibleTo(dialog)

    def complete(prompt: QDialog) -> None:
        prompt.result.setText("证明已出具")
        prompt.rating_buttons[rating("DISSATISFIED")].setChecked(True)
        prompt.findChild(object, "complete.submit").click()

    when_modal(qtbot, complete)
    qtbot.mouseClick(dialog.move_buttons[dialog_action("COMPLETE")], Qt.MouseButton.LeftButton)
    assert dialog.case.status is CaseStatus.COMPLETED
    assert dialog.case.follow_up_due == date(2026, 11, 27)
    assert dialog.follow_up_button.isVisibleTo(dialog)
    assert not dialog.move_buttons[dialog_action("COMPLETE")].isVisibleTo(dialog)
    assert printed and "CN01-2026-00001" in printed[-1][1]  # 办结通知 printed
    page.refresh()
    assert page.view_buttons[CaseView.FOLLOW_UP].text().endswith("(1)")


def test_overdue_cases_show_in_red(qtbot, page, desk, clock) -> None:
    services, admin, clerk = desk
    item = make_item(services, admin, limit=1)
    from hall_desk.services.cases.case_intake import IntakeForm

    services.cases.accept_case(
        clerk,
        IntakeForm(item_id=item.id, name="张三", phone="13812345678", documents_received=DOCS),
    )
    clock.advance(days=4)  # Tuesday 2026-11-24; promised Monday 11-23
    page.refresh()
    assert page.view_buttons[CaseView.OVERDUE].text().endswith("(1)")
    qtbot.mouseClick(page.view_buttons[CaseView.OVERDUE], Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.model.case_at(0).urgency is Urgency.OVERDUE
    index = page.model.index(0, CaseTableModel.DUE)
    brush = page.model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == URGENCY_COLOURS[Urgency.OVERDUE]
    assert page.model.data(index, Qt.ItemDataRole.FontRole).bold()


def test_a_scanned_case_number_opens_the_case(qtbot, desk, tmp_path, monkeypatch) -> None:
    services, admin, clerk = desk
    item = make_item(services, admin)
    from hall_desk.services.cases.case_intake import IntakeForm

    case = services.cases.accept_case(
        clerk,
        IntakeForm(item_id=item.id, name="张三", phone="13812345678", documents_received=DOCS),
    )
    opened: list[str] = []
    monkeypatch.setattr(CasesPage, "open_case", lambda self, c: opened.append(c.number))
    paths = AppPaths(tmp_path / "data", tmp_path / "logs")
    window = build_main_window(services, clerk, paths, Preferences())
    qtbot.addWidget(window)
    window.show()
    window.show_page("visitor")
    box = window.page("visitor").finder.box
    box.setFocus()
    # A scanner types the number (in lower case here) and Enter.
    qtbot.keyClicks(box, case.number.lower())
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened == [case.number]
    assert window.page("cases").isVisible()

    cases_page = window.page("cases")
    cases_page.search.setText(case.number)
    qtbot.keyClick(cases_page.search, Qt.Key.Key_Return)
    assert opened == [case.number, case.number]
    cases_page.search.setText("CN01-2026-00077")
    qtbot.keyClick(cases_page.search, Qt.Key.Key_Return)
    assert "CN01-2026-00077" in cases_page.status.text()


def dialog_action(name: str):
    from hall_desk.domain.cases import CaseAction

    return CaseAction[name]


def rating(name: str):
    from hall_desk.domain.cases import Rating

    return Rating[name]
