"""The printed day and period reports and the county report come out as real A4 PDFs: the
figures against the previous period, the tables and charts, in the embedded Chinese font."""

from __future__ import annotations

import dataclasses
import itertools
import re
import subprocess
import time
from collections.abc import Iterator
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from hall_desk.db.database import Database
from hall_desk.domain.cases import RATING_LABELS
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.periods import Period, PeriodKind
from hall_desk.domain.reports import (
    BacklogFigures,
    BreakdownRow,
    CaseFigures,
    Comparison,
    CountRow,
    CountyReport,
    DayCount,
    PeriodReport,
    RatingDay,
    RatingFigures,
    RoomFigures,
    RoomRow,
    VisitorFigures,
)
from hall_desk.domain.visits import CATEGORY_LABELS, PURPOSE_LABELS, TALLY_LABELS
from hall_desk.printing.report_pdf import (
    render_county_report,
    render_report,
    report_file_name,
    report_title,
)
from hall_desk.services import create_services
from hall_desk.services.demo.demo import fill_demo
from hall_desk.services.figures.report_data import total_report
from hall_desk.services.passwords import Passwords
from tests.conftest import set_up_center
from tests.printing.test_slips import _flat, _need, _page_sizes, _poppler_text, _pypdf_text

CENTER = "城南社区党群服务中心"
PRINTED_AT = datetime(2026, 11, 20, 17, 30)
DAY = Period.day(date(2026, 11, 20))
MONTH = Period.month(date(2026, 11, 20))
#: Every figure of the previous period is this much smaller than the current one.
GAP = 200

CHINESE = {
    "Resident": "居民",
    "Senior": "老年人",
    "Courier / rider (new employment)": "新就业群体（快递员、外卖骑手）",
    "Errand": "办事",
    "Rider resting": "骑手歇脚",
    "Very satisfied": "非常满意",
    "Very dissatisfied": "非常不满意",
}


def label(text: str) -> str:
    return CHINESE.get(text, f"译{text}")


# ---------------------------------------------------------------------------------------------
# A report with every figure filled, each from a running counter, so that every number differs.


def _report(
    period: Period,
    first: int,
    *,
    items: int = 20,
    code: str = "CN01",
    name: str = CENTER,
) -> PeriodReport:
    counter: Iterator[int] = itertools.count(first)

    def n() -> int:
        return next(counter)

    def rows(labels: dict) -> tuple[CountRow, ...]:  # type: ignore[type-arg]
        return tuple(CountRow(key.value, text, n()) for key, text in labels.items())

    visits, people = n(), n()
    by_category, by_purpose, walk_ins = (
        rows(CATEGORY_LABELS),
        rows(PURPOSE_LABELS),
        rows(TALLY_LABELS),
    )
    walk_ins_total = n()
    scalars = [n() for _ in range(8)]
    by_item = tuple(
        BreakdownRow(
            f"I{i:03d}",
            _item_name(i),
            accepted=first + 10 * (items - i),
            completed=first + 10 * (items - i) - 3,
            agent=first // 10 + i,
        )
        for i in range(items)
    )
    by_office = (
        BreakdownRow("民政科", "民政科", n(), n(), n()),
        BreakdownRow("社保科", "社保科", n(), n(), n()),
    )
    rooms = tuple(
        RoomRow(
            key=f"R{i}",
            label=room,
            seats=seats,
            bookings=n(),
            checked_in=n(),
            no_shows=n(),
            cancelled=n(),
            booked_hours=float(n()),
            used_hours=n() + 0.5,
            open_hours=float(4 * n()),
        )
        for i, (room, seats) in enumerate((("多功能会议室", 0), ("自习室", 20)))
    )
    rating_count = n()
    by_rating = rows(RATING_LABELS)
    backlog = BacklogFigures(*(n() for _ in range(9)))
    # Series last, so that periods of different length keep the other figures aligned.
    by_hour = tuple(n() if 8 <= hour <= 17 else 0 for hour in range(24))
    per_day = tuple(DayCount(day, index % 9 + 1) for index, day in enumerate(period.dates()))
    rating_days = tuple(
        RatingDay(day, index % 3 + 2, index % 3 + 1) for index, day in enumerate(period.dates())
    )
    return PeriodReport(
        site_id=1,
        site_code=code,
        site_name=name,
        period=period,
        generated_at=datetime(2026, 11, 20, 17, 5),
        visitors=VisitorFigures(
            visits, people, by_category, by_purpose, by_hour, per_day, walk_ins, walk_ins_total
        ),
        cases=CaseFigures(*scalars, by_item=by_item, by_office=by_office),
        rooms=RoomFigures(
            bookings=sum(r.bookings for r in rooms),
            checked_in=sum(r.checked_in for r in rooms),
            no_shows=sum(r.no_shows for r in rooms),
            cancelled=sum(r.cancelled for r in rooms),
            used_hours=sum(r.used_hours for r in rooms),
            open_hours=sum(r.open_hours for r in rooms),
            per_room=rooms,
        ),
        ratings=RatingFigures(rating_count, rating_count - 7, by_rating, rating_days),
        backlog=backlog,
    )


