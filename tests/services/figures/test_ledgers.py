"""Excel ledgers against a real database (SQLite and PostgreSQL), read back with openpyxl."""

from __future__ import annotations

import csv
import errno
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry, Site, Staff
from hall_desk.domain.errors import PermissionDenied, StorageError, ValidationError
from hall_desk.domain.id_numbers import mask_id_number
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import (
    BacklogFigures,
    CaseFigures,
    Comparison,
    CountRow,
    PeriodReport,
    RatingFigures,
    RoomFigures,
    RoomRow,
    VisitorFigures,
)
from hall_desk.domain.staff import Role
from hall_desk.printing.ledger_xlsx import LedgerWorkbook
from hall_desk.services import Services
from hall_desk.services.cases.case_intake import IntakeForm
from hall_desk.services.figures import ledgers
from hall_desk.services.figures.ledgers import ExportCancelled, LedgerKind, LedgerService
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from hall_desk.translation import load_translator, translate_with
from tests.services.bookings.test_bookings import MONDAY, at, form, room
from tests.services.cases.test_cases import add_item
from tests.services.visitors.test_visits import ZHANG_ID, make_id

NOVEMBER = Period.month(date(2026, 11, 20))
FORMULA = '=HYPERLINK("http://example.com/x","点我")'
RECORD_KINDS = (LedgerKind.VISITS, LedgerKind.CASES, LedgerKind.BOOKINGS)
VISIT_HEADERS = [
    "序号", "来访时间", "离开时间", "姓名", "证件号码", "联系电话",
    "人员类别", "来访事由", "人数", "备注", "登记人",
]  # fmt: skip
CASE_HEADERS = [
    "序号", "办件编号", "受理时间", "事项", "办理科室", "申请人", "证件号码", "联系电话",
    "状态", "承诺办结日期", "办结时间", "是否超期", "帮办代办人", "代办人电话", "评价", "经办人",
]  # fmt: skip
BOOKING_HEADERS = [
    "序号", "预约编号", "功能室", "座位号", "开始时间", "结束时间", "预约人", "联系电话",
    "用途", "人数", "状态", "签到时间", "登记人",
]  # fmt: skip


@pytest.fixture(scope="module")
def label() -> Callable[[str], str]:
    return translate_with(load_translator("zh_CN"), "Messages")


def ledger_service(services: Services, stats: object | None = None) -> LedgerService:
    """The wired service, or one whose summary comes from ``stats``."""
    if stats is None:
        return services.ledgers
    return LedgerService(services.db, services.clock, stats)  # type: ignore[arg-type]


@dataclass
class Filled:
    visits: int = 0
    cases: int = 0
    bookings: int = 0


@pytest.fixture
def filled(services: Services, admin: StaffSession, clerk: StaffSession, clock) -> Filled:
    """Three visits, two cases and two bookings in November 2026, and some outside it."""
    made = Filled()
    item = add_item(services, admin, limit=5)
    # Before the period: 30 October.
    clock.at = datetime(2026, 10, 30, 10, 0)
    services.visits.register_visit(clerk, VisitForm(name="赵六", purposes=("reading",)))
    services.cases.accept_case(
        clerk,
        IntakeForm(
            item_id=item.id, name="赵六", phone="13612345678", documents_received=item.documents
        ),
    )
    # In the period: Friday 20 November.
    clock.at = datetime(2026, 11, 20, 9, 30)
    first = services.visits.register_visit(
        clerk,
        VisitForm(
            name="张三",
            id_number=ZHANG_ID,
            phone="13812345678",
            category="elderly",
            purposes=("errand", "consultation"),
            party_size=2,
        ),
    )
    clock.advance(minutes=40)
    services.visits.sign_out(clerk, first.id)
    services.visits.register_visit(
        clerk, VisitForm(name="李四", purposes=("rest",), note=FORMULA, category="new_employment")
    )
    services.visits.register_visit(admin, VisitForm(name="王五", purposes=("study",)))
    made.visits = 3
    accepted = services.cases.accept_case(
        clerk,
        IntakeForm(
            item_id=item.id,
            name="张三",
            id_number=ZHANG_ID,
            phone="13812345678",
            documents_received=item.documents,
        ),
    )
    other = services.cases.accept_case(
        clerk,
        IntakeForm(
            item_id=item.id,
            name="钱七",
            id_number=make_id(seq=456),
            phone="13912345678",
            documents_received=item.documents,
        ),
    )
    clock.advance(hours=2)
    services.cases.complete(clerk, other.id, "已办结", "very_satisfied")
    made.cases = 2
    assert accepted.due_date == date(2026, 11, 27)
    reading = room(services, clerk, "YL01")
    services.bookings.book(clerk, form(reading.id, at(MONDAY, 9), at(MONDAY, 11)))
    study = room(services, clerk, "ZX01")
    services.bookings.book(
        clerk,
        form(
            study.id,
            at(MONDAY, 14),
            at(MONDAY, 16),
            booker_kind="resident",
            organisation="",
            contact_name="孙八",
            contact_phone="13712345678",
            attendees=1,
            purpose="自习",
        ),
    )
    # After the period: a booking on 1 December, made now, and a visit on 1 December.
    services.bookings.book(
        clerk, form(reading.id, at(date(2026, 12, 1), 9), at(date(2026, 12, 1), 10))
    )
    made.bookings = 2
    clock.at = datetime(2026, 12, 1, 8, 30)
    services.visits.register_visit(clerk, VisitForm(name="周九", purposes=("reading",)))
    return made


