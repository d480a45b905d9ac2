"""The service list: the shipped default catalogue, field rules and the text of list files."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desk.bundled import default_catalogue, default_catalogue_path
from hall_desk.domain.catalogue import (
    CATEGORY_LABELS,
    KIND_LABELS,
    MAX_DOCUMENTS,
    MAX_TIME_LIMIT_DAYS,
    ItemCategory,
    ItemKind,
    ServiceItemSpec,
    clean_documents,
    clean_item,
    clean_item_code,
    clean_item_name,
    clean_office,
    clean_time_limit,
    parse_category,
    parse_kind,
)
from hall_desk.domain.catalogue_file import parse_catalogue
from hall_desk.domain.errors import ValidationError

MUST_HAVE = {
    "高龄补贴申请": ItemKind.ELDERLY_SUBSIDY,
    "高龄补贴年审": ItemKind.ELDERLY_CHECK,
    "党员组织关系转入": ItemKind.PARTY_TRANSFER,
    "党员组织关系转出": ItemKind.PARTY_TRANSFER,
    "慢性病门诊申请": ItemKind.GENERAL,
    "城乡居民医保参保": ItemKind.GENERAL,
    "居住证明": ItemKind.GENERAL,
    "低保申请": ItemKind.GENERAL,
    "残疾人证办理": ItemKind.GENERAL,
    "退役军人优待证": ItemKind.GENERAL,
    "法律咨询": ItemKind.GENERAL,
    "矛盾纠纷调解": ItemKind.GENERAL,
}

CODE_PREFIXES = {
    ItemCategory.PARTY: "DW",
    ItemCategory.CIVIL: "MZ",
    ItemCategory.HEALTH: "WJ",
    ItemCategory.HRSS: "RS",
    ItemCategory.DISABILITY: "CL",
    ItemCategory.VETERANS: "TY",
    ItemCategory.JUSTICE: "SF",
    ItemCategory.HOUSING: "ZJ",
    ItemCategory.GENERAL: "ZH",
}

GOOD: dict[str, Any] = {
    "code": "MZ001",
    "name": "高龄补贴申请",
    "office": "民政办",
    "category": "civil",
    "documents": ["申请人身份证原件及复印件", "户口簿"],
    "time_limit_days": 15,
    "agent_allowed": True,
    "kind": "elderly_subsidy",
}


def field_error(exc: ValidationError, field: str) -> dict[str, Any]:
    found = exc.for_field(field)
    assert found, f"no error on {field}: {[e.field for e in exc.errors]}"
    assert "{" not in found[0].render()
    return dict(found[0].message.params)


# -- the shipped default catalogue -------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> list[ServiceItemSpec]:
    return default_catalogue()


def test_shipped_file_is_in_the_resources_folder() -> None:
    path = default_catalogue_path()
    assert path.is_file()
    assert path.parts[-3:] == ("resources", "catalogue", "service_items.toml")


def test_shipped_catalogue_is_large_and_has_unique_codes_and_names(
    shipped: list[ServiceItemSpec],
) -> None:
    assert len(shipped) >= 44
    codes = [item.code for item in shipped]
    names = [item.name for item in shipped]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)


def test_shipped_catalogue_covers_every_category(shipped: list[ServiceItemSpec]) -> None:
    assert {item.category for item in shipped} == set(ItemCategory)


def test_shipped_codes_follow_the_category_prefix(shipped: list[ServiceItemSpec]) -> None:
    for item in shipped:
        assert re.fullmatch(r"[A-Z]{2}[0-9]{3}", item.code), item.code
        assert item.code[:2] == CODE_PREFIXES[item.category], item


def test_shipped_catalogue_has_the_must_have_items(shipped: list[ServiceItemSpec]) -> None:
    by_name = {item.name: item for item in shipped}
    for name, kind in MUST_HAVE.items():
        assert name in by_name, name
        assert by_name[name].kind is kind, name
    special = {item.name for item in shipped if item.kind is not ItemKind.GENERAL}
    assert special == {name for name, kind in MUST_HAVE.items() if kind is not ItemKind.GENERAL}


def test_shipped_time_limits_and_agents_are_sensible(shipped: list[ServiceItemSpec]) -> None:
    by_name = {item.name: item for item in shipped}
    assert any(item.time_limit_days == 0 for item in shipped)
    assert any(item.time_limit_days >= 20 for item in shipped)
    assert by_name["法律咨询"].time_limit_days == 0
    assert by_name["居住证明"].time_limit_days <= 1
    assert 10 <= by_name["高龄补贴申请"].time_limit_days <= 15
    assert by_name["低保申请"].time_limit_days >= 20
    assert by_name["党员组织关系转入"].time_limit_days == 5
    assert by_name["高龄补贴年审"].agent_allowed
    assert not by_name["入党申请受理"].agent_allowed
    assert by_name["法律咨询"].documents == ()
    assert any("身份证" in doc for doc in by_name["高龄补贴申请"].documents)


def test_only_consultations_ask_for_no_documents(shipped: list[ServiceItemSpec]) -> None:
    for item in shipped:
        if not item.documents:
            assert "咨询" in item.name, item.name
            assert item.time_limit_days == 0


def test_shipped_catalogue_has_no_money_amounts() -> None:
    text = default_catalogue_path().read_text(encoding="utf-8")
    assert re.search(r"[0-9]\s*元", text) is None


def test_labels_cover_every_member() -> None:
    assert set(CATEGORY_LABELS) == set(ItemCategory)
    assert set(KIND_LABELS) == set(ItemKind)
    assert all(label.isascii() for label in (*CATEGORY_LABELS.values(), *KIND_LABELS.values()))


# -- field rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("MZ001", "MZ001"), (" mz001 ", "MZ001"), ("ＭＺ００１", "MZ001"), ("X-1", "X-1")],
)
def test_item_codes_are_normalised(raw: str, expected: str) -> None:
    assert clean_item_code(raw) == expected


@pytest.mark.parametrize("raw", ["", "M", "MZ_001", "高龄01", "ABCDEFGHIJK", "MZ 001"])
def test_bad_item_codes(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        clean_item_code(raw)
    assert info.value.field == "item_code"


def test_names_and_offices() -> None:
    assert clean_item_name("  高龄补贴\u3000申请 ") == "高龄补贴 申请"
    assert clean_office("民政办") == "民政办"
    with pytest.raises(ValidationError) as info:
        clean_item_name("名" * 61)
    assert info.value.field == "item_name"
    assert info.value.message.params == {"length": 61, "max": 60}
    assert clean_item_name("名" * 60) == "名" * 60
    with pytest.raises(ValidationError) as info:
        clean_item_name("高龄\u200b补贴")
    assert info.value.field == "item_name"
    with pytest.raises(ValidationError) as info:
        clean_office("办" * 41)
    assert info.value.field == "item_office"
    with pytest.raises(ValidationError) as info:
        clean_office("   ")
    assert info.value.field == "item_office"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (0, 0),
        (365, 365),
        ("15", 15),
        ("１５", 15),
        (" ０ ", 0),
    ],
)
def test_time_limits(raw: int | str, expected: int) -> None:
    assert clean_time_limit(raw) == expected


@pytest.mark.parametrize("raw", [-1, 366, "366", "-3", "1.5", "十五", "", True])
def test_bad_time_limits(raw: int | str) -> None:
    with pytest.raises(ValidationError) as info:
        clean_time_limit(raw)
    assert info.value.field == "item_limit"


def test_documents_typed_as_one_text_are_split() -> None:
    text = "身份证原件；户口簿\n\n  近期一寸免冠照片2张 ;身份证原件\r\n介绍信"
    assert clean_documents(text) == ("身份证原件", "户口簿", "近期一寸免冠照片2张", "介绍信")


def test_documents_as_a_list_are_cleaned_but_not_split() -> None:
    given_docs = [" 户口簿 ", "", "户口簿", "判决书、裁定书等法律文书", "Ａ４复印件"]
    assert clean_documents(given_docs) == ("户口簿", "判决书、裁定书等法律文书", "A4复印件")
    assert clean_documents([]) == ()
    assert clean_documents("  ") == ()


def test_document_limits() -> None:
    with pytest.raises(ValidationError) as info:
        clean_documents(["户口簿", "材" * 81])
    assert info.value.field == "item_documents"
    assert info.value.message.params == {"number": 2, "length": 81, "max": 80}
    with pytest.raises(ValidationError) as info:
        clean_documents([f"材料{n}" for n in range(MAX_DOCUMENTS + 1)])
    assert info.value.message.params == {"count": MAX_DOCUMENTS + 1, "max": MAX_DOCUMENTS}
    assert len(clean_documents([f"材料{n}" for n in range(MAX_DOCUMENTS)])) == MAX_DOCUMENTS
    with pytest.raises(ValidationError) as info:
        clean_documents(["户口簿", "身份证\x00"])
    assert info.value.message.params == {"number": 2}


@given(st.lists(st.text(alphabet="户口簿身份证照片复印件 ；;\n", max_size=12), max_size=10))
def test_documents_are_unique_trimmed_and_not_empty(parts: list[str]) -> None:
    for docs in (clean_documents(parts), clean_documents("\n".join(parts))):
        assert len(set(docs)) == len(docs)
        assert all(doc and doc == doc.strip() for doc in docs)


def test_category_and_kind_codes() -> None:
    assert parse_category("civil") is ItemCategory.CIVIL
    assert parse_category(" HRSS ") is ItemCategory.HRSS
    assert parse_kind("party_transfer") is ItemKind.PARTY_TRANSFER
    with pytest.raises(ValidationError) as info:
        parse_category("民政")
    assert info.value.field == "item_category"
    with pytest.raises(ValidationError) as info:
        parse_kind("subsidy")
    assert info.value.field == "item_kind"


def test_clean_item_returns_a_spec() -> None:
    item = clean_item(**{**GOOD, "documents": "申请人身份证原件及复印件；户口簿", "code": "mz001"})
    assert item == ServiceItemSpec(
        code="MZ001",
        name="高龄补贴申请",
        office="民政办",
        category=ItemCategory.CIVIL,
        documents=("申请人身份证原件及复印件", "户口簿"),
        time_limit_days=15,
        agent_allowed=True,
        kind=ItemKind.ELDERLY_SUBSIDY,
    )


def test_clean_item_collects_every_bad_field() -> None:
    with pytest.raises(ValidationError) as info:
        clean_item(
            code="?",
            name="",
            office="民政办",
            category="welfare",
            documents=["户口簿", "材" * 90],
            time_limit_days="４００",
            agent_allowed="yes",  # type: ignore[arg-type]
            kind="other",
        )
    fields = [e.field for e in info.value.errors]
    assert fields == [
        "item_code",
        "item_name",
        "item_category",
        "item_documents",
        "item_limit",
        "item_agent_allowed",
        "item_kind",
    ]
    assert info.value.field == "item_code"
    assert field_error(info.value, "item_limit") == {"max": MAX_TIME_LIMIT_DAYS}


# -- catalogue files ---------------------------------------------------------------------------


def item_toml(**changes: Any) -> str:
    values = {**GOOD, **changes}
    lines = ["[[item]]"]
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


SOURCE = "items.toml"


def parse_error(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse_catalogue(text, SOURCE)
    exc = info.value
    assert exc.field == "catalogue_file"
    assert "{" not in exc.render()
    assert SOURCE in exc.render()
    return exc


def test_a_small_list_is_read() -> None:
    items = parse_catalogue(item_toml() + "\n" + item_toml(code="SF001", name="法律咨询"), SOURCE)
    assert [item.code for item in items] == ["MZ001", "SF001"]


def test_duplicate_codes_are_refused() -> None:
    exc = parse_error(
        item_toml() + item_toml(code="SF001", name="法律咨询") + item_toml(code=" mz001")
    )
    params = exc.message.params
    assert params["index"] == 3
    assert params["code"] == "MZ001"
    assert params["problem"] == "The code MZ001 is already used by item 1."
    assert exc.errors[1].message.params == {"code": "MZ001", "first": 1}


def test_a_bad_field_names_item_code_and_field() -> None:
    exc = parse_error(item_toml() + item_toml(code="CL001", time_limit_days=400, kind="x"))
    assert exc.message.params["index"] == 2
    assert exc.message.params["code"] == "CL001"
    assert "item 2 (CL001)" in exc.render()
    assert "time limit" in exc.render()
    assert [e.field for e in exc.errors] == ["catalogue_file", "item_limit", "item_kind"]


def test_a_missing_key_is_named() -> None:
    exc = parse_error(item_toml(office=None))
    assert exc.message.params["index"] == 1
    assert exc.render().endswith("The key office is missing.")


def test_an_unknown_key_is_named() -> None:
    exc = parse_error(item_toml() + "time_limit = 3\n")
    assert "Unknown key time_limit" in exc.render()


def test_wrong_value_types() -> None:
    exc = parse_error(item_toml(time_limit_days="15"))
    assert "time_limit_days must be a whole number" in exc.render()
    exc = parse_error(item_toml(agent_allowed="true"))
    assert "agent_allowed must be true or false" in exc.render()
    exc = parse_error(item_toml(documents="户口簿"))
    assert "documents must be a list" in exc.render()
    exc = parse_error(item_toml().replace('"MZ001"', "1"))
    assert exc.message.params["index"] == 1
    assert "code" not in exc.message.params
    assert "code must be text" in exc.render()


def test_a_file_without_items() -> None:
    exc = parse_error("# nothing yet\n[[items]]\ncode = 'A1'\n")
    assert "has no items" in exc.render()


def test_a_file_that_is_not_toml() -> None:
    exc = parse_error("[[item]]\ncode = MZ001\n")
    assert "is not valid TOML" in exc.render()
    assert exc.message.params["reason"]
