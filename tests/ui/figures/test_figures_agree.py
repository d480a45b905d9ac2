"""The Review page, the printed report, the Excel summary sheet and ``hall-desk report --format
json`` compare the same days and show the same figures.

Each of the four is made for the same period the way a person makes it: the page through its
real widgets, the report through "Save PDF", the workbook through the ledger export, the JSON
from the terminal; then what each shows is read back (the page's cells, the PDF's text, the
workbook's cells, the JSON) and compared.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from hall_desk.cli import main
from hall_desk.db.database import Database
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.domain.periods import Period
from hall_desk.services import Services, create_services
from hall_desk.services.demo.demo import fill_demo
from hall_desk.services.figures.ledgers import LedgerKind
from hall_desk.services.session import StaffSession
from hall_desk.ui.figures.report_actions import ReportActions, chinese_label
from hall_desk.ui.figures.review_page import ReviewPage
from hall_desk.ui.kit.events import DataEvents
from tests.conftest import set_up_center

#: A Tuesday afternoon: December has run for eight days.
MOMENT = datetime(2026, 12, 8, 14, 30)


@dataclass(frozen=True)
class Shown:
    """What one of the four shows: the days counted and compared, open hours and room use."""

    period: tuple[date, date]
    previous: tuple[date, date]
    open_hours: tuple[str, str]  # this period, the previous one, to one decimal
    room_use: tuple[str, str]  # as a percentage to one decimal
    as_of: datetime | None  # "as of" a moment, while the period runs
    exact: tuple[float, ...] | None = field(default=None, compare=False)
    """Open hours and shares unrounded (to 4 places), where the output holds them."""


@pytest.fixture
def desk(
    sqlite_url: str, passwords, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Services, StaffSession, str]]:
    # The terminal reads the wall clock: it reads the test's moment, as the desk does.
    monkeypatch.setattr(Clock, "now", lambda self: MOMENT)
    db = Database(sqlite_url)
    services = create_services(db, FixedClock(MOMENT), passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    fill_demo(db, services.clock, passwords, days=45, visits_per_day=36, seed=3, demands_per_day=0)
    yield services, admin, sqlite_url
    db.dispose()


def _days(text: str) -> tuple[date, date]:
    first, _, last = text.partition(" ~ ")
    return date.fromisoformat(first), date.fromisoformat(last or first)


def _moment(pattern: str, text: str, year: int) -> datetime | None:
    """The "as of" moment named in ``text`` (month, day, hour, minute), or None."""
    found = re.search(pattern, text)
    if found is None:
        return None
    month, day, hour, minute = (int(n) for n in found.groups())
    return datetime(year, month, day, hour, minute)


def _chinese_days(text: str) -> tuple[date, date]:
    """``2026年12月1日 至 2026年12月8日`` as two dates."""
    days = []
    for part in text.split(" 至 "):
        year, rest = part.split("年")
        month, rest = rest.split("月")
        days.append(date(int(year), int(month), int(rest.split("日")[0])))
    return days[0], days[-1]


def on_the_page(qtbot, services: Services, admin: StaffSession, period: Period) -> Shown:
    page = ReviewPage(services, admin, DataEvents())
    qtbot.addWidget(page)
    page.resize(1216, 700)
    page.show()
    qtbot.waitExposed(page)
    page.set_period(period)
    model = page.comparison_model

    def cells(key: str) -> tuple[str, str]:
        row = model.row_of_figure(key)
        return (
            model.index(row, model.CURRENT).data(),
            model.index(row, model.PREVIOUS).data(),
        )

    text = page.chooser.text.text()  # "<period> (as of …), compared with <previous>"
    counted, _, previous = text.partition(", compared with ")
    assert page.comparison is not None
    rooms_now, rooms_before = page.comparison.current.rooms, page.comparison.previous.rooms
    return Shown(
        _days(counted.split(" (as of ")[0]),
        _days(previous),
        cells("open_hours"),
        cells("room_share"),
        _moment(r"\(as of (\d+)/(\d+) (\d\d):(\d\d)\)", counted, period.first.year),
        _exact(
            rooms_now.open_hours,
            rooms_before.open_hours,
            rooms_now.share or 0,
            rooms_before.share or 0,
        ),
    )


def in_the_printed_report(services: Services, admin: StaffSession, period: Period) -> Shown:
    actions = ReportActions(services, admin, default_dir=lambda: Path("."))
    pdf = actions.report_pdf(period)
    lines = [
        line.strip()
        for page in PdfReader(BytesIO(pdf)).pages
        for line in page.extract_text().splitlines()
    ]
    period_line = next(line for line in lines if line.startswith("统计期间："))
    previous_line = next(line for line in lines if line.startswith("对比期间（上期）："))

    def figure(label: str) -> tuple[str, str]:
        at = lines.index(label)
        return lines[at + 1], lines[at + 2]

    return Shown(
        _chinese_days(period_line.removeprefix("统计期间：").split("（")[0]),
        _chinese_days(previous_line.removeprefix("对比期间（上期）：").split("（")[0]),
        figure("开放小时"),
        figure("使用率"),
        _moment(r"截至 (\d+)月(\d+)日 (\d\d):(\d\d)", period_line, period.first.year),
    )


def _exact(open_now: float, open_before: float, share_now: float, share_before: float):
    return tuple(round(v, 4) for v in (open_now, open_before, share_now, share_before))


def in_the_workbook(services: Services, admin: StaffSession, period: Period, folder: Path) -> Shown:
    path = folder / "台账.xlsx"
    services.ledgers.export(admin, period, [LedgerKind.SUMMARY], path, label=chinese_label())
    sheet = load_workbook(path).worksheets[0]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row and row[0]}

    def figure(title: str, percent: bool = False) -> tuple[str, str]:
        now, before = rows[title][0], rows[title][1]
        if percent:
            return f"{now * 100:.1f}%", f"{before * 100:.1f}%"
        return f"{now:.1f}", f"{before:.1f}"

    return Shown(
        _days(str(rows["统计期间"][0]).split("（")[0]),
        _days(str(rows["对比期间"][0])),
        figure("开放时长（小时）"),
        figure("功能室使用率", percent=True),
        _moment(r"截至 (\d+)月(\d+)日 (\d\d):(\d\d)", str(rows["统计期间"][0]), period.first.year),
        _exact(*rows["开放时长（小时）"][:2], *rows["功能室使用率"][:2]),
    )


def from_the_terminal(
    capsys: pytest.CaptureFixture[str], url: str, first: date, last: date, folder: Path
) -> Shown:
    code = main(
        ["--data-dir", str(folder), "--db", url, "--lang", "en", "report",
         "--from", first.isoformat(), "--to", last.isoformat(), "--format", "json"]
    )  # fmt: skip
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    now, before = data["current"]["rooms"], data["previous"]["rooms"]

    def days(part: dict[str, str]) -> tuple[date, date]:
        return date.fromisoformat(part["from"]), date.fromisoformat(part["to"])

    return Shown(
        days(data["period"]),
        days(data["previous_period"]),
        (f"{now['open_hours']:.1f}", f"{before['open_hours']:.1f}"),
        (f"{now['share'] * 100:.1f}%", f"{before['share'] * 100:.1f}%"),
        None
        if data["period"]["as_of"] is None
        else datetime.fromisoformat(data["period"]["as_of"]),
        _exact(now["open_hours"], before["open_hours"], now["share"], before["share"]),
    )


@pytest.mark.parametrize(
    ("period", "counted", "compared", "as_of"),
    [
        # December is still running: 1-8 December against 1-8 November, as of now.
        (
            Period.month(MOMENT.date()),
            (date(2026, 12, 1), date(2026, 12, 8)),
            (date(2026, 11, 1), date(2026, 11, 8)),
            MOMENT,
        ),
        # November is over: the whole month against the whole of October.
        (
            Period.month(date(2026, 11, 1)),
            (date(2026, 11, 1), date(2026, 11, 30)),
            (date(2026, 10, 1), date(2026, 10, 31)),
            None,
        ),
    ],
)
def test_page_report_workbook_and_terminal_agree(
    qtbot, desk, capsys, tmp_path: Path, period: Period, counted, compared, as_of
) -> None:
    services, admin, url = desk
    page = on_the_page(qtbot, services, admin, period)
    printed = in_the_printed_report(services, admin, period)
    # The export dialog and the terminal pass the period as two dates.
    workbook = in_the_workbook(services, admin, Period(period.first, period.last), tmp_path)
    terminal = from_the_terminal(capsys, url, period.first, period.last, tmp_path)

    assert (page.period, page.previous, page.as_of) == (counted, compared, as_of)
    assert printed == page
    assert workbook == page
    assert terminal == page
    assert workbook.exact == pytest.approx(page.exact, abs=1e-4)
    assert terminal.exact == pytest.approx(page.exact, abs=1e-4)
    assert float(page.open_hours[0]) > 0 and page.room_use[0] != "0.0%"
