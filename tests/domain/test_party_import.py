"""Rows of a unit's Excel member list, checked before anything is imported."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.party_import import (
    HEADERS,
    Column,
    cell_date,
    cell_text,
    check_member_row,
    duplicates_in_file,
    match_headers,
)

TODAY = date(2026, 11, 20)
UNITS = {"县人民医院", "县税务局"}
POOLS = ["法律服务", "医疗健康", "志愿服务"]


def cells(**changes: object) -> dict[Column, object]:
    row: dict[Column, object] = {
        Column.NAME: "王小明",
        Column.UNIT: "县人民医院",
        Column.PHONE: 13812345678,
        Column.ID_NUMBER: None,
        Column.NEIGHBOURHOOD: "幸福小区",
        Column.GRID: "第一网格",
        Column.REPORTED_ON: datetime(2026, 3, 2),
        Column.POOLS: "医疗健康、志愿服务",
    }
    row.update({Column(k): v for k, v in changes.items()})
    return row


def check(row: int = 2, **changes: object):
    return check_member_row(row, cells(**changes), units=UNITS, pools=POOLS, today=TODAY)


def test_headers_in_any_order_with_spaces_and_full_width_brackets() -> None:
    found = match_headers(
        [
            "报到日期",
            " 姓 名",
            "单位",
            "手机号",
            "身份证号（可空）",
            "小区",
            "网格",
            "人才库",
            "备注",
        ]
    )
    assert found[Column.NAME] == 1 and found[Column.REPORTED_ON] == 0
    assert found[Column.ID_NUMBER] == 4


def test_missing_and_repeated_headers_are_named() -> None:
    with pytest.raises(ValidationError) as exc:
        match_headers(["姓名", "单位", "电话"])
    text = exc.value.render()
    assert "手机号" in text and "报到日期" in text and "姓名、单位" in text
    with pytest.raises(ValidationError) as twice:
        match_headers([*HEADERS.values(), "姓名"])
    assert "姓名" in twice.value.render()


def test_a_good_row_becomes_a_member() -> None:
    member, problems = check()
    assert problems == []
    assert member is not None
    assert member.spec.phone is not None and member.spec.phone.canonical == "13812345678"
    assert member.spec.reported_on == date(2026, 3, 2)
    assert member.pools == ("医疗健康", "志愿服务")
    assert member.unit_name == "县人民医院"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2026, 3, 2), date(2026, 3, 2)),
        (datetime(2026, 3, 2, 0, 0), date(2026, 3, 2)),
        (46083, date(2026, 3, 2)),
        ("2026/3/2", date(2026, 3, 2)),
        ("2026.03.02", date(2026, 3, 2)),
        ("2026年3月2日", date(2026, 3, 2)),
        ("２０２６－０３－０２", date(2026, 3, 2)),
        ("20260302", date(2026, 3, 2)),
        ("", None),
        (None, None),
    ],
)
def test_dates_as_excel_and_people_write_them(value: object, expected: date | None) -> None:
    assert cell_date(value) == expected


@pytest.mark.parametrize("value", ["2026-02-30", "三月", "3/2", -5, 1.5])
def test_what_is_not_a_date(value: object) -> None:
    with pytest.raises(ValidationError):
        cell_date(value)


def test_cell_text() -> None:
    assert cell_text(13812345678.0) == "13812345678"
    assert cell_text(" 张三 ") == "张三"
    assert cell_text(None) == ""


@pytest.mark.parametrize(
    ("changes", "column", "words"),
    [
        ({"phone": "1381234567"}, "手机号", "digits"),
        ({"unit": "县公安局"}, "单位", "县公安局"),
        ({"unit": ""}, "单位", "unit"),
        ({"pools": "法律服务、唱歌"}, "人才库", "唱歌"),
        ({"reported_on": "2026-13-01"}, "报到日期", "2026-13-01"),
        ({"reported_on": None}, "报到日期", "reported"),
        ({"reported_on": "2026-12-01"}, "报到日期", "future"),
        ({"id_number": "110105194912310021"}, "身份证号(可空)", "check"),
        ({"id_number": 110105194912310020}, "身份证号(可空)", "text"),
        ({"name": ""}, "姓名", "name"),
        ({"name": "王小明2"}, "姓名", "digit"),
    ],
)
def test_each_kind_of_bad_cell_is_reported_under_its_column(
    changes: dict[str, object], column: str, words: str
) -> None:
    member, problems = check(7, **changes)
    assert member is None
    assert [(p.row, p.column) for p in problems] == [(7, column)]
    assert words in problems[0].message.template.format(**problems[0].message.params)


def test_every_problem_of_a_row_is_reported_in_column_order() -> None:
    _member, problems = check(3, name="", phone="abc", unit="无名单位", pools="唱歌")
    assert [p.column for p in problems] == ["姓名", "单位", "手机号", "人才库"]


def test_the_templates_example_row_is_pointed_out() -> None:
    member, problems = check(2, name="张三", phone="13800000000")
    assert member is None
    assert "example" in problems[0].message.template


def test_the_same_person_twice_in_a_file() -> None:
    first, _ = check(2)
    same_contact, _ = check(5, grid="第二网格")
    other, _ = check(6, name="李娜", phone="13912345678", id_number="11010519491231002X")
    same_id, _ = check(9, name="李 娜", phone="13700000001", id_number="11010519491231002x")
    rows = [m for m in (first, same_contact, other, same_id) if m is not None]
    problems = duplicates_in_file(rows)
    assert [(p.row, p.message.params["first"]) for p in problems] == [(5, 2), (9, 6)]
