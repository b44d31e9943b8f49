"""Both interface languages are complete and up to date, the compiled .qm files hold every string, and
the running window (menus, workflow dialogs) shows no untranslated English in Chinese."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window

from unionbulletin.app import Parts, install_translators
from unionbulletin.controller.preferences import Preferences
from unionbulletin.storage import Database

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "unionbulletin" / "data" / "translations"
PACKAGE = REPO / "unionbulletin"


def _sources() -> list[Path]:
    """What tools/update_translations.sh extracts from."""
    return [
        PACKAGE / "app.py",
        *sorted((PACKAGE / "controller").glob("*.py")),
        *sorted((PACKAGE / "ui").rglob("*.py")),
        *sorted((PACKAGE / "render").glob("qt*.py")),
    ]


Messages = dict[tuple[str, str], list[str] | None]


def _messages(ts: Path) -> Messages:
    """(context, source) → the finished translation (every plural form), or None when unfinished."""
    out: Messages = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                out[(name, message.findtext("source") or "")] = None
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            out[(name, message.findtext("source") or "")] = forms if all(forms) else None
    return out


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> Messages:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    lupdate = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate (part of PySide6-Essentials) is needed to check the translations"
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    subprocess.run(
        [lupdate, "-no-obsolete", *map(str, _sources()), "-ts", str(fresh)], check=True, capture_output=True
    )
    return _messages(fresh)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_ts_is_complete_and_up_to_date_with_the_sources(in_code: Messages, language: str) -> None:
    committed = _messages(TRANSLATIONS / f"unionbulletin_{language}.ts")
    assert len(in_code) > 300
    missing = sorted(key for key in in_code if committed.get(key) is None)
    assert missing == [], "run tools/update_translations.sh and translate these"
    stale = sorted(set(committed) - set(in_code))
    assert stale == [], "strings no longer in the code: run tools/update_translations.sh"


def test_every_workflow_string_is_extracted(in_code: Messages) -> None:
    contexts = {context for context, _ in in_code}
    assert {
        "WorkflowActions",
        "Workflow",
        "PrintFlow",
        "Printing",
        "ExportFlow",
        "ImportDialog",
        "ImportFlow",
        "NewIssueDialog",
        "SettingsDialog",
        "FontSettings",
        "AddressBookEditor",
        "EmailExportDialog",
        "AboutDialog",
        "JobProgress",
        "BackgroundJob",
    } <= contexts


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_compiled_qm_translates_every_string(qapp: QCoreApplication, language: str) -> None:
    committed = _messages(TRANSLATIONS / f"unionbulletin_{language}.ts")
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"unionbulletin_{language}.qm"))
    wrong = []
    for (context, source), forms in committed.items():
        assert forms is not None
        if len(forms) > 1:
            got = translator.translate(context, source, None, 1)
        else:
            got = translator.translate(context, source)
        if got != forms[0]:
            wrong.append((context, source, got))
    assert wrong == [], "the .qm is older than the .ts: run tools/update_translations.sh"


def test_chinese_translations_are_chinese(qapp: QCoreApplication) -> None:
    """A 'translation' that is still the English source slipped through (same-text heuristics)."""
    allowed = re.compile(r"^[\W\d_]*$|PDF|DOCX|JSON|GB2312|GB/T|WPS|Word|Windows|\.txt|\.json|\.docx|\*\.")
    committed = _messages(TRANSLATIONS / "unionbulletin_zh_CN.ts")
    english = [
        (context, source)
        for (context, source), forms in committed.items()
        if forms is not None and forms[0] == source and not allowed.search(source)
    ]
    assert english == []


# ---- the running window -------------------------------------------------------------------------


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    translators = install_translators(qapp, "zh_CN")
    yield
    for t in translators:
        qapp.removeTranslator(t)
    QLocale.setDefault(locale)


@pytest.fixture
def parts(qtbot: QtBot, chinese: None, tmp_path: Path) -> Iterator[Parts]:
    db = Database.open(tmp_path / "bulletins.json")
    p = make_window(db, tmp_path)
    p.window.show()
    with qtbot.waitSignal(p.worker.laidOut, timeout=10_000):
        p.session.open_newest()
    yield p
    dispose(p)
    db.close()


ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
NOT_INTERFACE = re.compile(  # names, file types, placeholders and quoted data are not interface words
    r"PDF|DOCX|JSON|GB2312|GB/T|WPS|Word|Windows|Fandol|Python|PySide|\.(txt|json|docx)\b"
    r"|\{(n|year|total)\}|“[^”]*”|/|\\"
)


def _visible_texts(widget: QWidget) -> list[str]:
    texts: list[str] = [widget.windowTitle()]
    for label in widget.findChildren(QLabel):
        if label.objectName().startswith("import") or label.objectName() in ("aboutText",):
            continue  # the recognised bulletin's own text and the file paths
        texts.append(label.text())
    texts += [b.text() for b in widget.findChildren(QAbstractButton)]
    texts += [g.title() for g in widget.findChildren(QGroupBox)]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for table in widget.findChildren(QTableWidget):
        for col in range(table.columnCount()):
            item = table.horizontalHeaderItem(col)
            if item is not None:
                texts.append(item.text())
    return texts


def _english(texts: list[str]) -> list[str]:
    return [t for t in texts if ENGLISH_WORD.search(NOT_INTERFACE.sub(" ", t))]


def test_menus_and_workflow_dialogs_speak_chinese(parts: Parts, samples_dir: Path, qtbot: QtBot) -> None:
    window = parts.window
    workflow = window.workflow
    texts: list[str] = []
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions()] + [a.statusTip() for a in menu.actions()]
    texts = [t.replace("&", "") for t in texts]
    assert _english(texts) == []
    assert "打印(P)…" in texts and "导出 PDF…" in texts

    dialogs: list[QWidget] = [workflow.open_settings()]
    new_issue = workflow.new_from_last_month()
    assert new_issue is not None
    dialogs.append(new_issue)
    email = workflow.exporting.export_for_email()
    assert email is not None
    dialogs.append(email)
    with qtbot.waitSignal(workflow.importing.dialogShown, timeout=20_000) as shown:
        workflow.importing.import_paths([samples_dir / "2018-11-report.txt"])
    dialogs.append(shown.args[0])
    dialogs.append(workflow.about())
    for dialog in dialogs:
        assert _english(_visible_texts(dialog)) == [], dialog.objectName()
        dialog.close()


def test_language_preference_defaults_to_chinese_and_english_loads(
    qapp: QApplication, tmp_path: Path
) -> None:
    prefs = Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    assert prefs.language() == "zh_CN"
    prefs.set_language("fr")  # not offered: ignored
    assert prefs.language() == "zh_CN"
    prefs.set_language("en")
    assert prefs.language() == "en"
    locale = QLocale()
    translators = install_translators(qapp, "en")
    try:
        assert any(t.language() == "en" for t in translators)
        assert QCoreApplication.translate("WorkflowActions", "&Print…") == "&Print…"
        assert QCoreApplication.translate("MainWindow", "Summary") == "Summary"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(locale)
