"""The figures as plain text for a terminal: one line per figure, this period against the last.

Columns are padded by display width, so Chinese labels (two columns per character) line up.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import Comparison, CountyReport, PeriodReport

Translate = Callable[[str], str]
Line = tuple[str, str, str, str]


class CenterFigures(Protocol):
    """What every desk's figures of one center's period say about the center and the period."""

    @property
    def site_code(self) -> str: ...

    @property
    def site_name(self) -> str: ...

    @property
    def period(self) -> Period: ...

    @property
    def as_of(self) -> datetime | None: ...


R = TypeVar("R", bound="CountyRow")


class CountyRow(Protocol):
    @property
    def site_code(self) -> str: ...

    @property
    def site_name(self) -> str: ...


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    gap = " " * max(0, width - _width(text))
    return gap + text if right else text + gap


def _number(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:.1f}"


def change_text(now: float, before: float) -> str:
    """``+5 (+12.5%)``, ``-3``, ``0``; no percentage when the earlier figure is 0."""
    diff = now - before
    sign = "+" if diff > 0 else ""
    text = f"{sign}{_number(diff) if isinstance(diff, float) else diff}"
    if before:
        text += f" ({sign}{diff / before * 100:.1f}%)"
    return text


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _figures(now: PeriodReport, before: PeriodReport, t: Translate) -> list[Line]:
    def row(label: str, a: float, b: float) -> Line:
        return (t(label), _number(a), _number(b), change_text(a, b))

    def share(label: str, a: float | None, b: float | None) -> Line:
        return (t(label), percent_text(a), percent_text(b), "")

    v, pv, c, pc = now.visitors, before.visitors, now.cases, before.cases
    r, pr, g, pg = now.rooms, before.rooms, now.ratings, before.ratings
    return [
        row(QT_TRANSLATE_NOOP("cli", "Visits registered"), v.visits, pv.visits),
        row(QT_TRANSLATE_NOOP("cli", "People"), v.people, pv.people),
        row(QT_TRANSLATE_NOOP("cli", "Walk-ins counted"), v.walk_ins_total, pv.walk_ins_total),
        row(QT_TRANSLATE_NOOP("cli", "Cases accepted"), c.accepted, pc.accepted),
        row(QT_TRANSLATE_NOOP("cli", "One-time notices"), c.notified, pc.notified),
        row(QT_TRANSLATE_NOOP("cli", "Not accepted"), c.refused, pc.refused),
        row(QT_TRANSLATE_NOOP("cli", "Cases completed"), c.completed, pc.completed),
        row(QT_TRANSLATE_NOOP("cli", "Completed late"), c.completed_late, pc.completed_late),
        row(QT_TRANSLATE_NOOP("cli", "Returned"), c.returned, pc.returned),
        row(QT_TRANSLATE_NOOP("cli", "Handled by an agent"), c.agent, pc.agent),
        row(QT_TRANSLATE_NOOP("cli", "Room bookings"), r.bookings, pr.bookings),
        row(QT_TRANSLATE_NOOP("cli", "Checked in"), r.checked_in, pr.checked_in),
        row(QT_TRANSLATE_NOOP("cli", "No-shows"), r.no_shows, pr.no_shows),
        row(QT_TRANSLATE_NOOP("cli", "Room hours used"), r.used_hours, pr.used_hours),
        row(QT_TRANSLATE_NOOP("cli", "Room hours open"), r.open_hours, pr.open_hours),
        share(QT_TRANSLATE_NOOP("cli", "Share of open hours used"), r.share, pr.share),
        row(QT_TRANSLATE_NOOP("cli", "Ratings"), g.count, pg.count),
        share(QT_TRANSLATE_NOOP("cli", "Satisfaction rate"), g.rate, pg.rate),
    ]


def _table(header: Line | Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    everything = [tuple(header), *[tuple(r) for r in rows]]
    widths = [max(_width(row[i]) for row in everything) for i in range(len(header))]
    return [
        "  ".join(_pad(cell, widths[i], right=i > 0) for i, cell in enumerate(row)).rstrip()
        for row in everything
    ]


def table_or_nothing(
    header: Sequence[str], rows: Sequence[Sequence[str]], t: Translate
) -> list[str]:
    """A table, or its first heading and "Nothing in this period." when it has no rows."""
    if not rows:
        return [header[0], "  " + t(QT_TRANSLATE_NOOP("cli", "Nothing in this period."))]
    return _table(header, rows)


def center_lines(now: CenterFigures, before: CenterFigures, t: Translate) -> list[str]:
    """The center and the two periods compared: the first lines of a center's figures."""
    return [
        f"{now.site_name} ({now.site_code})",
        t(QT_TRANSLATE_NOOP("cli", "Period {period}, compared with {previous}")).format(
            period=now.period.text(), previous=before.period.text()
        ),
    ]


def desk_heading(now: CenterFigures, before: CenterFigures, t: Translate) -> list[str]:
    """``center_lines`` and, while the period runs, up to when a desk's figures count."""
    lines = center_lines(now, before, t)
    if now.as_of is not None:
        lines.append(
            t(QT_TRANSLATE_NOOP("cli", "The period is not over: counted up to {as_of}.")).format(
                as_of=now.as_of.strftime("%Y-%m-%d %H:%M")
            )
        )
    return lines


