"""The registry tab (双报到) driven through its widgets on a real database."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from hall_desk.config import AppPaths, Preferences
from hall_desk.services import Services
from hall_desk.services.party.registry import MemberForm, PartyList, UnitForm
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit import print_pdf as printing
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.kit.pages import PageContext
from hall_desk.ui.party import registry_feedback, registry_import
from hall_desk.ui.party.registry_feedback import FeedbackSheetDialog
from hall_desk.ui.party.registry_import import MemberImportDialog
from hall_desk.ui.party.registry_member_dialog import LeftDialog, MemberDialog
from hall_desk.ui.party.registry_models import DUE_COLOUR
from hall_desk.ui.party.registry_tab import RegistryTab
from hall_desk.ui.party.registry_unit_dialog import UnitDialog
from hall_desk.ui.party.registry_units import UnitsDialog
from tests.ui.helpers import commit_text
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton
HEADER = ["姓名", "单位", "手机号", "身份证号(可空)", "小区", "网格", "报到日期", "人才库"]


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Widgets are tested on SQLite only; the services themselves on both databases."""
    return sqlite_url


def make_tab(qtbot, services: Services, session: StaffSession, tmp_path: Path):
    paths = AppPaths(tmp_path / "data", tmp_path / "logs")
    context = PageContext(services, session, DataEvents(), paths, Preferences(), None)  # type: ignore[arg-type]
    changes: list[str] = []
    context.events.changed.connect(changes.append)
    tab = RegistryTab(context)
    qtbot.addWidget(tab)
    tab.resize(1240, 640)
    tab.show()
    qtbot.waitExposed(tab)
    return tab, changes


