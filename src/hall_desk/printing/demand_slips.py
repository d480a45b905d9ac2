"""A demand's slips: the resident's receipt (群众点单回执) and the dispatch slip (派单单).

They share the frame of the case and booking slips (header with the QR code of the demand
number, 补打 banner, footer; A5 sheet or an 80 mm roll as long as its content). The receipt
tells the resident the number, the level and the promise of the "1341" clock in words, what
happens next and how to ask; the dispatch slip tells the member or unit where to go, what the
problem is, whom to call and by when. The printed text is Simplified Chinese: the slips go to
residents and members. Names and phones arrive masked unless the desk chose to show them.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from hall_desk.domain.demand_documents import DemandSlipData, DemandSlipKind
from hall_desk.domain.demands import DemandLevel, DemandStatus
from hall_desk.printing.booking_slips import chinese_day
from hall_desk.printing.slip_layout import (
    Cell,
    Look,
    SlipLayout,
    boxed,
    info_table,
    numbered,
    para,
    section_title,
)
from hall_desk.printing.slip_pages import SlipFrame, archive_file_name, render_framed_slip

__all__ = [
    "DemandSlipData",
    "DemandSlipKind",
    "SlipLayout",
    "demand_slip_archive_name",
    "demand_slip_title",
    "duration_text",
    "promise_text",
    "render_demand_slip",
]

_TITLES = {DemandSlipKind.RECEIPT: "群众点单回执", DemandSlipKind.DISPATCH: "派单单"}

LEVEL_TEXT = {DemandLevel.GENERAL: "一般", DemandLevel.COMPLEX: "复杂", DemandLevel.MAJOR: "重大"}
STATUS_TEXT = {
    DemandStatus.PENDING: "待派单",
    DemandStatus.DISPATCHED: "已派单",
    DemandStatus.ACCEPTED: "已接单",
    DemandStatus.IN_PROGRESS: "办理中",
    DemandStatus.SOLVED: "已办结",
    DemandStatus.CALLED_BACK: "已回访",
}
SOURCE_TEXT = {
    "desk": "窗口",
    "meeting": "居民议事会/夜谈",
    "grid": "网格员",
    "phone": "电话",
    "hotline": "热线",
}

_PROMISE_LABEL = "办理承诺"
_DUE_LABEL = "办结时限"


def demand_slip_title(kind: DemandSlipKind) -> str:
    """The Chinese title printed at the top of the slip."""
    return _TITLES[DemandSlipKind(kind)]


def demand_slip_archive_name(
    number: str, kind: DemandSlipKind, printed_at: datetime, reprint: bool
) -> str:
    """E.g. ``CN01-D2026-00042_dispatch_20260302-093015.pdf``, like the other slips."""
    return archive_file_name(
        number, DemandSlipKind(kind).value, printed_at, reprint, fallback="demand"
    )


def duration_text(minutes: int) -> str:
    """``30分钟``, ``4小时``, ``1天``, ``1小时30分钟``."""
    if minutes >= 24 * 60 and minutes % (24 * 60) == 0:
        return f"{minutes // (24 * 60)}天"
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}分钟"
    return f"{hours}小时" + (f"{rest}分钟" if rest else "")


def _goal(level: DemandLevel) -> str:
    return "拿出解决方案" if level is DemandLevel.MAJOR else "办结"


def promise_text(level: DemandLevel, minutes: int) -> str:
    """The promise of the level in words: ``一般问题：接单后30分钟内办结``."""
    return f"{LEVEL_TEXT[level]}问题：接单后{duration_text(minutes)}内{_goal(level)}"


def _moment(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


def render_demand_slip(data: DemandSlipData, layout: SlipLayout) -> bytes:
    """The receipt or the dispatch slip as PDF bytes."""
    receipt = data.kind is DemandSlipKind.RECEIPT
    frame = SlipFrame(
        title=demand_slip_title(data.kind),
        number_label="需求编号",
        number=data.number,
        center_name=data.center_name,
        center_address=data.center_address,
        center_phone=data.center_phone,
        printed_at=data.printed_at,
        sign_off_date=chinese_day(data.printed_at.date()),
        roll_hint=(
            "凭此编号或二维码到前台查询办理进度" if receipt else "接单、办结请告知社区并报此编号"
        ),
        subject=data.category,
        status_line=f"当前状态：{STATUS_TEXT[DemandStatus(data.status)]}",
        reprint=data.reprint,
    )

    def body(look: Look) -> list[Flowable]:
        if receipt:
            return _receipt_body(data, look)
        return _dispatch_body(data, look)

    return render_framed_slip(frame, layout, body)


# ---------------------------------------------------------------------------------------------
# The receipt


def _receipt_body(data: DemandSlipData, look: Look) -> list[Flowable]:
    what = "微心愿" if data.wish else "需求"
    intro = para(f"您反映的{what}已登记，社区将尽快派单办理。", look.style(after=2 * mm))
    return [
        intro,
        info_table(_receipt_rows(data), look, highlighted=frozenset({_PROMISE_LABEL})),
        *_description(data, look),
        section_title("接下来", look),
        *numbered(_next_steps(data), look),
        _how_to_ask(data, look),
    ]


def _receipt_rows(data: DemandSlipData) -> list[tuple[Cell, ...]]:
    """Label/value rows; two short pairs share a row on the sheet (the roll lists them)."""
    rows: list[tuple[Cell, ...]] = [
        (("需求类别", data.category), ("类　　型", "微心愿" if data.wish else "需求")),
        (("反映渠道", _source(data)), ("登记时间", _moment(data.taken_at))),
        (("反 映 人", data.contact_name or "匿名"), ("联系电话", data.contact_phone)),
        (("地　　点", _place(data)),),
        (("问题等级", LEVEL_TEXT[data.level]), ("经 办 人", data.clerk_name)),
        ((_PROMISE_LABEL, _promise(data)),),
    ]
    if data.wish and data.wish_target_date is not None:
        rows.append((("心愿日期", f"希望在{chinese_day(data.wish_target_date)}前实现"),))
    if data.assignee:
        due = _moment(data.due_at) if data.due_at is not None else "接单后开始计时"
        due_label = "方案时限" if data.level is DemandLevel.MAJOR else _DUE_LABEL
        rows.append((("承 接 人", data.assignee), (due_label, due)))
    return rows


def _promise(data: DemandSlipData) -> str:
    text = promise_text(data.level, data.promised_minutes)
    if data.needs_visit:
        text += f"；需上门的，接单后{duration_text(data.on_site_minutes)}内到达现场"
    return text


def _source(data: DemandSlipData) -> str:
    return SOURCE_TEXT.get(data.source, data.source)


def _description(data: DemandSlipData, look: Look) -> list[Flowable]:
    """The problem in the resident's words, under the table: a long one wraps across the
    whole width and flows on to the next sheet (a table row would not split cleanly)."""
    text = "问题描述：" + (data.description.strip() or "—")
    return [para(text, look.style(before=-1 * mm, after=1.5 * mm))]


def _place(data: DemandSlipData) -> str:
    return " ".join(part for part in (data.neighbourhood.strip(), data.place.strip()) if part)


def _next_steps(data: DemandSlipData) -> list[str]:
    goal = "拿出解决方案并告知您" if data.level is DemandLevel.MAJOR else "办结"
    return [
        "社区按需求类别和所在小区，派给有相应专长的在职党员或报到单位。",
        f"承接人接单后开始计时，按上述承诺时限{goal}。",
        "办结后社区将回访，请您对服务作出评价（五级：非常满意至非常不满意）。",
    ]


def _how_to_ask(data: DemandSlipData, look: Look) -> Flowable:
    text = "查询进度或补充情况，请凭需求编号或二维码到前台"
    text += f"，或致电 {data.center_phone}。" if data.center_phone else "。"
    return para(text, look.style(before=1.5 * mm, after=2 * mm))


# ---------------------------------------------------------------------------------------------
# The dispatch slip


def _dispatch_body(data: DemandSlipData, look: Look) -> list[Flowable]:
    return [
        info_table(_dispatch_rows(data), look, highlighted=frozenset({_DUE_LABEL})),
        *_description(data, look),
        section_title("接单须知", look),
        *numbered(_dispatch_rules(data), look),
        boxed([para(_signature_line(look), look.style(leading=look.body_size * 2.2))], look),
    ]


def _dispatch_rows(data: DemandSlipData) -> list[tuple[Cell, ...]]:
    dispatched = _moment(data.dispatched_at) if data.dispatched_at is not None else ""
    rows: list[tuple[Cell, ...]] = [
        (("承 接 人", data.assignee),),
        (("需求类别", data.category), ("问题等级", LEVEL_TEXT[data.level])),
        (("登记时间", _moment(data.taken_at)), ("需求来源", _source(data))),
        (("派单时间", dispatched), ("派 单 人", data.clerk_name)),
        (("地　　点", _place(data)),),
        (("联 系 人", _contact(data)),),
        ((_DUE_LABEL, _due_text(data)),),
    ]
    accepted: Cell | None = None
    if data.accepted_at is not None:
        accepted = ("接单时间", _moment(data.accepted_at))
    if data.needs_visit and accepted is not None and data.on_site_by is not None:
        rows.append((accepted, ("到场截止", _moment(data.on_site_by))))
    elif data.needs_visit:
        on_site = f"接单后{duration_text(data.on_site_minutes)}内到达现场"
        rows += [(accepted,)] if accepted is not None else []
        rows.append((("到场时限", on_site),))
    elif accepted is not None:
        rows.append((accepted,))
    if data.wish and data.wish_target_date is not None:
        rows.append((("心愿日期", f"群众希望在{chinese_day(data.wish_target_date)}前实现"),))
    return rows


def _contact(data: DemandSlipData) -> str:
    parts = [part for part in (data.contact_name, data.contact_phone) if part]
    if not parts:
        return "匿名（未留联系方式），请到现场或联系社区了解情况"
    text = " ".join(parts)
    if data.contact_phone and not data.contact_revealed:
        text += "（号码已隐藏，如需联系请致电社区）"
    return text


def _due_text(data: DemandSlipData) -> str:
    """By when, once taken on; before that, how long from the moment it is taken on."""
    level = LEVEL_TEXT[data.level]
    clock = duration_text(data.promised_minutes)
    if data.due_at is not None:
        return f"{_moment(data.due_at)}前{_goal(data.level)}（{level}问题，{clock}）"
    return f"接单后{clock}内{_goal(data.level)}（{level}问题）"


def _dispatch_rules(data: DemandSlipData) -> list[str]:
    rules = [
        "接单后请立即电话或当面告知社区，时限自接单时起计算；不能办理的，请尽快告知社区退单并"
        "说明原因，以便改派。",
        "办结后请告知社区办理结果和服务时长，社区将回访群众。",
    ]
    if data.contact_phone:
        rules.append("群众联系方式仅用于本次服务，请勿外传。")
    return rules


def _signature_line(look: Look) -> str:
    if look.ruled:
        return "承接人签收：______________　　签收时间：______月______日______时______分"
    return "承接人签收：______________\n签收时间：____月____日____时____分"
