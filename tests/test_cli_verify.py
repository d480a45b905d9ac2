"""``hall-desk verify`` and ``hall-desk purge`` run as from a terminal, and the chain head on paper.

The commands are driven through ``cli_verify``'s own parser and runner, the way ``cli.main``
hands them over.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from hall_desk import cli_verify
from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.periods import Period
from hall_desk.printing.report_pdf import render_report
from hall_desk.services import create_services
from hall_desk.services.passwords import Passwords
from hall_desk.services.safety.audit_chain import chain_head, head_text
from hall_desk.services.visitors.visits import VisitForm
from tests.conftest import NOW, add_clerk, set_up_center


def _same(text: str) -> str:
    return text


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="hall-desk")
    cli_verify.add_parsers(parser.add_subparsers(dest="command"), _same)
    parsed = parser.parse_args(list(args))
    assert parsed.command in cli_verify.COMMANDS
    opener: Callable[[], Database] = lambda: Database(url)  # noqa: E731
    code = cli_verify.run(parsed, opener, _same, _same)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def desk(sqlite_url: str, passwords: Passwords) -> str:
    services = create_services(Database(sqlite_url), FixedClock(NOW), passwords)
    admin = set_up_center(services)
    clerk = add_clerk(services, admin)
    for name in ("张三", "李四"):
        services.visits.register_visit(clerk, VisitForm(name=name, purposes=("errand",)))
    services.db.dispose()
    return sqlite_url


def test_verify_says_ok_with_the_row_count_and_head(
    desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, desk, "verify")
    db = Database(desk)
    last_id, last_hash = chain_head(db)
    db.dispose()
    assert code == 0
    assert out.splitlines() == [
        f"ok: {last_id} audit rows, integrity ok",
        f"chain head: #{last_id} {last_hash}",
    ]


def test_verify_names_the_first_broken_row_and_fails(
    desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(desk)
    with db.write() as s:
        s.execute(text("UPDATE audit_entry SET detail = '{}' WHERE id IN (3, 5)"))
    db.dispose()
    code, out, _ = run(capsys, desk, "verify")
    assert code == 1
    assert out.startswith("BROKEN: Audit row #3 was changed: its content does not match its hash.")
    assert "(3 audit rows checked)" in out


def test_purge_dry_run_counts_then_purge_anonymises(
    desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(desk)
    with db.write() as s:  # the visitors were last seen four years ago
        s.execute(text("UPDATE visit SET arrived_at = '2022-11-01 10:00:00.000000'"))
        s.execute(
            text(
                "UPDATE resident SET created_at = '2022-11-01 10:00:00.000000', "
                "updated_at = '2022-11-01 10:00:00.000000', "
                "last_visit_at = '2022-11-01 10:00:00.000000'"
            )
        )
    db.dispose()
    code, out, _ = run(capsys, desk, "purge", "--dry-run")
    assert code == 0
    assert out.splitlines()[0].startswith("CN01: 2 residents would be anonymised (kept 3 years")
    code, out, _ = run(capsys, desk, "purge")
    assert out.splitlines()[0].startswith("CN01: 2 residents anonymised")
    assert out.splitlines()[-1] == "Audit rows are never deleted."
    code, out, _ = run(capsys, desk, "purge")
    assert out.splitlines()[0].startswith("CN01: 0 residents anonymised")
    assert run(capsys, desk, "verify")[0] == 0


def test_the_report_prints_the_chain_head_under_the_signatures(
    desk: str, passwords: Passwords
) -> None:
    services = create_services(Database(desk), FixedClock(NOW), passwords)
    try:
        admin = services.staff.sign_in("wang.admin", "Desk-2024-admin")
        comparison = services.stats.compare(admin, Period.day(date(2026, 11, 20)))
        head = head_text(chain_head(services.db))
    finally:
        services.db.dispose()
    assert head.startswith("#") and head.endswith("…") and len(head.split()[1]) == 17
    printed = datetime(2026, 11, 20, 17, 30)
    with_head = render_report(comparison, _same, printed_at=printed, chain_head=head)
    without = render_report(comparison, _same, printed_at=printed)
    text_with = "".join(p.extract_text() for p in PdfReader(BytesIO(with_head)).pages)
    text_without = "".join(p.extract_text() for p in PdfReader(BytesIO(without)).pages)
    assert f"审计链：{head}".replace(" ", "") in text_with.replace(" ", "")
    assert "审计链" not in text_without
