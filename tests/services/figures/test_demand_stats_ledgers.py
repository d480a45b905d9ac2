"""The party-service desk's ledger sheets (需求台账, 双报到) and its lines of the summary sheet,
read back with openpyxl and compared with the rows the test wrote."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from hall_desk.domain.cases import RATING_LABELS, SATISFIED_RATINGS
from hall_desk.domain.errors import PermissionDenied
from hall_desk.domain.periods import Period
from hall_desk.services import Services
from hall_desk.services.figures.ledgers import LedgerKind
from hall_desk.services.session import StaffSession
from hall_desk.translation import load_translator, translate_with
from tests.conftest import NOW
from tests.services.figures.demand_scenario import Scenario, build

OCTOBER = Period.month(date(2026, 10, 1))
KINDS = [LedgerKind.DEMANDS, LedgerKind.PARTY_MEMBERS]


@pytest.fixture(scope="module")
def label() -> Callable[[str], str]:
    return translate_with(load_translator("zh_CN"), "Messages")


@pytest.fixture
def scenario(services: Services, admin: StaffSession) -> Scenario:
    return build(services.db, admin)


def sheet_rows(path: Path, name: str) -> tuple[list[object], list[list[object]]]:
    book = openpyxl.load_workbook(path)
    header, *rows = ([cell for cell in row] for row in book[name].iter_rows(values_only=True))
    return header, rows


def test_the_demand_ledger_has_one_row_per_demand_of_the_period(
    services: Services, clerk: StaffSession, scenario: Scenario, label, tmp_path: Path
) -> None:
    target = tmp_path / "台账.xlsx"
    made = sorted(
        (d for d in scenario.counted() if OCTOBER.start <= d.created_at < OCTOBER.end),
        key=lambda d: (d.created_at, d.id),
    )
    assert services.ledgers.count_rows(clerk, OCTOBER, [LedgerKind.DEMANDS]) == len(made)
    result = services.ledgers.export(clerk, OCTOBER, KINDS, target, label=label)
    assert result.rows[LedgerKind.DEMANDS] == len(made)
    header, rows = sheet_rows(target, "需求台账")
    assert header[:4] == ["序号", "需求编号", "登记时间", "类型"]
    column = {name: i for i, name in enumerate(header)}
    assert [row[1] for row in rows] == [d.number for d in made]
    for row, demand in zip(rows, made, strict=True):
        assert row[column["登记时间"]] == demand.created_at
        assert row[column["需求类别"]] == demand.category
        assert row[column["群众"]] == "张**"  # masked for a clerk
        assert row[column["联系电话"]] == "138****8000"
        assert row[column["派单时间"]] == demand.dispatched_at
        assert row[column["办结时间"]] == demand.solved_at
        on_time = None
        if demand.solved_at is not None and demand.due_at is not None:
            on_time = "是" if demand.solved_at <= demand.due_at else "否"
        elif demand.status in ("accepted", "in_progress") and demand.due_at is not None:
            on_time = "否" if demand.due_at < NOW else None
        assert row[column["是否按时"]] == on_time, demand.number
        rating = label(RATING_LABELS[demand.rating]) if demand.rating else None
        assert row[column["评价"]] == rating
        if demand.member:
            unit = scenario.member_unit[demand.member]
            assert row[column["承办党员/单位"]].startswith(f"{demand.member}（{unit}）")
        elif demand.unit:
            assert row[column["承办党员/单位"]] == demand.unit
    assert {row[column["来源"]] for row in rows} == {label("At the desk")}


def test_the_registry_sheet_lists_members_unit_by_unit_with_their_period(
    services: Services, clerk: StaffSession, scenario: Scenario, label, tmp_path: Path
) -> None:
    target = tmp_path / "双报到.xlsx"
    services.ledgers.export(clerk, OCTOBER, [LedgerKind.PARTY_MEMBERS], target, label=label)
    header, rows = sheet_rows(target, "双报到")
    column = {name: i for i, name in enumerate(header)}
    assert [(r[column["报到单位"]], r[column["姓名"]]) for r in rows] == [
        ("县人民医院", "刘建华"),
        ("县人民医院", "陈丽"),
        ("县供电公司", "王强"),
    ]
    for row in rows:
        name = row[column["姓名"]]
        theirs = [d for d in scenario.counted() if d.member == name]

        def within(moment, period: Period = OCTOBER) -> bool:
            return moment is not None and period.start <= moment < period.end

        solved = [d for d in theirs if within(d.solved_at)]
        rated = [d for d in theirs if d.rating and within(d.called_back_at)]
        assert row[column["本期派单"]] == sum(within(d.dispatched_at) for d in theirs)
        assert row[column["本期办结"]] == len(solved)
        assert row[column["服务时长（分钟）"]] == sum(d.service_minutes for d in solved)
        assert row[column["评价数"]] == len(rated)
        assert row[column["满意数"]] == sum(d.rating in SATISFIED_RATINGS for d in rated)
        assert "****" in row[column["联系电话"]]
        assert row[column["报到日期"]].date() == date(2026, 1, 5)


def test_an_administrator_may_export_names_and_phones_in_full(
    services: Services,
    admin: StaffSession,
    clerk: StaffSession,
    scenario: Scenario,
    label,
    tmp_path: Path,
) -> None:
    with pytest.raises(PermissionDenied):
        services.ledgers.export(
            clerk, OCTOBER, KINDS, tmp_path / "x.xlsx", reveal=True, label=label
        )
    target = tmp_path / "full.xlsx"
    services.ledgers.export(admin, OCTOBER, KINDS, target, reveal=True, label=label)
    header, rows = sheet_rows(target, "需求台账")
    assert {row[header.index("群众")] for row in rows} == {"张大妈"}
    assert {row[header.index("联系电话")] for row in rows} == {"13800138000"}
    _header, members = sheet_rows(target, "双报到")
    assert members[0][4] == "13911110001"


def test_the_summary_sheet_has_the_party_service_lines(
    services: Services, clerk: StaffSession, scenario: Scenario, label, tmp_path: Path
) -> None:
    target = tmp_path / "汇总.xlsx"
    services.ledgers.export(clerk, OCTOBER, [LedgerKind.SUMMARY], target, label=label)
    book = openpyxl.load_workbook(target)
    lines = {row[0]: row[1:] for row in book["汇总"].iter_rows(values_only=True) if row[0]}
    both = services.demand_stats.compare(clerk, OCTOBER)
    assert lines["收集需求"][:3] == (
        both.current.collected,
        both.previous.collected,
        both.current.collected - both.previous.collected,
    )
    assert lines["满意率"][0] == pytest.approx(both.current.satisfaction_rate)
    assert lines["超时未办结需求"][0] == both.current.overdue_open
    assert lines["议事会问题逾期未销号"][0] == 2
    kind = both.current.by_category[0]
    assert lines[kind.label][:3] == (kind.collected, kind.dispatched, kind.solved)


def test_a_demand_running_past_its_time_is_late_in_the_ledger(
    services: Services, clerk: StaffSession, scenario: Scenario, label, tmp_path: Path
) -> None:
    today = Period.day(NOW.date())
    target = tmp_path / "today.xlsx"
    services.ledgers.export(clerk, today, [LedgerKind.DEMANDS], target, label=label)
    header, rows = sheet_rows(target, "需求台账")
    late = {row[1]: row[header.index("是否按时")] for row in rows}
    running = [
        d for d in scenario.counted()
        if d.status == "in_progress" and d.created_at.date() == NOW.date()
    ]  # fmt: skip
    assert running
    for demand in running:
        assert demand.due_at is not None
        expected = "否" if demand.due_at < NOW else None
        assert late[demand.number] == expected
    assert any(d.due_at and d.due_at - NOW > timedelta(0) for d in running)
