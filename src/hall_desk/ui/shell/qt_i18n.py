"""Installing the interface language on the application."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hall_desk.translation import load_translator

log = logging.getLogger(__name__)


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Install Hall Desk's and Qt's own translations (dialog buttons and the like).

    The translators are parented to ``app`` so they live as long as it does.
    """
    installed: list[QTranslator] = []
    try:
        ours = load_translator(language)
    except FileNotFoundError:
        log.exception("no translation for %s; showing the English source texts", language)
        ours = None
    if ours is not None:
        ours.setParent(app)
        app.installTranslator(ours)
        installed.append(ours)
        qt_base = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(QLocale(language), "qtbase", "_", folder):
            app.installTranslator(qt_base)
            installed.append(qt_base)
    QLocale.setDefault(QLocale(language if language != "en" else "en_GB"))
    return installed
