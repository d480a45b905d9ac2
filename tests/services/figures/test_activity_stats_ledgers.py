"""The activities desk's ledger sheets (活动台账, 志愿服务时长) and its lines of the summary
sheet, read back with openpyxl and compared with the rows the test wrote."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from hall_desk.domain.periods import Period
from hall_desk.services import Services
from hall_desk.services.figures.ledgers import LedgerKind
from hall_desk.services.session import StaffSession
from tests.services.figures.activity_scenario import (
    Scenario,
    build,
    expected,
    expected_enrolled,
    held,
    mark_count,
)

OCTOBER = Period.month(date(2026, 10, 1))
KINDS = [LedgerKind.ACTIVITIES, LedgerKind.VOLUNTEER_HOURS]


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture(scope="module")
def label() -> Callable[[str], str]:
    """Fixed labels marked as translated (the Chinese comes from the translation files)."""
    return lambda text: f"译{text}"


@pytest.fixture
def scenario(services: Services, admin: StaffSession) -> Scenario:
    return build(services.db, admin)


def sheet_rows(path: Path, name: str) -> tuple[list[object], list[list[object]]]:
    book = openpyxl.load_workbook(path)
    header, *rows = ([cell for cell in row] for row in book[name].iter_rows(values_only=True))
    return header, rows


def test_one_row_per_session_and_per_volunteer(
    services: Services, clerk: StaffSession, scenario: Scenario, label, tmp_path: Path
) -> None:
    target = tmp_path / "台账.xlsx"
    made = sorted(held(scenario, OCTOBER, clerk.site_id), key=lambda s: (s.starts_at, s.id))
    assert services.ledgers.count_rows(clerk, OCTOBER, [LedgerKind.ACTIVITIES]) == len(made)
    assert services.ledgers.count_rows(clerk, OCTOBER, [LedgerKind.VOLUNTEER_HOURS]) == 3
    result = services.ledgers.export(clerk, OCTOBER, KINDS, target, label=label)
    assert result.rows == {LedgerKind.ACTIVITIES: len(made), LedgerKind.VOLUNTEER_HOURS: 3}

    header, rows = sheet_rows(target, "活动台账")
    assert header == [
        "序号", "日期", "时间", "活动编号", "活动名称", "活动类型", "主办方", "地点",
        "报名人数", "出席", "缺席", "请假",
    ]  # fmt: skip
    assert [row[0] for row in rows] == list(range(1, len(made) + 1))
    for row, session in zip(rows, made, strict=True):
        assert row[1].date() == session.starts_at.date()  # type: ignore[union-attr]
        assert row[2] == f"{session.starts_at:%H:%M}-{session.ends_at:%H:%M}"
        assert row[3] == session.activity.number and row[4] == session.activity.title
        assert row[8] == expected_enrolled(scenario, session)
        assert row[9:] == [
            mark_count(scenario, session, s) for s in ("present", "absent", "excused")
        ]
    kinds = {row[4]: (row[5], row[6], row[7]) for row in rows}
    assert kinds["义诊进社区"] == ("译Free clinic", "县人民医院", "广场")
    assert kinds["暑托班（书法）"][:2] == ("译Summer care class", "译The center")
    assert kinds["暑托班（书法）"][2] == scenario.room
    assert sum(row[9] for row in rows) == expected(scenario, OCTOBER).present  # type: ignore[misc]

    header, rows = sheet_rows(target, "志愿服务时长")
    assert header == [
        "序号", "姓名", "身份", "报到单位", "联系电话", "服务次数", "服务时长（小时）",
        "其中补录（小时）",
    ]  # fmt: skip
    people = {row[1]: row[2:] for row in rows}
    # Members first (unit, name), then residents; 赵敏 (below the share) and 北街's not at all.
    assert [row[1] for row in rows] == ["刘建华", "陈丽", "孙磊"]
    assert people["刘建华"][:2] == ["译Reporting party member", "县人民医院"]
    assert people["刘建华"][3:] == [2, 6.0, 0.0]  # 240 + 120 minutes
    assert people["孙磊"][0] == "译Resident" and people["孙磊"][1] is None
    assert people["孙磊"][3] == 1 and people["孙磊"][4:] == pytest.approx([200 / 60, 200 / 60])
    # Phones masked, never in full; no ID numbers anywhere.
    assert people["陈丽"][2] == "139****1001"
    for phone in scenario.phones.values():
        assert all(phone not in str(cell) for row in rows for cell in row)


def test_the_summary_sheet_has_the_activity_lines(
    services: Services, admin: StaffSession, scenario: Scenario, label, tmp_path: Path
) -> None:
    target = tmp_path / "汇总.xlsx"
    services.ledgers.export(admin, OCTOBER, [LedgerKind.SUMMARY], target, label=label)
    _header, rows = sheet_rows(target, "汇总")
    lines = {row[0]: row[1:] for row in rows if row and row[0]}
    now = expected(scenario, OCTOBER)
    before = expected(scenario, Period.month(date(2026, 9, 1)))
    assert lines["活动与志愿服务"][:3] == ["本期", "上期", "增减"]
    assert lines["活动场次"][:3] == [now.sessions, before.sessions, now.sessions - before.sessions]
    assert lines["出席（服务人次）"][:2] == [now.present, before.present]
    assert lines["志愿服务时长（小时）"][0] == pytest.approx(now.volunteer_minutes / 60)
    assert lines["出席率"][0] == pytest.approx(now.present / now.marked)
    assert lines["译Free clinic"][0] == 1  # the kinds of activity, translated
