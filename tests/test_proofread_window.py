"""The 校对 panel in the real main window (offscreen): findings listed and counted, a click jumps to
the place, fixes are undoable edits, ignored findings stay hidden for that bulletin."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from unionbulletin.app import Parts, create_window
from unionbulletin.checks.finding import Finding
from unionbulletin.controller.proofread import font_hint_group
from unionbulletin.controller.task_model import COL_DEADLINE
from unionbulletin.domain import Distribution
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.storage import Database
from unionbulletin.ui.proofreading.proofread_panel import ProofreadPanel


@pytest.fixture
def db(tmp_path: Path, fixtures_dir: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "bulletins.json", seed_examples=False)
    for name in ("sample-2018.json", "sample-2020.json", "checks-planted.json"):
        data = json.loads((fixtures_dir / name).read_text("utf-8"))
        b = from_exchange(data.get("bulletin", data))
        if name == "checks-planted.json":
            b = dataclasses.replace(b, distribution=Distribution(report_to=("省总工会", "市 总机关")))
        database.add(b)
    yield database
    database.close()


@pytest.fixture
def parts(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[Parts]:
    p = create_window(
        db, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat), autosave_ms=60_000
    )
    qtbot.addWidget(p.window)
    p.window.resize(1366, 768)
    p.window.show()
    yield p
    p.worker.shutdown()


def open_bulletin(parts: Parts, number: int) -> ProofreadPanel:
    """Open the number-th bulletin added (1-based); the findings are computed at once on opening."""
    ids = sorted(r.id for r in parts.session.db.list_bulletins())
    assert parts.session.open_bulletin(ids[number - 1])
    panel = parts.window.proofreading
    assert not panel.proofreader.is_pending()
    return panel


def finding(panel: ProofreadPanel, rule: str, number: int | None = None) -> tuple[int, Finding]:
    return next(
        (row, f)
        for row, f in enumerate(panel.proofreader.findings)
        if f.rule == rule and (number is None or f.location.number == number)
    )


def click(panel: ProofreadPanel, row: int) -> None:
    item = panel.tree.topLevelItem(row)
    assert item is not None
    panel.tree.setCurrentItem(item)
    panel.tree.itemClicked.emit(item, 1)


def test_panel_lists_and_counts_the_findings(parts: Parts) -> None:
    panel = open_bulletin(parts, 1)  # the 2018 sample
    rows = panel.tree.topLevelItemCount()
    grouped = font_hint_group(panel.proofreader.findings)  # the stand-in-font hints: one line
    assert rows == len(panel.proofreader.findings) - max(len(grouped) - 1, 0) > 0
    row, _ = finding(panel, "words.common-error")
    item = panel.tree.topLevelItem(row)
    assert item is not None
    assert item.text(0) == "错误" and item.text(1).startswith("第8条 正文") and "截止目前" in item.text(2)
    count = parts.window.statusBar().findChild(type(panel.summary), "proofreadCount")
    assert count is not None and "错误 1" in count.text()


def test_click_jumps_to_the_place_and_selects_the_text(parts: Parts) -> None:
    panel = open_bulletin(parts, 1)
    row, f = finding(panel, "words.common-error")
    click(panel, row)
    window = parts.window
    assert window.tabs.currentIndex() == 0
    assert window.items.current_id == f.location.ident
    assert window.items.body_edit.textCursor().selectedText() == "截止目前"


def test_jump_to_a_task_field_and_to_a_recipient(parts: Parts) -> None:
    panel = open_bulletin(parts, 3)  # the planted fixture
    window = parts.window
    row, f = finding(panel, "struct.missing-deadline")
    click(panel, row)
    assert window.tabs.currentIndex() == 1
    index = window.tasks.table.currentIndex()
    assert index.row() == 5 and index.column() == COL_DEADLINE
    row, f = next(
        (r, g) for r, g in enumerate(panel.proofreader.findings) if g.location.section == "distribution"
    )
    assert (f.rule, f.location.sub, f.location.offset) == ("chars.space", 2, 1)
    click(panel, row)
    edit = window.meta.recipients["report_to"]
    assert window.tabs.currentIndex() == 2
    assert edit.text() == "省总工会、市 总机关" and edit.selectionStart() == 6 and edit.selectedText() == " "


def test_fix_is_one_undoable_edit(parts: Parts, qtbot: QtBot) -> None:
    panel = open_bulletin(parts, 1)
    doc = parts.session.document
    row, _ = finding(panel, "words.common-error")
    click(panel, row)
    assert panel.fix_button.isEnabled()
    panel.fix_button.click()
    body = doc.bulletin.summary.items[7].body
    assert "截至目前" in body and "截止目前" not in body
    assert doc.undo_stack.count() == 1 and doc.is_modified()
    assert "words.common-error" not in [g.rule for g in panel.proofreader.findings]
    assert parts.window.items.current_id == doc.bulletin.summary.items[7].id
    assert "截至目前" in parts.window.items.body_edit.toPlainText()  # the editor shows the fix

    doc.undo_stack.undo()
    assert "截止目前" in doc.bulletin.summary.items[7].body
    qtbot.waitUntil(
        lambda: "words.common-error" in [g.rule for g in panel.proofreader.findings], timeout=3000
    )


def test_fix_all_is_one_undo_step(parts: Parts) -> None:
    panel = open_bulletin(parts, 3)
    doc = parts.session.document
    fixable = [f for f in panel.proofreader.findings if f.fix is not None]
    assert len(fixable) >= 9
    before = doc.bulletin
    panel.fix_all_button.click()
    assert doc.undo_stack.count() == 1
    assert not [f for f in panel.proofreader.findings if f.fix is not None]
    doc.undo_stack.undo()
    assert doc.bulletin == before


def test_ignore_hides_a_finding_for_that_bulletin_only(parts: Parts) -> None:
    panel = open_bulletin(parts, 2)  # the 2020 sample: item 6 has 7月29日
    row, f = finding(panel, "dates.outside-month", 6)
    click(panel, row)
    rows = panel.tree.topLevelItemCount()
    panel.ignore_button.click()
    assert panel.tree.topLevelItemCount() == rows - 1
    assert f.key not in [g.key for g in panel.proofreader.findings]
    assert "警告" not in panel.summary.text()

    panel = open_bulletin(parts, 1)
    assert any(g.rule == "dates.outside-month" for g in panel.proofreader.findings)  # 2018: 12月3日
    panel = open_bulletin(parts, 2)
    assert f.key not in [g.key for g in panel.proofreader.findings]  # still ignored on return
    panel.restore_button.click()
    assert f.key in [g.key for g in panel.proofreader.findings]


def test_panel_screenshot(parts: Parts, tmp_path: Path) -> None:
    panel = open_bulletin(parts, 3)
    row, _ = finding(panel, "dates.impossible")
    click(panel, row)
    image = parts.window.grab()
    assert image.width() > 0 and image.save(str(tmp_path / "proofread.png"))
