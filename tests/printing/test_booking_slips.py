"""Booking slips come out as real PDFs: readable Chinese text, embedded font, a QR code that
scans to the booking number, on an A5 sheet or an 80 mm roll as long as its content."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from hall_desk.printing.booking_slips import (
    BookingSlipData,
    booking_archive_name,
    booking_time_text,
    render_booking_slip,
)
from hall_desk.printing.slips import SlipLayout
from tests.printing.test_slips import (
    A5_SIZE,
    ROLL_WIDTH,
    _flat,
    _need,
    _page_sizes,
    _poppler_text,
    _pypdf_text,
    _write,
)

NUMBER = "CN01-B2026-00017"
FULL_PHONE = "13812345678"
MASKED_CONTACT = "李*明 138****5678"
TIME = "2026年11月20日（星期五）09:00–11:00"
SERIES = "每周一、三、五，2026年7月6日至8月14日，共18次"
RULES = (
    "请爱护室内设施，使用后恢复桌椅原位。",
    "室内禁止吸烟、禁止明火。",
    "音响设备请向前台借用，用后归还。",
)
CHECK_IN = "请于开始前到前台签到，开始后15分钟未签到将自动释放。"


def _booking(**changes: object) -> BookingSlipData:
    data = BookingSlipData(
        center_name="城南社区党群服务中心",
        center_address="北京市东城区城南路18号",
        center_phone="010-65123456",
        number=NUMBER,
        room_name="多功能会议室",
        seat=None,
        starts_at=datetime(2026, 11, 20, 9, 0),
        ends_at=datetime(2026, 11, 20, 11, 0),
        status_text="已确认",
        booker="张*三",
        booker_kind_text="居民",
        contact=MASKED_CONTACT,
        purpose="居民议事会",
        attendees=20,
        series_text="",
        rules=RULES,
        check_in_note=CHECK_IN,
        clerk_name="王芳",
        issued_at=datetime(2026, 11, 18, 14, 32, 5),
    )
    return dataclasses.replace(data, **changes)


def _study_seat() -> BookingSlipData:
    return _booking(room_name="自习室", seat=12, attendees=1, purpose="自习")


def _expected(data: BookingSlipData) -> list[str]:
    return [
        "功能室预约凭条",
        data.number,
        data.room_name,
        TIME,
        data.status_text,
        data.booker,
        data.booker_kind_text,
        MASKED_CONTACT,
        data.purpose,
        f"{data.attendees}人",
        *data.rules,
        data.check_in_note,
        data.clerk_name,
        data.center_name,
    ]


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_text_reads_back_with_pypdf(layout: SlipLayout) -> None:
    data = _study_seat()
    pdf = render_booking_slip(data, layout)
    text = _flat(_pypdf_text(pdf))
    for expected in [*_expected(data), "第12号座位"]:
        assert _flat(expected) in text, expected
    assert FULL_PHONE not in text
    assert FULL_PHONE.encode() not in pdf


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_text_reads_back_with_pdftotext(layout: SlipLayout, tmp_path: Path) -> None:
    data = _study_seat()
    text = _poppler_text(_write(tmp_path, render_booking_slip(data, layout)))
    flat = _flat(text)
    for expected in [*_expected(data), "第12号座位"]:
        assert _flat(expected) in flat, expected
    assert NUMBER in text  # the booking number is never broken across lines
    assert FULL_PHONE not in flat


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_rules_are_numbered_in_order(layout: SlipLayout) -> None:
    text = _flat(_pypdf_text(render_booking_slip(_booking(), layout)))
    positions = [text.index(_flat(f"{n}.{rule}")) for n, rule in enumerate(RULES, start=1)]
    assert positions == sorted(positions)
    assert "使用须知" in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_whole_room_single_booking_has_no_seat_or_series(layout: SlipLayout) -> None:
    text = _flat(_pypdf_text(render_booking_slip(_booking(), layout)))
    assert "座位" not in text
    assert "重复安排" not in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_series_and_pending_approval_are_printed(layout: SlipLayout) -> None:
    status = "待审批（审批结果将电话告知）"
    data = _booking(series_text=SERIES, status_text=status, booker_kind_text="共建单位")
    text = _flat(_pypdf_text(render_booking_slip(data, layout)))
    assert _flat(SERIES) in text
    assert status in text
    assert "共建单位" in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_font_is_embedded(layout: SlipLayout, tmp_path: Path) -> None:
    data = _booking(series_text=SERIES, reprint=True)
    path = _write(tmp_path, render_booking_slip(data, layout))
    listing = subprocess.run(
        [_need("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = listing.splitlines()[2:]
    assert rows, listing
    for row in rows:
        # name type encoding emb sub uni object-id generation
        fields = row.split()
        assert fields[-5] == "yes", f"not embedded: {row}"
        assert "WenQuanYi" in fields[0], row


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_qr_code_scans_to_the_booking_number(layout: SlipLayout, tmp_path: Path) -> None:
    pdftoppm = _need("pdftoppm")
    zbarimg = _need("zbarimg")
    path = _write(tmp_path, render_booking_slip(_study_seat(), layout))
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


def test_a5_is_an_a5_portrait_sheet() -> None:
    sizes = _page_sizes(render_booking_slip(_booking(), SlipLayout.A5))
    assert sizes == [pytest.approx(A5_SIZE, abs=0.01)]


def test_roll_is_80_mm_wide_and_one_page() -> None:
    ((width, height),) = _page_sizes(render_booking_slip(_booking(), SlipLayout.ROLL80))
    assert width == pytest.approx(ROLL_WIDTH, abs=0.5)
    assert 300 < height < 1600


def test_roll_grows_with_the_rules() -> None:
    def height(count: int) -> float:
        rules = tuple(f"第{i}条：请爱护室内设施，使用后恢复桌椅原位。" for i in range(1, count + 1))
        pages = _page_sizes(render_booking_slip(_booking(rules=rules), SlipLayout.ROLL80))
        ((width, tall),) = pages
        assert width == pytest.approx(ROLL_WIDTH, abs=0.5)
        return tall

    two, ten = height(2), height(10)
    assert ten > two + 8 * 10  # at least a line per extra rule


def test_many_rules_flow_onto_more_a5_pages() -> None:
    rules = tuple(f"第{i}条：" + "使用后请恢复桌椅原位并关闭灯光空调" * 5 for i in range(1, 25))
    pdf = render_booking_slip(_booking(rules=rules), SlipLayout.A5)
    sizes = _page_sizes(pdf)
    assert len(sizes) > 1
    assert all(size == pytest.approx(A5_SIZE, abs=0.01) for size in sizes)
    text = _flat(_pypdf_text(pdf))
    assert f"第1页／共{len(sizes)}页" in text
    assert _flat(f"功能室预约凭条（续）　预约编号：{NUMBER}") in text
    for number in range(1, 25):
        assert f"第{number}条" in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_reprint_is_marked_with_its_print_time(layout: SlipLayout) -> None:
    original = _flat(_pypdf_text(render_booking_slip(_booking(), layout)))
    data = _booking(reprint=True, issued_at=datetime(2026, 11, 19, 8, 45, 0))
    reprint = _flat(_pypdf_text(render_booking_slip(data, layout)))
    assert "补打" not in original
    assert "补打" in reprint
    assert _flat("补打时间：2026-11-19 08:45") in reprint
    assert _flat(TIME) in reprint  # the booked time is unchanged


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_markup_characters_are_printed_as_text(layout: SlipLayout) -> None:
    data = _booking(purpose="<议事会> & 茶话会", rules=("禁止携带<危险品> & 宠物",))
    text = _flat(_pypdf_text(render_booking_slip(data, layout)))
    assert "<议事会>&茶话会" in text
    assert "禁止携带<危险品>&宠物" in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_no_rules_and_no_check_in_note_leave_their_sections_out(layout: SlipLayout) -> None:
    text = _flat(_pypdf_text(render_booking_slip(_booking(rules=(), check_in_note=""), layout)))
    assert "使用须知" not in text
    assert "签到提醒" not in text
    assert NUMBER in text


def test_metadata_names_the_center_and_the_slip() -> None:
    for layout in SlipLayout:
        meta = PdfReader(BytesIO(render_booking_slip(_booking(), layout))).metadata
        assert meta is not None
        assert meta.title == f"功能室预约凭条 {NUMBER}"
        assert meta.author == "城南社区党群服务中心"
        assert meta.creator == "Hall Desk"


def test_time_text() -> None:
    assert booking_time_text(datetime(2026, 11, 20, 9), datetime(2026, 11, 20, 11)) == TIME
    assert (
        booking_time_text(datetime(2026, 7, 6, 19, 30), datetime(2026, 7, 7, 8, 0))
        == "2026年7月6日（星期一）19:30 至 2026年7月7日（星期二）08:00"
    )
    assert "星期日" in booking_time_text(datetime(2026, 11, 22, 9), datetime(2026, 11, 22, 10))


def test_archive_names_are_safe_file_names() -> None:
    printed = datetime(2026, 11, 20, 9, 30, 15)
    assert (
        booking_archive_name(NUMBER, printed, reprint=False)
        == "CN01-B2026-00017_booking_20261120-093015.pdf"
    )
    assert (
        booking_archive_name(NUMBER, printed, reprint=True)
        == "CN01-B2026-00017_booking_20261120-093015_reprint.pdf"
    )
    odd = booking_archive_name("../CN 01/B2026:17", printed, reprint=False)
    assert re.fullmatch(r"[A-Za-z0-9_-]+\.pdf", odd)
    assert ".." not in odd and "/" not in odd
    chinese_only = booking_archive_name("预约", printed, reprint=False)
    assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*\.pdf", chinese_only)
