"""The interface speaks Simplified Chinese: every string of the window code has a finished translation
in the committed .ts, the compiled .qm is loaded, and Qt's own dialogs are translated too."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from unionbulletin.app import install_translators

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "unionbulletin" / "data" / "translations" / "unionbulletin_zh_CN.ts"


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None and translation.text
            out[(name, message.findtext("source") or "")] = (
                translation.text if finished and translation is not None else None
            )
    return out


def _lupdate() -> str:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate (part of PySide6-Essentials) is needed to check the translations"
    return found


def test_every_interface_string_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = [
        REPO / "unionbulletin" / "app.py",
        *sorted((REPO / "unionbulletin" / "controller").glob("*.py")),
        *sorted((REPO / "unionbulletin" / "ui").rglob("*.py")),
    ]
    subprocess.run(
        [_lupdate(), "-no-obsolete", *map(str, sources), "-ts", str(fresh)], check=True, capture_output=True
    )
    in_code = _messages(fresh)
    committed = _messages(TS)
    assert len(in_code) > 100
    missing = sorted(key for key in in_code if committed.get(key) is None)
    assert missing == [], "run tools/update_translations.sh and translate these"


def test_compiled_translation_is_loaded(qapp: QCoreApplication) -> None:
    locale = QLocale()
    translators = install_translators(qapp, "zh_CN")  # type: ignore[arg-type]
    try:
        assert QCoreApplication.translate("MainWindow", "Summary") == "工作综述"
        assert QCoreApplication.translate("TaskTableModel", "Leaders") == "责任领导"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # qtbase_zh_CN
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(locale)
    assert QCoreApplication.translate("MainWindow", "Summary") == "Summary"
    assert all(isinstance(t, QTranslator) for t in translators)
