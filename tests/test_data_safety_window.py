"""Data safety in the window (issue 12): Word's line breaks pasted with Ctrl+V and committed by an
input method into real one-line and multi-line fields; limits in the editors; oversize bulletins at
start; the export flow never writes over the data file. Real widgets offscreen, a real data file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from test_data_safety import _write_oversize
from window_helpers import dispose, make_window, type_text

from unionbulletin.app import Parts, open_initial
from unionbulletin.domain import Bulletin, limits
from unionbulletin.storage import Database

WORD_PASTE = "第一行\x0b第二行\x0c第三行"


@pytest.fixture
def parts(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[Parts]:
    p = make_window(db, tmp_path)
    p.window.resize(1366, 697)
    p.window.show()
    assert p.session.open_bulletin(db.list_bulletins()[0].id)
    yield p
    dispose(p)


def _ctrl_v(widget: QWidget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _reopened(db_path: Path, bulletin_id: int) -> Bulletin:
    with Database.open(db_path, read_only=True) as other:  # raised "damaged" on the first version
        return other.get(bulletin_id)


def test_word_breaks_pasted_into_real_fields_save_and_reopen(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    item = doc.bulletin.summary.items[0]
    window.items.select_item(item.id)
    one_line: dict[str, Any] = {
        "summary title": window.items.title_edit,
        "editor": window.meta.editor,
        "report to": window.meta.recipients["report_to"],
        "lead sentence": window.items.heading_edit,
    }
    for field in one_line.values():
        field.selectAll()
        _ctrl_v(field, WORD_PASTE)
    window.items.body_edit.selectAll()
    _ctrl_v(window.items.body_edit, WORD_PASTE)
    b = doc.bulletin
    assert b.summary.title == "第一行第二行第三行"
    assert b.editor == "第一行第二行第三行"
    assert b.distribution.report_to == ("第一行第二行第三行",)
    assert b.summary.items[0].heading == "第一行第二行第三行"
    assert b.summary.items[0].body == "第一行\n第二行\n第三行"
    for name, field in one_line.items():  # the field shows what the model holds
        assert field.text() == "第一行第二行第三行", name
    with qtbot.waitSignal(parts.session.saved, timeout=5000):
        window.actions_.save.trigger()
    bid = doc.bulletin_id
    assert bid is not None
    again = _reopened(parts.session.db.path, bid)
    assert again.editor == "第一行第二行第三行" and again.summary.items[0].body == "第一行\n第二行\n第三行"


def test_input_method_commits_of_control_characters_are_normalised(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    item = doc.bulletin.summary.items[0]
    window.items.select_item(item.id)
    for field in (window.meta.editor, window.meta.phone, window.items.title_edit):
        field.setFocus()
        field.selectAll()
        type_text(field, "甲\x0b乙\x0c丙\x07\x85")
    heading = window.items.heading_edit
    heading.setFocus()
    heading.selectAll()
    type_text(heading, "导语\x0b一。\x00")
    body = window.items.body_edit
    body.setFocus()
    body.selectAll()
    type_text(body, "上\x0b下\ud800\ufffe")
    b = doc.bulletin
    assert (b.editor, b.phone, b.summary.title) == ("甲乙丙", "甲乙丙", "甲乙丙")
    assert window.meta.editor.text() == "甲乙丙"
    assert b.summary.items[0].heading == "导语一。"
    assert b.summary.items[0].body == "上\n下"
    with qtbot.waitSignal(parts.session.saved, timeout=5000):
        window.actions_.save.trigger()
    bid = doc.bulletin_id
    assert bid is not None
    assert _reopened(parts.session.db.path, bid).summary.items[0].heading == "导语一。"


def _limit_box(qtbot: QtBot) -> QMessageBox:
    box: list[QMessageBox] = []

    def shown() -> bool:
        box[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "limitMessage" and w.isVisible()
        ]
        return bool(box)

    qtbot.waitUntil(shown, timeout=3000)
    return box[0]


def test_adding_past_the_item_limit_is_refused_with_the_limit_named(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    while len(doc.bulletin.summary.items) < limits.ITEMS.value:
        doc.insert_item()
    window.items.add_item()
    box = _limit_box(qtbot)
    assert "工作综述的条目" in box.text() and "99" in box.text()
    assert len(doc.bulletin.summary.items) == limits.ITEMS.value
    box.accept()
    window.items.duplicate_item()
    assert len(doc.bulletin.summary.items) == limits.ITEMS.value
    _limit_box(qtbot).accept()


def test_a_paste_longer_than_the_field_allows_is_refused(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    title = window.items.title_edit
    title.selectAll()
    before = doc.bulletin.summary.title
    _ctrl_v(title, "长" * (limits.TITLE_CHARS.value + 1))
    box = _limit_box(qtbot)
    assert "标题" in box.text() and str(limits.TITLE_CHARS.value) in box.text()
    assert doc.bulletin.summary.title == before
    box.accept()
    heading = window.items.heading_edit
    heading.selectAll()
    _ctrl_v(heading, "长" * (limits.LEAD_CHARS.value + 1))
    assert "导语" in _limit_box(qtbot).text()


def test_the_window_passes_over_an_oversize_bulletin_at_start(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "bulletins.json"
    big = int(_write_oversize(path, 1000))
    with Database.open(path) as db:
        p = make_window(db, tmp_path)
        try:
            messages: list[str] = []
            p.session.saveFailed.connect(messages.append)
            open_initial(p, None)  # the newest is the oversize one
            assert p.session.document.bulletin_id not in (None, big)
            assert any("1000 条" in m and f"delete {big}" in m for m in messages), messages
            assert not p.session.open_bulletin(big)
        finally:
            dispose(p)


def test_the_export_flow_refuses_the_data_file(qtbot: QtBot, parts: Parts) -> None:
    path = parts.session.db.path
    before = path.read_bytes()
    failed: list[str] = []
    parts.window.workflow.exporting.failed.connect(failed.append)
    assert parts.window.workflow.exporting.export_to([(path, "pdf")]) is None
    assert failed and "不能导出到" in failed[0]
    assert path.read_bytes() == before


def test_a_text_edit_past_its_limit_is_refused_by_the_document(qtbot: QtBot, parts: Parts) -> None:
    doc = parts.session.document
    item = doc.bulletin.summary.items[0]
    with qtbot.waitSignal(doc.refused, timeout=1000) as signal:
        assert not doc.set_item_text(item.id, "body", "字" * (limits.BODY_CHARS.value + 1))
    assert "一个条目的正文" in signal.args[0]
    assert not doc.set_item_text(item.id, "body", "\n" * limits.PARAGRAPHS_PER_BODY.value)
    assert doc.bulletin.summary.items[0].body == item.body
    task_id = doc.insert_task().id
    assert not doc.set_task_field(task_id, "leaders", tuple(f"人{i}" for i in range(31)))
    assert doc.bulletin.plan is not None and doc.bulletin.plan.tasks[-1].leaders == ()
