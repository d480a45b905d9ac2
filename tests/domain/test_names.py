"""Names: normalisation, pinyin initials, search-box queries."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hall_desk.domain.errors import FieldError, ValidationError
from hall_desk.domain.names import (
    PersonQuery,
    QueryKind,
    classify_query,
    name_initials,
    normalize_person_name,
)


def error_of(raw: str) -> FieldError:
    with pytest.raises(ValidationError) as info:
        normalize_person_name(raw)
    err = info.value.errors[0]
    assert err.field == "name"
    assert "{" not in err.render()
    return err


def params(err: FieldError) -> dict[str, Any]:
    return dict(err.message.params)


# --- normalize_person_name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("张三", "张三"),
        ("  张三 ", "张三"),
        ("\u3000张三\u3000", "张三"),
        ("阿卜杜·热合曼", "阿卜杜·热合曼"),
        ("阿卜杜 · 热合曼", "阿卜杜·热合曼"),
        ("阿卜杜•热合曼", "阿卜杜·热合曼"),
        ("阿卜杜‧热合曼", "阿卜杜·热合曼"),
        ("阿卜杜・热合曼", "阿卜杜·热合曼"),
        ("阿卜杜･热合曼", "阿卜杜·热合曼"),
        ("阿卜杜．热合曼", "阿卜杜·热合曼"),
        ("阿卜杜.热合曼", "阿卜杜·热合曼"),
        ("阿卜杜··热合曼", "阿卜杜·热合曼"),
        ("Anna   Li", "Anna Li"),
        ("ＡＮＮＡ　Ｌｉ", "ANNA Li"),
        ("Mary-Jane O’Neil", "Mary-Jane O'Neil"),
        ("J. R. Smith", "J. R. Smith"),
        ("José María Müller", "José María Müller"),
        ("李 Anna", "李 Anna"),
        ("\n张三\n", "张三"),
    ],
)
def test_normalize_person_name(raw: str, expected: str) -> None:
    assert normalize_person_name(raw) == expected


def test_empty_name() -> None:
    for raw in ["", "   ", "\u3000", "\n"]:
        assert error_of(raw).message.template == "Please enter the person's name."


@pytest.mark.parametrize(
    ("raw", "code"), [("张\t三", "0009"), ("张\u200b三", "200B"), ("张\x00三", "0000")]
)
def test_control_characters_are_rejected(raw: str, code: str) -> None:
    err = error_of(raw)
    assert "invisible control character" in err.message.template
    assert params(err) == {"code": code}


@pytest.mark.parametrize(
    ("raw", "char"), [("张三2", "2"), ("张３", "3"), ("Li ①", "1"), ("王五5号", "5")]
)
def test_digits_are_rejected(raw: str, char: str) -> None:
    err = error_of(raw)
    assert "cannot contain numbers" in err.message.template
    assert params(err) == {"char": char}


@pytest.mark.parametrize(
    ("raw", "char"), [("张三!", "!"), ("张@三", "@"), ("Anna_Li", "_"), ("김철수", "김")]
)
def test_other_characters_are_rejected(raw: str, char: str) -> None:
    err = error_of(raw)
    assert "cannot be used in a name" in err.message.template
    assert params(err) == {"char": char}


def test_name_needs_a_letter() -> None:
    assert "at least one Chinese character" in error_of("·-").message.template


def test_too_long() -> None:
    assert normalize_person_name("张" * 40) == "张" * 40
    err = error_of("张" * 41)
    assert "at most {limit}" in err.message.template
    assert params(err) == {"length": 41, "limit": 40}


# --- name_initials --------------------------------------------------------------------------


def test_simple_name() -> None:
    assert name_initials("张三") == ["zs"]


@pytest.mark.parametrize(
    ("name", "first", "required"),
    [
        ("曾小明", "zxm", {"zxm", "cxm"}),
        ("单雄信", "sxx", {"sxx", "dxx", "cxx"}),
        ("解放", "xf", {"xf", "jf"}),
        ("区小红", "oxh", {"oxh", "qxh"}),
        ("仇大", "qd", {"qd", "cd"}),
        ("朴正", "pz", {"pz"}),
        ("查良", "zl", {"zl", "cl"}),
        ("盖军", "gj", {"gj"}),
        ("覃明", "qm", {"qm", "tm"}),
        ("尉迟恭", "ycg", {"ycg", "wcg"}),
        ("乐华", "yh", {"yh", "lh"}),
        ("员工", "yg", {"yg"}),
        ("缪斯", "ms", {"ms"}),
        ("种师道", "csd", {"csd", "zsd"}),
        ("万俟卨", "mqx", {"mqx", "wqx"}),
    ],
)
def test_surname_readings(name: str, first: str, required: set[str]) -> None:
    initials = name_initials(name)
    assert initials[0] == first
    assert required <= set(initials)
    assert len(initials) == len(set(initials))


def test_latin_and_mixed_names() -> None:
    assert name_initials("Anna Li") == ["al"]
    assert name_initials("ANNA LI") == ["al"]
    assert name_initials("O'Brien Zhang") == ["oz"]
    assert name_initials("Mary-Jane Smith") == ["mjs"]
    assert name_initials("Émile Øst") == ["eo"]
    assert name_initials("李 Anna") == ["la"]
    assert name_initials("阿卜杜·热合曼")[0] == "abdrhm"


def test_no_letters() -> None:
    assert name_initials("") == []
    assert name_initials("·") == []


def test_cap_keeps_every_surname_reading() -> None:
    name = "单重重行行行"
    full = name_initials(name, limit=10_000)
    assert len(full) > 32
    capped = name_initials(name)
    assert len(capped) <= 32
    assert capped[0] == full[0]
    assert {c[0] for c in capped} == {"s", "d", "c"}
    tiny = name_initials(name, limit=1)
    assert [c[0] for c in tiny] == ["s", "d", "c"]
    assert all(c[1:] == tiny[0][1:] for c in tiny)
    # Later characters lose their alternatives first.
    four = name_initials("曾重重重", limit=4)
    assert len(four) == 4
    assert {c[0] for c in four} == {"z", "c"}
    assert len({c[-1] for c in four}) == 1
    with pytest.raises(ValueError):
        name_initials("张三", limit=0)


def test_deterministic() -> None:
    assert name_initials("曾重行单") == name_initials("曾重行单")


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="张王李曾单解区仇重行长乐朴查明华小红大", min_size=1, max_size=8),
    st.integers(min_value=1, max_value=64),
)
def test_initials_properties(name: str, limit: int) -> None:
    initials = name_initials(name, limit)
    assert initials
    assert len(initials) == len(set(initials))
    assert all(len(i) == len(name) and i.isascii() and i.islower() for i in initials)
    surname_letters = {i[0] for i in name_initials(name[0], 64)}
    assert {i[0] for i in initials} == surname_letters
    assert len(initials) <= max(limit, len(surname_letters))


# --- classify_query -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张三", PersonQuery(QueryKind.NAME, "张三")),
        ("  张 三 ", PersonQuery(QueryKind.NAME, "张 三")),
        ("阿卜杜•热", PersonQuery(QueryKind.NAME, "阿卜杜·热")),
        ("张3", PersonQuery(QueryKind.NAME, "张3")),
        ("zs", PersonQuery(QueryKind.INITIALS, "zs")),
        ("ZXM", PersonQuery(QueryKind.INITIALS, "zxm")),
        ("ｚｓ", PersonQuery(QueryKind.INITIALS, "zs")),
        ("z", PersonQuery(QueryKind.INITIALS, "z")),
        ("Anna Li", PersonQuery(QueryKind.NAME, "Anna Li")),
        ("José", PersonQuery(QueryKind.NAME, "José")),
        ("5678", PersonQuery(QueryKind.DIGITS, "5678")),
        ("１２３４", PersonQuery(QueryKind.DIGITS, "1234")),
        ("123x", PersonQuery(QueryKind.DIGITS, "123X")),
        ("0307 123X", PersonQuery(QueryKind.DIGITS, "0307123X")),
        ("138-1234-5678", PersonQuery(QueryKind.DIGITS, "13812345678")),
        ("", None),
        ("   ", None),
        ("\u3000", None),
        ("123", None),
        ("12x", None),
        ("X", PersonQuery(QueryKind.INITIALS, "x")),
        ("a1", None),
        ("12X3", None),
        ("+86 138", None),
        ("!!", None),
    ],
)
def test_classify_query(text: str, expected: PersonQuery | None) -> None:
    assert classify_query(text) == expected
