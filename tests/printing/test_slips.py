"""Slips come out as real PDFs: readable Chinese text, embedded font, a QR code that scans."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from hall_desk.printing.slips import (
    SlipData,
    SlipKind,
    SlipLayout,
    archive_name,
    render_slip,
    slip_title,
)

FULL_ID = "110105194912310021"
MASKED_ID = "1101**********0021"
CASE = "SC01-2026-00042"
ITEM = "城乡居民基本养老保险参保登记"
PROMISED = "2026年12月04日（10个工作日）"
MISSING = ("近三个月银行流水（加盖银行公章）", "社区出具的居住证明", "户籍所在地派出所证明")
RECEIVED = ("居民身份证原件及复印件", "户口簿原件及复印件")
REFUSAL_REASON = "该事项需由户籍所在地社区办理，本中心无权受理。"
A5_SIZE = (419.53, 595.28)
ROLL_WIDTH = 226.77

CASES = [(kind, layout) for kind in SlipKind for layout in SlipLayout]


def _slip(kind: SlipKind, **changes: object) -> SlipData:
    data = SlipData(
        kind=kind,
        center_name="城南社区党群服务中心",
        center_address="北京市东城区城南路18号",
        center_phone="010-65123456",
        case_number=CASE,
        item_name=ITEM,
        office="社会保障服务窗口",
        resident_name="张三",
        resident_id_masked=MASKED_ID,
        resident_phone_masked="138****1234",
        agent_line="李四（子女） 139****5678",
        documents_received=RECEIVED,
        documents_missing=MISSING if kind is SlipKind.NOTICE else (),
        promised_date=date(2026, 12, 4) if kind is not SlipKind.REFUSAL else None,
        time_limit_days=10,
        clerk_name="王芳",
        accepted_at=datetime(2026, 11, 20, 9, 30),
        printed_at=datetime(2026, 11, 20, 9, 30, 15),
        reason=REFUSAL_REASON if kind is SlipKind.REFUSAL else "",
        completed_at=datetime(2026, 11, 27, 15, 20) if kind is SlipKind.COMPLETION else None,
    )
    return dataclasses.replace(data, **changes)


def _need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed")
    return found


def _write(tmp_path: Path, pdf: bytes, name: str = "slip.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def _pypdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)


def _poppler_text(path: Path) -> str:
    return subprocess.run(
        [_need("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _flat(text: str) -> str:
    """Text without white space, so wrapped lines and layout spacing do not matter."""
    return re.sub(r"\s+", "", text)


def _page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (float(page.mediabox.width), float(page.mediabox.height))
        for page in PdfReader(BytesIO(pdf)).pages
    ]


def _expected_in_text(kind: SlipKind) -> list[str]:
    expected = [CASE, ITEM, MASKED_ID, slip_title(kind), "2026-11-20 09:30", "王芳"]
    expected.append("城南社区党群服务中心")
    if kind in (SlipKind.RECEIPT, SlipKind.COMPLETION):
        expected.append(PROMISED)
    if kind is SlipKind.REFUSAL:
        expected.append(REFUSAL_REASON)
    if kind is SlipKind.NOTICE:
        expected += [*MISSING, "一次性告知"]
    if kind is SlipKind.COMPLETION:
        expected.append("2026-11-27 15:20")
    if kind in (SlipKind.RECEIPT, SlipKind.COMPLETION):
        expected += ["请对本次服务进行评价", "非常满意", "非常不满意"]
    return expected


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_text_reads_back_with_pypdf(kind: SlipKind, layout: SlipLayout) -> None:
    pdf = render_slip(_slip(kind), layout)
    text = _flat(_pypdf_text(pdf))
    for expected in _expected_in_text(kind):
        assert _flat(expected) in text, expected
    assert FULL_ID not in text
    assert FULL_ID.encode() not in pdf
    if kind is SlipKind.REFUSAL:
        assert "承诺办结" not in text


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_text_reads_back_with_pdftotext(kind: SlipKind, layout: SlipLayout, tmp_path: Path) -> None:
    pdf = render_slip(_slip(kind), layout)
    text = _poppler_text(_write(tmp_path, pdf))
    flat = _flat(text)
    for expected in _expected_in_text(kind):
        assert _flat(expected) in flat, expected
    assert FULL_ID not in flat
    assert CASE in text  # the case number is never broken across lines
    assert "帮办代办" in text and "李四（子女）" in text


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_font_is_embedded(kind: SlipKind, layout: SlipLayout, tmp_path: Path) -> None:
    path = _write(tmp_path, render_slip(_slip(kind), layout))
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


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_qr_code_scans_to_the_case_number(
    kind: SlipKind, layout: SlipLayout, tmp_path: Path
) -> None:
    pdftoppm = _need("pdftoppm")
    zbarimg = _need("zbarimg")
    path = _write(tmp_path, render_slip(_slip(kind), layout))
    subprocess.run(
        [pdftoppm, "-r", "200", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        check=True,
    )
    (image,) = sorted(tmp_path.glob("page*.png"))
    decoded = subprocess.run(
        [zbarimg, "--raw", "-q", str(image)], capture_output=True, text=True, check=False
    )
    assert decoded.returncode == 0, decoded.stderr
    assert decoded.stdout.splitlines() == [CASE]


@pytest.mark.parametrize("kind", list(SlipKind))
def test_a5_is_an_a5_portrait_sheet(kind: SlipKind) -> None:
    sizes = _page_sizes(render_slip(_slip(kind), SlipLayout.A5))
    assert sizes == [pytest.approx(A5_SIZE, abs=0.01)]


@pytest.mark.parametrize("kind", list(SlipKind))
def test_roll_is_80_mm_wide_and_one_page(kind: SlipKind) -> None:
    ((width, height),) = _page_sizes(render_slip(_slip(kind), SlipLayout.ROLL80))
    assert width == pytest.approx(ROLL_WIDTH, abs=0.5)
    assert 300 < height < 1600


def test_roll_grows_with_the_documents() -> None:
    def height(count: int) -> float:
        documents = tuple(f"第{i}份材料：居民身份证原件及复印件" for i in range(1, count + 1))
        data = _slip(SlipKind.RECEIPT, documents_received=documents)
        ((width, tall),) = _page_sizes(render_slip(data, SlipLayout.ROLL80))
        assert width == pytest.approx(ROLL_WIDTH, abs=0.5)
        return tall

    two, ten = height(2), height(10)
    assert ten > two + 8 * 10  # at least a line per extra document


def test_long_a5_slip_flows_onto_more_pages_with_page_numbers() -> None:
    documents = tuple(f"第{i}份材料：" + "申请人及家庭成员的证明材料" * 6 for i in range(1, 25))
    pdf = render_slip(_slip(SlipKind.NOTICE, documents_missing=documents), SlipLayout.A5)
    sizes = _page_sizes(pdf)
    assert len(sizes) > 1
    assert all(size == pytest.approx(A5_SIZE, abs=0.01) for size in sizes)
    text = _flat(_pypdf_text(pdf))
    assert f"第1页／共{len(sizes)}页" in text
    for number in range(1, 25):
        assert f"第{number}份材料" in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_reprint_is_marked_with_its_print_time(layout: SlipLayout) -> None:
    original = _flat(_pypdf_text(render_slip(_slip(SlipKind.RECEIPT), layout)))
    data = _slip(SlipKind.RECEIPT, reprint=True, printed_at=datetime(2026, 11, 23, 14, 5, 9))
    reprint = _flat(_pypdf_text(render_slip(data, layout)))
    assert "补打" not in original
    assert "补打" in reprint
    assert _flat("补打时间：2026-11-23 14:05") in reprint
    assert "2026-11-2009:30" in reprint  # the original acceptance time is kept


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_on_the_spot_items_say_so(layout: SlipLayout) -> None:
    data = _slip(SlipKind.RECEIPT, time_limit_days=0, promised_date=None)
    text = _flat(_pypdf_text(render_slip(data, layout)))
    assert "当场办结" in text
    assert "工作日" not in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_a_promise_in_an_estimated_year_says_so_in_small_print(layout: SlipLayout) -> None:
    note = "承诺日期按推算的法定节假日计算，调休安排公布后可能调整。"
    data = _slip(SlipKind.RECEIPT, promised_date=date(2027, 1, 5), promised_estimated=True)
    pdf = render_slip(data, layout)
    text = _flat(_pypdf_text(pdf))
    assert "2027年01月05日（10个工作日）" in text
    assert note in text
    if layout is SlipLayout.A5:
        assert len(_page_sizes(pdf)) == 1  # the line still fits the sheet
    # A promise in a known year, and slips that promise nothing, have no such line.
    for plain in (
        _slip(SlipKind.RECEIPT),
        _slip(SlipKind.RECEIPT, time_limit_days=0, promised_date=None, promised_estimated=True),
        _slip(SlipKind.NOTICE, promised_estimated=True),
        _slip(SlipKind.REFUSAL, promised_estimated=True),
    ):
        assert note not in _flat(_pypdf_text(render_slip(plain, layout)))


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_custom_rating_invitation_replaces_the_default(layout: SlipLayout) -> None:
    data = _slip(SlipKind.COMPLETION, rating_invitation="请扫描窗口“好差评”二维码评价")
    text = _flat(_pypdf_text(render_slip(data, layout)))
    assert "请扫描窗口“好差评”二维码评价" in text
    assert "基本满意" not in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_no_agent_line_when_nobody_helped(layout: SlipLayout) -> None:
    text = _pypdf_text(render_slip(_slip(SlipKind.RECEIPT, agent_line=""), layout))
    assert "帮办代办" not in text


@pytest.mark.parametrize("layout", list(SlipLayout))
def test_markup_characters_are_printed_as_text(layout: SlipLayout) -> None:
    data = _slip(SlipKind.REFUSAL, reason="材料<不全> & 签名缺失")
    assert "材料<不全>&签名缺失" in _flat(_pypdf_text(render_slip(data, layout)))


@pytest.mark.parametrize(("kind", "layout"), CASES)
def test_very_long_text_wraps_without_errors(kind: SlipKind, layout: SlipLayout) -> None:
    long = "城乡居民基本养老保险待遇领取资格认证ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" * 40
    data = _slip(
        kind,
        item_name=long,
        office=long[:200],
        documents_received=(long, "身份证"),
        documents_missing=(long, long[:300]),
        reason=long,
        agent_line=long[:300],
        status_label="办理中",
    )
    pdf = render_slip(data, layout)
    pages = _page_sizes(pdf)
    if layout is SlipLayout.ROLL80:
        assert len(pages) == 1
    text = _flat(_pypdf_text(pdf))
    assert CASE in text
    assert "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" in text


def test_metadata_names_the_center_and_the_slip() -> None:
    for layout in SlipLayout:
        meta = PdfReader(BytesIO(render_slip(_slip(SlipKind.RECEIPT), layout))).metadata
        assert meta is not None
        assert meta.title == f"受理回执 {CASE}"
        assert meta.author == "城南社区党群服务中心"
        assert meta.creator == "Hall Desk"


def test_titles() -> None:
    assert [slip_title(kind) for kind in SlipKind] == [
        "受理回执",
        "一次性告知单",
        "不予受理告知书",
        "办结通知",
    ]


def test_archive_names_are_safe_file_names() -> None:
    printed = datetime(2026, 11, 20, 9, 30, 15)
    assert (
        archive_name(CASE, SlipKind.RECEIPT, printed, reprint=False)
        == "SC01-2026-00042_receipt_20261120-093015.pdf"
    )
    assert (
        archive_name(CASE, SlipKind.NOTICE, printed, reprint=True)
        == "SC01-2026-00042_notice_20261120-093015_reprint.pdf"
    )
    odd = archive_name("../SC 01/2026:42", SlipKind.REFUSAL, printed, reprint=False)
    assert re.fullmatch(r"[A-Za-z0-9_-]+\.pdf", odd)
    assert ".." not in odd and "/" not in odd
