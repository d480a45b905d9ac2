"""The terminal front end: runs with no display and says clearly what went wrong."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from hall_desk.cli import main
from hall_desk.db.database import Database
from hall_desk.db.models import Resident, Staff, Visit


def run_cli(
    *args: str, env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # a terminal command must not need any display
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "hall_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_help_lists_the_subcommands_without_a_display(tmp_path: Path) -> None:
    done = run_cli("--data-dir", str(tmp_path), "--lang", "en", "--help")
    assert done.returncode == 0, done.stderr
    assert "demo" in done.stdout and "--db" in done.stdout and "--data-dir" in done.stdout


def test_help_in_chinese_by_default(tmp_path: Path) -> None:
    done = run_cli("--data-dir", str(tmp_path), "--help")
    assert done.returncode == 0, done.stderr
    assert "演示" in done.stdout or "数据库" in done.stdout


def test_demo_fills_an_empty_database_and_prints_a_one_time_password(tmp_path: Path) -> None:
    done = run_cli(
        "--data-dir", str(tmp_path), "--lang", "en", "demo", "--days", "5", "--per-day", "30"
    )
    assert done.returncode == 0, done.stderr
    assert "one-time password" in done.stdout
    db = Database(f"sqlite:///{tmp_path / 'hall-desk.sqlite3'}")
    with db.read() as s:
        visits = s.scalar(select(func.count(Visit.id)))
        residents = s.scalar(select(func.count(Resident.id)))
        admins = s.scalars(select(Staff.username).where(Staff.role == "admin")).all()
    db.dispose()
    assert visits > 50 and residents >= 60 and admins == ["admin"]
    assert (tmp_path / "logs" / "hall-desk.log").exists()


def test_demo_into_an_existing_center_keeps_its_staff(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "demo", "--days", "2"]) == 0
    first = capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "demo", "--days", "2"]) == 0
    second = capsys.readouterr().out
    assert "one-time password" in first and "one-time password" not in second


def test_bad_arguments_and_database_urls_get_clear_messages(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "demo", "--days", "0"]) == 2
    assert "--days" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "--db", "nosuch://x", "demo"]) == 2
    assert "not valid" in capsys.readouterr().err
    code = main(
        [
            "--data-dir",
            str(tmp_path),
            "--lang",
            "en",
            "--db",
            "postgresql://nobody@127.0.0.1:1/x",
            "demo",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and "could not be opened" in err and "Traceback" not in err


def test_hall_desk_db_environment_variable_picks_the_database(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.sqlite3"
    done = run_cli(
        "--data-dir",
        str(tmp_path / "data"),
        "--lang",
        "en",
        "demo",
        "--days",
        "1",
        env_extra={"HALL_DESK_DB": f"sqlite:///{target}"},
    )
    assert done.returncode == 0, done.stderr
    assert target.exists() and not (tmp_path / "data" / "hall-desk.sqlite3").exists()


def test_slip_writes_a_case_slip_and_marks_the_second_as_reprint(tmp_path: Path, capsys) -> None:
    from hall_desk.config import resolve_paths
    from hall_desk.db.migrate import upgrade_to_head
    from hall_desk.services import create_services
    from hall_desk.services.cases.case_intake import IntakeForm
    from hall_desk.services.catalogue import ItemForm
    from tests.conftest import set_up_center

    paths = resolve_paths(str(tmp_path))
    db = Database(f"sqlite:///{paths.db_file}")
    upgrade_to_head(db)
    services = create_services(db)
    admin = set_up_center(services)
    item = services.catalogue.add_item(
        admin, ItemForm("TS001", "居住证明", "社区居委会", "general", ["身份证"], 1, True)
    )
    case = services.cases.accept_case(
        admin,
        IntakeForm(
            item_id=item.id, name="张三", phone="13812345678", documents_received=["身份证"]
        ),
    )
    db.dispose()

    out = tmp_path / "slip.pdf"
    args = ["--data-dir", str(tmp_path), "--lang", "en", "slip"]
    assert main([*args, case.number.lower(), "--out", str(out), "--layout", "roll80"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "受理回执" in capsys.readouterr().out
    assert main([*args, case.number, "--out", str(out)]) == 0
    assert "reprint" in capsys.readouterr().out
    assert list(paths.slips_dir.rglob("*reprint*.pdf"))

    assert main([*args, "CN01-2026-09999", "--out", str(out)]) == 1
    assert "no case numbered" in capsys.readouterr().err
    assert main([*args, "nonsense", "--out", str(out)]) == 2
    assert "not a case number" in capsys.readouterr().err
    assert main([*args, case.number, "--out", str(tmp_path / "nope" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_slip_writes_a_demands_receipt_like_a_cases_slip(tmp_path: Path, capsys) -> None:
    from hall_desk.config import resolve_paths
    from hall_desk.db.migrate import upgrade_to_head
    from hall_desk.services import create_services
    from tests.conftest import set_up_center
    from tests.printing.test_slips import _flat, _pypdf_text
    from tests.services.party.demand_rows import add_demand, add_resident

    paths = resolve_paths(str(tmp_path))
    db = Database(f"sqlite:///{paths.db_file}")
    upgrade_to_head(db)
    admin = set_up_center(create_services(db))
    resident = add_resident(db, admin.site_id, "张三", "13812345678")
    number = add_demand(db, admin.site_id, admin.staff_id, 42, resident_id=resident)
    db.dispose()

    out = tmp_path / "receipt.pdf"
    args = ["--data-dir", str(tmp_path), "--lang", "en", "slip"]
    assert main([*args, number.lower(), "--out", str(out), "--layout", "roll80"]) == 0
    assert "群众点单回执" in capsys.readouterr().out
    text = _flat(_pypdf_text(out.read_bytes()))
    assert number in text and "138****5678" in text and "13812345678" not in text
    assert "一般问题：接单后30分钟内办结" in text
    assert main([*args, number, "--out", str(out)]) == 0
    assert "reprint" in capsys.readouterr().out
    assert "补打" in _flat(_pypdf_text(out.read_bytes()))
    assert len(list(paths.slips_dir.rglob(f"{number}_receipt_*.pdf"))) == 2
    assert list(paths.slips_dir.rglob(f"{number}_receipt_*_reprint.pdf"))
    assert main([*args, "CN01-D2026-09999", "--out", str(out)]) == 1
    assert "no demand numbered CN01-D2026-09999" in capsys.readouterr().err
    assert main([*args, "CN01-X2026-1", "--out", str(out)]) == 2
    assert "not a case number or a demand number" in capsys.readouterr().err


def _real_center(tmp_path: Path, passwords) -> Database:
    from hall_desk.config import resolve_paths
    from hall_desk.db.migrate import upgrade_to_head
    from hall_desk.services import create_services
    from tests.conftest import set_up_center

    db = Database(f"sqlite:///{resolve_paths(str(tmp_path)).db_file}")
    upgrade_to_head(db)
    set_up_center(create_services(db, passwords=passwords))
    return db


def _visits(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count(Visit.id))) or 0)


def test_demo_refuses_a_real_center_unless_told_into_existing(
    tmp_path: Path, capsys, passwords
) -> None:
    db = _real_center(tmp_path, passwords)
    args = ["--data-dir", str(tmp_path), "--lang", "en", "demo", "--days", "2"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "城南社区党群服务中心 is a real center, not one created by the demo" in err
    assert "Nothing was changed" in err
    assert "--data-dir NEW_FOLDER demo" in err and "--into-existing" in err
    assert _visits(db) == 0

    assert main([*args, "--into-existing"]) == 0
    assert "one-time password" not in capsys.readouterr().out
    assert _visits(db) > 0
    db.dispose()


def test_demo_refusal_is_in_chinese_by_default(tmp_path: Path, capsys, passwords) -> None:
    db = _real_center(tmp_path, passwords)
    assert main(["--data-dir", str(tmp_path), "demo", "--days", "2"]) == 2
    err = capsys.readouterr().err
    assert "城南社区党群服务中心是正式使用的中心，不是演示程序创建的" in err
    assert "数据库未做任何改动" in err and "--into-existing" in err
    assert _visits(db) == 0
    db.dispose()
