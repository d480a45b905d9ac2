"""What the crash trials check in the file after each kill (read with plain sqlite3).

Acknowledged writes must be there exactly as acknowledged; every row, acknowledged or not,
must be whole: a write is either all there (with its audit row) or not there at all.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

_RUNNING = re.compile(r"-B?(\d{4})-(\d+)$")
_ACTIVE = "('pending', 'confirmed', 'checked_in')"


class Acknowledged:
    """Every write a child acknowledged, by kind; sign-outs by visit id."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
        self.signed_out: set[int] = set()

    def add(self, record: dict[str, Any]) -> None:
        if record["kind"] == "sign_out":
            self.signed_out.add(record["id"])
        else:
            self.rows[record["kind"]][record["id"]] = record

    def counts(self) -> dict[str, int]:
        return {
            **{k: len(v) for k, v in sorted(self.rows.items())},
            "sign_out": len(self.signed_out),
        }

    def total(self) -> int:
        return sum(self.counts().values())


@dataclass
class FileReport:
    integrity_ok: bool = False
    lost: int = 0
    changed: int = 0
    half_written: int = 0
    problems: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    unacknowledged: dict[str, int] = field(default_factory=dict)

    def lose(self, what: str) -> None:
        self.lost += 1
        self.problems.append(f"lost: {what}")

    def change(self, what: str) -> None:
        self.changed += 1
        self.problems.append(f"changed: {what}")

    def half(self, what: str, ids: list[Any]) -> None:
        if ids:
            self.half_written += len(ids)
            self.problems.append(f"half-written: {what}: {ids[:10]}")


def _when(text: str | None) -> str | None:
    return datetime.fromisoformat(text).isoformat() if text else None


def check_file(path: Path, acked: Acknowledged) -> FileReport:
    """Open the file as the next start would, and check it row by row."""
    report = FileReport()
    conn = sqlite3.connect(path)
    try:
        verdict = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        report.integrity_ok = verdict == ["ok"]
        if not report.integrity_ok:
            report.problems.append(f"integrity_check: {verdict[:5]}")
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            report.problems.append(f"foreign_key_check: {broken[:5]}")
        _check_acknowledged(conn, acked, report)
        _check_whole(conn, report)
    finally:
        conn.close()
    return report


def _check_acknowledged(conn: sqlite3.Connection, acked: Acknowledged, report: FileReport) -> None:
    q = conn.execute
    visits = {
        r[0]: r[1:]
        for r in q(
            "SELECT v.id, v.resident_id, r.name, v.note, v.party_size, v.left_at"
            " FROM visit v JOIN resident r ON r.id = v.resident_id"
        )
    }
    purposes: dict[int, list[str]] = defaultdict(list)
    for visit_id, purpose in q("SELECT visit_id, purpose FROM visit_purpose"):
        purposes[visit_id].append(purpose)
    cases = {
        r[0]: r[1:] for r in q("SELECT id, number, resident_id, status, note FROM service_case")
    }
    bookings = {
        r[0]: r[1:]
        for r in q(
            "SELECT id, number, room_id, seat, starts_at, ends_at, organisation, status"
            " FROM booking"
        )
    }
    for vid, a in acked.rows["visit"].items():
        row = visits.get(vid)
        if row is None:
            report.lose(f"visit {vid}")
        elif (*row[:4], sorted(purposes[vid])) != (
            a["resident"],
            a["name"],
            a["note"],
            a["party"],
            a["purposes"],
        ):
            report.change(f"visit {vid}: {row} != {a}")
    for vid in acked.signed_out:
        if vid in visits and visits[vid][4] is None:
            report.change(f"visit {vid} was signed out, the file says still in the hall")
        elif vid not in visits:
            report.lose(f"signed-out visit {vid}")
    for cid, a in acked.rows["case"].items():
        row = cases.get(cid)
        if row is None:
            report.lose(f"case {cid} {a['number']}")
        elif row != (a["number"], a["resident"], a["status"], a["note"]):
            report.change(f"case {cid}: {row} != {a}")
    for bid, a in acked.rows["booking"].items():
        row = bookings.get(bid)
        expected = (a["number"], a["room"], a["seat"], a["start"], a["end"], a["organisation"])
        if row is None:
            report.lose(f"booking {bid} {a['number']}")
        elif (*row[:3], _when(row[3]), _when(row[4]), row[5]) != expected or row[6] != (
            "confirmed"
        ):
            report.change(f"booking {bid}: {row} != {a}")
    report.rows = {"visit": len(visits), "case": len(cases), "booking": len(bookings)}
    report.unacknowledged = {
        kind: len(set(found) - set(acked.rows[kind]))
        for kind, found in (("visit", visits), ("case", cases), ("booking", bookings))
    }


