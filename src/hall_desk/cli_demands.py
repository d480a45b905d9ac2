"""``hall-desk demands``: the party-service desk's figures of a day or a period from a terminal.

The same figures the Today and Review pages show (群众点单 · 社区派单 · 党员接单 · 群众评单),
compared with the period before as ``hall-desk report`` compares its figures: as text, JSON,
a printed report (PDF) or the Excel ledgers (summary, 需求台账 and 双报到, with names and
phones masked). Dates, output files and centers are handled as ``hall-desk report`` does.
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
    from hall_desk.domain.demand_figures import DemandBreakdown, DemandRow
    from hall_desk.domain.periods import Period
    from hall_desk.services.figures.demand_stats import DemandStatsService

Translate = Callable[[str], str]
COMMANDS = ("demands",)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    demands = sub.add_parser(
        "demands",
        help=t(QT_TRANSLATE_NOOP("cli", "print or write the party-service desk's figures")),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Demands collected, dispatched and solved, the response, in-time and "
                "satisfaction rates, by kind of demand, neighbourhood, unit and party member, "
                "for one day (--from only) or a period, compared with the period before: as "
                "text, JSON, a printed report (PDF) or the Excel ledgers (names and phones "
                "masked).",
            )
        ),
    )
    add_period_arguments(demands, t)


def run(
    args: argparse.Namespace, db_opener: Callable[[], Database], t: Translate, tm: Translate
) -> int:
    from hall_desk.services.calendar import CalendarService
    from hall_desk.services.figures.demand_stats import DemandStatsService

    return run_desk_figures(
        args,
        db_opener,
        t,
        open_stats=lambda db, clock: DemandStatsService(db, clock, CalendarService(db, clock)),
        center=lambda demands, site_id, period, fmt, out: _write_center(
            demands, site_id, period, fmt, out, t, tm
        ),
        county=lambda demands, period, fmt, out: _write_county(demands, period, fmt, out, t, tm),
        ledgers=lambda db, clock, site_id, name, period, out: _write_ledgers(
            db, clock, site_id, name, period, out, t
        ),
    )


def _breakdowns(
    demands: DemandStatsService, site_id: int, period: Period
) -> dict[DemandBreakdown, list[DemandRow]]:
    from hall_desk.domain.demand_figures import DemandBreakdown

    return {by: demands.site_breakdown(site_id, period, by) for by in DemandBreakdown}


def _write_center(
    demands: DemandStatsService,
    site_id: int,
    period: Period,
    fmt: str,
    out: Path | None,
    t: Translate,
    tm: Translate,
) -> int:
    # The same comparison as the Review page, the printed report and the Excel summary.
    comparison = demands.site_compare(site_id, period)
    breakdowns = _breakdowns(demands, site_id, comparison.current.period)
    if fmt == "json":
        from hall_desk.services.figures.demand_json import demand_comparison_dict

        data = demand_comparison_dict(comparison, breakdowns, tm)
        return _emit(json.dumps(data, ensure_ascii=False, indent=2), out, t)
    if fmt == "pdf":
        from hall_desk.printing.report_pdf import render_demand_report

        pdf = render_demand_report(
            comparison, breakdowns, _chinese(), printed_at=comparison.current.generated_at
        )
        return _emit_bytes(pdf, out, t)
    from hall_desk.printing.demand_text import demand_text

    return _emit(demand_text(comparison, breakdowns, t, tm), out, t)


def _write_county(
    demands: DemandStatsService,
    period: Period,
    fmt: str,
    out: Path | None,
    t: Translate,
    tm: Translate,
) -> int:
    county = demands.every_center(period)
    if fmt == "json":
        from hall_desk.services.figures.demand_json import demand_county_dict

        data = demand_county_dict(county, tm)
        return _emit(json.dumps(data, ensure_ascii=False, indent=2), out, t)
    from hall_desk.printing.demand_text import county_demand_text

    return _emit(county_demand_text(county, t), out, t)


def _write_ledgers(
    db: Database, clock: Clock, site_id: int, name: str, period: Period, out: Path, t: Translate
) -> int:
    """The summary, 需求台账 and 双报到, masked: from the terminal nobody is signed in."""
    from hall_desk.services.calendar import CalendarService
    from hall_desk.services.figures.demand_stats import DemandStatsService
    from hall_desk.services.figures.ledgers import LedgerKind, LedgerService
    from hall_desk.services.figures.stats import StatsService
    from hall_desk.services.session import terminal_session

    calendar = CalendarService(db, clock)
    ledgers = LedgerService(
        db, clock, StatsService(db, clock, calendar), DemandStatsService(db, clock, calendar)
    )
    kinds = [LedgerKind.SUMMARY, LedgerKind.DEMANDS, LedgerKind.PARTY_MEMBERS]
    result = ledgers.export(terminal_session(site_id, name), period, kinds, out, label=_chinese())
    rows = sum(n for kind, n in result.rows.items() if kind is not LedgerKind.SUMMARY)
    print(
        t(
            QT_TRANSLATE_NOOP("cli", "Wrote {path} ({rows} rows, names and phone numbers masked).")
        ).format(path=out, rows=rows)
    )
    return 0
