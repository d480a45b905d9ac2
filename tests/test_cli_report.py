"""``hall-desk report`` and the commands for several centers, run as a user runs them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from hall_desk.cli import main
from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.db.models import ServiceCase, Visit
from hall_desk.domain.clock import Clock
from hall_desk.services.demo.demo import fill_demo
from hall_desk.services.passwords import Passwords


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli-report")
    url = f"sqlite:///{folder / 'desk.sqlite3'}"
    db = Database(url)
    upgrade_to_head(db, folder / "backups")
    fill_demo(db, Clock(), Passwords(), days=10, visits_per_day=40, seed=7, demands_per_day=0)
    db.dispose()
    return url


def run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str, *args: str, lang: str = "en"
) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path), "--db", db, "--lang", lang, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _count_visits(url: str, first: datetime, end: datetime) -> int:
    db = Database(url)
    try:
        with db.read() as s:
            return int(
                s.scalar(
                    select(func.count(Visit.id)).where(
                        Visit.arrived_at >= first, Visit.arrived_at < end
                    )
                )
                or 0
            )
    finally:
        db.dispose()


def test_json_holds_the_figures_of_a_period_and_the_one_before(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = Clock().today()
    first = today - timedelta(days=6)
    code, out, err = run(
        capsys,
        tmp_path,
        demo_db,
        "report",
        "--from",
        first.isoformat(),
        "--to",
        today.isoformat(),
        "--format",
        "json",
    )
    assert code == 0, err
    data = json.loads(out)
    period = dict(data["period"])
    as_of = datetime.fromisoformat(period.pop("as_of"))  # the period runs until tonight
    assert as_of.date() == today and as_of <= Clock().now()
    assert period == {
        "from": first.isoformat(),
        "to": today.isoformat(),
        "kind": "range",
        "days": 7,
    }
    assert data["previous_period"]["to"] == (first - timedelta(days=1)).isoformat()
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(today + timedelta(days=1), datetime.min.time())
    visits = _count_visits(demo_db, start, end)
    assert visits > 0 and data["current"]["visitors"]["visits"] == visits
    before = _count_visits(demo_db, start - timedelta(days=7), start)
    assert data["previous"]["visitors"]["visits"] == before
    assert sum(d["count"] for d in data["current"]["visitors"]["per_day"]) == visits
    db = Database(demo_db)
    with db.read() as s:
        accepted = s.scalar(
            select(func.count(ServiceCase.id)).where(
                ServiceCase.accepted_at >= start,
                ServiceCase.accepted_at < end,
                ServiceCase.status != "refused",
            )
        )
    db.dispose()
    assert data["current"]["cases"]["accepted"] == accepted
    assert data["center"]["code"] and set(data["current"]) == {
        "visitors",
        "cases",
        "rooms",
        "ratings",
        "backlog",
    }
    labels = [row["label"] for row in data["current"]["visitors"]["by_category"]]
    assert "Senior" in labels


def test_text_report_in_chinese_lines_up_the_figures(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = Clock().today().isoformat()
    code, out, err = run(capsys, tmp_path, demo_db, "report", "--from", today, lang="zh_CN")
    assert code == 0, err
    assert "登记来访" in out or "来访" in out
    assert today in out


def test_pdf_and_xlsx_are_written_to_the_file_asked_for(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = Clock().today()
    pdf = tmp_path / "day.pdf"
    code, out, err = run(
        capsys,
        tmp_path,
        demo_db,
        "report",
        "--from",
        today.isoformat(),
        "--format",
        "pdf",
        "--out",
        str(pdf),
    )
    assert code == 0, err
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "日报" in text and str(pdf) in out

    from openpyxl import load_workbook

    xlsx = tmp_path / "ledgers.xlsx"
    code, out, err = run(
        capsys,
        tmp_path,
        demo_db,
        "report",
        "--from",
        (today - timedelta(days=9)).isoformat(),
        "--to",
        today.isoformat(),
        "--format",
        "xlsx",
        "--out",
        str(xlsx),
    )
    assert code == 0, err
    book = load_workbook(xlsx, read_only=True)
    # 汇总, visitors, cases, bookings, 需求台账, 双报到, 活动台账 and 志愿服务时长.
    assert len(book.sheetnames) == 8
    visits_sheet = book.worksheets[1]
    rows = list(visits_sheet.iter_rows(values_only=True))
    start = datetime.combine(today - timedelta(days=9), datetime.min.time())
    end = datetime.combine(today + timedelta(days=1), datetime.min.time())
    assert len(rows) - 1 == _count_visits(demo_db, start, end)
    # From the terminal nobody is signed in, so ID numbers stay masked.
    assert all("*" in (row[4] or "*") for row in rows[1:])


def test_bad_input_gets_a_clear_message_and_nothing_written(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, tmp_path, demo_db, "report", "--from", "2026-13-40")
    assert code != 0 and "is not a date" in err
    code, _, err = run(
        capsys,
        tmp_path,
        demo_db,
        "report",
        "--from",
        "2026-11-20",
        "--to",
        "2026-11-01",
    )
    assert code != 0 and "before the start date" in err
    code, _, err = run(
        capsys,
        tmp_path,
        demo_db,
        "report",
        "--from",
        "2026-11-20",
        "--format",
        "pdf",
    )
    assert code == 2 and "--out" in err
    missing = tmp_path / "nowhere" / "r.pdf"
    code, _, err = run(
        capsys,
        tmp_path,
        demo_db,
        "report",
        "--from",
        "2026-11-20",
        "--format",
        "pdf",
        "--out",
        str(missing),
    )
    assert code == 2 and "does not exist" in err and not missing.parent.exists()


def test_several_centers_and_the_county_view(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'county.sqlite3'}"
    db = Database(url)
    upgrade_to_head(db, tmp_path / "backups")
    fill_demo(db, Clock(), Passwords(), days=3, visits_per_day=20, seed=3, demands_per_day=0)
    db.dispose()
    code, out, err = run(
        capsys,
        tmp_path,
        url,
        "add-center",
        "CN02",
        "城北社区党群服务站",
        "--admin",
        "zhao.admin",
        "--admin-name",
        "赵站长",
    )
    assert code == 0, err
    assert "one-time password" in out and "CN02" in out
    code, out, err = run(capsys, tmp_path, url, "county-admin", "admin")
    assert code == 0, err
    assert "county administrator" in out
    today = Clock().today().isoformat()
    code, _, err = run(capsys, tmp_path, url, "report", "--from", today)
    assert code == 2 and "CN02" in err and "--center" in err
    code, out, err = run(
        capsys,
        tmp_path,
        url,
        "report",
        "--from",
        (Clock().today() - timedelta(days=3)).isoformat(),
        "--to",
        today,
        "--center",
        "all",
        "--format",
        "json",
    )
    assert code == 0, err
    data = json.loads(out)
    centers = {c["code"]: c for c in data["centers"]}
    assert sorted(centers) == ["CN02", "DEMO"]
    assert centers["CN02"]["visitors"]["visits"] == 0 < centers["DEMO"]["visitors"]["visits"]
    assert data["total"]["visitors"]["visits"] == sum(
        c["visitors"]["visits"] for c in data["centers"]
    )
    code, out, err = run(capsys, tmp_path, url, "report", "--from", today, "--center", "cn02")
    assert code == 0, err
    assert "城北社区党群服务站" in out
    code, _, err = run(
        capsys,
        tmp_path,
        url,
        "add-center",
        "CN02",
        "重复",
        "--admin",
        "x.admin",
        "--admin-name",
        "钱某",
    )
    assert code == 1 and "CN02" in err
