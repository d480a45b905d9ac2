"""The booking slip (预约凭条) handed over when a function room or study-room seat is booked.

It looks like the case slips (same header, QR code, reprint banner and footer, on an A5 sheet
or the 80 mm roll) and carries what the resident needs on the day: the room and seat, the time,
whether the booking is confirmed yet, the room's rules and how to check in. The QR code holds
the booking number only. Names and phone numbers arrive already masked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from hall_desk.printing.slip_layout import (
    BoldText,
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
    "BOOKING_SLIP_TITLE",
    "BookingSlipData",
    "SlipLayout",
    "booking_archive_name",
    "booking_day_text",
    "booking_time_text",
    "chinese_day",
    "render_booking_slip",
    "seat_text",
]

BOOKING_SLIP_TITLE = "功能室预约凭条"

_WEEKDAYS = "一二三四五六日"
_TIME_LABEL = "使用时间"
_STATUS_LABEL = "预约状态"


@dataclass(frozen=True)
class BookingSlipData:
    """Everything printed on a booking slip. Names and phones arrive already masked."""

    center_name: str
    center_address: str
    center_phone: str
    number: str  # booking number, e.g. "CN01-B2026-00017"; the QR code encodes exactly this
    room_name: str
    seat: int | None  # study-room seat number; None for whole rooms
    starts_at: datetime  # naive Beijing wall-clock time
    ends_at: datetime
    status_text: str  # e.g. "已确认" or "待审批（审批结果将电话告知）"
    booker: str  # masked resident name, partner organisation or staff activity
    booker_kind_text: str  # "居民" / "共建单位" / "工作人员活动"
    contact: str  # contact name and masked phone, e.g. "李*明 138****5678"
    purpose: str
    attendees: int
    series_text: str  # how a repeating booking repeats; "" for a single booking
    rules: tuple[str, ...]  # the room's rules, printed as a numbered list
    check_in_note: str
    clerk_name: str
    issued_at: datetime
    reprint: bool = False


def chinese_day(value: date) -> str:
    """``2026年7月6日``: no leading zeros, as in Chinese official documents."""
    return f"{value.year}年{value.month}月{value.day}日"


def booking_day_text(value: date) -> str:
    """``2026年7月6日（星期一）``."""
    return f"{chinese_day(value)}（星期{_WEEKDAYS[value.weekday()]}）"


def booking_time_text(starts_at: datetime, ends_at: datetime, *, day_break: str = "") -> str:
    """``2026年11月20日（星期五）09:00–11:00``; both days are named when it runs overnight.

    ``day_break`` goes between the day and the hours (a line break on the narrow roll).
    """
    start_day = booking_day_text(starts_at.date())
    if ends_at.date() == starts_at.date():
        return f"{start_day}{day_break}{starts_at:%H:%M}–{ends_at:%H:%M}"
    end_day = booking_day_text(ends_at.date())
    return f"{start_day}{day_break}{starts_at:%H:%M} 至 {end_day}{day_break}{ends_at:%H:%M}"


def seat_text(seat: int) -> str:
    """``第12号座位``."""
    return f"第{seat}号座位"


def booking_archive_name(number: str, printed_at: datetime, reprint: bool) -> str:
    """A file name safe on any file system.

    E.g. ``CN01-B2026-00017_booking_20261120-093015.pdf``, like the case slips' archive names.
    """
    return archive_file_name(number, "booking", printed_at, reprint, fallback="booking")


def render_booking_slip(data: BookingSlipData, layout: SlipLayout) -> bytes:
    """The booking slip as PDF bytes."""
    frame = SlipFrame(
        title=BOOKING_SLIP_TITLE,
        number_label="预约编号",
        number=data.number,
        center_name=data.center_name,
        center_address=data.center_address,
        center_phone=data.center_phone,
        printed_at=data.issued_at,
        sign_off_date=chinese_day(data.issued_at.date()),
        roll_hint="凭此编号或二维码到前台签到、查询或取消预约",
        subject=data.room_name,
        reprint=data.reprint,
    )

    def body(look: Look) -> list[Flowable]:
        return [
            info_table(
                _info_rows(data, look),
                look,
                highlighted=frozenset({_TIME_LABEL, _STATUS_LABEL}),
            ),
            *_check_in(data, look),
            *_rules(data, look),
            para(
                "请妥善保管本凭条，凭预约编号或二维码签到。如需变更或取消，请尽早到前台或致电本中心。",
                look.style(before=1 * mm, after=2 * mm),
            ),
        ]

    return render_framed_slip(frame, layout, body)


def _info_rows(data: BookingSlipData, look: Look) -> list[tuple[Cell, ...]]:
    """Label/value rows; on the sheet short pairs share a row (the roll lists them one by one)."""
    room: Cell = ("功 能 室", data.room_name)
    # The roll is too narrow for day and hours on one line; break between them, not inside.
    time = booking_time_text(data.starts_at, data.ends_at, day_break="" if look.ruled else "\n")
    rows: list[tuple[Cell, ...]] = [
        (room, ("座　　位", seat_text(data.seat))) if data.seat is not None else (room,),
        ((_TIME_LABEL, time),),
    ]
    if data.series_text.strip():
        rows.append((("重复安排", _break_after_commas(data.series_text.strip(), look)),))
    rows += [
        ((_STATUS_LABEL, data.status_text),),
        (("预 约 方", data.booker),),
        (("预约类型", data.booker_kind_text), ("参加人数", f"{data.attendees}人")),
        (("用　　途", data.purpose),),
        (("联 系 人", data.contact), ("经 办 人", data.clerk_name)),
    ]
    return rows


def _check_in(data: BookingSlipData, look: Look) -> list[Flowable]:
    if not data.check_in_note.strip():
        return []
    title = BoldText("签到提醒", look.font, look.body_size + 1, align="left")
    title.spaceAfter = 1 * mm
    return [boxed([title, para(data.check_in_note.strip(), look.style())], look, weight=1.4)]


def _rules(data: BookingSlipData, look: Look) -> list[Flowable]:
    rules = [rule.strip() for rule in data.rules if rule.strip()]
    if not rules:
        return []
    return [section_title("使用须知", look), *numbered(rules, look)]


def _break_after_commas(text: str, look: Look) -> str:
    """Text too long for one line of the table, broken after its commas where it can be.

    Wrapped anywhere, "2026年7月6日至8月14日" could lose "14日" to the next line.
    """
    padding = 8 if look.ruled else 0  # the value cell's left and right padding
    width = look.width - look.label_width - padding
    if stringWidth(text, look.font, look.body_size) <= width:
        return text
    lines: list[str] = []
    current = ""
    for clause in re.split(r"(?<=，)", text):
        if current and stringWidth(current + clause, look.font, look.body_size) > width:
            lines.append(current)
            current = clause
        else:
            current += clause
    lines.append(current)
    return "\n".join(lines)
