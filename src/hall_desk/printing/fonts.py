"""The bundled CJK TrueType font, registered with ReportLab and embedded in every PDF.

It is the font the window uses (WenQuanYi Micro Hei: Chinese and Latin in one TrueType
font), so a slip prints the same on any PC, with or without Chinese fonts of its own.
ReportLab cannot use OpenType-CFF fonts such as Noto CJK, and its built-in CID fonts are not
embedded, so a TrueType-outline font is shipped.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hall_desk.config import resources_dir

CJK_FONT = "HallDeskCJK"
FONT_FILE = "wqy-microhei.ttc"


def register_cjk_font() -> str:
    """Register the bundled font once and return the name to use in ReportLab styles."""
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        path = resources_dir() / "fonts" / FONT_FILE
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(path), subfontIndex=0))
    return CJK_FONT
