"""Slips handed to residents at the desk: receipt, one-time notice, refusal, completion notice.

Each slip is rendered to PDF bytes with ReportLab, either on an A5 sheet (the content flows
onto further pages when it is long) or on an 80 mm receipt roll (one page exactly as tall as
its content). All text uses the bundled CJK font, which is embedded, so the slip prints the
same on any PC. The printed text is Simplified Chinese because the slips go to residents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from hall_desk.printing.slip_layout import (
    BOX_PADDING,
    GREY,
    BoldText,
    Cell,
    Look,
    SlipLayout,
    boxed,
    info_table,
    numbered,
    para,
    section_title,
    stacked,
)
from hall_desk.printing.slip_pages import (
    PDF_CREATOR,
    SlipFrame,
    archive_file_name,
    render_framed_slip,
)

__all__ = [
    "DEFAULT_RATING_INVITATION",
    "ESTIMATED_PROMISE_NOTE",
    "PDF_CREATOR",
    "SlipData",
    "SlipKind",
    "SlipLayout",
    "archive_name",
    "chinese_date",
    "promised_text",
    "rating_lines",
    "render_slip",
    "slip_title",
]

DEFAULT_RATING_INVITATION = (
    "请对本次服务进行评价：",
    "非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意",
    "（请在办结时告知前台工作人员，或致电本中心）",
)


#: Small print under a promise that counts holidays derived from the national rule (调休 unknown).
ESTIMATED_PROMISE_NOTE = "承诺日期按推算的法定节假日计算，调休安排公布后可能调整。"


class SlipKind(StrEnum):
    """What the slip tells the resident."""

    RECEIPT = "receipt"  # 受理回执: the application was accepted
    NOTICE = "notice"  # 一次性告知单: documents still missing, all listed at once
    REFUSAL = "refusal"  # 不予受理告知书: not accepted, with the reason
    COMPLETION = "completion"  # 办结通知: the case is finished


_TITLES: dict[SlipKind, str] = {
    SlipKind.RECEIPT: "受理回执",
    SlipKind.NOTICE: "一次性告知单",
    SlipKind.REFUSAL: "不予受理告知书",
    SlipKind.COMPLETION: "办结通知",
}


@dataclass(frozen=True)
class SlipData:
    """Everything printed on a slip. Identity numbers and phones arrive already masked."""

    kind: SlipKind
    center_name: str
    center_address: str
    center_phone: str
    case_number: str
    item_name: str
    office: str
    resident_name: str
    resident_id_masked: str
    resident_phone_masked: str
    agent_line: str  # the person helping or acting for the resident (帮办代办); "" when none
    documents_received: tuple[str, ...]
    documents_missing: tuple[str, ...]
    promised_date: date | None  # None for refusals, notices and on-the-spot items
    time_limit_days: int  # working days; 0 means done on the spot
    clerk_name: str
    accepted_at: datetime
    printed_at: datetime
    reason: str = ""  # refusal reason, or the result note of a completed case
    completed_at: datetime | None = None
    rating_invitation: str = ""  # "" prints the default invitation
    reprint: bool = False
    status_label: str = ""
    # The promised date falls in a year whose holidays are estimated (调休 not yet known).
    promised_estimated: bool = False


def slip_title(kind: SlipKind) -> str:
    """The Chinese title printed at the top of a slip of this kind."""
    return _TITLES[SlipKind(kind)]


def archive_name(case_number: str, kind: SlipKind, printed_at: datetime, reprint: bool) -> str:
    """A file name safe on any file system, e.g. ``SC01-2026-00042_receipt_20261120-093015.pdf``."""
    return archive_file_name(
        case_number, SlipKind(kind).value, printed_at, reprint, fallback="case"
    )


def chinese_date(value: date) -> str:
    """``2026年11月20日``."""
    return f"{value.year}年{value.month:02d}月{value.day:02d}日"


def _minutes(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


def promised_text(data: SlipData) -> str:
    """The promised finish as printed: ``2026年12月04日（10个工作日）`` or ``当场办结``."""
    if data.time_limit_days <= 0:
        return "当场办结"
    if data.promised_date is None:
        return f"自受理之日起{data.time_limit_days}个工作日内"
    return f"{chinese_date(data.promised_date)}（{data.time_limit_days}个工作日）"


def rating_lines(data: SlipData, *, wide: bool = True) -> tuple[str, ...]:
    """The rating invitation as printed lines; the default one takes three lines on the roll."""
    text = data.rating_invitation.strip()
    if text:
        return (text,)
    ask, scale, how = DEFAULT_RATING_INVITATION
    return (ask + scale, how) if wide else (ask, scale, how)


def render_slip(data: SlipData, layout: SlipLayout) -> bytes:
    """The slip as PDF bytes."""
    frame = SlipFrame(
        title=slip_title(data.kind),
        number_label="受理编号",
        number=data.case_number,
        center_name=data.center_name,
        center_address=data.center_address,
        center_phone=data.center_phone,
        printed_at=data.printed_at,
        sign_off_date=chinese_date(_issue_date(data)),
        roll_hint="凭此编号或二维码查询办理进度、补交材料",
        subject=data.item_name,
        status_line=f"当前状态：{data.status_label}" if data.status_label else "",
        reprint=data.reprint,
    )

    def body(look: Look) -> list[Flowable]:
        return [
            _intro(data, look),
            info_table(_info_rows(data, paired=look.ruled), look, highlighted=_HIGHLIGHTED),
            *_estimate_note(data, look),
            *_kind_sections(data, look),
        ]

    return render_framed_slip(frame, layout, body)


def _intro(data: SlipData, look: Look) -> Flowable:
    texts = {
        SlipKind.RECEIPT: "您的申请经审查，材料齐全、符合要求，现予受理。",
        SlipKind.NOTICE: "您的申请材料尚不齐全，现将需要补正的全部材料一次性告知如下。",
        SlipKind.REFUSAL: "您的申请经审查，决定不予受理，理由见下。",
        SlipKind.COMPLETION: "您申请办理的事项已办理完结。",
    }
    return para(f"{data.resident_name}：{texts[data.kind]}", look.style(after=2 * mm))


def _info_rows(data: SlipData, paired: bool) -> list[tuple[Cell, ...]]:
    """Label/value pairs per table row; ``paired`` puts two short pairs side by side."""
    short: list[Cell] = [
        ("办理部门", data.office),
        ("经 办 人", data.clerk_name),
        ("申 请 人", data.resident_name),
        ("联系电话", data.resident_phone_masked),
        ("身份证号", data.resident_id_masked),
        ("受理时间", _minutes(data.accepted_at)),
    ]
    rows: list[tuple[Cell, ...]] = [(("事项名称", data.item_name),)]
    if paired:
        rows += [(short[i], short[i + 1]) for i in range(0, len(short), 2)]
    else:
        order = (2, 4, 3, 0, 5, 1)  # resident first, then the office, time and clerk
        rows += [(short[i],) for i in order[:3]]
    if data.agent_line.strip():
        rows.append((("帮办代办", data.agent_line),))
    if not paired:
        rows += [(short[i],) for i in order[3:]]
    if data.kind is SlipKind.RECEIPT:
        rows.append((("承诺办结", promised_text(data)),))
    elif data.kind is SlipKind.COMPLETION:
        if data.promised_date is not None or data.time_limit_days <= 0:
            rows.append((("承诺办结", promised_text(data)),))
        if data.completed_at is not None:
            rows.append((("办结时间", _minutes(data.completed_at)),))
    return rows


_HIGHLIGHTED = frozenset({"承诺办结", "办结时间"})


def _estimate_note(data: SlipData, look: Look) -> list[Flowable]:
    """Small print under the table when the promise still waits for the year's 调休."""
    promised = data.kind is SlipKind.RECEIPT and data.promised_date is not None
    if not (promised and data.promised_estimated and data.time_limit_days > 0):
        return []
    style = look.style(look.small_size, color=GREY, before=1 * mm)
    return [para("※ " + ESTIMATED_PROMISE_NOTE, style)]


