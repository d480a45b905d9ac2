"""The activities desk in print: its section of the daily and period report and the activity
report of ``hall-desk activities``, read back out of the PDF."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from hall_desk.domain.activity_figures import (
    ActivityComparison,
    ActivityDay,
    ActivityFigures,
    ActivityRow,
    SessionFigures,
)
from hall_desk.domain.periods import Period
from hall_desk.printing.report_pdf import render_activity_report, render_report
from tests.printing.test_report_pdf import (
    DAY,
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
GENERATED = datetime(2026, 11, 20, 9, 30)


def _row(key: str, name: str, n: int) -> ActivityRow:
    """A row whose measures all differ: sessions n, sign-ups 3n, present 2n ..."""
    return ActivityRow(
        key=key, label=name, activities=1, sessions=n, signups=3 * n, present=2 * n,
        absent=n // 2, excused=1, volunteer_minutes=90 * n,
    )  # fmt: skip


def _figures(period: Period, scale: int, rows: int = 3) -> ActivityFigures:
    kinds = (_row("summer_care", "Summer care class", scale), _row("clinic", "Free clinic", 2))
    kinds += tuple(_row(f"k{i}", f"类型{i:02d}", 1) for i in range(rows - 2))
    organisers = (_row("center", "The center", scale), _row("unit:3", "县人民医院", 2))
    return ActivityFigures(
        site_id=1, site_code="CN01", site_name="城南社区党群服务中心", period=period,
        generated_at=GENERATED, activities=scale // 3, sessions=scale, signups=4 * scale,
        cancellations=3, present=10 * scale, absent=scale // 4 + 3, excused=scale // 2,
        volunteers=7, shifts=11, volunteer_minutes=45 * scale, supplementary_shifts=1,
        supplementary_minutes=90, signed_in=12, waiting_now=5,
        per_day=tuple(ActivityDay(d, d.day % 3, d.day % 5) for d in period.dates()),
        by_kind=kinds, by_organiser=organisers,
    )  # fmt: skip


def _activities(rows: int = 3) -> ActivityComparison:
    return ActivityComparison(_figures(MONTH, 40, rows), _figures(PREVIOUS, 20, rows))


def _sessions(day: date) -> list[SessionFigures]:
    start = datetime.combine(day, datetime.min.time()) + timedelta(hours=9)
    return [
        SessionFigures(
            session_id=i,
            activity_id=i,
            number=f"CN01-A2026-000{i}",
            title=title,
            kind="Lecture",
            organiser=organiser,
            starts_at=start + timedelta(hours=2 * i),
            ends_at=start + timedelta(hours=2 * i + 1),
            place="多功能厅",
            enrolled=20 + i,
            present=15 + i,
            absent=3,
            excused=2 - i,
        )
        for i, (title, organiser) in enumerate(
            (("健康讲座", "The center"), ("法律讲座", "县司法局"))
        )
    ]


def test_the_period_report_has_the_activities_section(tmp_path: Path) -> None:
    activities = _activities()
    now, before = activities.current, activities.previous
    pdf = render_report(_comparison(MONTH), label, printed_at=PRINTED_AT, activities=activities)
    text = _layout_text(pdf, tmp_path)
    flat = _flat(text)
    # Without the demand figures it is section six.
    assert "六、活动与志愿服务（活动报名·签到·志愿服务时长）" in flat
    assert _cells(_line(text, "活动场次"))[:3] == ["活动场次", "40", "20"]
    assert _cells(_line(text, "出席（服务人次）"))[:3] == ["出席（服务人次）", "400", "200"]
    assert "志愿服务时长（小时）30.015.0+15.0/+100.0%" in flat  # the right-hand column
    rate, earlier = now.present / now.marked * 100, before.present / before.marked * 100
    assert f"{rate:.1f}%" in text and f"{earlier:.1f}%" in text
    assert f"{rate - earlier:+.1f}个百分点" in flat
    assert "请假不计为缺席" in flat
    # The kinds and the organisers, labels of fixed lists translated, names as written.
    kind = _cells(_line(text, "译Summer care class"))
    assert kind[:6] == ["译Summer care class", "40", "120", "80", "20", "1"]
    assert kind[-1] == "60.0"  # 40 × 90 minutes
    assert "县人民医院" in flat and "译Thecenter" in flat
    total = _cells(_line(text[text.index("按活动类型统计") :], "合计"))
    assert total[1] == str(sum(r.sessions for r in now.by_kind))
    assert "候补5人" in flat
    # No day's sessions in a month's report; without the figures the report is as it was.
    assert "当日活动场次" not in flat
    plain = _pypdf_text(render_report(_comparison(MONTH), label, printed_at=PRINTED_AT))
    assert "活动与志愿服务" not in plain


def test_the_daily_report_lists_the_days_sessions(tmp_path: Path) -> None:
    day = ActivityComparison(_figures(DAY, 6), _figures(Period.day(date(2026, 11, 19)), 3))
    demands = None
    pdf = render_report(
        _comparison(DAY), label, printed_at=PRINTED_AT, demands=demands, activities=day,
        activity_sessions=_sessions(DAY.first),
    )  # fmt: skip
    text = _layout_text(pdf, tmp_path)
    flat = _flat(text)
    assert "当日活动场次" in flat
    first = _cells(_line(text, "09:00-10:00"))
    assert first[0] == "09:00-10:00" and first[-4:] == ["20", "15", "3", "2"]
    assert "健康讲座（译Lecture）" in flat and "县司法局" in flat and "多功能厅" in flat


def test_the_activity_report_has_every_part(tmp_path: Path) -> None:
    activities = _activities(rows=25)
    sessions = _sessions(date(2026, 11, 3)) + _sessions(date(2026, 11, 4))
    pdf = render_activity_report(
        activities, sessions, label, printed_at=PRINTED_AT, printed_by="王芳"
    )
    text = _layout_text(pdf, tmp_path)
    flat = _flat(text)
    assert "活动与志愿服务月报" in flat and "城南社区党群服务中心" in flat
    for heading in ("一、总体情况", "二、按活动类型统计", "三、按主办方统计", "四、活动场次明细"):
        assert heading in flat
    assert "每日服务人次（柱：本期，虚线：上期）" in flat
    # 25 kinds: the first 20 one by one, the other 5 in one line, then the total.
    assert "类型17" in flat and "类型18" not in flat
    other = _cells(_line(text, "其他"))
    assert other[1] == str(sum(r.sessions for r in activities.current.by_kind[20:]))
    # Sessions of several days carry their date.
    assert "2026-11-03" in text and "2026-11-04" in text and "法律讲座" in flat
    assert "打印人：王芳" in flat


def test_the_activity_report_without_activities_says_so(tmp_path: Path) -> None:
    figures = ActivityFigures(
        site_id=1, site_code="CN01", site_name="城南社区党群服务中心", period=MONTH,
        generated_at=GENERATED,
    )  # fmt: skip
    pdf = render_activity_report(
        ActivityComparison(figures, figures), [], label, printed_at=PRINTED_AT
    )
    flat = _flat(_layout_text(pdf, tmp_path))
    assert flat.count("本期无活动") == 3 and "本期无出席记录" in flat
    # Nothing to divide by: a dash for this period, the previous one and the change.
    for rate in ("出席率", "缺席率"):
        assert f"{rate}———" in flat
