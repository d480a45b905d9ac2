"""Tamper trials: every edit, deletion, insertion or reordering of audit rows is detected.

A database is filled through the real services (visits, sign-outs, cases, bookings, looks at
full ID numbers), giving a few hundred audit rows. Each trial starts from a fresh copy of it
(SQLite: a copy of the file; PostgreSQL: a transaction rolled back afterwards), makes one
random change the way someone with the database open in another tool would (knowing the
hashing, so forged rows may carry a correct hash of their own), and runs ``verify``. A few
untouched copies are checked too, to show there are no false alarms. The one change not tried
is rebuilding the chain to the end and the head row with it: only the head printed on the
daily report can reveal that, which is why it is printed.

    python -m tests.trials.tamper_trials --trials 1000 [--db URL] [--seed N]

writes ``benchmarks/results/tamper_trials.json`` (``tamper_trials_postgresql.json`` on
PostgreSQL). ``--db`` names an empty PostgreSQL (or SQLite) database to build in; without it
a SQLite file in a temporary folder is used.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, delete, insert, select, update
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import AuditChainHead, AuditEntry
from hall_desk.domain.bookings import BookerKind
from hall_desk.domain.errors import DomainError
from hall_desk.services.audit_seal import canonical_content, chain_hash
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.cases.case_intake import IntakeForm
from hall_desk.services.catalogue import ItemForm
from hall_desk.services.safety.audit_chain import VerifyResult, verify, verify_session
from hall_desk.services.visitors.visits import VisitForm
from tests.trials.common import NOW, RESULTS, copy_sqlite, make_id, migrated, open_services, set_up

OUT = RESULTS / "tamper_trials.json"
ENTRY = AuditEntry.__table__
HEAD = AuditChainHead.__table__
CONTENT = ("site_id", "staff_id", "at", "action", "entity", "entity_id", "detail")
NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞", "郑丽")


# -- the database the trials start from ------------------------------------------------------


def build_base(url: str, *, seed: int = 2026, visits: int = 140) -> int:
    """Fill an empty, migrated database through the services; the number of audit rows."""
    rng = random.Random(seed)
    services = open_services(migrated(url))
    clock = services.clock
    try:
        admin, clerk = set_up(services)
        item = services.catalogue.add_item(
            admin, ItemForm("TS001", "测试事项", "民政办", "civil", ["身份证"], 5, False, "general")
        )
        rooms = [r for r in services.rooms.rooms(clerk) if not r.by_seat and r.active][:4]
        in_hall: list[int] = []
        residents: list[int] = []
        for n in range(visits):
            clock.advance(minutes=rng.randint(2, 40))  # type: ignore[attr-defined]
            form = VisitForm(
                name=rng.choice(NAMES),
                id_number=make_id(seq=n) if rng.random() < 0.6 else "",
                purposes=(rng.choice(("errand", "consultation", "activity")),),
                note=rng.choice(("", "", "带孙子来", "咨询医保")),
            )
            visit = services.visits.register_visit(clerk, form)
            in_hall.append(visit.id)
            residents.append(visit.resident_id)
            if rng.random() < 0.5 and in_hall:
                services.visits.sign_out(clerk, in_hall.pop(rng.randrange(len(in_hall))))
            if n % 5 == 0:
                services.cases.accept_case(
                    clerk,
                    IntakeForm(
                        item.id,
                        rng.choice(NAMES),
                        make_id(seq=500 + n),
                        documents_received=["身份证"],
                    ),
                )
            if n % 4 == 0:
                day = NOW.date() + timedelta(days=3 + n // 4)
                start = datetime(day.year, day.month, day.day, 9 + rng.randint(0, 6))
                with contextlib.suppress(DomainError):  # a holiday, a closed day, a clash
                    services.bookings.book(
                        clerk,
                        BookingForm(
                            room_id=rng.choice(rooms).id,
                            starts_at=start,
                            ends_at=start + timedelta(hours=1),
                            booker_kind=BookerKind.PARTNER.value,
                            organisation="城南小学",
                            purpose="读书会",
                            attendees=8,
                            contact_name="赵老师",
                            contact_phone="13812345678",
                        ),
                    )
            if n % 15 == 0:
                services.residents.reveal(admin, rng.choice(residents), "phone")
        with services.db.read() as s:
            return len(s.scalars(select(ENTRY.c.id)).all())
    finally:
        services.db.dispose()


# -- the changes -------------------------------------------------------------------------------


def _ids(conn: Connection) -> list[int]:
    return list(conn.scalars(select(ENTRY.c.id).order_by(ENTRY.c.id)))


def _row(conn: Connection, row_id: int) -> dict[str, Any]:
    return dict(conn.execute(select(ENTRY).where(ENTRY.c.id == row_id)).mappings().one())


def _hash_of(prev: str, row: dict[str, Any]) -> str:
    return chain_hash(prev, canonical_content(*(row[c] for c in ("id", *CONTENT))))


def _set(conn: Connection, row_id: int, **values: Any) -> None:
    conn.execute(update(ENTRY).where(ENTRY.c.id == row_id).values(**values))


def _changed(column: str, value: Any, rng: random.Random, staff: list[int]) -> Any:
    """A different value for ``column`` that a forger might write."""
    if column == "action":
        return rng.choice([a for a in ("register", "sign_out", "reveal", "delete") if a != value])
    if column == "entity_id":
        return str(int(value) + rng.randint(1, 9)) if value.isdigit() else value + "1"
    if column == "detail":
        data = json.loads(value) or {}
        key = rng.choice([*data, "note"])
        data[key] = f"{data.get(key)}改"
        return json.dumps(data, ensure_ascii=False, sort_keys=True)
    if column == "at":
        return value + timedelta(minutes=rng.choice((-1, 1)) * rng.randint(1, 600))
    if column == "staff_id":
        return rng.choice([v for v in (None, *staff) if v != value])
    raise ValueError(column)


def edit(column: str) -> Callable[[Connection, random.Random], None]:
    def change(conn: Connection, rng: random.Random) -> None:
        for _ in range(50):
            row_id = rng.choice(_ids(conn))
            old = _row(conn, row_id)[column]
            new = _changed(column, old, rng, [1, 2])  # the administrator and the clerk
            if new != old:
                _set(conn, row_id, **{column: new})
                return
        raise RuntimeError(f"no row to change {column}")

    return change


def delete_at(where: str) -> Callable[[Connection, random.Random], None]:
    def change(conn: Connection, rng: random.Random) -> None:
        ids = _ids(conn)
        row_id = {"first": ids[0], "last": ids[-1]}.get(where) or rng.choice(ids[1:-1])
        conn.execute(delete(ENTRY).where(ENTRY.c.id == row_id))

    return change


def _forged(conn: Connection, row_id: int, rng: random.Random) -> dict[str, Any]:
    model = _row(conn, rng.choice(_ids(conn)))
    return {**model, "id": row_id, "action": "reveal", "entity": "resident",
            "entity_id": str(rng.randint(1, 200)), "detail": '{"field": "id_number"}'}  # fmt: skip


def insert_end(rehash: bool) -> Callable[[Connection, random.Random], None]:
    """A row added after the last one: with its own correct hash, or a made-up one."""

    def change(conn: Connection, rng: random.Random) -> None:
        last = _row(conn, _ids(conn)[-1])
        row = _forged(conn, last["id"] + 1, rng)
        row["prev_hash"] = last["row_hash"]
        row["row_hash"] = (
            _hash_of(last["row_hash"], row) if rehash else f"{rng.getrandbits(256):064x}"
        )
        conn.execute(insert(ENTRY).values(**row))

    return change


def insert_middle(rehash: bool) -> Callable[[Connection, random.Random], None]:
    """Rows after a point renumbered up by one, and a forged row put in the gap."""

    def change(conn: Connection, rng: random.Random) -> None:
        ids = _ids(conn)
        before = _row(conn, rng.choice(ids[:-1]))
        # Two steps, so no id is ever taken twice on the way.
        conn.execute(update(ENTRY).where(ENTRY.c.id > before["id"]).values(id=-(ENTRY.c.id + 1)))
        conn.execute(update(ENTRY).where(ENTRY.c.id < 0).values(id=-ENTRY.c.id))
        row = _forged(conn, before["id"] + 1, rng)
        row["prev_hash"] = before["row_hash"]
        row["row_hash"] = (
            _hash_of(before["row_hash"], row) if rehash else f"{rng.getrandbits(256):064x}"
        )
        conn.execute(insert(ENTRY).values(**row))

    return change


def replace_rehashed(conn: Connection, rng: random.Random) -> None:
    """A row rewritten with a hash recomputed for its new content."""
    row = _row(conn, rng.choice(_ids(conn)))
    row["action"] = "delete" if row["action"] != "delete" else "register"
    _set(conn, row["id"], action=row["action"], row_hash=_hash_of(row["prev_hash"], row))


def rehash_tail(conn: Connection, rng: random.Random) -> None:
    """A row changed and the chain rebuilt from there to the end, the head left alone."""
    ids = _ids(conn)
    start = rng.randrange(len(ids))
    prev = _row(conn, ids[start - 1])["row_hash"] if start else "0" * 64
    for n, row_id in enumerate(ids[start:]):
        row = _row(conn, row_id)
        if n == 0:
            row["detail"] = '{"forged": true}'
        row["prev_hash"], row["row_hash"] = prev, _hash_of(prev, row)
        _set(conn, row_id, detail=row["detail"], prev_hash=prev, row_hash=row["row_hash"])
        prev = row["row_hash"]


def _content(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c] for c in CONTENT)


def swap(with_hashes: bool) -> Callable[[Connection, random.Random], None]:
    """Two rows trade places: their contents only, or their contents and hashes (a reorder)."""
    columns = CONTENT + (("prev_hash", "row_hash") if with_hashes else ())

    def change(conn: Connection, rng: random.Random) -> None:
        ids = _ids(conn)
        for _ in range(100):
            a, b = (_row(conn, i) for i in sorted(rng.sample(ids, 2)))
            if _content(a) != _content(b):
                _set(conn, a["id"], **{c: b[c] for c in columns})
                _set(conn, b["id"], **{c: a[c] for c in columns})
                return
        raise RuntimeError("no two different rows")

    return change


def truncate_tail(conn: Connection, rng: random.Random) -> None:
    ids = _ids(conn)
    cut = rng.randint(1, min(20, len(ids) - 1))
    conn.execute(delete(ENTRY).where(ENTRY.c.id >= ids[-cut]))


def delete_head(conn: Connection, rng: random.Random) -> None:
    conn.execute(delete(HEAD))


TAMPERS: dict[str, tuple[str, Callable[[Connection, random.Random], None]]] = {
    "edit_action": ("edit", edit("action")),
    "edit_entity_id": ("edit", edit("entity_id")),
    "edit_detail": ("edit", edit("detail")),
    "edit_at": ("edit", edit("at")),
    "edit_staff_id": ("edit", edit("staff_id")),
    "edit_and_rehash_row": ("edit", replace_rehashed),
    "edit_and_rehash_to_end": ("edit", rehash_tail),
    "delete_first": ("delete", delete_at("first")),
    "delete_middle": ("delete", delete_at("middle")),
    "delete_last": ("delete", delete_at("last")),
    "delete_head_row": ("delete", delete_head),
    "insert_end_forged_hash": ("insert", insert_end(rehash=False)),
    "insert_end_own_hash": ("insert", insert_end(rehash=True)),
    "insert_middle_forged_hash": ("insert", insert_middle(rehash=False)),
    "insert_middle_own_hash": ("insert", insert_middle(rehash=True)),
    "swap_contents": ("reorder", swap(with_hashes=False)),
    "swap_rows_with_hashes": ("reorder", swap(with_hashes=True)),
    "truncate_tail": ("truncate", truncate_tail),
}


# -- running them ------------------------------------------------------------------------------


@dataclass
class Tally:
    trials: Counter[str] = field(default_factory=Counter)
    detected: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def _trial_sqlite(
    base: Path, work: Path, tamper: Callable[..., None], rng: random.Random
) -> VerifyResult:
    copy = copy_sqlite(base, work / "trial.sqlite3")
    engine = create_engine(f"sqlite:///{copy}")
    try:
        with engine.begin() as conn:
            tamper(conn, rng)
    finally:
        engine.dispose()
    db = Database(f"sqlite:///{copy}")
    try:
        return verify(db)
    finally:
        db.dispose()


def _untouched(conn: Connection, rng: random.Random) -> None:
    """The control: a copy nobody changed."""


def _trial_in_transaction(
    url: str, tamper: Callable[..., None], rng: random.Random
) -> VerifyResult:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            outer = conn.begin()
            try:
                tamper(conn, rng)
                with Session(bind=conn) as s:
                    return verify_session(s, is_sqlite=conn.dialect.name == "sqlite")
            finally:
                outer.rollback()
    finally:
        engine.dispose()


def run_trials(url: str, trials: int, *, seed: int = 1, controls: int = 20) -> dict[str, Any]:
    """Run ``trials`` random tampers on copies of the built database at ``url``."""
    rng = random.Random(seed)
    db = Database(url)
    base_path = db.sqlite_path
    baseline = verify(db)
    db.dispose()
    if not baseline.ok:
        raise RuntimeError(f"the untouched database does not verify: {baseline.reason}")
    tally = Tally()
    false_alarms = 0
    kinds = sorted(TAMPERS)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tamper-") as tmp:
        for _ in range(controls):
            if base_path is not None:
                result = _trial_sqlite(base_path, Path(tmp), _untouched, rng)
            else:
                result = _trial_in_transaction(url, _untouched, rng)
            false_alarms += 0 if result.ok else 1
        # Every kind equally often, in a random order.
        order = [k for _ in range(-(-trials // len(kinds))) for k in rng.sample(kinds, len(kinds))]
        for kind in order[:trials]:
            tamper = TAMPERS[kind][1]
            if base_path is not None:
                result = _trial_sqlite(base_path, Path(tmp), tamper, rng)
            else:
                result = _trial_in_transaction(url, tamper, rng)
            tally.trials[kind] += 1
            if result.ok:
                tally.misses.append(kind)
            else:
                tally.detected[kind] += 1
                tally.reasons[result.message.template if result.message else result.integrity] += 1
    by_group: dict[str, dict[str, int]] = {}
    for kind, (group, _) in TAMPERS.items():
        entry = by_group.setdefault(group, {"trials": 0, "detected": 0})
        entry["trials"] += tally.trials[kind]
        entry["detected"] += tally.detected[kind]
    return {
        "database": Database(url).url.get_backend_name(),
        "audit_rows": baseline.rows_checked,
        "trials": trials,
        "detected": sum(tally.detected.values()),
        "missed": len(tally.misses),
        "by_kind": {k: {"trials": tally.trials[k], "detected": tally.detected[k]} for k in kinds},
        "by_group": by_group,
        "untouched_copies_checked": controls,
        "false_alarms": false_alarms,
        "reasons": dict(tally.reasons.most_common()),
        "seconds": round(time.perf_counter() - started, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.trials.tamper_trials")
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--db", metavar="URL", help="an empty database to build in")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help=f"default {OUT} (_postgresql for PostgreSQL)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tamper-base-") as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'base.sqlite3'}"
        rows = build_base(url)
        print(f"built {rows} audit rows in {Database(url).describe()}", file=sys.stderr)
        figures = run_trials(url, args.trials, seed=args.seed)
    shown = f"--trials {args.trials} --seed {args.seed}"
    if args.db:
        shown += f" --db {Database(args.db).describe()}"
    figures["command"] = f"python -m tests.trials.tamper_trials {shown}"
    figures["when"] = datetime.now().isoformat(timespec="seconds")
    out: Path = args.out or (
        OUT
        if figures["database"] == "sqlite"
        else OUT.with_name(f"tamper_trials_{figures['database']}.json")
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(
        f"tamper trials ({figures['database']}, {figures['audit_rows']} audit rows): "
        f"{figures['detected']}/{figures['trials']} detected, "
        f"{figures['false_alarms']} false alarms on {figures['untouched_copies_checked']} "
        f"untouched copies -> {out}"
    )
    return 0 if figures["missed"] == 0 and figures["false_alarms"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
