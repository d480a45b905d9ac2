"""The talent-pool and demand-kind list files: what a good file gives, what a bad one says."""

from __future__ import annotations

import pytest

from hall_desk.bundled import default_demand_categories, default_talent_pools
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.party_lists import PARTY_LIST_FIELD, clean_list_name, parse_name_list


def test_the_bundled_lists_are_the_eight_pools_and_thirteen_kinds() -> None:
    assert default_talent_pools() == [
        "法律服务",
        "医疗健康",
        "教育辅导",
        "文化文艺",
        "科技信息",
        "心理疏导",
        "家政维修",
        "志愿服务",
    ]
    kinds = default_demand_categories()
    assert len(kinds) == 13
    assert kinds[:3] == ["小区环境", "综合服务", "电梯更新"]


def test_names_are_cleaned_the_way_typed_names_are() -> None:
    text = 'pools = ["　法律  服务 ", "ＩＴ支持"]'
    assert parse_name_list(text, "pools", "p.toml") == ["法律 服务", "IT支持"]
    assert clean_list_name(" 心理疏导 ") == "心理疏导"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("pools = [", "p.toml"),
        ('kinds = ["a"]', "“pools” must be a list of names"),
        ("pools = []", "“pools” must be a list of names"),
        ("pools = [1, 2]", "“pools” must be a list of names"),
        ('pools = ["法律服务", "法律服务"]', "“法律服务” appears twice"),
        ('pools = [""]', "Please enter the name."),
        ('pools = ["' + "长" * 21 + '"]', "at most 20 are allowed"),
    ],
)
def test_a_bad_file_names_itself_and_the_problem(text: str, problem: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_name_list(text, "pools", "p.toml")
    assert caught.value.field == PARTY_LIST_FIELD
    message = caught.value.message.render()
    assert "p.toml" in message
    assert problem in message
