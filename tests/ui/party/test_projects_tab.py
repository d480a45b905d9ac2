"""The projects tab, driven through its widgets on a real database."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)

from hall_desk.domain.community_projects import ProjectStatus
from hall_desk.services import Services
from hall_desk.services.party.projects import ProjectForm
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.common import to_qdate
from hall_desk.ui.party.problem_models import OVERDUE_COLOUR
from hall_desk.ui.party.project_dialogs import (
    ClaimDialog,
    MilestoneDialog,
    ProgressDialog,
    PublishDialog,
)
from hall_desk.ui.party.projects_tab import ProjectsTab
from tests.services.party.rows import add_member, add_unit
from tests.ui.helpers import commit_text
from tests.ui.party.test_problems_tab import cells, child, page_context
from tests.ui.test_widgets_named import unnamed

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Widgets are tested on SQLite only; the services themselves on both databases."""
    return sqlite_url


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """Every confirmation is answered Yes; the questions asked are collected."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def make_tab(qtbot, services: Services, session: StaffSession, tmp_path: Path):
    context = page_context(services, session, tmp_path)
    changes: list[str] = []
    context.events.changed.connect(changes.append)
    tab = ProjectsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1240, 640)
    tab.show()
    qtbot.waitExposed(tab)
    return tab, changes


def test_a_project_is_published_claimed_and_advanced_to_done(
    qtbot,
    services: Services,
    admin: StaffSession,
    clerk: StaffSession,
    tmp_path: Path,
    clock,
    answers,
) -> None:
    unit = add_unit(services.db, admin.site_id, "县供电公司", "state_owned")
    add_member(services.db, admin.site_id, unit, "张建国", "13800001111")
    tab, changes = make_tab(qtbot, services, clerk, tmp_path)
    assert child(tab, QLabel, "projects.month").text() == "2026-11"
    assert child(tab, QLabel, "projects.empty").isVisible()

    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.open_dialog
    assert isinstance(dialog, PublishDialog) and unnamed(dialog) == []
    commit_text(child(dialog, QLineEdit, "publishDialog.title"), "老旧小区线路改造")
    child(dialog, QPlainTextEdit, "publishDialog.description").setPlainText("1号楼至6号楼")
    dialog.set_milestone(0, "勘察", date(2026, 11, 25))
    dialog.set_milestone(1, "施工", date(2026, 12, 10))
    qtbot.mouseClick(child(dialog, QPushButton, "publishDialog.submit"), LEFT)
    assert dialog.result() == PublishDialog.DialogCode.Accepted
    table = child(tab, QTableView, "projects.table")
    assert cells(table) == [
        ["老旧小区线路改造", "—", "0%", "2026-11-25 勘察", "Waiting to be claimed"]
    ]
    assert tab.chosen_project() is not None  # the new project is chosen
    assert "1号楼至6号楼" in child(tab, QLabel, "projects.details").text()
    assert not child(tab, QPushButton, "projects.progress").isEnabled()

    qtbot.mouseClick(child(tab, QPushButton, "projects.claim"), LEFT)
    claim = tab.open_dialog
    assert isinstance(claim, ClaimDialog) and unnamed(claim) == []
    qtbot.mouseClick(child(claim, QPushButton, "claimDialog.submit"), LEFT)
    assert claim.isVisible()  # nobody chosen yet
    assert "exactly one unit or one party member" in claim.errors.messages()["claimant"]
    search = child(claim, QLineEdit, "claimDialog.search")
    commit_text(search, "张建")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert cells(child(claim, QTableView, "claimDialog.matches")) == [
        ["Member", "张建国", "县供电公司", "138****1111", ""]
    ]
    qtbot.mouseClick(child(claim, QPushButton, "claimDialog.submit"), LEFT)
    assert claim.result() == ClaimDialog.DialogCode.Accepted
    assert cells(table)[0][1:] == ["张建国（县供电公司）", "0%", "2026-11-25 勘察", "Claimed"]
    assert not child(tab, QPushButton, "projects.claim").isEnabled()

    clock.at = datetime(2026, 11, 26, 10, 0)  # the survey is a day late
    tab.refresh()
    assert cells(table)[0][4] == "Claimed (milestones overdue: 1)"
    brush = table.model().index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR

    qtbot.mouseClick(child(tab, QPushButton, "projects.milestone"), LEFT)
    step = tab.open_dialog
    assert isinstance(step, MilestoneDialog) and unnamed(step) == []
    assert child(step, QComboBox, "milestoneDialog.choice").currentText().endswith("勘察")
    child(step, QDateEdit, "milestoneDialog.day").setDate(to_qdate(date(2026, 11, 27)))
    qtbot.mouseClick(child(step, QPushButton, "milestoneDialog.submit"), LEFT)
    assert step.isVisible()  # reached tomorrow: refused, on the day field
    assert "after today" in step.errors.messages()["day"]
    child(step, QDateEdit, "milestoneDialog.day").setDate(to_qdate(date(2026, 11, 26)))
    commit_text(child(step, QLineEdit, "milestoneDialog.note"), "勘察完毕")
    qtbot.mouseClick(child(step, QPushButton, "milestoneDialog.submit"), LEFT)
    assert step.result() == MilestoneDialog.DialogCode.Accepted
    assert cells(table)[0][2:] == ["50%", "2026-12-10 施工", "Claimed"]

    qtbot.mouseClick(child(tab, QPushButton, "projects.progress"), LEFT)
    progress = tab.open_dialog
    assert isinstance(progress, ProgressDialog) and unnamed(progress) == []
    child(progress, QSpinBox, "progressDialog.percent").setValue(80)
    commit_text(child(progress, QPlainTextEdit, "progressDialog.note"), "已完成5栋")
    qtbot.mouseClick(child(progress, QPushButton, "progressDialog.submit"), LEFT)
    assert progress.result() == ProgressDialog.DialogCode.Accepted
    assert cells(table)[0][2] == "80%"
    assert "已完成5栋" in child(tab, QLabel, "projects.details").text()

    qtbot.mouseClick(child(tab, QPushButton, "projects.finish"), LEFT)
    assert answers == ["Mark “老旧小区线路改造” as done (100%)?"]
    assert cells(table)[0][2:] == ["100%", "—", "Done"]
    assert changes == ["project"] * 5
    (done,) = services.projects.projects(clerk, date(2026, 11, 1))
    assert done.status is ProjectStatus.DONE and done.member_id is not None


def test_months_step_and_a_project_is_withdrawn_with_a_reason(
    qtbot, services: Services, clerk: StaffSession, tmp_path: Path
) -> None:
    services.projects.publish(clerk, ProjectForm(date(2026, 12, 1), "绿化补植"))
    services.projects.publish(clerk, ProjectForm(date(2026, 11, 1), "非遗培训进社区"))
    tab, changes = make_tab(qtbot, services, clerk, tmp_path)
    table = child(tab, QTableView, "projects.table")
    assert [row[0] for row in cells(table)] == ["非遗培训进社区"]
    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert child(tab, QLabel, "projects.month").text() == "2026-12"
    assert [row[0] for row in cells(table)] == ["绿化补植"]
    qtbot.mouseClick(child(tab, QPushButton, "projects.previousMonth"), LEFT)
    qtbot.mouseClick(child(tab, QPushButton, "projects.previousMonth"), LEFT)
    assert child(tab, QLabel, "projects.month").text() == "2026-10"
    assert cells(table) == [] and child(tab, QLabel, "projects.empty").isVisible()
    qtbot.mouseClick(child(tab, QPushButton, "projects.thisMonth"), LEFT)

    table.selectRow(0)
    qtbot.mouseClick(child(tab, QPushButton, "projects.withdraw"), LEFT)
    dialog = tab.open_dialog
    qtbot.mouseClick(child(dialog, QPushButton, "withdrawDialog.submit"), LEFT)
    assert dialog.isVisible() and "reason" in dialog.errors.messages()
    commit_text(child(dialog, QPlainTextEdit, "withdrawDialog.note"), "老师时间冲突")
    qtbot.mouseClick(child(dialog, QPushButton, "withdrawDialog.submit"), LEFT)
    assert cells(table)[0][4] == "Withdrawn"
    assert "老师时间冲突" in child(tab, QLabel, "projects.details").text()
    assert not child(tab, QPushButton, "projects.claim").isEnabled()
    status = child(tab, QComboBox, "projects.status")
    status.setCurrentIndex(status.findData("published"))
    assert cells(table) == []
    assert changes == ["project"]
