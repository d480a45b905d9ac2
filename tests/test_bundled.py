"""Reading the shipped service list and room list files (the domain checks their text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hall_desk.bundled import (
    default_catalogue,
    default_catalogue_path,
    default_rooms,
    default_rooms_path,
    load_catalogue,
    load_rooms,
)
from hall_desk.config import resources_dir
from hall_desk.domain.catalogue_file import CATALOGUE_FILE_FIELD
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.room_list import ROOMS_FILE_FIELD

ITEM = """[[item]]
code = "MZ001"
name = "高龄补贴申请"
office = "民政办"
category = "civil"
documents = ["户口簿"]
time_limit_days = 15
agent_allowed = true
kind = "elderly_subsidy"
"""

ROOM = """[[room]]
code = "A1"
name = "一号室"
kind = "reading"
capacity = 10
seats = 0
hours = ["08:30-20:00", "08:30-20:00", "08:30-20:00", "08:30-20:00", "08:30-20:00", "", ""]
zone_24h = false
needs_approval = false
rules = ["保持安静"]
"""


def test_the_shipped_lists_are_in_the_resources_folder() -> None:
    assert default_catalogue_path() == resources_dir() / "catalogue" / "service_items.toml"
    assert default_rooms_path() == resources_dir() / "rooms" / "rooms.toml"
    assert len(default_catalogue()) >= 44
    assert len(default_rooms()) == 13


def test_a_service_list_file_is_read_and_its_problems_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "items.toml"
    path.write_text(ITEM, encoding="utf-8")
    assert [item.code for item in load_catalogue(path)] == ["MZ001"]
    path.write_text(ITEM + ITEM, encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_catalogue(path)
    assert info.value.field == CATALOGUE_FILE_FIELD
    assert f"The service list file {path} has a problem at item 2 (MZ001)" in info.value.render()


def test_a_missing_service_list_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    with pytest.raises(ValidationError) as info:
        load_catalogue(path)
    assert info.value.field == CATALOGUE_FILE_FIELD
    assert f"The service list file {path} cannot be read" in info.value.render()


def test_a_service_list_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "items.toml"
    path.write_bytes(ITEM.encode("gb18030"))
    with pytest.raises(ValidationError) as info:
        load_catalogue(path)
    assert info.value.field == CATALOGUE_FILE_FIELD
    assert info.value.render() == f"The service list file {path} is not UTF-8 text."


def test_a_room_list_file_is_read_and_its_problems_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rooms.toml"
    path.write_text(ROOM, encoding="utf-8")
    assert [room.code for room in load_rooms(path)] == ["A1"]
    path.write_text(ROOM + ROOM, encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_rooms(path)
    assert info.value.field == ROOMS_FILE_FIELD
    assert f"The room list file {path} has a problem at room 2" in info.value.render()


@pytest.mark.parametrize("content", [None, ROOM.encode("gbk")], ids=["missing", "gbk"])
def test_a_room_list_file_that_cannot_be_read(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "rooms.toml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ValidationError) as info:
        load_rooms(path)
    assert info.value.field == ROOMS_FILE_FIELD
    assert f"The room list file {path} cannot be read" in info.value.render()
