"""The audit trail is a hash chain: every change to its rows shows, and writers never fork it."""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, insert, select, text, update

from hall_desk.db.database import Database
from hall_desk.db.migrate import alembic_config, upgrade_to_head
from hall_desk.db.models import AuditChainHead, AuditEntry
from hall_desk.services import Services, audit
from hall_desk.services.audit_seal import ZERO_HASH, entry_hash
from hall_desk.services.safety.audit_chain import chain_head, head_text, verify
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from tests.conftest import NOW
from tests.trials.tamper_trials import TAMPERS, build_base, run_trials


def _visit(services: Services, who: StaffSession, name: str = "张三") -> int:
    return services.visits.register_visit(who, VisitForm(name=name, purposes=("errand",))).id


def _rows(db: Database) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def _write(db: Database, statement: object) -> None:
    with db.write() as s:
        s.execute(statement)  # type: ignore[call-overload]


def test_rows_written_by_services_form_one_chain(services: Services, clerk: StaffSession) -> None:
    for name in ("张三", "李四", "王五"):
        services.visits.sign_out(clerk, _visit(services, clerk, name))
    rows = _rows(services.db)
    assert len(rows) > 8
    assert rows[0].prev_hash == ZERO_HASH
    for before, row in itertools.pairwise(rows):
        assert row.prev_hash == before.row_hash
    result = verify(services.db)
    assert result.ok and result.integrity == "ok" and result.first_broken_id is None
    assert result.rows_checked == len(rows)
    assert chain_head(services.db) == (rows[-1].id, rows[-1].row_hash) == result.head
    assert head_text(chain_head(services.db)) == f"#{rows[-1].id} {rows[-1].row_hash[:16]}…"


def test_the_documented_hash_can_be_recomputed_by_hand(services: Services, admin) -> None:
    row = _rows(services.db)[-1]
    content = {
        "id": row.id,
        "site_id": row.site_id,
        "staff_id": row.staff_id,
        "at": row.at.strftime("%Y-%m-%dT%H:%M:%S.%f"),
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "detail": row.detail,
    }
    blob = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert hashlib.sha256((row.prev_hash + blob).encode()).hexdigest() == row.row_hash


def test_a_rolled_back_change_leaves_no_row_and_the_chain_intact(
    services: Services, clerk: StaffSession
) -> None:
    before = chain_head(services.db)
    with pytest.raises(RuntimeError), services.db.write() as s:
        audit.record(s, at=NOW, actor=clerk, action="x", entity="test")
        raise RuntimeError("the change failed")
    assert chain_head(services.db) == before
    _visit(services, clerk)
    assert verify(services.db).ok


def test_a_rolled_back_savepoint_drops_only_the_rows_recorded_inside(db: Database) -> None:
    with db.write() as s:
        audit.record(s, at=NOW, actor=None, action="kept", entity="test")
        with pytest.raises(RuntimeError), s.begin_nested():
            audit.record(s, at=NOW, actor=None, action="dropped", entity="test")
            raise RuntimeError
        with s.begin_nested():
            audit.record(s, at=NOW, actor=None, action="released", entity="test")
    assert [r.action for r in _rows(db)] == ["kept", "released"]
    assert verify(db).ok


def test_several_records_in_one_transaction_chain_in_order(db: Database) -> None:
    with db.write() as s:
        for n in range(5):
            audit.record(s, at=NOW, actor=None, action=f"a{n}", entity="test", n=n)
    rows = _rows(db)
    assert [r.action for r in rows] == [f"a{n}" for n in range(5)]
    assert verify(db).ok and chain_head(db)[0] == rows[-1].id


def test_writers_at_once_never_chain_onto_the_same_row(db: Database) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def writer(n: int) -> None:
        try:
            start.wait()
            for i in range(15):
                with db.write() as s:
                    audit.record(s, at=NOW, actor=None, action="w", entity="thread", n=n, i=i)
                    if i % 3 == 0:
                        audit.record(s, at=NOW, actor=None, action="w2", entity="thread", n=n)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    result = verify(db)
    assert result.ok, result.reason
    assert result.rows_checked == 4 * (15 + 5)


# -- what verify says about each kind of change ----------------------------------------------


@pytest.fixture
def chained(services: Services, clerk: StaffSession) -> list[AuditEntry]:
    for name in ("张三", "李四", "王五", "赵六"):
        _visit(services, clerk, name)
    return _rows(services.db)


def test_changed_content_names_the_row(services: Services, chained: list[AuditEntry]) -> None:
    target = chained[3]
    _write(services.db, update(AuditEntry).where(AuditEntry.id == target.id).values(action="x"))
    result = verify(services.db)
    assert not result.ok and result.first_broken_id == target.id
    assert "changed" in result.reason and f"#{target.id}" in result.reason
    assert result.integrity == "ok"


