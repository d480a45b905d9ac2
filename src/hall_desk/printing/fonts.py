"""The bundled CJK TrueType font, registered with ReportLab and embedded in every PDF.

It is the font the window uses (WenQuanYi Micro Hei: Chinese and Latin in one TrueType
font), so a slip prints the same on any PC, with or without Chinese fonts of its own.
ReportLab cannot use OpenType-CFF fonts such as Noto CJK, and its built-in CID fonts are not
embedded, so a TrueType-outline font is shipped.

Printing depends on the domain only, so it does not ask ``config`` where the resources folder
is: it finds its font beside the package the same way ``config.resources_dir`` finds the
folder (``hall_desk/resources`` in a wheel or a PyInstaller bundle, ``resources/`` at the top
of a checkout); ``tests/printing/test_fonts.py`` keeps the two in step.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

CJK_FONT = "HallDeskCJK"
FONT_FILE = "wqy-microhei.ttc"


def bundled_font_file() -> Path:
    """The font file shipped in the resources folder's ``fonts/``."""
    package = Path(__file__).resolve().parent.parent
    folders = (package / "resources", package.parent.parent / "resources")
    for folder in folders:
        path = folder / "fonts" / FONT_FILE
        if path.is_file():
            return path
    raise FileNotFoundError(
        f"Hall Desk font {FONT_FILE} not found in {' or '.join(map(str, folders))}"
    )


def register_cjk_font() -> str:
    """Register the bundled font once and return the name to use in ReportLab styles."""
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(bundled_font_file()), subfontIndex=0))
    return CJK_FONT
