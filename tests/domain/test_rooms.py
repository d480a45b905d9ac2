"""Rooms: the shipped room list, opening hours, checking a room and the text of room lists."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desk.bundled import default_rooms
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.room_list import ROOMS_FILE_FIELD, parse_rooms
from hall_desk.domain.rooms import (
    MINUTES_PER_DAY,
    RoomKind,
    clean_room,
    format_hours,
    format_minute,
    parse_hours,
)

WEEK = ("08:30-20:00",) * 5 + ("09:00-17:00",) * 2
MONDAY = date(2026, 11, 23)


def fields(exc: ValidationError) -> list[str | None]:
    return [e.field for e in exc.errors]


# -- the default list ------------------------------------------------------------------------


def test_default_rooms_are_the_thirteen_shipped_rooms() -> None:
    rooms = default_rooms()
    by_code = {r.code: r for r in rooms}
    assert len(rooms) == 13 == len(by_code)
    assert [r.name for r in rooms] == [
        "图书室（阅览室）",  # Chinese punctuation is kept as the file writes it
        "共享自习室",
        "多功能会议室",
        "居民议事厅",
        "党员活动室",
        "舞蹈房",
        "书法室",
        "文体活动室",
        "心理疏导室",
        "调解室",
        "未成年活动室",
        "妇女之家",
        "母婴室",
    ]
    assert {r.kind for r in rooms} == set(RoomKind) - {RoomKind.OTHER}
    study = by_code["ZX01"]
    assert study.by_seat and study.seats == 40 and study.kind is RoomKind.STUDY
    assert study.zone_24h and study.hours_on(MONDAY) == (0, MINUTES_PER_DAY)
    assert [r.code for r in rooms if r.by_seat] == ["ZX01"]
    assert [r.code for r in rooms if r.zone_24h] == ["ZX01"]
    assert {r.code for r in rooms if r.needs_approval} == {"HY01", "YS01"}
    assert by_code["HY01"].name == "多功能会议室"
    reading = by_code["YL01"]
    assert reading.hours_on(MONDAY) == (510, 1200)  # 08:30-20:00 on weekdays
    assert reading.hours_on(date(2026, 11, 28)) == (540, 1020)  # 09:00-17:00 on Saturday
    assert by_code["HY01"].hours_on(date(2026, 11, 29)) is None  # closed on Sunday
    assert all(r.rules and r.capacity >= 1 for r in rooms)
    assert all(r.seats <= r.capacity for r in rooms)


# -- opening hours ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "hours"),
    [
        ("08:30-20:00", (510, 1200)),
        ("０８:３０-２０:００", (510, 1200)),  # full-width digits, NFKC
        ("０８：３０－２０：００", (510, 1200)),  # full-width colons and hyphen too
        (" 8:30 - 9:00 ", (510, 540)),
        ("08:30–20:00", (510, 1200)),  # en dash
        ("08:30~20:00", (510, 1200)),
        ("08:30～20:00", (510, 1200)),  # full-width tilde
        ("00:00-24:00", (0, MINUTES_PER_DAY)),
        ("23:45-24:00", (1425, MINUTES_PER_DAY)),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_hours_accepts(raw: str, hours: tuple[int, int] | None) -> None:
    assert parse_hours(raw) == hours


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("20:00-08:00", "not a time span within one day"),
        ("08:00-08:00", "not a time span within one day"),
        ("25:00-26:00", "not a time span within one day"),
        ("24:00-24:30", "not a time span within one day"),
        ("08:60-09:00", "not a time span within one day"),
        ("08:00-09:75", "not a time span within one day"),
        ("08:00-24:15", "not a time span within one day"),
        ("8-20", "do not fit"),
        ("08:30", "do not fit"),
        ("open all day", "do not fit"),
        ("08:30-20:00-21:00", "do not fit"),
    ],
)
def test_parse_hours_refuses(raw: str, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_hours(raw, 2)
    assert fields(err.value) == ["room_hours"]
    text = err.value.render()
    assert words in text and "Wednesday" in text and "{" not in text


@given(st.integers(0, MINUTES_PER_DAY - 1), st.integers(1, MINUTES_PER_DAY))
def test_format_and_parse_hours_round_trip(start: int, length: int) -> None:
    end = min(start + length, MINUTES_PER_DAY)
    text = format_hours((start, end))
    assert text == f"{format_minute(start)}-{format_minute(end)}"
    assert parse_hours(text) == (start, end)
    assert format_hours(None) == ""


# -- checking a room -------------------------------------------------------------------------


def room_fields(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "code": "hy02",
        "name": "  第二  会议室 ",
        "kind": "meeting",
        "capacity": "３０",
        "seats": 0,
        "hours": WEEK,
        "zone_24h": False,
        "needs_approval": True,
        "rules": "保持安静\n\n  用毕关灯  \n",
    }
    base.update(overrides)
    return base


def test_clean_room_normalises_a_good_room() -> None:
    room = clean_room(**room_fields())
    assert room.code == "HY02"
    assert room.name == "第二 会议室"
    assert room.capacity == 30 and room.seats == 0 and not room.by_seat
    assert room.hours[0] == (510, 1200) and room.hours[6] == (540, 1020)
    assert room.rules == ("保持安静", "用毕关灯")
    assert room.needs_approval and not room.zone_24h


def test_clean_room_reports_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as err:
        clean_room(
            **room_fields(
                code="x",
                name="",
                kind="ballroom",
                capacity=0,
                seats="-1",
                hours=("08:30-20:00",) * 6,
                rules=[f"第{i}条" for i in range(13)],
            )
        )
    assert set(fields(err.value)) == {
        "room_code",
        "room_name",
        "room_kind",
        "room_capacity",
        "room_seats",
        "room_hours",
        "room_rules",
    }
    assert all("{" not in e.render() for e in err.value.errors)


def test_clean_room_reports_each_bad_weekday() -> None:
    hours = ("08:30-20:00", "nonsense", "08:30-20:00", "20:00-08:00", "", "", "")
    with pytest.raises(ValidationError) as err:
        clean_room(**room_fields(hours=hours, name="x" * 31))
    assert fields(err.value) == ["room_name", "room_hours", "room_hours"]
    texts = [e.render() for e in err.value.for_field("room_hours")]
    assert "Tuesday" in texts[0] and "Thursday" in texts[1]


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"kind": "study", "seats": 0}, "room_seats", "booked by seat"),
        ({"seats": 5}, "room_seats", "Only a study room"),
        ({"kind": "study", "seats": 31}, "room_seats", "more seats (31)"),
        ({"hours": ("",) * 7}, "room_hours", "closed every day"),
        ({"capacity": "many"}, "room_capacity", "whole number"),
        ({"capacity": True}, "room_capacity", "whole number"),
        ({"seats": 301, "kind": "study", "capacity": 1000}, "room_seats", "0 to 300"),
        ({"name": "会议\x07室"}, "room_name", "control characters"),
        ({"rules": ["x" * 121]}, "room_rules", "121 characters"),
    ],
)
def test_clean_room_single_problems(overrides: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        clean_room(**room_fields(**overrides))
    assert fields(err.value) == [field]
    assert words in err.value.render()


def test_a_24_hour_room_may_have_no_hours() -> None:
    room = clean_room(**room_fields(hours=("",) * 7, zone_24h=True))
    assert room.hours == (None,) * 7
    assert room.hours_on(MONDAY) == (0, MINUTES_PER_DAY)


# -- room list files -------------------------------------------------------------------------

ROOM = """
[[room]]
code = "{code}"
name = "{name}"
kind = "reading"
capacity = 10
seats = 0
hours = ["08:30-20:00", "08:30-20:00", "08:30-20:00", "08:30-20:00", "08:30-20:00", "", ""]
zone_24h = false
needs_approval = false
rules = ["保持安静"]
"""


SOURCE = "rooms.toml"


def test_parse_rooms_reads_a_good_list() -> None:
    rooms = parse_rooms(
        ROOM.format(code="A1", name="一号室") + ROOM.format(code="A2", name="二号室"), SOURCE
    )
    assert [(r.code, r.name) for r in rooms] == [("A1", "一号室"), ("A2", "二号室")]


@pytest.mark.parametrize(
    ("text", "words", "extra_field"),
    [
        ("[[room]\ncode = ", "cannot be read", None),
        ("title = 'rooms'\n", "has no [[room]] tables", None),
        ("", "has no [[room]] tables", None),
        (ROOM.format(code="A1", name="一号室").replace("rules = ", "regeln = "), "keys", None),
        (ROOM.format(code="A1", name="一号室").replace("seats = 0\n", ""), "keys", None),
        (
            ROOM.format(code="A1", name="一号室") + ROOM.format(code="A1", name="二号室"),
            "used twice",
            None,
        ),
        (
            ROOM.format(code="A1", name="一号室") + ROOM.format(code="A2", name="一号室"),
            "used twice",
            None,
        ),
        (
            ROOM.format(code="A1", name="一号室").replace("08:30-20:00", "late", 1),
            "Monday",
            "room_hours",
        ),
    ],
)
def test_parse_rooms_refuses_broken_lists(text: str, words: str, extra_field: str | None) -> None:
    with pytest.raises(ValidationError) as err:
        parse_rooms(text, SOURCE)
    exc = err.value
    assert exc.field == ROOMS_FILE_FIELD
    assert exc.errors[0].field == ROOMS_FILE_FIELD
    rendered = exc.render()
    assert SOURCE in rendered and words in rendered and "{" not in rendered
    if extra_field is not None:
        assert extra_field in fields(exc)


def test_duplicate_code_names_the_room_and_its_position() -> None:
    text = (
        ROOM.format(code="A1", name="一号室")
        + ROOM.format(code="A2", name="二号室")
        + ROOM.format(code="a1", name="三号室")
    )
    with pytest.raises(ValidationError) as err:
        parse_rooms(text, SOURCE)
    rendered = err.value.render()
    assert "at room 3" in rendered and "A1" in rendered and SOURCE in rendered


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ('"A1"', "7", "code must be text"),
        ('"一号室"', "101", "name must be text"),
        ('"reading"', "1", "kind must be text"),
        ("capacity = 10", 'capacity = "10"', "capacity must be a whole number"),
        ("seats = 0", "seats = false", "seats must be a whole number"),
        ("zone_24h = false", 'zone_24h = "false"', "zone_24h must be true or false"),
        ("needs_approval = false", "needs_approval = 0", "needs_approval must be true or false"),
    ],
)
def test_parse_rooms_refuses_a_value_of_the_wrong_type(old: str, new: str, words: str) -> None:
    text = ROOM.format(code="A1", name="一号室")
    assert old in text
    with pytest.raises(ValidationError) as err:
        parse_rooms(text.replace(old, new, 1), SOURCE)
    assert err.value.field == ROOMS_FILE_FIELD
    rendered = err.value.render()
    assert SOURCE in rendered and words in rendered
