"""The sign-up slip (活动报名凭条) handed over when someone signs up for an activity.

It shares the frame of the other slips (header with the QR code of the slip number, 补打
banner, footer; an A5 sheet or an 80 mm roll as long as its content) and carries what the
participant needs: the activity, when and where it meets (a course names its first and last
date and its weekdays), who is signed up (a child with the guardian), whether the place is
held or which place on the waiting list, and what to bring. The QR code holds the slip number
only, scanned at the door. Names and phones arrive already masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from hall_desk.domain.activities import ActivityKind
from hall_desk.printing.booking_slips import booking_day_text, booking_time_text, chinese_day
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
    "ACTIVITY_KIND_TEXT",
    "SIGNUP_SLIP_TITLE",
    "SignupSlipData",
    "SlipLayout",
    "SlipSession",
    "render_signup_slip",
    "schedule_text",
    "signup_archive_name",
]

SIGNUP_SLIP_TITLE = "活动报名凭条"

#: The kinds of activity as printed (slips, sign-in sheets, reports), whatever the desk's language.
ACTIVITY_KIND_TEXT: dict[ActivityKind, str] = {
    ActivityKind.SUMMER_CARE: "暑托班",
    ActivityKind.CLINIC: "义诊",
    ActivityKind.LECTURE: "讲座",
    ActivityKind.TRAINING: "培训",
    ActivityKind.CULTURE: "文体活动",
    ActivityKind.VOLUNTEER: "志愿服务",
    ActivityKind.PARTY_DAY: "主题党日",
    ActivityKind.COUNCIL: "居民议事会",
    ActivityKind.OTHER: "其他",
}

_WEEKDAYS = "一二三四五六日"
_TIME_LABEL = "活动时间"
_STATUS_LABEL = "报名状态"


@dataclass(frozen=True)
class SlipSession:
    """One planned meeting: when, and the room's name or the place."""

    starts_at: datetime
    ends_at: datetime
    place: str


@dataclass(frozen=True)
class SignupSlipData:
    """Everything printed on a sign-up slip. Names and phones arrive already masked."""

    center_name: str
    center_address: str
    center_phone: str
    number: str  # the slip number, e.g. "CN01-S2026-00042"; the QR code encodes exactly this
    activity_number: str
    activity_title: str
    kind: ActivityKind
    organiser: str
    sessions: tuple[SlipSession, ...]  # planned sessions in date order
    participant: str  # the masked name of who takes part (the child, for a children's activity)
    guardian: str  # "李** （母亲）" for a child; "" for an adult
    child_age: int | None
    phone: str  # masked
    waiting_position: int | None  # None: the place is held
    ages_text: str  # e.g. "6至12岁"; "" when the activity is for everyone
    notes: str  # what to bring and other notes: the activity's description
    clerk_name: str
    issued_at: datetime
    reprint: bool = False


def signup_archive_name(number: str, printed_at: datetime, reprint: bool) -> str:
    """``CN01-S2026-00042_signup_20261120-093015.pdf``, like the other slips' archive names."""
    return archive_file_name(number, "signup", printed_at, reprint, fallback="signup")


def status_text(position: int | None) -> str:
    if position is None:
        return "报名成功，名额已确认"
    return f"候补第{position}位（有人取消时按顺序自动递补）"


def _span_day(first: date, last: date) -> str:
    if first.year == last.year:
        return f"{chinese_day(first)}至{last.month}月{last.day}日"
    return f"{chinese_day(first)}至{chinese_day(last)}"


def schedule_text(sessions: tuple[SlipSession, ...], *, day_break: str = "") -> str:
    """When the activity meets: one date with its hours, or a course's first and last date,
    its weekdays, the number of sessions and the hours (when every session keeps them)."""
    if not sessions:
        return "时间另行通知"
    first, last = sessions[0], sessions[-1]
    if len(sessions) == 1:
        return booking_time_text(first.starts_at, first.ends_at, day_break=day_break)
    weekdays = sorted({x.starts_at.weekday() for x in sessions})
    days = "、".join(_WEEKDAYS[d] for d in weekdays)
    span = _span_day(first.starts_at.date(), last.starts_at.date())
    text = f"{span}，每周{days}，共{len(sessions)}次"
    hours = {(x.starts_at.time(), x.ends_at.time()) for x in sessions}
    if len(hours) == 1:
        text += f"，{day_break}每次{first.starts_at:%H:%M}–{first.ends_at:%H:%M}"
    else:
        text += f"，{day_break}首次{booking_day_text(first.starts_at.date())}"
        text += f"{first.starts_at:%H:%M}–{first.ends_at:%H:%M}"
    return text