def _kind_sections(data: SlipData, look: Look) -> list[Flowable]:
    received_title = f"已收材料（共{len(data.documents_received)}份）"
    note_style = look.style(before=1 * mm, after=2 * mm)
    parts: list[Flowable] = []
    if data.kind is SlipKind.RECEIPT:
        parts.append(section_title(received_title, look))
        parts += numbered(data.documents_received, look)
        parts.append(
            para(
                "请妥善保管本回执，凭受理编号查询办理进度、领取办理结果。",
                note_style,
            )
        )
        parts.append(_rating(data, look, prominent=False))
    elif data.kind is SlipKind.NOTICE:
        parts.append(section_title(f"需补正材料（共{len(data.documents_missing)}项）", look))
        parts += numbered(data.documents_missing, look)
        parts.append(
            boxed(
                [
                    para(
                        "以上为需要补正的全部材料，本中心一次性告知。"
                        f"请补齐后携带本告知单，凭受理编号 {data.case_number} "
                        "到窗口继续办理。材料补齐前本事项暂缓办理，"
                        "自材料补齐之日起计算办理时限。",
                        look.style(),
                    )
                ],
                look,
            )
        )
        parts.append(section_title(received_title, look))
        parts += numbered(data.documents_received, look)
    elif data.kind is SlipKind.REFUSAL:
        parts.append(section_title("不予受理理由", look))
        parts.append(boxed([para(data.reason.strip() or "—", look.style())], look))
        parts.append(
            para(
                "特此告知。如有疑问，请向窗口工作人员咨询"
                + ("或拨打服务电话：" if data.center_phone else "。"),
                ParagraphStyle("ask", parent=note_style, spaceAfter=0),
            )
        )
        if data.center_phone:
            parts.append(para(data.center_phone, look.style(after=2 * mm)))
    else:
        parts.append(section_title("办理结果", look))
        parts.append(boxed([para(data.reason.strip() or "已办结。", look.style())], look))
        parts.append(
            para(
                "如有证照或材料需要领取，请携带本通知和本人有效身份证件到窗口领取。",
                note_style,
            )
        )
        parts.append(_rating(data, look, prominent=True))
    return parts


