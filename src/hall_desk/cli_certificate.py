"""``hall-desk certificate``: certificates of volunteer service written from a terminal.

One person's certificate to a file, or with ``--all`` one for everyone with hours in the
period into a folder, each named by its number. The person is found as the desk's search
finds people (a name, a phone or an ID number); when several match they are listed, masked,
and nothing is written. The center is chosen as ``hall-desk report`` chooses it. Nobody signs
in at a terminal: certificates are issued in the name of the center's administrator, as the
demo acts for the center, and the audit log names that administrator.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hall_desk.cli_report import _emit_bytes, _fail, _pick_site
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hall_desk.db.database import Database
    from hall_desk.domain.periods import Period
    from hall_desk.services.activities.certificates import CertificateService
    from hall_desk.services.activities.hours import HoursService
    from hall_desk.services.session import StaffSession

Translate = Callable[[str], str]
COMMANDS: tuple[str, ...] = ("certificate",)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    command = sub.add_parser(
        "certificate",
        help=t(QT_TRANSLATE_NOOP("cli", "write certificates of volunteer service (PDF)")),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Issue a numbered certificate of volunteer service (志愿服务记录证明) for the "
                "hours of a period and write it as a PDF: for one person, found by name, "
                "phone or ID number (when several people match they are listed and nothing "
                "is written), or with --all for everyone with hours, one file each in a folder.",
            )
        ),
    )
    command.add_argument(
        "person",
        nargs="?",
        metavar="PERSON",
        help=t(QT_TRANSLATE_NOOP("cli", "the volunteer's name, phone or ID number")),
    )
    command.add_argument(
        "--all",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli", "everyone with hours in the period, into a folder")),
    )
    command.add_argument(
        "--from",
        dest="first",
        required=True,
        metavar="DATE",
        help=t(QT_TRANSLATE_NOOP("cli", "first day, e.g. 2026-11-01")),
    )
    command.add_argument(
        "--to",
        dest="last",
        required=True,
        metavar="DATE",
        help=t(QT_TRANSLATE_NOOP("cli", "last day of the period")),
    )
    command.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help=t(QT_TRANSLATE_NOOP("cli", "the PDF file, or with --all the folder")),
    )
    command.add_argument(
        "--center",
        metavar="CODE",
        help=t(QT_TRANSLATE_NOOP("cli", "the center's code when the server holds several")),
    )


def run(
    args: argparse.Namespace, db_opener: Callable[[], Database], t: Translate, tm: Translate
) -> int:
    from hall_desk.domain.clock import Clock
    from hall_desk.domain.periods import period_between
    from hall_desk.services.activities.certificates import CertificateService
    from hall_desk.services.activities.hours import HoursService

    if bool(args.person and args.person.strip()) == bool(args.all):
        return _fail(
            t(QT_TRANSLATE_NOOP("cli", "Name one person, or give --all for everyone with hours."))
        )
    period = period_between(args.first, args.last)
    out: Path = args.out
    if args.all and out.exists() and not out.is_dir():
        return _fail(
            t(QT_TRANSLATE_NOOP("cli", "{path} is a file; --all writes into a folder.")).format(
                path=out
            )
        )
    if not args.all and not out.is_dir() and not out.parent.is_dir():
        return _fail(
            t(QT_TRANSLATE_NOOP("cli", "The folder {folder} does not exist.")).format(
                folder=out.parent
            )
        )
    db = db_opener()
    try:
        clock = Clock()
        actor = _acting_administrator(db, args.center, t)
        if actor is None:
            return 2
        certificates = CertificateService(db, clock)
        if args.all:
            return _write_all(certificates, HoursService(db, clock), actor, period, out, t)
        return _write_one(certificates, actor, args.person, period, out, t)
    finally:
        db.dispose()


def _acting_administrator(db: Database, code: str | None, t: Translate) -> StaffSession | None:
    """The chosen center's first active administrator, in whose name certificates are issued."""
    from sqlalchemy import select

    from hall_desk.db.models import Site, Staff
    from hall_desk.domain.staff import Role
    from hall_desk.services.session import StaffSession

    with db.read() as s:
        sites = [
            (site.id, site.code, site.name) for site in s.scalars(select(Site).order_by(Site.id))
        ]
        if not sites:
            _fail(
                t(
                    QT_TRANSLATE_NOOP(
                        "cli", "This database has no center yet; start the window to set one up."
                    )
                )
            )
            return None
        site_id = _pick_site(sites, code, t)
        if site_id is None:
            return None
        admin = s.scalar(
            select(Staff)
            .where(
                Staff.site_id == site_id,
                Staff.active.is_(True),
                Staff.role.in_((Role.ADMIN.value, Role.COUNTY.value)),
            )
            .order_by(Staff.id)
            .limit(1)
        )
        name = next(n for i, _, n in sites if i == site_id)
        if admin is None:
            _fail(
                t(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "{center} has no active administrator, in whose name certificates "
                        "are issued.",
                    )
                ).format(center=name)
            )
            return None
        return StaffSession(admin.id, site_id, admin.username, admin.full_name, Role(admin.role),
                            name)  # fmt: skip


def _write_one(
    certificates: CertificateService,
    actor: StaffSession,
    text: str,
    period: Period,
    out: Path,
    t: Translate,
) -> int:
    found = certificates.find_people(actor, text)
    if not found:
        print(
            t(QT_TRANSLATE_NOOP("cli", "No one at {center} matches “{text}”.")).format(
                center=actor.site_name, text=text.strip()
            ),
            file=sys.stderr,
        )
        return 1
    if len(found) > 1:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{count} people match “{text}”; nothing was written. Give a whole phone or "
                    "ID number to choose one:",
                )
            ).format(count=len(found), text=text.strip()),
            file=sys.stderr,
        )
        for person in found:
            who = person.unit_name if person.is_member else t(QT_TRANSLATE_NOOP("cli", "resident"))
            print(f"  {person.name}  {person.masked_phone or '—'}  {who}", file=sys.stderr)
        return 1
    info = certificates.issue(actor, found[0].ref, period.first, period.last)
    target = out / f"{info.number}.pdf" if out.is_dir() else out
    return _emit_bytes(certificates.pdf(actor, info.id), target, t)


def _write_all(
    certificates: CertificateService,
    hours: HoursService,
    actor: StaffSession,
    period: Period,
    folder: Path,
    t: Translate,
) -> int:
    totals = hours.totals(actor, period.first, period.last)
    if not totals:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli", "No one has volunteer hours from {first} to {last}; nothing was written."
                )
            ).format(first=period.first, last=period.last),
            file=sys.stderr,
        )
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    for total in totals:
        info = certificates.issue(actor, total.ref, period.first, period.last)
        _write_quietly(certificates.pdf(actor, info.id), folder / f"{info.number}.pdf")
    print(
        t(QT_TRANSLATE_NOOP("cli", "Wrote {count} certificates into {folder}.")).format(
            count=len(totals), folder=folder
        )
    )
    return 0


def _write_quietly(data: bytes, target: Path) -> None:
    """Write through a temporary file, so a failed write never leaves half a certificate."""
    tmp = target.with_suffix(".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(target)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
