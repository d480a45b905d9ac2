"""The terminal speaks the desk's language: Chinese help and complaints by default, argparse's
own words included; English with --lang en or when English is chosen in Settings."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

from hall_desk.cli import CLI, build_parser, main
from hall_desk.cli_language import (
    ARGPARSE_PLURALS_ZH_CN,
    ARGPARSE_ZH_CN,
    argparse_language,
    display_width,
)
from hall_desk.config import Preferences, resolve_paths
from hall_desk.translation import load_translator, translate_with

CHINESE = re.compile(r"[\u4e00-\u9fff]")
COMMANDS = (
    "demo",
    "slip",
    "report",
    "add-center",
    "county-admin",
    "backup",
    "restore",
    "verify",
    "purge",
)
ENGLISH_ARGPARSE = ("usage:", "options:", "positional arguments", "show this help", "error:")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_every_help_is_chinese_by_default(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(tmp_path), *([command] if command else []), "--help"]
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert out.startswith("用法：hall-desk")
    assert "选项：" in out and "显示本帮助信息并退出" in out
    assert not [w for w in ENGLISH_ARGPARSE if w in out]
    # Below the usage, no English prose: a line without Chinese holds only option names,
    # metavars, choices or a URL, never two English words in a row.
    body = out.split("\n\n", 1)[1]
    english = [
        line
        for line in body.splitlines()
        if not CHINESE.search(line) and re.search(r"\b[a-z]{2,} [a-z]{2,}\b", line)
    ]
    assert not english, english


def test_every_help_text_has_a_chinese_translation() -> None:
    translator = load_translator("zh_CN")
    t = translate_with(translator, CLI)
    untranslated: list[str] = []
    with argparse_language("zh_CN"):
        parsers = [build_parser(t)]
        while parsers:
            parser = parsers.pop()
            texts = [parser.description or ""]
            for action in parser._actions:
                if action.help not in (None, argparse.SUPPRESS):
                    texts.append(str(action.help))
                if isinstance(action, argparse._SubParsersAction):
                    parsers.extend(action.choices.values())
                    texts.extend(str(c.help) for c in action._choices_actions)
            untranslated += [f"{parser.prog}: {text}" for text in texts if not CHINESE.search(text)]
    assert not untranslated, "\n".join(untranslated)


def test_bad_arguments_are_explained_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(tmp_path)]
    cases = {
        ("report",): "缺少必需的参数：--from",
        ("demo", "--days", "x"): "参数 --days：无效的 int 值：'x'",
        ("nosuch",): "参数 COMMAND：无效的选择：'nosuch'",
        ("verify", "--nosuch"): "无法识别的参数：--nosuch",
        ("demo", "--days"): "参数 --days：需要一个值",
        ("--lang", "fr", "verify"): "参数 --lang：无效的选择：'fr'",
    }
    for args, message in cases.items():
        code, out, err = run(capsys, *base, *args)
        assert code == 2 and out == ""
        assert err.startswith("用法：hall-desk"), err
        assert "：错误：" in err and message in err, err
        assert not [w for w in ENGLISH_ARGPARSE if w in err], err


def test_english_with_lang_en_or_when_chosen_in_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "--lang", "en", "demo", "--help")
    assert code == 0 and out.startswith("usage: hall-desk demo")
    assert "show this help message and exit" in out and not CHINESE.search(out)

    Preferences(language="en").save(resolve_paths(str(tmp_path)).preferences_file)
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "report")
    assert code == 2
    assert "error: the following arguments are required: --from" in err
    # --lang still wins over the preference, wherever it is on the line.
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "purge", "--help", "--lang", "zh_CN")
    assert code == 0 and out.startswith("用法：")


def test_argparse_speaks_english_again_after_a_chinese_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--data-dir", str(tmp_path), "report")
    parser = argparse.ArgumentParser(prog="other")
    assert parser.format_usage().startswith("usage: other")


def test_chinese_help_is_wrapped_to_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "62")
    for command in ("purge", "restore", "report", "demo"):
        code, out, _ = run(capsys, "--data-dir", str(tmp_path), command, "--help")
        assert code == 0
        too_wide = [line for line in out.splitlines() if display_width(line) > 60]
        assert not too_wide, too_wide
        starts = [line.lstrip()[:1] for line in out.splitlines()]
        assert not [c for c in starts if c and c in "，。、；：）"]


def test_every_argparse_message_has_a_chinese_form() -> None:
    """Whatever argparse of this Python can say, it can say in Chinese."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    singular: set[str] = set()
    plural: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if node.func.id == "_" and texts and isinstance(texts[0], str):
            singular.add(texts[0])
        elif node.func.id == "ngettext" and len(texts) >= 2:
            plural.add((str(texts[0]), str(texts[1])))
    assert len(singular) > 25
    assert singular <= set(ARGPARSE_ZH_CN), sorted(singular - set(ARGPARSE_ZH_CN))
    assert plural <= set(ARGPARSE_PLURALS_ZH_CN), sorted(plural - set(ARGPARSE_PLURALS_ZH_CN))
    for english, chinese in ARGPARSE_ZH_CN.items():
        assert CHINESE.search(chinese), english
        assert sorted(re.findall(r"%\(\w+\)[sr]|%[sr]", english)) == sorted(
            re.findall(r"%\(\w+\)[sr]|%[sr]", chinese)
        ), english
