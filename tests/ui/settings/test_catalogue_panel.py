"""The service list in Settings, driven through its widgets on a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)

from hall_desk.domain.catalogue import ItemCategory, ItemKind
from hall_desk.services import Services
from hall_desk.services.catalogue import ItemForm
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.settings.catalogue_panel import CataloguePanel, ItemDialog, ItemTableModel
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Widgets are tested on SQLite only; the services themselves on both databases."""
    return sqlite_url


def make_panel(qtbot, services: Services, session: StaffSession) -> tuple[CataloguePanel, list]:
    events = DataEvents()
    changes: list[str] = []
    events.changed.connect(changes.append)
    panel = CataloguePanel(services.catalogue, session, events)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    return panel, changes


def child(parent, kind, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def codes(panel: CataloguePanel) -> list[str]:
    model = child(panel, QTableView, "settings.itemTable").model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def row_of(panel: CataloguePanel, code: str) -> list[str]:
    model = panel.model
    row = codes(panel).index(code)
    return [model.index(row, c).data() for c in range(model.columnCount())]


def select(panel: CataloguePanel, code: str) -> None:
    panel.table.selectRow(codes(panel).index(code))


def fill_new_item(dialog: ItemDialog) -> None:
    child(dialog, QLineEdit, "itemDialog.code").setText("mz099")
    commit_text(child(dialog, QLineEdit, "itemDialog.name"), "临时救助申请")
    commit_text(child(dialog, QComboBox, "itemDialog.office").lineEdit(), "民政办")
    category = child(dialog, QComboBox, "itemDialog.category")
    category.setCurrentIndex(category.findData(ItemCategory.CIVIL.value))
    documents = child(dialog, QPlainTextEdit, "itemDialog.documents")
    documents.setPlainText("身份证\n户口簿\n\n困难情况说明")
    child(dialog, QSpinBox, "itemDialog.limit").setValue(10)
    child(dialog, QCheckBox, "itemDialog.agentAllowed").setChecked(True)


def test_admin_adds_an_item_that_appears_in_the_list(qtbot, services, admin) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    before = codes(panel)
    assert len(before) > 40 and "MZ001" in before
    assert "MZ099" not in before

    qtbot.mouseClick(child(panel, QPushButton, "settings.addItem"), LEFT)
    dialog = panel.open_dialog
    assert isinstance(dialog, ItemDialog) and dialog.isVisible()
    assert unnamed(dialog) == []
    office = child(dialog, QComboBox, "itemDialog.office")
    assert "民政办" in [office.itemText(i) for i in range(office.count())]
    assert office.currentText() == ""
    fill_new_item(dialog)
    qtbot.mouseClick(child(dialog, QPushButton, "itemDialog.submit"), LEFT)

    assert dialog.result() == ItemDialog.DialogCode.Accepted
    assert row_of(panel, "MZ099") == [
        "MZ099",
        "临时救助申请",
        "民政办",
        "Civil affairs",
        "10 working days",
        "3",
        "Yes",
        "In use",
        "0",
    ]
    selected = panel.selected_item()
    assert selected is not None and selected.code == "MZ099"
    assert "MZ099" in child(panel, QLabel, "settings.itemMessage").text()
    assert changes == ["catalogue"]
    saved = services.catalogue.get(admin, selected.id)
    assert saved.documents == ("身份证", "户口簿", "困难情况说明")
    assert saved.kind is ItemKind.GENERAL and saved.agent_allowed


def test_bad_input_marks_every_field_and_keeps_the_text(qtbot, services, admin) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    dialog = panel.add_item()
    assert dialog is not None
    code = child(dialog, QLineEdit, "itemDialog.code")
    name = child(dialog, QLineEdit, "itemDialog.name")
    office = child(dialog, QComboBox, "itemDialog.office")
    documents = child(dialog, QPlainTextEdit, "itemDialog.documents")
    code.setText("x")
    commit_text(name, "   ")
    documents.setPlainText("身份证\n" + "很长的材料名称" * 20)
    qtbot.mouseClick(child(dialog, QPushButton, "itemDialog.submit"), LEFT)

    assert dialog.isVisible()
    errors = dialog.errors.messages()
    assert "does not fit" in errors["item_code"]
    assert errors["item_name"] == "Please enter the name of the service item."
    assert errors["item_office"] == "Please enter the office responsible for the item."
    assert "Document 2" in errors["item_documents"]
    for widget in (code, name, office, documents):
        assert widget.property("invalid") is True
    assert child(dialog, QLabel, "itemDialog.code.error").isVisible()
    # What was typed stays, to be corrected.
    assert code.text() == "x"
    assert documents.toPlainText().startswith("身份证\n很长的材料名称")

    # A code already used is reported under the code, next to the other problems fixed.
    code.setText("MZ001")
    commit_text(name, "另一个事项")
    commit_text(office.lineEdit(), "民政办")
    documents.setPlainText("身份证")
    qtbot.mouseClick(child(dialog, QPushButton, "itemDialog.submit"), LEFT)
    assert dialog.isVisible()
    assert "高龄补贴申请" in dialog.errors.messages()["item_code"]
    assert name.property("invalid") is False
    assert changes == []
    assert "MZ001" in codes(panel) and len(services.catalogue.items(admin)) == len(codes(panel))
    dialog.reject()


def test_editing_the_documents_of_an_item(qtbot, services, admin) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    select(panel, "MZ001")
    item = panel.selected_item()
    assert item is not None and item.kind is ItemKind.ELDERLY_SUBSIDY

    qtbot.mouseClick(child(panel, QPushButton, "settings.editItem"), LEFT)
    dialog = panel.open_dialog
    assert isinstance(dialog, ItemDialog) and dialog.item == item
    documents = child(dialog, QPlainTextEdit, "itemDialog.documents")
    assert documents.toPlainText().splitlines() == list(item.documents)
    assert child(dialog, QComboBox, "itemDialog.kind").currentData() == "elderly_subsidy"
    assert child(dialog, QComboBox, "itemDialog.office").currentText() == "民政办"
    documents.setPlainText("申请人身份证原件及复印件\n户口簿原件及复印件")
    qtbot.mouseClick(child(dialog, QPushButton, "itemDialog.submit"), LEFT)

    assert dialog.result() == ItemDialog.DialogCode.Accepted
    assert services.catalogue.get(admin, item.id).documents == (
        "申请人身份证原件及复印件",
        "户口簿原件及复印件",
    )
    assert row_of(panel, "MZ001")[ItemTableModel.DOCUMENTS] == "2"
    assert panel.selected_item() is not None and panel.selected_item().code == "MZ001"
    assert changes == ["catalogue"]


def test_double_click_opens_the_item(qtbot, services, admin) -> None:
    panel, _changes = make_panel(qtbot, services, admin)
    row = codes(panel).index("MZ001")
    index = panel.model.index(row, ItemTableModel.NAME)
    select(panel, "MZ001")
    panel.table.doubleClicked.emit(index)
    dialog = panel.open_dialog
    assert isinstance(dialog, ItemDialog) and dialog.item is not None
    assert dialog.item.code == "MZ001"
    dialog.reject()


def test_enter_on_a_row_opens_the_item_for_an_administrator_only(
    qtbot, services, admin, clerk
) -> None:
    panel, _changes = make_panel(qtbot, services, admin)
    select(panel, "MZ001")
    panel.activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.open_dialog
    assert isinstance(dialog, ItemDialog) and dialog.item is not None
    assert dialog.item.code == "MZ001" and dialog.isVisible()
    dialog.reject()

    reader, _changes = make_panel(qtbot, services, clerk)
    select(reader, "MZ001")
    reader.activateWindow()
    reader.table.setFocus()
    qtbot.waitUntil(reader.table.hasFocus)
    qtbot.keyClick(reader.table, Qt.Key.Key_Enter)
    assert reader.open_dialog is None


def test_retiring_hides_the_item_unless_retired_items_are_shown(
    qtbot, services, admin, monkeypatch
) -> None:
    panel, changes = make_panel(qtbot, services, admin)
    asked: list[str] = []

    def answer(button):
        def question(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return button

        return question

    select(panel, "MZ001")
    retire = child(panel, QPushButton, "settings.retireItem")
    assert retire.text() == "Retire..."

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(retire, LEFT)
    assert "MZ001" in codes(panel) and changes == []
    assert "cases and their history stay" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(retire, LEFT)
    assert "MZ001" not in codes(panel)
    assert changes == ["catalogue"]
    assert "retired" in child(panel, QLabel, "settings.itemMessage").text()

    show_retired = child(panel, QCheckBox, "settings.showRetired")
    show_retired.setChecked(True)
    assert row_of(panel, "MZ001")[ItemTableModel.STATUS] == "Retired"
    select(panel, "MZ001")
    assert retire.text() == "Restore"
    qtbot.mouseClick(retire, LEFT)  # bringing an item back needs no question
    assert len(asked) == 2
    assert row_of(panel, "MZ001")[ItemTableModel.STATUS] == "In use"
    show_retired.setChecked(False)
    assert "MZ001" in codes(panel)
    assert changes == ["catalogue", "catalogue"]


def test_the_filter_matches_code_name_and_office(qtbot, services, admin) -> None:
    panel, _changes = make_panel(qtbot, services, admin)
    total = len(codes(panel))
    box = child(panel, QLineEdit, "settings.itemFilter")

    box.setText("mz001")
    assert codes(panel) == ["MZ001"]
    box.clear()
    commit_text(box, "高龄")
    assert codes(panel) and all("高龄" in row_of(panel, c)[1] for c in codes(panel))
    box.clear()
    commit_text(box, "民政办")
    assert "MZ001" in codes(panel) and len(codes(panel)) < total
    assert all(row_of(panel, c)[2] == "民政办" for c in codes(panel))
    count = child(panel, QLabel, "settings.itemCount").text()
    assert count == f"{len(codes(panel))} of {total} items"
    box.clear()
    assert len(codes(panel)) == total


def test_a_clerk_reads_the_list_but_cannot_change_it(qtbot, services, clerk) -> None:
    panel, changes = make_panel(qtbot, services, clerk)
    assert "MZ001" in codes(panel)
    for name in ("settings.addItem", "settings.editItem", "settings.retireItem"):
        assert child(panel, QPushButton, name).isHidden()
    assert child(panel, QLabel, "settings.catalogueReadOnly").isVisible()
    select(panel, "MZ001")
    assert panel.add_item() is None
    assert panel.edit_selected() is None
    panel.table.doubleClicked.emit(panel.model.index(codes(panel).index("MZ001"), 0))
    assert panel.open_dialog is None
    assert changes == []


def test_a_service_refusal_is_shown_in_the_dialog(qtbot, services, admin, clerk) -> None:
    """A clerk's session slipping into the dialog still cannot save: the refusal is shown."""
    panel, _changes = make_panel(qtbot, services, admin)
    dialog = ItemDialog(services.catalogue, clerk, None, panel)
    qtbot.addWidget(dialog)
    fill_new_item(dialog)
    dialog.open()
    qtbot.mouseClick(child(dialog, QPushButton, "itemDialog.submit"), LEFT)
    assert dialog.isVisible()
    assert "Only an administrator" in child(dialog, QLabel, "itemDialog.message").text()
    assert all(i.code != "MZ099" for i in services.catalogue.items(admin))


def test_item_model_texts(services, admin) -> None:
    model = ItemTableModel()
    item = services.catalogue.add_item(
        admin, ItemForm("TY999", "政策咨询", "综合窗口", "general", "", 0, False)
    )
    model.set_rows([item])
    assert model.headerData(ItemTableModel.LIMIT, Qt.Orientation.Horizontal) == "Time limit"
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == [
        "TY999",
        "政策咨询",
        "综合窗口",
        "General",
        "On the spot",
        "0",
        "No",
        "In use",
        "0",
    ]
    one_day = services.catalogue.update_item(
        admin, item.id, ItemForm("TY999", "政策咨询", "综合窗口", "general", "身份证", 1, True)
    )
    model.set_rows([one_day])
    assert model.index(0, ItemTableModel.LIMIT).data() == "1 working day"
    tip = model.index(0, ItemTableModel.DOCUMENTS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "1. 身份证"