def _places(sessions: tuple[SlipSession, ...]) -> str:
    seen: list[str] = []
    for x in sessions:
        if x.place and x.place not in seen:
            seen.append(x.place)
    return "、".join(seen) or "另行通知"


def render_signup_slip(data: SignupSlipData, layout: SlipLayout) -> bytes:
    """The sign-up slip as PDF bytes."""
    frame = SlipFrame(
        title=SIGNUP_SLIP_TITLE,
        number_label="报名编号",
        number=data.number,
        center_name=data.center_name,
        center_address=data.center_address,
        center_phone=data.center_phone,
        printed_at=data.issued_at,
        sign_off_date=chinese_day(data.issued_at.date()),
        roll_hint="活动当天凭此编号或二维码签到",
        subject=data.activity_title,
        status_line=f"报名状态：{'已报名' if data.waiting_position is None else '候补'}",
        reprint=data.reprint,
    )

    def body(look: Look) -> list[Flowable]:
        return [
            info_table(
                _info_rows(data, look), look, highlighted=frozenset({_TIME_LABEL, _STATUS_LABEL})
            ),
            *_waiting_note(data, look),
            *_notes(data, look),
            section_title("温馨提示", look),
            *numbered(_reminders(data), look),
        ]

    return render_framed_slip(frame, layout, body)


def _info_rows(data: SignupSlipData, look: Look) -> list[tuple[Cell, ...]]:
    """Label/value rows; on the sheet short pairs share a row (the roll lists them one by one)."""
    schedule = schedule_text(data.sessions, day_break="" if look.ruled else "\n")
    rows: list[tuple[Cell, ...]] = [
        (("活动名称", data.activity_title),),
        (("活动编号", data.activity_number), ("活动类型", ACTIVITY_KIND_TEXT[data.kind])),
        ((_TIME_LABEL, schedule),),
        (("活动地点", _places(data.sessions)),),
        (("主 办 方", data.organiser),),
    ]
    if data.ages_text:
        rows.append((("适合年龄", data.ages_text),))
    if data.guardian:
        age = f"{data.child_age}岁" if data.child_age is not None else ""
        rows.append((("参加儿童", data.participant), ("年　　龄", age)))
        rows.append((("监 护 人", data.guardian),))
    else:
        rows.append((("报 名 人", data.participant),))
    rows += [
        (("联系电话", data.phone), ("经 办 人", data.clerk_name)),
        ((_STATUS_LABEL, status_text(data.waiting_position)),),
    ]
    return rows


def _waiting_note(data: SignupSlipData, look: Look) -> list[Flowable]:
    if data.waiting_position is None:
        return []
    title = BoldText("候补说明", look.font, look.body_size + 1, align="left")
    title.spaceAfter = 1 * mm
    text = (
        f"目前名额已满，您在候补名单第{data.waiting_position}位。已报名者取消后，"
        "候补名单按先后顺序自动递补；递补成功后凭本凭条签到，无需重新报名。"
    )
    return [boxed([title, para(text, look.style())], look, weight=1.4)]


def _notes(data: SignupSlipData, look: Look) -> list[Flowable]:
    if not data.notes.strip():
        return []
    return [section_title("活动说明", look), para(data.notes.strip(), look.style(after=1 * mm))]


def _reminders(data: SignupSlipData) -> list[str]:
    items = ["请妥善保管本凭条，活动当天凭报名编号或二维码到现场签到。"]
    if data.guardian:
        items.append("儿童须由监护人接送，活动结束后请按时接回。")
    items.append("如不能参加，请尽早到前台或致电本中心取消，以便候补人员递补。")
    return items
