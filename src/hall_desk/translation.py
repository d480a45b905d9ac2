"""Loading the compiled Qt translations (``resources/i18n/hall_desk_<lang>.qm``).

Used by the GUI (installed on the application) and by the terminal, which translates with the
``QTranslator`` directly and so needs no ``QCoreApplication``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTranslator

from hall_desk.config import resources_dir
from hall_desk.domain.messages import MESSAGES_CONTEXT

SOURCE_LANGUAGE = "en"


def load_translator(language: str) -> QTranslator | None:
    """The translator for ``language``, or ``None`` for English (the source language)."""
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    path = resources_dir() / "i18n" / f"hall_desk_{language}.qm"
    if not translator.load(str(path)):
        raise FileNotFoundError(f"translation file missing or unreadable: {path}")
    return translator


def translate_with(translator: QTranslator | None, context: str) -> Callable[[str], str]:
    """A function that translates a source text of ``context`` (the text itself if unknown)."""

    def translate(text: str) -> str:
        if translator is None:
            return text
        return translator.translate(context, text) or text

    return translate


def message_translator(translator: QTranslator | None) -> Callable[[str], str]:
    return translate_with(translator, MESSAGES_CONTEXT)
