"""``hall-desk activities``, run as a user runs it, against the activities of two centers.

The counts are compared with those the test makes from the rows it wrote
(``tests.services.figures.activity_scenario``); October 2026 is over when the terminal's real
clock reads it, so it counts whole and is compared with September.
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
from hall_desk.domain.activities import format_hours
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.domain.periods import Period
from hall_desk.services import create_services
from tests.conftest import NOW, set_up_center
from tests.services.figures.activity_scenario import Scenario, build, expected, held

OCTOBER = Period.month(date(2026, 10, 1))
SEPTEMBER = Period.month(date(2026, 9, 1))


@pytest.fixture
def desk(sqlite_url: str, passwords, tmp_path: Path) -> tuple[str, Scenario]:
    if Clock().today() <= OCTOBER.last:
        pytest.skip("the scenario's month must be over by the machine's clock")
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
    return ["activities", "--from", "2026-10-01", "--to", "2026-10-31", "--center", "CN01", *extra]


def test_json_holds_the_months_figures_the_month_before_and_the_sessions(
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
        counts = expected(scenario, period)
        figures = data[key]
        for name in ("activities", "sessions", "signups", "cancellations", "present", "absent",
                     "excused", "volunteers", "shifts", "volunteer_minutes"):  # fmt: skip
            assert figures[name] == getattr(counts, name), (key, name)
        rate = counts.attendance_rate
        assert figures["attendance_rate"] == (None if rate is None else round(rate, 4))
    assert data["current"]["volunteer_hours"] == 12.3  # 740 minutes
    kinds = {row["key"]: row["label"] for row in data["current"]["by_kind"]}
    assert kinds["clinic"] == "Free clinic"
    organisers = {row["label"] for row in data["current"]["by_organiser"]}
    assert organisers == {"The center", "县人民医院", "非遗剪纸进社区"}
    assert len(data["current"]["per_day"]) == 31
    assert len(data["sessions"]) == len(held(scenario, OCTOBER, 1))
    # Nothing of the other center.
    assert "北街" not in out and "BJ02" not in out


def test_text_lines_up_the_figures_and_the_breakdowns(
    desk: tuple[str, Scenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, scenario = desk
    code, out, err = run(capsys, tmp_path, url, *october())
    assert code == 0, err
    counts = expected(scenario, OCTOBER)
    before = expected(scenario, SEPTEMBER)
    line = next(x for x in out.splitlines() if x.startswith("Sessions held"))
    assert line.split()[2:4] == [str(counts.sessions), str(before.sessions)]
    line = next(x for x in out.splitlines() if x.startswith("Volunteer hours"))
    assert line.split()[2] == format_hours(counts.volunteer_minutes)
    for heading in ("By kind of activity", "By organiser", "Sessions", "On a waiting list now"):
        assert heading in out
    assert "Summer care class" in out and "县人民医院" in out and "CN01-A2026-0002" in out
    code, out, err = run(capsys, tmp_path, url, *october(), lang="zh_CN")
    assert code == 0, err
    assert "城南社区党群服务中心 (CN01)" in out and "2026-10-01 ~ 2026-10-31" in out


def test_pdf_and_xlsx_are_written_to_the_file_asked_for(
    desk: tuple[str, Scenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, scenario = desk
    pdf = tmp_path / "activities.pdf"
    code, out, err = run(capsys, tmp_path, url, *october("--format", "pdf", "--out", str(pdf)))
    assert code == 0, err
    assert str(pdf) in out
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "活动与志愿服务统计报表" in text and "城南社区党群服务中心" in text
    for heading in ("按活动类型统计", "按主办方统计", "活动场次明细", "出席率", "缺席率"):
        assert heading in text
    assert "义诊进社区" in text and "县人民医院" in text and "北街" not in text

    xlsx = tmp_path / "activities.xlsx"
    code, out, err = run(capsys, tmp_path, url, *october("--format", "xlsx", "--out", str(xlsx)))
    assert code == 0, err
    assert "masked" in out
    book = load_workbook(xlsx, read_only=True)
    assert book.sheetnames == ["汇总", "活动台账", "志愿服务时长"]
    sessions = list(book["活动台账"].iter_rows(values_only=True))[1:]
    assert len(sessions) == len(held(scenario, OCTOBER, 1))
    hours = list(book["志愿服务时长"].iter_rows(values_only=True))[1:]
    assert [row[1] for row in hours] == ["刘建华", "陈丽", "孙磊"]
    # From the terminal nobody is signed in: phones stay masked.
    assert all("****" in row[4] for row in hours)
    summary = {row[0]: row[1:] for row in book["汇总"].iter_rows(values_only=True) if row}
    assert summary["活动场次"][0] == expected(scenario, OCTOBER).sessions
    book.close()


def test_bad_input_and_every_center(
    desk: tuple[str, Scenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, scenario = desk
    code, _, err = run(capsys, tmp_path, url, *october("--format", "pdf"))
    assert code == 2 and "--out" in err
    code, _, err = run(capsys, tmp_path, url, "activities", "--from", "2026-10-01")
    assert code == 2 and "BJ02" in err and "--center" in err
    code, _, err = run(
        capsys, tmp_path, url, "activities", "--from", "2026-10-01", "--center", "all",
        "--format", "xlsx", "--out", str(tmp_path / "all.xlsx"),
    )  # fmt: skip
    assert code == 2 and not (tmp_path / "all.xlsx").exists()
    args = ["activities", "--from", "2026-10-01", "--to", "2026-10-31", "--center", "all"]
    code, out, err = run(capsys, tmp_path, url, *args, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert [c["code"] for c in data["centers"]] == ["BJ02", "CN01"]
    mine = expected(scenario, OCTOBER)
    theirs = expected(scenario, OCTOBER, scenario.other_site_id)
    assert data["centers"][1]["served"] == mine.present
    assert data["total"]["sessions"] == mine.sessions + theirs.sessions
    code, out, err = run(capsys, tmp_path, url, *args)
    assert code == 0, err
    assert "BJ02 北街社区党群服务中心" in out and "Total" in out and "People served" in out
