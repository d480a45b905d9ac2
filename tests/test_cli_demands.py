"""``hall-desk demands``, run as a user runs it, against the demands of two centers.

The counts are compared with those the test makes from the rows it wrote
(``tests.services.figures.demand_scenario``); October and November 2026 are over when the
terminal's real clock reads them, so they count whole.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from hall_desk.cli import main
from hall_desk.db.database import Database
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.domain.periods import Period
from hall_desk.services import create_services
from tests.conftest import NOW, set_up_center
from tests.services.figures.demand_scenario import Scenario, build, expected_counts

OCTOBER = Period.month(date(2026, 10, 1))
SEPTEMBER = Period.month(date(2026, 9, 1))


@pytest.fixture
def desk(sqlite_url: str, passwords, tmp_path: Path) -> tuple[str, Scenario]:
    if Clock().today() <= OCTOBER.last:
        pytest.skip("the scenario's months must be over by the machine's clock")
    db = Database(sqlite_url)
    services = create_services(db, FixedClock(NOW), passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    scenario = build(db, admin)
    db.dispose()
    return sqlite_url, scenario


def run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str, *args: str, lang: str = "en"
) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path), "--db", db, "--lang", lang, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def october(*extra: str) -> list[str]:
    return ["demands", "--from", "2026-10-01", "--to", "2026-10-31", "--center", "CN01", *extra]


def test_json_holds_the_months_figures_and_the_month_before(
    desk: tuple[str, Scenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, scenario = desk
    code, out, err = run(capsys, tmp_path, url, *october("--format", "json"))
    assert code == 0, err
    data = json.loads(out)
    assert data["center"]["code"] == "CN01"
    assert data["period"]["from"] == "2026-10-01" and data["period"]["as_of"] is None
    assert data["previous_period"]["from"] == "2026-09-01"
    for key, period in (("current", OCTOBER), ("previous", SEPTEMBER)):
        expected = expected_counts(scenario, period, scenario.counted())
        figures = data[key]
        for name in ("collected", "dispatched", "accepted", "on_time_responses", "solved"):
            assert figures[name] == getattr(expected, name), (key, name)
        assert figures["rated"] == expected.rated and figures["satisfied"] == expected.satisfied
        rate = expected.satisfaction_rate
        assert figures["satisfaction_rate"] == (None if rate is None else round(rate, 4))
    assert data["current"]["on_site_minutes"] == 15
    units = {row["label"]: row["collected"] for row in data["breakdowns"]["unit"]}
    assert set(units) == {"县人民医院", "县供电公司"}
    assert len(data["current"]["per_day"]) == 31
    # Nothing of the other center: its unit and member are nowhere.
    assert "北街物业" not in out and "周北" not in out


def test_text_lines_up_the_figures_and_the_breakdowns(
    desk: tuple[str, Scenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, scenario = desk
    code, out, err = run(capsys, tmp_path, url, *october())
    assert code == 0, err
    expected = expected_counts(scenario, OCTOBER, scenario.counted())
    line = next(x for x in out.splitlines() if x.startswith("Demands collected"))
    assert line.split()[2] == str(expected.collected)
    assert "Taken on within 15 minutes" in out
    for heading in ("By kind of demand", "By neighbourhood", "By unit", "By party member"):
        assert heading in out
    assert "刘建华 (县人民医院)" in out
    code, out, err = run(capsys, tmp_path, url, *october(), lang="zh_CN")
    assert code == 0, err
    assert "城南社区党群服务中心 (CN01)" in out and "2026-10-01 ~ 2026-10-31" in out


def test_pdf_and_xlsx_are_written_to_the_file_asked_for(
    desk: tuple[str, Scenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, scenario = desk
    pdf = tmp_path / "demands.pdf"
    code, out, err = run(capsys, tmp_path, url, *october("--format", "pdf", "--out", str(pdf)))
    assert code == 0, err
    assert str(pdf) in out
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    expected = expected_counts(scenario, OCTOBER, scenario.counted())
    assert "党员服务统计报表" in text and "城南社区党群服务中心" in text
    for heading in ("按需求类别统计", "按小区统计", "按报到单位统计", "按党员统计"):
        assert heading in text
    assert "响应率" in text and "按时办结率" in text and "满意率" in text
    rate = f"{expected.on_time_rate * 100:.1f}%" if expected.on_time_rate else "—"
    assert rate in text and "县供电公司" in text

    xlsx = tmp_path / "demands.xlsx"
    code, out, err = run(capsys, tmp_path, url, *october("--format", "xlsx", "--out", str(xlsx)))
    assert code == 0, err
    assert "masked" in out
    book = load_workbook(xlsx, read_only=True)
    assert book.sheetnames == ["汇总", "需求台账", "双报到"]
    demands = list(book["需求台账"].iter_rows(values_only=True))
    header, *rows = demands
    assert header[:3] == ("序号", "需求编号", "登记时间")
    october_demands = [d for d in scenario.counted() if OCTOBER.start <= d.created_at < OCTOBER.end]
    assert sorted(row[1] for row in rows) == sorted(d.number for d in october_demands)
    # From the terminal nobody is signed in: residents' names and phones stay masked.
    assert {row[9] for row in rows} == {"张**"}
    assert {row[10] for row in rows} == {"138****8000"}
    members = list(book["双报到"].iter_rows(values_only=True))[1:]
    # Unit by unit (by name), each unit's members by name; the other center's are not here.
    assert [(row[1], row[3]) for row in members] == [
        ("县人民医院", "刘建华"),
        ("县人民医院", "陈丽"),
        ("县供电公司", "王强"),
    ]
    assert all("****" in row[4] for row in members)
    summary = {row[0]: row[1:] for row in book["汇总"].iter_rows(values_only=True) if row}
    assert summary["收集需求"][0] == expected.collected
    book.close()


def test_bad_input_gets_a_clear_message_and_nothing_written(
    desk: tuple[str, Scenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _scenario = desk
    code, _, err = run(capsys, tmp_path, url, "demands", "--from", "2026-13-40")
    assert code != 0 and "is not a date" in err
    code, _, err = run(
        capsys, tmp_path, url, "demands", "--from", "2026-11-20", "--to", "2026-11-01"
    )
    assert code != 0 and "before the start date" in err
    code, _, err = run(capsys, tmp_path, url, *october("--format", "xlsx"))
    assert code == 2 and "--out" in err
    missing = tmp_path / "nowhere" / "d.pdf"
    code, _, err = run(capsys, tmp_path, url, *october("--format", "pdf", "--out", str(missing)))
    assert code == 2 and "does not exist" in err and not missing.parent.exists()
    # Two centers on this database: which one must be said.
    code, _, err = run(capsys, tmp_path, url, "demands", "--from", "2026-10-01")
    assert code == 2 and "BJ02" in err and "--center" in err
    code, _, err = run(capsys, tmp_path, url, "demands", "--from", "2026-10-01", "--center", "XX99")
    assert code == 2 and "There is no center XX99" in err
    code, _, err = run(
        capsys, tmp_path, url, "demands", "--from", "2026-10-01", "--center", "all",
        "--format", "pdf", "--out", str(tmp_path / "all.pdf"),
    )  # fmt: skip
    assert code == 2 and not (tmp_path / "all.pdf").exists()
    with pytest.raises(SystemExit) as done:
        run(capsys, tmp_path, url, "demands", "--help")
    assert done.value.code == 0
    assert "--from DATE" in capsys.readouterr().out


def test_every_center_side_by_side(
    desk: tuple[str, Scenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, scenario = desk
    args = ["demands", "--from", "2026-10-01", "--to", "2026-10-31", "--center", "all"]
    code, out, err = run(capsys, tmp_path, url, *args, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert [c["code"] for c in data["centers"]] == ["BJ02", "CN01"]
    mine = expected_counts(scenario, OCTOBER, scenario.counted())
    theirs = expected_counts(scenario, OCTOBER, scenario.counted(scenario.other_site_id))
    assert data["centers"][1]["collected"] == mine.collected
    assert data["total"]["collected"] == mine.collected + theirs.collected
    code, out, err = run(capsys, tmp_path, url, *args)
    assert code == 0, err
    assert "BJ02 北街社区党群服务中心" in out and "Total" in out
