"""Canonical one-line text: full-width letters and digits folded, Chinese punctuation kept."""

from __future__ import annotations

import pytest

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.text import clean_text, normalize_line


def test_full_width_letters_digits_and_spaces_fold_but_punctuation_stays() -> None:
    assert (
        normalize_line("  第２会议室（ＨＹ０２），　请保持安静。 ")
        == "第2会议室（HY02）， 请保持安静。"
    )
    assert normalize_line("a\n\t b") == "a b"


def test_clean_text_refuses_empty_control_and_long_text() -> None:
    with pytest.raises(ValidationError) as err:
        clean_text(" ", field="f", what="the purpose", max_length=5)
    assert err.value.render() == "Please enter the purpose." and err.value.field == "f"
    with pytest.raises(ValidationError, match="invisible control"):
        clean_text("读书\u200b会", field="f", what="the purpose", max_length=9)
    with pytest.raises(ValidationError, match="Too long"):
        clean_text("一二三四五六", field="f", what="the purpose", max_length=5)
    assert clean_text("", field="f", what="the note", max_length=5, required=False) == ""
