"""The feedback sheet of a unit or a member reads back as text: each member's services, the
total row, ratings and projects, the signature block, on A4 pages numbered "第 n 页 共 m 页"."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from hall_desk.domain.cases import Rating
from hall_desk.domain.demand_documents import (
    ClaimedProject,
    FeedbackSheetData,
    HandledDemand,
    MemberServices,
)
from hall_desk.printing.feedback_sheet import render_feedback_sheet
from tests.printing.test_slips import _flat, _need, _page_sizes, _poppler_text, _pypdf_text, _write

A4_SIZE = (595.28, 841.89)


def _demand(
    n: int, minutes: int, rating: Rating | None, category: str = "小区环境"
) -> HandledDemand:
    return HandledDemand(
        number=f"CN01-D2026-{n:05d}",
        solved_on=date(2026, 1, n),
        category=category,
        place="幸福里小区 3号楼",
        result=f"第{n}件：已更换楼道灯",
        service_minutes=minutes,
        rating=rating,
    )


LI = MemberServices(
    name="李明",
    neighbourhood="幸福里小区",
    grid="第三网格",
    reported_on=date(2025, 9, 1),
    left_on=None,
    demands=(
        _demand(1, 45, Rating.VERY_SATISFIED),
        _demand(2, 30, Rating.SATISFIED),
        _demand(3, 60, None, "矛盾化解"),
    ),
    projects=(ClaimedProject("楼道线路改造", date(2026, 1, 1), "claimed", 40, None),),
)
WANG = MemberServices(
    name="王芳",
    neighbourhood="春晖园",
    grid="",
    reported_on=date(2025, 9, 1),
    left_on=None,
    demands=(_demand(4, 90, Rating.DISSATISFIED),),
    projects=(),
)
ZHAO = MemberServices("赵强", "春晖园", "", date(2025, 10, 1), None, (), ())


def _sheet(**changes: object) -> FeedbackSheetData:
    data = FeedbackSheetData(
        center_name="城南社区党群服务中心",
        center_address="幸福路 88 号",
        center_phone="0351-1234567",
        unit_name="县人民医院",
        unit_kind="institution",
        first=date(2026, 1, 1),
        last=date(2026, 3, 31),
        members=(LI, WANG, ZHAO),
        printed_at=datetime(2026, 4, 2, 10, 0),
        printed_by="王主任",
        unit_demands=(_demand(5, 120, Rating.FAIRLY_SATISFIED),),
        unit_projects=(
            ClaimedProject("非遗培训进社区", date(2026, 2, 1), "done", 100, date(2026, 3, 15)),
        ),
    )
    return dataclasses.replace(data, **changes)


def _text(data: FeedbackSheetData) -> str:
    return _flat(_pypdf_text(render_feedback_sheet(data)))


def test_unit_sheet_lists_every_members_services_and_the_total() -> None:
    pdf = render_feedback_sheet(_sheet())
    text = _flat(_pypdf_text(pdf))
    for expected in (
        "城南社区党群服务中心",
        "报到单位反馈表",
        "县人民医院",
        "事业单位",
        "2026年1月1日至2026年3月31日（共90天）",
        "李明",
        "幸福里小区/第三网格",
        "王芳",
        "赵强",
        "单位直接承接",
        "楼道线路改造",
        "进行中",
        "40%",
        "非遗培训进社区",
        "已完成",
        "2026-03-15",
        "非常满意",
        "基本满意",
        "不满意",
        "未评价",
        "矛盾化解",
        "幸福里小区3号楼",
        "本期无服务记录的党员：赵强。",
        "社区党组织（盖章）",
        "报到单位签收",
    ):
        assert _flat(expected) in text, expected
    for n in range(1, 6):
        assert f"CN01-D2026-{n:05d}" in text
        assert f"第{n}件：已更换楼道灯" in text
    # 李明: 3 demands, 135 min = 2.3 h, 2 rated, 100%, 1 project (none done).
    assert "3" + "2.3" + "2" + "100.0%" + "1（完成0）" in text
    # Total: 5 demands, 345 min = 5.8 h, 4 rated of which 3 satisfied = 75.0%, 2 projects, 1 done.
    assert "合计" + "5" + "5.8" + "4" + "75.0%" + "2（完成1）" in text
    assert "本期报到党员3人，参与服务2人" in text
    assert "满意3次，满意率75.0%" in text


def test_member_sheet_is_one_persons() -> None:
    data = _sheet(members=(LI,), unit_demands=(), unit_projects=(), for_member=True)
    text = _text(data)
    for expected in (
        "在职党员服务反馈表",
        "李明",
        "2025年9月1日",
        "幸福里小区/第三网格",
        "县人民医院",
    ):
        assert _flat(expected) in text, expected
    assert "王芳" not in text and "单位直接承接" not in text and "合计" not in text
    assert "办结群众需求3件，服务时长2.3小时" in text
    assert "报到党员签收" in text


def test_a_period_with_nothing_done_says_so() -> None:
    text = _text(_sheet(members=(ZHAO,), unit_demands=(), unit_projects=()))
    assert "本期无办结需求和认领项目。" in text
    assert "合计" + "0" + "0.0" + "0" + "—" + "0（完成0）" in text


def test_long_sheets_flow_onto_numbered_a4_pages() -> None:
    many = tuple(
        MemberServices(
            f"党员{i:02d}",
            "幸福里小区",
            "",
            date(2025, 9, 1),
            None,
            tuple(_demand(d, 30, Rating.SATISFIED) for d in range(1, 6)),
            (),
        )
        for i in range(1, 31)
    )
    pdf = render_feedback_sheet(_sheet(members=many))
    sizes = _page_sizes(pdf)
    assert len(sizes) > 2
    assert all(size == pytest.approx(A4_SIZE, abs=0.01) for size in sizes)
    text = _flat(_pypdf_text(pdf))
    assert f"第1页共{len(sizes)}页" in text and f"第{len(sizes)}页共{len(sizes)}页" in text
    assert "报到单位反馈表（续）" in text
    for i in range(1, 31):
        assert f"党员{i:02d}" in text
    # 150 demands of the members and the unit's own one; 151 × 30 min... the unit's is 120 min.
    assert "合计" + "151" + f"{(150 * 30 + 120) / 60:.1f}" in text


def test_text_reads_back_with_pdftotext_and_the_font_is_embedded(tmp_path: Path) -> None:
    path = _write(tmp_path, render_feedback_sheet(_sheet()), "sheet.pdf")
    flat = _flat(_poppler_text(path))
    assert "报到单位反馈表" in flat and "CN01-D2026-00004" in flat
    listing = subprocess.run(
        [_need("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = listing.splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes" and "WenQuanYi" in row, row


def test_metadata_names_the_unit_and_the_period() -> None:
    meta = PdfReader(BytesIO(render_feedback_sheet(_sheet()))).metadata
    assert meta is not None
    assert meta.title == "报到单位反馈表 县人民医院 2026-01-01 至 2026-03-31"
    assert meta.author == "城南社区党群服务中心"


def test_markup_in_names_and_results_is_printed_as_text() -> None:
    odd = dataclasses.replace(
        LI, name="李<明>", demands=(dataclasses.replace(LI.demands[0], result="修好 & 测试<完成>"),)
    )
    text = _text(_sheet(members=(odd,)))
    assert "李<明>" in text and "修好&测试<完成>" in text
    assert re.search(r"CN01-D2026-00001", text)
