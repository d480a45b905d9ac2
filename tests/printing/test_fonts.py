"""Chinese in a ReportLab PDF comes out as real, embedded text."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from hall_desk.printing.fonts import register_cjk_font

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