def rows_of(sheet) -> list[list[object]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def audit_rows(services: Services) -> list[tuple[str, dict]]:
    with services.db.read() as s:
        found = s.execute(
            select(AuditEntry.action, AuditEntry.detail)
            .where(AuditEntry.entity == "ledger")
            .order_by(AuditEntry.id)
        ).all()
    return [(action, json.loads(detail)) for action, detail in found]


def test_ledgers_hold_the_periods_rows_with_chinese_headers_and_masked_numbers(
    services, clerk, filled, label, tmp_path
) -> None:
    service = ledger_service(services)
    assert service.count_rows(clerk, NOVEMBER, RECORD_KINDS) == 7
    target = tmp_path / "台账.xlsx"
    calls: list[tuple[int, int]] = []
    result = service.export(
        clerk, NOVEMBER, RECORD_KINDS[::-1], target, label=label,
        progress=lambda done, total: calls.append((done, total)),
    )  # fmt: skip
    assert result.path == target and not result.revealed
    assert result.rows == {LedgerKind.VISITS: 3, LedgerKind.CASES: 2, LedgerKind.BOOKINGS: 2}
    assert calls[0] == (0, 7) and calls[-1] == (7, 7)
    assert [p.name for p in tmp_path.glob("*.xlsx*")] == ["台账.xlsx"]
    assert not list(tmp_path.glob(".*.part"))

    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["来访登记台账", "办件台账", "功能室预约台账"]
    visits, cases, bookings = (book[name] for name in book.sheetnames)

    table = rows_of(visits)
    assert table[0] == VISIT_HEADERS
    assert len(table) == 1 + filled.visits
    assert visits.freeze_panes == "A2" and visits.auto_filter.ref == "A1:K4"
    assert all(cell.font.b for cell in visits[1])
    zhang = table[1]
    assert zhang[0] == 1 and zhang[3] == "张三"
    assert visits["B2"].is_date and zhang[1] == datetime(2026, 11, 20, 9, 30)
    assert zhang[2] == datetime(2026, 11, 20, 10, 10)
    assert visits["B2"].number_format == "yyyy-mm-dd hh:mm"
    assert zhang[4] == mask_id_number(ZHANG_ID) and zhang[5] == "138****5678"
    assert zhang[6] == label("Senior")
    assert zhang[7] == f"{label('Errand')}、{label('Enquiry')}"
    assert zhang[8] == 2 and zhang[10] == "李晓燕"
    assert [row[3] for row in table[1:]] == ["张三", "李四", "王五"]
    assert table[2][2] is None  # still in the hall: no time of leaving
    assert table[3][10] == "王主任"

    table = rows_of(cases)
    assert table[0] == CASE_HEADERS and len(table) == 1 + filled.cases
    running, done = table[1], table[2]
    assert running[1] == "CN01-2026-00002" and running[3] == "测试事项"
    assert running[6] == mask_id_number(ZHANG_ID) and running[7] == "138****5678"
    assert running[8] == label("Accepted") and running[10] is None
    assert cases["J2"].is_date and cases["J2"].number_format == "yyyy-mm-dd"
    assert running[11] == "是"  # due 27 November, still running on 1 December
    assert done[8] == label("Completed") and done[11] == "否"
    assert done[10] == datetime(2026, 11, 20, 12, 10) and done[14] == label("Very satisfied")

    table = rows_of(bookings)
    assert table[0] == BOOKING_HEADERS and len(table) == 1 + filled.bookings
    whole, seat = table[1], table[2]
    assert whole[2] == room(services, clerk, "YL01").name
    assert whole[3] is None and whole[6] == "城南小学" and whole[7] == "138****5678"
    assert whole[4] == datetime(2026, 11, 23, 9) and whole[5] == datetime(2026, 11, 23, 11)
    assert whole[10] == label("Booked")
    assert seat[3] == 1 and seat[6] == "孙八" and seat[7] == "137****5678"


def test_formula_text_stays_text(services, clerk, filled, label, tmp_path) -> None:
    target = tmp_path / "visits.xlsx"
    ledger_service(services).export(clerk, NOVEMBER, [LedgerKind.VISITS], target, label=label)
    sheet = openpyxl.load_workbook(target)["来访登记台账"]
    note = sheet["J3"]
    assert note.value == FORMULA and note.data_type == "s"
    assert note.quotePrefix
    with zipfile.ZipFile(target) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "HYPERLINK" in xml


def test_administrator_reveals_full_numbers_and_the_audit_log_has_it(
    services, admin, clerk, filled, label, tmp_path
) -> None:
    service = ledger_service(services)
    with pytest.raises(PermissionDenied):
        service.export(clerk, NOVEMBER, RECORD_KINDS, tmp_path / "x.xlsx", reveal=True, label=label)
    assert not (tmp_path / "x.xlsx").exists()
    assert audit_rows(services) == []

    service.export(clerk, NOVEMBER, [LedgerKind.VISITS], tmp_path / "masked.xlsx", label=label)
    result = service.export(
        admin, NOVEMBER, RECORD_KINDS, tmp_path / "full.xlsx", reveal=True, label=label
    )
    assert result.revealed
    book = openpyxl.load_workbook(tmp_path / "full.xlsx")
    assert book["来访登记台账"]["E2"].value == ZHANG_ID
    assert book["来访登记台账"]["F2"].value == "13812345678"
    assert book["办件台账"]["H2"].value == "13812345678"
    assert book["功能室预约台账"]["H3"].value == "13712345678"

    logged = audit_rows(services)
    assert [action for action, _ in logged] == ["export", "export_unmasked", "export"]
    masked, before, after = (detail for _, detail in logged)
    assert masked == {
        "kinds": ["visits"], "period": NOVEMBER.text(), "file": "masked.xlsx",
        "rows": 3, "revealed": False,
    }  # fmt: skip
    assert before["revealed"] and before["rows"] == 7
    assert after["kinds"] == ["visits", "cases", "bookings"] and after["revealed"]


def test_cancelling_leaves_no_file_and_keeps_the_old_one(
    services, admin, filled, label, tmp_path
) -> None:
    service = ledger_service(services)
    target = tmp_path / "ledger.xlsx"
    target.write_bytes(b"last month's ledger")
    asked = []

    def progress(done: int, total: int) -> None:
        asked.append((done, total))

    with pytest.raises(ExportCancelled) as caught:
        service.export(
            admin, NOVEMBER, RECORD_KINDS, target, reveal=True, label=label,
            progress=progress, cancelled=lambda: bool(asked),
        )  # fmt: skip
    assert "cancelled" in caught.value.render()
    assert asked == [(0, 7)]
    assert target.read_bytes() == b"last month's ledger"
    assert sorted(p.name for p in tmp_path.glob("*ledger*")) == ["ledger.xlsx"]
    assert not list(tmp_path.glob(".*"))
    # The full numbers were asked for, so the attempt is on record.
    assert [action for action, _ in audit_rows(services)] == ["export_unmasked"]


def test_progress_every_step_and_cancel_in_the_middle(
    services, clerk, filled, label, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(ledgers, "PROGRESS_STEP", 2)
    service = ledger_service(services)
    seen: list[tuple[int, int]] = []
    service.export(
        clerk, NOVEMBER, RECORD_KINDS, tmp_path / "a.xlsx", label=label,
        progress=lambda d, t: seen.append((d, t)),
    )  # fmt: skip
    assert seen == [(0, 7), (2, 7), (4, 7), (6, 7), (7, 7)]
    with pytest.raises(ExportCancelled):
        service.export(
            clerk, NOVEMBER, RECORD_KINDS, tmp_path / "b.xlsx", label=label,
            cancelled=lambda: len(seen) > 6, progress=lambda d, t: seen.append((d, t)),
        )  # fmt: skip
    assert not (tmp_path / "b.xlsx").exists() and not list(tmp_path.glob(".*.part"))


def test_a_file_held_open_is_a_clear_storage_error(
    services, clerk, filled, label, tmp_path, monkeypatch
) -> None:
    target = tmp_path / "ledger.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(ledgers.os, "replace", locked)
    with pytest.raises(StorageError) as caught:
        ledger_service(services).export(clerk, NOVEMBER, RECORD_KINDS, target, label=label)
    text = caught.value.render()
    assert str(target) in text and "Excel" in text
    assert target.read_bytes() == b"open in Excel"
    assert not list(tmp_path.glob(".*.part"))


def test_a_full_disk_leaves_no_half_file_and_no_scratch_files(
    services, clerk, filled, label, tmp_path, monkeypatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    target = tmp_path / "ledger.xlsx"
    target.write_bytes(b"yesterday")
    service = ledger_service(services)

    def full(self: LedgerWorkbook) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(LedgerWorkbook, "close", full)
        with pytest.raises(StorageError) as caught:
            service.export(clerk, NOVEMBER, RECORD_KINDS, target, label=label)
    assert "No space left on device" in caught.value.render()
    assert target.read_bytes() == b"yesterday" and not list(tmp_path.glob(".*.part"))
    assert list(scratch.iterdir()) == []
    # A cancelled export cleans up its scratch files too; a finished one as well.
    with pytest.raises(ExportCancelled):
        service.export(clerk, NOVEMBER, RECORD_KINDS, target, label=label, cancelled=lambda: True)
    assert list(scratch.iterdir()) == []
    service.export(clerk, NOVEMBER, RECORD_KINDS, target, label=label)
    assert list(scratch.iterdir()) == [] and zipfile.is_zipfile(target)


def test_an_unwritable_folder_is_a_storage_error_and_leaves_nothing(
    services, clerk, filled, label, tmp_path
) -> None:
    service = ledger_service(services)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    with pytest.raises(StorageError) as caught:
        service.export(clerk, NOVEMBER, RECORD_KINDS, not_a_folder / "x.xlsx", label=label)
    assert "x.xlsx" in caught.value.render()
    assert [p.name for p in tmp_path.glob("**/*.xlsx*")] == []


def test_a_read_only_folder_is_a_storage_error(
    services, clerk, filled, label, tmp_path, monkeypatch
) -> None:
    service = ledger_service(services)
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):
        # Root may write anywhere: refuse new files in the folder as the system would.
        real_open = open

        def refusing_open(file, mode="r", *args, **kwargs):
            if Path(file).parent == folder and "x" in mode:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, mode, *args, **kwargs)

        monkeypatch.setattr(ledgers, "open", refusing_open, raising=False)
    try:
        with pytest.raises(StorageError) as caught:
            service.export(clerk, NOVEMBER, RECORD_KINDS, folder / "ledger.xlsx", label=label)
        assert "ledger.xlsx" in caught.value.render()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_only_the_actors_center_and_a_choice_is_needed(
    services, clerk, filled, label, tmp_path, clock
) -> None:
    with services.db.write() as s:
        site = Site(code="BJ02", name="北街社区党群服务中心", created_at=clock.now())
        s.add(site)
        s.flush()
        staff = Staff(
            site_id=site.id, username="bei.clerk", full_name="北街前台", role="clerk",
            password_hash="x", created_at=clock.now(),
        )  # fmt: skip
        s.add(staff)
        s.flush()
        other = StaffSession(staff.id, site.id, "bei.clerk", "北街前台", Role.CLERK, site.name)
    clock.at = datetime(2026, 11, 25, 10, 0)
    services.visits.register_visit(other, VisitForm(name="外站居民", purposes=("errand",)))
    service = ledger_service(services)
    assert service.count_rows(clerk, NOVEMBER, [LedgerKind.VISITS]) == filled.visits
    assert service.count_rows(other, NOVEMBER, ["visits"]) == 1
    target = tmp_path / "mine.xlsx"
    service.export(clerk, NOVEMBER, [LedgerKind.VISITS], target, label=label)
    names = [row[3] for row in rows_of(openpyxl.load_workbook(target).active)[1:]]
    assert "外站居民" not in names and len(names) == filled.visits
    with pytest.raises(ValidationError) as caught:
        service.export(clerk, NOVEMBER, [], target, label=label)
    assert caught.value.field == "kinds"


# -- the summary sheet ------------------------------------------------------------------------


def _report(period: Period, visits: int, at_: datetime) -> PeriodReport:
    zero_rows = (CountRow("resident", "Resident", visits), CountRow("elderly", "Senior", 0))
    return PeriodReport(
        site_id=1, site_code="CN01", site_name="城南社区党群服务中心", period=period,
        generated_at=at_,
        visitors=VisitorFigures(
            visits=visits, people=visits + 1, by_category=zero_rows,
            by_purpose=(CountRow("errand", "Errand", visits),), by_hour=(0,) * 24, per_day=(),
            walk_ins=(CountRow("rider_rest", "Rider resting", 4),), walk_ins_total=4,
        ),
        cases=CaseFigures(2, 2, 0, 0, 1, 0, 0, 0, (), ()),
        rooms=RoomFigures(
            2, 1, 0, 0, 3.0, 100.0,
            (RoomRow("YL01", "阅览室", 0, 2, 1, 0, 0, 4.0, 3.0, 60.0),),
        ),
        ratings=RatingFigures(1, 1, (CountRow("very_satisfied", "Very satisfied", 1),), ()),
        backlog=BacklogFigures(1, 5, 0, 1, 0, 0, 0, 0, 2),
    )  # fmt: skip


class CannedStats:
    def compare(self, actor: StaffSession, period: Period) -> Comparison:
        now = datetime(2026, 12, 1, 8, 30)
        return Comparison(_report(period, 3, now), _report(period.previous(), 1, now))


def test_summary_sheet_comes_first_and_compares_with_the_previous_period(
    services, clerk, filled, label, tmp_path
) -> None:
    service = ledger_service(services, CannedStats())
    target = tmp_path / "all.xlsx"
    result = service.export(clerk, NOVEMBER, list(LedgerKind), target, label=label)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        "汇总", "来访登记台账", "办件台账", "功能室预约台账", "需求台账", "双报到",
        "活动台账", "志愿服务时长",
    ]  # fmt: skip
    assert result.rows[LedgerKind.SUMMARY] > 20
    lines = {row[0]: row[1:] for row in rows_of(book["汇总"]) if row[0]}
    assert lines["服务中心"][0] == "城南社区党群服务中心"
    assert lines["统计期间"][0] == "2026-11-01 ~ 2026-11-30"
    assert lines["对比期间"][0] == "2026-10-01 ~ 2026-10-31"
    assert lines["项目"][:3] == ["本期", "上期", "增减"]
    assert lines["来访登记（人次）"][:3] == [3, 1, 2]
    assert lines["功能室使用率"][0] == pytest.approx(0.03)
    assert lines["截至导出时"][0] == "数量" and lines["待审批预约"][0] == 2
    assert lines[label("Resident")][:3] == [3, 1, 2]
    assert lines["　其中：" + label("Rider resting")][:3] == [4, 4, 0]
    assert lines["阅览室"][1:4] == [2, 1, 0]


