"""The printed report of a center (日报, 周报, 月报, 年报 or 统计报表 of any range of days) and
the county report that puts every center side by side, as A4 PDF bytes.

The text is Chinese, set in the bundled font, which is embedded. ``label`` turns the English
labels of fixed lists (visitor categories, purposes, ratings, ...) into Chinese. Every page
ends with the center's name, when and by whom the report was printed and "第 n 页 共 m 页".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from hall_desk.domain.activity_figures import ActivityComparison, SessionFigures
from hall_desk.domain.demand_figures import DemandBreakdown, DemandComparison, DemandRow
from hall_desk.domain.periods import Period, PeriodKind
from hall_desk.domain.reports import Comparison, CountyReport, PeriodReport
from hall_desk.printing.page_count import counted_canvas
from hall_desk.printing.report_activities import activities_section, activity_report_body
from hall_desk.printing.report_charts import CURRENT_NAME, Series, bar_rows_chart
from hall_desk.printing.report_demands import (
    BREAKDOWN_TITLES,
    UNIT_NOTE,
    backlog_note,
    breakdown_table,
    collected_chart,
    demand_figures,
    demands_section,
)
from hall_desk.printing.report_layout import (
    BODY,
    MARGIN,
    PAGE,
    SMALL,
    WIDTH,
    count_text,
    data_table,
    font,
    heading,
    moment_text,
    name_cell,
    note,
    percent_text,
    period_text,
    style,
    sub_heading,
)
from hall_desk.printing.report_sections import (
    NO_DATA,
    backlog_section,
    cases_section,
    ratings_section,
    rooms_section,
    visitors_section,
)
from hall_desk.printing.slip_layout import GREY, BoldText, hang_chinese_punctuation, para

__all__ = [
    "render_activity_report",
    "render_county_report",
    "render_demand_report",
    "render_report",
    "report_file_name",
    "report_title",
]

PDF_CREATOR = "Hall Desk"
COUNTY_NAME = "各党群服务中心汇总"

_TITLES = {PeriodKind.WEEK: "周报", PeriodKind.MONTH: "月报", PeriodKind.YEAR: "年报"}
_FOOTER_HEIGHT = 10 * mm
_RUNNING_HEAD = 7 * mm


def report_title(period: Period) -> str:
    """日报 for one day, 周报/月报/年报 for a week, month or year (also while it runs, on its
    first day too), else 统计报表."""
    if period.kind in _TITLES:
        return _TITLES[period.kind]
    return "日报" if period.days == 1 else "统计报表"


def report_file_name(site_code: str, period: Period) -> str:
    """``CN01_日报_2026-11-20.pdf`` or ``CN01_月报_2026-11-01_2026-11-30.pdf``."""
    code = re.sub(r"[^A-Za-z0-9_-]+", "_", site_code).strip("_-") or "report"
    days = period.first.isoformat()
    if period.days > 1:
        days += f"_{period.last.isoformat()}"
    return f"{code}_{report_title(period)}_{days}.pdf"


def render_report(
    comparison: Comparison,
    label: Callable[[str], str],
    *,
    printed_at: datetime,
    printed_by: str = "",
    chain_head: str = "",
    demands: DemandComparison | None = None,
    activities: ActivityComparison | None = None,
    activity_sessions: Sequence[SessionFigures] = (),
) -> bytes:
    """A center's report for ``comparison.current`` against ``comparison.previous``.

    ``chain_head`` (``audit_chain.head_text``, e.g. "#1234 0123456789abcdef…") is printed under
    the signatures, so the signed paper anchors the audit trail as it stood. ``demands``, the
    party-service desk's figures of the same periods, adds their section; ``activities``, the
    activities desk's, adds theirs (with ``activity_sessions`` listed one by one, for a day).
    """
    report = comparison.current
    title = report_title(report.period)
    story: list[Flowable] = [
        *_header(report.site_name, title, report.period, comparison.previous.period, report.as_of),
        *visitors_section(comparison, label),
        *cases_section(comparison),
        *rooms_section(comparison),
        *ratings_section(comparison, label),
        *backlog_section(report.backlog, f"{report.generated_at:%Y-%m-%d %H:%M}"),
    ]
    if demands is not None:
        story += demands_section(demands, label)
    if activities is not None:
        number = "六" if demands is None else "七"
        story += activities_section(activities, label, number, activity_sessions)
    story.append(_signatures(chain_head))
    page = _PageText(report.site_name, title, report.period, printed_at, printed_by)
    return _build(story, page)


def render_demand_report(
    comparison: DemandComparison,
    breakdowns: Mapping[DemandBreakdown, Sequence[DemandRow]],
    label: Callable[[str], str],
    *,
    printed_at: datetime,
    printed_by: str = "",
) -> bytes:
    """The party-service desk's report of a period (``hall-desk demands --format pdf``): the
    figures against the previous period, demands collected over time, and a table per kind
    of demand, 小区, unit and member (``breakdowns``; kinds from the figures if not given)."""
    now = comparison.current
    title = f"党员服务{report_title(now.period)}"
    story: list[Flowable] = [
        *_header(now.site_name, title, now.period, comparison.previous.period, now.as_of),
        heading("一、总体情况"),
        *demand_figures(comparison),
        backlog_note(now.backlog, f"{now.generated_at:%Y-%m-%d %H:%M}"),
        collected_chart(comparison),
    ]
    tables = {DemandBreakdown.CATEGORY: now.by_category, **breakdowns}
    for number, kind in zip("二三四五", DemandBreakdown, strict=True):
        story += [heading(f"{number}、按{BREAKDOWN_TITLES[kind]}统计")]
        rows = tables.get(kind, ())
        previous = comparison.previous.by_category if kind is DemandBreakdown.CATEGORY else None
        whole = kind in (DemandBreakdown.CATEGORY, DemandBreakdown.NEIGHBOURHOOD)
        if rows:
            table = breakdown_table(BREAKDOWN_TITLES[kind], rows, label, previous, total=whole)
            story.append(table)
        else:
            story.append(note(NO_DATA))
        if kind is DemandBreakdown.UNIT:
            story.append(note(UNIT_NOTE))
    story.append(_signatures())
    page = _PageText(now.site_name, title, now.period, printed_at, printed_by)
    return _build(story, page)


def render_activity_report(
    comparison: ActivityComparison,
    sessions: Sequence[SessionFigures],
    label: Callable[[str], str],
    *,
    printed_at: datetime,
    printed_by: str = "",
) -> bytes:
    """The activities desk's report of a period (``hall-desk activities --format pdf``): the
    figures against the previous period, people served over time, a table per kind of activity
    and per organiser, and the period's ``sessions`` one by one."""
    now = comparison.current
    title = f"活动与志愿服务{report_title(now.period)}"
    story: list[Flowable] = [
        *_header(now.site_name, title, now.period, comparison.previous.period, now.as_of),
        *activity_report_body(comparison, sessions, label),
        _signatures(),
    ]
    page = _PageText(now.site_name, title, now.period, printed_at, printed_by)
    return _build(story, page)


