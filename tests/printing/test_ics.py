"""Calendar files open in any calendar app: Beijing times with their zone, Chinese text, one
event per occurrence, and RFC 5545 line rules (CRLF, folded at 75 octets)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from hall_desk.printing.ics import CalendarEvent, calendar_bytes

NAME = "城南社区党群服务中心 功能室预约"
DESCRIPTION = "\n".join(
    [
        "预约编号：CN01-B2026-00017",
        "座位：第12号座位",
        "联系人：李*明 138****5678",
        "使用须知：",
        "1. 请爱护室内设施，使用后恢复桌椅原位；室内禁止吸烟、禁止明火；音响设备请向前台借用。",
        "请于开始前到前台签到，开始后15分钟未签到将自动释放。",
    ]
)


def _event(**changes: object) -> CalendarEvent:
    fields: dict[str, object] = {
        "uid": "CN01-B2026-00017@hall-desk",
        "summary": "多功能会议室 · 居民议事会",
        "location": "城南社区党群服务中心 多功能会议室",
        "description": DESCRIPTION,
        "starts_at": datetime(2026, 11, 20, 9, 0),
        "ends_at": datetime(2026, 11, 20, 11, 0),
    }
    fields.update(changes)
    return CalendarEvent(**fields)  # type: ignore[arg-type]


def _series() -> list[CalendarEvent]:
    first = datetime(2026, 7, 6, 14, 0)
    return [
        _event(
            uid=f"CN01-B2026-00018-{number}@hall-desk",
            starts_at=first + timedelta(days=days),
            ends_at=first + timedelta(days=days, hours=2),
            status="TENTATIVE",
        )
        for number, days in enumerate((0, 2, 4, 7), start=1)
    ]


def _parse(data: bytes) -> tuple[Calendar, list[Event]]:
    calendar = Calendar.from_ical(data)
    return calendar, list(calendar.walk("VEVENT"))


def test_calendar_header() -> None:
    calendar, _ = _parse(calendar_bytes([_event()], name=NAME))
    assert str(calendar["PRODID"]) == "-//Hall Desk//Hall Desk//ZH"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == NAME


def test_times_are_beijing_wall_clock_with_their_zone() -> None:
    data = calendar_bytes([_event()], name=NAME)
    calendar, (event,) = _parse(data)
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    for value, hour in ((start, 9), (end, 11)):
        assert value.tzinfo is not None
        assert value.utcoffset() == timedelta(hours=8)
        assert (value.year, value.month, value.day, value.hour, value.minute) == (
            2026,
            11,
            20,
            hour,
            0,
        )
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert event["DTEND"].params["TZID"] == "Asia/Shanghai"
    assert start.astimezone(UTC) == datetime(2026, 11, 20, 1, 0, tzinfo=UTC)
    assert start == datetime(2026, 11, 20, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Asia/Shanghai"
    assert b"DTSTART;TZID=Asia/Shanghai:20261120T090000\r\n" in data
    assert data.index(b"BEGIN:VTIMEZONE") < data.index(b"BEGIN:VEVENT")


def test_chinese_text_round_trips() -> None:
    _, (event,) = _parse(calendar_bytes([_event()], name=NAME))
    assert str(event["SUMMARY"]) == "多功能会议室 · 居民议事会"
    assert str(event["LOCATION"]) == "城南社区党群服务中心 多功能会议室"
    assert str(event["DESCRIPTION"]) == DESCRIPTION
    assert str(event["UID"]) == "CN01-B2026-00017@hall-desk"
    assert str(event["STATUS"]) == "CONFIRMED"


def test_a_series_is_one_event_per_occurrence() -> None:
    series = _series()
    _, events = _parse(calendar_bytes(series, name=NAME))
    assert [str(event["UID"]) for event in events] == [item.uid for item in series]
    assert [event.decoded("DTSTART").replace(tzinfo=None) for event in events] == [
        item.starts_at for item in series
    ]
    assert {str(event["STATUS"]) for event in events} == {"TENTATIVE"}


def test_cancelled_status_and_created_time() -> None:
    created = datetime(2026, 11, 18, 14, 32, 5)
    _, (event,) = _parse(
        calendar_bytes([_event(status="cancelled", created_at=created)], name=NAME)
    )
    assert str(event["STATUS"]) == "CANCELLED"
    # CREATED is written in UTC: 14:32 in Beijing is 06:32 UTC
    assert event.decoded("CREATED") == datetime(2026, 11, 18, 6, 32, 5, tzinfo=UTC)


def test_dtstamp_is_utc() -> None:
    data = calendar_bytes([_event()], name=NAME, stamp=datetime(2026, 11, 18, 14, 32, 5))
    _, (event,) = _parse(data)
    assert event.decoded("DTSTAMP") == datetime(2026, 11, 18, 6, 32, 5, tzinfo=UTC)
    assert b"DTSTAMP:20261118T063205Z\r\n" in data
    # without a stamp, the time of the export
    before = datetime.now(UTC).replace(microsecond=0)
    _, (fresh,) = _parse(calendar_bytes([_event()], name=NAME))
    assert before <= fresh.decoded("DTSTAMP") <= datetime.now(UTC)


def test_aware_times_are_kept_as_the_same_instant() -> None:
    start = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)
    event = _event(starts_at=start, ends_at=start + timedelta(hours=2))
    data = calendar_bytes([event], name=NAME)
    assert b"DTSTART;TZID=Asia/Shanghai:20261120T090000\r\n" in data


def test_lines_end_in_crlf_and_fold_at_75_octets() -> None:
    long = _event(description=DESCRIPTION * 3, summary="居民议事会" * 12)
    data = calendar_bytes([long, *_series()], name=NAME)
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # no bare LF
    assert b"\r" not in data.replace(b"\r\n", b"")  # no bare CR
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    folded = [line for line in lines if line.startswith(b" ")]
    assert len(folded) > 3  # the long Chinese lines really were folded
    for line in lines:
        line.decode("utf-8")  # folding never splits a character
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    assert "SUMMARY:" + "居民议事会" * 12 + "\r\n" in unfolded


def test_all_dates_are_covered_by_the_time_zone() -> None:
    events = [*_series(), _event()]
    calendar, _ = _parse(calendar_bytes(events, name=NAME))
    (zone,) = calendar.walk("VTIMEZONE")
    (standard,) = zone.walk("STANDARD")
    assert standard.decoded("DTSTART").replace(tzinfo=None) <= datetime(2026, 7, 6)
    assert calendar.get_missing_tzids() == set()


@pytest.mark.parametrize(
    ("events", "message"),
    [
        ([], "at least one event"),
        ([_event(status="MAYBE")], "Unknown event status"),
        ([_event(ends_at=datetime(2026, 11, 20, 9, 0))], "ends before it starts"),
    ],
)
def test_bad_input_is_refused(events: list[CalendarEvent], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        calendar_bytes(events, name=NAME)
