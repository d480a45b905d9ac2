"""Terminal commands for the figures and for centers on a shared server.

``hall-desk report`` prints or writes the same figures the Today and Review pages show;
``hall-desk add-center`` and ``hall-desk county-admin`` set up several centers on one server.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from hall_desk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hall_desk.db.database import Database
    from hall_desk.domain.clock import Clock
    from hall_desk.domain.periods import Period
    from hall_desk.domain.reports import CountyReport
    from hall_desk.services.figures.stats import StatsService

Translate = Callable[[str], str]
S = TypeVar("S")  # a desk's statistics service
FORMATS = ("text", "json", "xlsx", "pdf")
ALL_CENTERS = "all"


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    report = sub.add_parser(
        "report",
        help=t(QT_TRANSLATE_NOOP("cli", "print or write the figures of a day or a period")),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "The figures of the Today and Review pages for one day (--from only) or a "
                "period, compared with the period before: as text, JSON, the printed report "
                "(PDF) or the Excel ledgers (ID numbers and phones masked).",
            )
        ),
    )
    add_period_arguments(report, t)

    center = sub.add_parser(
        "add-center",
        help=t(QT_TRANSLATE_NOOP("cli", "add a center to a shared server")),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Add a center and its first administrator, who signs in with a one-time "
                "password printed once.",
            )
        ),
    )
    center.add_argument("code", help=t(QT_TRANSLATE_NOOP("cli", "center code, e.g. CN02")))
    center.add_argument("name", help=t(QT_TRANSLATE_NOOP("cli", "the center's full name")))
    center.add_argument(
        "--admin",
        required=True,
        metavar="USER",
        help=t(QT_TRANSLATE_NOOP("cli", "user name of its first administrator")),
    )
    center.add_argument(
        "--admin-name",
        required=True,
        metavar="NAME",
        help=t(QT_TRANSLATE_NOOP("cli", "that administrator's full name")),
    )

    county = sub.add_parser(
        "county-admin",
        help=t(QT_TRANSLATE_NOOP("cli", "let an administrator see every center's figures")),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Make an existing administrator a county administrator, who sees every "
                "center on this server side by side on the Review page.",
            )
        ),
    )
    county.add_argument(
        "username",
        metavar="USER",
        help=t(QT_TRANSLATE_NOOP("cli", "user name of the administrator")),
    )


def add_period_arguments(parser: argparse.ArgumentParser, t: Translate) -> None:
    """--from, --to, --format, --out and --center, as `report` and `demands` both take them."""
    parser.add_argument(
        "--from",
        dest="first",
        required=True,
        metavar="DATE",
        help=t(QT_TRANSLATE_NOOP("cli", "first day, e.g. 2026-11-01")),
    )
    parser.add_argument(
        "--to",
        dest="last",
        metavar="DATE",
        help=t(QT_TRANSLATE_NOOP("cli", "last day (default: the first day)")),
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help=t(QT_TRANSLATE_NOOP("cli", "text (default), json, xlsx or pdf")),
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=t(QT_TRANSLATE_NOOP("cli", "write to FILE (needed for xlsx and pdf)")),
    )
    parser.add_argument(
        "--center",
        metavar="CODE",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "the center's code when the server holds several, or 'all' for every "
                "center side by side",
            )
        ),
    )


def run(
    args: argparse.Namespace, db_opener: Callable[[], Database], t: Translate, tm: Translate
) -> int:
    if args.command == "report":
        return _report(args, db_opener, t, tm)
    if args.command == "add-center":
        return _add_center(args, db_opener, t)
    return _county_admin(args, db_opener, t)


def _fail(text: str) -> int:
    print(text, file=sys.stderr)
    return 2


def _report(
    args: argparse.Namespace, db_opener: Callable[[], Database], t: Translate, tm: Translate
) -> int:
    from hall_desk.domain.clock import Clock
    from hall_desk.domain.periods import period_between
    from hall_desk.printing.report_text import comparison_text
    from hall_desk.services.calendar import CalendarService
    from hall_desk.services.figures.demand_stats import DemandStatsService
    from hall_desk.services.figures.report_json import comparison_dict
    from hall_desk.services.figures.stats import StatsService

    period = period_between(args.first, args.last)
    out: Path | None = args.out
    wrong = _check_out(args.format, out, t)
    if wrong is not None:
        return wrong
    county = _every_center(args)
    if county and args.format == "xlsx":
        return _fail(
            t(QT_TRANSLATE_NOOP("cli", "Excel ledgers are written for one center at a time."))
        )
    db = db_opener()
    try:
        clock = Clock()
        stats = StatsService(db, clock, CalendarService(db, clock))
        sites = stats.sites()
        if not sites:
            return _no_center(t)
        if county:
            return _write_county(stats.every_center(period), args.format, out, t, tm)
        site_id = _pick_site(sites, args.center, t)
        if site_id is None:
            return 2
        if args.format == "xlsx":
            assert out is not None
            return _write_ledgers(db, clock, stats, site_id, period, out, t)
        # The same comparison as the Review page, the printed report and the Excel summary.
        comparison = stats.site_compare(site_id, period)
        if args.format == "json":
            data = comparison_dict(comparison, tm)
            return _emit(json.dumps(data, ensure_ascii=False, indent=2), out, t)
        if args.format == "pdf":
            from hall_desk.printing.report_pdf import render_report
            from hall_desk.services.figures.activity_stats import ActivityStatsService
            from hall_desk.services.safety.audit_chain import chain_head, head_text

            demands = DemandStatsService(db, clock, CalendarService(db, clock))
            activities = ActivityStatsService(db, clock)
            counted = comparison.current.period
            pdf = render_report(
                comparison,
                _chinese(),
                printed_at=clock.now(),
                chain_head=head_text(chain_head(db)),
                demands=demands.site_compare(site_id, period),
                activities=activities.site_compare(site_id, period),
                activity_sessions=(
                    activities.site_sessions(site_id, counted) if counted.days == 1 else ()
                ),
            )
            return _emit_bytes(pdf, out, t)
        return _emit(comparison_text(comparison, t), out, t)
    finally:
        db.dispose()


def _check_out(fmt: str, out: Path | None, t: Translate) -> int | None:
    """2 (said why) when ``fmt`` needs a file and none is given, or its folder is missing."""
    if fmt in ("xlsx", "pdf") and out is None:
        return _fail(
            t(QT_TRANSLATE_NOOP("cli", "--format {format} needs --out FILE.")).format(format=fmt)
        )
    if out is not None and not out.parent.is_dir():
        return _fail(
            t(QT_TRANSLATE_NOOP("cli", "The folder {folder} does not exist.")).format(
                folder=out.parent
            )
        )
    return None


def _every_center(args: argparse.Namespace) -> bool:
    return args.center is not None and bool(args.center.strip().lower() == ALL_CENTERS)


def _no_center(t: Translate) -> int:
    return _fail(
        t(
            QT_TRANSLATE_NOOP(
                "cli", "This database has no center yet; start the window to set one up."
            )
        )
    )


def run_desk_figures(
    args: argparse.Namespace,
    db_opener: Callable[[], Database],
    t: Translate,
    *,
    open_stats: Callable[[Database, Clock], S],
    center: Callable[[S, int, Period, str, Path | None], int],
    county: Callable[[S, Period, str, Path | None], int],
    ledgers: Callable[[Database, Clock, int, str, Period, Path], int],
) -> int:
    """A desk's figures command (``hall-desk demands``, ``activities``): the period, the file
    and the center are checked as ``hall-desk report`` checks them, then one center's figures
    (``center``, or its ``ledgers`` for xlsx) or every center's (``county``, text or JSON) are
    written from the desk's statistics service (``open_stats``)."""
    from hall_desk.domain.clock import Clock
    from hall_desk.domain.periods import period_between
    from hall_desk.services.calendar import CalendarService
    from hall_desk.services.figures.stats import StatsService

    period = period_between(args.first, args.last)
    out: Path | None = args.out
    wrong = _check_out(args.format, out, t)
    if wrong is not None:
        return wrong
    every = _every_center(args)
    if every and args.format in ("xlsx", "pdf"):
        return _fail(
            t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Every center side by side is written as text or JSON; the printed "
                    "report and the ledgers are for one center at a time.",
                )
            )
        )
    db = db_opener()
    try:
        clock = Clock()
        stats = open_stats(db, clock)
        sites = StatsService(db, clock, CalendarService(db, clock)).sites()
        if not sites:
            return _no_center(t)
        if every:
            return county(stats, period, args.format, out)
        site_id = _pick_site(sites, args.center, t)
        if site_id is None:
            return 2
        if args.format == "xlsx":
            assert out is not None
            name = next(n for i, _, n in sites if i == site_id)
            return ledgers(db, clock, site_id, name, period, out)
        return center(stats, site_id, period, args.format, out)
    finally:
        db.dispose()