def compared_table(lines: Sequence[Sequence[str]], t: Translate) -> list[str]:
    """Figures one per line: this period, the previous one and the change."""
    header = (
        "",
        t(QT_TRANSLATE_NOOP("cli", "This period")),
        t(QT_TRANSLATE_NOOP("cli", "Previous")),
        t(QT_TRANSLATE_NOOP("cli", "Change")),
    )
    return _table(header, lines)


def county_table(
    period: Period,
    sites: Sequence[R],
    total: R,
    header: Sequence[str],
    row: Callable[[str, R], tuple[str, ...]],
    t: Translate,
    *,
    note: str = "",
) -> str:
    """Every center side by side for ``period`` (a row each by ``row``), then the total; a
    ``note`` goes under the title."""
    rows = [row(f"{r.site_code} {r.site_name}", r) for r in sites]
    rows.append(row(t(QT_TRANSLATE_NOOP("cli", "Total")), total))
    title = t(QT_TRANSLATE_NOOP("cli", "Every center, {period}")).format(period=period.text())
    if note:
        title += "\n" + note
    return "\n".join([title, "", *_table(header, rows)])


def _running(as_of: str, before: PeriodReport, t: Translate) -> str:
    if before.as_of is None:
        return t(
            QT_TRANSLATE_NOOP("cli", "The period is not over: room hours count up to {as_of}.")
        ).format(as_of=as_of)
    return t(
        QT_TRANSLATE_NOOP(
            "cli",
            "The period is not over: room hours count up to {as_of}, "
            "in the previous period up to {previous}.",
        )
    ).format(as_of=as_of, previous=before.as_of.strftime("%Y-%m-%d %H:%M"))


def comparison_text(comparison: Comparison, t: Translate) -> str:
    """A center's figures for the period, the previous period's, the change, and what is open."""
    now, before = comparison.current, comparison.previous
    lines = center_lines(now, before, t)
    if now.as_of is not None:
        lines.append(_running(now.as_of.strftime("%Y-%m-%d %H:%M"), before, t))
    lines.append("")
    lines += compared_table(_figures(now, before, t), t)
    b = now.backlog
    open_now: list[tuple[str, str]] = [
        (t(QT_TRANSLATE_NOOP("cli", "In the hall now")), str(b.in_hall)),
        (t(QT_TRANSLATE_NOOP("cli", "Open cases")), str(b.open_cases)),
        (t(QT_TRANSLATE_NOOP("cli", "Waiting for documents")), str(b.waiting_docs)),
        (t(QT_TRANSLATE_NOOP("cli", "Overdue")), str(b.overdue)),
        (t(QT_TRANSLATE_NOOP("cli", "Due today")), str(b.due_today)),
        (t(QT_TRANSLATE_NOOP("cli", "Call-backs owed")), str(b.follow_ups_open)),
        (t(QT_TRANSLATE_NOOP("cli", "Elderly subsidy checks due")), str(b.checks_due)),
        (t(QT_TRANSLATE_NOOP("cli", "Transfer receipts outstanding")), str(b.receipts_outstanding)),
        (t(QT_TRANSLATE_NOOP("cli", "Bookings awaiting approval")), str(b.pending_bookings)),
    ]
    lines += [
        "",
        t(QT_TRANSLATE_NOOP("cli", "Open at {time}")).format(
            time=now.generated_at.strftime("%Y-%m-%d %H:%M")
        ),
    ]
    lines += _table(("", ""), open_now)[1:]
    return "\n".join(lines)


def county_text(county: CountyReport, t: Translate) -> str:
    """Every center side by side for the period, and the total."""
    header = (
        t(QT_TRANSLATE_NOOP("cli", "Center")),
        t(QT_TRANSLATE_NOOP("cli", "Visits")),
        t(QT_TRANSLATE_NOOP("cli", "Accepted")),
        t(QT_TRANSLATE_NOOP("cli", "Completed")),
        t(QT_TRANSLATE_NOOP("cli", "Overdue")),
        t(QT_TRANSLATE_NOOP("cli", "Bookings")),
        t(QT_TRANSLATE_NOOP("cli", "Room use")),
        t(QT_TRANSLATE_NOOP("cli", "Satisfaction")),
    )

    def row(name: str, r: PeriodReport) -> tuple[str, ...]:
        return (
            name,
            str(r.visitors.visits),
            str(r.cases.accepted),
            str(r.cases.completed),
            str(r.backlog.overdue),
            str(r.rooms.bookings),
            percent_text(r.rooms.share),
            percent_text(r.ratings.rate),
        )

    as_of, note = county.total.as_of, ""
    if as_of is not None:
        note = t(
            QT_TRANSLATE_NOOP("cli", "The period is not over: room hours count up to {as_of}.")
        ).format(as_of=as_of.strftime("%Y-%m-%d %H:%M"))
    return county_table(county.period, county.sites, county.total, header, row, t, note=note)