def child(parent, kind, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def cells(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def names(tab: RegistryTab) -> list[str]:
    return [row[0] for row in cells(tab.table)]


def seed(services: Services, session: StaffSession) -> dict[str, int]:
    registry = services.registry
    hospital = registry.add_unit(session, UnitForm("县人民医院", "institution")).id
    tax = registry.add_unit(session, UnitForm("县税务局", "government")).id
    pools = {e.name: e.id for e in registry.list_entries(session, PartyList.POOLS)}
    wang = MemberForm("王小明", hospital, "13812345678", "", "幸福小区", "第一网格",
                      date(2026, 3, 2), (pools["医疗健康"],))  # fmt: skip
    zeng = MemberForm("曾丽", tax, "13912340000", "", "阳光花园", "", date(2026, 9, 1),
                      (pools["法律服务"],))  # fmt: skip
    registry.add_member(session, wang)
    registry.add_member(session, zeng)
    return {"hospital": hospital, "tax": tax, **pools}


def test_a_unit_and_a_member_are_added_through_the_dialogs(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    tab, changes = make_tab(qtbot, services, clerk, tmp_path)
    assert names(tab) == []
    # Without a unit there is nobody to register yet.
    qtbot.mouseClick(child(tab, QPushButton, "registry.add"), LEFT)
    assert tab.open_dialog is None
    assert "Units" in child(tab, QLabel, "registry.message").text()

    qtbot.mouseClick(child(tab, QPushButton, "registry.units"), LEFT)
    units = tab.open_dialog
    assert isinstance(units, UnitsDialog) and unnamed(units) == []
    qtbot.mouseClick(child(units, QPushButton, "units.add"), LEFT)
    form = units.panel.open_dialog
    assert isinstance(form, UnitDialog) and unnamed(form) == []
    commit_text(child(form, QLineEdit, "unitDialog.name"), "县人民医院")
    kind = child(form, QComboBox, "unitDialog.kind")
    kind.setCurrentIndex(kind.findData("institution"))
    commit_text(child(form, QLineEdit, "unitDialog.contact"), "赵书记")
    child(form, QLineEdit, "unitDialog.phone").setText("139 1234 5678")
    child(form, QCheckBox, "unitDialog.hasAgreement").setChecked(True)
    child(form, QLineEdit, "unitDialog.number").setText("GJ-2026-07")
    child(form, QDateEdit, "unitDialog.signedOn").setDate(date(2026, 1, 5))
    child(form, QDateEdit, "unitDialog.endsOn").setDate(date(2026, 12, 1))
    child(form, QPlainTextEdit, "unitDialog.commitments").setPlainText("每月义诊一次")
    qtbot.mouseClick(child(form, QPushButton, "unitDialog.submit"), LEFT)
    assert form.result() == UnitDialog.DialogCode.Accepted
    assert cells(child(units, QTableView, "units.table")) == [
        ["县人民医院", "Public institution", "赵书记", "139****5678", "0", "GJ-2026-07",
         "2026-12-01", "Ends within 30 days"],
    ]  # fmt: skip
    units.reject()
    assert changes == ["party_member"]

    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.open_dialog
    assert isinstance(dialog, MemberDialog) and unnamed(dialog) == []
    commit_text(child(dialog, QLineEdit, "memberDialog.name"), "王小明")
    unit = child(dialog, QComboBox, "memberDialog.unit")
    unit.setCurrentIndex(unit.findText("县人民医院"))
    child(dialog, QLineEdit, "memberDialog.phone").setText("138-1234-5678")
    child(dialog, QLineEdit, "memberDialog.idNumber").setText("11010519491231002x")
    commit_text(child(dialog, QLineEdit, "memberDialog.neighbourhood"), "幸福小区")
    commit_text(child(dialog, QLineEdit, "memberDialog.grid"), "第一网格")
    child(dialog, QDateEdit, "memberDialog.reportedOn").setDate(date(2026, 3, 2))
    health = next(
        e.id for e in services.registry.list_entries(clerk, PartyList.POOLS) if e.name == "医疗健康"
    )
    child(dialog, QCheckBox, f"memberDialog.pool.{health}").setChecked(True)
    qtbot.mouseClick(child(dialog, QPushButton, "memberDialog.submit"), LEFT)
    assert dialog.result() == MemberDialog.DialogCode.Accepted

    assert cells(tab.table) == [
        ["王小明", "县人民医院", "138****5678", "幸福小区 / 第一网格", "医疗健康", "2026-03-02",
         "Due since 2026-09-02"],
    ]  # fmt: skip
    brush = tab.table.model().index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == DUE_COLOUR
    assert tab.selected_member() is not None
    assert "王小明" in child(tab, QLabel, "registry.message").text()
    assert changes == ["party_member", "party_member"]
    assert (
        services.registry.reveal_member(clerk, tab.selected_member().id, "phone") == "13812345678"
    )


def test_a_bad_member_form_marks_the_fields_and_keeps_the_text(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    ids = seed(services, clerk)
    tab, changes = make_tab(qtbot, services, clerk, tmp_path)
    qtbot.mouseClick(child(tab, QPushButton, "registry.add"), LEFT)
    dialog = tab.open_dialog
    commit_text(child(dialog, QLineEdit, "memberDialog.name"), "王小明")
    child(dialog, QLineEdit, "memberDialog.phone").setText("1381234")
    child(dialog, QLineEdit, "memberDialog.idNumber").setText("110105194912310021")
    qtbot.mouseClick(child(dialog, QPushButton, "memberDialog.submit"), LEFT)
    assert dialog.isVisible()
    messages = dialog.errors.messages()
    assert set(messages) == {"phone", "id_number"}
    assert child(dialog, QLineEdit, "memberDialog.phone").text() == "1381234"
    # With the phone right, the unit is still missing; then 王小明 is already registered.
    child(dialog, QLineEdit, "memberDialog.phone").setText("13812345678")
    child(dialog, QLineEdit, "memberDialog.idNumber").setText("")
    qtbot.mouseClick(child(dialog, QPushButton, "memberDialog.submit"), LEFT)
    assert set(dialog.errors.messages()) == {"unit"}
    unit = child(dialog, QComboBox, "memberDialog.unit")
    unit.setCurrentIndex(unit.findData(ids["tax"]))
    qtbot.mouseClick(child(dialog, QPushButton, "memberDialog.submit"), LEFT)
    assert "县人民医院" in dialog.errors.messages()["phone"]
    assert dialog.isVisible() and changes == []


def test_search_filters_and_the_re_report_list(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    ids = seed(services, clerk)
    tab, _changes = make_tab(qtbot, services, clerk, tmp_path)
    assert names(tab) == ["王小明", "曾丽"]  # by unit in pinyin: 县人民医院, then 县税务局
    assert child(tab, QLabel, "registry.count").text() == "2 members"

    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "zl")
    qtbot.waitUntil(lambda: names(tab) == ["曾丽"])
    tab.search.clear()
    qtbot.keyClicks(tab.search, "5678")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert names(tab) == ["王小明"] and tab.table.hasFocus()
    tab.search.clear()
    commit_text(tab.search, "税务")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert names(tab) == ["曾丽"]
    tab.search.clear()
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)

    pools = child(tab, QComboBox, "registry.poolFilter")
    pools.setCurrentIndex(pools.findData(ids["医疗健康"]))
    assert names(tab) == ["王小明"]
    pools.setCurrentIndex(0)
    units = child(tab, QComboBox, "registry.unitFilter")
    units.setCurrentIndex(units.findData(ids["tax"]))
    assert names(tab) == ["曾丽"]
    units.setCurrentIndex(0)
    state = child(tab, QComboBox, "registry.stateFilter")
    state.setCurrentIndex(state.findData("due"))
    assert names(tab) == ["王小明"]

    # 王小明 reports again: he leaves the list of those due.
    tab.table.selectRow(0)
    qtbot.mouseClick(child(tab, QPushButton, "registry.reportAgain"), LEFT)
    assert names(tab) == []
    assert "2027-05-20" in child(tab, QLabel, "registry.message").text()


def test_a_member_leaves_and_comes_back(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    seed(services, clerk)
    tab, changes = make_tab(qtbot, services, clerk, tmp_path)
    tab.table.selectRow(names(tab).index("王小明"))
    left = child(tab, QPushButton, "registry.left")
    qtbot.mouseClick(left, LEFT)
    dialog = tab.open_dialog
    assert isinstance(dialog, LeftDialog) and unnamed(dialog) == []
    commit_text(child(dialog, QLineEdit, "leftDialog.reason"), "调离本县")
    qtbot.mouseClick(child(dialog, QPushButton, "leftDialog.submit"), LEFT)
    assert dialog.result() == LeftDialog.DialogCode.Accepted
    assert names(tab) == ["曾丽"]
    state = child(tab, QComboBox, "registry.stateFilter")
    state.setCurrentIndex(state.findData("left"))
    tab.table.selectRow(0)
    assert cells(tab.table)[0][6] == "Left on 2026-11-20"
    assert left.text() == "Back"
    assert not child(tab, QPushButton, "registry.reportAgain").isEnabled()
    qtbot.mouseClick(left, LEFT)
    assert names(tab) == [] and changes == ["party_member", "party_member"]


def bad_file(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["周强", "县人民医院", "13700001111", None, "幸福小区", "", "2026-03-02", ""])
    sheet.append(["赵敏", "县公安局", "13700002222", None, "", "", "2026-03-02", ""])
    sheet.append(["钱多", "县税务局", "1370000", None, "", "", datetime(2026, 3, 2), "唱歌"])
    sheet.append(["孙丽", "县税务局", "13700004444", None, "", "", "2026/4/1", "法律服务"])
    book.save(path)
    return path


def test_the_import_dialog_checks_then_imports_the_good_rows(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path, monkeypatch
) -> None:
    seed(services, clerk)
    tab, changes = make_tab(qtbot, services, clerk, tmp_path)
    source = bad_file(tmp_path / "医院名单.xlsx")
    monkeypatch.setattr(registry_import, "_choose_open_path", lambda *_a: str(source))
    asked: list[str] = []
    monkeypatch.setattr(registry_import, "_confirm", lambda _p, _t, q: asked.append(q) or True)
    qtbot.mouseClick(child(tab, QPushButton, "registry.import"), LEFT)
    dialog = tab.open_dialog
    assert isinstance(dialog, MemberImportDialog) and unnamed(dialog) == []
    import_all = child(dialog, QPushButton, "import.all")
    good = child(dialog, QPushButton, "import.good")
    assert not import_all.isEnabled() and not good.isEnabled()

    qtbot.mouseClick(child(dialog, QPushButton, "import.choose"), LEFT)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy())
    summary = child(dialog, QLabel, "import.summary").text()
    assert "医院名单.xlsx" in summary and "4 rows, 2 good" in summary
    problems = cells(child(dialog, QTableView, "import.problems"))
    assert [row[:2] for row in problems] == [["3", "单位"], ["4", "手机号"], ["4", "人才库"]]
    assert "县公安局" in problems[0][2]
    assert not import_all.isEnabled()
    assert good.isEnabled() and good.text() == "Import only the good rows (2)"
    assert child(dialog, QLineEdit, "import.path").text() == str(source)

    qtbot.mouseClick(good, LEFT)
    qtbot.waitUntil(lambda: dialog.outcome is not None and not dialog.busy())
    assert "2 good rows" in asked[0]
    assert "2 members have been imported" in child(dialog, QLabel, "import.message").text()
    assert not good.isEnabled() and not import_all.isEnabled()
    assert sorted(names(tab)) == ["周强", "孙丽", "曾丽", "王小明"]
    assert "party_member" in changes

    # A clean file imports whole with "Import all".
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    book.active.append(["吴刚", "县税务局", "13600000000", "", "", "", "2026-05-01", ""])
    book.save(tmp_path / "clean.xlsx")
    dialog.check_file(tmp_path / "clean.xlsx")
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy())
    assert import_all.isEnabled() and not good.isEnabled()
    qtbot.mouseClick(import_all, LEFT)
    qtbot.waitUntil(lambda: dialog.outcome is not None and not dialog.busy())
    assert "吴刚" in names(tab)


def test_a_file_that_is_no_workbook_is_named_and_the_template_is_saved(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path, monkeypatch
) -> None:
    seed(services, clerk)
    tab, _changes = make_tab(qtbot, services, clerk, tmp_path)
    dialog = tab.import_members()
    (tmp_path / "list.csv").write_text("姓名,单位\n", encoding="utf-8")
    dialog.check_file(tmp_path / "list.csv")
    qtbot.waitUntil(lambda: not dialog.busy())
    message = child(dialog, QLabel, "import.message")
    assert "list.csv is not an Excel .xlsx file" in message.text()
    assert message.property("role") == "error"
    assert not child(dialog, QPushButton, "import.all").isEnabled()

    target = tmp_path / "模板"
    monkeypatch.setattr(registry_import, "_choose_save_path", lambda *_a: str(target))
    qtbot.mouseClick(child(dialog, QPushButton, "import.template"), LEFT)
    assert (tmp_path / "模板.xlsx").exists()
    assert "模板.xlsx" in message.text() and message.property("role") == "ok"
    units = openpyxl.load_workbook(tmp_path / "模板.xlsx").worksheets[1]
    assert [r[0] for r in units.iter_rows(min_row=2, values_only=True) if r[0]] == [
        "县人民医院",
        "县税务局",
    ]


def test_a_members_feedback_sheet_is_printed_or_saved(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path, monkeypatch
) -> None:
    seed(services, clerk)
    tab, _changes = make_tab(qtbot, services, clerk, tmp_path)
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        printing, "print_pdf", lambda _parent, pdf, title, **_kw: printed.append((pdf, title))
    )
    feedback = child(tab, QPushButton, "registry.feedback")
    assert not feedback.isEnabled()
    tab.table.selectRow(names(tab).index("王小明"))
    qtbot.mouseClick(feedback, LEFT)
    dialog = tab.open_dialog
    assert isinstance(dialog, FeedbackSheetDialog) and unnamed(dialog) == []
    # The current quarter: today is 20 November 2026.
    assert child(dialog, QDateEdit, "feedbackDialog.first").date().toPython() == date(2026, 10, 1)
    assert child(dialog, QDateEdit, "feedbackDialog.last").date().toPython() == date(2026, 12, 31)
    last = child(dialog, QDateEdit, "feedbackDialog.last")
    last.setDate(date(2026, 9, 30))  # before the first day: refused on the field
    qtbot.mouseClick(child(dialog, QPushButton, "feedbackDialog.submit"), LEFT)
    assert dialog.isVisible() and "last" in dialog.errors.messages() and printed == []
    last.setDate(date(2026, 12, 31))
    qtbot.mouseClick(child(dialog, QPushButton, "feedbackDialog.submit"), LEFT)
    ((pdf, title),) = printed
    assert pdf.startswith(b"%PDF") and "王小明" in title and "2026-10-01" in title

    target = tmp_path / "sheet"
    monkeypatch.setattr(registry_feedback, "_choose_save_path", lambda *_a: str(target))
    qtbot.mouseClick(feedback, LEFT)
    dialog = tab.open_dialog
    qtbot.mouseClick(child(dialog, QPushButton, "feedbackDialog.savePdf"), LEFT)
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert "sheet.pdf" in child(tab, QLabel, "registry.message").text()
    assert len(printed) == 1


def test_a_demand_number_scanned_into_the_search_box_is_handed_on(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    tab, _changes = make_tab(qtbot, services, clerk, tmp_path)
    with qtbot.waitSignal(tab.demandNumber) as scanned:
        tab.search.setText("cn01-d2026-00042")
        qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert scanned.args == ["CN01-D2026-00042"]
    assert tab.search.text() == ""


def test_enter_in_the_search_box_searches_and_enter_on_the_list_opens(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    """Enter on the list opens the selected member, but Enter in the search box of the same
    window only searches (the list's Enter was once active in the whole window)."""
    seed(services, clerk)
    tab, _changes = make_tab(qtbot, services, clerk, tmp_path)
    tab.table.selectRow(0)  # 王小明
    tab.activateWindow()
    tab.search.setFocus()
    qtbot.waitUntil(tab.search.hasFocus)
    tab.search.setText("zl")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.open_dialog is None
    assert names(tab) == ["曾丽"] and tab.table.hasFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.open_dialog
    assert isinstance(dialog, MemberDialog) and dialog.member is not None
    assert dialog.member.name == "曾丽"


def test_the_party_page_opens_a_demand_scanned_in_the_registry(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    from hall_desk.ui.party.party_page import PartyPage

    paths = AppPaths(tmp_path / "data", tmp_path / "logs")
    context = PageContext(services, clerk, DataEvents(), paths, Preferences(), None)  # type: ignore[arg-type]
    page = PartyPage(context)
    qtbot.addWidget(page)
    page.resize(1240, 640)
    page.show()
    page.tabs.setCurrentWidget(page.registry)
    opened: list[str] = []
    page.demands.open_number = opened.append  # type: ignore[method-assign]
    page.registry.search.setText("CN01-D2026-00007")
    qtbot.keyClick(page.registry.search, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.demands
    assert opened == ["CN01-D2026-00007"]


def test_a_units_feedback_sheet_is_printed_from_the_units_window(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path, monkeypatch
) -> None:
    seed(services, clerk)
    tab, _changes = make_tab(qtbot, services, clerk, tmp_path)
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        printing, "print_pdf", lambda _parent, pdf, title, **_kw: printed.append((pdf, title))
    )
    units = tab.show_units()
    table = child(units, QTableView, "units.table")
    assert [row[0] for row in cells(table)] == ["县人民医院", "县税务局"]
    assert [row[4] for row in cells(table)] == ["1", "1"]
    table.selectRow(1)
    qtbot.mouseClick(child(units, QPushButton, "units.feedback"), LEFT)
    dialog = units.panel.open_dialog
    assert isinstance(dialog, FeedbackSheetDialog)
    qtbot.mouseClick(child(dialog, QPushButton, "feedbackDialog.submit"), LEFT)
    ((pdf, title),) = printed
    assert pdf.startswith(b"%PDF") and "县税务局" in title
