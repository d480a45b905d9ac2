"""The party membership transfer panel and its receipt dialog, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QPushButton, QTableView, QTabWidget

from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.services import Services, create_services
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from hall_desk.ui.cases.transfer_panel import EXPIRED_COLOUR, ReceiptDialog, TransferPanel
from hall_desk.ui.kit.events import DataEvents
from tests.conftest import add_clerk, set_up_center
from tests.services.cases.test_cases import add_item
from tests.services.cases.test_transfers import letter, take
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(
    sqlite_url: str, clock: FixedClock, passwords: Passwords
) -> Iterator[tuple[Services, StaffSession]]:
    """Four letters: a receipt late, one late and expired, one running out, one fresh."""
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords)
    admin = set_up_center(services)
    clerk = add_clerk(services, admin)
    item = add_item(services, admin, code="DW009", kind="party_transfer", name="党员组织关系转接")
    take(services, clerk, item, "张卫东", 101, letter("城南组转字第015号", date(2026, 9, 15)))
    take(
        services, clerk, item, "杨丽", 102,
        letter("城南组转字第021号", date(2026, 8, 1), date(2026, 11, 1)),
    )  # fmt: skip
    take(
        services, clerk, item, "陈志强", 103,
        letter("No.2026-0153", date(2026, 11, 1), date(2026, 11, 24)),
    )  # fmt: skip
    take(
        services, clerk, item, "黄明", 104, letter("同组转字第77号", date(2026, 11, 10), None, "in")
    )
    try:
        yield services, clerk
    finally:
        db.dispose()


def make_panel(qtbot, services: Services, session: StaffSession):
    events = DataEvents()
    changes: list[str] = []
    events.changed.connect(changes.append)
    panel = TransferPanel(services.transfers, session, events, services.clock)
    qtbot.addWidget(panel)
    panel.resize(1100, 650)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, events, changes


def child(parent, kind, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def column(panel: TransferPanel, table_name: str, header: str) -> list[str]:
    model = child(panel, QTableView, table_name).model()
    c = next(i for i in range(model.columnCount()) if model.headerData(i, Qt.Horizontal) == header)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def select(panel: TransferPanel, table_name: str, letter_number: str) -> None:
    table = child(panel, QTableView, table_name)
    panel.tabs.setCurrentWidget(table.parentWidget())
    table.selectRow(column(panel, table_name, "Letter number").index(letter_number))


def test_three_lists_with_expired_letters_in_red(qtbot, desk) -> None:
    services, clerk = desk
    panel, _events, _changes = make_panel(qtbot, services, clerk)
    tabs = child(panel, QTabWidget, "transfers.tabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Receipts not back after a month (2)",
        "Letters expiring soon (2)",
        "All transfers",
    ]
    assert column(panel, "transfers.receiptsTable", "Member") == ["杨丽", "张卫东"]
    assert column(panel, "transfers.receiptsTable", "Days since issue") == ["111", "66"]
    assert column(panel, "transfers.expiringTable", "Valid until") == [
        "2026-11-01 (expired)",
        "2026-11-24 (4 days left)",
    ]
    expiring = child(panel, QTableView, "transfers.expiringTable").model()
    red = expiring.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QBrush) and red.color() == EXPIRED_COLOUR
    assert expiring.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert column(panel, "transfers.allTable", "Member") == ["黄明", "陈志强", "张卫东", "杨丽"]
    assert column(panel, "transfers.allTable", "Direction")[0] == "Transfer in"
    assert column(panel, "transfers.allTable", "Channel")[0] == "Paper"
    assert not child(panel, QPushButton, "transfers.recordReceipt").isEnabled()


def test_recording_a_receipt_through_the_dialog(qtbot, desk) -> None:
    services, clerk = desk
    panel, _events, changes = make_panel(qtbot, services, clerk)
    select(panel, "transfers.receiptsTable", "城南组转字第015号")
    button = child(panel, QPushButton, "transfers.recordReceipt")
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    dialog = panel.open_dialog
    assert isinstance(dialog, ReceiptDialog) and dialog.isVisible()
    assert unnamed(panel) == [] and unnamed(dialog) == []
    when = child(dialog, QDateEdit, "transfers.receiptDialog.date")
    assert when.date() == QDate(2026, 11, 20)
    note = child(dialog, QLineEdit, "transfers.receiptDialog.note")
    commit_text(note, "西安雁塔区寄回")

    when.setDate(QDate(2026, 9, 14))  # before the letter was issued
    qtbot.mouseClick(child(dialog, QPushButton, "transfers.receiptDialog.submit"), LEFT)
    assert dialog.isVisible()
    error = child(dialog, QLabel, "transfers.receiptDialog.date.error").text()
    assert "2026-09-14" in error and "2026-09-15" in error
    assert note.text() == "西安雁塔区寄回" and changes == []

    when.setDate(QDate(2026, 11, 19))
    qtbot.mouseClick(child(dialog, QPushButton, "transfers.receiptDialog.submit"), LEFT)
    assert dialog.result() == ReceiptDialog.DialogCode.Accepted
    assert changes == ["transfer"]
    assert column(panel, "transfers.receiptsTable", "Member") == ["杨丽"]
    assert child(panel, QLabel, "transfers.message").text() == (
        "The receipt of letter 城南组转字第015号 (张卫东) is recorded."
    )
    assert "2026-11-19" in column(panel, "transfers.allTable", "Receipt back")

    select(panel, "transfers.allTable", "城南组转字第015号")
    assert not button.isEnabled()  # already back
    assert panel.record_receipt() is None
    assert "came back on 2026-11-19" in child(panel, QLabel, "transfers.message").text()


def test_the_panel_follows_case_changes(qtbot, desk, clock) -> None:
    services, clerk = desk
    panel, events, _changes = make_panel(qtbot, services, clerk)
    clock.advance(days=5)  # 2026-11-25: 黄明's letter is still fresh, 陈志强's ran out
    events.changed.emit("visit")
    assert column(panel, "transfers.expiringTable", "Valid until")[1] == "2026-11-24 (4 days left)"
    events.changed.emit("case")
    assert column(panel, "transfers.expiringTable", "Valid until") == [
        "2026-11-01 (expired)",
        "2026-11-24 (expired)",
    ]