def _item_name(index: int) -> str:
    if index % 3 == 0:
        return f"事项{index:03d}城乡居民基本养老保险参保登记与缴费档次变更及待遇领取资格认证"
    return f"事项{index:03d}"


def _comparison(period: Period = DAY, *, items: int = 20) -> Comparison:
    return Comparison(
        _report(period, 1000, items=items), _report(period.previous(), 1000 - GAP, items=items)
    )


def _empty(period: Period) -> PeriodReport:
    report = _report(period, 0, items=0)
    zero_rows = lambda rows: tuple(CountRow(r.key, r.label, 0) for r in rows)  # noqa: E731
    v, r = report.visitors, report.rooms
    return PeriodReport(
        report.site_id,
        report.site_code,
        report.site_name,
        period,
        report.generated_at,
        VisitorFigures(
            0,
            0,
            zero_rows(v.by_category),
            zero_rows(v.by_purpose),
            (0,) * 24,
            tuple(DayCount(d, 0) for d in period.dates()),
            zero_rows(v.walk_ins),
            0,
        ),
        CaseFigures(0, 0, 0, 0, 0, 0, 0, 0, (), ()),
        RoomFigures(
            0,
            0,
            0,
            0,
            0.0,
            96.0,
            tuple(RoomRow(x.key, x.label, x.seats, 0, 0, 0, 0, 0.0, 0.0, 48.0) for x in r.per_room),
        ),
        RatingFigures(0, 0, zero_rows(report.ratings.by_rating), ()),
        BacklogFigures(0, 0, 0, 0, 0, 0, 0, 0, 0),
    )


def _change(current: float, previous: float) -> str:
    difference = current - previous
    return f"{difference:+.0f} / {difference / previous * 100:+.1f}%"


def _render(comparison: Comparison) -> bytes:
    return render_report(comparison, label, printed_at=PRINTED_AT, printed_by="王芳")


def _layout_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return _poppler_text(path)


def _line(text: str, start: str) -> str:
    """The layout line whose first cell is ``start``."""
    for line in text.splitlines():
        if line.strip().startswith(start):
            return line
    raise AssertionError(f"no line starts with {start!r}")


def _cells(line: str) -> list[str]:
    """The cells of a layout line (separated by two or more spaces)."""
    return re.split(r"\s{2,}", line.strip())


# ---------------------------------------------------------------------------------------------
# Titles and file names


@pytest.mark.parametrize(
    ("period", "title"),
    [
        (DAY, "日报"),
        (Period(date(2026, 11, 20), date(2026, 11, 20)), "日报"),
        (Period.week(date(2026, 11, 20)), "周报"),
        (MONTH, "月报"),
        (Period.year(date(2026, 11, 20)), "年报"),
        (Period(date(2026, 11, 1), date(2026, 11, 30)), "统计报表"),
        # A month still running is counted up to today: on its first day it is one day long.
        (Period(date(2026, 12, 1), date(2026, 12, 1), PeriodKind.MONTH), "月报"),
        (Period(date(2026, 11, 16), date(2026, 11, 18), PeriodKind.WEEK), "周报"),
    ],
)
def test_report_title(period: Period, title: str) -> None:
    assert report_title(period) == title


def test_report_file_name() -> None:
    assert report_file_name("CN01", DAY) == "CN01_日报_2026-11-20.pdf"
    assert (
        report_file_name("CN01", Period(date(2026, 11, 1), date(2026, 11, 30)))
        == "CN01_统计报表_2026-11-01_2026-11-30.pdf"
    )
    assert report_file_name("CN01", MONTH) == "CN01_月报_2026-11-01_2026-11-30.pdf"
    assert report_file_name("a/b:c", DAY) == "a_b_c_日报_2026-11-20.pdf"


# ---------------------------------------------------------------------------------------------
# The day report