def render_county_report(
    county: CountyReport,
    label: Callable[[str], str],
    *,
    printed_at: datetime,
    printed_by: str = "",
) -> bytes:
    """Every center of ``county`` as a row, with their total, and a chart of visits."""
    title = report_title(county.period)
    story: list[Flowable] = [
        *_header(COUNTY_NAME, title, county.period, None, county.total.as_of),
        note(f"共 {len(county.sites)} 个中心。超期为统计时仍在办且已过承诺日期的件数。"),
        _county_table(county),
        _county_chart(county),
        _signatures(),
    ]
    page = _PageText(COUNTY_NAME, title, county.period, printed_at, printed_by)
    return _build(story, page)


# ---------------------------------------------------------------------------------------------
# Header and signatures


def _header(
    center: str,
    title: str,
    period: Period,
    previous: Period | None,
    as_of: datetime | None = None,
) -> list[Flowable]:
    centered = style(12, align=TA_CENTER, leading=16)
    heading = BoldText(title, font(), 20)
    heading.spaceBefore = 1 * mm
    heading.spaceAfter = 2 * mm
    lines = [f"统计期间：{period_text(period)}"]
    if as_of is not None:
        lines[0] += f"，截至 {moment_text(as_of)}"
    if previous is not None:
        lines.append(f"对比期间（上期）：{period_text(previous)}")
    rule = Spacer(WIDTH, 1 * mm)
    return [
        para(center or "党群服务中心", centered),
        heading,
        *(para(line, style(BODY + 0.5, align=TA_CENTER)) for line in lines),
        rule,
        _Rule(),
    ]


