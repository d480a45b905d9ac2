"""Every interface string has a Simplified Chinese translation, and the compiled file is current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "i18n" / "hall_desk_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found; it ships with PySide6")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _text(translation: ET.Element | None) -> str:
    """The translated text; a plural string (``%n``) keeps it in its numerus forms."""
    if translation is None:
        return ""
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return " ".join(forms) if forms else (translation.text or "")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in the source right now."""
    out = tmp_path_factory.mktemp("i18n") / "current.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "hall_desk").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(out)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return _messages(out)


def test_every_ui_string_has_a_chinese_translation(extracted) -> None:
    committed = _messages(TS_FILE)
    missing = []
    for key in extracted:
        message = committed.get(key)
        translation = message.find("translation") if message is not None else None
        if (
            translation is None
            or not _text(translation).strip()
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
        ):
            missing.append(f"{key[0]}: {key[1]!r}")
    assert not missing, f"{len(missing)} strings lack a zh_CN translation:\n" + "\n".join(missing)
    assert len(extracted) > 100


def test_translations_keep_every_placeholder() -> None:
    wrong = []
    for (context, source), message in _messages(TS_FILE).items():
        text = _text(message.find("translation"))
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert QM_FILE.read_bytes() == fresh.read_bytes(), "run ./dev i18n to rebuild the .qm file"


def test_the_interface_speaks_chinese_by_default(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from hall_desk.ui.shell.login_dialogs import LoginDialog
    from hall_desk.ui.shell.qt_i18n import install_translations

    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    try:
        assert QCoreApplication.translate("Messages", "The two passwords do not match.") != (
            "The two passwords do not match."
        )
        dialog = LoginDialog(staff=None)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        assert dialog.submit.text() == "登录"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
