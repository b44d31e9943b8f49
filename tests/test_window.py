"""The main window, driven like a user would: real widgets offscreen, a real database file on disk,
the real layout engine behind the preview."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window, ref_text, stored, type_text

from unionbulletin.app import Parts, offer_recovery
from unionbulletin.controller.task_model import COL_CONTENT, COL_LEADERS
from unionbulletin.layout.boxes import LineKind
from unionbulletin.storage import Database


def _sample_2020_id(db: Database) -> int:
    return next(r.id for r in db.list_bulletins() if r.period.year == 2020)


@pytest.fixture
def parts(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[Parts]:
    p = make_window(db, tmp_path)
    p.window.resize(1366, 768)
    p.window.show()
    with qtbot.waitSignal(p.worker.laidOut, timeout=10_000):
        assert p.session.open_bulletin(_sample_2020_id(db))
    yield p
    dispose(p)


def _wait_preview(qtbot: QtBot, parts: Parts, predicate: Any) -> None:
    qtbot.waitUntil(
        lambda: parts.worker.last_result is not None and predicate(parts.window.preview.document),
        timeout=10_000,
    )


def test_typing_in_the_body_reaches_model_file_and_preview_and_undoes(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    item = doc.bulletin.summary.items[1]
    window.items.select_item(item.id)
    body = window.items.body_edit
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, "新增一句话。")
    type_text(body, "再加一句。")
    assert doc.bulletin.summary.items[1].body == item.body + "新增一句话。再加一句。"
    assert doc.undo_stack.count() == 1  # typing in one field is one undo step
    assert window.isWindowModified()
    _wait_preview(qtbot, parts, lambda d: "再加一句。" in ref_text(d, item.id))

    with qtbot.waitSignal(parts.session.saved, timeout=5000):
        window.actions_.save.trigger()
    assert not window.isWindowModified()
    bid = doc.bulletin_id
    assert bid is not None
    on_disk = stored(parts.session.db.path, bid)
    assert on_disk["summary"]["items"][1]["body"].endswith("新增一句话。再加一句。")  # type: ignore[index]

    QTest.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # reaches the document's stack
    assert doc.bulletin.summary.items[1].body == item.body
    assert body.toPlainText() == item.body  # the field shows the undo
    _wait_preview(qtbot, parts, lambda d: "再加一句。" not in ref_text(d, item.id))
    window.save()
    assert stored(parts.session.db.path, bid)["summary"]["items"][1]["body"] == item.body  # type: ignore[index]

    QTest.keyClick(body, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText().endswith("再加一句。")
    _wait_preview(qtbot, parts, lambda d: "再加一句。" in ref_text(d, item.id))


def test_reordering_items_renumbers_everywhere(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    first, second = doc.bulletin.summary.items[:2]
    window.items.select_item(first.id)
    window.items.list.setFocus()
    QTest.keyClick(window.items.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [i.id for i in doc.bulletin.summary.items[:2]] == [second.id, first.id]
    model = window.items.model
    assert model.data(model.index(0)) == "一、" + second.heading
    assert model.data(model.index(1)) == "二、" + first.heading
    assert window.items.current_id == first.id
    assert window.items.number_label.text() == "二、"

    def numbered(d: Any) -> bool:
        return ref_text(d, first.id).startswith("二、" + first.heading) and ref_text(d, second.id).startswith(
            "一、" + second.heading
        )

    _wait_preview(qtbot, parts, numbered)
    window.save()
    items = stored(parts.session.db.path, doc.bulletin_id or 0)["summary"]["items"]  # type: ignore[index]
    assert [it["heading"] for it in items[:2]] == [second.heading, first.heading]


def test_adding_and_deleting_tasks(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    tasks = window.tasks
    window.tabs.setCurrentWidget(tasks)
    n = tasks.model.rowCount()
    tasks.add_action.trigger()
    assert tasks.model.rowCount() == n + 1
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new row's content opens for typing
    type_text(editor, "组织开展新的专项活动")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits through a queued call
    qtbot.waitUntil(lambda: doc.tasks()[-1].content == "组织开展新的专项活动", timeout=3000)
    new = doc.tasks()[-1]
    assert tasks.model.data(tasks.model.index(n, COL_CONTENT)) == new.content
    tasks.model.setData(tasks.model.index(n, COL_LEADERS), "官庆军、新来的人")
    assert doc.tasks()[-1].leaders == ("官庆军", "新来的人")

    def has_task(d: Any) -> bool:
        lines = [ln for p in d.pages for ln in p.lines if ln.ref is not None and ln.ref.id == new.id]
        return any(
            ln.kind == LineKind.TASK_TITLE and "组织开展新的专项活动" in ln.text for ln in lines
        ) and any("新来的人" in ln.text for ln in lines)

    _wait_preview(qtbot, parts, has_task)
    window.save()
    on_disk = stored(parts.session.db.path, doc.bulletin_id or 0)["plan"]["tasks"]  # type: ignore[index]
    assert on_disk[-1]["content"] == "组织开展新的专项活动"
    assert on_disk[-1]["leaders"] == ["官庆军", "新来的人"]

    tasks.select_task(new.id)
    tasks.delete_action.trigger()
    assert tasks.model.rowCount() == n
    assert all(t.id != new.id for t in doc.tasks())
    _wait_preview(qtbot, parts, lambda d: ref_text(d, new.id) == "")
    window.save()
    assert len(stored(parts.session.db.path, doc.bulletin_id or 0)["plan"]["tasks"]) == n  # type: ignore[index]


def test_new_names_are_offered_for_the_address_book(qtbot: QtBot, parts: Parts) -> None:
    tasks = parts.window.tasks
    parts.window.tabs.setCurrentWidget(tasks)
    index = tasks.model.index(0, COL_LEADERS)
    tasks.table.setCurrentIndex(index)
    tasks.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("王新人")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: parts.session.document.tasks()[0].leaders == ("王新人",), timeout=3000)
    assert tasks.new_names.isVisible() and "王新人" in tasks.new_names.label.text()
    tasks.new_names.add_button.click()
    assert "王新人" in parts.session.db.address_book().leader_names()
    assert not tasks.new_names.isVisible()


def test_clicking_the_preview_selects_the_item_and_selection_scrolls(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    preview = window.preview
    last = doc.bulletin.summary.items[-1]
    window.items.select_item(last.id)
    rect = preview.line_rect(last.id)
    assert rect is not None
    top = preview.verticalScrollBar().value()
    assert top > 0 and top <= rect.top() <= top + preview.viewport().height()

    third = doc.bulletin.summary.items[2]
    window.items.select_item(third.id)
    rect = preview.line_rect(third.id)
    assert rect is not None
    point = QPoint(
        rect.center().x() - preview.horizontalScrollBar().value(),
        rect.center().y() - preview.verticalScrollBar().value(),
    )
    window.items.select_item(doc.bulletin.summary.items[0].id)
    preview.verticalScrollBar().setValue(rect.top() - 50)
    point.setY(rect.center().y() - preview.verticalScrollBar().value())
    qtbot.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.items.current_id == third.id

    task = doc.tasks()[0]
    rect = preview.line_rect(task.id)
    assert rect is not None
    preview.verticalScrollBar().setValue(rect.top() - 50)
    qtbot.mouseClick(
        preview.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.center().x() - preview.horizontalScrollBar().value(), 50 + rect.height() // 2),
    )
    assert window.tabs.currentWidget() is window.tasks
    assert window.tasks.current_id() == task.id


def test_scroll_position_is_kept_across_relayouts(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    preview = window.preview
    preview.verticalScrollBar().setValue(1500)
    before = preview.verticalScrollBar().value()
    count = parts.worker.last_result.generation if parts.worker.last_result else 0
    doc.set_meta("editor", "换一个人")
    qtbot.waitUntil(
        lambda: parts.worker.last_result is not None and parts.worker.last_result.generation > count,
        timeout=10_000,
    )
    assert preview.verticalScrollBar().value() == before
    assert window.page_label.text()


def test_paste_is_cleaned(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    item = doc.bulletin.summary.items[0]
    window.items.select_item(item.id)
    body = window.items.body_edit
    body.selectAll()
    mime = QMimeData()
    mime.setText("２０２０年８月 ，全市工会ꎬ共举办培训\n班 ３ 期ꎮ")
    body.insertFromMimeData(mime)
    assert doc.bulletin.summary.items[0].body == "2020年8月，全市工会，共举办培训班3期。"


def test_metadata_form_edits_are_undoable(qtbot: QtBot, parts: Parts) -> None:
    window, doc = parts.window, parts.session.document
    editor_field = window.meta.editor
    editor_field.setFocus()
    editor_field.selectAll()
    QTest.keyClick(editor_field, Qt.Key.Key_Delete)
    type_text(editor_field, "李文秘")
    assert doc.bulletin.editor == "李文秘"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert doc.bulletin.editor != "李文秘"
    assert editor_field.text() == doc.bulletin.editor
    window.meta.issue.setValue(12)
    assert doc.bulletin.issue_number == 12
    _wait_preview(qtbot, parts, lambda d: any("第12期" in ln.text for ln in d.pages[0].lines))


def test_library_delete_confirms_and_undo_delete_restores(
    qtbot: QtBot, parts: Parts, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, session = parts.window, parts.session
    bid = session.document.bulletin_id
    title = session.document.bulletin.summary.title
    asked: list[str] = []

    def answer(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)  # the user's click on “Yes”
    window.library.delete_selected()
    assert asked and title.removeprefix("荆州市总工会") in asked[0]
    assert bid not in window.library.model.bulletin_ids()
    assert session.document.bulletin_id != bid
    assert window.actions_.undo_delete.isEnabled()
    window.actions_.undo_delete.trigger()
    restored = session.document.bulletin_id
    assert restored is not None and restored in window.library.model.bulletin_ids()
    assert session.db.get(restored).summary.title == title


def test_window_state_is_remembered(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    first = make_window(db, tmp_path)
    first.window.resize(first.window.minimumSize())  # the offscreen screen is small: stay on it
    first.window.show()
    first.window.splitter.setSizes([250, 380, 270])
    sizes = first.window.splitter.sizes()
    first.window.preview.set_zoom("125")
    first.session.open_bulletin(_sample_2020_id(db))
    dispose(first)
    second = make_window(db, tmp_path)
    second.window.show()
    assert second.window.splitter.sizes() == sizes
    assert second.window.preview.zoom() == "125"
    assert second.settings.last_bulletin() == _sample_2020_id(db)
    dispose(second)


def test_recovery_is_offered_and_restores(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    p = make_window(db, tmp_path)
    bid = _sample_2020_id(db)
    p.session.journal.write(bid, _edited(db, bid))

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        restore = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        restore.click()

    QTimer.singleShot(0, click_restore)
    offer_recovery(p)
    assert p.session.document.bulletin_id == bid
    assert p.session.document.bulletin.editor == "恢复的编辑"
    assert p.session.document.is_modified()
    assert db.get(bid).editor != "恢复的编辑"  # nothing was written behind the user's back
    p.session.document.undo_stack.undo()  # closing must not save the restored text in this test
    dispose(p)


def _edited(db: Database, bid: int) -> Any:
    import dataclasses

    return dataclasses.replace(db.get(bid), editor="恢复的编辑")
