"""Terminal commands for the data's safety: ``hall-desk verify`` and ``hall-desk purge``.

``verify`` checks the database's integrity and the whole audit chain and exits 1 naming the
first broken row; ``purge`` anonymises visitors past their center's retention (``--dry-run``
only counts them).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from hall_desk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hall_desk.db.database import Database

Translate = Callable[[str], str]
COMMANDS = ("verify", "purge")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    sub.add_parser(
        "verify",
        help=t(QT_TRANSLATE_NOOP("cli", "check the database and the audit trail for changes")),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Check the database file's integrity and every row of the audit trail: each "
                "row's hash, its link to the row before and the recorded end of the chain. "
                "Names the first broken row; the exit code is 1 when anything is wrong.",
            )
        ),
    )
    purge = sub.add_parser(
        "purge",
        help=t(QT_TRANSLATE_NOOP("cli", "anonymise visitors past the retention period")),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Anonymise the personal data of visitors with nothing recorded for longer than "
                "their center keeps it (3 years unless set in Settings). Counts stay as they "
                "are; residents with open cases, a subsidy still paid or a booking ahead are "
                "kept. Audit rows are never deleted.",
            )
        ),
    )
    purge.add_argument(
        "--dry-run",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli", "only say how many would be anonymised")),
    )


def run(
    args: argparse.Namespace, db_opener: Callable[[], Database], t: Translate, tm: Translate
) -> int:
    if args.command == "verify":
        return _verify(db_opener, t, tm)
    return _purge(args, db_opener, t)


def _verify(db_opener: Callable[[], Database], t: Translate, tm: Translate) -> int:
    from hall_desk.services.safety.audit_chain import verify

    db = db_opener()
    try:
        result = verify(db)
    finally:
        db.dispose()
    if result.ok:
        print(
            t(QT_TRANSLATE_NOOP("cli", "ok: {rows} audit rows, integrity ok")).format(
                rows=result.rows_checked
            )
        )
        if result.head is not None:
            print(
                t(QT_TRANSLATE_NOOP("cli", "chain head: #{id} {hash}")).format(
                    id=result.head[0], hash=result.head[1]
                )
            )
        return 0
    if result.integrity != "ok":
        print(
            t(QT_TRANSLATE_NOOP("cli", "BROKEN: the database failed its integrity check: {what}"))
            .format(what=result.integrity)
        )  # fmt: skip
    if result.message is not None:
        print(
            t(QT_TRANSLATE_NOOP("cli", "BROKEN: {reason} ({rows} audit rows checked)")).format(
                reason=result.message.render(tm), rows=result.rows_checked
            )
        )
    return 1


def _purge(args: argparse.Namespace, db_opener: Callable[[], Database], t: Translate) -> int:
    from hall_desk.domain.clock import Clock
    from hall_desk.services.safety.retention import RetentionService

    db = db_opener()
    try:
        result = RetentionService(db, Clock()).purge(None, dry_run=args.dry_run)
    finally:
        db.dispose()
    if args.dry_run:
        line = QT_TRANSLATE_NOOP(
            "cli",
            "{center}: {count} residents would be anonymised (kept {years} years: nothing "
            "since {cutoff}).",
        )
    else:
        line = QT_TRANSLATE_NOOP(
            "cli",
            "{center}: {count} residents anonymised (kept {years} years: nothing since {cutoff}).",
        )
    for site in result.sites:
        print(
            t(line).format(
                center=site.site_code,
                count=site.anonymised,
                years=site.retention_years,
                cutoff=f"{site.cutoff:%Y-%m-%d}",
            )
        )
    print(t(QT_TRANSLATE_NOOP("cli", "Audit rows are never deleted.")))
    return 0
