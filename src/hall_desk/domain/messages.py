"""Marking user-facing messages for translation without importing Qt.

Domain and service code writes its messages in English and wraps each literal in
``QT_TRANSLATE_NOOP("Messages", ...)``. The function returns the text unchanged; Qt's
``lupdate`` finds the call by name and puts the text into the translation files, and the UI
translates it with ``QCoreApplication.translate("Messages", text)`` before formatting the
``{placeholders}`` with the error's parameters.
"""

MESSAGES_CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` untouched; the call only marks it for extraction."""
    return text
