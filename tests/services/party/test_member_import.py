"""Importing a unit's member list from Excel, on SQLite and PostgreSQL (files built here)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from hall_desk.db.models import AuditEntry
from hall_desk.db.party_models import MemberSkill, PartyMember
from hall_desk.domain.errors import ValidationError
from hall_desk.services import Services
from hall_desk.services.centers import CenterAdmin
from hall_desk.services.party.registry import MemberForm, UnitForm
from hall_desk.services.session import StaffSession

HEADER = ["姓名", "单位", "手机号", "身份证号(可空)", "小区", "网格", "报到日期", "人才库"]
GOOD = [
    [
        "王小明",
        "县人民医院",
        "13812345678",
        None,
        "幸福小区",
        "第一网格",
        datetime(2026, 3, 2),
        "医疗健康",
    ],
    [
        "李娜",
        "县人民医院",
        13912340000,
        "11010519491231002X",
        "幸福小区",
        "第二网格",
        "2026/3/5",
        "法律服务、志愿服务",
    ],
    ["周强", "县税务局", "0351-7654321", "", "阳光小区", "", 46083, ""],
]


def workbook(path: Path, rows: list[list[object]], header: list[str] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header or HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def units(services: Services, clerk: StaffSession) -> dict[str, int]:
    made = {}
    for name, kind in (("县人民医院", "institution"), ("县税务局", "government")):
        made[name] = services.registry.add_unit(clerk, UnitForm(name=name, kind=kind)).id
    return made


def member_count(services: Services) -> int:
    with services.db.read() as s:
        return s.scalar(select(func.count()).select_from(PartyMember)) or 0


def test_a_clean_file_is_imported_whole(
    services: Services, clerk: StaffSession, units: dict[str, int], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "医院名单.xlsx", GOOD)
    report = services.member_import.check(clerk, path)
    assert (report.file_name, report.rows, report.good, report.problems) == (
        "医院名单.xlsx", 3, 3, ()
    )  # fmt: skip
    assert report.clean and member_count(services) == 0

    result = services.member_import.import_rows(clerk, path, only_good=False)
    assert (result.imported, result.skipped) == (3, 0)
    members = {m.name: m for m in services.registry.members(clerk)}
    assert set(members) == {"王小明", "李娜", "周强"}
    assert members["李娜"].pools == ("法律服务", "志愿服务")
    assert members["李娜"].masked_id == "1101**********002X"
    assert members["李娜"].reported_on == date(2026, 3, 5)
    assert members["周强"].masked_phone == "0351-***4321"
    assert members["周强"].reported_on == date(2026, 3, 2)
    assert members["周强"].unit_name == "县税务局"
    # Searchable like any member added by hand.
    assert [m.name for m in services.registry.members(clerk) if m.neighbourhood == "幸福小区"]
    with services.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
    assert '"imported": 3' in entry.detail and '"skipped": 0' in entry.detail
    assert (
        "王小明" not in entry.detail
        and "138" not in entry.detail
        and "医院名单" not in entry.detail
    )
    # The same file again: every row is already registered.
    again = services.member_import.check(clerk, path)
    assert again.good == 0 and {p.row for p in again.problems} == {2, 3, 4}
    assert "县人民医院" in again.problems[0].message.template.format(
        **again.problems[0].message.params
    )


BAD = [
    ["王小明", "县人民医院", "13812345678", None, "幸福小区", "", "2026-03-02", ""],  # 2 good
    ["李娜", "县人民医院", "1391234", None, "", "", "2026-03-02", ""],  # 3 bad phone
    ["周强", "县公安局", "13700001111", None, "", "", "2026-03-02", ""],  # 4 unknown unit
    ["赵敏", "县税务局", "13700002222", None, "", "", "2026-03-02", "唱歌"],  # 5 unknown pool
    ["钱多", "县税务局", "13700003333", None, "", "", "2026-02-30", ""],  # 6 bad date
    ["孙丽", "县税务局", "13700004444", "110105194912310021", "", "", "2026-03-02", ""],  # 7 bad ID
    ["王小明", "县税务局", "138 1234 5678", None, "", "", "2026-03-02", ""],  # 8 same as row 2
    ["陈静", "县人民医院", "13600000000", None, "", "", "2026-03-02", ""],  # 9 registered
    [None, "县人民医院", "13700005555", None, "", "", "2026-03-02", ""],  # 10 no name
    [None, None, None, None, None, None, None, None],  # blank: skipped
    ["吴刚", "县人民医院", "13700006666", "", "", "", date(2026, 4, 1), "法律服务"],  # 12 good
]


def test_every_kind_of_bad_row_is_reported_and_nothing_imported(
    services: Services, clerk: StaffSession, units: dict[str, int], tmp_path: Path
) -> None:
    services.registry.add_member(
        clerk, MemberForm("陈静", units["县税务局"], "13600000000", reported_on=date(2026, 1, 5))
    )
    path = workbook(tmp_path / "list.xlsx", BAD)
    report = services.member_import.check(clerk, path)
    assert (report.rows, report.good, report.bad_rows) == (10, 2, 8)
    found = [(p.row, p.column) for p in report.problems]
    assert found == [
        (3, "手机号"),
        (4, "单位"),
        (5, "人才库"),
        (6, "报到日期"),
        (7, "身份证号(可空)"),
        (8, ""),
        (9, ""),
        (10, "姓名"),
    ]
    texts = {p.row: p.message.template.format(**p.message.params) for p in report.problems}
    assert "县公安局" in texts[4] and "唱歌" in texts[5] and "2026-02-30" in texts[6]
    assert "row 2" in texts[8] and "县税务局" in texts[9]

    with pytest.raises(ValidationError) as refused:
        services.member_import.import_rows(clerk, path, only_good=False)
    assert "8" in refused.value.render()
    assert member_count(services) == 1

    result = services.member_import.import_rows(clerk, path, only_good=True)
    assert (result.imported, result.skipped) == (2, 8)
    assert sorted(m.name for m in services.registry.members(clerk)) == ["吴刚", "王小明", "陈静"]
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(MemberSkill)) == 1


def test_a_file_with_no_good_row_imports_nothing(
    services: Services, clerk: StaffSession, units: dict[str, int], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "bad.xlsx", [BAD[1], BAD[2]])
    with pytest.raises(ValidationError):
        services.member_import.import_rows(clerk, path, only_good=True)
    assert member_count(services) == 0


def test_someone_registered_between_check_and_import_is_not_imported_twice(
    services: Services, clerk: StaffSession, units: dict[str, int], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "list.xlsx", GOOD)
    assert services.member_import.check(clerk, path).clean
    services.registry.add_member(
        clerk, MemberForm("王小明", units["县税务局"], "13812345678", reported_on=date(2026, 1, 5))
    )
    with pytest.raises(ValidationError):
        services.member_import.import_rows(clerk, path, only_good=False)
    assert member_count(services) == 1


def test_a_title_line_above_the_header_is_allowed(
    services: Services, clerk: StaffSession, units: dict[str, int], tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["县人民医院在职党员双报到名单"])
    sheet.append(HEADER)
    sheet.append(["李娜", "县人民医院", "1391234", None, "", "", "2026-03-02", ""])
    book.save(tmp_path / "titled.xlsx")
    report = services.member_import.check(clerk, tmp_path / "titled.xlsx")
    assert [(p.row, p.column) for p in report.problems] == [(3, "手机号")]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: (p / "list.csv").write_text("姓名,单位\n"), "not an Excel .xlsx file"),
        (lambda p: (p / "list.xls").write_bytes(b"\xd0\xcf\x11\xe0"), "not an Excel .xlsx file"),
        (lambda p: (p / "fake.xlsx").write_text("hello"), "cannot be read as an Excel workbook"),
        (lambda p: (p / "folder.xlsx").mkdir(), "cannot be opened"),
        (lambda p: None, "cannot be found"),
        (lambda p: openpyxl.Workbook().save(p / "empty.xlsx"), "is empty"),
        (lambda p: workbook(p / "header.xlsx", []), "no members below"),
        (lambda p: workbook(p / "wrong.xlsx", [["王小明"]], ["名字", "单位"]), "Missing"),
    ],
)
def test_files_that_cannot_be_used_are_named_with_their_problem(
    services: Services, clerk: StaffSession, tmp_path: Path, make, words: str
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    make(folder)
    made = list(folder.iterdir())
    path = made[0] if made else folder / "gone.xlsx"
    with pytest.raises(ValidationError) as exc:
        services.member_import.check(clerk, path)
    assert exc.value.field == "import_file"
    assert words in exc.value.render() and path.name in exc.value.render()
    with pytest.raises(ValidationError):
        services.member_import.import_rows(clerk, path, only_good=True)
    assert member_count(services) == 0


def test_the_template_lists_the_centers_units_and_pools(
    services: Services, clerk: StaffSession, units: dict[str, int], tmp_path: Path
) -> None:
    written = services.member_import.save_template(clerk, tmp_path / "模板")
    assert written == tmp_path / "模板.xlsx"
    book = openpyxl.load_workbook(written)
    members, lists = book.worksheets
    rows = list(members.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    assert rows[1][0] == "张三" and rows[1][1] == "县人民医院" and rows[1][2] == "13800000000"
    assert rows[1][6] == datetime(2026, 11, 20)
    assert members["C2"].number_format == "@"
    listed = list(lists.iter_rows(values_only=True))
    assert [r[0] for r in listed[1:] if r[0]] == ["县人民医院", "县税务局"]
    assert [r[1] for r in listed[1:] if r[1]][:3] == ["法律服务", "医疗健康", "教育辅导"]
    # A template sent back untouched: the example row is pointed out, not imported.
    report = services.member_import.check(clerk, written)
    assert report.good == 0 and "example" in report.problems[0].message.template
    # Filled in below the example row (deleted), it imports.
    members.delete_rows(2)
    members.append(GOOD[0])
    book.save(written)
    assert services.member_import.import_rows(clerk, written, only_good=False).imported == 1


def test_units_of_another_center_are_unknown_here(
    services: Services, clerk: StaffSession, units: dict[str, int], tmp_path: Path, passwords
) -> None:
    made = CenterAdmin(services.db, services.clock, passwords).add_center(
        "cn02", "城北社区党群服务站", "zhao.admin", "赵站长"
    )
    other = services.staff.sign_in("zhao.admin", made.one_time_password)
    services.member_import.import_rows(clerk, workbook(tmp_path / "a.xlsx", GOOD), only_good=False)
    report = services.member_import.check(other, tmp_path / "a.xlsx")
    # Nobody is "already registered" there, but its registry has no such units.
    assert {p.column for p in report.problems} == {"单位"} and report.good == 0
    assert services.registry.members(other) == []
