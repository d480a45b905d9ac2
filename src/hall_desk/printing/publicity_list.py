"""The list of volunteers' hours posted for 7 days (志愿服务时长公示), A4 portrait.

Everyone with hours in the period: name, unit, shifts and hours, a total row, the posting
period and where to raise an objection. No phone or ID number is printed: the list is posted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from hall_desk.domain.activities import format_hours
from hall_desk.printing.booking_slips import chinese_day
from hall_desk.printing.report_layout import BODY, WIDTH, data_table, font, name_cell, style
from hall_desk.printing.slip_layout import BoldText, para
from hall_desk.printing.volunteer_certificate import render_a4

__all__ = ["PublicityDocument", "PublicityLine", "render_publicity_list"]

TITLE = "志愿服务时长公示"
DASH = "—"


@dataclass(frozen=True)
class PublicityLine:
    name: str
    unit_name: str  # "" for a resident
    shifts: int
    minutes: int


@dataclass(frozen=True)
class PublicityDocument:
    organisation: str
    organisation_address: str
    organisation_phone: str
    period_from: date
    period_to: date
    lines: tuple[PublicityLine, ...]
    posted_from: date
    posted_to: date
    printed_at: datetime

    @property
    def total_minutes(self) -> int:
        return sum(line.minutes for line in self.lines)

    @property
    def total_shifts(self) -> int:
        return sum(line.shifts for line in self.lines)


def render_publicity_list(doc: PublicityDocument) -> bytes:
    """The list as A4 PDF bytes."""
    return render_a4(
        lambda: _story(doc),
        title=f"{TITLE} {doc.period_from:%Y-%m-%d} 至 {doc.period_to:%Y-%m-%d}",
        author=doc.organisation,
        footer=f"{doc.organisation}　{TITLE}",
        printed=f"打印时间：{doc.printed_at:%Y-%m-%d %H:%M}",
    )


def _story(doc: PublicityDocument) -> list[Flowable]:
    title = BoldText(TITLE, font(), 20)
    title.spaceBefore = 2 * mm
    title.spaceAfter = 3 * mm
    body = style(BODY + 2, leading=(BODY + 2) * 1.8)
    period = f"{chinese_day(doc.period_from)} 至 {chinese_day(doc.period_to)}"
    intro = (
        f"根据《志愿服务记录与证明出具办法》，现将 {period} 在{doc.organisation}参加志愿服务"
        f"人员的服务时长公示如下（共 {len(doc.lines)} 人，{doc.total_shifts} 人次，"
        f"{format_hours(doc.total_minutes)} 小时）："
    )
    where = doc.organisation
    contact = "，".join(
        part
        for part in (
            f"地址：{doc.organisation_address}" if doc.organisation_address else "",
            f"电话：{doc.organisation_phone}" if doc.organisation_phone else "",
        )
        if part
    )
    objection = (
        f"公示期：{chinese_day(doc.posted_from)} 至 {chinese_day(doc.posted_to)}（7天）。"
        f"公示期内如有异议，请向{where}反映" + (f"（{contact}）" if contact else "") + "。"
    )
    closing = [
        para(objection, body),
        Spacer(1, 8 * mm),
        para(doc.organisation, style(BODY + 2, align=TA_RIGHT)),
        para(chinese_day(doc.posted_from), style(BODY + 2, align=TA_RIGHT)),
    ]
    return [
        para(doc.organisation, style(12, align=TA_CENTER, leading=16)),
        title,
        para(intro, body),
        _table(doc),
        Spacer(1, 3 * mm),
        KeepTogether(closing),
    ]


def _table(doc: PublicityDocument) -> Flowable:
    head = ("序号", "姓名", "单位", "服务次数", "服务时长（小时）")
    shares = [0.08, 0.20, 0.0, 0.14, 0.18]
    shares[2] = 1 - sum(shares)
    rows: list[list[Any]] = [
        [
            str(n),
            _cell(line.name, 10),
            _cell(line.unit_name or DASH, 20),
            str(line.shifts),
            format_hours(line.minutes),
        ]
        for n, line in enumerate(doc.lines, start=1)
    ]
    if not rows:
        rows.append(["", name_cell("本期无志愿服务时长记录"), "", "", ""])
    total = ["", "合计", f"{len(doc.lines)} 人", str(doc.total_shifts),
             format_hours(doc.total_minutes)]  # fmt: skip
    table = data_table(head, rows, [WIDTH * s for s in shares], total=total, text_columns=3)
    table.setStyle([("ALIGN", (0, 1), (0, -1), "CENTER")])
    return table


def _cell(text: str, fits: int) -> Any:
    """Short text as it is; only longer text becomes a wrapping paragraph, which is slow to
    lay out when a center posts a list of a thousand people."""
    return text if len(text) <= fits else name_cell(text)
