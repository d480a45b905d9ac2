"""``hall-desk demo``: made-up weeks of a busy center, to look around with.

On an empty database the demo creates its own center; a database holding a real center is
refused, with advice, unless ``--into-existing`` is given (see ``services.demo_center``).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from hall_desk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hall_desk.db.database import Database

Translate = Callable[[str], str]
COMMANDS = ("demo",)
log = logging.getLogger(__name__)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    demo = sub.add_parser(
        "demo",
        help=t(QT_TRANSLATE_NOOP("cli", "fill the database with a few weeks of made-up visits")),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Add made-up residents, visits, service cases and room bookings ending today. "
                "On an empty database a demo center, its administrator with a one-time "
                "password and its clerks are created first. A database holding a real center "
                "is refused unless --into-existing is given.",
            )
        ),
    )
    demo.add_argument(
        "--days",
        type=int,
        default=21,
        help=t(QT_TRANSLATE_NOOP("cli", "number of days (default 21)")),
    )
    demo.add_argument(
        "--per-day",
        type=int,
        default=90,
        help=t(QT_TRANSLATE_NOOP("cli", "visits on a weekday (default 90)")),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=2024,
        help=t(QT_TRANSLATE_NOOP("cli", "random seed, for repeatable data")),
    )
    demo.add_argument(
        "--into-existing",
        action="store_true",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "add the made-up data even to a real center (one the demo did not create); "
                "it cannot be told apart from the real records afterwards",
            )
        ),
    )


def run(
    args: argparse.Namespace, db_opener: Callable[[], Database], t: Translate, tm: Translate
) -> int:
    """Fill the database; the exit status (0 done, 2 refused or not attempted)."""
    from hall_desk.domain.clock import Clock
    from hall_desk.services.demo.demo import RealCenterError, fill_demo
    from hall_desk.services.passwords import Passwords

    if not 1 <= args.days <= 366 or not 1 <= args.per_day <= 2000:
        print(
            t(QT_TRANSLATE_NOOP("cli", "--days must be 1-366 and --per-day 1-2000.")),
            file=sys.stderr,
        )
        return 2
    db = db_opener()
    started = time.monotonic()
    try:
        result = fill_demo(
            db,
            Clock(),
            Passwords(),
            days=args.days,
            visits_per_day=args.per_day,
            seed=args.seed,
            into_existing=args.into_existing,
        )
    except RealCenterError as exc:
        print(t(QT_TRANSLATE_NOOP("cli", "Error:")), exc.render(tm), file=sys.stderr)
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "To look around with made-up data, give the demo a folder of its own: "
                    "hall-desk --data-dir NEW_FOLDER demo. To add made-up data to this center "
                    "anyway, add --into-existing.",
                )
            ),
            file=sys.stderr,
        )
        return 2
    finally:
        db.dispose()
    log.info(
        "demo data added in %.1f s: %d visits, %d cases, %d bookings",
        time.monotonic() - started,
        result.visits,
        result.cases,
        result.bookings,
    )
    print(
        t(
            QT_TRANSLATE_NOOP(
                "cli",
                "{site}: added {visits} visits, {walk_ins} counted walk-ins, {cases} "
                "service cases and {bookings} room bookings over {days} days; {residents} "
                "residents on file.",
            )
        ).format(
            site=result.site_name,
            visits=result.visits,
            walk_ins=result.walk_ins,
            cases=result.cases,
            bookings=result.bookings,
            days=result.days,
            residents=result.residents,
        )
    )
    if result.subsidised or result.transfers:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "From the months before: {subsidised} elders receiving the elderly-age "
                    "subsidy and {transfers} party membership transfers.",
                )
            ).format(subsidised=result.subsidised, transfers=result.transfers)
        )
    if result.members:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Party service: {units} reporting units with {members} members, {demands} "
                    "demands over three months, {problems} meeting problems and {projects} "
                    "projects.",
                )
            ).format(
                units=result.units,
                members=result.members,
                demands=result.demands,
                problems=result.problems,
                projects=result.projects,
            )
        )
    if result.activities:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Activities: {activities} activities with {signups} sign-ups, {shifts} "
                    "volunteer shifts and {certificates} certificates of volunteer service.",
                )
            ).format(
                activities=result.activities,
                signups=result.signups,
                shifts=result.volunteer_shifts,
                certificates=result.certificates,
            )
        )
    if result.admin_login:
        user, password = result.admin_login
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Sign in as {user} with the one-time password {password} and change it "
                    "in Settings. It is shown only now.",
                )
            ).format(user=user, password=password)
        )
    return 0