def test_day_report_header_footer_and_pages() -> None:
    pdf = _render(_comparison())
    pages = PdfReader(BytesIO(pdf)).pages
    assert all(size == pytest.approx((595.28, 841.89), abs=0.01) for size in _page_sizes(pdf))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        text = _flat(page.extract_text() or "")
        assert f"第{number}页共{len(pages)}页" in text
        assert CENTER in text
        assert "打印时间：2026-11-2017:30" in text
        assert "打印人：王芳" in text
    first = _flat(pages[0].extract_text() or "")
    assert "日报" in first
    assert "2026年11月20日星期五" in first
    assert "对比期间（上期）：2026年11月19日星期四" in first
    last = _flat(pages[-1].extract_text() or "")
    assert "值班人员：" in last
    assert "负责人：" in last


def test_a_running_period_says_how_far_it_is_counted(tmp_path: Path) -> None:
    counted = Period(date(2026, 12, 1), date(2026, 12, 8), PeriodKind.MONTH)
    compared = Period(date(2026, 11, 1), date(2026, 11, 8), PeriodKind.MONTH)
    comparison = Comparison(
        dataclasses.replace(_report(counted, 1000), as_of=datetime(2026, 12, 8, 14, 30)),
        dataclasses.replace(_report(compared, 900), as_of=datetime(2026, 11, 8, 14, 30)),
    )
    flat = _flat(_layout_text(_render(comparison), tmp_path))
    assert "月报" in flat
    assert "统计期间：2026年12月1日至2026年12月8日（共8天），截至12月8日14:30" in flat
    assert "对比期间（上期）：2026年11月1日至2026年11月8日（共8天）" in flat
    assert "功能室开放与使用时长计至12月8日14:30（上期计至11月8日14:30）" in flat
    # A period that is over says nothing of the kind.
    whole = _flat(_layout_text(_render(_comparison(MONTH)), tmp_path))
    assert "截至12月" not in whole and "尚未结束" not in whole


def test_day_report_figures_against_the_previous_day(tmp_path: Path) -> None:
    comparison = _comparison()
    now, before = comparison.current, comparison.previous
    text = _layout_text(_render(comparison), tmp_path)
    flat = _flat(text)
    for heading in ("一、来访情况", "二、办件情况", "三、功能室使用", "四、评价情况"):
        assert heading in flat
    assert "五、待办事项（截至打印时）" in flat

    visits = _cells(_line(text, "登记来访"))
    assert visits[1:4] == [
        str(now.visitors.visits),
        str(before.visitors.visits),
        _change(now.visitors.visits, before.visitors.visits),
    ]
    for name, figure in (
        ("来访人数", lambda r: r.visitors.people),
        ("快速计数合计", lambda r: r.visitors.walk_ins_total),
        ("受理", lambda r: r.cases.accepted),
        ("一次性告知", lambda r: r.cases.notified),
        ("不予受理", lambda r: r.cases.refused),
        ("办结", lambda r: r.cases.completed),
        ("其中超期办结", lambda r: r.cases.completed_late),
        ("退回", lambda r: r.cases.returned),
        ("帮办代办", lambda r: r.cases.agent),
        ("评价件数", lambda r: r.ratings.count),
    ):
        change = re.escape(_change(figure(now), figure(before)))
        assert re.search(rf"{name}\s+{figure(now)}\s+{figure(before)}\s+{change}", text), name


def test_breakdowns_are_translated_and_compared(tmp_path: Path) -> None:
    comparison = _comparison()
    now, before = comparison.current.visitors, comparison.previous.visitors
    pdf = _render(comparison)
    text = _layout_text(pdf, tmp_path)
    flat = _flat(_pypdf_text(pdf))  # keeps a name wrapped in its cell together
    for name in ("居民", "老年人", "新就业群体（快递员、外卖骑手）", "办事", "骑手歇脚"):
        assert _flat(name) in flat, name
    resident = _cells(_line(text, "居民"))
    assert resident[1:4] == [
        str(now.by_category[0].count),
        str(before.by_category[0].count),
        _change(now.by_category[0].count, before.by_category[0].count),
    ]
    assert f"快速计数·骑手歇脚 {now.walk_ins[0].count} {before.walk_ins[0].count}" in " ".join(
        _cells(_line(text, "快速计数·骑手歇脚"))
    )
    very = _cells(_line(text, "非常满意"))
    assert very[1:3] == [
        str(comparison.current.ratings.by_rating[0].count),
        str(comparison.previous.ratings.by_rating[0].count),
    ]
    assert "非常不满意" in flat


