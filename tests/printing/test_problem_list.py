"""The printed problem list: every item and its status read back out of the PDF."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape

from hall_desk.domain.problem_lists import ProblemState
from hall_desk.printing.problem_list import ProblemLine, ProblemListSheet, render_problem_list
from hall_desk.services import Services
from hall_desk.services.party.problem_lists import ProblemForm
from hall_desk.services.session import StaffSession
from tests.printing.test_slips import _flat, _poppler_text, _pypdf_text, _write


def _line(seq: int, state: ProblemState, **changes: object) -> ProblemLine:
    values: dict[str, object] = {
        "seq": seq,
        "description": f"第{seq}个问题",
        "responsible": "物业公司",
        "due_date": date(2026, 11, 17),
        "state": state,
        "working_days_overdue": 0,
        "done_on": None,
        "done_note": "",
        "done_late": False,
    }
    values.update(changes)
    return ProblemLine(**values)  # type: ignore[arg-type]


def test_the_list_read_back_through_the_service(
    services: Services, admin: StaffSession, clerk: StaffSession, tmp_path: Path
) -> None:
    lists = services.problem_lists
    meeting = lists.add_meeting(
        clerk,
        date(2026, 11, 10),
        "council",
        "十一月居民议事会",
        "社区议事厅",
        [ProblemForm("3号楼路灯不亮", "城南物业"), ProblemForm("小区东门垃圾堆放", "环卫所")],
    )
    lists.set_working_days(admin, 10)
    lists.add_problem(clerk, meeting.id, ProblemForm("非机动车乱停", "网格员王芳"))
    lamp = lists.problems(clerk, meeting.id)[0]
    lists.tick_off(clerk, lamp.id, "已更换灯泡，居民确认")

    pdf = lists.list_pdf(clerk, meeting.id)
    text = _flat(_poppler_text(_write(tmp_path, pdf, "list.pdf")))
    expected = [
        "城南社区党群服务中心",
        "居民议事会问题清单",
        "十一月居民议事会",
        "召开日期：2026年11月10日（星期二）",
        "地点：社区议事厅",
        "序号",
        "问题",
        "责任单位/责任人",
        "办结时限",
        "状态",
        # 1: ticked off on Friday the 20th (after its due day, Tuesday the 17th).
        "3号楼路灯不亮",
        "城南物业",
        "11月17日",
        "已销号11月20日（超期办结）",
        "已更换灯泡，居民确认",
        # 2: due Tuesday the 17th; Wed, Thu, Fri have passed.
        "小区东门垃圾堆放",
        "环卫所",
        "已逾期3个工作日",
        # 3: ten working days from the 10th: Tuesday the 24th.
        "非机动车乱停",
        "网格员王芳",
        "11月24日",
        "未到期",
        "共3项：已销号1项，未到期1项，已逾期1项。",
        "第1页共1页",
        "打印时间：2026-11-2009:30",
    ]
    for item in expected:
        assert _flat(item) in text, item
    # The rows come in list order.
    assert text.index("3号楼路灯不亮") < text.index("小区东门垃圾堆放") < text.index("非机动车乱停")
    reader = PdfReader(BytesIO(pdf))
    width, height = landscape(A4)
    assert [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages
    ] == [(round(width), round(height))]


def test_every_status_is_printed_in_words() -> None:
    sheet = ProblemListSheet(
        center="城南社区党群服务中心",
        meeting_title="居民夜谈",
        meeting_kind="居民夜谈",
        held_on=date(2026, 11, 6),
        place="",
        printed_at=datetime(2026, 11, 20, 9, 30),
        lines=(
            _line(1, ProblemState.DONE, done_on=date(2026, 11, 12), done_note="已处理"),
            _line(2, ProblemState.OPEN),
            _line(3, ProblemState.DUE_SOON),
            _line(4, ProblemState.OVERDUE, working_days_overdue=1),
            _line(5, ProblemState.OVERDUE, working_days_overdue=0),
        ),
    )
    text = _flat(_pypdf_text(render_problem_list(sheet)))
    assert "已销号11月12日" in text and "已处理" in text and "超期办结" not in text
    assert "未到期（最后一个工作日）" in text
    assert "已逾期1个工作日" in text
    assert "共5项：已销号1项，未到期2项，已逾期2项。" in text
    assert "地点" not in text


def test_a_long_list_runs_onto_numbered_pages_with_the_heading_repeated() -> None:
    lines = tuple(
        _line(n, ProblemState.OPEN, description=f"第{n}个问题：" + "楼道灯不亮，需要更换" * 6)
        for n in range(1, 41)
    )
    sheet = ProblemListSheet(
        "城南社区党群服务中心",
        "议事会",
        "居民议事会",
        date(2026, 11, 6),
        "议事厅",
        datetime(2026, 11, 20, 9, 30),
        lines,
    )
    reader = PdfReader(BytesIO(render_problem_list(sheet)))
    pages = [_flat(p.extract_text() or "") for p in reader.pages]
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{len(pages)}页" in page
        assert "办结时限" in page  # the table's heading on every page
    joined = "".join(pages)
    assert all(f"第{n}个问题" in joined for n in range(1, 41))
    assert "共40项：已销号0项，未到期40项，已逾期0项。" in joined
