"""The elderly-age subsidy panel and its dialogs, driven through their widgets on a SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
)

from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.services import Services, create_services
from hall_desk.services.catalogue import ServiceItemInfo
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from hall_desk.ui.cases.elderly_panel import OVERDUE_COLOUR, CheckDialog, ElderlyPanel, StopDialog
from hall_desk.ui.kit.events import DataEvents
from tests.conftest import add_clerk, set_up_center
from tests.services.cases.test_cases import add_item
from tests.services.cases.test_elderly import subsidise
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton


class Desk:
    def __init__(self, services: Services, admin: StaffSession, clerk: StaffSession) -> None:
        self.services = services
        self.admin = admin
        self.clerk = clerk
        self.application: ServiceItemInfo = add_item(
            services, admin, code="GL001", kind="elderly_subsidy", agent=True, name="高龄补贴申请"
        )

    def subsidise(self, name: str, birth: date, seq: int, on: datetime | None = None):
        return subsidise(self.services, self.clerk, self.application, name, birth, seq, on=on)


@pytest.fixture
def desk(sqlite_url: str, clock: FixedClock, passwords: Passwords) -> Iterator[Desk]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords)
    admin = set_up_center(services)
    try:
        yield Desk(services, admin, add_clerk(services, admin))
    finally:
        db.dispose()


@pytest.fixture
def people(desk: Desk) -> dict[str, int]:
    """An overdue check, a check due this month, a 90th birthday next month, a stopped one."""
    rows = {
        "孙秀英": desk.subsidise("孙秀英", date(1940, 1, 1), 301, datetime(2025, 3, 10, 10)),
        "李桂兰": desk.subsidise("李桂兰", date(1942, 5, 5), 302, datetime(2025, 11, 5, 10)),
        "吴玉珍": desk.subsidise("吴玉珍", date(1936, 12, 31), 303),
        "钱福生": desk.subsidise("钱福生", date(1933, 8, 8), 304),
    }
    desk.services.elderly.stop(desk.clerk, rows["钱福生"].id, date(2026, 11, 20), "death", "")
    return {name: row.id for name, row in rows.items()}


def make_panel(qtbot, desk: Desk, session: StaffSession) -> tuple[ElderlyPanel, DataEvents, list]:
    events = DataEvents()
    changes: list[str] = []
    events.changed.connect(changes.append)
    panel = ElderlyPanel(desk.services.elderly, session, events, desk.services.clock)
    qtbot.addWidget(panel)
    panel.resize(1100, 650)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, events, changes


def child(parent, kind, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def names(panel: ElderlyPanel, table_name: str) -> list[str]:
    model = child(panel, QTableView, table_name).model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def select(panel: ElderlyPanel, table_name: str, name: str) -> None:
    table = child(panel, QTableView, table_name)
    panel.tabs.setCurrentWidget(table.parentWidget())
    row = names(panel, table_name).index(name)
    table.selectRow(row)


def click(qtbot, parent, name: str) -> None:
    qtbot.mouseClick(child(parent, QPushButton, name), LEFT)


def test_lists_mark_overdue_checks_in_red_and_stopped_payments_on_request(
    qtbot, desk, people
) -> None:
    panel, _events, _changes = make_panel(qtbot, desk, desk.clerk)
    tabs = child(panel, QTabWidget, "elderly.tabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Checks due (2, 1 overdue)",
        "Band changes next month (1)",
        "All subsidised (3)",
    ]  # no amounts for a clerk
    assert names(panel, "elderly.dueTable") == ["孙秀英", "李桂兰"]
    due = child(panel, QTableView, "elderly.dueTable").model()
    overdue = due.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(overdue, QBrush) and overdue.color() == OVERDUE_COLOUR
    assert due.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    row = [due.index(0, c).data() for c in range(due.columnCount())]
    assert row[-1] == "2026-03 (overdue)" and "**********" in row[1]

    changes = child(panel, QTableView, "elderly.changesTable").model()
    assert [changes.index(0, c).data() for c in (0, 3, 4, 5, 6)] == [
        "吴玉珍",
        "80-89",
        "2026-12-31 (turns 90)",
        "90-99",
        "not set",
    ]

    assert sorted(names(panel, "elderly.allTable")) == sorted(["孙秀英", "李桂兰", "吴玉珍"])
    child(panel, QCheckBox, "elderly.showStopped").setChecked(True)
    assert "钱福生" in names(panel, "elderly.allTable")
    select(panel, "elderly.allTable", "钱福生")
    assert child(panel, QPushButton, "elderly.resume").isEnabled()
    assert not child(panel, QPushButton, "elderly.recordCheck").isEnabled()
    assert not child(panel, QPushButton, "elderly.stop").isEnabled()

    warning = child(panel, QLabel, "elderly.amountsWarning")
    assert warning.isVisible() and "ask an administrator" in warning.text()
    assert panel.findChild(QPushButton, "elderly.saveAmounts") is None


def test_administrator_enters_the_amounts_and_errors_show_under_each_field(
    qtbot, desk, people
) -> None:
    panel, _events, changes = make_panel(qtbot, desk, desk.admin)
    assert unnamed(panel) == []
    warning = child(panel, QLabel, "elderly.amountsWarning")
    assert warning.text() == "Monthly amounts are not set yet; an administrator enters them here."
    panel.tabs.setCurrentIndex(3)
    assert panel.tabs.tabText(3) == "Monthly amounts"
    assert not child(panel, QPushButton, "elderly.recordCheck").isVisible()
    eighty = child(panel, QLineEdit, "elderly.amount80")
    ninety = child(panel, QLineEdit, "elderly.amount90")
    hundred = child(panel, QLineEdit, "elderly.amount100")
    eighty.setText("abc")
    commit_text(ninety, "２００元")
    click(qtbot, panel, "elderly.saveAmounts")
    assert "abc" in child(panel, QLabel, "elderly.amount80.error").text()
    assert child(panel, QLabel, "elderly.amount100.error").text() == (
        "Please enter the monthly amount in yuan."
    )
    assert child(panel, QLabel, "elderly.amount90.error").text() == ""
    assert (eighty.text(), ninety.text()) == ("abc", "２００元")  # what was typed stays
    assert eighty.property("invalid") is True
    assert changes == []

    eighty.setText("100")
    hundred.setText("500.5")
    click(qtbot, panel, "elderly.saveAmounts")
    assert child(panel, QLabel, "elderly.amount80.error").text() == ""
    assert child(panel, QLabel, "elderly.amountsMessage").text() == "The monthly amounts are saved."
    assert (eighty.text(), ninety.text(), hundred.text()) == ("100.00", "200.00", "500.50")
    assert changes == ["elderly"]
    assert not warning.isVisible()
    assert [b.monthly_amount_fen for b in desk.services.elderly.bands(desk.admin)] == [
        10_000,
        20_000,
        50_050,
    ]
    changes_model = child(panel, QTableView, "elderly.changesTable").model()
    assert changes_model.index(0, 6).data() == "200.00 yuan"


def test_recording_a_home_visit_check_takes_the_person_off_the_due_list(
    qtbot, desk, people
) -> None:
    panel, _events, changes = make_panel(qtbot, desk, desk.clerk)
    select(panel, "elderly.dueTable", "孙秀英")
    click(qtbot, panel, "elderly.recordCheck")
    dialog = panel.open_dialog
    assert isinstance(dialog, CheckDialog) and dialog.isVisible()
    assert unnamed(dialog) == []
    assert "2026-03 (overdue)" in child(dialog, QLabel, "elderly.checkDialog.due").text()
    method = child(dialog, QComboBox, "elderly.checkDialog.method")
    assert [method.itemData(i) for i in range(method.count())] == ["home_visit", "on_behalf"]
    method.setCurrentIndex(1)
    note = child(dialog, QLineEdit, "elderly.checkDialog.note")
    commit_text(note, "女儿代为办理，本人卧床")
    click(qtbot, dialog, "elderly.checkDialog.submit")

    assert dialog.result() == CheckDialog.DialogCode.Accepted
    assert changes == ["elderly"]
    assert names(panel, "elderly.dueTable") == ["李桂兰"]
    assert child(panel, QLabel, "elderly.message").text() == (
        "The annual check of 孙秀英 is recorded."
    )
    row = desk.services.elderly.get(desk.clerk, people["孙秀英"])
    assert row.last_checked_on == date(2026, 11, 20) and row.check_status == "ok"


def test_a_refused_check_shows_the_reason_in_the_dialog(qtbot, desk, people) -> None:
    panel, _events, changes = make_panel(qtbot, desk, desk.clerk)
    desk.services.elderly.record_check(desk.clerk, people["李桂兰"], "home_visit")
    select(panel, "elderly.dueTable", "李桂兰")  # the list has not refreshed yet
    dialog = panel.record_check()
    assert dialog is not None
    commit_text(child(dialog, QLineEdit, "elderly.checkDialog.note"), "再次上门")
    click(qtbot, dialog, "elderly.checkDialog.submit")
    assert dialog.isVisible()
    assert "already recorded today" in child(dialog, QLabel, "elderly.checkDialog.message").text()
    assert child(dialog, QLineEdit, "elderly.checkDialog.note").text() == "再次上门"
    assert changes == []


def test_stop_shows_every_error_keeps_the_input_and_resume_asks_first(
    qtbot, desk, people, monkeypatch
) -> None:
    panel, _events, changes = make_panel(qtbot, desk, desk.clerk)
    select(panel, "elderly.allTable", "李桂兰")
    click(qtbot, panel, "elderly.stop")
    dialog = panel.open_dialog
    assert isinstance(dialog, StopDialog)
    assert unnamed(dialog) == []
    when = child(dialog, QDateEdit, "elderly.stopDialog.date")
    assert when.date() == QDate(2026, 11, 20)
    when.setDate(QDate(2026, 11, 23))
    reason = child(dialog, QComboBox, "elderly.stopDialog.reason")
    reason.setCurrentIndex(reason.findData("other"))
    click(qtbot, dialog, "elderly.stopDialog.submit")
    assert dialog.isVisible()
    assert "in the future" in child(dialog, QLabel, "elderly.stopDialog.date.error").text()
    assert child(dialog, QLabel, "elderly.stopDialog.note.error").text() == (
        "Please write down why payment stops."
    )
    assert when.date() == QDate(2026, 11, 23) and reason.currentData() == "other"

    when.setDate(QDate(2026, 11, 18))
    commit_text(child(dialog, QLineEdit, "elderly.stopDialog.note"), "户籍迁出本市")
    click(qtbot, dialog, "elderly.stopDialog.submit")
    assert dialog.result() == StopDialog.DialogCode.Accepted
    assert changes == ["elderly"]
    assert child(panel, QLabel, "elderly.message").text() == (
        "Payment to 李桂兰 stops from 2026-11-18."
    )
    assert "李桂兰" not in names(panel, "elderly.allTable")
    assert "李桂兰" not in names(panel, "elderly.dueTable")

    child(panel, QCheckBox, "elderly.showStopped").setChecked(True)
    select(panel, "elderly.allTable", "李桂兰")
    model = child(panel, QTableView, "elderly.allTable").model()
    row = names(panel, "elderly.allTable").index("李桂兰")
    assert model.index(row, model.columnCount() - 1).data() == "2026-11-18 Other reason"

    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(
        QMessageBox, "question", lambda _parent, _title, text, *a: asked.append(text) or answer
    )
    click(qtbot, panel, "elderly.resume")
    assert "李桂兰" in asked[0] and "2026-11-18" in asked[0]
    assert desk.services.elderly.get(desk.clerk, people["李桂兰"]).stopped
    answer = QMessageBox.StandardButton.Yes
    click(qtbot, panel, "elderly.resume")
    assert not desk.services.elderly.get(desk.clerk, people["李桂兰"]).stopped
    assert changes == ["elderly", "elderly"]
    assert "李桂兰" in names(panel, "elderly.dueTable")


def test_the_panel_follows_case_and_subsidy_changes_only(qtbot, desk, people) -> None:
    panel, events, _changes = make_panel(qtbot, desk, desk.clerk)
    assert len(names(panel, "elderly.allTable")) == 3
    desk.subsidise("周建国", date(1943, 7, 7), 305)
    events.changed.emit("visit")
    assert len(names(panel, "elderly.allTable")) == 3
    events.changed.emit("case")
    assert "周建国" in names(panel, "elderly.allTable")
    assert panel.tabs.tabText(2) == "All subsidised (4)"
