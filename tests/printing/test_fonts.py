"""Chinese in a ReportLab PDF comes out as real, embedded text."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from hall_desk.config import resources_dir
from hall_desk.printing import fonts
from hall_desk.printing.fonts import FONT_FILE, bundled_font_file, register_cjk_font

TEXT = "城南社区党群服务中心 受理回执 张三 1101**********1234"


def test_chinese_text_is_embedded_and_reads_back(tmp_path: Path) -> None:
    font = register_cjk_font()
    assert register_cjk_font() == font  # registering twice is harmless
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A5)
    pdf.setFont(font, 14)
    pdf.drawString(40, 500, TEXT)
    pdf.save()
    data = buffer.getvalue()
    assert b"/FontFile2" in data  # the TrueType outlines travel inside the PDF

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    path = tmp_path / "font.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert TEXT in text


def test_printing_finds_the_font_where_config_says_the_resources_are() -> None:
    # printing may not ask config (it depends on the domain only), so it looks for the
    # resources folder itself; both must land on the same file.
    assert bundled_font_file() == resources_dir() / "fonts" / FONT_FILE
    assert bundled_font_file().stat().st_size > 1_000_000


def test_an_installed_package_finds_the_font_inside_it(tmp_path: Path) -> None:
    # In a wheel or a PyInstaller bundle the folder is hall_desk/resources, beside the code.
    package = tmp_path / "site-packages" / "hall_desk"
    (package / "printing").mkdir(parents=True)
    shutil.copy(fonts.__file__, package / "printing" / "fonts.py")
    (package / "resources" / "fonts").mkdir(parents=True)
    (package / "resources" / "fonts" / FONT_FILE).write_bytes(b"a font")
    spec = importlib.util.spec_from_file_location(
        "installed_fonts", package / "printing" / "fonts.py"
    )
    assert spec is not None and spec.loader is not None
    installed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(installed)
    assert installed.bundled_font_file() == package / "resources" / "fonts" / FONT_FILE
