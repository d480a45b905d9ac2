"""The certificate of volunteer service (志愿服务记录证明), A4 portrait.

As 《志愿服务记录与证明出具办法》 asks: numbered, the volunteer (ID number masked, and the unit
for a 双报到 member), the organisation that kept the record, the period, the total hours, each
service itemised (date, activity, role, hours, 补录 marked), who issued it and when, a space
for the seal, and that it is issued free of charge. Long lists run onto further pages, the
table's header repeated and every page numbered "第 n 页 共 m 页".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
)

from hall_desk.domain.activities import format_hours
from hall_desk.printing.booking_slips import chinese_day
from hall_desk.printing.report_layout import (
    BODY,
    MARGIN,
    PAGE,
    SMALL,
    WIDTH,
    data_table,
    font,
    name_cell,
    style,
)
from hall_desk.printing.slip_layout import GREY, BoldText, hang_chinese_punctuation, para
from hall_desk.printing.slip_layout import style_table as _style_table
from hall_desk.printing.slip_pages import PDF_CREATOR, archive_file_name

__all__ = [
    "CertificateDocument",
    "CertificateItem",
    "certificate_archive_name",
    "render_a4",
    "render_volunteer_certificate",
]

TITLE = "志愿服务记录证明"
SUPPLEMENT_MARK = "补录"
DASH = "—"
_FOOTER = 10 * mm
_SEAL = 38 * mm


@dataclass(frozen=True)
class CertificateItem:
    """One served shift on the certificate."""

    day: date
    activity: str
    role: str
    minutes: int
    supplementary: bool = False


@dataclass(frozen=True)
class CertificateDocument:
    number: str
    name: str
    masked_id_number: str
    unit_name: str  # the 双报到 member's unit; "" for a resident
    organisation: str  # the center that kept the record and issues the certificate
    organisation_address: str
    organisation_phone: str
    period_from: date
    period_to: date
    total_minutes: int
    items: tuple[CertificateItem, ...]
    issuer: str  # the member of staff who issued it (经办人)
    issued_on: date
    printed_at: datetime
    reprint: bool = False


def certificate_archive_name(number: str, printed_at: datetime, reprint: bool) -> str:
    """E.g. ``CN01-V2026-0042_certificate_20261120-093000.pdf``, like the slips."""
    return archive_file_name(number, "certificate", printed_at, reprint, fallback="certificate")


def render_volunteer_certificate(doc: CertificateDocument) -> bytes:
    """The certificate as A4 PDF bytes."""
    footer = f"{doc.organisation}　{TITLE}　{doc.number}"
    if doc.reprint:
        footer += "（补打）"
    return render_a4(
        lambda: _story(doc),
        title=f"{TITLE} {doc.number}",
        author=doc.organisation,
        footer=footer,
        printed=f"打印时间：{doc.printed_at:%Y-%m-%d %H:%M}",
    )


def _story(doc: CertificateDocument) -> list[Flowable]:
    title = BoldText(TITLE, font(), 22)
    title.spaceBefore = 4 * mm
    title.spaceAfter = 2 * mm
    body = style(BODY + 2.5, leading=(BODY + 2.5) * 1.9)
    who = f"{doc.name}（身份证号：{doc.masked_id_number or DASH}"
    who += f"，{doc.unit_name}）" if doc.unit_name else "）"
    statement = (
        f"兹证明 {who}于 {chinese_day(doc.period_from)} 至 {chinese_day(doc.period_to)} 期间，"
        f"在{doc.organisation}参加志愿服务 {len(doc.items)} 次，"
        f"累计志愿服务时长 {format_hours(doc.total_minutes)} 小时。服务明细如下："
    )
    return [
        para(f"编号：{doc.number}", style(BODY + 1, align=TA_RIGHT)),
        title,
        Spacer(1, 4 * mm),
        para(statement, body),
        Spacer(1, 2 * mm),
        _items_table(doc),
        Spacer(1, 3 * mm),
        para(
            "以上志愿服务记录由本单位如实记录，真实、准确、完整。标注“补录”的为事后补录的服务时长。"
            "本证明依据《志愿服务条例》和《志愿服务记录与证明出具办法》无偿出具，不收取任何费用。",
            style(BODY + 1, leading=(BODY + 1) * 1.7),
        ),
        _sign_block(doc),
    ]


def _items_table(doc: CertificateDocument) -> Flowable:
    head = ("序号", "服务日期", "活动名称", "服务岗位", "时长（小时）", "备注")
    shares = [0.07, 0.15, 0.0, 0.16, 0.13, 0.09]
    shares[2] = 1 - sum(shares)
    rows: list[list[Any]] = [
        [
            str(n),
            f"{item.day:%Y-%m-%d}",
            name_cell(item.activity),
            name_cell(item.role),
            format_hours(item.minutes),
            SUPPLEMENT_MARK if item.supplementary else "",
        ]
        for n, item in enumerate(doc.items, start=1)
    ]
    total = ["", "合计", "", f"{len(doc.items)} 次", format_hours(doc.total_minutes), ""]
    table = data_table(head, rows, [WIDTH * s for s in shares], total=total, text_columns=4)
    table.setStyle(
        [
            ("ALIGN", (0, 1), (1, -1), "CENTER"),
            ("ALIGN", (5, 1), (5, -1), "CENTER"),
            ("SPAN", (1, -1), (2, -1)),
        ]
    )
    return table


def _sign_block(doc: CertificateDocument) -> Flowable:
    line = style(BODY + 1.5, leading=(BODY + 1.5) * 2)
    contact = "　".join(
        part
        for part in (
            f"地址：{doc.organisation_address}" if doc.organisation_address else "",
            f"电话：{doc.organisation_phone}" if doc.organisation_phone else "",
        )
        if part
    )
    left = [
        para(f"记录和出具单位：{doc.organisation}", line),
        para(f"经办人：{doc.issuer or DASH}", line),
        para(f"出具日期：{chinese_day(doc.issued_on)}", line),
    ]
    if contact:
        left.append(para(contact, style(BODY, color=GREY, leading=BODY * 1.6)))
    seal = [
        Spacer(1, _SEAL - 8 * mm),
        para("（盖章）", style(BODY, align=TA_CENTER, color=GREY)),
    ]
    table = Table([[left, seal]], colWidths=[WIDTH - _SEAL - 12 * mm, _SEAL + 12 * mm],
                  rowHeights=[_SEAL + 4 * mm])  # fmt: skip
    _style_table(
        table,
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (1, 0), (1, 0), 0.5, colors.HexColor("#999999")),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
        ],
    )
    table.spaceBefore = 6 * mm
    return KeepTogether([table])


def render_a4(
    story: Callable[[], list[Flowable]],
    *,
    title: str,
    author: str,
    footer: str,
    printed: str,
) -> bytes:
    """An A4 document whose pages end with ``footer``, ``printed`` and "第 n 页 共 m 页"."""
    hang_chinese_punctuation()
    pdf, pages = _build(story(), title, author, footer, printed, total_pages=0)
    if pages > 1:  # a second pass prints "共 m 页" on each page
        pdf, _ = _build(story(), title, author, footer, printed, total_pages=pages)
    return pdf


def _build(
    story: list[Flowable], title: str, author: str, footer: str, printed: str, total_pages: int
) -> tuple[bytes, int]:
    def draw_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        left, right = MARGIN, PAGE[0] - MARGIN
        top = MARGIN + _FOOTER - 2 * mm
        canvas.setStrokeColor(colors.HexColor("#555555"))
        canvas.setLineWidth(0.5)
        canvas.line(left, top, right, top)
        canvas.setFillColor(GREY)
        canvas.setFont(font(), SMALL + 0.5)
        canvas.drawString(left, top - 4 * mm, footer)
        canvas.drawRightString(right, top - 4 * mm, printed)
        pages = f"第 {doc.page} 页 共 {total_pages} 页" if total_pages else f"第 {doc.page} 页"
        canvas.drawCentredString(PAGE[0] / 2, MARGIN, pages)
        canvas.restoreState()

    bottom = MARGIN + _FOOTER
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject=title,
        creator=PDF_CREATOR,
        lang="zh-CN",
        initialFontName=font(),
    )
    frame = Frame(MARGIN, bottom, WIDTH, PAGE[1] - MARGIN - bottom, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=draw_page)])
    doc.build(story)
    return buffer.getvalue(), int(doc.page)
