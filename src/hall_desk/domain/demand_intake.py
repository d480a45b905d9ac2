"""What a demand is made of when the desk takes it, and the small rules of its moves.

Where it came from (``DemandSource``), whether it is a demand or a small wish (``DemandKind``,
微心愿 with a target date), how a member's acceptance was heard (``AcceptedHow``), the checks of
the free texts, the entries of a demand's history that are not moves of the state machine
(taken, a resident's call merged in, folded into another demand, on site, a caller called
back), the talent pools whose members fit a kind of demand, and the deadline state of a
running clock.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from hall_desk.domain.cases import Rating
from hall_desk.domain.demands import ACTION_LABELS, DUE_SOON_SHARE, DemandAction, DemandLevel
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.text import clean_text


class DemandSource(StrEnum):
    DESK = "desk"  # 窗口
    MEETING = "meeting"  # 居民议事会 / 夜谈
    GRID = "grid"  # 网格员
    PHONE = "phone"  # 电话
    HOTLINE = "hotline"  # 热线


SOURCE_LABELS: dict[DemandSource, str] = {
    DemandSource.DESK: QT_TRANSLATE_NOOP("Messages", "At the desk"),
    DemandSource.MEETING: QT_TRANSLATE_NOOP("Messages", "Residents' meeting"),
    DemandSource.GRID: QT_TRANSLATE_NOOP("Messages", "Grid worker"),
    DemandSource.PHONE: QT_TRANSLATE_NOOP("Messages", "Phone call"),
    DemandSource.HOTLINE: QT_TRANSLATE_NOOP("Messages", "Hotline"),
}


class DemandKind(StrEnum):
    DEMAND = "demand"  # 需求
    WISH = "wish"  # 微心愿: a small wish with a target date


KIND_LABELS: dict[DemandKind, str] = {
    DemandKind.DEMAND: QT_TRANSLATE_NOOP("Messages", "Demand"),
    DemandKind.WISH: QT_TRANSLATE_NOOP("Messages", "Small wish"),
}


class AcceptedHow(StrEnum):
    """How the desk heard that the member or unit took the demand on."""

    PHONE = "phone"
    IN_PERSON = "in_person"


ACCEPTED_HOW_LABELS: dict[AcceptedHow, str] = {
    AcceptedHow.PHONE: QT_TRANSLATE_NOOP("Messages", "By phone"),
    AcceptedHow.IN_PERSON: QT_TRANSLATE_NOOP("Messages", "In person"),
}


class DemandEventKind(StrEnum):
    """History entries that are not moves of the state machine."""

    TAKE = "take"  # taken at the desk
    ADD_CALLER = "add_caller"  # 并单: another resident's call joined this demand
    MERGED_INTO = "merged_into"  # this pending demand was folded into another
    ON_SITE = "on_site"  # someone arrived
    CALLER_CALL_BACK = "caller_call_back"  # one of the merged callers was called back


EVENT_LABELS: dict[str, str] = {
    DemandEventKind.TAKE.value: QT_TRANSLATE_NOOP("Messages", "Taken"),
    DemandEventKind.ADD_CALLER.value: QT_TRANSLATE_NOOP("Messages", "Call merged in"),
    DemandEventKind.MERGED_INTO.value: QT_TRANSLATE_NOOP("Messages", "Merged into another"),
    DemandEventKind.ON_SITE.value: QT_TRANSLATE_NOOP("Messages", "On site"),
    DemandEventKind.CALLER_CALL_BACK.value: QT_TRANSLATE_NOOP("Messages", "Caller called back"),
    **{action.value: label for action, label in ACTION_LABELS.items()},
}

#: The five ratings as marks for the average a suggestion shows (5 = very satisfied).
RATING_SCORES: dict[Rating, int] = {
    Rating.VERY_SATISFIED: 5,
    Rating.SATISFIED: 4,
    Rating.FAIRLY_SATISFIED: 3,
    Rating.DISSATISFIED: 2,
    Rating.VERY_DISSATISFIED: 1,
}

# -- which talent pools fit which kind of demand ----------------------------------------------

DEFAULT_POOLS: tuple[str, ...] = ("志愿服务",)

#: The bundled kinds of demand and the pools whose members are suggested first. A kind a
#: center added or renamed falls back to the volunteers (志愿服务).
POOLS_FOR_CATEGORY: dict[str, tuple[str, ...]] = {
    "小区环境": ("志愿服务", "家政维修"),
    "综合服务": ("志愿服务",),
    "电梯更新": ("家政维修", "科技信息"),
    "城市管理": ("志愿服务", "法律服务"),
    "出租屋人口管理": ("法律服务", "志愿服务"),
    "矛盾化解": ("法律服务", "心理疏导"),
    "无物业管理楼宇服务": ("家政维修", "志愿服务"),
    "车辆乱停放": ("志愿服务", "法律服务"),
    "社区党员管理": ("志愿服务",),
    "养老助老": ("医疗健康", "志愿服务"),
    "困难帮扶": ("志愿服务", "医疗健康", "法律服务"),
    "安全隐患": ("家政维修", "科技信息"),
    "文体活动": ("文化文艺", "教育辅导"),
}


def pools_for_category(category: str) -> tuple[str, ...]:
    """The talent pools whose members fit a demand of this kind, best first."""
    return POOLS_FOR_CATEGORY.get(category, DEFAULT_POOLS)


# -- checking what was typed ------------------------------------------------------------------

E = TypeVar("E", bound=StrEnum)

MAX_DESCRIPTION = 1000
MAX_NEIGHBOURHOOD = 40
MAX_GRID = 20
MAX_PLACE = 80
MAX_NOTE = 500
MAX_SERVICE_MINUTES = 7 * 24 * 60


def parse_choice(enum: type[E], raw: str | StrEnum | None, field: str, message: str) -> E:
    """``raw`` as a member of ``enum``, or a ``ValidationError`` with ``message`` on ``field``."""
    try:
        return enum(str(raw).strip()) if raw is not None else enum("")
    except ValueError:
        raise ValidationError(message, field=field) from None


def parse_source(raw: str | DemandSource | None) -> DemandSource:
    return parse_choice(
        DemandSource,
        raw,
        "source",
        QT_TRANSLATE_NOOP("Messages", "Please say where the demand came from."),
    )


def parse_kind(raw: str | DemandKind | None) -> DemandKind:
    return parse_choice(
        DemandKind,
        raw,
        "kind",
        QT_TRANSLATE_NOOP("Messages", "Please say whether it is a demand or a small wish."),
    )


def parse_level(raw: str | DemandLevel | None) -> DemandLevel:
    return parse_choice(
        DemandLevel,
        raw,
        "level",
        QT_TRANSLATE_NOOP("Messages", "Please choose the level: ordinary, complex or major."),
    )


def parse_accepted_how(raw: str | AcceptedHow | None) -> AcceptedHow:
    return parse_choice(
        AcceptedHow,
        raw,
        "how",
        QT_TRANSLATE_NOOP("Messages", "Please say how they took it on: by phone or in person."),
    )


def parse_demand_rating(raw: str | Rating | None) -> Rating:
    """One of the five ratings; a call back always has one."""
    return parse_choice(
        Rating,
        raw,
        "rating",
        QT_TRANSLATE_NOOP("Messages", "Please choose one of the five ratings."),
    )


def clean_description(raw: str) -> str:
    """What the resident needs: required, up to 1,000 characters, line breaks kept."""
    text = unicodedata.normalize("NFC", raw).strip()
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please describe what the resident needs."),
            field="description",
        )
    if len(text) > MAX_DESCRIPTION:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Too long: {what} has {length} characters; at most {max} are allowed."
            ),
            field="description",
            what=QT_TRANSLATE_NOOP("Messages", "the description of the demand"),
            length=len(text),
            max=MAX_DESCRIPTION,
        )
    return text


def clean_where(neighbourhood: str, grid: str, place: str) -> tuple[str, str, str]:
    """小区, 网格 and place (楼栋/单元/spot): one line each; the 小区 or the place is needed."""
    errors: list[ValidationError] = []

    def one(raw: str, field: str, what: str, max_length: int) -> str:
        try:
            return clean_text(raw, field=field, what=what, max_length=max_length, required=False)
        except ValidationError as exc:
            errors.append(exc)
            return ""

    hood = one(
        neighbourhood,
        "neighbourhood",
        QT_TRANSLATE_NOOP("Messages", "the neighbourhood"),
        MAX_NEIGHBOURHOOD,
    )
    cell = one(grid, "grid", QT_TRANSLATE_NOOP("Messages", "the grid"), MAX_GRID)
    spot = one(place, "place", QT_TRANSLATE_NOOP("Messages", "the place"), MAX_PLACE)
    if not errors and not hood and not spot:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Please say where: the neighbourhood (小区) or the place (楼栋, street …).",
                ),
                field="neighbourhood",
            )
        )
    if errors:
        raise ValidationError.many(errors)
    return hood, cell, spot


def clean_note(raw: str, field: str, *, required: bool) -> str:
    """A reason, result or call-back note: one paragraph of at most 500 characters."""
    text = unicodedata.normalize("NFC", raw).strip()
    text = "".join(c for c in text if c in "\n" or unicodedata.category(c)[0] != "C")
    text = re.sub(r"[ \t]+", " ", text)
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Messages", "Please give the reason."), field=field)
    if len(text) > MAX_NOTE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "At most {max} characters, please."),
            field=field,
            max=MAX_NOTE,
        )
    return text


def check_wish_date(kind: DemandKind, target: date | None, today: date) -> date | None:
    """A small wish needs a target date, not in the past; a demand has none."""
    if kind is not DemandKind.WISH:
        return None
    if target is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please give the date the wish should come true by."),
            field="wish_target_date",
        )
    if target < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The wish's target date {date} has already passed."),
            field="wish_target_date",
            date=target.isoformat(),
        )
    return target


def check_time_today(at: datetime, not_before: datetime | None, now: datetime) -> datetime:
    """A time the desk enters for something that already happened (taken on, arrived on site):
    earlier today is fine, not in the future, not before the step it follows (``not_before``,
    compared to the minute as the desk types minutes)."""
    if at > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The time cannot be in the future."), field="at"
        )
    if at.date() != now.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Only a time earlier today can be entered."),
            field="at",
        )
    if not_before is not None and at < not_before.replace(second=0, microsecond=0):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "It cannot be earlier than {time}, when the step before it was recorded.",
            ),
            field="at",
            time=f"{not_before:%H:%M}",
        )
    return max(at, not_before) if not_before is not None else at


def check_service_minutes(minutes: int) -> int:
    """Minutes of service given (for the unit's feedback sheet): 0 to 7 days."""
    if not 0 <= minutes <= MAX_SERVICE_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The time given must be between 0 and {max} minutes."),
            field="service_minutes",
            max=MAX_SERVICE_MINUTES,
        )
    return minutes


