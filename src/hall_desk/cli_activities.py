"""``hall-desk activities``: activities, sign-ups, attendance and volunteer hours of a period.

The same figures the Today and Review pages show (活动报名 · 签到 · 志愿服务时长), compared with
the period before as ``hall-desk report`` compares its figures: as text, JSON, a printed report
(PDF) or the Excel ledgers (summary, 活动台账 and 志愿服务时长, phones masked). Dates, output
files and centers are handled as ``hall-desk report`` does.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hall_desk.cli_report import (
    _chinese,
    _emit,
    _emit_bytes,
    add_period_arguments,
    run_desk_figures,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hall_desk.db.database import Database
    from hall_desk.domain.clock import Clock
    from hall_desk.domain.periods import Period
    from hall_desk.services.figures.activity_stats import ActivityStatsService

Translate = Callable[[str], str]
COMMANDS = ("activities",)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    activities = sub.add_parser(
        "activities",
        help=t(QT_TRANSLATE_NOOP("cli", "print or write the activities desk's figures")),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Activities and sessions held, sign-ups, attendance and no-show rates, people "
                "served, volunteers and their hours, by kind of activity and by organiser, for "
                "one day (--from only) or a period, compared with the period before: as text, "
                "JSON, a printed report (PDF) or the Excel ledgers (phones masked).",
            )
        ),
    )
    add_period_arguments(activities, t)


def run(
    args: argparse.Namespace, db_opener: Callable[[], Database], t: Translate, tm: Translate
) -> int:
    from hall_desk.services.figures.activity_stats import ActivityStatsService

    return run_desk_figures(
        args,
        db_opener,
        t,
        open_stats=ActivityStatsService,
        center=lambda stats, site_id, period, fmt, out: _write_center(
            stats, site_id, period, fmt, out, t, tm
        ),
        county=lambda stats, period, fmt, out: _write_county(stats, period, fmt, out, t),
        ledgers=lambda db, clock, site_id, name, period, out: _write_ledgers(
            db, clock, site_id, name, period, out, t
        ),
    )


def _write_center(
    stats: ActivityStatsService,
    site_id: int,
    period: Period,
    fmt: str,
    out: Path | None,
    t: Translate,
    tm: Translate,
) -> int:
    # The same comparison as the Review page, the printed report and the Excel summary.
    comparison = stats.site_compare(site_id, period)
    sessions = stats.site_sessions(site_id, comparison.current.period)
    if fmt == "json":
        from hall_desk.services.figures.activity_json import activity_comparison_dict

        data = activity_comparison_dict(comparison, sessions, tm)
        return _emit(json.dumps(data, ensure_ascii=False, indent=2), out, t)
    if fmt == "pdf":
        from hall_desk.printing.report_pdf import render_activity_report

        pdf = render_activity_report(
            comparison, sessions, _chinese(), printed_at=comparison.current.generated_at
        )
        return _emit_bytes(pdf, out, t)
    from hall_desk.printing.activity_text import activity_text

    return _emit(activity_text(comparison, sessions, t, tm), out, t)


def _write_county(
    stats: ActivityStatsService, period: Period, fmt: str, out: Path | None, t: Translate
) -> int:
    county = stats.every_center(period)
    if fmt == "json":
        from hall_desk.services.figures.activity_json import activity_county_dict

        data = activity_county_dict(county)
        return _emit(json.dumps(data, ensure_ascii=False, indent=2), out, t)
    from hall_desk.printing.activity_text import county_activity_text

    return _emit(county_activity_text(county, t), out, t)


def _write_ledgers(
    db: Database, clock: Clock, site_id: int, name: str, period: Period, out: Path, t: Translate
) -> int:
    """The summary, 活动台账 and 志愿服务时长, masked: from the terminal nobody is signed in."""
    from hall_desk.services.calendar import CalendarService
    from hall_desk.services.figures.activity_stats import ActivityStatsService
    from hall_desk.services.figures.ledgers import LedgerKind, LedgerService
    from hall_desk.services.figures.stats import StatsService
    from hall_desk.services.session import terminal_session

    stats = StatsService(db, clock, CalendarService(db, clock))
    ledgers = LedgerService(db, clock, stats, None, ActivityStatsService(db, clock))
    kinds = [LedgerKind.SUMMARY, LedgerKind.ACTIVITIES, LedgerKind.VOLUNTEER_HOURS]
    result = ledgers.export(terminal_session(site_id, name), period, kinds, out, label=_chinese())
    rows = sum(n for kind, n in result.rows.items() if kind is not LedgerKind.SUMMARY)
    print(
        t(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({rows} rows, phone numbers masked).")).format(
            path=out, rows=rows
        )
    )
    return 0