def _chinese() -> Translate:
    """Printed documents and ledgers are always in Chinese."""
    from hall_desk.translation import load_translator, message_translator

    return message_translator(load_translator("zh_CN"))


def _pick_site(sites: list[tuple[int, str, str]], code: str | None, t: Translate) -> int | None:
    if code is None:
        if len(sites) == 1:
            return sites[0][0]
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli", "This server holds several centers; choose one with --center: {codes}"
                )
            ).format(codes=", ".join([c for _, c, _ in sites] + [ALL_CENTERS])),
            file=sys.stderr,
        )
        return None
    wanted = code.strip().upper()
    for site_id, site_code, _ in sites:
        if site_code.upper() == wanted:
            return site_id
    print(
        t(QT_TRANSLATE_NOOP("cli", "There is no center {code}; the centers are: {codes}")).format(
            code=code, codes=", ".join(c for _, c, _ in sites)
        ),
        file=sys.stderr,
    )
    return None


def _emit(text: str, out: Path | None, t: Translate) -> int:
    if out is None:
        print(text)
        return 0
    return _emit_bytes((text + "\n").encode("utf-8"), out, t)


def _emit_bytes(data: bytes, out: Path | None, t: Translate) -> int:
    """Write through a temporary file, so a failed write never leaves half a report."""
    assert out is not None
    fd, tmp = tempfile.mkstemp(prefix=".hall-desk-", suffix=out.suffix, dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, out)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
    print(t(QT_TRANSLATE_NOOP("cli", "Wrote {path}.")).format(path=out))
    return 0


