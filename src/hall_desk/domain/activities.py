"""Activities (活动), their sign-ups and attendance, and volunteers' hours: the words and rules.

Hours follow the volunteer service regulations (志愿服务条例 2017 §19) and the Ministry of Civil
Affairs' rules on records and certificates (《志愿服务记录与证明出具办法》): recorded truthfully,
accurately, completely and promptly, and certified free of charge by whoever kept the record.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from hall_desk.domain.messages import QT_TRANSLATE_NOOP


class ActivityKind(StrEnum):
    SUMMER_CARE = "summer_care"  # 暑托班
    CLINIC = "clinic"  # 义诊
    LECTURE = "lecture"  # 讲座
    TRAINING = "training"  # 培训 (非遗 ...)
    CULTURE = "culture"  # 文体
    VOLUNTEER = "volunteer"  # 志愿服务
    PARTY_DAY = "party_day"  # 主题党日
    COUNCIL = "council"  # 议事会
    OTHER = "other"  # 其他


ACTIVITY_KIND_LABELS: dict[ActivityKind, str] = {
    ActivityKind.SUMMER_CARE: QT_TRANSLATE_NOOP("Messages", "Summer care class"),
    ActivityKind.CLINIC: QT_TRANSLATE_NOOP("Messages", "Free clinic"),
    ActivityKind.LECTURE: QT_TRANSLATE_NOOP("Messages", "Lecture"),
    ActivityKind.TRAINING: QT_TRANSLATE_NOOP("Messages", "Training"),
    ActivityKind.CULTURE: QT_TRANSLATE_NOOP("Messages", "Culture and sports"),
    ActivityKind.VOLUNTEER: QT_TRANSLATE_NOOP("Messages", "Volunteer service"),
    ActivityKind.PARTY_DAY: QT_TRANSLATE_NOOP("Messages", "Party day"),
    ActivityKind.COUNCIL: QT_TRANSLATE_NOOP("Messages", "Residents' council"),
    ActivityKind.OTHER: QT_TRANSLATE_NOOP("Messages", "Other"),
}


class OrganiserKind(StrEnum):
    CENTER = "center"  # the center itself
    UNIT = "unit"  # a 双报到 unit
    PROJECT = "project"  # a project of the project list


ORGANISER_KIND_LABELS: dict[OrganiserKind, str] = {
    OrganiserKind.CENTER: QT_TRANSLATE_NOOP("Messages", "The center"),
    OrganiserKind.UNIT: QT_TRANSLATE_NOOP("Messages", "Reporting unit"),
    OrganiserKind.PROJECT: QT_TRANSLATE_NOOP("Messages", "Project"),
}


class Audience(StrEnum):
    ALL = "all"
    CHILDREN = "children"  # signed up with a guardian and the guardian's phone


AUDIENCE_LABELS: dict[Audience, str] = {
    Audience.ALL: QT_TRANSLATE_NOOP("Messages", "Everyone"),
    Audience.CHILDREN: QT_TRANSLATE_NOOP("Messages", "Children (with a guardian)"),
}


class ActivityStatus(StrEnum):
    OPEN = "open"
    CANCELLED = "cancelled"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"


class SignupStatus(StrEnum):
    ENROLLED = "enrolled"  # 已报名
    WAITING = "waiting"  # 候补
    CANCELLED = "cancelled"  # 已取消


SIGNUP_STATUS_LABELS: dict[SignupStatus, str] = {
    SignupStatus.ENROLLED: QT_TRANSLATE_NOOP("Messages", "Signed up"),
    SignupStatus.WAITING: QT_TRANSLATE_NOOP("Messages", "Waiting list"),
    SignupStatus.CANCELLED: QT_TRANSLATE_NOOP("Messages", "Cancelled"),
}


class AttendanceStatus(StrEnum):
    PRESENT = "present"  # 出席
    ABSENT = "absent"  # 缺席
    EXCUSED = "excused"  # 请假


ATTENDANCE_STATUS_LABELS: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("Messages", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("Messages", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("Messages", "Excused"),
}


class AttendanceSource(StrEnum):
    SCAN = "scan"  # the slip scanned at the door
    DESK = "desk"  # marked by name at the desk
    ALL = "all"  # "all present" for a class
    SHEET = "sheet"  # entered afterwards from the paper sign-in sheet


class ShiftStatus(StrEnum):
    SIGNED = "signed"
    CANCELLED = "cancelled"


class NumberSeries(StrEnum):
    """The running-number series of ``activity_counter``."""

    ACTIVITY = "activity"
    SIGNUP = "signup"
    CERTIFICATE = "certificate"


_SERIES_LETTER = {
    NumberSeries.ACTIVITY: "A",
    NumberSeries.SIGNUP: "S",
    NumberSeries.CERTIFICATE: "V",
}
_SERIES_DIGITS = {
    NumberSeries.ACTIVITY: 4,
    NumberSeries.SIGNUP: 5,
    NumberSeries.CERTIFICATE: 4,
}
_NUMBER = re.compile(r"^([A-Z0-9]{2,8})-([ASV])(\d{4})-(\d{4,5})$")


def format_activity_number(series: NumberSeries, site_code: str, year: int, running: int) -> str:
    """``CN01-A2026-0042`` (activity), ``CN01-S2026-00042`` (sign-up slip), ``CN01-V2026-0042``
    (certificate of volunteer service): center code, series letter and year, running number."""
    digits = _SERIES_DIGITS[series]
    return f"{site_code}-{_SERIES_LETTER[series]}{year:04d}-{running:0{digits}d}"


def parse_activity_number(raw: str) -> tuple[NumberSeries, str] | None:
    """The series and canonical number in ``raw`` (typed, or scanned from a slip's QR), or None.

    Scanners may send full-width characters, lower case or stray spaces; those are forgiven.
    """
    text = unicodedata.normalize("NFKC", raw).strip().upper().replace(" ", "")
    match = _NUMBER.match(text)
    if match is None:
        return None
    letter, running = match.group(2), match.group(4)
    series = next(s for s, ch in _SERIES_LETTER.items() if ch == letter)
    if len(running) != _SERIES_DIGITS[series]:
        return None
    return series, text


# -- volunteer hours ------------------------------------------------------------------------

#: A volunteer present for less than this share of the shift gets no hours for it (percent).
DEFAULT_MIN_SHARE_PERCENT = 60
MIN_SHARE_KEY = "volunteer_min_share"


def shift_minutes(starts_at: datetime, ends_at: datetime) -> int:
    """The length of a shift in whole minutes."""
    return max(0, int((ends_at - starts_at).total_seconds() // 60))


def credited_minutes(
    shift_start: datetime,
    shift_end: datetime,
    signed_in_at: datetime,
    signed_out_at: datetime,
    min_share_percent: int = DEFAULT_MIN_SHARE_PERCENT,
) -> int:
    """The minutes credited for a shift from the sign-in and sign-out times.

    Only time inside the shift counts (arriving early or staying late adds nothing, so a
    record never exceeds the session's length). Below ``min_share_percent`` of the shift the
    volunteer is credited nothing for it.
    """
    length = shift_minutes(shift_start, shift_end)
    start = max(shift_start, signed_in_at)
    end = min(shift_end, signed_out_at)
    present = shift_minutes(start, end) if end > start else 0
    if length == 0 or present * 100 < length * min_share_percent:
        return 0
    return present


def format_hours(minutes: int) -> str:
    """Hours with one decimal, halves rounded up, as printed on ledgers and certificates:
    ``2.5``; 135 minutes is ``2.3``."""
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{hours}"
