"""Sign-up slips come out as real PDFs: readable Chinese text, the phone masked, a QR code that
scans to the slip number, on an A5 sheet or an 80 mm roll; a course names its first and last
date and its weekdays."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hall_desk.domain.activities import ActivityKind
from hall_desk.printing.activity_slips import (
    SignupSlipData,
    SlipSession,
    render_signup_slip,
    schedule_text,
    signup_archive_name,
)
from hall_desk.printing.slip_layout import SlipLayout
from tests.printing.test_slips import (
    A5_SIZE,
    ROLL_WIDTH,
    _flat,
    _need,
    _page_sizes,
    _pypdf_text,
    _write,
)

NUMBER = "CN01-S2026-00042"
MASKED_PHONE = "137****2222"
FIRST = datetime(2026, 7, 6, 8, 30)


def _course(weeks: int = 6) -> tuple[SlipSession, ...]:
    """Mondays, Wednesdays and Fridays 08:30-11:30 for ``weeks`` weeks from 6 July 2026."""
    days = [FIRST + timedelta(weeks=w, days=d) for w in range(weeks) for d in (0, 2, 4)]
    return tuple(SlipSession(d, d + timedelta(hours=3), "书法室") for d in days)


def _slip(**changes: object) -> SignupSlipData:
    data = SignupSlipData(
        center_name="城南社区党群服务中心",
        center_address="幸福路 88 号",
        center_phone="0351-1234567",
        number=NUMBER,
        activity_number="CN01-A2026-0007",
        activity_title="暑期托管班",
        kind=ActivityKind.SUMMER_CARE,
        organiser="城南社区党群服务中心",
        sessions=_course(),
        participant="王**",
        guardian="李* （母亲）",
        child_age=9,
        phone=MASKED_PHONE,
        waiting_position=None,
        ages_text="6至12岁",
        notes="请带水杯、文具和午睡用的小毯子。",
        clerk_name="李晓燕",
        issued_at=datetime(2026, 6, 20, 9, 1, 5),
    )
    return dataclasses.replace(data, **changes)


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_the_slip_reads_back_in_chinese(layout: SlipLayout) -> None:
    text = _flat(_pypdf_text(render_signup_slip(_slip(), layout)))
    for expected in (
        "活动报名凭条",
        NUMBER,
        "暑期托管班",
        "CN01-A2026-0007",
        "暑托班",
        "2026年7月6日至8月14日，每周一、三、五，共18次",
        "每次08:30–11:30",
        "书法室",
        "王**",
        "李*（母亲）",
        "9岁",
        "6至12岁",
        MASKED_PHONE,
        "报名成功，名额已确认",
        "请带水杯、文具和午睡用的小毯子。",
        "儿童须由监护人接送",
        "城南社区党群服务中心",
    ):
        assert expected in text, expected
    assert "13700002222" not in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_a_waiting_slip_says_its_place(layout: SlipLayout) -> None:
    adult = _slip(waiting_position=3, guardian="", child_age=None, ages_text="", participant="周**",
                  kind=ActivityKind.LECTURE, sessions=_course()[:1])  # fmt: skip
    text = _flat(_pypdf_text(render_signup_slip(adult, layout)))
    assert "候补第3位" in text and "候补说明" in text and "报名人" in text.replace("　", "")
    assert "2026年7月6日（星期一）08:30–11:30" in text
    assert "监护人" not in text.replace("　", "")


def test_the_schedule_of_one_date_a_course_and_uneven_hours() -> None:
    assert schedule_text(()) == "时间另行通知"
    one = _course()[:1]
    assert schedule_text(one) == "2026年7月6日（星期一）08:30–11:30"
    late = SlipSession(datetime(2027, 1, 4, 14), datetime(2027, 1, 4, 16), "书法室")
    text = schedule_text((*_course(1), late))
    assert text.startswith("2026年7月6日至2027年1月4日，每周一、三、五，共4次")
    assert "首次2026年7月6日（星期一）08:30–11:30" in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_qr_code_scans_to_the_slip_number(layout: SlipLayout, tmp_path: Path) -> None:
    pdftoppm = _need("pdftoppm")
    zbarimg = _need("zbarimg")
    path = _write(tmp_path, render_signup_slip(_slip(), layout))
    subprocess.run(
        [pdftoppm, "-r", "200", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        check=True,
    )
    (image,) = sorted(tmp_path.glob("page*.png"))
    decoded = subprocess.run(
        [zbarimg, "--raw", "-q", str(image)], capture_output=True, text=True, check=False
    )
    assert decoded.returncode == 0, decoded.stderr
    assert decoded.stdout.splitlines() == [NUMBER]


def test_paper_sizes_and_the_reprint_mark() -> None:
    assert _page_sizes(render_signup_slip(_slip(), SlipLayout.A5)) == [
        pytest.approx(A5_SIZE, abs=0.01)
    ]
    ((width, height),) = _page_sizes(render_signup_slip(_slip(), SlipLayout.ROLL80))
    assert width == pytest.approx(ROLL_WIDTH, abs=0.5) and 300 < height < 1600
    reprinted = _flat(_pypdf_text(render_signup_slip(_slip(reprint=True), SlipLayout.A5)))
    assert "补打" in reprinted.replace("　", "")
    assert signup_archive_name(NUMBER, datetime(2026, 6, 20, 9, 1, 5), True) == (
        "CN01-S2026-00042_signup_20260620-090105_reprint.pdf"
    )