def test_items_table_lists_the_top_15_and_sums_the_rest(tmp_path: Path) -> None:
    comparison = _comparison()
    items = comparison.current.cases.by_item
    previous = comparison.previous.cases.by_item
    pdf = _render(comparison)
    text = _layout_text(pdf, tmp_path)
    assert _flat(items[14].label) in _flat(text)
    rest = items[15:]
    other = _cells(_line(text, "其他 "))
    assert other == [
        "其他",
        str(sum(r.accepted for r in rest)),
        str(sum(r.completed for r in rest)),
        str(sum(r.agent for r in rest)),
        str(sum(r.accepted for r in previous[15:])),
    ]
    total = _cells(_line(text, "合计"))
    assert total[1] == str(sum(r.accepted for r in items))
    assert total[4] == str(sum(r.accepted for r in previous))
    # A long item name wraps inside its cell instead of running over the numbers.
    pdf_text = _flat(_pypdf_text(pdf))
    assert "事项014" in pdf_text
    assert "事项016" not in pdf_text  # only in "其他"
    assert _flat(items[0].label) in pdf_text
    assert not any(items[0].label in line for line in text.splitlines())  # wrapped
    first = (items[0].accepted, items[0].completed, items[0].agent, previous[0].accepted)
    assert re.search(r"\s+".join(map(str, first)), text)


def test_an_item_only_the_previous_period_had_is_listed_with_nothing_this_period(
    tmp_path: Path,
) -> None:
    comparison = _comparison(items=5)
    cases = comparison.previous.cases
    gone = BreakdownRow("Z999", "老年优待证办理", accepted=77, completed=70, agent=1)
    previous = dataclasses.replace(
        comparison.previous, cases=dataclasses.replace(cases, by_item=(*cases.by_item, gone))
    )
    text = _layout_text(_render(dataclasses.replace(comparison, previous=previous)), tmp_path)
    assert _cells(_line(text, "老年优待证办理")) == ["老年优待证办理", "0", "0", "0", "77"]
    assert not any(line.strip().startswith("其他") for line in text.splitlines())


def test_rooms_and_backlog(tmp_path: Path) -> None:
    comparison = _comparison()
    rooms = comparison.current.rooms
    text = _layout_text(_render(comparison), tmp_path)
    study = rooms.per_room[1]
    cells = _cells(_line(text, "自习室（20座）"))
    assert cells[1:] == [
        str(study.bookings),
        str(study.checked_in),
        str(study.no_shows),
        f"{study.used_hours:.1f}",
        f"{study.open_hours:.1f}",
        f"{study.share * 100:.1f}%",  # type: ignore[operator]
    ]
    previous = comparison.previous.rooms
    share = re.search(r"使用率\s+(\S+)\s+(\S+)\s+(\S+个百分点)", text)
    assert share is not None
    assert share[1] == f"{rooms.share * 100:.1f}%"  # type: ignore[operator]
    assert share[2] == f"{previous.share * 100:.1f}%"  # type: ignore[operator]
    backlog = comparison.current.backlog
    for name, value in (("在厅未离开", backlog.in_hall), ("预约待审批", backlog.pending_bookings)):
        assert re.search(rf"{name}\s+{value}\b", text), name


def test_day_report_charts_visitors_by_hour() -> None:
    flat = _flat(_pypdf_text(_render(_comparison())))
    assert "各时段来访" in flat
    for hour in ("7时", "12时", "21时"):
        assert hour in flat
    assert "每日来访" not in flat
    assert "本期" in flat and "上期" in flat
    assert "受理件数前10的事项" in flat
    assert "各功能室使用率" in flat


def test_late_visits_widen_the_hour_chart() -> None:
    comparison = _comparison()
    current = comparison.current
    hours = (*current.visitors.by_hour[:23], 4)
    visitors = dataclasses.replace(current.visitors, by_hour=hours)
    late = dataclasses.replace(comparison, current=dataclasses.replace(current, visitors=visitors))
    flat = _flat(_pypdf_text(_render(late)))
    assert "23时" in flat
    assert "22时" in flat


def test_month_report_charts_visitors_per_day() -> None:
    flat = _flat(_pypdf_text(_render(_comparison(MONTH))))
    assert "月报" in flat
    assert "2026年11月1日至2026年11月30日（共30天）" in flat
    assert "2026年10月1日至2026年10月31日（共31天）" in flat
    assert "每日来访" in flat
    assert "各时段来访" not in flat
    assert "满意率走势（每日）" in flat


