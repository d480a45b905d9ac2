"""The ledger export dialog against a real SQLite database with demo data."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from hall_desk.db.database import Database
from hall_desk.db.models import AuditEntry
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import PermissionDenied
from hall_desk.domain.periods import Period
from hall_desk.services import Services, create_services
from hall_desk.services.demo.demo import fill_demo
from hall_desk.services.figures.ledger_rows import SHEET_NAMES
from hall_desk.services.figures.ledgers import LedgerKind, LedgerService
from hall_desk.services.session import StaffSession
from hall_desk.ui.figures import export_dialog as module
from hall_desk.ui.figures.export_dialog import LedgerExportDialog
from hall_desk.ui.kit import background
from tests.conftest import (
    ADMIN_PASSWORD,
    CLERK_PASSWORD,
    NOW,
    _sqlite_copy,
    add_clerk,
    set_up_center,
)
from tests.ui.test_widgets_named import unnamed

WEEK = Period(date(2026, 11, 14), date(2026, 11, 20))


def build_demo_database(target: Path, template: Path, passwords) -> None:
    """A center (CN01) with an administrator, a clerk and a week of demo data."""
    db = Database(_sqlite_copy(template, target))
    try:
        services = create_services(db, FixedClock(NOW), passwords)
        admin = set_up_center(services)
        add_clerk(services, admin)
        fill_demo(
            db, services.clock, passwords, days=7, visits_per_day=40, seed=11, demands_per_day=0
        )
    finally:
        db.dispose()


def open_desk(template: Path, tmp_path: Path, clock, passwords) -> tuple[Database, Services]:
    """A copy of the demo database for one test, and its services."""
    db = Database(_sqlite_copy(template, tmp_path / "hall-desk.sqlite3"))
    return db, create_services(db, clock, passwords, slips_dir=tmp_path / "slips")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory, sqlite_template, passwords) -> Path:
    """Filled once per module: demo data takes seconds to make, a copy milliseconds."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo_database(path, sqlite_template, passwords)
    return path


@pytest.fixture
def desk(
    demo_template, tmp_path, clock, passwords
) -> Iterator[tuple[Services, StaffSession, StaffSession]]:
    db, services = open_desk(demo_template, tmp_path, clock, passwords)
    admin = services.staff.sign_in("wang.admin", ADMIN_PASSWORD)
    clerk = services.staff.sign_in("li.clerk", CLERK_PASSWORD)
    yield services, admin, clerk
    background.stop_all_background_work(5000)
    db.dispose()


