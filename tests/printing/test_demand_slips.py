"""A demand's receipt and dispatch slip come out as real PDFs: readable Chinese text in the
embedded font, a QR code that scans to the demand number, the promise of the "1341" clock in
words, masked contacts, on an A5 sheet or an 80 mm roll as long as its content."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from hall_desk.domain.demand_documents import DemandSlipData, DemandSlipKind
from hall_desk.domain.demands import DemandLevel, DemandStatus
from hall_desk.printing.demand_slips import (
    demand_slip_archive_name,
    demand_slip_title,
    duration_text,
    promise_text,
    render_demand_slip,
)
from hall_desk.printing.slip_layout import SlipLayout
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

NUMBER = "CN01-D2026-00042"
FULL_PHONE = "13812345678"
MASKED_PHONE = "138****5678"
DESCRIPTION = "楼道灯坏了一个多星期，晚上老人上下楼不方便，希望尽快修好。"
CASES = [(kind, layout) for kind in DemandSlipKind for layout in SlipLayout]


def _slip(kind: DemandSlipKind = DemandSlipKind.RECEIPT, **changes: object) -> DemandSlipData:
    data = DemandSlipData(
        kind=kind,
        center_name="城南社区党群服务中心",
        center_address="幸福路 88 号",
        center_phone="0351-1234567",
        number=NUMBER,
        wish=False,
        source="desk",
        category="小区环境",
        level=DemandLevel.GENERAL,
        promised_minutes=30,
        needs_visit=True,
        on_site_minutes=10,
        neighbourhood="幸福里小区",
        place="3号楼2单元",
        description=DESCRIPTION,
        taken_at=datetime(2026, 3, 2, 9, 0),
        status=DemandStatus.PENDING,
        contact_name="张*",
        contact_phone=MASKED_PHONE,
        clerk_name="李晓燕",
        printed_at=datetime(2026, 3, 2, 9, 1, 5),
    )
    if kind is DemandSlipKind.DISPATCH:
        data = dataclasses.replace(
            data,
            status=DemandStatus.DISPATCHED,
            assignee="李明（县人民医院）",
            dispatched_at=datetime(2026, 3, 2, 9, 10),
        )
    return dataclasses.replace(data, **changes)


def _text(data: DemandSlipData, layout: SlipLayout) -> str:
    return _flat(_pypdf_text(render_demand_slip(data, layout)))


def _expected(kind: DemandSlipKind) -> list[str]:
    expected = [
        NUMBER,
        demand_slip_title(kind),
        "城南社区党群服务中心",
        "小区环境",
        "幸福里小区3号楼2单元",
        DESCRIPTION,
        MASKED_PHONE,
        "2026-03-0209:00",
    ]
    if kind is DemandSlipKind.RECEIPT:
        expected += ["一般问题：接单后30分钟内办结", "张*", "0351-1234567", "待派单", "李晓燕"]
        expected += ["需上门的，接单后10分钟内到达现场", "凭需求编号或二维码到前台"]
    else:
        expected += ["李明（县人民医院）", "接单后30分钟内办结", "接单后10分钟内到达现场"]
        expected += ["2026-03-0209:10", "已派单", "承接人签收"]
    return expected


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_text_reads_back_with_pypdf(kind: DemandSlipKind, layout: SlipLayout) -> None:
    pdf = render_demand_slip(_slip(kind), layout)
    text = _flat(_pypdf_text(pdf))
    for expected in _expected(kind):
        assert _flat(expected) in text, expected
    assert FULL_PHONE not in text
    assert FULL_PHONE.encode() not in pdf


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_text_reads_back_with_pdftotext(
    kind: DemandSlipKind, layout: SlipLayout, tmp_path: Path
) -> None:
    text = _poppler_text(_write(tmp_path, render_demand_slip(_slip(kind), layout)))
    flat = _flat(text)
    for expected in _expected(kind):
        assert _flat(expected) in flat, expected
    assert NUMBER in text  # the number is never broken across lines


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_font_is_embedded(kind: DemandSlipKind, layout: SlipLayout, tmp_path: Path) -> None:
    path = _write(tmp_path, render_demand_slip(_slip(kind), layout))
    listing = subprocess.run(
        [_need("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = listing.splitlines()[2:]
    assert rows, listing
    for row in rows:
        fields = row.split()
        assert fields[-5] == "yes", f"not embedded: {row}"
        assert "WenQuanYi" in fields[0], row


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_qr_code_scans_to_the_demand_number(
    kind: DemandSlipKind, layout: SlipLayout, tmp_path: Path
) -> None:
    pdftoppm = _need("pdftoppm")
    zbarimg = _need("zbarimg")
    path = _write(tmp_path, render_demand_slip(_slip(kind), layout))
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


def _everything(kind: DemandSlipKind) -> DemandSlipData:
    """A reprinted small wish that someone has taken on: the most a slip carries."""
    return _slip(
        kind,
        reprint=True,
        wish=True,
        wish_target_date=date(2026, 3, 20),
        status=DemandStatus.ACCEPTED,
        assignee="李明（县人民医院）",
        dispatched_at=datetime(2026, 3, 2, 9, 10),
        accepted_at=datetime(2026, 3, 2, 9, 20),
        due_at=datetime(2026, 3, 2, 9, 50),
        on_site_by=datetime(2026, 3, 2, 9, 30),
    )


@pytest.mark.parametrize("kind", list(DemandSlipKind))
def test_a5_is_one_a5_sheet_even_with_everything_on_it(kind: DemandSlipKind) -> None:
    for data in (_slip(kind), _everything(kind)):
        sizes = _page_sizes(render_demand_slip(data, SlipLayout.A5))
        assert sizes == [pytest.approx(A5_SIZE, abs=0.01)]


@pytest.mark.parametrize("kind", list(DemandSlipKind))
def test_roll_is_80_mm_wide_and_one_page(kind: DemandSlipKind) -> None:
    ((width, height),) = _page_sizes(render_demand_slip(_slip(kind), SlipLayout.ROLL80))
    assert width == pytest.approx(ROLL_WIDTH, abs=0.5)
    assert 300 < height < 1600


@pytest.mark.parametrize("kind", list(DemandSlipKind))
def test_a_long_description_wraps_and_the_roll_grows_never_clipping(
    kind: DemandSlipKind,
) -> None:
    sentences = [f"第{n}句：三号楼北侧雨水管道堵塞，下雨时积水倒灌进地下室。" for n in range(1, 41)]
    long = _slip(kind, description="".join(sentences))
    ((_, short_height),) = _page_sizes(render_demand_slip(_slip(kind), SlipLayout.ROLL80))
    roll = render_demand_slip(long, SlipLayout.ROLL80)
    ((width, tall),) = _page_sizes(roll)
    assert width == pytest.approx(ROLL_WIDTH, abs=0.5)
    assert tall > short_height + 40 * 9  # a line or more for each sentence
    sheet = render_demand_slip(long, SlipLayout.A5)
    assert len(_page_sizes(sheet)) > 1
    for pdf in (roll, sheet):
        text = _without_page_furniture(_flat(_pypdf_text(pdf)))
        assert _flat("".join(sentences)) in text  # every word, in order, none cut off
        assert "承接人签收" in text or kind is DemandSlipKind.RECEIPT
    # On the sheet it wraps across the whole width, not down a narrow column.
    lines = [
        line.strip() for line in _pypdf_text(sheet).splitlines() if "句" in line or "地下室" in line
    ]
    assert len(lines) > 20
    assert sorted(len(line) for line in lines)[len(lines) // 2] >= 25


def _without_page_furniture(text: str) -> str:
    """The text with each sheet's footer and the continued title of later sheets taken out."""
    text = re.sub(r"城南社区党群服务中心地址：.*?第\d+页／共\d+页", "", text)
    return re.sub(rf"(群众点单回执|派单单)（续）需求编号：{NUMBER}", "", text)


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_reprint_is_marked_with_its_print_time(kind: DemandSlipKind, layout: SlipLayout) -> None:
    assert "补打" not in _text(_slip(kind), layout)
    text = _text(_slip(kind, reprint=True, printed_at=datetime(2026, 3, 5, 14, 5)), layout)
    assert "补打" in text
    assert _flat("补打时间：2026-03-05 14:05") in text
    assert "2026-03-0209:00" in text  # the time it was taken is kept


