"""``hall-desk certificate``: certificates of volunteer service written from a terminal."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hall_desk.db.database import Database

Translate = Callable[[str], str]
COMMANDS: tuple[str, ...] = ()


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], t: Translate) -> None:
    """Added by the command's implementation."""


def run(
    args: argparse.Namespace, db_opener: Callable[[], Database], t: Translate, tm: Translate
) -> int:
    raise NotImplementedError
