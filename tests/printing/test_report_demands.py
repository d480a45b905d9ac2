"""The party-service desk in print: its section of the period report and the demand report
of ``hall-desk demands``, read back out of the PDF."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from hall_desk.domain.demand_figures import (
    NO_NEIGHBOURHOOD,
    DemandBacklog,
    DemandBreakdown,
    DemandComparison,
    DemandDay,
    DemandFigures,
    DemandRow,
)
from hall_desk.domain.periods import Period
from hall_desk.printing.report_pdf import render_demand_report, render_report
from tests.printing.test_report_pdf import (
    MONTH,
    PRINTED_AT,
    _cells,
    _comparison,
    _layout_text,
    _line,
    label,
)
from tests.printing.test_slips import _flat, _pypdf_text

PREVIOUS = Period.month(date(2026, 10, 1))


def _row(key: str, name: str, n: int, detail: str = "") -> DemandRow:
    """A row whose measures all differ: collected n, dispatched n-1, solved n-2 ..."""
    return DemandRow(
        key=key, label=name, detail=detail, collected=n, wishes=1, dispatched=n - 1,
        accepted=n - 1, on_time_responses=n - 3, solved=n - 2, solved_on_time=n - 4,
        rated=n - 2, satisfied=n - 5, service_minutes=30 * n,
    )  # fmt: skip


def _figures(period: Period, scale: int, rows: int = 3) -> DemandFigures:
    categories = tuple(_row(str(i), f"类别{i:02d}", scale + 10 * i) for i in range(rows))
    sums = {
        name: sum(getattr(r, name) for r in categories)
        for name in (
            "collected", "wishes", "dispatched", "accepted", "on_time_responses", "solved",
            "solved_on_time", "rated", "satisfied", "service_minutes",
        )
    }  # fmt: skip
    return DemandFigures(
        site_id=1, site_code="CN01", site_name="城南社区党群服务中心", period=period,
        generated_at=datetime(2026, 11, 20, 9, 30), merged_calls=7, reopened=2,
        backlog=DemandBacklog(open_now=12, overdue_open=3, due_soon=1, problems_overdue=4),
        on_site_minutes=15,
        per_day=tuple(DemandDay(d, d.day % 4, d.day % 3) for d in period.dates()),
        by_category=categories, **sums,
    )  # fmt: skip


def _demands(rows: int = 3) -> DemandComparison:
    return DemandComparison(_figures(MONTH, 40, rows), _figures(PREVIOUS, 20, rows))


def test_the_period_report_has_the_party_service_section(tmp_path: Path) -> None:
    demands = _demands()
    now, before = demands.current, demands.previous
    pdf = render_report(_comparison(MONTH), label, printed_at=PRINTED_AT, demands=demands)
    text = _layout_text(pdf, tmp_path)
    flat = _flat(text)
    assert "六、党员服务（群众点单·社区派单·党员接单·群众评单）" in flat
    line = _cells(_line(text, "收集需求"))
    assert line[:3] == ["收集需求", str(now.collected), str(before.collected)]
    assert _cells(_line(text, "群众诉求（含并单）"))[1] == str(now.collected + 7)
    # Rates, and their change in percentage points.
    response = now.on_time_responses / now.accepted * 100
    earlier = before.on_time_responses / before.accepted * 100
    assert f"{response:.1f}%" in text and f"{earlier:.1f}%" in text
    assert f"{response - earlier:+.1f}个百分点" in flat
    assert "响应率=派单后15分钟内接单的需求" in flat
    # The kinds of demand with this period's and last period's collected demands.
    kind = _cells(_line(text, "类别02"))
    row = now.by_category[2]
    assert kind[:4] == ["类别02", str(row.collected), str(row.dispatched), str(row.solved)]
    assert kind[4] == f"{row.solved_on_time / row.solved * 100:.1f}%"
    assert kind[-1] == str(before.by_category[2].collected)
    total = _cells(_line(text[text.index("按需求类别统计") :], "合计"))
    assert total[1] == str(now.collected)
    assert "在办需求12件，其中超时3件、即将到时1件；居民议事会问题逾期未销号4件" in flat
    # Without the demand figures the report is as it was.
    plain = _pypdf_text(render_report(_comparison(MONTH), label, printed_at=PRINTED_AT))
    assert "党员服务" not in plain


def test_no_demands_no_division(tmp_path: Path) -> None:
    empty = DemandFigures(
        site_id=1, site_code="CN01", site_name="城南社区党群服务中心", period=MONTH,
        generated_at=datetime(2026, 11, 20, 9, 30),
    )  # fmt: skip
    before = DemandFigures(
        site_id=1, site_code="CN01", site_name="城南社区党群服务中心", period=PREVIOUS,
        generated_at=datetime(2026, 11, 20, 9, 30),
    )  # fmt: skip
    pdf = render_report(
        _comparison(MONTH), label, printed_at=PRINTED_AT, demands=DemandComparison(empty, before)
    )
    text = _layout_text(pdf, tmp_path)
    flat = _flat(text)
    # Nothing to divide by: a dash for this period, the previous one and the change.
    for rate in ("响应率", "按时办结率", "满意率"):
        assert f"{rate}———" in flat
    assert "本期无需求" in flat


def test_the_demand_report_has_every_breakdown(tmp_path: Path) -> None:
    demands = _demands(rows=25)
    units = [_row(str(i), f"报到单位{i}", 30 - i) for i in range(3)]
    members = [_row("7", "刘建华", 9, detail="县人民医院")]
    places = [_row("", NO_NEIGHBOURHOOD, 5), _row("幸福小区", "幸福小区", 4)]
    pdf = render_demand_report(
        demands,
        {
            DemandBreakdown.NEIGHBOURHOOD: places,
            DemandBreakdown.UNIT: units,
            DemandBreakdown.MEMBER: members,
        },
        label,
        printed_at=PRINTED_AT,
        printed_by="王芳",
    )
    text = _layout_text(pdf, tmp_path)
    flat = _flat(text)
    assert "党员服务月报" in flat and "城南社区党群服务中心" in flat
    for heading in ("一、总体情况", "二、按需求类别统计", "三、按小区统计", "四、按报到单位统计"):
        assert heading in flat
    assert "五、按党员统计" in flat and "刘建华（县人民医院）" in flat
    assert "每日收集需求（柱：本期，虚线：上期）" in flat
    # 25 kinds: the first 20 one by one, the other 5 in one line, then the total.
    assert "类别19" in flat and "类别20" not in flat
    other = _cells(_line(text, "其他"))
    assert other[1] == str(sum(r.collected for r in demands.current.by_category[20:]))
    assert _flat(f"译{NO_NEIGHBOURHOOD}") in flat  # the label of "no 小区" is translated
    # A demand may count for two units: the unit table has no total, and says why.
    unit_table = text[text.index("四、按报到单位统计") : text.index("五、按党员统计")]
    assert "合计" not in unit_table
    assert "派给报到单位或该单位党员的需求都计入该单位" in _flat(unit_table)
    assert "打印人：王芳" in flat


def test_the_demand_report_without_demands_says_so(tmp_path: Path) -> None:
    figures = DemandFigures(
        site_id=1, site_code="CN01", site_name="城南社区党群服务中心", period=MONTH,
        generated_at=datetime(2026, 11, 20, 9, 30),
    )  # fmt: skip
    pdf = render_demand_report(DemandComparison(figures, figures), {}, label, printed_at=PRINTED_AT)
    flat = _flat(_layout_text(pdf, tmp_path))
    assert flat.count("本期无数据") == 4 and "本期无需求" in flat
