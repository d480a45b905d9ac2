"""Crash trials: kill -9 the write path at random moments; nothing acknowledged may be lost.

A child process opens the SQLite file and writes through the real services in a loop:
registering visits, accepting cases, booking a room or a study seat, signing visitors out. It
prints ``BEGIN <kind>`` before each write and ``ACK {json}`` right after the write's
transaction has committed, flushing stdout each time. The parent kills it with SIGKILL at a
random moment 0-1.5 s after it is ready (most kills land inside a write), then checks the file:

* ``PRAGMA integrity_check`` is ``ok`` and ``PRAGMA foreign_key_check`` finds nothing;
* every acknowledged write is there exactly as acknowledged (0 lost, 0 changed);
* nothing is half-written: every visit has its purposes and its audit row, every case its first
  case event and audit row, every booking a seat that fits its room, no overlap and its audit
  row, every resident a visit or case, and the case and booking counters are never behind the
  highest number handed out;
* ``hall-desk verify``'s check of the whole audit hash chain passes.

``killed_inside_a_write`` counts kills that came between a ``BEGIN`` and its ``ACK`` (from the
start of the service call to the line after the commit); ``committed_unacknowledged`` counts the
writes that had committed when the kill came before their ``ACK`` - allowed, and checked whole.

All trials accumulate on ONE file: each child starts from whatever the previous kill left (a hot
WAL included), so the next start after a crash is exercised every time.

    python -m tests.trials.crash_trials [--trials 200] [--max-delay 1.5] [--db sqlite:///FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import DomainError
from hall_desk.services import Services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.cases.case_intake import IntakeForm
from hall_desk.services.catalogue import ItemForm
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from tests.trials.common import (
    NOW,
    REPO,
    RESULTS,
    audit_chain,
    migrated,
    open_services,
    set_up,
    sign_in_clerk,
    sqlite_url,
    write_figures,
)
from tests.trials.crash_checks import Acknowledged, check_file

ITEM_CODE = "CT001"
CHILD_SECONDS = 20.0  # a child that was somehow never killed stops by itself
KINDS = ("visit", "visit", "case", "case", "booking", "booking", "sign_out")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
PURPOSES = ("errand", "consultation", "reading", "study", "activity", "rest")


# -- the child: writes until it is killed ----------------------------------------------------
def _emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class _Writer:
    """One desk writing in a loop; every method returns what it acknowledges."""

    def __init__(self, services: Services, actor: StaffSession, rng: random.Random) -> None:
        self.s, self.actor, self.rng = services, actor, rng
        self.today = services.clock.today()
        self.item_id = next(i.id for i in services.catalogue.items(actor) if i.code == ITEM_CODE)
        self.rooms = {r.spec.code: r.id for r in services.rooms.rooms(actor)}
        self.in_hall: list[int] = []
        self.room_slot = 0
        self.seat_slot = 0

    def _name(self) -> str:
        given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.randint(1, 2)))
        return self.rng.choice(SURNAMES) + given

    def _phone(self) -> str:
        return f"13{self.rng.randint(0, 9)}{self.rng.randint(0, 99_999_999):08d}"

    def visit(self, i: int) -> dict[str, Any]:
        purposes = sorted(self.rng.sample(PURPOSES, self.rng.randint(1, 3)))
        form = VisitForm(
            name=self._name(),
            phone=self._phone(),
            purposes=purposes,
            party_size=self.rng.randint(1, 4),
            note=f"第{i}笔 {self.rng.random():.6f}",
        )
        rec = self.s.visits.register_visit(self.actor, form)
        self.in_hall.append(rec.id)
        return {
            "kind": "visit",
            "id": rec.id,
            "resident": rec.resident_id,
            "name": rec.name,
            "note": rec.note,
            "party": rec.party_size,
            "purposes": purposes,
        }

    def case(self, i: int) -> dict[str, Any]:
        form = IntakeForm(
            item_id=self.item_id, name=self._name(), phone=self._phone(), note=f"办件{i}"
        )
        rec = self.s.cases.accept_case(self.actor, form)
        return {
            "kind": "case",
            "id": rec.id,
            "number": rec.number,
            "resident": rec.resident_id,
            "status": rec.status.value,
            "note": f"办件{i}",
        }

    def booking(self, i: int) -> dict[str, Any]:
        if self.rng.random() < 0.5:  # the reading room, booked whole, a quarter hour each
            k = self.room_slot
            self.room_slot += 1
            start = datetime.combine(self.today + timedelta(days=1 + k // 32), datetime.min.time())
            start += timedelta(hours=9, minutes=15 * (k % 32))
            room, end = self.rooms["YL01"], start + timedelta(minutes=15)
        else:  # any free seat of the study room, four desks per hour
            k = self.seat_slot
            self.seat_slot += 1
            start = datetime.combine(self.today + timedelta(days=1), datetime.min.time())
            start += timedelta(hours=k // 4)
            room, end = self.rooms["ZX01"], start + timedelta(hours=1)
        form = BookingForm(
            room_id=room,
            starts_at=start,
            ends_at=end,
            booker_kind="partner",
            organisation=f"共建单位{i}",
            purpose="读书会",
            attendees=1,
            contact_name="赵老师",
            contact_phone="13812345678",
        )
        info = self.s.bookings.book(self.actor, form)
        return {
            "kind": "booking",
            "id": info.id,
            "number": info.number,
            "room": room,
            "seat": info.seat,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "organisation": f"共建单位{i}",
        }

    def sign_out(self, i: int) -> dict[str, Any]:
        if not self.in_hall:
            return self.visit(i)
        visit_id = self.in_hall.pop(self.rng.randrange(len(self.in_hall)))
        self.s.visits.sign_out(self.actor, visit_id)
        return {"kind": "sign_out", "id": visit_id}


def child(url: str, trial: int, seed: int) -> int:
    services = open_services(url, FixedClock(NOW + timedelta(days=trial)))
    writer = _Writer(services, sign_in_clerk(services), random.Random(seed))
    _emit("READY")
    deadline = time.monotonic() + CHILD_SECONDS
    i = 0
    while time.monotonic() < deadline:
        i += 1
        kind = writer.rng.choice(KINDS)
        _emit(f"BEGIN {kind}")
        try:
            record = getattr(writer, kind)(i)
        except DomainError as exc:  # a taken slot or a holiday: refused, nothing written
            _emit(f"REFUSED {kind} {type(exc).__name__}")
            continue
        _emit("ACK " + json.dumps(record, ensure_ascii=False))
    return 0


# -- the parent: start, kill, check ----------------------------------------------------------
def _prepare(url: str) -> None:
    services = open_services(url)
    try:
        if services.staff.needs_setup():
            admin, _clerk = set_up(services)
            services.catalogue.add_item(
                admin, ItemForm(ITEM_CODE, "居住证明", "社区居委会", "general", [], 3, True)
            )
            services.rooms.rooms(admin)  # the shipped room list
    finally:
        services.db.dispose()


def _reopen_and_write(url: str) -> bool:
    """The desk starts again on the file the last kill left and registers a visit."""
    services = open_services(url, FixedClock(NOW + timedelta(days=400)))
    try:
        actor = sign_in_clerk(services)
        form = VisitForm(name="复查", phone="13800000000", purposes=("errand",))
        return services.visits.register_visit(actor, form).id > 0
    finally:
        services.db.dispose()


def _run_child(url: str, trial: int, seed: int, delay: float) -> tuple[list[str], int, str]:
    """Start a child, kill it ``delay`` seconds after it is ready; its stdout lines."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.trials.crash_trials",
            "--child",
            url,
            "--trial",
            str(trial),
            "--seed",
            str(seed),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdout is not None and proc.stderr is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.endswith("\n"):
                lines.append(line.rstrip("\n"))
                if line.startswith("READY"):
                    ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if ready.wait(timeout=120):
        time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(timeout=30)
    return lines, proc.returncode, proc.stderr.read()[-2000:]


