"""The command line: with no subcommand it opens the window; subcommands work in a terminal.

Terminal subcommands never start a QApplication, so they run on a server or over SSH. Help,
messages and complaints about bad arguments are in the desk's language: ``--lang``, else the
preference saved by the GUI, Chinese unless changed (argparse's own words: ``cli_language``).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from hall_desk import (
    __version__,
    cli_activities,
    cli_backup,
    cli_certificate,
    cli_demands,
    cli_demo,
    cli_report,
    cli_verify,
)
from hall_desk.cli_language import ArgumentParser, argparse_language, argparse_text
from hall_desk.config import (
    LANGUAGES,
    SLIP_LAYOUTS,
    AppPaths,
    Preferences,
    resolve_db_url,
    resolve_paths,
)
from hall_desk.domain.errors import DomainError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.redact import scrub
from hall_desk.logging_setup import setup_logging

if TYPE_CHECKING:
    from hall_desk.db.database import Database

log = logging.getLogger(__name__)
CLI = "cli"


class _Lenient(argparse.ArgumentParser):
    """Picks out --data-dir and --lang before the real parser runs; never complains, so
    that every complaint comes from the real parser, in the right language."""

    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def _language(argv: Sequence[str]) -> tuple[str, AppPaths]:
    """The language of this run: ``--lang``, else the one chosen in Settings on this PC
    (Chinese unless changed); and the folders, which hold that choice."""
    pre = _Lenient(add_help=False)
    pre.add_argument("--data-dir")
    pre.add_argument("--lang")
    try:
        known, _ = pre.parse_known_args(argv)
    except ValueError:
        known = argparse.Namespace(data_dir=None, lang=None)
    paths = resolve_paths(known.data_dir)
    if known.lang in LANGUAGES:
        return known.lang, paths
    return Preferences.load(paths.preferences_file).language, paths


def build_parser(t: Callable[[str], str]) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = ArgumentParser(
        prog="hall-desk",
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Front desk of a community party-mass service center. Without a subcommand "
                "the window opens.",
            )
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"hall-desk {__version__}",
        help=argparse_text("show program's version number and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "database URL without a password, e.g. postgresql://user@server/halldesk; "
                "the password comes from PGPASSWORD or ~/.pgpass (default: HALL_DESK_DB, "
                "else a SQLite file in the data folder)",
            )
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=t(
            QT_TRANSLATE_NOOP("cli", "keep database, backups, logs and printed slips under DIR")
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "language of the window, the messages and this help for this run: zh_CN "
                "(Chinese) or en (English); without it, the language chosen in Settings on "
                "this PC (Chinese unless changed)",
            )
        ),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli", "print debugging information")),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli_demo.add_parsers(sub, t)
    slip = sub.add_parser(
        "slip",
        help=t(
            QT_TRANSLATE_NOOP("cli", "write a case's current slip or a demand's receipt as a PDF")
        ),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Write the slip a case has now (handling slip, one-time notice, refusal "
                "notice or completion notice), or the receipt of a residents' demand, to a PDF "
                "file. A second copy is marked as a reprint.",
            )
        ),
    )
    slip.add_argument(
        "case_number",
        metavar="CASE_NO",
        help=t(QT_TRANSLATE_NOOP("cli", "e.g. SC01-2026-00042, or a demand's SC01-D2026-00042")),
    )
    slip.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.pdf",
        help=t(QT_TRANSLATE_NOOP("cli", "where to write the PDF")),
    )
    slip.add_argument(
        "--layout",
        choices=SLIP_LAYOUTS,
        default=None,
        help=t(
            QT_TRANSLATE_NOOP("cli", "a5 sheet or roll80 receipt roll (default: this PC's setting)")
        ),
    )
    cli_report.add_parsers(sub, t)
    cli_demands.add_parsers(sub, t)
    cli_activities.add_parsers(sub, t)
    cli_certificate.add_parsers(sub, t)
    cli_backup.add_parsers(sub, t)
    cli_verify.add_parsers(sub, t)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language, paths = _language(argv)
    from hall_desk.translation import (
        SOURCE_LANGUAGE,
        load_translator,
        message_translator,
        translate_with,
    )

    try:
        translator = load_translator(language)
    except FileNotFoundError:
        translator = None
        language = SOURCE_LANGUAGE
    t = translate_with(translator, CLI)
    tm = message_translator(translator)
    with argparse_language(language):
        args = build_parser(t).parse_args(argv)

    if args.command is None:
        from hall_desk.app import run_gui

        return run_gui(
            paths=paths,
            db_url=resolve_db_url(args.db, paths),
            language=args.lang,
            verbose=args.verbose,
        )

    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    try:
        paths.ensure()
        setup_logging(paths.log_dir, verbose=args.verbose)
        if args.command in cli_demo.COMMANDS:
            return cli_demo.run(args, lambda: _open(args, paths), t, tm)
        if args.command == "slip":
            return _slip(args, paths, t)
        if args.command in cli_verify.COMMANDS:
            return cli_verify.run(args, lambda: _open(args, paths), t, tm)
        if args.command in cli_backup.COMMANDS:
            return cli_backup.run(args, paths, resolve_db_url(args.db, paths), t, tm)
        if args.command in cli_demands.COMMANDS:
            return cli_demands.run(args, lambda: _open(args, paths), t, tm)
        if args.command in cli_activities.COMMANDS:
            return cli_activities.run(args, lambda: _open(args, paths), t, tm)
        if args.command in cli_certificate.COMMANDS:
            return cli_certificate.run(args, lambda: _open(args, paths), t, tm)
        if args.command in ("report", "add-center", "county-admin"):
            return cli_report.run(args, lambda: _open(args, paths), t, tm)
    except DomainError as exc:
        print(t(QT_TRANSLATE_NOOP("cli", "Error:")), scrub(exc.render(tm)), file=sys.stderr)
        return 1
    except (ArgumentError, ValueError) as exc:
        print(
            t(QT_TRANSLATE_NOOP("cli", "The database URL is not valid: {reason}")).format(
                reason=scrub(str(exc))
            ),
            file=sys.stderr,
        )
        return 2
    except (SQLAlchemyError, OSError) as exc:
        log.exception("terminal command failed")
        print(
            t(QT_TRANSLATE_NOOP("cli", "The database could not be opened: {reason}")).format(
                reason=scrub(str(exc).splitlines()[0])
            ),
            file=sys.stderr,
        )
        return 1
    return 2


def _open(args: argparse.Namespace, paths: AppPaths) -> Database:
    from hall_desk.db.database import Database
    from hall_desk.db.location import refuse_network_sqlite, sqlite_file_of
    from hall_desk.db.migrate import upgrade_to_head

    url = resolve_db_url(args.db, paths)
    sqlite_file = sqlite_file_of(url)
    if sqlite_file is not None:
        refuse_network_sqlite(sqlite_file)  # a StorageError, printed like any other
    db = Database(url)
    upgrade_to_head(db, paths.backups_dir)
    return db


def _slip(args: argparse.Namespace, paths: AppPaths, t: Callable[[str], str]) -> int:
    from hall_desk.domain.cases import parse_case_number
    from hall_desk.domain.clock import Clock
    from hall_desk.domain.demands import parse_demand_number
    from hall_desk.printing.demand_slips import demand_slip_title
    from hall_desk.printing.slips import SlipLayout, slip_title
    from hall_desk.services.cases.slips import SlipService
    from hall_desk.services.party.demand_slips import DemandSlipService

    number = parse_case_number(args.case_number)
    demand_number = None if number is not None else parse_demand_number(args.case_number)
    if number is None and demand_number is None:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{text} is not a case number or a demand number (they look like "
                    "SC01-2026-00042 and SC01-D2026-00042).",
                )
            ).format(text=args.case_number),
            file=sys.stderr,
        )
        return 2
    out: Path = args.out
    if not out.parent.is_dir():
        print(
            t(QT_TRANSLATE_NOOP("cli", "The folder {folder} does not exist.")).format(
                folder=out.parent
            ),
            file=sys.stderr,
        )
        return 2
    layout = SlipLayout(args.layout or Preferences.load(paths.preferences_file).slip_layout)
    db = _open(args, paths)
    try:
        if demand_number is not None:  # a demand prints its receipt, as a case its slip
            receipt = DemandSlipService(db, Clock(), paths.slips_dir).issue(
                None, demand_number, "receipt", layout
            )
            pdf, title, reprint = receipt.pdf, demand_slip_title(receipt.kind), receipt.reprint
        else:
            issued = SlipService(db, Clock(), paths.slips_dir).issue(
                None, number=number, layout=layout
            )
            pdf, title, reprint = issued.pdf, slip_title(issued.kind), issued.reprint
    finally:
        db.dispose()
    out.write_bytes(pdf)
    print(
        t(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({kind}{reprint}).")).format(
            path=out,
            kind=title,
            reprint=", " + t(QT_TRANSLATE_NOOP("cli", "reprint")) if reprint else "",
        )
    )
    return 0