def test_empty_report_says_there_is_no_data(tmp_path: Path) -> None:
    pdf = _render(Comparison(_empty(DAY), _empty(DAY.previous())))
    text = _layout_text(pdf, tmp_path)
    flat = _flat(text)
    assert "本期无数据" in flat
    assert "本期无评价" in flat
    assert "本期无办件" in flat
    assert _cells(_line(text, "登记来访"))[1:4] == ["0", "0", "—"]
    assert re.search(r"满意率\s+—\s+—\s+—", text)
    assert "值班人员：" in flat


def test_only_the_bundled_font_is_embedded(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(_render(_comparison(MONTH)))
    listing = subprocess.run(
        [_need("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = listing.splitlines()[2:]
    assert rows, listing
    for row in rows:
        fields = row.split()
        assert fields[-5] == "yes", f"not embedded: {row}"
        assert "WenQuanYi" in fields[0], row


# ---------------------------------------------------------------------------------------------
# Long periods and many items


def test_year_and_many_items_render_quickly() -> None:
    leap = Period(date(2028, 1, 1), date(2028, 12, 31), PeriodKind.YEAR)
    assert leap.days == 366
    started = time.perf_counter()
    pdf = _render(_comparison(leap, items=200))
    elapsed = time.perf_counter() - started
    assert elapsed < 10, elapsed
    flat = _flat(_pypdf_text(pdf))
    assert "年报" in flat
    assert "每周来访" in flat
    assert "满意率走势（每周）" in flat
    assert "其他" in flat


# ---------------------------------------------------------------------------------------------
# County


def test_county_report_lists_every_center_and_the_total(tmp_path: Path) -> None:
    names = [("CN01", CENTER), ("CB02", "城北社区党群服务中心"), ("XH03", "西湖街道党群服务中心")]
    sites = tuple(
        _report(MONTH, 100 * (index + 1), code=code, name=name)
        for index, (code, name) in enumerate(names)
    )
    county = CountyReport(MONTH, sites, total_report(sites, MONTH, PRINTED_AT))
    pdf = render_county_report(county, label, printed_at=PRINTED_AT, printed_by="王芳")
    text = _layout_text(pdf, tmp_path)
    flat = _flat(text)
    assert "月报" in flat
    assert "各党群服务中心汇总" in flat
    assert "各中心登记来访" in flat
    for site in sites:
        cells = _cells(_line(text, site.site_code))
        assert cells[1] == site.site_name
        assert cells[2:7] == [
            str(site.visitors.visits),
            str(site.visitors.people),
            str(site.cases.accepted),
            str(site.cases.completed),
            str(site.backlog.overdue),
        ]
    total = _cells(_line(text, "合计"))
    assert total[1:3] == [str(county.total.visitors.visits), str(county.total.visitors.people)]
    assert str(sum(s.ratings.count for s in sites)) in total
    assert "第1页共1页" in flat


# ---------------------------------------------------------------------------------------------
# With the statistics service on demo data


def test_month_report_of_demo_data_holds_the_service_figures(
    sqlite_url: str, clock: FixedClock, passwords: Passwords, tmp_path: Path
) -> None:
    db = Database(sqlite_url)
    try:
        services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
        admin = set_up_center(services)
        fill_demo(db, clock, passwords, days=21, visits_per_day=20, seed=11, demands_per_day=0)
        comparison = services.stats.compare(admin, MONTH)
    finally:
        db.dispose()
    now, before = comparison.current, comparison.previous
    assert now.visitors.visits > 0 and now.cases.accepted > 0
    pdf = _render(comparison)
    text = _layout_text(pdf, tmp_path)
    flat = _flat(_pypdf_text(pdf))
    assert now.site_name in flat
    for name, current, previous in (
        ("登记来访（人次）", now.visitors.visits, before.visitors.visits),
        ("来访人数", now.visitors.people, before.visitors.people),
        ("受理", now.cases.accepted, before.cases.accepted),
        ("办结", now.cases.completed, before.cases.completed),
        ("预约", now.rooms.bookings, before.rooms.bookings),
        ("评价件数", now.ratings.count, before.ratings.count),
    ):
        assert re.search(rf"{re.escape(name)}\s+{current}\s+{previous}\s", text), name
    top = now.cases.by_item[0]
    assert re.search(rf"{top.accepted}\s+{top.completed}\s+{top.agent}\s", text)
    assert _flat(top.label) in flat
    assert f"{now.rooms.share * 100:.1f}%" in flat  # type: ignore[operator]
    if now.ratings.rate is not None:
        assert f"{now.ratings.rate * 100:.1f}%" in flat
    assert re.search(rf"在办件\s+{now.backlog.open_cases}\b", text)
    assert re.search(rf"已超期\s+{now.backlog.overdue}\b", text)