def _write_county(
    county: CountyReport, fmt: str, out: Path | None, t: Translate, tm: Translate
) -> int:
    from hall_desk.printing.report_text import county_text
    from hall_desk.services.figures.report_json import county_dict

    if fmt == "json":
        return _emit(json.dumps(county_dict(county, tm), ensure_ascii=False, indent=2), out, t)
    if fmt == "pdf":
        from hall_desk.printing.report_pdf import render_county_report

        pdf = render_county_report(county, _chinese(), printed_at=county.total.generated_at)
        return _emit_bytes(pdf, out, t)
    return _emit(county_text(county, t), out, t)


def _write_ledgers(
    db: Database,
    clock: Clock,
    stats: StatsService,
    site_id: int,
    period: Period,
    out: Path,
    t: Translate,
) -> int:
    """Every ledger of the period, masked: from the terminal nobody is signed in."""
    from hall_desk.services.calendar import CalendarService
    from hall_desk.services.figures.activity_stats import ActivityStatsService
    from hall_desk.services.figures.demand_stats import DemandStatsService
    from hall_desk.services.figures.ledgers import LedgerKind, LedgerService
    from hall_desk.services.session import terminal_session

    name = next(n for i, _, n in stats.sites() if i == site_id)
    demands = DemandStatsService(db, clock, CalendarService(db, clock))
    activities = ActivityStatsService(db, clock)
    result = LedgerService(db, clock, stats, demands, activities).export(
        terminal_session(site_id, name), period, list(LedgerKind), out, label=_chinese()
    )
    rows = sum(n for kind, n in result.rows.items() if kind is not LedgerKind.SUMMARY)
    print(
        t(
            QT_TRANSLATE_NOOP("cli", "Wrote {path} ({rows} rows, ID and phone numbers masked).")
        ).format(path=out, rows=rows)
    )
    return 0


def _add_center(args: argparse.Namespace, db_opener: Callable[[], Database], t: Translate) -> int:
    from hall_desk.domain.clock import Clock
    from hall_desk.services.centers import CenterAdmin
    from hall_desk.services.passwords import Passwords

    db = db_opener()
    try:
        made = CenterAdmin(db, Clock(), Passwords()).add_center(
            args.code, args.name, args.admin, args.admin_name
        )
    finally:
        db.dispose()
    print(
        t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Added {name} ({code}). Its administrator {user} signs in with the one-time "
                "password {password} and changes it in Settings. It is shown only now.",
            )
        ).format(
            name=made.name, code=made.code, user=made.username, password=made.one_time_password
        )
    )
    return 0


def _county_admin(args: argparse.Namespace, db_opener: Callable[[], Database], t: Translate) -> int:
    from hall_desk.domain.clock import Clock
    from hall_desk.services.centers import CenterAdmin
    from hall_desk.services.passwords import Passwords

    db = db_opener()
    try:
        name, center = CenterAdmin(db, Clock(), Passwords()).grant_county(args.username)
    finally:
        db.dispose()
    print(
        t(
            QT_TRANSLATE_NOOP(
                "cli",
                "{name} ({center}) is now a county administrator and sees every center on "
                "the Review page after signing in again.",
            )
        ).format(name=name, center=center)
    )
    return 0
