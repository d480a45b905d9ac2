"""The A4 sign-in sheet reads back as text: the activity and session, a numbered row for everyone
with the phone masked, and a long list over several pages with its header repeated."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from hall_desk.domain.activities import ActivityKind
from hall_desk.printing.sign_in_sheet import (
    SignInRow,
    SignInSheetData,
    render_sign_in_sheet,
    session_line,
)
from tests.printing.test_slips import _flat

A4_SIZE = (595.28, 841.89)


def _rows(count: int, *, children: bool = True) -> tuple[SignInRow, ...]:
    return tuple(
        SignInRow(
            name=f"学生{n:03d}",
            guardian=f"家长{n:03d}（母亲）" if children else "",
            phone=f"139****{n:04d}",
            number=f"CN01-S2026-{n:05d}",
        )
        for n in range(1, count + 1)
    )


def _sheet(**changes: object) -> SignInSheetData:
    data = SignInSheetData(
        center_name="城南社区党群服务中心",
        activity_title="暑期托管班",
        activity_number="CN01-A2026-0007",
        kind=ActivityKind.SUMMER_CARE,
        organiser="县供电公司",
        session_seq=3,
        session_count=12,
        starts_at=datetime(2026, 7, 10, 8, 30),
        ends_at=datetime(2026, 7, 10, 11, 30),
        place="书法室",
        children=True,
        rows=_rows(6),
        printed_at=datetime(2026, 7, 10, 8, 0),
    )
    return dataclasses.replace(data, **changes)


def _pages(pdf: bytes) -> list[str]:
    return [_flat(page.extract_text() or "") for page in PdfReader(BytesIO(pdf)).pages]


def test_the_sheet_names_the_session_and_everyone() -> None:
    (page,) = _pages(render_sign_in_sheet(_sheet()))
    for expected in (
        "暑期托管班签到表",
        "第3次（共12次）",
        "2026年7月10日（星期五）08:30–11:30",
        "地点：书法室",
        "暑托班",
        "县供电公司",
        "应到：6人",
        "序号",
        "监护人",
        "签名",
        "学生001",
        "家长006（母亲）",
        "139****0006",
        "CN01-S2026-00006",
        "第1页共1页",
    ):
        assert expected in page, expected


def test_an_adult_session_has_no_guardian_column() -> None:
    sheet = _sheet(children=False, rows=_rows(3, children=False), session_count=1)
    (page,) = _pages(render_sign_in_sheet(sheet))
    assert "监护人" not in page and "学生003" in page and "第3次" not in page
    assert session_line(sheet) == "2026年7月10日（星期五）08:30–11:30　地点：书法室"


def test_an_empty_list_still_prints() -> None:
    (page,) = _pages(render_sign_in_sheet(_sheet(rows=())))
    assert "尚无人报名" in page and "应到：0人" in page


def test_a_long_list_continues_with_the_header_repeated() -> None:
    pdf = render_sign_in_sheet(_sheet(rows=_rows(100)))
    pages = _pages(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "序号" in page and "签名" in page, number
        assert f"第{number}页共{len(pages)}页" in page
    assert all("签到表（续）" in page for page in pages[1:])
    everyone = "".join(pages)
    assert all(f"学生{n:03d}" in everyone for n in range(1, 101))
    sizes = [
        (float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(BytesIO(pdf)).pages
    ]
    assert sizes == [pytest.approx(A4_SIZE, abs=0.01)] * len(pages)