def test_summary_with_the_real_statistics(services, clerk, filled, label, tmp_path) -> None:
    target = tmp_path / "summary.xlsx"
    ledger_service(services).export(clerk, NOVEMBER, [LedgerKind.SUMMARY], target, label=label)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["汇总"]
    lines = {row[0]: row[1:] for row in rows_of(book["汇总"]) if row[0]}
    assert lines["来访登记（人次）"][0] == filled.visits
    assert lines["受理"][0] == filled.cases
    assert lines["功能室预约（场次）"][0] == filled.bookings


def test_summary_compares_the_same_days_as_the_review_page(
    services, clerk, filled, label, tmp_path, clock
) -> None:
    # The export dialog passes the month as two dates; November is still running at 09:30 on
    # the 20th, so 1-20 November is compared with 1-20 October, room hours up to now.
    typed = Period(NOVEMBER.first, NOVEMBER.last)
    clock.at = datetime(2026, 11, 20, 9, 30)
    target = tmp_path / "running.xlsx"
    ledger_service(services).export(clerk, typed, [LedgerKind.SUMMARY], target, label=label)
    lines = {row[0]: row[1:] for row in rows_of(openpyxl.load_workbook(target)["汇总"]) if row[0]}
    page = services.stats.compare(clerk, NOVEMBER)
    assert lines["统计期间"][0] == "2026-11-01 ~ 2026-11-20（截至 11月20日 09:30）"
    assert lines["对比期间"][0] == "2026-10-01 ~ 2026-10-20" == page.previous.period.text()
    assert "11月20日 09:30" in lines["说明"][0] and "10月20日 09:30" in lines["说明"][0]
    assert lines["开放时长（小时）"][:2] == pytest.approx(
        [page.current.rooms.open_hours, page.previous.rooms.open_hours]
    )
    # Once November is over, the whole month against the whole of October (not the 30 days
    # before it, 2026-10-02 ~ 2026-10-31).
    clock.at = datetime(2026, 12, 8, 14, 30)
    target = tmp_path / "whole.xlsx"
    ledger_service(services).export(clerk, typed, [LedgerKind.SUMMARY], target, label=label)
    lines = {row[0]: row[1:] for row in rows_of(openpyxl.load_workbook(target)["汇总"]) if row[0]}
    assert lines["统计期间"][0] == "2026-11-01 ~ 2026-11-30"
    assert lines["对比期间"][0] == "2026-10-01 ~ 2026-10-31"
    assert "说明" not in lines