def test_a_row_deleted_in_the_middle_breaks_the_next_link(
    services: Services, chained: list[AuditEntry]
) -> None:
    gone, after = chained[2], chained[3]
    _write(services.db, delete(AuditEntry).where(AuditEntry.id == gone.id))
    result = verify(services.db)
    assert result.first_broken_id == after.id
    assert "does not link" in result.reason


def test_rows_cut_off_the_end_are_missing_after_the_last(
    services: Services, chained: list[AuditEntry]
) -> None:
    _write(services.db, delete(AuditEntry).where(AuditEntry.id >= chained[-2].id))
    result = verify(services.db)
    assert not result.ok and result.first_broken_id == chained[-1].id
    assert result.reason == (
        f"Audit rows after #{chained[-3].id} are missing: the chain head names row "
        f"#{chained[-1].id}."
    )


def test_removing_the_first_row_shows(services: Services, chained: list[AuditEntry]) -> None:
    _write(services.db, delete(AuditEntry).where(AuditEntry.id == chained[0].id))
    result = verify(services.db)
    assert result.first_broken_id == chained[1].id and "first row" in result.reason


def test_a_row_appended_outside_the_program_shows(
    services: Services, chained: list[AuditEntry]
) -> None:
    last = chained[-1]
    forged = AuditEntry(id=last.id + 1, site_id=last.site_id, staff_id=None, at=NOW,
                        action="x", entity="y", entity_id="1", detail="{}")  # fmt: skip
    row_hash = entry_hash(last.row_hash, forged)
    _write(
        services.db,
        insert(AuditEntry).values(id=forged.id, site_id=forged.site_id, at=NOW, action="x",
                                  entity="y", entity_id="1", detail="{}",
                                  prev_hash=last.row_hash, row_hash=row_hash),
    )  # fmt: skip
    result = verify(services.db)
    assert result.first_broken_id == forged.id and "outside Hall Desk" in result.reason


def test_a_changed_or_missing_head_shows_and_writing_goes_on(
    services: Services, clerk: StaffSession, chained: list[AuditEntry]
) -> None:
    _write(services.db, update(AuditChainHead).values(last_hash="f" * 64))
    assert "head does not match" in verify(services.db).reason
    _write(services.db, delete(AuditChainHead))
    result = verify(services.db)
    assert not result.ok and "head is missing" in result.reason
    # The desk keeps working: the head is rebuilt from the last row on the next change.
    _visit(services, clerk)
    assert verify(services.db).ok


def test_an_unreadable_time_counts_as_a_change(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    try:
        with db.write() as s:
            audit.record(s, at=NOW, actor=None, action="a", entity="b")
        with db.write() as s:
            s.execute(text("UPDATE audit_entry SET at = 'yesterday'"))
        result = verify(db)
        assert result.first_broken_id == 1 and "changed" in result.reason
    finally:
        db.dispose()


def test_a_damaged_file_fails_the_integrity_check(tmp_path: Path, sqlite_url: str) -> None:
    db = Database(sqlite_url)
    with db.write() as s:
        for n in range(400):
            audit.record(s, at=NOW, actor=None, action="a", entity="b", pad="x" * 200, n=n)
    path = db.sqlite_path
    db.dispose()
    assert path is not None
    data = bytearray(path.read_bytes())
    for offset in range(len(data) // 2, len(data) // 2 + 4096):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    broken = Database(sqlite_url)
    try:
        result = verify(broken)
    finally:
        broken.dispose()
    assert not result.ok
    assert result.integrity != "ok" or result.message is not None


# -- migration 0004 -------------------------------------------------------------------------


def test_migration_chains_rows_written_before_it(db: Database) -> None:
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        for n in range(30):
            conn.execute(
                insert(AuditEntry.__table__).values(
                    at=datetime(2026, 1, 2, 3, 4, 5, n), action="old", entity="thing",
                    entity_id=str(n), detail=json.dumps({"名": n}, ensure_ascii=False),
                )
            )  # fmt: skip
    upgrade_to_head(db)
    assert verify(db).ok and chain_head(db)[0] == 30
    with db.write() as s:
        audit.record(s, at=NOW, actor=None, action="new", entity="thing")
    result = verify(db)
    assert result.ok and result.rows_checked == 31


# -- the tamper trials, a few of them ---------------------------------------------------------


def test_every_kind_of_tampering_is_detected(db_url: str) -> None:
    rows = build_base(db_url, visits=30)
    assert rows > 60
    figures = run_trials(db_url, trials=54, seed=7, controls=3)
    assert figures["false_alarms"] == 0
    assert figures["detected"] == figures["trials"] == 54, figures["by_kind"]
    assert set(figures["by_kind"]) == set(TAMPERS)
    assert all(k["trials"] >= 3 for k in figures["by_kind"].values())
