"""``hall-desk certificate``, run as a user runs it: one person found by name, several matches
listed with nothing written, ``--all`` writing one file per person, and the refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from hall_desk.cli import main
from hall_desk.db.database import Database
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.services import create_services
from tests.conftest import NOW, add_clerk, set_up_center
from tests.printing.test_slips import _flat
from tests.services.activities.volunteer_rows import HoursScenario, add_resident, hours_scenario

NOVEMBER = ["--from", "2026-11-01", "--to", "2026-11-30"]


@pytest.fixture
def desk(sqlite_url: str, passwords, tmp_path: Path) -> tuple[str, HoursScenario]:
    db = Database(sqlite_url)
    services = create_services(db, FixedClock(NOW), passwords)
    admin = set_up_center(services)
    add_clerk(services, admin)
    scenario = hours_scenario(db, admin)
    add_resident(db, admin.site_id, "李明亮", "13600005555")
    db.dispose()
    return sqlite_url, scenario


def run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str, *args: str
) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path / "data"), "--db", db, "--lang", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _text(path: Path) -> str:
    return _flat("".join(page.extract_text() or "" for page in PdfReader(path).pages))


def _year() -> int:
    return Clock().now().year


def test_one_person_found_by_name_gets_a_certificate(
    desk: tuple[str, HoursScenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = desk
    target = tmp_path / "zhao.pdf"
    code, out, err = run(capsys, tmp_path, url, "certificate", "赵强", *NOVEMBER, "--out",
                         str(target))  # fmt: skip
    assert code == 0, err
    assert str(target) in out
    text = _text(target)
    assert f"编号：CN01-V{_year()}-0001" in text
    assert "赵强" in text and "县人民医院" in text and "累计志愿服务时长3.0小时" in text
    # Issued in the name of the center's administrator.
    assert "经办人：王主任" in text
    # Into a folder, the file is named by the number.
    code, out, err = run(capsys, tmp_path, url, "certificate", "13812345678", *NOVEMBER,
                         "--out", str(tmp_path))  # fmt: skip
    assert code == 0, err
    written = tmp_path / f"CN01-V{_year()}-0002.pdf"
    assert "张三丰" in _text(written) and "1422**********4565" in _text(written)


def test_several_matches_are_listed_masked_and_nothing_is_written(
    desk: tuple[str, HoursScenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = desk
    target = tmp_path / "li.pdf"
    code, _, err = run(capsys, tmp_path, url, "certificate", "李明", *NOVEMBER, "--out",
                         str(target))  # fmt: skip
    assert code == 1
    assert "2 people match “李明”; nothing was written" in err
    assert "李明  139****1111  县供电公司" in err
    assert "李明亮  136****5555  resident" in err
    assert "13900001111" not in err
    assert not target.exists()
    # Nothing was issued either: the next certificate still takes the first number.
    code, _, err = run(capsys, tmp_path, url, "certificate", "13900001111", *NOVEMBER, "--out",
                       str(target))  # fmt: skip
    assert code == 0, err
    assert f"CN01-V{_year()}-0001" in _text(target) and "李明" in _text(target)


def test_all_writes_one_certificate_per_person_with_hours(
    desk: tuple[str, HoursScenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, scenario = desk
    folder = tmp_path / "certificates" / "2026-11"
    code, out, err = run(capsys, tmp_path, url, "certificate", "--all", *NOVEMBER, "--out",
                         str(folder))  # fmt: skip
    assert code == 0, err
    assert "Wrote 4 certificates" in out
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == [f"CN01-V{_year()}-{n:04d}.pdf" for n in range(1, 5)]
    names = [next(n for n in scenario.november if n in _text(f)) for f in files]
    # Most hours first, as on the totals.
    assert names == ["李明", "王芳", "赵强", "张三丰"]
    code, _, err = run(capsys, tmp_path, url, "certificate", "--all", "--from", "2026-09-01",
                       "--to", "2026-09-30", "--out", str(tmp_path / "none"))  # fmt: skip
    assert code == 1 and "No one has volunteer hours" in err
    assert not (tmp_path / "none").exists()


def test_refusals(
    desk: tuple[str, HoursScenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = desk
    out_file = str(tmp_path / "x.pdf")
    code, _, err = run(capsys, tmp_path, url, "certificate", "欧阳修", *NOVEMBER, "--out",
                       out_file)  # fmt: skip
    assert code == 1 and "No one at 城南社区党群服务中心 matches “欧阳修”" in err
    code, _, err = run(capsys, tmp_path, url, "certificate", "赵强", "--all", *NOVEMBER,
                       "--out", out_file)  # fmt: skip
    assert code == 2 and "Name one person, or give --all" in err
    code, _, err = run(capsys, tmp_path, url, "certificate", *NOVEMBER, "--out", out_file)
    assert code == 2
    code, _, err = run(capsys, tmp_path, url, "certificate", "赵强", "--from", "2026-11-31",
                       "--to", "2026-12-01", "--out", out_file)  # fmt: skip
    assert code == 1 and "is not a date" in err
    code, _, err = run(capsys, tmp_path, url, "certificate", "赵强", "--from", "2026-11-30",
                       "--to", "2026-11-01", "--out", out_file)  # fmt: skip
    assert code == 1
    code, _, err = run(capsys, tmp_path, url, "certificate", "赵强", "--from", "2026-10-01",
                       "--to", "2026-10-31", "--out", out_file)  # fmt: skip
    assert code == 1 and "赵强 has no volunteer hours" in err
    code, _, err = run(capsys, tmp_path, url, "certificate", "赵强", *NOVEMBER, "--out",
                       str(tmp_path / "missing" / "x.pdf"))  # fmt: skip
    assert code == 2 and "does not exist" in err
    assert not Path(out_file).exists()
