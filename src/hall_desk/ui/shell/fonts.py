"""The bundled CJK TrueType font, registered with Qt so Chinese never shows as boxes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from hall_desk.config import resources_dir

log = logging.getLogger(__name__)

BUNDLED_FONT_FILE = "wqy-microhei.ttc"


def install_bundled_font(app: QApplication) -> str | None:
    """Register the bundled font and make it the fallback for every widget.

    The system's own UI font stays first for Latin text; Chinese falls back to the bundled
    font, which is always there, whatever fonts the PC has. Returns the family name.
    """
    path = resources_dir() / "fonts" / BUNDLED_FONT_FILE
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.error("bundled font could not be loaded: %s", path)
        return None
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(app.font())
    families = [f for f in font.families() if f != family] or [font.family()]
    font.setFamilies([*families, family])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10.5)
    app.setFont(font)
    return family