def run(trials: int, max_delay: float, url: str | None, seed: int, results: Path) -> int:
    work = Path(tempfile.mkdtemp(prefix="hd-crash-"))
    url = url or migrated(sqlite_url(work / "crash.sqlite3"))
    _prepare(url)
    path = Path(url.removeprefix("sqlite:///"))
    rng = random.Random(seed)
    acked = Acknowledged()
    figures: dict[str, Any] = {
        "trials": 0,
        "kills": 0,
        "killed_inside_a_write": 0,
        "refused_writes": 0,
        "child_failures": [],
        "integrity_ok": 0,
        "audit_chain_ok": 0,
        "problems": [],
    }
    began = time.monotonic()
    for trial in range(trials):
        delay = rng.uniform(0.0, max_delay)
        lines, code, stderr = _run_child(url, trial, rng.randrange(2**31), delay)
        figures["trials"] += 1
        figures["kills"] += code == -signal.SIGKILL
        if code != -signal.SIGKILL or not any(line == "READY" for line in lines):
            figures["child_failures"].append({"trial": trial, "code": code, "stderr": stderr})
        writes = [line for line in lines if line.startswith(("BEGIN", "ACK", "REFUSED"))]
        figures["killed_inside_a_write"] += bool(writes) and writes[-1].startswith("BEGIN")
        figures["refused_writes"] += sum(line.startswith("REFUSED") for line in lines)
        for line in lines:
            if line.startswith("ACK "):
                acked.add(json.loads(line[4:]))
        report = check_file(path, acked)
        figures["integrity_ok"] += report.integrity_ok
        chain = audit_chain(url)
        figures["audit_chain_ok"] += chain["ok"] is True
        if chain["ok"] is False:
            report.problems.append(f"audit chain: {chain}")
        if (trial + 1) % 25 == 0:
            print(f"  {trial + 1} trials, {acked.total()} acknowledged", file=sys.stderr)
        if report.problems:
            figures["problems"].append(
                {"trial": trial, "delay": round(delay, 3), "problems": report.problems[:20]}
            )
    final = check_file(path, acked)
    figures["reopened_and_wrote_after_last_kill"] = _reopen_and_write(url)
    figures.update(
        database=str(path),
        same_file_for_every_trial=True,
        max_delay_seconds=max_delay,
        seconds=round(time.monotonic() - began, 1),
        acknowledged=acked.counts(),
        acknowledged_rows=acked.total(),
        committed_unacknowledged=final.unacknowledged,
        rows_in_file=final.rows,
        lost=final.lost,
        changed=final.changed,
        half_written=final.half_written,
        trials_with_problems=len(figures["problems"]),
    )
    out = write_figures("crash", figures, results)
    ok = (
        final.lost == final.changed == final.half_written == 0
        and figures["integrity_ok"] == trials
        and not figures["problems"]
        and not figures["child_failures"]
    )
    print(
        f"crash trials: {trials} trials, {figures['kills']} kills "
        f"({figures['killed_inside_a_write']} inside a write), {acked.total()} acknowledged "
        f"rows, lost {final.lost}, changed {final.changed}, half-written "
        f"{final.half_written}, integrity ok {figures['integrity_ok']}/{trials}, audit chain "
        f"ok {figures['audit_chain_ok']}/{trials} -> {out}"
    )
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--max-delay", type=float, default=1.5, help="seconds after ready")
    parser.add_argument("--db", help="a SQLite file URL (default: a new file)")
    parser.add_argument("--seed", type=int, default=int(date.today().strftime("%Y%m%d")))
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the JSON goes")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--trial", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.trial, args.seed)
    if args.db and not args.db.startswith("sqlite:///"):
        parser.error("--db must be a SQLite file URL: the trials kill a process holding the file")
    return run(args.trials, args.max_delay, args.db, args.seed, args.results)


if __name__ == "__main__":
    sys.exit(main())
