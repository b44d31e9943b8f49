"""Sub-points （一） in the window: undoable document commands with typing merges, the editor list
(add, delete, move, numbers, counts, pasted text cleaned), the preview's boxes and proofreading jumps."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window, ref_text, stored, type_text

from unionbulletin.app import Parts
from unionbulletin.controller.changes import Change, ChangeKind
from unionbulletin.controller.document import BulletinDocument
from unionbulletin.controller.journal import journal_path
from unionbulletin.domain import Bulletin, SubPoint, edits
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.storage import Database
from unionbulletin.ui.proofreading.proofread_panel import jump_to
from unionbulletin.ui.window.read_only_banner import read_only_text


def _sample(fixtures_dir: Path, name: str = "sample-2020.json") -> Bulletin:
    return from_exchange(json.loads((fixtures_dir / name).read_text(encoding="utf-8")))


def _subs(doc: BulletinDocument, item_id: str) -> list[tuple[str, str]]:
    return [(s.heading, s.body) for s in edits.find_item(doc.bulletin, item_id).subpoints]


# ---- document commands --------------------------------------------------------------------------------


def test_insert_delete_move_subpoints_are_undoable_steps(doc: BulletinDocument) -> None:
    item_id = doc.bulletin.summary.items[1].id
    heard: list[Change] = []
    doc.changed.connect(heard.append)
    first = doc.insert_subpoint(item_id, sub=SubPoint("甲。", "一"))
    second = doc.insert_subpoint(item_id, sub=SubPoint("乙。", "二"))
    doc.insert_subpoint(item_id, 0, SubPoint("首。"))
    assert _subs(doc, item_id) == [("首。", ""), ("甲。", "一"), ("乙。", "二")]
    assert all((c.kind, c.ids, c.fields) == (ChangeKind.ITEM, (item_id,), ("subpoints",)) for c in heard)
    assert doc.move_subpoint(item_id, second.id, 0)
    assert not doc.move_subpoint(item_id, second.id, -4)  # already first: nothing pushed
    assert [h for h, _ in _subs(doc, item_id)] == ["乙。", "首。", "甲。"]
    doc.delete_subpoint(item_id, first.id)
    assert [h for h, _ in _subs(doc, item_id)] == ["乙。", "首。"]
    assert doc.undo_stack.count() == 5
    doc.undo_stack.undo()
    assert [h for h, _ in _subs(doc, item_id)] == ["乙。", "首。", "甲。"]
    doc.undo_stack.setIndex(0)
    assert _subs(doc, item_id) == []
    assert not doc.is_modified()
    doc.undo_stack.setIndex(5)
    assert [h for h, _ in _subs(doc, item_id)] == ["乙。", "首。"]
    other = doc.bulletin.summary.items[0]
    assert other.subpoints == ()


def test_subpoint_typing_merges_per_field(doc: BulletinDocument) -> None:
    item_id = doc.bulletin.summary.items[0].id
    sub = doc.insert_subpoint(item_id)
    editor = object()
    heard: list[Change] = []
    doc.changed.connect(heard.append)
    for n in range(1, 5):
        doc.set_subpoint_text(item_id, sub.id, "heading", "要点" * n, initiator=editor)
    assert doc.undo_stack.count() == 2  # the insertion, then one typing step
    assert heard and all(c.initiator is editor for c in heard)
    doc.set_subpoint_text(item_id, sub.id, "body", "说明")
    assert doc.undo_stack.count() == 3  # another field: a new step
    assert not doc.set_subpoint_text(item_id, sub.id, "body", "说明")  # unchanged: nothing pushed
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _subs(doc, item_id) == [("", "")]
    assert heard[-1].initiator is None  # the editor that typed must show the undo
    with pytest.raises(ValueError):
        doc.set_subpoint_text(item_id, sub.id, "id", "x")
    with pytest.raises(KeyError):
        doc.set_subpoint_text(item_id, "nope", "body", "x")


# ---- the window ----------------------------------------------------------------------------------------


@pytest.fixture
def parts(qtbot: QtBot, tmp_path: Path) -> Iterator[Parts]:
    db = Database.open(tmp_path / "bulletins.json")
    p = make_window(db, tmp_path)
    p.window.resize(1366, 768)
    p.window.show()
    with qtbot.waitSignal(p.worker.laidOut, timeout=10_000):
        assert p.session.open_bulletin(next(r.id for r in db.list_bulletins() if r.period.year == 2020))
    yield p
    dispose(p)
    db.close()


def _wait_preview(qtbot: QtBot, parts: Parts, predicate: Any) -> None:
    qtbot.waitUntil(
        lambda: parts.worker.last_result is not None and predicate(parts.window.preview.document),
        timeout=10_000,
    )


def test_subpoints_are_edited_in_the_item_editor_and_reach_preview_and_file(
    qtbot: QtBot, parts: Parts
) -> None:
    window, doc = parts.window, parts.session.document
    item = doc.bulletin.summary.items[2]
    window.items.select_item(item.id)
    subs = window.items.subpoints
    assert subs.list.count() == 0 and not subs.heading_edit.isEnabled()

    subs.add_action.trigger()
    type_text(subs.heading_edit, "加强职工帮扶。")
    type_text(subs.heading_edit, "精准施策。")
    subs.body_edit.setFocus()
    mime = QMimeData()
    mime.setText("全年走访慰问困难职工和劳动模范共计\n２００户。")  # wrapped by a PDF page, full-width digits
    subs.body_edit.insertFromMimeData(mime)
    subs.add_action.trigger()
    type_text(subs.heading_edit, "做好送温暖。")
    first = ("加强职工帮扶。精准施策。", "全年走访慰问困难职工和劳动模范共计200户。")
    assert _subs(doc, item.id) == [first, ("做好送温暖。", "")]
    assert doc.undo_stack.count() == 5  # add, typing (merged), paste, add, typing
    rows = [subs.list.item(i).text() for i in range(2)]
    assert rows == ["（一）加强职工帮扶。精准施策。", "（二）做好送温暖。"]
    assert subs.number_label.text() == "（二）"
    assert "2" in subs.count_label.text() and "6" in subs.count_label.text()
    _wait_preview(qtbot, parts, lambda d: "（二）做好送温暖。" in ref_text(d, item.id))
    text = ref_text(window.preview.document, item.id)  # the sub-point lines carry the item's id
    assert "（一）加强职工帮扶。精准施策。全年走访慰问困难职工和劳动模范共计200户。" in text

    subs.up_action.trigger()  # the second moves up: the numbers follow
    assert [h for h, _ in _subs(doc, item.id)] == ["做好送温暖。", "加强职工帮扶。精准施策。"]
    assert subs.list.item(0).text() == "（一）做好送温暖。" and subs.number_label.text() == "（一）"
    assert not subs.up_action.isEnabled() and subs.down_action.isEnabled()
    _wait_preview(qtbot, parts, lambda d: "（一）做好送温暖。" in ref_text(d, item.id))

    subs.delete_action.trigger()
    assert [h for h, _ in _subs(doc, item.id)] == ["加强职工帮扶。精准施策。"]
    QTest.keyClick(window.items.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert subs.list.count() == 2  # the delete is undone in the list too
    with qtbot.waitSignal(parts.session.saved, timeout=5000):
        window.actions_.save.trigger()
    on_disk = stored(parts.session.db.path, doc.bulletin_id or 0)
    assert [s["heading"] for s in on_disk["summary"]["items"][2]["subpoints"]] == [  # type: ignore[index]
        "做好送温暖。",
        "加强职工帮扶。精准施策。",
    ]


def test_a_proofreading_finding_in_a_subpoint_focuses_its_editor(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    item = doc.bulletin.summary.items[0]
    doc.insert_subpoint(item.id, sub=SubPoint("甲。", "正常。"))
    doc.insert_subpoint(item.id, sub=SubPoint("乙。", "截止目前已完成。"))
    proofreader = window.proofreading.proofreader
    proofreader.recheck()
    finding = next(
        f for f in proofreader.findings if f.location.field == "subpoint_body" and f.location.ident == item.id
    )
    assert finding.location.sub == 2
    window.tabs.setCurrentIndex(2)
    assert jump_to(window.tabs, finding)
    subs = window.items.subpoints
    assert window.tabs.currentIndex() == 0
    assert subs.number_label.text() == "（二）"
    assert subs.body_edit.hasFocus()
    assert subs.body_edit.textCursor().selectedText() == finding.location.text


def test_read_only_window_changes_nothing_and_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "bulletins.json"
    holder = Database.open(path)  # another window holds the file
    before = path.read_bytes()
    db = Database.open(path, read_only=True)
    p = make_window(db, tmp_path, autosave_ms=10)
    try:
        p.window.show()
        assert p.session.open_newest()
        w = p.window
        banner = w.findChild(QLabel, "readOnlyBanner")
        assert banner is not None and banner.isVisible()
        assert banner.text() == read_only_text()  # 数据文件正被另一个窗口使用，以只读方式打开，修改不会保存
        assert w.items.heading_edit.isReadOnly() and w.items.body_edit.isReadOnly()
        assert w.items.subpoints.heading_edit.isReadOnly()
        assert w.meta.editor.isReadOnly()
        for action in (
            w.items.add_action,
            w.items.delete_action,
            w.items.subpoints.add_action,
            w.tasks.add_action,
            w.undo_action,
            w.redo_action,
            w.actions_.save,
            w.actions_.new,
            w.actions_.duplicate,
            w.actions_.delete,
            w.library.new_action,
            w.library.delete_action,
        ):
            assert not action.isEnabled(), action.text()
        w.items.select_item(p.session.document.bulletin.summary.items[1].id)
        assert not w.items.delete_action.isEnabled()  # selecting does not bring the actions back
        type_text(w.items.body_edit, "不应写入")
        type_text(w.meta.editor, "不应写入")
        w.items.subpoints.add_subpoint()
        assert not p.session.document.is_modified(), p.session.document.undo_stack.text(0)
        assert p.session.document.undo_stack.count() == 0
        panel = w.proofreading
        panel.proofreader.recheck()
        assert not panel.fix_button.isEnabled() and not panel.fix_all_button.isEnabled()
        # longer than the autosave and journal intervals
        session = p.session
        with qtbot.assertNotEmitted(session.journalWritten), qtbot.assertNotEmitted(session.saved, wait=100):
            pass
    finally:
        dispose(p)
        db.close()
        holder.close()
    assert path.read_bytes() == before
    assert not journal_path(path).exists()