def _ids(conn: sqlite3.Connection, sql: str) -> list[Any]:
    return [r[0] for r in conn.execute(sql)]


def _overlaps(conn: sqlite3.Connection) -> list[str]:
    """Active bookings of one room and seat whose times overlap, found in one sorted pass."""
    spans: dict[tuple[int, int], list[tuple[str, str, str]]] = defaultdict(list)
    for room, seat, start, end, number in conn.execute(
        f"SELECT room_id, seat, starts_at, ends_at, number FROM booking WHERE status IN {_ACTIVE}"
    ):
        spans[(room, seat)].append((start, end, number))
    clashes = []
    for rows in spans.values():
        rows.sort()
        latest_end, latest = "", ""
        for start, end, number in rows:
            if start < latest_end:
                clashes.append(f"{latest} / {number}")
            if end > latest_end:
                latest_end, latest = end, number
    return clashes


def _check_whole(conn: sqlite3.Connection, report: FileReport) -> None:
    half = report.half
    audited = set(conn.execute("SELECT entity, action, entity_id FROM audit_entry"))

    def unaudited(entity: str, action: str, keys: list[Any]) -> list[Any]:
        return [k for k in keys if (entity, action, str(k)) not in audited]

    visits = conn.execute("SELECT id, left_at FROM visit").fetchall()
    with_purpose = set(_ids(conn, "SELECT DISTINCT visit_id FROM visit_purpose"))
    half("visit without purposes", [v for v, _ in visits if v not in with_purpose])
    half("visit without its audit row", unaudited("visit", "register", [v for v, _ in visits]))
    signed_out = [v for v, left in visits if left is not None]
    half("sign-out without its audit row", unaudited("visit", "sign_out", signed_out))
    residents = _ids(conn, "SELECT id FROM resident")
    used = set(
        _ids(conn, "SELECT resident_id FROM visit UNION SELECT resident_id FROM service_case")
    )
    half("resident with no visit or case", [r for r in residents if r not in used])
    half("resident without its audit row", unaudited("resident", "create", residents))
    cases = conn.execute("SELECT id, number FROM service_case").fetchall()
    opened = set(_ids(conn, "SELECT case_id FROM case_event WHERE from_status IS NULL"))
    half("case without its first case event", [n for c, n in cases if c not in opened])
    half("case without its audit row", unaudited("case", "accept", [n for _, n in cases]))
    bookings = _ids(conn, "SELECT number FROM booking")
    half("booking without its audit row", unaudited("booking", "book", bookings))
    half(
        "booking whose seat does not fit its room",
        _ids(
            conn,
            "SELECT b.number FROM booking b"
            " JOIN room r ON r.id = b.room_id WHERE (r.seats = 0 AND b.seat != 0)"
            " OR (r.seats > 0 AND (b.seat < 1 OR b.seat > r.seats))",
        ),
    )
    half("overlapping active bookings", _overlaps(conn))
    for table, counter in (("service_case", "case_counter"), ("booking", "booking_counter")):
        highest: dict[tuple[int, int], int] = {}
        for site_id, number in conn.execute(f"SELECT site_id, number FROM {table}"):
            m = _RUNNING.search(number)
            assert m is not None, number
            key = (site_id, int(m.group(1)))
            highest[key] = max(highest.get(key, 0), int(m.group(2)))
        counters = {
            (s, y): n
            for s, y, n in conn.execute(f"SELECT site_id, year, last_number FROM {counter}")
        }
        half(
            f"{counter} behind the highest number",
            [(k, counters.get(k), n) for k, n in highest.items() if counters.get(k, 0) < n],
        )