@pytest.fixture
def out_dir(tmp_path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def make_dialog(qtbot, ledgers, session, folder: Path) -> LedgerExportDialog:
    dialog = LedgerExportDialog(ledgers, session, WEEK, default_dir=folder, site_code="CN01")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export_and_wait(qtbot, dialog: LedgerExportDialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)


def _error_texts(dialog: LedgerExportDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def test_exports_the_chosen_ledgers_to_a_workbook(qtbot, desk, out_dir) -> None:
    services, admin, _clerk = desk
    dialog = make_dialog(qtbot, services.ledgers, admin, out_dir)
    assert dialog.objectName() == "ledger_export_dialog"
    assert unnamed(dialog) == []
    expected = out_dir / "台账_CN01_2026-11-14_2026-11-20.xlsx"
    assert dialog.path.text() == str(expected)
    assert all(box.isChecked() for box in dialog.kinds.values())
    dialog.kinds[LedgerKind.CASES].setChecked(False)
    visits = services.ledgers.count_rows(admin, WEEK, [LedgerKind.VISITS])
    assert visits > 0
    qtbot.waitUntil(lambda: dialog.rows.text() != "", timeout=3000)

    export_and_wait(qtbot, dialog)
    assert expected.exists()
    book = load_workbook(expected, read_only=True)
    assert book.sheetnames == [
        SHEET_NAMES[LedgerKind.SUMMARY],
        SHEET_NAMES[LedgerKind.VISITS],
        SHEET_NAMES[LedgerKind.BOOKINGS],
        SHEET_NAMES[LedgerKind.DEMANDS],
        SHEET_NAMES[LedgerKind.PARTY_MEMBERS],
        SHEET_NAMES[LedgerKind.ACTIVITIES],
        SHEET_NAMES[LedgerKind.VOLUNTEER_HOURS],
    ]
    visit_rows = list(book[SHEET_NAMES[LedgerKind.VISITS]].iter_rows(values_only=True))
    book.close()
    assert len(visit_rows) == visits + 1  # the header, then one row per visit
    # The path may break after a folder separator (zero-width spaces), never past the screen.
    shown = dialog.status.text()
    assert str(expected) in shown.replace("\u200b", "") and "Wrote" in shown
    assert dialog.status.heightForWidth(400) > 0 and dialog.width() <= 1280
    assert dialog.path.toolTip() == dialog.path.text()
    assert dialog.open_folder.isVisible()
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert not list(out_dir.glob("*.part"))


def test_open_folder_shows_where_the_file_is(qtbot, desk, tmp_path, monkeypatch) -> None:
    services, admin, _clerk = desk
    out_dir = tmp_path / "not made yet"
    opened: list[QUrl] = []
    monkeypatch.setattr(module, "_open_url", lambda url: opened.append(url) or True)
    dialog = make_dialog(qtbot, services.ledgers, admin, out_dir)
    for kind in (LedgerKind.VISITS, LedgerKind.CASES, LedgerKind.BOOKINGS):
        dialog.kinds[kind].setChecked(False)
    export_and_wait(qtbot, dialog)
    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [out_dir]


def test_choosing_the_file_and_a_name_without_its_extension(
    qtbot, desk, out_dir, monkeypatch
) -> None:
    services, admin, _clerk = desk
    asked: list[str] = []

    def choose(parent, title, start, filters) -> str:
        asked.append(start)
        return str(out_dir / "my ledgers")

    monkeypatch.setattr(module, "_choose_save_path", choose)
    dialog = make_dialog(qtbot, services.ledgers, admin, out_dir)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert asked == [str(out_dir / "台账_CN01_2026-11-14_2026-11-20.xlsx")]
    assert dialog.path.text() == str(out_dir / "my ledgers")
    # The chosen name stays when the dates change.
    dialog.first.setDate(dialog.first.date().addDays(-7))
    assert dialog.path.text() == str(out_dir / "my ledgers")
    export_and_wait(qtbot, dialog)
    assert (out_dir / "my ledgers.xlsx").exists()


def test_the_suggested_name_follows_the_dates_and_a_bad_range_is_explained(
    qtbot, desk, out_dir
) -> None:
    services, admin, _clerk = desk
    dialog = make_dialog(qtbot, services.ledgers, admin, out_dir)
    dialog.first.setDate(dialog.first.date().addDays(-13))
    assert dialog.path.text().endswith("台账_CN01_2026-11-01_2026-11-20.xlsx")
    dialog.first.setDate(dialog.last.date().addDays(1))
    assert "before the start date" in _error_texts(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_running() and not list(out_dir.iterdir())
    dialog.first.setDate(dialog.last.date())
    assert "before the start date" not in _error_texts(dialog)


def test_no_ledger_chosen_is_explained(qtbot, desk, out_dir) -> None:
    services, admin, _clerk = desk
    dialog = make_dialog(qtbot, services.ledgers, admin, out_dir)
    for box in dialog.kinds.values():
        box.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "choose at least one ledger" in dialog.errors.messages()["kinds"]
    assert not dialog.is_running() and not list(out_dir.iterdir())


class SlowLedgers:
    """The real ledger service, its export held at the first progress step until cancelled."""

    def __init__(self, ledgers: LedgerService) -> None:
        self._ledgers = ledgers
        self.started = threading.Event()

    def count_rows(self, *args, **kwargs) -> int:
        return self._ledgers.count_rows(*args, **kwargs)

    def export(self, *args, progress: Callable[[int, int], None], cancelled, **kwargs):
        def held(done: int, total: int) -> None:
            progress(done, total)
            self.started.set()
            for _ in range(500):
                if cancelled():
                    return
                threading.Event().wait(0.01)

        return self._ledgers.export(*args, progress=held, cancelled=cancelled, **kwargs)


def test_cancel_stops_the_export_and_writes_nothing(qtbot, desk, out_dir) -> None:
    services, admin, _clerk = desk
    slow = SlowLedgers(services.ledgers)
    dialog = make_dialog(qtbot, slow, admin, out_dir)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert slow.started.wait(10)
    assert dialog.is_running()
    assert not dialog.first.isEnabled() and not dialog.export_button.isEnabled()
    assert not dialog.kinds[LedgerKind.VISITS].isEnabled() and not dialog.reveal.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert "Cancelled; no file was written." in dialog.status.text()
    assert dialog.isVisible()
    assert not list(out_dir.iterdir())
    assert dialog.export_button.isEnabled() and dialog.first.isEnabled()
    assert not dialog.open_folder.isVisible()


@pytest.mark.parametrize("how", ["close button", "window closed", "escape"])
def test_closing_while_exporting_cancels_and_waits(qtbot, desk, out_dir, how) -> None:
    services, admin, _clerk = desk
    slow = SlowLedgers(services.ledgers)
    dialog = make_dialog(qtbot, slow, admin, out_dir)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert slow.started.wait(10)
    if how == "close button":
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    elif how == "window closed":
        dialog.close()
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.is_running() and not dialog.isVisible()
    assert not background._RUNNING
    assert not list(out_dir.iterdir())


def ids_in(path: Path) -> list[str]:
    """The ID numbers of the visitor ledger, as written."""
    book = load_workbook(path, read_only=True)
    header, *rows = book[SHEET_NAMES[LedgerKind.VISITS]].iter_rows(values_only=True)
    book.close()
    column = header.index("证件号码")
    return [row[column] for row in rows if row[column]]


def test_a_clerk_cannot_reveal_full_numbers(qtbot, desk, out_dir) -> None:
    services, _admin, clerk = desk
    dialog = make_dialog(qtbot, services.ledgers, clerk, out_dir)
    assert not dialog.reveal.isEnabled()
    qtbot.mouseClick(dialog.reveal, Qt.MouseButton.LeftButton)
    assert not dialog.reveal.isChecked()
    assert not dialog.reveal_warning.isVisible()
    export_and_wait(qtbot, dialog)
    assert not dialog.reveal.isEnabled()  # still not, after the export re-enabled the rest
    ids = ids_in(Path(dialog.path.text()))
    assert ids and all("*" in value for value in ids)


def test_an_administrator_may_reveal_full_numbers_after_a_warning(qtbot, desk, out_dir) -> None:
    services, admin, _clerk = desk
    dialog = make_dialog(qtbot, services.ledgers, admin, out_dir)
    assert dialog.reveal.isEnabled() and not dialog.reveal_warning.isVisible()
    qtbot.mouseClick(dialog.reveal, Qt.MouseButton.LeftButton)
    assert dialog.reveal.isChecked()
    assert "audit log" in dialog.reveal_warning.text() and dialog.reveal_warning.isVisible()
    export_and_wait(qtbot, dialog)
    ids = ids_in(Path(dialog.path.text()))
    assert ids and not any("*" in value for value in ids)
    with services.db.read() as s:
        logged = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "ledger")).all()
    assert "export_unmasked" in logged


def test_an_unwritable_folder_shows_the_message_and_keeps_the_choices(qtbot, desk, out_dir) -> None:
    services, admin, _clerk = desk
    blocker = out_dir / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    dialog = make_dialog(qtbot, services.ledgers, admin, out_dir)
    dialog.kinds[LedgerKind.BOOKINGS].setChecked(False)
    dialog.reveal.setChecked(True)
    target = str(blocker / "ledger.xlsx")
    dialog.path.setText(target)
    export_and_wait(qtbot, dialog)
    assert "could not be written" in _error_texts(dialog)
    assert dialog.path.text() == target
    assert dialog.reveal.isChecked() and not dialog.kinds[LedgerKind.BOOKINGS].isChecked()
    assert dialog.kinds[LedgerKind.VISITS].isChecked()
    assert dialog.export_button.isEnabled()
    assert sorted(p.name for p in out_dir.iterdir()) == ["not-a-folder"]


def test_replacing_a_file_is_asked_first(qtbot, desk, out_dir, monkeypatch) -> None:
    services, admin, _clerk = desk
    answers: list[bool] = [False]
    asked: list[Path] = []

    def confirm(parent, path: Path) -> bool:
        asked.append(path)
        return answers.pop(0)

    monkeypatch.setattr(module, "_confirm_replace", confirm)
    dialog = make_dialog(qtbot, services.ledgers, admin, out_dir)
    target = Path(dialog.path.text())
    target.write_bytes(b"last month's ledger")
    export_and_wait(qtbot, dialog)
    assert asked == [target]
    assert target.read_bytes() == b"last month's ledger"
    assert "Nothing was written" in dialog.status.text()

    answers.append(True)
    export_and_wait(qtbot, dialog)
    assert len(asked) == 2
    book = load_workbook(target, read_only=True)
    assert book.sheetnames[0] == SHEET_NAMES[LedgerKind.SUMMARY]
    book.close()


class FailingLedgers:
    """The real ledger service, its export failing with ``error``."""

    def __init__(self, ledgers: LedgerService, error: Exception) -> None:
        self._ledgers = ledgers
        self.error = error

    def count_rows(self, *args, **kwargs) -> int:
        return self._ledgers.count_rows(*args, **kwargs)

    def export(self, *args, **kwargs):
        raise self.error


def test_a_refused_export_shows_why_and_an_unexpected_failure_says_where_to_look(
    qtbot, desk, out_dir, caplog
) -> None:
    services, admin, _clerk = desk
    failing = FailingLedgers(
        services.ledgers,
        PermissionDenied("Only an administrator may do this. Please ask your administrator."),
    )
    dialog = make_dialog(qtbot, failing, admin, out_dir)
    export_and_wait(qtbot, dialog)
    assert "Only an administrator may do this" in _error_texts(dialog)
    assert dialog.export_button.isEnabled()

    failing.error = RuntimeError("bug")
    export_and_wait(qtbot, dialog)
    assert "failed unexpectedly" in dialog.status.text()
    assert "Only an administrator" not in _error_texts(dialog)
    assert any("bug" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)
    assert dialog.export_button.isEnabled() and not list(out_dir.iterdir())
