"""argparse's own words in the desk's language, and help text wrapped for Chinese.

The help and messages Hall Desk writes itself are translated with the Qt translation files
(context ``cli``). argparse adds words of its own - "usage: ", "options", "show this help
message and exit" and every complaint about bad arguments - which it takes from gettext
through the module-level ``argparse._`` and ``argparse.ngettext``. :func:`argparse_language`
swaps in the Simplified Chinese table below while a parser is built and used, and puts the
originals back afterwards.

argparse also wraps help only at spaces and counts every character as one column, so a
Chinese paragraph became one very long line. :class:`HelpFormatter` wraps by display width
(a Chinese character takes two columns) and keeps Chinese punctuation off the start of a line.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

ZH_CN = "zh_CN"

#: argparse's gettext messages (Python 3.11, plus the few later versions add) in Chinese.
ARGPARSE_ZH_CN: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "subcommands": "子命令",
    "show this help message and exit": "显示本帮助信息并退出",
    "show program's version number and exit": "显示程序版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "参数 %s 中必须给出一个",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "无效的选择：%(value)r（可选：%(choices)s）"
    ),
    "invalid choice: %(value)r, maybe you meant %(closest)r?": (
        "无效的选择：%(value)r，是否想输入 %(closest)r？"
    ),
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "ambiguous option: %(option)s could match %(matches)s": (
        "选项不明确：%(option)s 可以匹配 %(matches)s"
    ),
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "unexpected option string: %s": "意外的选项：%s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "未知的子命令 %(parser_name)r（可选：%(choices)s）"
    ),
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    'argument "-" with mode %r': "模式为 %r 的参数“-”",
    "option '%(option)s' is deprecated": "选项“%(option)s”已弃用",
    "argument '%(argument_name)s' is deprecated": "参数“%(argument_name)s”已弃用",
    "command '%(parser_name)s' is deprecated": "子命令“%(parser_name)s”已弃用",
    # Mistakes of the program, not of the person typing; translated all the same.
    ".__call__() not defined": ".__call__() 未定义",
    "'required' is an invalid argument for positionals": "位置参数不能使用 'required'",
    "mutually exclusive arguments must be optional": "互斥的参数必须是可选参数",
    "%r is not callable": "%r 不可调用",
    "cannot merge actions - two groups are named %r": "无法合并参数：有两个组都名为 %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "无效的选项 %(option)r：必须以字符 %(prefix_chars)r 开头"
    ),
    "dest= is required for options like %r": "像 %r 这样的选项需要 dest=",
    "invalid conflict_resolution value: %r": "无效的 conflict_resolution 值：%r",
    "cannot have multiple subparser arguments": "不能有多个子命令参数",
    "conflicting subparser: %s": "子命令冲突：%s",
    "conflicting subparser alias: %s": "子命令别名冲突：%s",
}

#: argparse's ngettext messages: (singular, plural) -> Chinese (which has one form).
ARGPARSE_PLURALS_ZH_CN: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): "需要 %s 个值",
    ("conflicting option string: %s", "conflicting option strings: %s"): "选项冲突：%s",
}


def _chinese(text: str) -> str:
    return ARGPARSE_ZH_CN.get(text, text)


def _chinese_plural(singular: str, plural: str, n: int) -> str:
    found = ARGPARSE_PLURALS_ZH_CN.get((singular, plural))
    if found is not None:
        return found
    return singular if n == 1 else plural


@contextmanager
def argparse_language(language: str) -> Iterator[None]:
    """While inside, argparse speaks ``language`` (Chinese for ``zh_CN``, else English)."""
    if language != ZH_CN:
        yield
        return
    saved: tuple[Callable[..., str], Callable[..., str]] = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    setattr(argparse, "_", _chinese)  # noqa: B010 - argparse looks the name up at call time
    setattr(argparse, "ngettext", _chinese_plural)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010


def argparse_text(text: str) -> str:
    """One of argparse's own texts in the language now in force (see ``argparse_language``)."""
    translate: Callable[[str], str] = argparse._  # type: ignore[attr-defined]
    return translate(text)


# -- wrapping by display width ------------------------------------------------------------

_SPACES = re.compile(r"\s+")
# Never at the start of a line (closing marks) or at its end (opening marks).
_NO_LINE_START = set("、，。；：！？）」』”’》〉】…,.;:!?)")
_NO_LINE_END = set("（「『“‘《〈【(")


def display_width(text: str) -> int:
    """Columns the text takes in a terminal: two for wide (Chinese) characters, else one."""
    return sum(2 if _is_wide(c) else 1 for c in text)


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _tokens(text: str) -> list[tuple[bool, str]]:
    """(space before it, token): each wide character alone, a run of narrow non-spaces
    together; closing punctuation stays on the token before it, opening on the one after."""
    tokens: list[tuple[bool, str]] = []
    space = glue = False
    for char in _SPACES.sub(" ", text).strip():
        if char == " ":
            space, glue = True, False
            continue
        if (
            tokens
            and not space
            and (
                glue
                or char in _NO_LINE_START
                or not (_is_wide(char) or _is_wide(tokens[-1][1][-1]))
            )
        ):
            tokens[-1] = (tokens[-1][0], tokens[-1][1] + char)
        else:
            tokens.append((space, char))
        glue = char in _NO_LINE_END
        space = False
    return tokens


def wrap_display(text: str, width: int) -> list[str]:
    """Greedy wrapping of ``text`` into lines of at most ``width`` columns (a single token
    longer than that, such as a long URL, keeps a line of its own)."""
    lines: list[str] = []
    line, used = "", 0
    for space, token in _tokens(text):
        gap = " " if space and line else ""
        need = display_width(gap) + display_width(token)
        if line and used + need > width:
            lines.append(line)
            line, used = token, display_width(token)
        else:
            line, used = line + gap + token, used + need
    if line:
        lines.append(line)
    return lines


_CHINESE_HEADING = re.compile(r"(?m)^(\s*\S*[\u4e00-\u9fff]):$")


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, wrapping by display width so Chinese help fits the terminal
    (and ending a Chinese section heading with a Chinese colon)."""

    def format_help(self) -> str:
        return _CHINESE_HEADING.sub("\\1：", super().format_help())

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_display(text, max(width, 11))

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        room = max(width - len(indent), 11)
        return "\n".join(indent + line for line in wrap_display(text, room))

    def _format_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None,
    ) -> str:
        # argparse indents continued usage lines by len(prefix); "用法：" is three characters
        # but six columns wide, so format with a stand-in of the right length, then swap.
        real = argparse_text("usage: ") if prefix is None else prefix
        stand_in = "\0" * display_width(real)
        text = super()._format_usage(usage, actions, groups, stand_in)
        return text.replace(stand_in, real, 1)


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser with :class:`HelpFormatter`, for itself and its subcommands."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