# -- the clock of one demand --------------------------------------------------------------------


def deadline_state(due: datetime, total_minutes: int, now: datetime) -> str:
    """ "overdue", "due_soon" or "on_time" against a deadline ``total_minutes`` long.

    Due soon is the last fifth of the time, at least 5 minutes (as ``demands.clock_state``).
    """
    if now > due:
        return "overdue"
    margin = max(timedelta(minutes=5), timedelta(minutes=total_minutes * DUE_SOON_SHARE))
    return "due_soon" if due - now <= margin else "on_time"


def format_minutes(minutes: int) -> tuple[str, dict[str, int]]:
    """A clock length in words for the desk: a template and its numbers (30 分钟, 4 小时, 1 天)."""
    if minutes % (24 * 60) == 0:
        return QT_TRANSLATE_NOOP("Messages", "{n} d"), {"n": minutes // (24 * 60)}
    if minutes % 60 == 0:
        return QT_TRANSLATE_NOOP("Messages", "{n} h"), {"n": minutes // 60}
    return QT_TRANSLATE_NOOP("Messages", "{n} min"), {"n": minutes}


__all__ = [
    "ACCEPTED_HOW_LABELS",
    "DEFAULT_POOLS",
    "EVENT_LABELS",
    "KIND_LABELS",
    "POOLS_FOR_CATEGORY",
    "RATING_SCORES",
    "SOURCE_LABELS",
    "AcceptedHow",
    "DemandAction",
    "DemandEventKind",
    "DemandKind",
    "DemandSource",
    "check_service_minutes",
    "check_time_today",
    "check_wish_date",
    "clean_description",
    "clean_note",
    "clean_where",
    "deadline_state",
    "format_minutes",
    "parse_accepted_how",
    "parse_demand_rating",
    "parse_kind",
    "parse_level",
    "parse_source",
    "pools_for_category",
]