def _rating(data: SlipData, look: Look, *, prominent: bool) -> Flowable:
    lines = rating_lines(data, wide=look.ruled and not prominent)
    if not prominent:
        style = look.style(look.small_size + 0.5, color=colors.HexColor("#222222"))
        lines_flowed: list[Flowable] = [para(line, style) for line in lines]
        return stacked(lines_flowed, look.width)
    title = BoldText("服务评价", look.font, look.body_size + 2)
    size = look.body_size + (1.5 if look.ruled else 0.5)
    inner = look.width - 2 * BOX_PADDING[look.ruled] - 2
    lines = tuple(part for line in lines for part in _fit_scale(line, look.font, size, inner))
    body = [para(line, look.style(size, align=TA_CENTER)) for line in lines]
    return boxed([title, Spacer(1, 1 * mm), *body], look, weight=1.6)


def _fit_scale(line: str, font: str, size: float, width: float) -> list[str]:
    """Break a too-wide rating scale ("非常满意 / 满意 / ...") between its options."""
    options = line.split(" / ")
    if stringWidth(line, font, size) <= width or len(options) < 2:
        return [line]
    half = (len(options) + 1) // 2
    return [" / ".join(options[:half]), " / ".join(options[half:])]


def _issue_date(data: SlipData) -> date:
    if data.kind is SlipKind.COMPLETION and data.completed_at is not None:
        return data.completed_at.date()
    return data.accepted_at.date()