class _Rule(Flowable):  # type: ignore[misc]
    """A line across the page under the header."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 2 * mm

    def draw(self) -> None:
        self.canv.setLineWidth(1.2)
        self.canv.line(0, 1.5 * mm, self.width, 1.5 * mm)


def _signatures(chain_head: str = "") -> Flowable:
    text = "值班人员：________________　　　　负责人：________________"
    parts: list[Flowable] = [Spacer(1, 10 * mm), para(text, style(BODY + 1.5, leading=16))]
    if chain_head:
        parts += [Spacer(1, 2 * mm), para(f"审计链：{chain_head}", style(SMALL, leading=12))]
    return KeepTogether(parts)


# ---------------------------------------------------------------------------------------------
# County


def _county_row(report: PeriodReport) -> list[Any]:
    return [
        report.visitors.visits,
        report.visitors.people,
        report.cases.accepted,
        report.cases.completed,
        report.backlog.overdue,
        report.rooms.bookings,
        percent_text(report.rooms.share),
        report.ratings.count,
        percent_text(report.ratings.rate),
    ]


def _county_table(county: CountyReport) -> Flowable:
    head = (
        "编号",
        "中心名称",
        "登记\n来访",
        "来访\n人数",
        "受理",
        "办结",
        "当前\n超期",
        "功能室\n预约",
        "使用率",
        "评价",
        "满意率",
    )
    numbers = WIDTH * 0.076
    widths = [WIDTH * 0.08, WIDTH - WIDTH * 0.08 - 9 * numbers] + [numbers] * 9
    rows = [
        [name_cell(site.site_code), name_cell(site.site_name)]
        + [count_text(v) if isinstance(v, int) else v for v in _county_row(site)]
        for site in county.sites
    ]
    total = [name_cell("合计"), ""] + [
        count_text(v) if isinstance(v, int) else v for v in _county_row(county.total)
    ]
    table = data_table(head, rows, widths, total=total, text_columns=2)
    table.setStyle([("SPAN", (0, -1), (1, -1))])
    return table


def _county_chart(county: CountyReport) -> Flowable:
    title = "各中心登记来访（人次）"
    visits = [float(site.visitors.visits) for site in county.sites]
    if not any(visits):
        return KeepTogether([sub_heading(title), note(NO_DATA)])
    names = [site.site_name or site.site_code for site in county.sites]
    drawing = bar_rows_chart(names, [Series(CURRENT_NAME, visits)], label_width=130)
    return KeepTogether([sub_heading(title), drawing])


# ---------------------------------------------------------------------------------------------
# Pages


class _PageText:
    """What every page repeats: the running head (from page 2) and the footer."""

    def __init__(
        self, center: str, title: str, period: Period, printed_at: datetime, printed_by: str
    ) -> None:
        self.center = center
        self.title = title
        self.period = period
        self.printed = f"打印时间：{printed_at:%Y-%m-%d %H:%M}"
        if printed_by:
            self.printed += f"　打印人：{printed_by}"

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        left, right = MARGIN, PAGE[0] - MARGIN
        top = MARGIN + _FOOTER_HEIGHT - 2 * mm
        canvas.setStrokeColor(colors.HexColor("#555555"))
        canvas.setLineWidth(0.5)
        canvas.line(left, top, right, top)
        canvas.setFillColor(GREY)
        canvas.setFont(font(), SMALL + 0.5)
        canvas.drawString(left, top - 4 * mm, f"{self.center}　{self.title}")
        canvas.drawRightString(right, top - 4 * mm, self.printed)
        canvas.drawCentredString(PAGE[0] / 2, MARGIN, f"第 {page} 页 共 {pages} 页")
        if page > 1:
            head = f"{self.center}　{self.title}（续）　{self.period.text()}"
            y = PAGE[1] - MARGIN - SMALL
            canvas.drawString(left, y, head)
            canvas.line(left, y - 2 * mm, right, y - 2 * mm)
        canvas.restoreState()


def _build(story: list[Flowable], page: _PageText) -> bytes:
    hang_chinese_punctuation()
    bottom = MARGIN + _FOOTER_HEIGHT

    def frame(top_offset: float) -> Frame:
        return Frame(
            MARGIN,
            bottom,
            WIDTH,
            PAGE[1] - MARGIN - top_offset - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=bottom,
        title=f"{page.center} {page.title} {page.period.text()}",
        author=page.center,
        subject=page.title,
        creator=PDF_CREATOR,
        lang="zh-CN",
        initialFontName=font(),
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[frame(0)], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[frame(_RUNNING_HEAD)]),
        ]
    )
    doc.build(story, canvasmaker=counted_canvas(page.draw_footer))
    return buffer.getvalue()