# -- LibreOffice reads it -----------------------------------------------------------------


def test_libreoffice_converts_the_first_sheet_to_csv(
    services, clerk, filled, label, tmp_path
) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        if os.environ.get("HALL_DESK_REQUIRE_LIBREOFFICE", "") not in ("", "0"):
            pytest.fail("LibreOffice is required but not on PATH")
        pytest.skip("LibreOffice is not installed")
    target = tmp_path / "ledger.xlsx"
    ledger_service(services).export(clerk, NOVEMBER, RECORD_KINDS, target, label=label)
    out = tmp_path / "csv"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            office, f"-env:UserInstallation={profile}", "--headless",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir", str(out), str(target),
        ],
        check=True, timeout=120, capture_output=True,
    )  # fmt: skip
    with open(out / "ledger.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == VISIT_HEADERS
    assert lines[1][3] == "张三" and lines[1][1] == "2026-11-20 09:30"
    assert lines[2][9] == FORMULA


def test_a_period_too_long_for_one_sheet_is_refused_up_front(
    services, clerk, filled, label, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(ledgers, "MAX_ROWS", filled.visits)  # header + 3 rows do not fit
    with pytest.raises(ValidationError) as caught:
        ledger_service(services).export(
            clerk, NOVEMBER, RECORD_KINDS, tmp_path / "big.xlsx", label=label
        )
    assert caught.value.field == "period"
    assert "Excel" in caught.value.render(label) and not list(tmp_path.glob("*.xlsx*"))
