"""Concurrent demand desks: 8 processes dispatching and accepting the same demands at once.

Each desk is its own process (multiprocessing ``spawn``) with its own engine, signed in as the
clerk, as in ``concurrent_desks``. The center has 20 demands waiting and one reporting member
per desk. Every round the desks meet at a barrier, then each dispatches the same demand to its
own member and at once records that it was taken on. Afterwards every desk takes new demands
at the same moment, to see the numbers stay unique and gapless.

The database is then asked directly: every demand must carry exactly one dispatch and one
accept in its history, be with the member the winning desk chose, and be taken on; every
losing desk must have been refused with a ``ConflictError`` naming who has the demand now
(the member's masked name), never a crash; the demand numbers must be unique and without
gaps; the audit hash chain, which every desk extends at every commit, must still verify.

Runs on a new SQLite file and on PostgreSQL: a throwaway server is started (tests/pg_cluster.py)
unless ``--db`` names a PostgreSQL database; without the PostgreSQL binaries that part is
skipped with a note in the figures.

    python -m tests.trials.concurrent_demands [--desks 8] [--demands 20] [--takes 5]
        [--db URL] [--only sqlite|postgresql]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import text

from hall_desk.db.database import Database
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import ConflictError, DomainError
from hall_desk.services.party.demand_forms import DemandForm
from hall_desk.services.residents import mask_name
from tests.services.party.rows import add_member, add_unit, seed_lists
from tests.trials.common import (
    NOW,
    RESULTS,
    audit_chain,
    migrated,
    open_services,
    set_up,
    sign_in_clerk,
    sqlite_url,
    write_figures,
)

#: One member per desk, with surnames that differ, so a masked name (赵*) says who won.
MEMBERS = ("赵一", "钱二", "孙三", "李四", "周五", "吴六", "郑七", "王八", "冯九", "陈十")


def _form(category_id: int, desk: int, number: int) -> DemandForm:
    return DemandForm(
        kind="demand",
        source="phone",
        category_id=category_id,
        description=f"第{desk + 1}号窗口第{number + 1}条：楼道灯不亮",
        neighbourhood="幸福小区",
        place=f"{number % 9 + 1}号楼",
    )


def _attempt(kind: str, call: Any) -> tuple[str, str, str]:
    try:
        return (kind, "won", call())
    except ConflictError as exc:
        return (kind, "refused", exc.render())
    except DomainError as exc:
        return (kind, "other_message", f"{type(exc).__name__}: {exc.render()}")
    except Exception as exc:
        return (kind, "unhandled", f"{type(exc).__name__}: {exc}")


def _desk(url: str, plan: dict[str, Any], desk: int, takes: int, barrier: Any, out: Any) -> None:
    """One desk: its own engine and services, dispatching and accepting every demand."""
    rows: list[tuple[Any, ...]] = []
    try:
        services = open_services(url, FixedClock(NOW))
        actor = sign_in_clerk(services)
    except Exception as exc:  # reported to the parent
        barrier.abort()
        out.put((desk, [(-1, "start", "unhandled", f"{type(exc).__name__}: {exc}", 0.0, 0.0)]))
        return
    member = plan["members"][desk]
    demands = services.demands
    for number in plan["demands"]:
        barrier.wait(timeout=300)
        began = time.monotonic()
        rows.append(
            (number, *_attempt("dispatch", lambda n=number: demands.dispatch(actor, n, member)
                               .holder_name), began, time.monotonic())
        )  # fmt: skip
        began = time.monotonic()
        rows.append(
            (number, *_attempt("accept", lambda n=number: demands.accept(actor, n, "phone")
                               .holder_name), began, time.monotonic())
        )  # fmt: skip
    barrier.wait(timeout=300)
    for i in range(takes):
        form = _form(plan["category"], desk, i)
        began = time.monotonic()
        rows.append(
            ("", *_attempt("take", lambda f=form: demands.take(actor, f).number), began,
             time.monotonic())
        )  # fmt: skip
    services.db.dispose()
    out.put((desk, rows))


def _prepare(url: str, desks: int, demands: int) -> dict[str, Any]:
    migrated(url)
    services = open_services(url)
    try:
        admin, _clerk = set_up(services)
        _pools, categories = seed_lists(services.db, admin.site_id)
        unit = add_unit(services.db, admin.site_id, "县人民医院")
        names = [MEMBERS[d % len(MEMBERS)] + "号" * (d // len(MEMBERS)) for d in range(desks)]
        members = [
            add_member(
                services.db, admin.site_id, unit, name, f"1390000{d:04d}", pools=["志愿服务"]
            )
            for d, name in enumerate(names)
        ]
        category = categories["小区环境"]
        numbers = [
            services.demands.take(admin, _form(category, -1, n)).number for n in range(demands)
        ]
        return {"members": members, "demands": numbers, "category": category}
    finally:
        services.db.dispose()


def _history(url: str) -> dict[str, Any]:
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            events = conn.execute(
                text(
                    "SELECT d.number, e.action, COUNT(*) FROM demand_event e"
                    " JOIN demand d ON d.id = e.demand_id GROUP BY d.number, e.action"
                )
            ).all()
            rows = conn.execute(
                text(
                    "SELECT d.number, d.status, m.name, d.member_id FROM demand d"
                    " LEFT JOIN party_member m ON m.id = d.member_id"
                )
            ).all()
            repeated = conn.execute(
                text(
                    "SELECT COUNT(*) FROM (SELECT number FROM demand GROUP BY number"
                    " HAVING COUNT(*) > 1) AS d"
                )
            ).scalar_one()
            counter = conn.execute(text("SELECT MAX(last_number) FROM demand_counter")).scalar()
    finally:
        db.dispose()
    return {"events": events, "rows": rows, "repeated": repeated, "counter": counter}


def trial(url: str, desks: int, demands: int, takes: int) -> dict[str, Any]:
    """Run the desks against ``url`` (a fresh database) and count what happened."""
    plan = _prepare(url, desks, demands)
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(desks)
    out = ctx.Queue()
    began = time.monotonic()
    procs = [
        ctx.Process(target=_desk, args=(url, plan, d, takes, barrier, out)) for d in range(desks)
    ]
    for p in procs:
        p.start()
    collected = dict(out.get(timeout=600 + 30 * demands) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    took = time.monotonic() - began
    outcomes = [(desk, *row) for desk, rows in collected.items() for row in rows]
    verdicts = Counter((o[2], o[3]) for o in outcomes)
    found = _history(url)
    per_demand: dict[str, Counter[str]] = {}
    for number, action, count in found["events"]:
        per_demand.setdefault(number, Counter())[action] += count
    holder = {number: (status, name, member) for number, status, name, member in found["rows"]}
    contested = plan["demands"]
    one_each = [
        n for n in contested if per_demand[n]["dispatch"] == 1 and per_demand[n]["accept"] == 1
    ]
    taken_on = [n for n in contested if holder[n][0] == "accepted"]
    # The desk that won the dispatch chose the member the demand is with now.
    winners = {o[1]: plan["members"][o[0]] for o in outcomes if o[2:4] == ("dispatch", "won")}
    with_winner = [n for n in contested if n in winners and holder[n][2] == winners[n]]
    named = [
        o
        for o in outcomes
        if o[2] in ("dispatch", "accept")
        and o[3] == "refused"
        and holder[o[1]][1] is not None
        and mask_name(holder[o[1]][1]) in o[4]
    ]
    numbers = sorted(row[0] for row in found["rows"])
    running = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    spans = []
    for number in contested:
        this = [o for o in outcomes if o[1] == number]
        if this:
            spans.append((max(o[6] for o in this) - min(o[5] for o in this)) * 1000)
    unhandled = [o for o in outcomes if o[3] == "unhandled"]
    other = [o for o in outcomes if o[3] == "other_message"]
    refused = verdicts[("dispatch", "refused")] + verdicts[("accept", "refused")]
    return {
        "desks": desks,
        "demands": demands,
        "takes_per_desk": takes,
        "seconds_with_process_start": round(took, 1),
        "dispatch_attempts": sum(n for (k, _), n in verdicts.items() if k == "dispatch"),
        "dispatches_won": verdicts[("dispatch", "won")],
        "accepts_won": verdicts[("accept", "won")],
        "demands_with_one_dispatch_and_one_accept": len(one_each),
        "demands_taken_on": len(taken_on),
        "demands_with_the_winning_desks_member": len(with_winner),
        "refused_as_taken": refused,
        "refusals_naming_who_has_it": len(named),
        "demands_taken_concurrently": verdicts[("take", "won")],
        "demand_numbers_in_database": len(numbers),
        "duplicate_demand_numbers": found["repeated"],
        "demand_number_gaps": (running[-1] - len(running)) if running else 0,
        "counter_matches_highest_number": found["counter"] == (running[-1] if running else 0),
        "other_desk_messages": len(other),
        "unhandled_errors": len(unhandled),
        "audit_chain": audit_chain(url),
        "examples": [str(o) for o in (unhandled + other)[:5]],
        "refusal_example": next((o[4] for o in named), ""),
        "round_ms": {
            "median": round(statistics.median(spans or [0])),
            "max": round(max(spans or [0])),
        },
    }


def _postgres(url: str | None, desks: int, demands: int, takes: int) -> dict[str, Any]:
    if url is not None:
        return trial(url, desks, demands, takes)
    from tests.pg_cluster import ThrowawayPostgres

    reason = ThrowawayPostgres.available()
    if reason is not None:
        return {"skipped": f"PostgreSQL unavailable: {reason}"}
    server = ThrowawayPostgres.temporary()
    server.start()
    try:
        made = server.create_database("hd_demand_trials")
        return {**trial(made, desks, demands, takes), "server": "throwaway"}
    finally:
        server.stop()


def failures(f: dict[str, Any]) -> list[str]:
    """What the figures of one database say went wrong (nothing, when all is well)."""
    wrong = []
    n, desks, takes = f["demands"], f["desks"], f["takes_per_desk"]
    for key, expected in (
        ("dispatches_won", n),
        ("accepts_won", n),
        ("demands_with_one_dispatch_and_one_accept", n),
        ("demands_taken_on", n),
        ("demands_with_the_winning_desks_member", n),
        ("refused_as_taken", 2 * n * (desks - 1)),
        ("refusals_naming_who_has_it", 2 * n * (desks - 1)),
        ("demands_taken_concurrently", desks * takes),
        ("demand_numbers_in_database", n + desks * takes),
        ("duplicate_demand_numbers", 0),
        ("demand_number_gaps", 0),
        ("counter_matches_highest_number", True),
        ("other_desk_messages", 0),
        ("unhandled_errors", 0),
    ):
        if f[key] != expected:
            wrong.append(f"{key} = {f[key]} (expected {expected})")
    if f["audit_chain"]["ok"] is False:
        wrong.append(f"audit chain broken: {f['audit_chain']}")
    return wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=8)
    parser.add_argument("--demands", type=int, default=20)
    parser.add_argument("--takes", type=int, default=5, help="new demands per desk at once")
    parser.add_argument("--db", help="an empty database to use instead of a new one")
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the JSON goes")
    args = parser.parse_args(argv)
    if not 2 <= args.desks <= len(MEMBERS) * 3:
        parser.error("--desks must be between 2 and 30")
    given = args.db or ""
    figures: dict[str, Any] = {}
    if args.only != "postgresql":
        work = Path(tempfile.mkdtemp(prefix="hd-demands-"))
        url = given if given.startswith("sqlite") else sqlite_url(work / "demands.sqlite3")
        figures["sqlite"] = trial(url, args.desks, args.demands, args.takes)
    if args.only != "sqlite":
        pg = given if given.startswith("postgresql") else None
        figures["postgresql"] = _postgres(pg, args.desks, args.demands, args.takes)
    out = write_figures("concurrent_demands", figures, args.results)
    failed = False
    parts = []
    for name, f in figures.items():
        if "skipped" in f:
            parts.append(f"{name}: skipped ({f['skipped']})")
            continue
        wrong = failures(f)
        failed |= bool(wrong)
        parts.append(
            f"{name}: {f['desks']} desks x {f['demands']} demands, one dispatch and one accept "
            f"each on {f['demands_with_one_dispatch_and_one_accept']}, {f['refused_as_taken']} "
            f"refused as taken ({f['refusals_naming_who_has_it']} naming who has it), "
            f"{f['demand_numbers_in_database']} numbers, duplicates "
            f"{f['duplicate_demand_numbers']}, gaps {f['demand_number_gaps']}, unhandled "
            f"{f['unhandled_errors']}, audit chain ok {f['audit_chain']['ok']}"
            + (f" PROBLEMS: {'; '.join(wrong)}" if wrong else "")
        )
    print("concurrent demands: " + "; ".join(parts) + f" -> {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