@pytest.mark.parametrize(
    ("level", "minutes", "words"),
    [
        (DemandLevel.GENERAL, 30, "一般问题：接单后30分钟内办结"),
        (DemandLevel.COMPLEX, 240, "复杂问题：接单后4小时内办结"),
        (DemandLevel.MAJOR, 1440, "重大问题：接单后1天内拿出解决方案"),
        (DemandLevel.GENERAL, 45, "一般问题：接单后45分钟内办结"),
        (DemandLevel.COMPLEX, 90, "复杂问题：接单后1小时30分钟内办结"),
        (DemandLevel.MAJOR, 2880, "重大问题：接单后2天内拿出解决方案"),
    ],
)
def test_the_promise_is_the_centers_clock_in_words(
    level: DemandLevel, minutes: int, words: str
) -> None:
    assert promise_text(level, minutes) == words
    data = _slip(level=level, promised_minutes=minutes, needs_visit=False)
    for layout in SlipLayout:
        text = _text(data, layout)
        assert _flat(words) in text
        assert "到达现场" not in text


def test_durations_in_words() -> None:
    assert [duration_text(m) for m in (10, 60, 61, 1500, 1440, 4320)] == [
        "10分钟",
        "1小时",
        "1小时1分钟",
        "25小时",
        "1天",
        "3天",
    ]


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_dispatch_slip_gives_the_deadline_once_taken_on(layout: SlipLayout) -> None:
    before = _text(
        _slip(DemandSlipKind.DISPATCH, level=DemandLevel.COMPLEX, promised_minutes=240), layout
    )
    assert _flat("接单后4小时内办结（复杂问题）") in before
    taken = _everything(DemandSlipKind.DISPATCH)
    text = _text(taken, layout)
    assert _flat("2026-03-02 09:50前办结（一般问题，30分钟）") in text
    assert _flat("2026-03-02 09:20") in text  # taken on
    assert _flat("2026-03-02 09:30") in text  # on site by
    assert _flat("群众希望在2026年3月20日前实现") in text
    major = _text(dataclasses.replace(taken, level=DemandLevel.MAJOR), layout)
    assert "前拿出解决方案" in major


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_dispatch_slip_contact_is_masked_unless_revealed(layout: SlipLayout) -> None:
    masked = _text(_slip(DemandSlipKind.DISPATCH), layout)
    assert MASKED_PHONE in masked and "号码已隐藏" in masked
    shown = _slip(
        DemandSlipKind.DISPATCH,
        contact_name="张三",
        contact_phone=FULL_PHONE,
        contact_revealed=True,
    )
    text = _text(shown, layout)
    assert _flat("张三 13812345678") in text
    assert "号码已隐藏" not in text
    assert "请勿外传" in text


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_an_anonymous_demand_says_so(kind: DemandSlipKind, layout: SlipLayout) -> None:
    text = _text(_slip(kind, contact_name="", contact_phone=""), layout)
    assert "匿名" in text
    assert "请勿外传" not in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_receipt_of_a_small_wish_taken_on(layout: SlipLayout) -> None:
    text = _text(_everything(DemandSlipKind.RECEIPT), layout)
    for expected in ("微心愿", "希望在2026年3月20日前实现", "李明（县人民医院）", "已接单"):
        assert _flat(expected) in text
    assert _flat("2026-03-02 09:50") in text


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_markup_characters_are_printed_as_text(kind: DemandSlipKind, layout: SlipLayout) -> None:
    text = _text(_slip(kind, description="水管<漏水> & 墙面发霉"), layout)
    assert "水管<漏水>&墙面发霉" in text


def test_metadata_and_titles() -> None:
    meta = PdfReader(BytesIO(render_demand_slip(_slip(), SlipLayout.A5))).metadata
    assert meta is not None
    assert meta.title == f"群众点单回执 {NUMBER}"
    assert meta.author == "城南社区党群服务中心"
    assert [demand_slip_title(kind) for kind in DemandSlipKind] == ["群众点单回执", "派单单"]


def test_archive_names_are_safe_file_names() -> None:
    printed = datetime(2026, 3, 2, 9, 30, 15)
    name = demand_slip_archive_name(NUMBER, DemandSlipKind.DISPATCH, printed, reprint=True)
    assert name == "CN01-D2026-00042_dispatch_20260302-093015_reprint.pdf"
    odd = demand_slip_archive_name("../CN 01/x", DemandSlipKind.RECEIPT, printed, reprint=False)
    assert re.fullmatch(r"[A-Za-z0-9_-]+\.pdf", odd)
